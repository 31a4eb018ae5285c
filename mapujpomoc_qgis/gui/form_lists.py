"""The attribute form's multi-value lists show what is ticked, and give it back in the point's order.

QGIS's ValueRelation widget (help types, forms, languages, target groups) squeezes its list to
about three rows and sorts it by code, so a ticked language far down the
list is out of sight and saving the form would write the point's list re-ordered. `fit_lists`
puts the ticked values first, in the point's order, then the rest in the catalog's order (so
saving gives back the point's order, new ticks after it), and makes the list tall enough to show
them. `FormListsWatcher` does it for every form of the working copy's layers the user works in:
QGIS makes forms in many places (the feature dialog, the attribute table's form view, identify
results) and tells nobody, so it follows the keyboard focus into them.

On QGIS 3.34+ the list is searchable and keeps its own copy of the items, so only its height is
set (all rows: the ticked ones cannot be moved up) and the order is left to the working copy's trigger
(`core/sync/list_order.py`), which also keeps it for writers that bypass the form, such as the
attribute table; docs/ARCHITECTURE.md, "The attribute form".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qgis.core import QgsVectorLayer
from qgis.gui import QgsAttributeForm, QgsEditorWidgetWrapper
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QWidget

from mapujpomoc_model import catalog, schema

from ..core.project.layers import source_parts

USER_ROLE = Qt.ItemDataRole.UserRole  # where ValueRelation keeps an item's code
MAX_ROWS = 12  # taller than this the form scrolls anyway; the ticked values are at the top
FITTED = "mapujpomoc_fitted_feature"  # the form's property: the feature whose lists were fitted last


def _list_fields(layer: QgsVectorLayer) -> set[str]:
    table = source_parts(layer)[1]
    if table not in schema.EDITABLE_COLLECTIONS:
        return set()
    return {f.name for f in schema.COLLECTION_FIELDS[table] if f.kind == schema.LIST}


def _as_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return []  # NULL, or text a list widget does not show


def _ticked_first(table: QTableWidget, ticked: list[str], catalog_order: Sequence[str]) -> None:
    """Re-place the items: the point's values in its order, then the others in the catalog's order
    (the widget itself sorts them by code, which reads as no order at all in Polish or Ukrainian)."""
    items: list[QTableWidgetItem] = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.takeItem(row, column)
            if item is not None:
                items.append(item)
    rank = {code: (0, i) for i, code in enumerate(ticked)}
    rest = {code: (1, i) for i, code in enumerate(catalog_order)}
    items.sort(key=lambda it: rank.get(str(it.data(USER_ROLE))) or rest.get(str(it.data(USER_ROLE)), (2, 0)))
    columns = max(1, table.columnCount())
    for index, item in enumerate(items):
        table.setItem(index // columns, index % columns, item)


def _fit_height(table: QTableWidget, max_rows: int = MAX_ROWS) -> None:
    rows = min(table.rowCount(), max_rows)
    row_height = max((table.rowHeight(r) for r in range(rows)), default=0) or table.fontMetrics().height() + 8
    table.setMinimumHeight(rows * row_height + 2 * table.frameWidth() + 2)


def fit_lists(form: QgsAttributeForm, under_cursor: QWidget | None = None) -> list[str]:
    """Ticked values first and enough height in each list of `form`; returns the fields fitted.

    The list `under_cursor` (the one the focus came in by: a click on it is under way) keeps its items
    where they are, so the click ticks what the user pointed at; the working copy's trigger keeps the
    order of what it writes."""
    layer = form.layer()
    names = _list_fields(layer) if isinstance(layer, QgsVectorLayer) else set()
    fitted = []
    for table in form.findChildren(QTableWidget):
        wrapper, filtered = _wrapper_of(table)
        if wrapper is None or wrapper.field().name() not in names:
            continue
        name = wrapper.field().name()
        fitted.append(name)
        if filtered:  # QGIS 3.34+: the list keeps its own copy of the items; only the height is ours
            _fit_height(table, table.rowCount())
            continue
        if table is under_cursor:
            _fit_height(table)
            continue
        blocked = table.blockSignals(True)  # moving items is not an edit: the form stays unchanged
        try:
            _ticked_first(table, _as_list(form.feature().attribute(name)), catalog.codes(catalog.LISTS[name]))
        finally:
            table.blockSignals(blocked)
        _fit_height(table)
    form.setProperty(FITTED, form.feature().id())
    return fitted


def _wrapper_of(table: QTableWidget) -> tuple[QgsEditorWidgetWrapper | None, bool]:
    """The list's editor wrapper, and whether the table sits in QGIS's searchable list
    (QgsFilteredTableWidget, QGIS 3.34+), which maps its rows to items of its own."""
    wrapper = QgsEditorWidgetWrapper.fromWidget(table)
    if wrapper is not None:
        return wrapper, False
    parent = table.parentWidget()
    if parent is not None and parent.inherits("QgsFilteredTableWidget"):
        return QgsEditorWidgetWrapper.fromWidget(parent), True
    return None, False


def _form_of(widget: QWidget | None) -> QgsAttributeForm | None:
    while widget is not None:
        if widget.inherits("QgsAttributeForm"):  # made in C++: Python sees a plain QWidget until cast
            return sip.cast(widget, QgsAttributeForm)
        widget = widget.parentWidget()
    return None


class FormListsWatcher(QObject):
    """Fits the lists of a form the first time the focus enters it for a feature."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        form = _form_of(new)
        if form is None or form.property(FITTED) == form.feature().id():
            return
        if _list_fields(form.layer()):
            fit_lists(form, under_cursor=new)

    def stop(self) -> None:
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (TypeError, RuntimeError):  # never connected, or the application is going
            pass
