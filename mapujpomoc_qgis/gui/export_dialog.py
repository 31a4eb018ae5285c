"""The "Regional export" dialog: region (unit, drawn polygon, polygon layer), points, public or staff version,
format, extras, file.

The export runs in an ExportTask (core.export.regional_export) through TaskDialog: progress here and in the
task manager, cancel from either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsMapTool, QgsProjectionSelectionWidget, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core import region
from ..core.export.formats import FORMATS, ExportOptions
from ..core.export.regional_export import ExportResult, ExportTask, output_files
from ..core.filtering.filters import AidFilter
from ..core.i18n import tr
from ..core.log import log
from .print_dialog import COMMUNE, COUNTY, DRAWN, LAYER, VOIVODESHIP, PointsPicker, RegionPicker
from .task_dialog import TaskDialog
from .version_choice import VersionChoice


class PolygonMapTool(QgsMapTool):
    """Click the corners of a polygon; right-click or double-click closes it (Esc gives up)."""

    drawn = pyqtSignal(object)  # QgsGeometry in the canvas CRS, or None when given up

    def __init__(self, canvas: Any) -> None:
        super().__init__(canvas)
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(216, 27, 96, 60))
        self.band.setStrokeColor(QColor("#d81b60"))
        self.band.setWidth(2)

    def canvasReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        self.points.append(self.toMapCoordinates(event.pos()))
        self.band.addPoint(self.points[-1])

    def canvasDoubleClickEvent(self, event: Any) -> None:
        self.finish()

    def canvasMoveEvent(self, event: Any) -> None:
        if self.points:
            self.band.movePoint(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.drawn.emit(None)

    def finish(self) -> None:
        points = list(dict.fromkeys((p.x(), p.y()) for p in self.points))
        self.reset()
        if len(points) < 3:
            self.drawn.emit(None)
            return
        self.drawn.emit(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in points]]))

    def reset(self) -> None:
        self.points = []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def deactivate(self) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        super().deactivate()


class ExportDialog(TaskDialog):
    def __init__(self, iface: Any, workcopy: str, current_filter: AidFilter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mapuj Pomoc – regional export"))
        self.iface = iface
        self.workcopy = workcopy
        self.drawn: QgsGeometry | None = None
        self.drawn_crs = QgsCoordinateReferenceSystem()
        self.tool: PolygonMapTool | None = None
        self.previous_tool: Any = None

        self.region = RegionPicker(workcopy, (VOIVODESHIP, COUNTY, COMMUNE, DRAWN, LAYER))
        self.draw_button = QPushButton(tr("Draw on the map…"))
        self.drawn_label = QLabel(tr("No polygon drawn yet."))
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.selected_only = QCheckBox(tr("Selected features only"))
        row = QHBoxLayout()
        row.addWidget(self.draw_button)
        row.addWidget(self.drawn_label, 1)
        self.region.form.addRow(tr("Polygon"), row)
        layer_row = QHBoxLayout()
        layer_row.addWidget(self.layer, 1)
        layer_row.addWidget(self.selected_only)
        self.region.form.addRow(tr("Layer"), layer_row)
        self.points = PointsPicker(current_filter)

        self.format = QComboBox()
        for key, (_driver, _ext, label) in FORMATS.items():
            self.format.addItem(label, key)
        self.csv_geometry = QComboBox()
        self.csv_geometry.addItem(tr("WKT column"), "wkt")
        self.csv_geometry.addItem(tr("Longitude/latitude columns"), "xy")
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.service_areas = QCheckBox(tr("With service areas (clipped to the region)"))
        self.boundaries = QCheckBox(tr("With boundaries"))
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setDefaultRoot(str(Path(workcopy).parent))
        self.add_to_project = QCheckBox(tr("Add the exported layers to the project"))
        self.version = VersionChoice()
        form = QFormLayout()
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("CSV geometry"), self.csv_geometry)
        form.addRow(tr("CRS"), self.crs)
        form.addRow("", self.service_areas)
        form.addRow("", self.boundaries)
        form.addRow(tr("Output file"), self.output)
        form.addRow("", self.add_to_project)

        self.export_button = QPushButton(tr("Export"))
        self.export_button.setDefault(True)
        self.lay_out((self.region, self.points, form), (), (self.export_button,))

        self.region.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.format.currentIndexChanged.connect(lambda _i: self._update())
        self.csv_geometry.currentIndexChanged.connect(lambda _i: self._update())
        self.draw_button.clicked.connect(self.start_drawing)
        self.export_button.clicked.connect(lambda: self.start())
        self._update()

    # -- state -------------------------------------------------------------------------------------------

    def fmt(self) -> str:
        return self.format.currentData()

    def _update(self) -> None:
        kind = self.region.current_kind()
        self.draw_button.setEnabled(kind == DRAWN and self.iface is not None)
        self.layer.setEnabled(kind == LAYER)
        self.selected_only.setEnabled(kind == LAYER)
        fmt = self.fmt()
        self.csv_geometry.setEnabled(fmt == "csv")
        self.crs.setEnabled(fmt == "gpkg" or (fmt == "csv" and self.csv_geometry.currentData() == "wkt"))
        ext = FORMATS[fmt][1]
        self.output.setFilter(f"{FORMATS[fmt][2]} (*{ext})")
        path = self.output.filePath().strip()
        if path and Path(path).suffix.lower() != ext:
            self.output.setFilePath(str(Path(path).with_suffix(ext)))

    def set_drawn(self, geometry: QgsGeometry | None, crs: QgsCoordinateReferenceSystem) -> None:
        self.drawn, self.drawn_crs = geometry, crs
        if geometry is None or geometry.isEmpty():
            self.drawn_label.setText(tr("No polygon drawn yet."))
        else:
            self.drawn_label.setText(tr("A polygon of {0} corners.").format(
                max(len(geometry.asPolygon()[0]) - 1, 0) if not geometry.isMultipart() else "…"))

    def chosen_region(self) -> region.Region | str:
        kind = self.region.current_kind()
        context = QgsProject.instance().transformContext()
        if kind == DRAWN:
            if self.drawn is None:
                raise region.RegionError(tr("Draw the region on the map first."))
            return region.from_geometry(self.drawn, self.drawn_crs, tr("Drawn area"), context)
        if kind == LAYER:
            layer = self.layer.currentLayer()
            if not isinstance(layer, QgsVectorLayer):
                raise region.RegionError(tr("Choose a polygon layer for the region."))
            return region.from_layer(layer, self.selected_only.isChecked(), layer.name(), context)
        code = self.region.teryt()
        if not code:
            raise region.RegionError(tr("Choose a region first."))
        return code

    def options(self) -> ExportOptions:
        crs = self.crs.crs()
        return ExportOptions(fmt=self.fmt(), service_areas=self.service_areas.isChecked(),
                                    boundaries=self.boundaries.isChecked(),
                                    csv_geometry=self.csv_geometry.currentData(),
                                    crs=crs.authid() if crs.isValid() and crs.authid() else "EPSG:4326",
                                    version=self.version.version())

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return self.export_button, self.region, self.points

    def failed_text(self) -> str:
        return tr("The export failed.")

    # -- drawing -----------------------------------------------------------------------------------------

    def start_drawing(self) -> None:
        canvas = self.iface.mapCanvas()
        self.previous_tool = canvas.mapTool()
        self.tool = PolygonMapTool(canvas)
        self.tool.drawn.connect(self._drawn)
        canvas.setMapTool(self.tool)
        self.hide()
        log(tr("Click the corners of the region; right-click to finish, Esc to give up."), Qgis.MessageLevel.Info, push=True,
            duration=5)

    def _drawn(self, geometry: QgsGeometry | None) -> None:
        canvas = self.iface.mapCanvas()
        if geometry is not None:
            self.set_drawn(geometry, canvas.mapSettings().destinationCrs())
        canvas.unsetMapTool(self.tool)
        if self.previous_tool is not None:
            canvas.setMapTool(self.previous_tool)
        self.tool = None
        self.show()
        self.raise_()

    # -- export ------------------------------------------------------------------------------------------

    def start(self, out: str | None = None) -> ExportTask | None:
        out = out or self.output.filePath().strip()
        if not out:
            self._show(False, tr("Choose the file to write."))
            return None
        ext = FORMATS[self.fmt()][1]
        if Path(out).suffix.lower() != ext:
            out = str(Path(out).with_suffix(ext))
        try:
            the_region = self.chosen_region()
        except region.RegionError as exc:
            self._show(False, str(exc))
            return None
        task = ExportTask(self.workcopy, the_region, out, self.points.value(), self.options(), self._finished)
        self.run_task(task, tr("Exporting…"))
        return task

    def task_done(self, result: ExportResult) -> None:
        if self.add_to_project.isChecked():
            self.add_layers(result)

    def add_layers(self, result: ExportResult) -> list[QgsVectorLayer]:
        """The exported layers in the project (a GeoPackage comes with its embedded styles)."""
        added = []
        files = output_files(result.files[0], self.options(), result.counts)
        group = QgsProject.instance().layerTreeRoot().insertGroup(0, tr("Export: {0}").format(result.region.title))
        for layer_name, path in files.items():
            uri = f"{path}|layername={layer_name}" if self.fmt() in ("gpkg", "xlsx", "kml") else str(path)
            layer = QgsVectorLayer(uri, layer_name, "ogr")
            if layer.isValid():
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
                added.append(layer)
        return added
