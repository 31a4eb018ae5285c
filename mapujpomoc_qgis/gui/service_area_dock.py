"""The "Service areas" dock: draw an aid point's area, distance buffers, travel-time areas, coverage gaps.

The points are the selected aid points or all aid points of the chosen help types. The dock only
gathers its widgets' values and calls the capability's entry points (core/service_areas/api.py;
docs/ARCHITECTURE.md, "Service areas"). Travel time is computed over any line layer of the project
(OSM `highway` lines by default, or any layer with a class field whose classes get speeds in the
table) in a WorkTask: the road layer is handed to the task as a roads.LayerSnapshot made on the
main thread, so the worker never touches a project layer, and the result layers are added when
the task is done.

At about 600 lines this module is over the project's ~500-line guide: it is the widget building of
three tabs (draw, distance, travel time) that share the points box and the result handling. On a small
screen the whole dock scrolls (gui/scrolling.py).
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapujpomoc_model import catalog

from ..core.errors import MapujPomocError
from ..core.i18n import current_language, tr
from ..core.log import log
from ..core.project.layers import find_layer
from ..core.service_areas import ServiceAreaError, api, inputs, profiles, roads, storage
from ..core.service_areas.styles import style_bands, style_buffers, style_catchments, style_gaps
from ..core.service_areas.task import ServiceAreaTask
from .draw_area_tool import DrawAreaTool
from .icons import svg_icon
from .plain_text import plain
from .scrolling import scrollable

CODE_ROLE = Qt.ItemDataRole.UserRole
METRIC_CRS = "EPSG:2180"
MAX_SNAP = api.MAX_SNAP  # metres: points farther than this from every road are left out
MAX_CLASSES = 300
RESULT_GROUP = "Mapuj Pomoc – service areas"  # the source text; the group is named in the UI language


class ServiceAreaDock(QgsDockWidget):
    """See the module docstring."""

    def __init__(self, iface: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("Service areas"), parent)
        self.setObjectName("MapujPomocServiceAreaDock")
        self.iface = iface
        self.lang = current_language()
        self.aid_layer: QgsVectorLayer | None = None
        self.areas_layer: QgsVectorLayer | None = None
        self.tool: DrawAreaTool | None = None
        self.task: ServiceAreaTask | None = None
        self.last_task: ServiceAreaTask | None = None
        self.result_layers: list[QgsVectorLayer] = []
        self.saved = 0
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._points_box())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._draw_tab(), tr("Draw"))
        self.tabs.addTab(self._buffer_tab(), tr("Distance"))
        self.tabs.addTab(self._network_tab(), tr("Travel time"))
        layout.addWidget(self.tabs, 1)
        self.status = plain(QLabel())  # messages quote names and errors: plain text
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(scrollable(body))  # fits a laptop screen: "Compute" and the progress bar scroll into view
        self.set_layers(find_layer("aid_points"), find_layer("service_areas"))
        QgsProject.instance().layersAdded.connect(self._layers_added)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)

    # -- building ---------------------------------------------------------------------------------------

    def _points_box(self) -> QGroupBox:
        box = QGroupBox(tr("Aid points"))
        layout = QVBoxLayout(box)
        self.use_selected = QRadioButton(tr("Selected aid points"))
        self.use_types = QRadioButton(tr("Aid points of the chosen help types (none chosen: all)"))
        self.use_types.setChecked(True)
        layout.addWidget(self.use_selected)
        layout.addWidget(self.use_types)
        self.help_types = QListWidget()
        for e in catalog.HELP_TYPES:
            item = QListWidgetItem(svg_icon(e.code, 24), e.label(self.lang))
            item.setData(CODE_ROLE, e.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.help_types.addItem(item)
        self.help_types.setMaximumHeight(110)
        layout.addWidget(self.help_types)
        self.use_selected.toggled.connect(lambda on: self.help_types.setEnabled(not on))
        self.points_label = plain(QLabel())
        layout.addWidget(self.points_label)
        self.help_types.itemChanged.connect(lambda _i: self._update_labels())
        self.use_types.toggled.connect(lambda _c: self._update_labels())
        return box

    def _draw_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.selected_label = plain(QLabel())  # shows the point's name
        self.selected_label.setWordWrap(True)
        layout.addWidget(self.selected_label)
        self.draw_button = QPushButton(tr("Draw the area of the selected point"))
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self._draw_toggled)
        layout.addWidget(self.draw_button)
        hint = QLabel(tr("Left click adds a vertex, right click or Enter finishes, Backspace takes back the last "
                         "vertex, Esc cancels. The area replaces the point's earlier drawn area and is sent to the "
                         "store with the next sync."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch()
        return page

    def _buffer_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.distances = QLineEdit("500, 1000")
        self.distances.setToolTip(tr("One or more distances in metres, separated by commas"))
        form.addRow(tr("Distances (m)"), self.distances)
        self.save_buffers = QCheckBox(tr("Save as the points' service areas (synced)"))
        form.addRow("", self.save_buffers)
        self.buffer_button = QPushButton(tr("Make buffers"))
        self.buffer_button.clicked.connect(lambda _c=False: self.make_buffers())
        form.addRow("", self.buffer_button)
        note = QLabel(tr("Circles are computed in EPSG:2180 (PUWG 1992) and saved in EPSG:4326."))
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _network_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.roads = QgsMapLayerComboBox()
        self.roads.setFilters(QgsMapLayerProxyModel.Filter.LineLayer)
        self.roads.setAllowEmptyLayer(True)
        form.addRow(tr("Roads"), self.roads)
        self.class_field = QgsFieldComboBox()
        form.addRow(tr("Road class field"), self.class_field)
        self.profile = QComboBox()
        self.profile.addItem(tr("Walk"), "walk")
        self.profile.addItem(tr("Drive"), "drive")
        form.addRow(tr("Profile"), self.profile)
        self.minutes = QLineEdit("5, 10, 15")
        self.minutes.setToolTip(tr("One or more thresholds in minutes, separated by commas"))
        form.addRow(tr("Minutes"), self.minutes)
        self.cell_size = QSpinBox()
        self.cell_size.setRange(5, 1000)
        self.cell_size.setValue(int(api.DEFAULT_CELL))
        self.cell_size.setSuffix(" m")
        form.addRow(tr("Cell size"), self.cell_size)
        layout.addLayout(form)
        self.speeds = QTableWidget(0, 2)
        self.speeds.setHorizontalHeaderLabels([tr("Road class"), tr("km/h")])
        self.speeds.horizontalHeaderItem(1).setToolTip(tr("km/h (0: not used)"))
        self.speeds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.speeds.verticalHeader().setVisible(False)
        self.speeds.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.speeds.setMinimumHeight(120)
        layout.addWidget(self.speeds, 1)
        self.gaps = QGroupBox(tr("Coverage gaps"))
        self.gaps.setCheckable(True)
        self.gaps.setChecked(False)
        gaps_form = QFormLayout(self.gaps)
        self.region = QgsMapLayerComboBox()
        self.region.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.region.setAllowEmptyLayer(True)
        self.region.setLayer(None)
        gaps_form.addRow(tr("Region"), self.region)
        self.region_selected = QCheckBox(tr("Only the selected region features"))
        self.region_selected.setChecked(True)
        gaps_form.addRow("", self.region_selected)
        self.population = QgsMapLayerComboBox()
        self.population.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.population.setAllowEmptyLayer(True)
        self.population.setLayer(None)
        gaps_form.addRow(tr("Population (optional)"), self.population)
        self.population_field = QgsFieldComboBox()
        self.population_field.setFilters(QgsFieldProxyModel.Filter.Numeric)
        gaps_form.addRow(tr("Population field"), self.population_field)
        layout.addWidget(self.gaps)
        self.save_network = QCheckBox(tr("Save each point's area (largest threshold) as its service area (synced)"))
        layout.addWidget(self.save_network)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Compute"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.run_button.clicked.connect(lambda _c=False: self.run_network())
        self.cancel_button.clicked.connect(lambda _c=False: self.cancel())
        self.roads.layerChanged.connect(self._roads_changed)
        self.class_field.fieldChanged.connect(lambda _f: self.fill_speeds())
        self.profile.currentIndexChanged.connect(lambda _i: self.fill_speeds())
        self.population.layerChanged.connect(lambda lyr: self.population_field.setLayer(lyr))
        self.roads.setLayer(inputs.default_roads())
        self._roads_changed(self.roads.currentLayer())
        gminy = find_layer("gminy")
        if gminy is not None:
            self.region.setLayer(gminy)
        return page

    # -- layers -----------------------------------------------------------------------------------------

    def set_layers(self, aid_layer: QgsVectorLayer | None, areas_layer: QgsVectorLayer | None) -> None:
        """The working copy's aid_points and service_areas layers the dock works with."""
        if self.aid_layer is not None:
            try:
                self.aid_layer.selectionChanged.disconnect(self._update_labels)
            except (TypeError, RuntimeError):
                pass
        self.aid_layer, self.areas_layer = aid_layer, areas_layer
        if aid_layer is not None:
            aid_layer.selectionChanged.connect(self._update_labels)
        self._update_labels()

    def _layers_added(self, _layers: Any) -> None:
        if self.aid_layer is None or self.areas_layer is None:
            self.set_layers(self.aid_layer or find_layer("aid_points"), self.areas_layer or find_layer("service_areas"))

    def _layers_removed(self, ids: Any) -> None:
        gone = set(ids)
        if self.tool is not None and self.areas_layer is not None and self.areas_layer.id() in gone:
            self._drop_tool()
        aid = None if self.aid_layer is None or self.aid_layer.id() in gone else self.aid_layer
        areas = None if self.areas_layer is None or self.areas_layer.id() in gone else self.areas_layer
        if aid is not self.aid_layer or areas is not self.areas_layer:
            if self.aid_layer is not None and aid is None:
                try:
                    self.aid_layer.selectionChanged.disconnect(self._update_labels)
                except (TypeError, RuntimeError):
                    pass
                self.aid_layer = None
            self.set_layers(aid, areas)

    def _roads_changed(self, layer: Any) -> None:
        self.class_field.setLayer(layer)
        if layer is not None:
            names = [f.name() for f in layer.fields()]
            for candidate in ("highway", "KLASA_DROG", "klasa_drog", "fclass", "class"):
                if candidate in names:
                    self.class_field.setField(candidate)
                    break
        self.fill_speeds()

    def road_classes(self) -> list[str]:
        layer, name = self.roads.currentLayer(), self.class_field.currentField()
        if layer is None or not name or layer.fields().indexOf(name) < 0:
            return []
        values = layer.uniqueValues(layer.fields().indexOf(name), MAX_CLASSES)
        return sorted(str(v) for v in values if v is not None and not (hasattr(v, "isNull") and v.isNull())
                      and str(v) != "")

    def fill_speeds(self) -> None:
        """The table of classes found in the road layer with the chosen profile's speeds."""
        prof = profiles.profile_for(self.profile.currentData() or "walk",
                                    self.class_field.currentField() or "highway")
        speeds = profiles.profile_speeds(prof, self.road_classes())
        self.speeds.setRowCount(0)
        for cls, speed in speeds.items():
            row = self.speeds.rowCount()
            self.speeds.insertRow(row)
            name = QTableWidgetItem(cls)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.speeds.setItem(row, 0, name)
            self.speeds.setItem(row, 1, QTableWidgetItem(f"{speed:g}"))

    def table_speeds(self) -> dict[str, float]:
        out = {}
        for row in range(self.speeds.rowCount()):
            cls = self.speeds.item(row, 0).text()
            out[cls] = inputs.parse_speed(cls, self.speeds.item(row, 1).text() if self.speeds.item(row, 1) else "")
        return out

    def current_profile(self) -> profiles.Profile:
        return profiles.profile_for(self.profile.currentData() or "walk", self.class_field.currentField() or "highway",
                               self.table_speeds())

    # -- points -----------------------------------------------------------------------------------------

    def chosen_help_types(self) -> list[str]:
        return [self.help_types.item(i).data(CODE_ROLE) for i in range(self.help_types.count())
                if self.help_types.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_points(self, crs: str = METRIC_CRS) -> tuple[Any, list[Any]]:
        """(xy in `crs`, uuids) of the selected points or of the points with the chosen help types."""
        if self.aid_layer is None:
            raise ServiceAreaError(tr("Sync first: there are no aid points of a working copy in the project."))
        if self.use_selected.isChecked():
            fids = self.aid_layer.selectedFeatureIds()
            if not fids:
                raise ServiceAreaError(tr("Select aid points on the map first."))
            return inputs.chosen_points(self.aid_layer, crs, request=QgsFeatureRequest().setFilterFids(fids))
        return inputs.chosen_points(self.aid_layer, crs, self.chosen_help_types())

    def selected_point(self) -> QgsFeature | None:
        if self.aid_layer is None or self.aid_layer.selectedFeatureCount() != 1:
            return None
        return next(self.aid_layer.getSelectedFeatures(), None)

    def _update_labels(self, *_: Any) -> None:
        point = self.selected_point()
        if self.aid_layer is None:
            self.selected_label.setText(tr("Sync first: there are no aid points of a working copy in the project."))
        elif point is None:
            self.selected_label.setText(tr("Select one aid point on the map to draw its area."))
        else:
            self.selected_label.setText(tr("Aid point: {0}").format(point["name"]))
        self.draw_button.setEnabled(point is not None and self.areas_layer is not None)
        if self.aid_layer is None:
            self.points_label.setText("")
        elif self.use_selected.isChecked():
            self.points_label.setText(tr("%n point(s) selected", None, self.aid_layer.selectedFeatureCount()))
        else:
            self.points_label.setText("")

    # -- drawing ----------------------------------------------------------------------------------------

    def _draw_toggled(self, on: bool) -> None:
        if on:
            if not self.start_drawing():
                self.draw_button.setChecked(False)
        elif self.tool is not None and self.iface.mapCanvas().mapTool() is self.tool:
            self.iface.mapCanvas().unsetMapTool(self.tool)

    def start_drawing(self) -> DrawAreaTool | None:
        """Activate the drawing tool for the selected aid point (None when that is not possible)."""
        point = self.selected_point()
        if point is None or self.areas_layer is None:
            self._say(tr("Select one aid point on the map to draw its area."), Qgis.MessageLevel.Warning)
            return None
        me = storage.load_me(storage.workcopy_of(self.areas_layer))
        problem = storage.scope_problem(point["teryt"] if point.fields().indexOf("teryt") >= 0 else None, me) if me \
            else None
        if problem:
            self._say(problem, Qgis.MessageLevel.Warning)
            return None
        canvas = self.iface.mapCanvas()
        if self.tool is None or self.tool.canvas() is not canvas:
            # one tool for the dock's life: the canvas owns it (deleting a Python map tool under QGIS 3.22's
            # canvas corrupts the heap), so it is reused for every point
            self.tool = DrawAreaTool(canvas, self.areas_layer, str(point["uuid"]), str(point["name"]))
            self.tool.areaSaved.connect(self._area_drawn)
            self.tool.deactivated.connect(self._tool_off)
        else:
            self.tool.areas_layer = self.areas_layer
            self.tool.set_aid_point(str(point["uuid"]), str(point["name"]))
        canvas.setMapTool(self.tool)
        if not self.draw_button.isChecked():
            self.draw_button.blockSignals(True)
            self.draw_button.setChecked(True)
            self.draw_button.blockSignals(False)
        self._say(tr("Draw the area of {0} on the map.").format(point["name"]))
        return self.tool

    def _area_drawn(self, aid_point_id: str) -> None:
        self.saved += 1
        self._say(tr("Drawn area saved; sync to send it to the store."))

    def _tool_off(self) -> None:
        if self.draw_button.isChecked():
            self.draw_button.blockSignals(True)
            self.draw_button.setChecked(False)
            self.draw_button.blockSignals(False)

    def _drop_tool(self) -> None:
        """The drawing tool off the canvas (it stays for the next drawing)."""
        if self.tool is None:
            return
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.tool.reset()

    # -- buffers ----------------------------------------------------------------------------------------

    def make_buffers(self) -> QgsVectorLayer | None:
        """Buffers of the chosen points as a layer of the project; saved as service areas when asked."""
        try:
            metres = inputs.parse_numbers(self.distances.text(), tr("the distances"))
            xy, ids = self.chosen_points(api.BUFFER_CRS)
        except MapujPomocError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return None
        records = api.buffers(xy, ids, metres)
        layer = api.buffer_layer(records, tr("Buffers {0} m").format(", ".join(f"{m:g}" for m in metres)))
        style_buffers(layer, metres)
        self._add_result(layer)
        message = tr("%n buffer(s)", None, len(records)) + " " + tr("around %n point(s).", None, len(ids))
        if self.save_buffers.isChecked():
            message += " " + self._save(records)
        self._say(message)
        return layer

    # -- travel time ------------------------------------------------------------------------------------

    def run_network(self) -> ServiceAreaTask | None:
        """Start the travel-time computation in a task (None when the inputs are not complete)."""
        if self.task is not None:
            self._say(tr("A computation is already running."), Qgis.MessageLevel.Info)
            return None
        try:
            request = self.travel_time_request()
        except MapujPomocError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return None
        self.task = ServiceAreaTask(request, self._network_done)
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self._say(tr("Computing travel-time areas for %n point(s)…", None, len(request.ids)))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def travel_time_request(self) -> api.TravelTimeRequest:
        """The widgets' values as a request, the layers as snapshots a task may read (raises what is missing)."""
        roads_layer = self.roads.currentLayer()
        if roads_layer is None:
            raise ServiceAreaError(tr("Add a road line layer to the project (e.g. OSM lines) and choose it."))
        class_field = self.class_field.currentField()
        if not class_field:
            raise ServiceAreaError(tr("Choose the field that holds the road class."))
        minutes = inputs.parse_numbers(self.minutes.text(), tr("the minutes"))
        profile = self.current_profile()
        xy, ids = self.chosen_points(METRIC_CRS)
        request = api.TravelTimeRequest(roads.LayerSnapshot(roads_layer), xy, ids, minutes, profile, class_field,
                                        crs=METRIC_CRS, cell_size=float(self.cell_size.value()), max_snap=MAX_SNAP,
                                        cache=roads.GRAPHS)
        if self.gaps.isChecked():
            region_layer = self.region.currentLayer()
            if region_layer is None:
                raise ServiceAreaError(tr("Choose the region layer for the coverage gaps."))
            selection = None
            if self.region_selected.isChecked() and region_layer.selectedFeatureCount():
                selection = QgsFeatureRequest().setFilterFids(region_layer.selectedFeatureIds())
            request.region = inputs.region_geometry(region_layer, METRIC_CRS, selection)
            pop_layer = self.population.currentLayer()
            if pop_layer is not None:
                request.population_field = self.population_field.currentField()
                if not request.population_field:
                    raise ServiceAreaError(tr("Choose the population field."))
                request.population = roads.LayerSnapshot(pop_layer)
        return request

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _network_done(self, task: ServiceAreaTask) -> None:
        self.task = None
        self.last_task = task
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if task.result is None:
            self.progress.setValue(0)
            if task.cancelled:
                self._say(tr("Travel-time computation cancelled."), Qgis.MessageLevel.Info)
            else:
                self._say(task.error or "", Qgis.MessageLevel.Warning)
            return
        self.progress.setValue(100)
        areas = task.result
        how = tr("Walk") if task.request.profile.name == "walk" else tr("Drive")  # outside the f-string: pylupdate5
        unit = tr("min")
        title = f"{how} {', '.join(f'{m:g}' for m in areas.minutes)} {unit}"
        made = areas.layers()
        bands = made["bands"]
        bands.setName(tr("Travel time: {0}").format(title))
        style_bands(bands, areas.minutes)
        catchments = made["catchments"]
        catchments.setName(tr("Nearest aid point: {0}").format(title))
        style_catchments(catchments)
        self._add_result(catchments)
        self._add_result(bands)
        message = (tr("%n travel-time band(s).", None, bands.featureCount()) + " "
                   + tr("%n point area(s).", None, catchments.featureCount()))
        if "gaps" in made:
            gaps = made["gaps"]
            gaps.setName(tr("Coverage gaps: {0}").format(title))
            style_gaps(gaps)
            self._add_result(gaps)
            people = [p for _m, _g, p in areas.gaps if p is not None]
            if people:
                message += " " + tr("Not covered within {0} min: {1:,.0f} people.").format(
                    areas.gaps[-1][0], areas.gaps[-1][2] or 0)
        if areas.unsnapped:
            message += " " + tr("Left out %n point(s) farther than {0:g} m from every road.", None,
                                len(areas.unsnapped)).format(MAX_SNAP)
        if self.save_network.isChecked():
            message += " " + self._save(storage.network_records(areas))
        self._say(message, Qgis.MessageLevel.Success)

    # -- results ----------------------------------------------------------------------------------------

    def _add_result(self, layer: QgsVectorLayer) -> None:
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        name = tr("Mapuj Pomoc – service areas")  # RESULT_GROUP in the UI language
        group = root.findGroup(name) or root.insertGroup(0, name)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        self.result_layers.append(layer)
        alive = []
        for lyr in self.result_layers:
            try:
                if project.mapLayer(lyr.id()) is not None:
                    alive.append(lyr)
            except RuntimeError:  # removed from the project and deleted
                pass
        for combo in (self.roads, self.region, self.population):  # results are no input
            combo.setExceptedLayerList(alive)

    def _save(self, records: list[storage.AreaRecord]) -> str:
        """Write the areas into the working copy's service_areas layer; a sentence saying what happened."""
        if self.areas_layer is None:
            return tr("Not saved: there is no service areas layer of a working copy in the project.")
        try:
            saved = api.save_areas(records, self.areas_layer)
        except MapujPomocError as exc:
            return tr("Not saved: {0}").format(exc)
        self.saved += saved.count
        text = tr("%n service area(s) saved; sync to send them to the store.", None, saved.count)
        if saved.problems:
            text += " " + tr("%n area(s) not saved: {0}", None, len(saved.problems)).format(saved.problems[0])
            for p in saved.problems:
                log(p, Qgis.MessageLevel.Warning)
        return text

    def _say(self, message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
        self.status.setText(message)
        log(message, level, push=level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Success))

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self._drop_tool()
        super().closeEvent(event)

    def event(self, event: Any) -> bool:
        # deleteLater: silence the children before Qt deletes them, or a combo box dying first would call
        # back into its half-deleted siblings
        if event.type() == QEvent.Type.DeferredDelete:
            self.cleanup()
        return super().event(event)

    def cleanup(self) -> None:
        """Before the dock goes: the drawing tool off the canvas, a running task cancelled, signals off."""
        self._drop_tool()
        if self.tool is not None:
            for signal, slot in ((self.tool.areaSaved, self._area_drawn), (self.tool.deactivated, self._tool_off)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
            self.tool = None
        for child in self.findChildren(QWidget):
            child.blockSignals(True)
        for signal, slot in ((QgsProject.instance().layersAdded, self._layers_added),
                             (QgsProject.instance().layersWillBeRemoved, self._layers_removed)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        if self.task is not None:
            self.task.on_done = lambda _t: None
            self.task.cancel()
            self.task = None
        if self.aid_layer is not None:
            try:
                self.aid_layer.selectionChanged.disconnect(self._update_labels)
            except (TypeError, RuntimeError):
                pass
            self.aid_layer = None

