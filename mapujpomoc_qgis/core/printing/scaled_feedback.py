"""A feedback for one step of a print: its progress fills a share of the whole, its parent's cancel reaches it
(docs/ARCHITECTURE.md, "Progress and cancel")."""

from __future__ import annotations

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import Qt


class ScaledFeedback(QgsFeedback):
    """A child feedback that reports into `span` percent of its parent's progress from `start`, and follows
    its cancel. A QgsFeedback itself, because QGIS's layout exporter takes one."""

    def __init__(self, parent: QgsFeedback | None, start: float, span: float) -> None:
        super().__init__()
        self.parent_feedback = parent
        if parent is not None:
            self.progressChanged.connect(lambda p: parent.setProgress(start + span * p / 100))
            # direct: made in a task's worker thread, which has no event loop to deliver a queued cancel
            parent.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            if parent.isCanceled():
                self.cancel()
