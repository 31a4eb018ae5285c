"""The layers of a printed map and their styles (docs/ARCHITECTURE.md, "Print"): the numbered points with
one icon per help type, the region and its communes, a mask fading what lies outside, the counties and
voivodeships around for context, and under them all the basemap chosen (`core/basemaps.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from mapujpomoc_model import catalog

from ..basemaps import BasemapError
from ..compat import made_by_qgis
from ..i18n import tr
from ..project.symbols import COLOURS, icon_path
from .map_texts import pair_text
from .print_data import PrintData
from .print_spec import PrintError, PrintSpec, check_languages

FONT = "DejaVu Sans"  # has Polish and Ukrainian letters, and is installed wherever QGIS is
ON_ATLAS_PAGE = "\"teryt\" = attribute(@atlas_feature, 'teryt')"  # a commune layer's feature is the page's
# set per atlas page by atlas_pages when its list is shortened: only the listed points carry a number
LAST_NR_VARIABLE = "mapujpomoc_last_nr"
NUMBERED_ON_PAGE = (f"\"commune\" = attribute(@atlas_feature, 'teryt') AND "
                    f"(coalesce(@{LAST_NR_VARIABLE}, 0) = 0 OR \"nr\" <= @{LAST_NR_VARIABLE})")


def text_format(size: float, colour: str = "#212121", bold: bool = False, buffer: float = 0.0) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    if buffer:
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(buffer)
        buf.setColor(QColor("white"))
        fmt.setBuffer(buf)
    return fmt


def style_points(layer: QgsVectorLayer, data: PrintData, langs: tuple[str, str], size: float = 5.0,
                 atlas: bool = False) -> None:
    """One icon per help type shown, labelled in both languages in the legend; the point's number beside it
    (on an atlas page, only for the points of its commune that its table lists: the neighbours' are faded and
    not in its table, and a shortened list's last points keep their icon without a number)."""
    categories = []
    for code in data.help_types:
        svg = QgsSvgMarkerSymbolLayer(str(icon_path(code)), size, 0)
        svg.setFillColor(QColor(COLOURS[code]))
        svg.setStrokeColor(QColor("#ffffff"))
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, svg)
        entry = catalog.by_code(catalog.HELP_TYPES)[code]
        categories.append(QgsRendererCategory(code, symbol, " / ".join(entry.label(lang) for lang in langs)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("icon", categories))
    label = QgsPalLayerSettings()
    label.fieldName = "nr"
    label.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    label.dist = 0.6
    label.setFormat(text_format(6.5, "#212121", bold=True, buffer=0.7))
    if atlas:
        label.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(NUMBERED_ON_PAGE))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)


def _outline(colour: str, width: float, fill: str = "0,0,0,0") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": fill, "outline_color": colour, "outline_width": str(width)})


def _mask(atlas: bool) -> QgsInvertedPolygonRenderer:
    """Fades everything outside the region (or the atlas page's commune)."""
    fade = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_style": "no"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(fade, 0, 0, ON_ATLAS_PAGE if atlas else ""))
    return QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(root))


def _communes_renderer(atlas: bool) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    if atlas:
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#37474f", 0.7), 0, 0, ON_ATLAS_PAGE))
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#78909c", 0.25), 0, 0, "ELSE"))
    else:
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#78909c", 0.25)))
    return QgsRuleBasedRenderer(root)


def _label_communes(layer: QgsVectorLayer) -> None:
    label = QgsPalLayerSettings()
    label.fieldName = "name"
    label.placement = QgsPalLayerSettings.Placement.Horizontal
    label.setFormat(text_format(7, "#607d8b", buffer=0.6))
    label.priority = 1  # the points' numbers first
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)


@dataclass
class PrintLayers:
    points: QgsVectorLayer
    region: QgsVectorLayer
    communes: QgsVectorLayer
    mask: QgsVectorLayer
    context: list[QgsVectorLayer]
    basemap: QgsMapLayer | None = None

    def all(self) -> list[QgsMapLayer]:
        """Top to bottom, as a map item wants them: outlines over the mask, so they stay sharp; the
        mask over the points, so that an atlas page fades the points of the neighbouring communes; the
        basemap under everything, faded outside the region by the mask too."""
        under = [self.basemap] if self.basemap is not None else []
        return [self.region, self.communes, self.mask, self.points, *self.context, *under]


def _open_layer(path: Path, table: str, title: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={table}", title, "ogr")
    if not layer.isValid():
        raise PrintError(tr("Cannot open the layer {0} of {1}.").format(table, path))
    return made_by_qgis(layer)


def load_layers(data: PrintData, spec: PrintSpec) -> PrintLayers:
    """The print data's layers and the working copy's context boundaries, styled."""
    langs = check_languages(spec.languages)
    points = _open_layer(data.path, "points", pair_text("title", langs[:1]))
    style_points(points, data, langs, atlas=spec.atlas)
    region = _open_layer(data.path, "region", data.region.title)
    region.renderer().setSymbol(_outline("#263238", 0.8))
    mask = _open_layer(data.path, "communes" if spec.atlas else "region", tr("Outside the region"))
    mask.setRenderer(_mask(spec.atlas))
    communes = _open_layer(data.path, "communes", pair_text("gminy", langs))
    communes.setRenderer(_communes_renderer(spec.atlas))
    _label_communes(communes)
    context = []
    for table, colour, width in (("powiaty", "#90a4ae", 0.35), ("wojewodztwa", "#78909c", 0.6)):
        layer = _open_layer(data.workcopy, table, pair_text(table, langs))
        layer.renderer().setSymbol(_outline(colour, width))
        context.append(layer)
    try:
        basemap = spec.basemap.make_layer() if spec.basemap is not None else None
    except BasemapError as exc:
        raise PrintError(str(exc)) from exc
    return PrintLayers(points, region, communes, mask, context, basemap)
