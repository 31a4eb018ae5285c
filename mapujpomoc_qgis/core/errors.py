"""One exception root for everything the plugin reports to a person (docs/ARCHITECTURE.md, "Errors").

Each capability raises a subclass of `MapujPomocError` whose message says what went wrong and what to
do, in the UI language. The class carries the exit code of the `mapujpomoc` command, so the CLI maps
any failure to its code in one place (as Kart does). Pure Python: no QGIS import.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1  # the work could not be done (bad input, a store or file problem); the message says why
EXIT_USAGE = 2  # the command line itself is wrong (argparse uses 2 as well)
EXIT_CONFLICTS = 3  # a sync finished, but conflicts wait for the user
EXIT_REFUSED = 4  # a sync finished, but the store refused some changes
EXIT_CANCELLED = 130  # cancelled by the user (Ctrl+C, the Cancel button); nothing was left half-done


class MapujPomocError(Exception):
    """The root of the plugin's errors; `str(exc)` is the message for the user."""

    exit_code = EXIT_ERROR


class Cancelled(MapujPomocError):
    """The user cancelled; whatever the work writes was left as it was before."""

    exit_code = EXIT_CANCELLED


class InputError(MapujPomocError, ValueError):
    """A parameter or an input file the work cannot use (also a ValueError, for callers that expect one)."""
