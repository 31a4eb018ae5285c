"""The filter dock ("Filtr pomocy"): find help by type, language, form, status, region and text."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapujpomoc_model import catalog
from mapujpomoc_model.collation import polish_key

from ..core.export import list_export
from ..core.filtering import review, saved_lists
from ..core.filtering.filters import AidFilter, AidIndex
from ..core.i18n import current_language, tr
from ..core.log import log
from ..core.project.layers import features_extent, source_parts
from ..core.task import WorkTask
from .icons import svg_icon
from .scrolling import scrollable
from .version_choice import VersionChoice

CODE_ROLE = Qt.ItemDataRole.UserRole
TYPING_DELAY_MS = 200  # apply the search after a short pause, so typing never waits for the map
CLOSEST_SCALE = 5_000  # zoom to results never goes closer than 1:5,000 (a street with its neighbours)
# the list PDF's heading languages: the office's and the reader's (issue 16, "headings in the chosen languages")
PDF_LANGUAGE_PAIRS = (("pl", "uk"), ("uk", "pl"), ("pl", "en"), ("uk", "en"))


class FilterDock(QgsDockWidget):
    """Works on the aid_points layer of the working copy that is in the project."""

    def __init__(self, iface: Any, layer: QgsVectorLayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Help filter"), parent)
        self.setObjectName("MapujPomocFilterDock")
        self.iface = iface
        self.lang = current_language()
        self.layer: QgsVectorLayer | None = None
        self.index: AidIndex | None = None
        self.scope: list[str] = []
        self.matched = 0
        self.index_task: WorkTask | None = None
        tabs = QTabWidget()
        # each tab scrolls on its own, so the tab bar stays in view on a laptop screen (issue 16)
        tabs.addTab(scrollable(self._filter_tab()), tr("Filter"))
        tabs.addTab(scrollable(self._lists_tab()), tr("Lists"))
        tabs.addTab(scrollable(self._review_tab()), tr("Review"))
        self.tabs = tabs
        self.setWidget(tabs)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_DELAY_MS)
        self.timer.timeout.connect(self.apply)
        if layer is not None:
            self.set_layer(layer)

    # -- building ---------------------------------------------------------------------------------------

    def _checklist(self, entries: tuple[catalog.Entry, ...], icons: bool = False) -> QListWidget:
        widget = QListWidget()
        for e in entries:
            item = QListWidgetItem(e.label(self.lang))
            item.setData(CODE_ROLE, e.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if icons:
                item.setIcon(svg_icon(e.code))
            widget.addItem(item)
        widget.itemChanged.connect(lambda _item: self.schedule(0))
        return widget

    def _filter_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search name, organisation, address, description…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.schedule(TYPING_DELAY_MS))
        layout.addWidget(self.search)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold")
        # two short rows rather than one of three buttons: they fit a narrow dock in Ukrainian too
        counted = QHBoxLayout()
        self.clear_button = QPushButton(tr("Clear filter"))
        counted.addWidget(self.count_label, 1)
        counted.addWidget(self.clear_button)
        layout.addLayout(counted)
        buttons = QHBoxLayout()
        self.zoom_button = QPushButton(tr("Zoom to results"))
        self.select_button = QPushButton(tr("Select results"))
        for b in (self.zoom_button, self.select_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.help_types = self._checklist(catalog.HELP_TYPES, icons=True)
        self.help_types.setMinimumHeight(120)
        layout.addWidget(self._group(tr("Help types"), self.help_types), 3)
        self.languages = self._checklist(catalog.SPOKEN_LANGUAGES)
        self.target_groups = self._checklist(catalog.TARGET_GROUPS)
        lists = QHBoxLayout()
        lists.addWidget(self._group(tr("Languages"), self.languages))
        lists.addWidget(self._group(tr("Target groups"), self.target_groups))
        layout.addLayout(lists, 2)
        self.forms = self._checkboxes(catalog.FORMS)
        self.statuses = self._checkboxes(catalog.STATUSES)
        row = QHBoxLayout()
        row.addWidget(self._group(tr("Forms of help"), *self.forms))
        row.addWidget(self._group(tr("Status"), *self.statuses))
        layout.addLayout(row)
        fresh = QHBoxLayout()
        self.verified_check = QCheckBox(tr("Verified within the last"))
        self.verified_months = QSpinBox()
        self.verified_months.setRange(1, 120)
        self.verified_months.setValue(6)
        self.verified_months.setSuffix(tr(" months"))
        fresh.addWidget(self.verified_check)
        fresh.addWidget(self.verified_months)
        fresh.addStretch()
        layout.addLayout(fresh)
        self.verified_check.toggled.connect(lambda _c: self.schedule(0))
        self.verified_months.valueChanged.connect(lambda _v: self.schedule(0))
        region = QFormLayout()
        self.voivodeship, self.county, self.commune = QComboBox(), QComboBox(), QComboBox()
        self.my_area = QCheckBox(tr("My area"))
        region.addRow(tr("Voivodeship"), self.voivodeship)
        region.addRow(tr("County"), self.county)
        region.addRow(tr("Commune"), self.commune)
        region.addRow("", self.my_area)
        box = QgsCollapsibleGroupBox(tr("Region"))
        box.setObjectName("MapujPomocFilterRegion")  # QGIS keeps each box's folded state under its name
        box.setLayout(region)
        layout.addWidget(box)
        self.voivodeship.currentIndexChanged.connect(lambda _i: self._cascade(self.voivodeship, self.county))
        self.county.currentIndexChanged.connect(lambda _i: self._cascade(self.county, self.commune))
        self.commune.currentIndexChanged.connect(lambda _i: self.schedule(0))
        self.my_area.toggled.connect(lambda _c: self.schedule(0))
        self.zoom_button.clicked.connect(self.zoom_to_results)
        self.select_button.clicked.connect(self.select_results)
        self.clear_button.clicked.connect(self.clear)
        return page

    def _checkboxes(self, entries: tuple[catalog.Entry, ...]) -> list[QCheckBox]:
        boxes = []
        for e in entries:
            box = QCheckBox(e.label(self.lang))
            box.setProperty("code", e.code)
            box.toggled.connect(lambda _c: self.schedule(0))
            boxes.append(box)
        return boxes

    @staticmethod
    def _group(title: str, *widgets: QWidget) -> QGroupBox:
        # collapsible: on a laptop screen a user folds away what they do not filter by
        box = QgsCollapsibleGroupBox(title)
        box.setObjectName(f"MapujPomocFilter {title}")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        for w in widgets:
            inner.addWidget(w)
        return box

    def _lists_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.saved = QListWidget()
        layout.addWidget(QLabel(tr("Saved lists (kept in the project)")))
        layout.addWidget(self.saved)
        row = QHBoxLayout()
        self.save_list_button = QPushButton(tr("Save current filter…"))
        self.apply_list_button = QPushButton(tr("Apply"))
        self.delete_list_button = QPushButton(tr("Delete"))
        for b in (self.save_list_button, self.apply_list_button, self.delete_list_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.list_version = VersionChoice()
        layout.addWidget(self.list_version)
        row2 = QHBoxLayout()  # the version choice on a line of its own: the row fits a narrow dock
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.pdf_button = QPushButton(tr("Export PDF list…"))
        row2.addWidget(self.csv_button)
        row2.addWidget(self.pdf_button)
        layout.addLayout(row2)
        row3 = QHBoxLayout()
        self.pdf_languages = self._pdf_language_choice()
        row3.addWidget(QLabel(tr("PDF list languages")))
        row3.addWidget(self.pdf_languages, 1)
        layout.addLayout(row3)
        self.save_list_button.clicked.connect(lambda: self.save_list())
        self.apply_list_button.clicked.connect(lambda: self.apply_list())
        self.saved.itemDoubleClicked.connect(lambda _i: self.apply_list())
        self.delete_list_button.clicked.connect(self.delete_list)
        self.csv_button.clicked.connect(lambda: self.export_list("csv"))
        self.pdf_button.clicked.connect(lambda: self.export_list("pdf"))
        return page

    @staticmethod
    def _pdf_language_choice() -> QComboBox:
        """The list PDF's two heading languages; the UI language first (Ukrainian + Polish in Ukrainian)."""
        names = {"pl": tr("Polish"), "uk": tr("Ukrainian"), "en": tr("English")}
        box = QComboBox()
        # narrower than its longest item when the dock is: the row must not widen the Lists tab
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for pair in PDF_LANGUAGE_PAIRS:
            box.addItem(" + ".join(names[x] for x in pair), pair)
        box.setCurrentIndex(1 if current_language() == "uk" else 0)
        return box

    def _review_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Not verified for more than")))
        self.stale_months = QSpinBox()
        self.stale_months.setRange(1, 120)
        self.stale_months.setValue(12)
        self.stale_months.setSuffix(tr(" months"))
        row.addWidget(self.stale_months)
        self.find_stale_button = QPushButton(tr("Find"))
        row.addWidget(self.find_stale_button)
        layout.addLayout(row)
        self.stale_list = QListWidget()
        self.stale_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.stale_list)
        row2 = QHBoxLayout()
        self.highlight_stale_button = QPushButton(tr("Select on map"))
        self.verify_button = QPushButton(tr("Mark selected verified"))
        row2.addWidget(self.highlight_stale_button)
        row2.addWidget(self.verify_button)
        layout.addLayout(row2)
        self.find_stale_button.clicked.connect(self.find_stale)
        self.highlight_stale_button.clicked.connect(self.select_stale)
        self.verify_button.clicked.connect(self.mark_verified)
        return page

    # -- data -----------------------------------------------------------------------------------------

    def _path(self) -> str:
        assert self.layer is not None
        return source_parts(self.layer)[0]

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self._path()}?mode=ro", uri=True)

    def set_layer(self, layer: QgsVectorLayer, scope: list[str] | None = None, background: bool = False) -> None:
        """Point the dock at an aid_points layer and (re)build its index (in a task with `background`)."""
        self.layer = layer
        self.scope = list(scope or [])
        self.my_area.setEnabled(bool(self.scope))
        self._fill_regions()
        self.refresh_lists()
        if not background:
            self.rebuild_index()
            self.apply()
            return
        self.index = None
        self.count_label.setText(tr("Indexing the aid points…"))
        path = self._path()
        self.index_task = WorkTask(tr("Mapuj Pomoc: indexing aid points"), self._index_ready,
                                   work=lambda _feedback: _build_index(path))
        QgsApplication.taskManager().addTask(self.index_task)

    def _index_ready(self, task: WorkTask) -> None:
        self.index_task = None
        if not isinstance(task.result, AidIndex):
            log(tr("Could not index the aid points: {0}").format(task.error), Qgis.MessageLevel.Warning, push=True)
            return
        self.index = task.result
        self.apply()

    def rebuild_index(self) -> None:
        if self.layer is None:
            return
        self.index = _build_index(self._path())

    def _fill_regions(self) -> None:
        with closing(self._connect()) as conn:  # read-only; `with conn` alone would not close it
            # in Polish order (SQLite's ORDER BY puts Łukta and Świątki after every name in Z)
            self.regions = {table: sorted(conn.execute(f'SELECT teryt, name FROM "{table}"').fetchall(),
                                          key=lambda unit: (polish_key(unit[1]), unit[0]))
                            for table in ("wojewodztwa", "powiaty", "gminy")}
        self.voivodeship.blockSignals(True)
        self.voivodeship.clear()
        self.voivodeship.addItem(tr("(all)"), "")
        for code, name in self.regions["wojewodztwa"]:
            self.voivodeship.addItem(name, code)
        self.voivodeship.blockSignals(False)
        self._cascade(self.voivodeship, self.county)

    def _cascade(self, upper: QComboBox, lower: QComboBox) -> None:
        """Fill `lower` with the units inside the one chosen in `upper`."""
        prefix = upper.currentData() or ""
        table = "powiaty" if lower is self.county else "gminy"
        lower.blockSignals(True)
        lower.clear()
        lower.addItem(tr("(all)"), "")
        if prefix:
            for code, name in self.regions[table]:
                if code.startswith(prefix):
                    lower.addItem(name if table == "powiaty" else f"{name} ({code})", code)
        lower.setEnabled(bool(prefix))
        lower.blockSignals(False)
        if lower is self.county:
            self._cascade(self.county, self.commune)
        else:
            self.schedule(0)

    # -- the filter -----------------------------------------------------------------------------------

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def current_filter(self) -> AidFilter:
        region = self.commune.currentData() or self.county.currentData() or self.voivodeship.currentData() or ""
        regions = [region] if region else []
        if self.my_area.isChecked() and self.scope:
            regions = self.scope if not regions else [r for r in regions
                                                      if any(r.startswith(s) or s.startswith(r) for s in self.scope)]
        return AidFilter(
            help_types=self._checked(self.help_types), languages=self._checked(self.languages),
            forms=[b.property("code") for b in self.forms if b.isChecked()],
            statuses=[b.property("code") for b in self.statuses if b.isChecked()],
            target_groups=self._checked(self.target_groups),
            verified_within_months=self.verified_months.value() if self.verified_check.isChecked() else None,
            regions=regions, text=self.search.text())

    def set_filter(self, flt: AidFilter) -> None:
        """Show `flt` in the widgets and apply it."""
        widgets = [self.help_types, self.languages, self.target_groups, self.verified_check, self.verified_months,
                   self.search, *self.forms, *self.statuses]
        for w in widgets:
            w.blockSignals(True)
        for widget, codes in ((self.help_types, flt.help_types), (self.languages, flt.languages),
                              (self.target_groups, flt.target_groups)):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked)
        for box in self.forms:
            box.setChecked(box.property("code") in flt.forms)
        for box in self.statuses:
            box.setChecked(box.property("code") in flt.statuses)
        self.verified_check.setChecked(flt.verified_within_months is not None)
        if flt.verified_within_months is not None:
            self.verified_months.setValue(int(flt.verified_within_months))
        self.search.setText(flt.text)
        for w in widgets:
            w.blockSignals(False)
        self._select_region(flt.regions[0] if len(flt.regions) == 1 else "")
        self.my_area.setChecked(len(flt.regions) > 1 or (bool(flt.regions) and flt.regions == self.scope))
        self.apply()

    def _select_region(self, code: str) -> None:
        for combo, length in ((self.voivodeship, 2), (self.county, 4), (self.commune, 7)):
            idx = combo.findData(code[:length] if len(code) >= length else "")
            combo.setCurrentIndex(max(idx, 0))

    def schedule(self, delay: int) -> None:
        self.timer.start(delay)

    def apply(self) -> None:
        """Filter the layer and update the counts."""
        self.timer.stop()
        if self.layer is None or self.index is None:
            self.count_label.setText(tr("No aid point layer: sync first."))
            return
        flt = self.current_filter()
        self.matched = int(self.index.match(flt).sum())
        subset = self.index.subset(flt)
        if self.layer.subsetString() != subset and not self.layer.setSubsetString(subset):
            log(tr("The filter could not be applied to the layer."), Qgis.MessageLevel.Warning, push=True)
        self.layer.triggerRepaint()
        self.count_label.setText(tr("{0} of {1} points").format(self.matched, len(self.index)))
        counts = self.index.counts(flt, "help_types")
        self.help_types.blockSignals(True)
        for i in range(self.help_types.count()):
            item = self.help_types.item(i)
            code = item.data(CODE_ROLE)
            item.setText(f"{catalog.label(catalog.HELP_TYPES, code, self.lang)} ({counts[code]})")
        self.help_types.blockSignals(False)

    def clear(self) -> None:
        self.set_filter(AidFilter())

    def result_fids(self) -> list[int]:
        if self.index is None:
            return []
        return self.index.matching_fids(self.current_filter()).tolist()

    def zoom_to_results(self) -> None:
        """The map on the matching points, in the map's CRS whatever the layer's; a single point (or
        points at one address) at a street scale rather than a box of zero size."""
        if self.layer is None or not self.matched:
            return
        canvas = self.iface.mapCanvas()
        extent = features_extent(self.layer, self.result_fids(), canvas.mapSettings().destinationCrs(),
                                 QgsProject.instance())
        if extent is None:
            return
        if extent.isEmpty():
            canvas.setCenter(extent.center())
        else:
            extent.scale(1.1)
            canvas.setExtent(extent)
        if extent.isEmpty() or canvas.scale() < CLOSEST_SCALE:
            canvas.zoomScale(CLOSEST_SCALE)
        canvas.refresh()

    def select_results(self) -> None:
        if self.layer is not None:
            self.layer.selectByIds(self.result_fids())

    # -- lists ----------------------------------------------------------------------------------------

    def refresh_lists(self) -> None:
        self.saved.clear()
        for name in sorted(saved_lists.load()):
            self.saved.addItem(name)

    def save_list(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, tr("Save list"), tr("Name of the list:"))
            if not ok:
                return
        name = name.strip()
        if name:
            saved_lists.save(name, self.current_filter())
            self.refresh_lists()

    def apply_list(self, name: str | None = None) -> None:
        name = name or (self.saved.currentItem().text() if self.saved.currentItem() else "")
        flt = saved_lists.load().get(name)
        if flt is not None:
            self.set_filter(flt)

    def delete_list(self) -> None:
        if self.saved.currentItem():
            saved_lists.remove(self.saved.currentItem().text())
            self.refresh_lists()

    def export_list(self, kind: str, path: str | None = None) -> Path | None:
        if self.layer is None:
            return None
        title = self.saved.currentItem().text() if self.saved.currentItem() else tr("Aid points")
        if path is None:
            filt = tr("CSV table (*.csv)") if kind == "csv" else tr("PDF (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self, tr("Export list"), f"{title}.{kind}", filt)
            if not path:
                return None
        with closing(self._connect()) as conn:  # read-only; `with conn` alone would not close it
            rows = list_export.points(conn, self.result_fids(), self.list_version.version())
        out = (list_export.write_csv(path, rows) if kind == "csv" else
               list_export.write_pdf(path, title, rows, tuple(self.pdf_languages.currentData())))
        log(tr("Saved {0} points to {1}").format(len(rows), out), Qgis.MessageLevel.Success, push=True)
        return out

    # -- freshness review -----------------------------------------------------------------------------

    def find_stale(self) -> None:
        self.stale_list.clear()
        if self.layer is None:
            return
        with closing(self._connect()) as conn:  # read-only; `with conn` alone would not close it
            found = review.stale(conn, self.scope, self.stale_months.value())
        never = tr("never verified")  # outside the f-string, where pylupdate5 finds it
        for fid, name, verified in found:
            item = QListWidgetItem(f"{name} — {verified or never}")
            item.setData(CODE_ROLE, fid)
            self.stale_list.addItem(item)

    def _stale_selected(self) -> list[int]:
        items = self.stale_list.selectedItems() or [self.stale_list.item(i) for i in range(self.stale_list.count())]
        return [int(i.data(CODE_ROLE)) for i in items]

    def select_stale(self) -> None:
        if self.layer is not None:
            self.layer.selectByIds(self._stale_selected())

    def mark_verified(self) -> None:
        if self.layer is None or not self.stale_list.selectedItems():
            log(tr("Select the points you have checked in the list."), Qgis.MessageLevel.Info, push=True)
            return
        changed = review.mark_verified(self.layer, self._stale_selected())
        log(tr("%n point(s) marked verified; they are sent with the next sync.", None, changed), Qgis.MessageLevel.Success,
            push=True)
        self.rebuild_index()
        self.find_stale()
        self.apply()


def _build_index(path: str) -> AidIndex:
    """Reads the working copy with its own connection, so it may run in a task's thread."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return AidIndex(conn)


def find_aid_layer(project: QgsProject | None = None) -> QgsVectorLayer | None:
    """The aid_points layer of a working copy in the project, if any."""
    return next((lyr for lyr in (project or QgsProject.instance()).mapLayers().values()
                 if isinstance(lyr, QgsVectorLayer) and source_parts(lyr)[1] == "aid_points"), None)
