"""A map tool to draw the service area of one aid point by hand (kind manual).

Left click adds a vertex (snapping as the project's snapping settings say), right click or Enter
finishes, Backspace takes back the last vertex, Esc cancels. A rubber band shows the polygon while
it is drawn. The finished polygon is written to the working copy's service_areas layer as one
undoable edit (replacing the point's earlier drawn area) and goes to the store with the next sync.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.errors import MapujPomocError
from ..core.i18n import tr
from ..core.log import log
from ..core.service_areas import storage


class DrawAreaTool(QgsMapTool):
    """Draws one polygon and stores it as the manual service area of `aid_point_id`."""

    areaSaved = pyqtSignal(str)  # the aid point's uuid
    failed = pyqtSignal(str)  # why nothing was saved

    def __init__(self, canvas: Any, areas_layer: Any, aid_point_id: str, aid_point_name: str = "") -> None:
        super().__init__(canvas)
        self.areas_layer = areas_layer
        self.aid_point_id = aid_point_id
        self.aid_point_name = aid_point_name
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setStrokeColor(QColor(0, 151, 167, 230))
        self.band.setFillColor(QColor(0, 151, 167, 60))
        self.band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- events -------------------------------------------------------------------------------------------

    def canvasMoveEvent(self, event: Any) -> None:
        if self.points:
            self._show(self._point(event))

    def canvasReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.add_point(self._point(event))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.undo_point()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        else:
            event.ignore()

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    # -- drawing ------------------------------------------------------------------------------------------

    def _point(self, event: Any) -> QgsPointXY:
        try:
            return QgsPointXY(event.snapPoint())
        except (AttributeError, TypeError):
            return QgsPointXY(event.mapPoint())

    def _show(self, hover: QgsPointXY | None = None) -> None:
        pts = self.points + ([hover] if hover is not None else [])
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for i, p in enumerate(pts):
            self.band.addPoint(p, i == len(pts) - 1)

    def add_point(self, point: QgsPointXY) -> None:
        self.points.append(QgsPointXY(point))
        self._show()

    def undo_point(self) -> None:
        if self.points:
            self.points.pop()
            self._show()

    def reset(self) -> None:
        self.points = []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def cancel(self) -> None:
        self.reset()
        log(tr("Drawing cancelled."), Qgis.MessageLevel.Info)

    def polygon(self) -> QgsGeometry:
        """The drawn polygon in the canvas CRS (empty with fewer than three vertices)."""
        distinct = [p for i, p in enumerate(self.points) if i == 0 or p != self.points[i - 1]]
        if len(distinct) < 3:
            return QgsGeometry()
        return QgsGeometry.fromPolygonXY([distinct + [distinct[0]]])

    def finish(self, points: list[QgsPointXY] | None = None) -> bool:
        """Store the polygon (of `points` when given, in the canvas CRS) as the point's drawn area."""
        if points is not None:
            self.points = [QgsPointXY(p) for p in points]
        geom = self.polygon()
        if geom.isEmpty():
            self._fail(tr("Draw at least three vertices, then right-click to finish."))
            return False
        crs = self.canvas().mapSettings().destinationCrs()
        record = storage.AreaRecord(self.aid_point_id, "manual", geom, crs, None)
        try:
            storage.add_areas_to_layer(self.areas_layer, [record], replace=True, text=tr("Draw service area"))
        except MapujPomocError as exc:
            self._fail(str(exc))
            return False
        self.reset()
        editing = self.areas_layer.isEditable()
        log(tr("The drawn area of {0} is saved; it goes to the store with the next sync.").format(
            self.aid_point_name or self.aid_point_id) if not editing else
            tr("The drawn area of {0} is in the edit buffer; save the layer's edits, then sync.").format(
                self.aid_point_name or self.aid_point_id), Qgis.MessageLevel.Success, push=True, duration=5)
        self.areaSaved.emit(self.aid_point_id)
        return True

    def _fail(self, message: str) -> None:
        log(message, Qgis.MessageLevel.Warning, push=True, duration=5)
        self.failed.emit(message)

    def set_aid_point(self, aid_point_id: str, aid_point_name: str = "") -> None:
        """Draw for another aid point from now on (a half-drawn polygon is dropped)."""
        self.reset()
        self.aid_point_id, self.aid_point_name = aid_point_id, aid_point_name
