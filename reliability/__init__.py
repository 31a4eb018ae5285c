"""The reliability suite: load, faults, hostile input and corrupt working copies (see README.md)."""
