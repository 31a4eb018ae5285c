"""The "Import a list" dialog: a file or a layer, the column mapping, the values to assign, and a review
of every row (accept, merge field by field, skip) before anything is written.

Thin over core.importing.api: the plan is made in a WorkTask (TaskDialog); the accepted rows go into the
project's aid_points layer as one edit command in the main thread, so a layer in edit mode can undo the
import and a saved one sends it with the next sync.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapujpomoc_model import catalog
from mapujpomoc_model.labels import FIELD_ENTRIES

from ..core.errors import MapujPomocError
from ..core.i18n import current_language, tr
from ..core.importing import api
from ..core.importing.columns import FIELD_TARGETS, LOCATION_TARGETS, TARGETS, ColumnMapping
from ..core.importing.plan import CREATE, MERGE, SKIP, UPDATE, ImportPlan, RowPlan, gaps_filled
from ..core.importing.readers import read_source
from ..core.log import log
from ..core.project.layers import field_aliases
from ..core.task import WorkTask
from .plain_text import plain
from .task_dialog import TaskDialog

NOT_MAPPED = ""
USER_ROLE = Qt.ItemDataRole.UserRole  # a row's field or status code beside its label


def target_labels() -> dict[str, str]:
    aliases = field_aliases()
    extra = {"lon": tr("Longitude"), "lat": tr("Latitude"), "x": tr("X (in the CRS of the mapping)"),
             "y": tr("Y (in the CRS of the mapping)"), "teryt": tr("Commune code (TERYT)"), "commune": tr("Commune"),
             "county": tr("County"), "voivodeship": tr("Voivodeship"), "id": tr("Identifier of a point on the map")}
    return {t: extra.get(t) or aliases.get(t, t) for t in TARGETS}


def status_labels() -> dict[str, str]:
    return {"new": tr("new"), "update": tr("update"), "unchanged": tr("unchanged"),
            "duplicate": tr("probable duplicate"), "invalid": tr("invalid"), "outside_scope": tr("outside your area")}


def action_labels() -> dict[str, str]:
    return {CREATE: tr("Create"), UPDATE: tr("Update"), MERGE: tr("Merge…"), SKIP: tr("Skip")}


class MergeDialog(QDialog):
    """Field by field: which of the row's values go into the point on the map."""

    def __init__(self, row: RowPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge row {0} into the point on the map").format(row.row))
        existing, aliases = row.existing, field_aliases()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Take from the list"), tr("On the map"), tr("In the list")])
        self.checks: dict[str, QCheckBox] = {}
        for name, value in row.props.items():
            i = self.table.rowCount()
            self.table.insertRow(i)
            box = QCheckBox(aliases.get(name, name))
            box.setChecked(name in (row.merge_fields or gaps_filled(row)))
            self.checks[name] = box
            self.table.setCellWidget(i, 0, box)
            self.table.setItem(i, 1, QTableWidgetItem(_text(existing.get(name))))
            self.table.setItem(i, 2, QTableWidgetItem(_text(value)))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        return {name for name, box in self.checks.items() if box.isChecked()}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


class ImportDialog(TaskDialog):
    def __init__(self, layer: QgsVectorLayer, workcopy: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import a list of help points"))
        self.layer, self.workcopy = layer, Path(workcopy)
        self.plan: ImportPlan | None = None
        self.mapping: ColumnMapping | None = None
        self.result: api.ImportResult | None = None
        self.file = QgsFileWidget()
        self.file.setFilter(tr("Lists (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.shp);;All files (*)"))
        self.source_layer = QgsMapLayerComboBox()
        self.source_layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.source_layer.setAllowEmptyLayer(True)
        self.source_layer.setLayer(None)
        self.report = QgsFileWidget()
        self.report.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.report.setFilter(tr("CSV (*.csv)"))
        form = QFormLayout()
        form.addRow(tr("File"), self.file)
        form.addRow(tr("…or layer"), self.source_layer)
        form.addRow(tr("Report (CSV, optional)"), self.report)
        self.read_button = QPushButton(tr("Read and check"))
        self.recheck_button = QPushButton(tr("Check again"))
        self.load_button = QPushButton(tr("Load mapping…"))
        self.save_button = QPushButton(tr("Save mapping…"))
        self.import_button = QPushButton(tr("Import"))
        self.merge_button = QPushButton(tr("Merge fields…"))
        self.read_button.clicked.connect(lambda: self.read())
        self.recheck_button.clicked.connect(lambda: self.read(keep_mapping=True))
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button.clicked.connect(self.save_mapping)
        self.import_button.clicked.connect(lambda: self.apply())
        self.merge_button.clicked.connect(lambda: self.edit_merge(self.review.currentRow()))
        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([tr("Field"), tr("Column of the list")])
        self.values = QTableWidget(0, 3)
        self.values.setHorizontalHeaderLabels([tr("Field"), tr("Value in the list"), tr("Means")])
        self.review = QTableWidget(0, 6)
        self.review.setHorizontalHeaderLabels([tr("Row"), tr("Verdict"), tr("Name"), tr("Point on the map"),
                                               tr("Why"), tr("Action")])
        self.tabs = QTabWidget()
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.review)
        review_buttons = QHBoxLayout()
        review_buttons.addStretch()
        review_buttons.addWidget(self.merge_button)
        review_layout.addLayout(review_buttons)
        self.tabs.addTab(self.columns, tr("Columns"))
        self.tabs.addTab(self.values, tr("Values to assign"))
        self.tabs.addTab(review_page, tr("Review"))
        self.counts = plain(QLabel())
        self.lay_out((form, self.tabs, self.counts), (self.load_button, self.save_button),
                     (self.read_button, self.recheck_button, self.import_button))
        self.import_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        self.resize(900, 600)

    # -- TaskDialog --------------------------------------------------------------------------------------

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.read_button, self.recheck_button, self.import_button, self.file, self.source_layer)

    def failed_text(self) -> str:
        return tr("The list could not be read.")

    # -- reading and checking ----------------------------------------------------------------------------

    def read(self, keep_mapping: bool = False) -> WorkTask | None:
        """Read the list and plan the import in a task; the tables are filled when it is done."""
        path = self.file.filePath().strip()
        layer = self.source_layer.currentLayer()
        if not path and layer is None:
            self._show(False, tr("Choose a file or a layer to import."))
            return None
        mapping = self.current_mapping() if keep_mapping else self.mapping
        try:  # a project layer is read here, in the main thread; a file in the task
            table = read_source(layer) if not path else None
        except MapujPomocError as exc:
            self._show(False, str(exc))
            return None
        request = api.ImportRequest(self.workcopy, path or layer, mapping)
        task = WorkTask(tr("Checking the list"), self._finished,
                        lambda feedback: api.plan_import(request, feedback, table))
        message = tr("Reading and checking the list…")
        if self.layer.isEditable() and self.layer.isModified():
            message += " " + tr("The aid points layer has unsaved edits: the list is compared with the map as last "
                                "saved.")
        return self.run_task(task, message)

    def task_done(self, result: ImportPlan) -> None:
        self.plan = result
        self.mapping = result.mapping
        self.fill_columns(result)
        self.fill_values(result)
        self.fill_review(result)
        self.counts.setText(result.summary())
        self.import_button.setEnabled(True)
        self.recheck_button.setEnabled(True)
        self.tabs.setCurrentIndex(1 if result.unmapped() else 2)

    def fill_columns(self, plan: ImportPlan) -> None:
        labels = target_labels()
        self.columns.setRowCount(0)
        for target in (*FIELD_TARGETS, *LOCATION_TARGETS, "id"):
            i = self.columns.rowCount()
            self.columns.insertRow(i)
            item = QTableWidgetItem(labels[target])
            item.setData(USER_ROLE, target)
            self.columns.setItem(i, 0, item)
            combo = QComboBox()
            combo.addItem(tr("(not in the list)"), NOT_MAPPED)
            for h in plan.table.headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.columns.get(target, NOT_MAPPED))))
            self.columns.setCellWidget(i, 1, combo)
        self.columns.resizeColumnsToContents()

    def fill_values(self, plan: ImportPlan) -> None:
        aliases, lang = field_aliases(), current_language()
        self.values.setRowCount(0)
        for fld, found in plan.unmapped().items():
            for value in found:
                i = self.values.rowCount()
                self.values.insertRow(i)
                item = QTableWidgetItem(aliases.get(fld, fld))
                item.setData(USER_ROLE, fld)
                self.values.setItem(i, 0, item)
                self.values.setItem(i, 1, QTableWidgetItem(value))
                combo = QComboBox()
                combo.addItem(tr("(choose)"), None)
                combo.addItem(tr("(leave out)"), "")
                for e in FIELD_ENTRIES[fld]:
                    combo.addItem(catalog.label(FIELD_ENTRIES[fld], e.code, lang), e.code)
                self.values.setCellWidget(i, 2, combo)
        self.values.resizeColumnsToContents()

    def fill_review(self, plan: ImportPlan) -> None:
        statuses, actions = status_labels(), action_labels()
        self.review.setRowCount(0)
        for r in plan.rows:
            i = self.review.rowCount()
            self.review.insertRow(i)
            known = r.match.known if r.match else None
            where = (tr(" (location to check)") if r.located and r.located.to_check else "")
            cells = [str(r.row), statuses[r.status] + where, r.name, known.name if known else "",
                     "; ".join(r.reasons) or (r.match.why if r.match and known else "")]
            for k, text in enumerate(cells):
                self.review.setItem(i, k, QTableWidgetItem(text))
            self.review.item(i, 1).setData(USER_ROLE, r.status)
            combo = QComboBox()
            for action in r.actions():
                combo.addItem(actions[action], action)
            combo.setCurrentIndex(max(0, combo.findData(r.action)))
            combo.setEnabled(len(r.actions()) > 1)
            combo.currentIndexChanged.connect(lambda _i, row=r, c=combo: self._action_chosen(row, c))
            self.review.setCellWidget(i, 5, combo)
        self.review.resizeColumnsToContents()

    def _action_chosen(self, row: RowPlan, combo: QComboBox) -> None:
        row.action = combo.currentData()
        if row.action == MERGE and not row.merge_fields:
            row.merge_fields = gaps_filled(row)

    def edit_merge(self, index: int) -> None:
        """Choose field by field what the row gives the point on the map (the row's action becomes merge)."""
        if self.plan is None or not 0 <= index < len(self.plan.rows):
            return
        row = self.plan.rows[index]
        if MERGE not in row.actions():
            self._show(False, tr("Only a row matched to a point on the map can be merged into it."))
            return
        dialog = MergeDialog(row, self)
        if dialog.exec():
            row.merge_fields = dialog.chosen()
            row.action = MERGE
            combo = self.review.cellWidget(index, 5)
            combo.setCurrentIndex(combo.findData(MERGE))

    # -- the mapping ---------------------------------------------------------------------------------------

    def current_mapping(self) -> ColumnMapping:
        """The mapping as the tables show it (columns chosen, values assigned)."""
        base = self.mapping or ColumnMapping()
        mapping = ColumnMapping({}, {k: dict(v) for k, v in base.values.items()}, base.crs)
        for i in range(self.columns.rowCount()):
            header = self.columns.cellWidget(i, 1).currentData()
            if header:
                mapping.columns[self.columns.item(i, 0).data(USER_ROLE)] = header
        for i in range(self.values.rowCount()):
            code = self.values.cellWidget(i, 2).currentData()
            if code is not None:
                mapping.assign(self.values.item(i, 0).data(USER_ROLE), self.values.item(i, 1).text(), code)
        return mapping

    def load_mapping(self, path: str | None = None) -> None:
        from qgis.PyQt.QtWidgets import QFileDialog

        path = path or QFileDialog.getOpenFileName(self, tr("Load mapping"), "", tr("Mapping (*.json)"))[0]
        if not path:
            return
        try:
            self.mapping = ColumnMapping.load(path)
        except MapujPomocError as exc:
            self._show(False, str(exc))
            return
        if self.plan is not None:
            self.read()

    def save_mapping(self, path: str | None = None) -> None:
        from qgis.PyQt.QtWidgets import QFileDialog

        path = path or QFileDialog.getSaveFileName(self, tr("Save mapping"), "", tr("Mapping (*.json)"))[0]
        if path:
            self.current_mapping().save(path)
            self._show(True, tr("Mapping saved to {0}.").format(path))

    # -- importing -----------------------------------------------------------------------------------------

    def apply(self) -> api.ImportResult | None:
        """Write the rows' actions into the aid_points layer (one undoable edit) and the report."""
        if self.plan is None:
            return None
        try:
            self.result = api.apply_import(self.plan, self.layer, self.report.filePath().strip() or None)
        except MapujPomocError as exc:
            self._show(False, str(exc))
            log(str(exc), Qgis.MessageLevel.Warning)
            return None
        text = self.result.summary()
        if self.layer.isEditable():
            text += " " + tr("The layer is being edited: save it to keep the import.")
        self._show(True, text)
        log(text, Qgis.MessageLevel.Success, push=True)
        self.import_button.setEnabled(False)  # a plan is written once; read the list again for another import
        return self.result
