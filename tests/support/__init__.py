"""Reusable test helpers: a throwaway PostgreSQL cluster and the real store as a subprocess."""
