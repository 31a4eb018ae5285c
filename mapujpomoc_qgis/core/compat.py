"""The QGIS APIs that differ between QGIS 3.22, 3.40, 3.44 and 4 (Qt 6), in one place
(docs/ARCHITECTURE.md, *QGIS versions*).

Each function uses the newer API where the running QGIS has it (found by hasattr or Qgis.versionInt()) and
the older one where it does not, so the plugin runs on 3.22 with no error and on 3.40, 3.44 and 4 with no
deprecation warning. Call these instead of the APIs they wrap; scripts/qt6_ready.py and its tests catch
unscoped enums and names Qt 6 lacks, this module the behaviour that changed.
"""

from __future__ import annotations

from typing import TypeVar

import qgis.core as qgis_core
from qgis.core import Qgis, QgsField, QgsLayoutItemLabel, QgsMapLayer, QgsRectangle, QgsTextFormat
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

# QgsField takes a QMetaType.Type from 3.38 on and deprecates the QVariant.Type it took before; Qt 6 has no
# QVariant.Type at all. QGIS 3.22 takes only QVariant.Type, which numbers the basic types as QMetaType does
# (String = QString = 10, Int = 2, LongLong = 4, Double = 6, Bool = 1, Date = 14, DateTime = 16).
FIELD_TAKES_METATYPE = Qgis.versionInt() >= 33800


def field(name: str, kind: QMetaType.Type, type_name: str = "", length: int = 0, precision: int = 0) -> QgsField:
    """A QgsField of `kind` (QMetaType.Type.QString, .Int, .LongLong, .Double, ...) on any QGIS."""
    if FIELD_TAKES_METATYPE:
        return QgsField(name, kind, type_name, length, precision)
    return QgsField(name, int(kind), type_name, length, precision)  # the QVariant.Type of the same number


def null_rectangle() -> QgsRectangle:
    """An empty rectangle that the first combineExtentWith() replaces (setMinimal() is deprecated from 3.34)."""
    box = QgsRectangle()
    if hasattr(box, "setNull"):  # 3.34 and later
        box.setNull()
    else:
        box.setMinimal()
    return box


def set_label_text_format(label: QgsLayoutItemLabel, font: QFont, colour: QColor) -> None:
    """A layout label's font and text colour (setFont/setFontColor are deprecated from 3.40)."""
    if hasattr(label, "setTextFormat"):  # 3.24 and later
        fmt = QgsTextFormat.fromQFont(font)
        fmt.setColor(colour)
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
        label.setFontColor(colour)


def sld_document(layer: QgsMapLayer) -> QDomDocument:
    """The layer's style as an SLD document (exportSldStyle is deprecated from 3.44: exportSldStyleV3).

    Errors of the export are not reported, as with exportSldStyle: the SLD is a courtesy copy beside the
    QGIS style."""
    if hasattr(layer, "exportSldStyleV3"):  # 3.44 and later; its context class came with 3.30
        # by name: 3.22 has no such class, and the Qt 6 check resolves every name it reads in the source
        context = getattr(qgis_core, "QgsSldExportContext")()  # noqa: B009
        return layer.exportSldStyleV3(context)
    doc = QDomDocument()
    layer.exportSldStyle(doc, "")
    return doc


L = TypeVar("L", bound=QgsMapLayer)


def made_by_qgis(layer: L) -> L:
    """A copy of `layer` made by QGIS itself, for layers a worker thread renders (printing).

    A layer constructed from Python is an instance of sip's subclass, whose virtual methods (such as
    disconnectNotify, called while Qt holds its signal lock) first take Python's lock. A print task's
    worker thread destroying legend nodes then waited for that lock while the main thread, holding it,
    waited for Qt's signal lock: a deadlock, seen in a test. A clone is a plain QGIS object."""
    copy = layer.clone()
    copy.setName(layer.name())
    return copy  # type: ignore[return-value]
