"""The audit trail of one aid point (who, when, field, old → new), fetched in a background task.

Coordinators and admins can revert the change of a selected entry (its whole changeset) from here: the
store's dry run is shown for confirmation, then the revert runs as a new change of theirs
(docs/ARCHITECTURE.md, *Undo*)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from qgis.core import QgsApplication, QgsFeedback
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mapujpomoc_model import catalog, schema

from ..core.connection.client import StoreClient, StoreError
from ..core.i18n import current_language, tr
from ..core.project.layers import field_aliases
from ..core.task import WorkTask
from .conflict_dialog import show_value
from .connection_dialog import role_label

REVERT_ROLES = ("coordinator", "admin")


def local_time(at: str | None) -> str:
    """The store's UTC time stamp (ISO 8601) as this computer's local time, to the second."""
    if not at:
        return ""
    try:
        when = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def history_value(collection: str, field: str, value: Any) -> str:
    """A value as the form shows it: codes of a list or choice by their labels in the UI language."""
    f = schema.fields_by_name(collection).get(field) if collection in schema.COLLECTION_FIELDS else None
    if f is not None and f.entries and value not in (None, [], ""):
        codes = catalog.codes_of(value)
        if codes:
            return catalog.labels(f.entries, codes, current_language())
    return show_value(value)


def history_rows(history: dict[str, Any], collection: str = "aid_points") -> list[tuple[str, str, str, str, str, str]]:
    """(version, when in local time, who, field, old, new) per changed field, newest first."""
    aliases = field_aliases()
    ops = {"create": tr("created"), "update": tr("changed"), "delete": tr("deleted"), "restore": tr("restored")}
    out = []
    for entry in reversed(history.get("history", [])):
        changes = entry["changes"] or [{"field": "", "old": None, "new": None}]
        for change in changes:
            name = change["field"]
            label = tr("Location") if name == "geometry" else aliases.get(name, name)
            # anonymous readers are told the editor's role, not the name
            who = entry.get("user") or role_label(entry.get("role") or "")
            out.append((str(entry["version"]), local_time(entry["at"]), who,
                        f"{ops.get(entry['op'], entry['op'])}: {label}" if label else ops.get(entry["op"], ""),
                        history_value(collection, name, change["old"]),
                        history_value(collection, name, change["new"])))
    return out


def row_changesets(history: dict[str, Any]) -> list[str | None]:
    """The changeset of each row of `history_rows(history)`, in the same order."""
    out: list[str | None] = []
    for entry in reversed(history.get("history", [])):
        out += [entry.get("changeset")] * max(1, len(entry["changes"] or []))
    return out


def revert_summary(reply: dict[str, Any], dry_run: bool) -> str:
    """The store's reply to a revert (or to its dry run) in the UI language, as plain text."""
    counts = reply.get("counts") or {}
    acts = any(r.get("action") for r in reply.get("results", []))  # whether it changes (would change) anything
    if not acts and set(counts) <= {"unchanged"}:
        return tr("Nothing to revert: everything is as before this change.")
    lines = [tr("Nothing left to revert:") if not acts else tr("If you revert this change:") if dry_run
             else tr("The change was reverted:")]
    for outcome, text in (("reverted", tr("Back to how they were: %n feature(s)", None, counts.get("reverted", 0))),
                          ("unchanged", tr("Already as before: %n feature(s)", None, counts.get("unchanged", 0))),
                          ("conflict", tr("Changed by someone else since, their values stay: %n feature(s)", None,
                                          counts.get("conflict", 0))),
                          ("forbidden", tr("Outside your area, left alone: %n feature(s)", None,
                                           counts.get("forbidden", 0))),
                          ("invalid", tr("Refused by the store: %n feature(s)", None, counts.get("invalid", 0)))):
        if counts.get(outcome):
            lines.append("• " + text)
    aliases = field_aliases()
    labels = {"geometry": tr("Location"), "deleted": tr("deleted")}
    conflicts = [r for r in reply.get("results", []) if r.get("outcome") == "conflict"]
    for r in conflicts[:10]:
        fields = ", ".join(labels.get(f) or aliases.get(f, f) for f in r.get("conflicts") or [])
        lines.append(f"    {r.get('name') or r['id']}: {fields}")
    if len(conflicts) > 10:
        lines.append("    …")
    if acts and dry_run:
        lines.append(tr("Revert it now? The revert is a new change of yours, in the history like any other."))
    elif acts:
        lines.append(tr("Sync to see it in your layers."))
    return "\n".join(lines)


class HistoryTask(WorkTask):
    """Fetches the history of one feature from the store in a worker thread."""

    def __init__(self, client: StoreClient, collection: str, fid: str, on_done: Any) -> None:
        super().__init__(tr("Mapuj Pomoc: history"), on_done)
        self.client, self.collection, self.fid = client, collection, fid
        self.role: str | None = None

    def work(self, feedback: QgsFeedback) -> dict[str, Any]:
        history = self.client.history(self.collection, self.fid)
        try:  # who may revert: only coordinators and admins get the button
            self.role = self.client.get_json("/me").get("role")
        except StoreError:  # no token: reading only
            self.role = None
        return history

    def failed_message(self, exc: Exception) -> str:
        return tr("Could not load the history: {0}").format(exc)


