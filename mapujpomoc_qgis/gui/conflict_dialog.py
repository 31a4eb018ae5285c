"""Base / mine / theirs for each clashing field of one feature; pick per field or for all."""

from __future__ import annotations

import json
from typing import Any

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapujpomoc_model.merge import DELETED, GEOMETRY

from ..core.i18n import tr
from ..core.project.layers import field_aliases
from ..core.sync.resolve import MINE, THEIRS, Resolver
from .plain_text import escaped


def show_value(value: Any) -> str:
    if value is None or value == []:
        return "—"
    if isinstance(value, dict) and value.get("type") == "Point":
        x, y = value["coordinates"][:2]
        return f"{y:.6f}, {x:.6f}"
    if isinstance(value, dict) and "type" in value:
        return tr("(area)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDialog(QDialog):
    """Resolves the conflicts of one feature through core.resolve.Resolver."""

    def __init__(self, resolver: Resolver, collection: str, fid: str, canvas: Any = None,
                 layer: QgsVectorLayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolver, self.collection, self.fid = resolver, collection, fid
        self.setWindowTitle(tr("Resolve conflict"))
        self.resize(720, 360)
        info = resolver.describe(collection, fid)
        self.fields: dict[str, dict[str, Any]] = info["fields"]
        self.choices: dict[str, QButtonGroup] = {}
        name = (info["mine"] or info["base"] or {}).get("name") or fid
        layout = QVBoxLayout(self)
        # the name is someone's text: escaped in our rich text, never markup of its own
        self.heading = QLabel(tr("<b>{0}</b> was changed here and on the store. Choose which value to keep "
                                 "for each field; nothing is sent until the next sync.").format(escaped(name)))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        aliases = field_aliases()
        self.table = QTableWidget(len(self.fields), 5)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Before"), tr("Mine"), tr("Theirs (store)"),
                                              tr("Keep")])
        for row, (field, c) in enumerate(self.fields.items()):
            label = tr("Feature deleted") if field == DELETED else (
                tr("Location") if field == GEOMETRY else aliases.get(field, field))
            mine, theirs = c["mine"], c["theirs"]
            if field == DELETED:
                mine = tr("deleted here") if mine == "deleted" else tr("edited here")
                theirs = tr("deleted on the store") if theirs == "deleted" else tr("edited on the store")
            for col, value in enumerate((label, show_value(c["base"]), show_value(mine), show_value(theirs))):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            cell = QWidget()
            box = QHBoxLayout(cell)
            box.setContentsMargins(2, 0, 2, 0)
            group = QButtonGroup(cell)
            for text, key in ((tr("mine"), MINE), (tr("theirs"), THEIRS)):
                button = QRadioButton(text)
                button.setObjectName(key)
                group.addButton(button)
                box.addWidget(button)
            group.buttons()[0].setChecked(True)
            self.table.setCellWidget(row, 4, cell)
            self.choices[field] = group
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        all_row = QHBoxLayout()
        self.all_mine = QPushButton(tr("All mine"))
        self.all_theirs = QPushButton(tr("All theirs"))
        all_row.addWidget(self.all_mine)
        all_row.addWidget(self.all_theirs)
        all_row.addStretch()
        layout.addLayout(all_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.highlight = self._highlight(canvas, layer)

    def _highlight(self, canvas: Any, layer: QgsVectorLayer | None) -> QgsHighlight | None:
        if canvas is None or layer is None:
            return None
        request = QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{self.fid}'")
        feature = next(layer.getFeatures(request), None)
        if feature is None or not feature.hasGeometry():
            return None
        highlight = QgsHighlight(canvas, QgsGeometry(feature.geometry()), layer)
        highlight.setColor(QColor("#d81b60"))
        highlight.setWidth(4)
        highlight.show()
        canvas.setCenter(canvas.mapSettings().layerToMapCoordinates(layer, feature.geometry().centroid().asPoint()))
        canvas.refresh()
        return highlight

    def choose_all(self, choice: str) -> None:
        for group in self.choices.values():
            next(b for b in group.buttons() if b.objectName() == choice).setChecked(True)

    def chosen(self) -> dict[str, str]:
        return {field: group.checkedButton().objectName() for field, group in self.choices.items()}

    def accept(self) -> None:
        picks = self.chosen()
        if DELETED in picks:
            self.resolver.resolve(self.collection, self.fid, picks[DELETED], [DELETED])
        else:
            for choice in (MINE, THEIRS):
                fields = [f for f, c in picks.items() if c == choice]
                if fields:
                    self.resolver.resolve(self.collection, self.fid, choice, fields)
        super().accept()

    def done(self, result: int) -> None:
        if self.highlight is not None:
            self.highlight.hide()
            self.highlight = None
        super().done(result)
