"""The "Print map" dialog: region, points (current filter or a saved list), public or staff version, template,
languages, basemap (a preset of core.basemaps or any layer of the project), PDF.

Printing runs in a PrintTask (core.printing.print_map) through TaskDialog: progress here and in the task
manager, cancel from either.
"Open in layout designer" builds the same layout in the user's project for hand edits instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core import basemaps, region
from ..core.errors import MapujPomocError
from ..core.filtering import saved_lists
from ..core.filtering.filters import AidFilter
from ..core.i18n import tr
from ..core.printing.map_texts import pair_text
from ..core.printing.print_map import PrintResult, PrintTask, open_in_project
from ..core.printing.print_spec import LANGUAGE_PAIRS, TEMPLATES, PrintSpec
from .task_dialog import TaskDialog
from .version_choice import VersionChoice

VOIVODESHIP, COUNTY, COMMUNE, EXTENT, DRAWN, LAYER = "wojewodztwa", "powiaty", "gminy", "extent", "drawn", "layer"


def level_titles() -> dict[str, str]:
    return {VOIVODESHIP: tr("Voivodeship"), COUNTY: tr("County"), COMMUNE: tr("Commune"),
            EXTENT: tr("Current map extent"), DRAWN: tr("Drawn polygon"), LAYER: tr("Polygon layer")}


class RegionPicker(QWidget):
    """Region by type (voivodeship, county, commune, and whatever else `kinds` adds) with a cascade of units
    in Polish alphabetical order, starting on the user's area (core.region.home_region)."""

    def __init__(self, workcopy: str, kinds: tuple[str, ...] = (VOIVODESHIP, COUNTY, COMMUNE),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workcopy = workcopy
        try:
            self.bounds: region.Boundaries | None = region.Boundaries(workcopy)
        except region.RegionError:
            self.bounds = None
        self.kind = QComboBox()
        titles = level_titles()
        for kind in kinds:
            self.kind.addItem(titles[kind], kind)
        self.voivodeship, self.county, self.commune = QComboBox(), QComboBox(), QComboBox()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Region"), self.kind)
        form.addRow(tr("Voivodeship"), self.voivodeship)
        form.addRow(tr("County"), self.county)
        form.addRow(tr("Commune"), self.commune)
        self.form = form
        self._fill(self.voivodeship, "wojewodztwa", "")
        self.voivodeship.currentIndexChanged.connect(lambda _i: self._fill(self.county, "powiaty", self._code(
            self.voivodeship)))
        self.county.currentIndexChanged.connect(lambda _i: self._fill(self.commune, "gminy", self._code(self.county)))
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self._fill(self.county, "powiaty", self._code(self.voivodeship))
        self.kind.setCurrentIndex(max(self.kind.findData(COUNTY), 0))
        home = region.home_region(workcopy)
        if home:
            self.select(home)
        self._update()

    @staticmethod
    def _code(combo: QComboBox) -> str:
        return combo.currentData() or ""

    def _fill(self, combo: QComboBox, table: str, prefix: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        if self.bounds is not None:
            for code, name in self.bounds.units_by_name(table, prefix):
                combo.addItem(f"{name} ({code})", code)
        combo.blockSignals(False)
        if combo is self.voivodeship:
            self._fill(self.county, "powiaty", self._code(combo))
        elif combo is self.county:
            self._fill(self.commune, "gminy", self._code(combo))

    def _update(self) -> None:
        kind = self.current_kind()
        depth = {VOIVODESHIP: 1, COUNTY: 2, COMMUNE: 3}.get(kind, 0)
        for i, combo in enumerate((self.voivodeship, self.county, self.commune), start=1):
            combo.setEnabled(i <= depth)

    def current_kind(self) -> str:
        return self.kind.currentData() or ""

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def select(self, code: str) -> bool:
        """Choose the unit of a TERYT code (and its level)."""
        for combo, length in ((self.voivodeship, 2), (self.county, 4), (self.commune, 7)):
            if len(code) >= length:
                idx = combo.findData(code[:length])
                if idx < 0:
                    return False
                combo.setCurrentIndex(idx)
        self.set_kind({2: VOIVODESHIP, 4: COUNTY, 7: COMMUNE}.get(len(code), COUNTY))
        return True

    def teryt(self) -> str:
        """The TERYT code of the chosen unit ("" when the region is not a unit or none is chosen)."""
        combo = {VOIVODESHIP: self.voivodeship, COUNTY: self.county, COMMUNE: self.commune}.get(self.current_kind())
        return self._code(combo) if combo is not None else ""


class PointsPicker(QGroupBox):
    """Which points: the current filter of the filter dock, or a saved list of the project."""

    def __init__(self, current: AidFilter | None, project: QgsProject | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Points"), parent)
        self.current = current
        self.project = project or QgsProject.instance()
        self.use_filter = QRadioButton(tr("The current filter") if current is not None else tr("All points"))
        self.use_list = QRadioButton(tr("A saved list"))
        self.lists = QComboBox()
        self.lists.addItems(sorted(saved_lists.load(self.project)))
        group = QButtonGroup(self)
        group.addButton(self.use_filter)
        group.addButton(self.use_list)
        self.use_filter.setChecked(True)
        self.use_list.setEnabled(self.lists.count() > 0)
        self.lists.setEnabled(False)
        self.use_list.toggled.connect(self.lists.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_filter)
        row = QHBoxLayout()
        row.addWidget(self.use_list)
        row.addWidget(self.lists, 1)
        layout.addLayout(row)

    def value(self) -> AidFilter | None:
        if self.use_list.isChecked() and self.lists.currentText():
            return saved_lists.load(self.project).get(self.lists.currentText())
        return self.current


class PrintDialog(TaskDialog):
    def __init__(self, iface: Any, workcopy: str, current_filter: AidFilter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mapuj Pomoc – print map"))
        self.iface = iface
        self.workcopy = workcopy
        self.layout_item: Any = None

        self.region = RegionPicker(workcopy, (VOIVODESHIP, COUNTY, COMMUNE, EXTENT))
        self.points = PointsPicker(current_filter)
        self.template = QComboBox()
        for key in TEMPLATES:
            self.template.addItem({"a4_portrait": tr("A4 portrait"), "a3_landscape": tr("A3 landscape")}.get(key, key),
                                  key)
        self.languages = QComboBox()
        for pair in LANGUAGE_PAIRS:
            self.languages.addItem(" + ".join({"pl": tr("Polish"), "uk": tr("Ukrainian"), "en": tr("English")}[x]
                                              for x in pair), pair)
        self.atlas = QCheckBox(tr("One page per commune (atlas)"))
        self.basemap = QComboBox()
        titles = basemaps.preset_titles()
        for key in (basemaps.NONE, *basemaps.PRESETS, basemaps.LAYER):
            self.basemap.addItem(titles[key], key)
        self.basemap.setCurrentIndex(max(self.basemap.findData(basemaps.last_choice()), 0))
        self.basemap_layer = QgsMapLayerComboBox()
        self.basemap_layer.setAllowEmptyLayer(False)
        self.title = QLineEdit()
        self.title.setPlaceholderText(pair_text("title", ("pl", "uk")))
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf)"))
        self.output.setDefaultRoot(str(Path(workcopy).parent))
        self.open_pdf = QCheckBox(tr("Open the PDF when it is ready"))

        self.version = VersionChoice()
        form = QFormLayout()
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Template"), self.template)
        form.addRow(tr("Languages"), self.languages)
        form.addRow("", self.atlas)
        basemap_row = QHBoxLayout()  # one row: the dialog must fit a 1366×768 screen
        basemap_row.addWidget(self.basemap)
        basemap_row.addWidget(self.basemap_layer, 1)
        form.addRow(tr("Basemap"), basemap_row)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("PDF file"), self.output)
        form.addRow("", self.open_pdf)

        self.print_button = QPushButton(tr("Print PDF"))
        self.print_button.setDefault(True)
        self.designer_button = QPushButton(tr("Open in layout designer"))
        self.lay_out((self.region, self.points, form), (self.designer_button,), (self.print_button,))

        self.region.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.basemap.currentIndexChanged.connect(lambda _i: self._update())
        self.print_button.clicked.connect(lambda: self.start())
        self.designer_button.clicked.connect(lambda: self.open_designer())
        self._update()

    # -- state -------------------------------------------------------------------------------------------

    def _update(self) -> None:
        kind = self.region.current_kind()
        self.atlas.setEnabled(kind in (VOIVODESHIP, COUNTY))
        if not self.atlas.isEnabled():
            self.atlas.setChecked(False)
        self.basemap_layer.setVisible(self.basemap.currentData() == basemaps.LAYER)

    def chosen_basemap(self) -> basemaps.Basemap | None:
        """The basemap chosen; BasemapError if it cannot be made."""
        key = self.basemap.currentData() or basemaps.NONE
        if key == basemaps.NONE:
            return None
        if key == basemaps.LAYER:
            return basemaps.from_layer(self.basemap_layer.currentLayer())
        return basemaps.preset(key)

    def chosen_region(self) -> region.Region | str:
        kind = self.region.current_kind()
        if kind == EXTENT:
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            if canvas is None:
                raise region.RegionError(tr("There is no map to take the extent from."))
            settings = canvas.mapSettings()
            return region.from_extent(canvas.extent(), settings.destinationCrs(), tr("Map extent"),
                                      QgsProject.instance().transformContext())
        code = self.region.teryt()
        if not code:
            raise region.RegionError(tr("Choose a region first."))
        return code

    def spec(self) -> PrintSpec:
        return PrintSpec(region=self.chosen_region(), flt=self.points.value(),
                         template=self.template.currentData(), languages=tuple(self.languages.currentData()),
                         atlas=self.atlas.isChecked(), title=self.title.text().strip(),
                         version=self.version.version(), basemap=self.chosen_basemap())

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return self.print_button, self.designer_button, self.region, self.points

    def failed_text(self) -> str:
        return tr("Printing failed.")

    # -- actions -----------------------------------------------------------------------------------------

    def start(self, out: str | None = None) -> PrintTask | None:
        """Print to `out` (default: the file chosen in the dialog) in a background task."""
        out = out or self.output.filePath().strip()
        if not out:
            self._show(False, tr("Choose the PDF file to write."))
            return None
        if not out.lower().endswith(".pdf"):
            out += ".pdf"
        try:
            spec = self.spec()
        except (region.RegionError, basemaps.BasemapError) as exc:
            self._show(False, str(exc))
            return None
        if self.basemap.currentData() != basemaps.LAYER:
            basemaps.set_last_choice(self.basemap.currentData())  # the next print starts from it
        task = PrintTask(self.workcopy, spec, out, self._finished)
        self.run_task(task, tr("Printing…"))
        return task

    def task_done(self, result: PrintResult) -> None:
        if self.open_pdf.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def open_designer(self) -> Any:
        """Build the layout in the project and open it in QGIS's layout designer."""
        try:
            spec = self.spec()
            self.layout_item = open_in_project(self.workcopy, spec)
        except MapujPomocError as exc:  # a region or a print that cannot be made
            self._show(False, str(exc))
            return None
        if self.iface is not None and hasattr(self.iface, "openLayoutDesigner"):
            self.iface.openLayoutDesigner(self.layout_item)
        self._show(True, tr("The layout \"{0}\" is in the project's layouts.").format(self.layout_item.name()))
        return self.layout_item
