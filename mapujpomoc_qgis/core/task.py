"""The one base class of background work: a QgsTask around a capability's entry point
(docs/ARCHITECTURE.md, "Progress and cancel").

`run()` executes in a worker thread and touches no widget and no project layer; it calls `work()`
with the task's `QgsFeedback` (progress goes to the task manager's bar, Cancel reaches the work at its
next `progress.checkpoint`). The outcome, `result` or `error` (and `cancelled`), reaches `on_done(task)`
in the main thread, where the GUI adds layers and shows messages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import QgsFeedback, QgsTask

from .errors import Cancelled, MapujPomocError
from .i18n import tr


class WorkTask(QgsTask):
    """Subclasses implement `work(feedback)`; or pass `work` to the constructor."""

    def __init__(self, title: str, on_done: Callable[[Any], None] | None = None,
                 work: Callable[[QgsFeedback], Any] | None = None) -> None:
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.on_done = on_done
        self._work = work
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False

    def work(self, feedback: QgsFeedback) -> Any:
        if self._work is None:
            raise NotImplementedError
        return self._work(feedback)

    def failed_message(self, exc: Exception) -> str:
        """The message for an error nobody foresaw (a bug): the task's title and what Python said."""
        return tr("{0} failed: {1}").format(self.description(), exc)

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        try:
            self.result = self.work(self.feedback)
            return True
        except Cancelled as exc:
            self.cancelled = True
            self.error = str(exc)
        except MapujPomocError as exc:
            self.error = str(exc)
        except Exception as exc:  # report, never crash QGIS from a worker thread
            self.error = self.failed_message(exc)
        return False

    def finished(self, result: bool) -> None:
        if not result and self.error is None:  # cancelled before run() started
            self.cancelled = True
            self.error = tr("Cancelled.")
        if self.on_done is not None:
            self.on_done(self)
