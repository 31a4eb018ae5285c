"""What the export and print dialogs share: one core.task.WorkTask at a time in QGIS's task manager.

A TaskDialog has a progress bar, a status line, Cancel and Close. `run_task()` starts a task (the run
buttons and `busy_widgets()` disabled meanwhile); when it is done the status line shows its summary or
its error (logged as well), and a result goes to `last_result` and `task_done()`.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..core.log import log
from ..core.task import WorkTask
from .plain_text import plain


class TaskDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: WorkTask | None = None  # the running task
        self.last_result: Any = None  # the result of the last task that succeeded
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = plain(QLabel())  # summaries and errors quote names and store replies: plain text
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(tr("Close"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

    # -- to override ---------------------------------------------------------------------------------------

    def busy_widgets(self) -> tuple[QWidget, ...]:
        """The widgets disabled while a task runs."""
        return ()

    def failed_text(self) -> str:
        """Shown and logged when a task fails without an error message."""
        raise NotImplementedError

    def task_done(self, result: Any) -> None:
        """After a task succeeded (its summary is already shown and logged)."""

    # -- shared --------------------------------------------------------------------------------------------

    def lay_out(self, parts: tuple[QWidget | QLayout, ...], left: tuple[QPushButton, ...],
                right: tuple[QPushButton, ...]) -> None:
        """`parts` above the progress bar and the status line; then `left`, a stretch, `right`, Cancel, Close."""
        buttons = QHBoxLayout()
        for b in left:
            buttons.addWidget(b)
        buttons.addStretch()
        for b in (*right, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        for part in (*parts, self.progress, self.status):
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addLayout(buttons)

    def _show(self, ok: bool, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b71c1c;")

    def _busy(self, busy: bool) -> None:
        for w in self.busy_widgets():
            w.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    def run_task(self, task: WorkTask, message: str) -> WorkTask:
        """Start `task` (made with `self._finished` as its on_done) and show `message` meanwhile."""
        self.last_result = None
        self.task = task
        task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self._busy(True)
        self._show(True, message)
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self, task: WorkTask) -> None:
        if task is not self.task:  # cancelled when the dialog closed, ending after a new task started
            return
        self.task = None
        self._busy(False)
        if task.result is None:
            self._show(task.cancelled, task.error or self.failed_text())
            if not task.cancelled:
                log(task.error or self.failed_text(), Qgis.MessageLevel.Warning)
            return
        self.last_result = task.result
        text = task.result.summary()
        self._show(True, text)
        log(text, Qgis.MessageLevel.Success, push=True)
        self.task_done(task.result)

    def reject(self) -> None:
        self.cancel()
        super().reject()