class HistoryDialog(QDialog):
    def __init__(self, client: StoreClient, collection: str, fid: str, title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("History of {0}").format(title))
        self.resize(780, 420)
        self.status = QLabel(tr("Loading…"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Version"), tr("When"), tr("Who"), tr("What"), tr("Old"),
                                              tr("New")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.revert_button = QPushButton(tr("Revert this change…"))
        self.revert_tip = tr("Undo every edit of the selected entry's change as a new change of yours; fields "
                             "someone else changed since keep their value")
        self.revert_button.setToolTip(self.revert_tip)
        self.revert_button.setVisible(False)
        self.revert_button.clicked.connect(self.revert_selected)
        self.table.itemSelectionChanged.connect(self._update_revert_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self.revert_status = QLabel()  # what the last revert did, or would do
        self.revert_status.setTextFormat(Qt.TextFormat.PlainText)  # feature names are other people's text
        self.revert_status.setWordWrap(True)
        layout.addWidget(self.revert_status)
        layout.addWidget(buttons)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # store messages quote other people's text
        self.client = client
        self.collection, self.fid = collection, fid
        self.result_data: dict[str, Any] | None = None
        self.error: str | None = None
        self.changesets: list[str | None] = []
        self.can_revert = False
        self.revert_task: WorkTask | None = None
        self.revert_result: dict[str, Any] | None = None
        self.load()

    def load(self) -> None:
        self.task = HistoryTask(self.client, self.collection, self.fid, self._done)
        QgsApplication.taskManager().addTask(self.task)

    def _done(self, task: HistoryTask) -> None:
        self.client.close()
        if task.error is not None:  # the store's own message, or what went wrong
            self.error = task.error
            self.status.setText(self.error)
            return
        self.can_revert = task.role in REVERT_ROLES
        self.revert_button.setVisible(self.can_revert)
        self.show_history(task.result or {})

    def show_history(self, history: dict[str, Any]) -> None:
        self.result_data = history
        data = history_rows(history, self.collection)
        self.changesets = row_changesets(history)
        self.status.setText(tr("%n change(s)", None, len(history.get("history", []))))
        self.table.setRowCount(len(data))
        for r, values in enumerate(data):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._update_revert_button()

    # -- revert (coordinators and admins) ---------------------------------------------------------------

    def selected_changeset(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.changesets[rows.pop()] if len(rows) == 1 and max(rows) < len(self.changesets) else None

    def _update_revert_button(self) -> None:
        changeset = self.selected_changeset()
        self.revert_button.setEnabled(self.can_revert and self.revert_task is None and changeset is not None)
        outside = self.table.selectedIndexes() and changeset is None
        self.revert_button.setToolTip(tr("This edit was not sent as a changeset; it cannot be reverted here.")
                                      if outside else self.revert_tip)

    def revert_selected(self) -> None:
        """Ask the store what reverting the selected entry's changeset would do, then confirm and run it."""
        changeset = self.selected_changeset()
        if changeset is None or self.revert_task is not None:
            return
        self.revert_status.setText(tr("Checking what reverting this change would do…"))
        self._start_revert(changeset, dry_run=True)

    def _start_revert(self, changeset: str, dry_run: bool) -> None:
        client = self.client
        self.revert_task = WorkTask(tr("Mapuj Pomoc: revert"), self._dry_run_done if dry_run else self._revert_done,
                                    work=lambda feedback: client.revert_changeset(changeset, dry_run=dry_run))
        self.revert_task.changeset = changeset  # type: ignore[attr-defined]
        self._update_revert_button()
        QgsApplication.taskManager().addTask(self.revert_task)

    def _dry_run_done(self, task: WorkTask) -> None:
        self.revert_task = None
        self._update_revert_button()
        if task.error is not None:
            self.revert_status.setText(task.error)
            return
        reply = task.result or {}
        summary = revert_summary(reply, dry_run=True)
        if not any(r.get("action") for r in reply.get("results", [])):  # nothing it would change
            self.revert_status.setText(summary)
            return
        if not self.ask(summary):
            self.revert_status.setText(tr("Cancelled."))
            return
        self.revert_status.setText(tr("Reverting…"))
        self._start_revert(task.changeset, dry_run=False)  # type: ignore[attr-defined]

    def _revert_done(self, task: WorkTask) -> None:
        self.revert_task = None
        if task.error is not None:
            self.revert_status.setText(task.error)
            self._update_revert_button()
            return
        self.revert_result = task.result or {}
        self.revert_status.setText(revert_summary(self.revert_result, dry_run=False))
        self.load()  # the history now shows the revert

    def ask(self, text: str) -> bool:
        """The user's confirmation of the dry run's outcome."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Revert this change"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # feature names are other people's text
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
