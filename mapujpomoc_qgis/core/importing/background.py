"""One piece of a plan's work in a thread of its own (docs/ARCHITECTURE.md, "Import"): reading SQLite, numpy
over large arrays and GEOS leave Python's lock, so the plan works on the rows meanwhile. Pure Python."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Background:
    """`fn()` started in a daemon thread; `result()` waits for it and raises what it raised."""

    def __init__(self, fn: Callable[[], Any], name: str = "mapujpomoc-import") -> None:
        self._fn, self._value, self._error = fn, None, None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed to `result`
            self._error = exc

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value
