"""Starts a sync in the background and shows its outcome: layers, zoom, message bar."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProject, QgsReferencedRectangle
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.connection.credentials import CredentialsError, master_password_note, read_credentials
from ..core.connection.proxy import proxies_for
from ..core.i18n import tr
from ..core.log import log
from ..core.project import layers
from ..core.settings import ConnectionSettings
from ..core.sync.task import SyncTask


def report_text(task: SyncTask) -> str:
    r = task.report
    if r is None:
        return ""
    counts = (tr("Sync finished: %n change(s) received,", None, sum(r.pulled.values())) + " "
              + tr("%n change(s) sent.", None, sum(r.pushed.values())))
    needs_you = []
    if r.refused:
        needs_you.append(tr("%n change(s) refused by the store; see the Sync panel.", None, len(r.refused)))
    if r.conflicts:
        needs_you.append(tr("%n feature(s) with conflicts to resolve.", None, r.conflicts))
    # what needs the user first: on a laptop screen the message bar shows two lines of a long text
    return " ".join([*needs_you, counts])


def report_level(task: SyncTask) -> Qgis.MessageLevel:
    """A warning when anything needs the user (a refused change, a conflict), a success only otherwise."""
    r = task.report
    if r is not None and (r.refused or r.conflicts):
        return Qgis.MessageLevel.Warning
    return Qgis.MessageLevel.Success


class SyncRunner(QObject):
    """One sync at a time; emits `done(task)` in the main thread when it ends."""

    done = pyqtSignal(object)

    def __init__(self, iface: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.task: SyncTask | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, settings: ConnectionSettings | None = None) -> SyncTask | None:
        if self.task is not None:
            log(tr("A sync is already running."), Qgis.MessageLevel.Info, push=True)
            return None
        settings = settings or ConnectionSettings.load()
        if not settings.complete:
            log(tr("Set the store address and authentication in Mapuj Pomoc > Connection settings first."),
                Qgis.MessageLevel.Warning, push=True)
            return None
        note = master_password_note()
        if note:  # said before QGIS's own prompt, which does not say what it unlocks
            log(note, Qgis.MessageLevel.Info, push=True)
        try:
            user, token = read_credentials(settings.authcfg)
        except CredentialsError as exc:
            log(str(exc), Qgis.MessageLevel.Warning, push=True)
            return None
        self.task = SyncTask(settings.store_url, settings.workcopy_path(), user, token,
                             proxies_for(settings.store_url), self._finished, timeout=settings.timeout)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _finished(self, task: SyncTask) -> None:
        self.task = None
        if task.error:
            log(task.error, Qgis.MessageLevel.Critical, push=True, duration=0)
        else:
            self.show(task)
            log(report_text(task), report_level(task), push=True)
        self.done.emit(task)

    def show(self, task: SyncTask) -> layers.ProjectLayers:
        project = QgsProject.instance()
        first = not layers.workcopy_layers(task.workcopy, project)
        new_project = not project.mapLayers()
        found = layers.add_to_project(task.workcopy, task.me, project)
        for layer in (found.aid_points, found.service_areas, found.scope, *found.boundaries.values()):
            if not layer.isEditable():  # an open edit session keeps its own buffer
                layer.reload()
            layer.triggerRepaint()
        if first and self.iface:
            # QGIS's layer tree bridge, on the next turn of the event loop, gives an empty project the CRS
            # of its first layer (EPSG:4326 here) and zooms to all of it: settle the view after that
            QTimer.singleShot(0, lambda: self.settle_view(task.me, new_project))
        return found

    def settle_view(self, me: dict[str, Any] | None, new_project: bool) -> None:
        """The project the plugin made in PUWG 1992 and the map on the user's area (the first sync)."""
        project = QgsProject.instance()
        if new_project and project.crs() != layers.PUWG1992:
            project.setCrs(layers.PUWG1992)
        canvas = self.iface.mapCanvas()
        extent = layers.scope_extent(me, project.crs(), project)
        if canvas is None or extent is None:
            return
        canvas.setReferencedExtent(QgsReferencedRectangle(extent, project.crs()))
        canvas.refresh()
