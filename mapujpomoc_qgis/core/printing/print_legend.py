"""The legend of a printed map (docs/ARCHITECTURE.md, "Print"): one row per help type on the map, with its
icon and its label in both languages of the pair."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsUnitTypes,
    QgsVectorLayer,
)

from .map_texts import pair_text

LEGEND_WIDTH_PROPERTY = "mapujpomoc/legend_width"  # the planned width, set on the legend by scripts/make_layouts.py


def setup_legend(layout: QgsPrintLayout, points: QgsVectorLayer, map_item: QgsLayoutItemMap | None,
                 langs: tuple[str, str], atlas: bool) -> None:
    """The template's legend (if any) lists the help types of `points` shown on the map, one line each."""
    legend = layout.itemById("legend")
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    if map_item is not None:
        legend.setLinkedMap(map_item)
    legend.setTitle(pair_text("legend", langs))
    legend.setWrapString(" / ")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(points)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
    # As tall as every help type of the print needs (an atlas page may show fewer), then fixed.
    legend.setLegendFilterByMapEnabled(False)
    legend.setLegendFilterOutAtlas(False)
    legend.setResizeToContents(False)
    legend.updateLegend()
    # (the item's own adjustBoxSize waits for a first paint)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    width = float(legend.customProperty(LEGEND_WIDTH_PROPERTY, 0) or 0)
    legend.attemptResize(QgsLayoutSize(max(width, needed.width()), needed.height() + 1,
                                       QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    # only the help types on the map (on an atlas page: in its commune)
    legend.setLegendFilterByMapEnabled(map_item is not None)
    legend.setLegendFilterOutAtlas(atlas)
    legend.updateLegend()
    _below(legend, layout.itemById("points_table"))


def _below(upper: QgsLayoutItem, lower: QgsLayoutItem | None, gap: float = 3.0) -> None:
    """Move `lower` to just under `upper` (when it sits under it), keeping its bottom edge."""
    if lower is None:
        return
    top, bottom = upper.pos().y(), upper.pos().y() + upper.rect().height()
    lower_top, lower_bottom = lower.pos().y(), lower.pos().y() + lower.rect().height()
    if top >= lower_top:
        return
    new_top = min(bottom + gap, lower_bottom - 15)
    lower.attemptMove(QgsLayoutPoint(lower.pos().x(), new_top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    lower.attemptResize(QgsLayoutSize(lower.rect().width(), lower_bottom - new_top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
