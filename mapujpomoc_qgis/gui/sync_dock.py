"""The Sync dock: pending changes, conflicts, refusals, last sync, the Sync button, a log, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsMapLayer, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapujpomoc_model.merge import DELETED, GEOMETRY

from ..core.connection.client import StoreClient
from ..core.connection.credentials import CredentialsError, master_password_note, read_credentials
from ..core.connection.proxy import proxies_for
from ..core.i18n import tr
from ..core.log import log
from ..core.project.layers import field_aliases, workcopy_layers
from ..core.settings import ConnectionSettings
from ..core.sync.resolve import ResolveError, Resolver
from ..core.sync.workcopy import WorkingCopy, WorkingCopyError
from .conflict_dialog import ConflictDialog
from .history_dialog import HistoryDialog
from .plain_text import plain, plain_tooltip
from .scrolling import scrollable
from .sync_runner import SyncRunner, report_text

ID_ROLE = Qt.ItemDataRole.UserRole


def op_label(op: str) -> str:
    return {"create": tr("new"), "update": tr("changed"), "delete": tr("deleted")}.get(op, op)


class SyncDock(QgsDockWidget):
    def __init__(self, iface: Any, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Mapuj Pomoc – sync"), parent)
        self.setObjectName("MapujPomocSyncDock")
        self.iface = iface
        self.runner = runner
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.last_sync = plain(QLabel())
        self.sync_button = QPushButton(tr("Sync"))
        top.addWidget(self.last_sync, 1)
        top.addWidget(self.sync_button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.pending = self._tree([tr("Change"), tr("Layer"), tr("Name")])
        self.conflicts = self._tree([tr("Name"), tr("Fields")])
        self.refused = self._tree([tr("Change"), tr("Name"), tr("Reason")])
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        for widget, title in ((self.pending, tr("Pending")), (self.conflicts, tr("Conflicts")),
                              (self.refused, tr("Refused")), (self.log_view, tr("Log"))):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs)
        actions = QGridLayout()  # two rows, so the buttons fit a narrow dock in Ukrainian too
        self.discard_button = QPushButton(tr("Discard change"))
        self.discard_button.setToolTip(tr("Restore the selected feature as it was at the last sync"))
        self.resolve_button = QPushButton(tr("Resolve…"))
        self.history_button = QPushButton(tr("History of selected point"))
        actions.addWidget(self.discard_button, 0, 0)
        actions.addWidget(self.resolve_button, 0, 1)
        actions.addWidget(self.history_button, 1, 0, 1, 2)
        layout.addLayout(actions)
        self.setWidget(scrollable(body))  # a narrow or short dock scrolls instead of growing QGIS's window
        self.sync_button.clicked.connect(self.start_sync)
        self.discard_button.clicked.connect(self.discard_selected)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.history_button.clicked.connect(self.show_history)
        self.runner.done.connect(self._sync_done)
        self.conflicts.itemDoubleClicked.connect(lambda _item, _column: self.resolve_selected())
        self.history_dialog: HistoryDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        # the outbox fills when an edit is saved (SQLite triggers): the counts follow each save
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(200)
        self._refresh_soon.timeout.connect(self.refresh)
        self._watched: set[str] = set()
        QgsProject.instance().layersAdded.connect(self._watch_layers)
        self._watch_layers(list(QgsProject.instance().mapLayers().values()))
        self.refresh()

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        return tree

    # -- state ----------------------------------------------------------------------------------------

    def workcopy_path(self) -> str:
        return ConnectionSettings.load().workcopy_path()

    def open_workcopy(self) -> WorkingCopy | None:
        path = self.workcopy_path()
        if not Path(path).exists():
            return None
        try:
            return WorkingCopy(path)
        except WorkingCopyError as exc:
            self.add_log(str(exc))
            return None

    def refresh(self) -> None:
        """Re-read the outbox and conflicts from the working copy; what was selected stays selected (a refresh
        after a saved edit may come just after `show_refusals` selected the refused rows)."""
        trees = (self.pending, self.conflicts, self.refused)
        selected = [set(map(tuple, self._selected(tree))) for tree in trees]
        for tree in trees:
            tree.clear()
        try:
            self._fill()
        finally:
            for tree, keys in zip(trees, selected):
                items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
                for item in items:
                    if tuple(item.data(0, ID_ROLE) or ()) in keys:
                        item.setSelected(True)

    def _fill(self) -> None:
        wc = self.open_workcopy()
        if wc is None:
            self.last_sync.setText(tr("Not synced yet."))
            self._update_titles(0, 0, 0)
            return
        with wc:
            names = {(c, u): n for c, u, n in wc.conn.execute(
                "SELECT 'aid_points', uuid, name FROM aid_points UNION ALL "
                "SELECT collection, uuid, json_extract(properties, '$.name') FROM mp_base")}
            pending, conflicts = wc.pending(), wc.conflicts()
            last = wc.meta("last_sync")
        titles = {"aid_points": tr("Aid points"), "service_areas": tr("Service areas")}
        for p in pending:
            key = (p["collection"], p["uuid"])
            name = names.get(key) or p["uuid"]
            if p["state"] == "refused":
                item = QTreeWidgetItem([op_label(p["op"]), name, p["reason"] or ""])
                item.setToolTip(2, plain_tooltip(p["reason"] or ""))
                self.refused.addTopLevelItem(item)
            else:
                item = QTreeWidgetItem([op_label(p["op"]), titles.get(p["collection"], p["collection"]), name])
                self.pending.addTopLevelItem(item)
            item.setData(0, ID_ROLE, key)
        grouped: dict[tuple[str, str], list[str]] = {}
        for c in conflicts:
            grouped.setdefault((c["collection"], c["uuid"]), []).append(c["field"])
        aliases = {**field_aliases(), DELETED: tr("deleted on one side"), GEOMETRY: tr("Location")}
        for key, fields in grouped.items():
            item = QTreeWidgetItem([names.get(key) or key[1], ", ".join(aliases.get(f, f) for f in fields)])
            item.setData(0, ID_ROLE, key)
            self.conflicts.addTopLevelItem(item)
        waiting = sum(1 for p in pending if p["state"] == "pending")
        self._update_titles(waiting, len(grouped), len(pending) - waiting)
        when = dt.datetime.fromisoformat(last).astimezone().strftime("%Y-%m-%d %H:%M") if last else None
        self.last_sync.setText(tr("Last sync: {0}").format(when) if when else tr("Not synced yet."))

    def _watch_layers(self, added: list[QgsMapLayer]) -> None:
        """Refresh after every saved edit of a working-copy layer (and after an undo of a save's rows)."""
        path = self.workcopy_path()
        ours = {layer.id() for layer in workcopy_layers(path)} if path else set()
        for layer in added:
            if layer.id() in ours and layer.id() not in self._watched and isinstance(layer, QgsVectorLayer):
                layer.afterCommitChanges.connect(self._refresh_soon.start)
                layer.destroyed.connect(lambda _obj=None, lid=layer.id(): self._watched.discard(lid))
                self._watched.add(layer.id())

    def cleanup(self) -> None:
        """Disconnect from the project and the layers before the dock goes (plugin unload)."""
        self._refresh_soon.stop()
        try:
            QgsProject.instance().layersAdded.disconnect(self._watch_layers)
        except (TypeError, RuntimeError):
            pass
        for layer_id in self._watched:
            layer = QgsProject.instance().mapLayer(layer_id)
            try:
                layer.afterCommitChanges.disconnect(self._refresh_soon.start)
            except (AttributeError, TypeError, RuntimeError):
                pass
        self._watched.clear()

    def show_refusals(self, keys: list[tuple[str, str]]) -> None:
        """Open the panel on the Refused tab with these changes selected: a refusal needs the user."""
        self.refresh()
        self.setUserVisible(True)
        self.raise_()
        self.tabs.setCurrentWidget(self.refused)
        wanted = set(map(tuple, keys))
        items = [self.refused.topLevelItem(i) for i in range(self.refused.topLevelItemCount())]
        items = [item for item in items if tuple(item.data(0, ID_ROLE)) in wanted]
        self.refused.clearSelection()
        if items:
            self.refused.setCurrentItem(items[0])  # (selects only it: the others are selected after)
            self.refused.scrollToItem(items[0])
        for item in items:
            item.setSelected(True)

    def _update_titles(self, pending: int, conflicts: int, refused: int) -> None:
        self.tabs.setTabText(0, tr("Pending ({0})").format(pending))
        self.tabs.setTabText(1, tr("Conflicts ({0})").format(conflicts))
        self.tabs.setTabText(2, tr("Refused ({0})").format(refused))

    def add_log(self, text: str) -> None:
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        self.log_view.appendPlainText(f"{stamp}  {text}")

    # -- actions --------------------------------------------------------------------------------------

    def start_sync(self) -> None:
        task = self.runner.start()
        if task is None:
            return
        self.sync_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.add_log(tr("Sync started."))

    def _sync_done(self, task: Any) -> None:
        self.sync_button.setEnabled(True)
        self.progress.setVisible(False)
        self.add_log(task.error or report_text(task))
        if task.report:
            for r in task.report.refused:
                self.add_log(tr("Refused: {0}").format(r.get("detail") or r.get("outcome")))
        self.refresh()
        self._watch_layers(list(QgsProject.instance().mapLayers().values()))  # a first sync adds them
        if task.report and task.report.refused:
            self.show_refusals([(r["collection"], r["id"]) for r in task.report.refused])

    def _selected(self, tree: QTreeWidget) -> list[tuple[str, str]]:
        return [item.data(0, ID_ROLE) for item in tree.selectedItems()]

    def aid_points_layer(self) -> QgsVectorLayer | None:
        return next(iter(workcopy_layers(self.workcopy_path(), table="aid_points")), None)

    def _reload_layers(self) -> None:
        for layer in workcopy_layers(self.workcopy_path()):
            if not layer.isEditable():
                layer.reload()
                layer.triggerRepaint()

    def discard_selected(self) -> None:
        tree = self.refused if self.tabs.currentWidget() is self.refused else self.pending
        keys = self._selected(tree)
        if not keys:
            log(tr("Select the changes to discard in the Pending or Refused list."), Qgis.MessageLevel.Info, push=True)
            return
        wc = self.open_workcopy()
        if wc is None:
            return
        with wc:
            resolver = Resolver(wc)
            for collection, fid in keys:
                try:
                    resolver.discard(collection, fid)
                    self.add_log(tr("Discarded the local change of {0}.").format(fid))
                except ResolveError as exc:
                    self.add_log(str(exc))
        self._reload_layers()
        self.refresh()

    def resolve_selected(self) -> ConflictDialog | None:
        keys = self._selected(self.conflicts)
        if not keys:
            log(tr("Select a feature in the Conflicts list."), Qgis.MessageLevel.Info, push=True)
            return None
        wc = self.open_workcopy()
        if wc is None:
            return None
        collection, fid = keys[0]
        canvas = self.iface.mapCanvas() if self.iface else None
        dialog = ConflictDialog(Resolver(wc), collection, fid, canvas, self.aid_points_layer(), self)
        dialog.finished.connect(lambda _r: (wc.close(), self._reload_layers(), self.refresh()))
        dialog.open()
        self.conflict_dialog = dialog  # the one open now (a double-click opens it too)
        return dialog

    def show_history(self) -> HistoryDialog | None:
        layer = self.aid_points_layer()
        selected = layer.selectedFeatures() if layer else []
        if not selected:
            log(tr("Select one aid point on the map to see its history."), Qgis.MessageLevel.Info, push=True)
            return None
        feature = selected[0]
        settings = ConnectionSettings.load()
        user = token = None  # reading the history is public; a token only adds who may revert
        if settings.authcfg:
            note = master_password_note()
            if note:  # said before QGIS's own prompt, which does not say what it unlocks
                log(note, Qgis.MessageLevel.Info, push=True)
            try:
                user, token = read_credentials(settings.authcfg)
            except CredentialsError as exc:
                log(str(exc), Qgis.MessageLevel.Warning, push=True)
                return None
        client = StoreClient(settings.store_url, token, user=user, proxies=proxies_for(settings.store_url),
                             timeout=settings.timeout)
        self.history_dialog = HistoryDialog(client, "aid_points", feature["uuid"], feature["name"] or "", self)
        self.history_dialog.open()
        return self.history_dialog
