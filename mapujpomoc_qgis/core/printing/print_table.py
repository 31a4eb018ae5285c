"""The table of points on a printed map: its columns, its type size, and the pages it continues on.

Four columns keep a row to two lines in most cases: the number (as on the map), name over
address, phone over opening hours, and the help types with one line per language.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..errors import MapujPomocError
from ..i18n import tr

TABLE_WIDTH_PROPERTY = "mapujpomoc/table_width"  # set on the table's frame by scripts/make_layouts.py
NUMBER_WIDTH = 6.0  # mm
# Share of the table width (after the number column) each column gets.
COLUMN_SHARES = (("name_address", 0.38), ("contact", 0.21), ("types", 0.41))
PHONE_EM = 8.9  # "+48 000 000 000" in DejaVu Sans, in em: a phone number stays on one line
PT_TO_MM = 0.3528
PAGE_MARGIN = 10.0  # mm, around the table on the pages it continues on
MAX_PAGES = 2000  # a runaway guard: a whole voivodeship's list is a few hundred pages


class TableError(MapujPomocError):
    """The table cannot be laid out (too many pages)."""


def points_table(layout: QgsLayout, frame_id: str = "points_table") -> tuple[QgsLayoutFrame, QgsLayoutItemAttributeTable] | None:
    """The template's table of points and its first frame, or None when the template has none."""
    frame = layout.itemById(frame_id)
    table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None
    if not isinstance(table, QgsLayoutItemAttributeTable):
        return None
    return frame, table


def set_columns(frame: QgsLayoutFrame, table: QgsLayoutItemAttributeTable, layer: QgsVectorLayer,
                headings: dict[str, str]) -> None:
    """The table's columns over the frame's planned width; `headings` by column key ("nr" and COLUMN_SHARES)."""
    layout = frame.layout()
    width = float(frame.customProperty(TABLE_WIDTH_PROPERTY, 0) or 0) or \
        layout.pageCollection().page(0).pageSize().width() - 20
    table.setVectorLayer(layer)
    # each column also takes its cell margins and a grid line
    per_column = 2 * table.cellMargin() + (table.gridStrokeWidth() if table.showGrid() else 0)
    rest = width - NUMBER_WIDTH - (len(COLUMN_SHARES) + 1) * per_column - table.gridStrokeWidth()
    widths = {key: rest * share for key, share in COLUMN_SHARES}
    phone = PHONE_EM * table.contentTextFormat().size() * PT_TO_MM
    if widths["contact"] < phone:
        others = rest - widths["contact"]
        for key in widths:
            widths[key] = phone if key == "contact" else widths[key] * (rest - phone) / others
    columns = []
    for key, col_width in (("nr", NUMBER_WIDTH), *widths.items()):
        column = QgsLayoutTableColumn(headings[key])
        column.setAttribute(f'"{key}"')
        column.setWidth(col_width)
        column.setHAlignment(Qt.AlignmentFlag.AlignHCenter if key == "nr" else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    table.setColumns(columns)
    # QGIS 3.22 keeps the contents computed for the layer's own columns until the next refresh, and any
    # resize before it writes past the end of its column widths (heap corruption): refresh first.
    table.refreshAttributes()
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)  # a continued list keeps its column names
    table.setMaximumNumberOfFeatures(1_000_000)


def font_size(table: QgsLayoutItemAttributeTable) -> float:
    return table.contentTextFormat().size()


def set_font_size(table: QgsLayoutItemAttributeTable, size: float) -> None:
    """Contents at `size` pt; the header keeps its step above them."""
    step = table.headerTextFormat().size() - table.contentTextFormat().size()
    for getter, setter, value in ((table.contentTextFormat, table.setContentTextFormat, size),
                                  (table.headerTextFormat, table.setHeaderTextFormat, size + step)):
        fmt = getter()
        fmt.setSize(value)
        setter(fmt)


def shown_height(table: QgsLayoutItemAttributeTable) -> float:
    return sum(frame.rect().height() for frame in table.frames())


def rows_shown(table: QgsLayoutItemAttributeTable) -> int:
    """How many of the table's rows its existing frames show (refresh it first)."""
    if not table.contents():
        return 0
    context = QgsLayoutUtils.createRenderContextForLayout(table.layout(), None)
    return table.rowRange(context, table.frameCount() - 1)[1]  # the end of the last frame's rows


def fits(table: QgsLayoutItemAttributeTable) -> bool:
    """Whether the table's existing frames show all its rows (refresh it first).

    (Counted in rows: totalHeight() gives up, and returns the frames' height, when a frame as tall as
    the last one cannot hold the next row.)
    """
    return rows_shown(table) >= len(table.contents())


def keep_first_frame(table: QgsLayoutItemAttributeTable) -> None:
    """Only the template's frame: no frames, nor pages, added for rows that did not fit."""
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    while table.frameCount() > 1:
        table.removeFrame(table.frameCount() - 1, True)


def continue_on_new_pages(layout: QgsLayout, table: QgsLayoutItemAttributeTable) -> int:
    """Frames on whole new pages until every row is shown; returns the pages added.

    (QGIS's own "extend to next page" repeats the first frame's small box on every page.)
    """
    keep_first_frame(table)
    table.refresh()
    pages = layout.pageCollection()
    first = table.frame(0)
    size = pages.page(0).pageSize()
    height = size.height() - 2 * PAGE_MARGIN
    added = 0
    while not fits(table):
        before = rows_shown(table)
        missing = table.totalHeight() - shown_height(table)
        # frames the rows still need as tall as the last one, counted in whole pages (trimmed below)
        count = max(1, math.ceil(missing / height))
        if added + count > MAX_PAGES:
            raise TableError(tr("The list of points would take more than {0} pages; choose a smaller region "
                                "or a narrower filter.").format(MAX_PAGES))
        for _ in range(count):
            page = QgsLayoutItemPage(layout)
            page.setPageSize(size)
            pages.addPage(page)
            frame = QgsLayoutFrame(layout, table)
            frame.attemptResize(QgsLayoutSize(first.rect().width(), height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
            frame.attemptMove(QgsLayoutPoint(first.pos().x(), PAGE_MARGIN, QgsUnitTypes.LayoutUnit.LayoutMillimeters),
                              True, False, pages.pageCount() - 1)
            table.addFrame(frame, False)
        added += count
        table.refresh()
        if rows_shown(table) == before:
            raise TableError(tr("A row of the list of points is taller than a page; use a larger page or a "
                                "template with a taller table."))
    # the estimate counts a header on every small frame: drop the pages it asked for too many
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    while table.frameCount() > 1 and table.rowRange(context, table.frameCount() - 2)[1] >= len(table.contents()):
        table.removeFrame(table.frameCount() - 1, True)
        added -= 1
    return added
