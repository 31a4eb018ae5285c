"""Import of NGO and municipal lists into a working copy (docs/ARCHITECTURE.md, "Import").

One module per job, `api.py` the entry point the dialog, the Processing algorithm and the CLI call.
"""

from __future__ import annotations

from ..errors import InputError


class ImportingError(InputError):
    """A file, mapping or parameter the import cannot use, with what to do about it."""
