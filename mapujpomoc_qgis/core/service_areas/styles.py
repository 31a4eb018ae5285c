"""How the service-area result layers look: travel-time bands, catchments, coverage gaps."""

from __future__ import annotations

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from ..i18n import tr

BAND_COLOURS = ("#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027")


def _categorized(layer: QgsVectorLayer, field_name: str, values: list[float], unit: str) -> None:
    cats = []
    for i, v in enumerate(sorted(values)):
        colour = QColor(BAND_COLOURS[min(i * (len(BAND_COLOURS) - 1) // max(len(values) - 1, 1),
                                         len(BAND_COLOURS) - 1)])
        colour.setAlpha(150)
        symbol = QgsFillSymbol.createSimple({"color": colour.name(QColor.NameFormat.HexArgb),
                                             "outline_color": "70,70,70,160", "outline_width": "0.2"})
        symbol.setColor(colour)
        label = f"{v:g} {unit}"
        cats.append(QgsRendererCategory(v, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(field_name, cats))


def style_buffers(layer: QgsVectorLayer, metres: list[float]) -> None:
    _categorized(layer, "metres", metres, "m")


def style_bands(layer: QgsVectorLayer, minutes: list[float]) -> None:
    _categorized(layer, "minutes", minutes, tr("min"))


def style_catchments(layer: QgsVectorLayer) -> None:
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "40,40,40,220", "outline_width": "0.5", "outline_style": "dash"}))


def style_gaps(layer: QgsVectorLayer) -> None:
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "215,48,39,90", "outline_color": "215,48,39,230", "outline_width": "0.4", "style": "b_diagonal"}))
