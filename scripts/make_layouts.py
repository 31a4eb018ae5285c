#!/usr/bin/env python3
"""Write the print layout templates resources/layouts/*.qpt with the QGIS API.

    .venv/bin/python scripts/make_layouts.py [--out-dir resources/layouts]

The committed .qpt files are what the plugin loads (mapujpomoc_qgis/core/printing.py);
this script is how they were made and how to remake them after a change of the
page plan below. They may also be edited in QGIS's layout designer and saved
back as templates: printing only relies on the item ids

    title, subtitle, map, north_arrow, scalebar, legend, points_table (the table's frame),
    date, source, attribution

and fills the layers, texts and table columns in at print time. Items a template
lacks are skipped, so a county may keep its own template with fewer items.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import uuid

# Qt writes XML attributes in hash order; a fixed seed keeps regenerated templates diff-able.
os.environ.setdefault("QT_HASH_SEED", "0")
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT = "DejaVu Sans"
TABLE_WIDTH_PROPERTY = "mapujpomoc/table_width"
LEGEND_WIDTH_PROPERTY = "mapujpomoc/legend_width"
TITLE_SEPARATOR_PROPERTY = "mapujpomoc/title_separator"


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Plan:
    """Where each item sits on the page, in millimetres."""

    name: str
    title: str
    size: str  # QgsPageSizeRegistry name
    orientation: str  # "portrait" | "landscape"
    boxes: dict[str, Box]
    legend_columns: int
    table_font: float
    title_font: float
    title_separator: str  # between the title's Polish and Ukrainian; "\n" prints them on two lines


PLANS = (
    Plan("a4_portrait", "Mapuj Pomoc – A4 portrait", "A4", "portrait", {
        "title": Box(10, 6, 190, 12),
        "subtitle": Box(10, 18.5, 190, 8),
        "map": Box(10, 26, 190, 133),
        "north_arrow": Box(189, 29, 8, 13),
        "scalebar": Box(13, 147, 60, 10),
        "legend": Box(10, 161, 190, 24),
        "points_table": Box(10, 188, 190, 92),
        "source": Box(10, 282, 150, 9),
        "date": Box(160, 282, 40, 5),
        "attribution": Box(160, 287, 40, 4),
    }, legend_columns=3, table_font=6.5, title_font=12, title_separator="\n"),
    Plan("a3_landscape", "Mapuj Pomoc – A3 landscape", "A3", "landscape", {
        "title": Box(10, 7, 400, 11),
        "subtitle": Box(10, 18.5, 400, 8),
        "map": Box(10, 28, 238, 252),
        "north_arrow": Box(235, 32, 10, 16),
        "scalebar": Box(14, 266, 70, 11),
        "legend": Box(255, 28, 155, 60),
        "points_table": Box(255, 92, 155, 188),
        "source": Box(10, 283, 330, 9),
        "date": Box(350, 283, 60, 5),
        "attribution": Box(350, 288, 60, 4),
    }, legend_columns=2, table_font=7, title_font=18, title_separator=" / "),
)


def text_format(size: float, bold: bool = False):  # type: ignore[no-untyped-def]
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor("#212121"))
    return fmt


def build(plan: Plan):  # type: ignore[no-untyped-def]
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutFrame,
        QgsLayoutItemAttributeTable,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutMeasurement,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTable,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsScaleBarSettings,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    from mapujpomoc_qgis.core import compat

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(plan.title)
    page = layout.pageCollection().page(0)
    page.setPageSize(plan.size, page.Landscape if plan.orientation == "landscape" else page.Portrait)
    mm = QgsUnitTypes.LayoutMillimeters

    def place(item, key: str) -> None:  # type: ignore[no-untyped-def]
        box = plan.boxes[key]
        item.setId(key)
        item.attemptMove(QgsLayoutPoint(box.x, box.y, mm))
        item.attemptResize(QgsLayoutSize(box.w, box.h, mm))

    def label(key: str, text: str, size: float, bold: bool = False, align=Qt.AlignLeft):  # type: ignore[no-untyped-def]
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        compat.set_label_text_format(item, font, QColor("#212121"))  # setFont/setFontColor: deprecated in 3.40
        item.setHAlign(align)
        item.setVAlign(Qt.AlignTop)
        item.setMargin(0)
        layout.addLayoutItem(item)
        place(item, key)
        return item

    title = label("title", "Punkty pomocy" + plan.title_separator + "Пункти допомоги", plan.title_font, bold=True)
    title.setCustomProperty(TITLE_SEPARATOR_PROPERTY, plan.title_separator)
    label("subtitle", "region", 9 if plan.size == "A4" else 11)

    the_map = QgsLayoutItemMap(layout)
    layout.addLayoutItem(the_map)
    place(the_map, "map")
    the_map.setFrameEnabled(True)
    the_map.setFrameStrokeColor(QColor("#616161"))
    the_map.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, mm))
    the_map.setBackgroundColor(QColor("#f4f6f2"))
    the_map.setCrs(QgsCoordinateReferenceSystem("EPSG:2180"))  # PUWG 1992; printing zooms to the region
    the_map.setExtent(QgsRectangle(140_000, 120_000, 880_000, 800_000))  # Poland, until then
    place(the_map, "map")  # again: setExtent gave the item the extent's proportions

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath("/usr/share/qgis/svg/arrows/NorthArrow_02.svg")
    layout.addLayoutItem(arrow)
    place(arrow, "north_arrow")
    arrow.setLinkedMap(the_map)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setSvgFillColor(QColor("#212121"))

    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(the_map)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(20)
    bar.setMaximumBarWidth(plan.boxes["scalebar"].w - 10)
    bar.setHeight(2)
    bar.setTextFormat(text_format(7))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(bar)
    place(bar, "scalebar")

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Rodzaje pomocy / Види допомоги")
    legend.setColumnCount(plan.legend_columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(5)
    legend.setResizeToContents(False)
    for style, size, bold in ((QgsLegendStyle.Title, 9, True), (QgsLegendStyle.Group, 8, True),
                              (QgsLegendStyle.Subgroup, 8, True), (QgsLegendStyle.SymbolLabel, 7.5, False)):
        if hasattr(QgsLegendStyle, "setTextFormat"):  # 3.30 and later deprecate setFont
            legend.rstyle(style).setTextFormat(text_format(size, bold))
        else:
            font = QFont(FONT)
            font.setPointSizeF(size)
            font.setBold(bold)
            legend.rstyle(style).setFont(font)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 2.0)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 2.0)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Left, 1.5)
    legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 2.0)
    legend.setWrapString(" / ")  # "Polish / Ukrainian" labels print on two lines
    layout.addLayoutItem(legend)
    place(legend, "legend")
    # printing sizes the legend to the help types shown and moves the table under it
    legend.setCustomProperty(LEGEND_WIDTH_PROPERTY, plan.boxes["legend"].w)
    legend.setLinkedMap(the_map)

    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    place(frame, "points_table")
    table.setHeaderTextFormat(text_format(plan.table_font + 0.5, bold=True))
    table.setContentTextFormat(text_format(plan.table_font))
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)  # more pages when the points do not fit
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage("—")
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9e9e9e"))
    table.setCellMargin(0.8)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setMaximumNumberOfFeatures(10_000)
    # A table's frame is as wide as its columns; printing spreads the columns over this width.
    frame.setCustomProperty(TABLE_WIDTH_PROPERTY, plan.boxes["points_table"].w)

    label("source", "source", 6)
    label("date", "date", 7, align=Qt.AlignRight)
    label("attribution", "attribution", 5.5, align=Qt.AlignRight)
    return layout


def write(plan: Plan, out_dir: Path) -> Path:
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    layout = build(plan)
    doc = QDomDocument()
    element = layout.writeXml(doc, QgsReadWriteContext())
    doc.appendChild(element)
    text = doc.toString(1)
    # fresh random uuids on every run would make each regeneration a diff of every item
    seen: dict[str, str] = {}

    def stable(m: re.Match[str]) -> str:
        key = m.group(0)
        if key not in seen:
            seen[key] = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"mapujpomoc/{plan.name}/{len(seen)}")) + "}"
        return seen[key]

    text = re.sub(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}", stable, text)
    path = out_dir / f"{plan.name}.qpt"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "resources" / "layouts")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        print(write(plan, args.out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
