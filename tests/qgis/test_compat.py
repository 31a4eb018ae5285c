"""mapujpomoc_qgis/core/compat.py: each wrapper does its job on the running QGIS with no deprecation
warning (issue 17: 3.22 here, 3.40 and 3.44 under make test-qgis)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from qgis.core import QgsFeature, QgsLayoutItemLabel, QgsPrintLayout, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QColor, QFont

from mapujpomoc_qgis.core import compat


@pytest.fixture(autouse=True)
def deprecation_is_an_error() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        yield


@pytest.mark.parametrize(("kind", "value"), [(QMetaType.Type.QString, "Olsztyn"), (QMetaType.Type.Int, 7),
                                             (QMetaType.Type.LongLong, 2**40), (QMetaType.Type.Double, 2.5)])
def test_field_holds_its_type(kind: QMetaType.Type, value: object) -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:2180", "t", "memory")
    assert layer.dataProvider().addAttributes([compat.field("v", kind)])
    layer.updateFields()
    assert int(layer.fields().field("v").type()) == int(kind)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setAttributes([value])
    assert layer.addFeature(feature) and layer.commitChanges()
    assert next(layer.getFeatures())["v"] == value


def test_field_keeps_length_and_type_name() -> None:
    field = compat.field("name", QMetaType.Type.QString, "text", 80)
    assert (field.name(), field.typeName(), field.length()) == ("name", "text", 80)


def test_null_rectangle_takes_the_first_extent() -> None:
    box = compat.null_rectangle()
    assert box.isNull()
    box.combineExtentWith(QgsRectangle(1, 2, 3, 4))
    box.combineExtentWith(QgsRectangle(0, 3, 2, 5))
    assert box == QgsRectangle(0, 2, 3, 5)


def test_label_text_format() -> None:
    label = QgsLayoutItemLabel(QgsPrintLayout(QgsProject.instance()))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(6.5)
    font.setItalic(True)
    compat.set_label_text_format(label, font, QColor("#b71c1c"))
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        got = (fmt.font().family(), fmt.size(), fmt.font().italic(), fmt.color().name())
    else:
        got = (label.font().family(), label.font().pointSizeF(), label.font().italic(), label.fontColor().name())
    assert got == ("DejaVu Sans", 6.5, True, "#b71c1c")


def test_sld_document() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:2180&field=name:string", "points", "memory")
    sld = compat.sld_document(layer).toString()
    assert "StyledLayerDescriptor" in sld and "<se:Name>points</se:Name>" in sld
