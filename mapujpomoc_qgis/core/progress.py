"""The one progress-and-cancel contract of long work (docs/ARCHITECTURE.md, "Progress and cancel").

Every capability's entry point takes a `feedback`: an object with QGIS's own `QgsFeedback` methods
`isCanceled()` and `setProgress(percent)` (and, optionally, `setProgressText(text)` as
`QgsProcessingFeedback` has). So a QgsFeedback, a Processing feedback and the feedback of a
`core.task.WorkTask` are passed as they are, while pure code (sync, the road-graph search) needs no
QGIS import: `NullFeedback` and `CallbackFeedback` are the pure stand-ins. Work checks in with
`checkpoint()`, which raises `errors.Cancelled` once the user has cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from .errors import Cancelled
from .i18n import tr


@runtime_checkable
class Feedback(Protocol):
    def isCanceled(self) -> bool: ...  # noqa: N802  QGIS's names, so a QgsFeedback fits as it is

    def setProgress(self, progress: float) -> None: ...  # noqa: N802


class NullFeedback:
    """No progress shown, never cancelled."""

    def isCanceled(self) -> bool:  # noqa: N802
        return False

    def setProgress(self, progress: float) -> None:  # noqa: N802
        pass


class CallbackFeedback(NullFeedback):
    """Progress and texts to callables (a terminal, a test); cancelled once `cancel()` was called or
    `is_cancelled()` says so."""

    def __init__(self, on_progress: Callable[[float, str], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> None:
        self._on_progress = on_progress
        self._is_cancelled = is_cancelled
        self._cancelled = False
        self._text = ""

    def cancel(self) -> None:
        self._cancelled = True

    def isCanceled(self) -> bool:  # noqa: N802
        return self._cancelled or bool(self._is_cancelled and self._is_cancelled())

    def setProgress(self, progress: float) -> None:  # noqa: N802
        if self._on_progress:
            self._on_progress(progress, self._text)

    def setProgressText(self, text: str) -> None:  # noqa: N802
        self._text = text


def checkpoint(feedback: Feedback | None, percent: float | None = None, text: str | None = None,
               cancelled: str = "") -> None:
    """Raise `Cancelled(cancelled)` when the user cancelled; else report `percent` and `text` if given."""
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Cancelled(cancelled or tr("Cancelled."))
    if text is not None and hasattr(feedback, "setProgressText"):
        feedback.setProgressText(text)
    if percent is not None:
        feedback.setProgress(percent)

