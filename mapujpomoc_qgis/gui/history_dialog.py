"""The audit trail of one aid point (who, when, field, old → new), fetched in a background task."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication, QgsFeedback
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..core.connection.client import StoreClient
from ..core.i18n import tr
from ..core.project.layers import field_aliases
from ..core.task import WorkTask
from .conflict_dialog import show_value


def history_rows(history: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """(version, when, who, field, old, new) per changed field, newest first."""
    aliases = field_aliases()
    ops = {"create": tr("created"), "update": tr("changed"), "delete": tr("deleted")}
    out = []
    for entry in reversed(history.get("history", [])):
        changes = entry["changes"] or [{"field": "", "old": None, "new": None}]
        for change in changes:
            name = change["field"]
            label = tr("Location") if name == "geometry" else aliases.get(name, name)
            out.append((str(entry["version"]), entry["at"].replace("T", " ")[:19], entry["user"],
                        f"{ops.get(entry['op'], entry['op'])}: {label}" if label else ops.get(entry["op"], ""),
                        show_value(change["old"]), show_value(change["new"])))
    return out


class HistoryTask(WorkTask):
    """Fetches the history of one feature from the store in a worker thread."""

    def __init__(self, client: StoreClient, collection: str, fid: str, on_done: Any) -> None:
        super().__init__(tr("Mapuj Pomoc: history"), on_done)
        self.client, self.collection, self.fid = client, collection, fid

    def work(self, feedback: QgsFeedback) -> dict[str, Any]:
        return self.client.history(self.collection, self.fid)

    def failed_message(self, exc: Exception) -> str:
        return tr("Could not load the history: {0}").format(exc)


class HistoryDialog(QDialog):
    def __init__(self, client: StoreClient, collection: str, fid: str, title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("History of {0}").format(title))
        self.resize(780, 420)
        self.status = QLabel(tr("Loading…"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Version"), tr("When (UTC)"), tr("Who"), tr("What"), tr("Old"),
                                              tr("New")])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.client = client
        self.result_data: dict[str, Any] | None = None
        self.error: str | None = None
        self.task = HistoryTask(client, collection, fid, self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, task: HistoryTask) -> None:
        self.client.close()
        if task.error is not None:  # the store's own message, or what went wrong
            self.error = task.error
            self.status.setText(self.error)
            return
        self.show_history(task.result or {})

    def show_history(self, history: dict[str, Any]) -> None:
        self.result_data = history
        data = history_rows(history)
        self.status.setText(tr("%n change(s)", None, len(history.get("history", []))))
        self.table.setRowCount(len(data))
        for r, values in enumerate(data):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
