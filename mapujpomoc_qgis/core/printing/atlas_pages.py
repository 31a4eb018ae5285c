"""One sheet per commune in an atlas: each page's table is made to fit its page.

QGIS continues a table that does not fit on extra pages, but an atlas for reception points wants
exactly one sheet per commune. Before the export, `AtlasPages.plan` measures each commune's table
and takes the first of these that fits:

1. the page as the template draws it (the legend only as tall as the commune's help types);
2. a shorter map, in steps down to MIN_MAP_SHARE of its height, the room going to the table
   (only where the table sits under the map);
3. a smaller type, in steps down to MIN_FONT;
4. the first rows that fit, with a note under the table saying how many of the commune's points
   it lists and how to print them all (the map numbers only the listed points, so every number on
   the sheet has its row; the others keep their icon).

`FittedAtlas` walks the atlas like QGIS does and sets each page's plan before the atlas draws it;
`AtlasPages.restore` puts the layout back as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qgis.core import (
    QgsAbstractLayoutIterator,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayout,
    QgsLayoutAtlas,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .. import compat
from . import print_table
from .print_layers import LAST_NR_VARIABLE

MIN_MAP_SHARE = 0.55
MAP_STEPS = 5
MIN_FONT = 5.5  # pt
FONT_STEP = 0.5
NOTE_HEIGHT = 7.0  # mm under the table, for the two-language note of a shortened list
NOTE_ID = "table_note"
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


@dataclass(frozen=True)
class PagePlan:
    """How one atlas page is laid out."""

    map_height: float
    legend_height: float
    font: float
    listed: int  # rows of the table
    points: int  # points of the commune
    last_nr: int = 0  # with a shortened list: the number of its last row
    code: str = ""
    name: str = ""

    @property
    def shortened(self) -> bool:
        return self.listed < self.points


def _box(item: QgsLayoutItem) -> QRectF:
    return QRectF(item.pos().x(), item.pos().y(), item.rect().width(), item.rect().height())


def _place(item: QgsLayoutItem, x: float, y: float, width: float, height: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))


class AtlasPages:
    """The page plans of an atlas layout whose points table filters on the atlas feature."""

    def __init__(self, layout: QgsLayout, note_text: Callable[[PagePlan], str] | None = None) -> None:
        self.layout = layout
        self.atlas: QgsLayoutAtlas = layout.atlas()
        found = print_table.points_table(layout)
        if found is None:
            raise ValueError("the layout has no points table")
        self.frame, self.table = found
        self.note_text = note_text or (lambda plan: f"{plan.listed} / {plan.points}")
        self.map = layout.itemById("map") if isinstance(layout.itemById("map"), QgsLayoutItemMap) else None
        legend = layout.itemById("legend")
        self.legend = legend if isinstance(legend, QgsLayoutItemLegend) else None
        self.table_box = _box(self.frame)
        self.map_box = _box(self.map) if self.map is not None else QRectF()
        self.legend_box = _box(self.legend) if self.legend is not None else QRectF()
        self.font = print_table.font_size(self.table)
        self.resize_mode = self.table.resizeMode()
        self.filtering, self.filter_text = self.table.filterFeatures(), self.table.featureFilter()
        self.filter = self.filter_text if self.filtering else ""  # what the page's table shows unshortened
        self.empty_message = self.table.emptyTableMessage()
        # a shortened list keeps the rows up to a number: only with a column of the points' numbers
        self.nr_column = next((i for i, c in enumerate(self.table.columns()) if c.attribute() == '"nr"'), None)
        # a shorter map helps only a table under it; what sits on the map's lower half follows its bottom
        self.stacked = self.map is not None and self.table_box.top() >= self.map_box.bottom() - 0.1 and \
            self.table_box.left() < self.map_box.right() and self.map_box.left() < self.table_box.right()
        self.riders = [(item, _box(item)) for item in layout.items() if isinstance(item, QgsLayoutItem)
                       and item is not self.map and self.map is not None and self.map_box.contains(_box(item))
                       and _box(item).center().y() > self.map_box.center().y()]
        self.legend_on_table = self.legend is not None and self.legend_box.bottom() <= self.table_box.top() + 0.1 \
            and self.legend_box.left() < self.table_box.right() and self.table_box.left() < self.legend_box.right()
        self.note: QgsLayoutItemLabel | None = None
        self.plans: list[PagePlan] = []

    # -- laying a page out ----------------------------------------------------------------------------

    def apply(self, plan: PagePlan) -> bool:
        """Size and place the map, legend, table and note as `plan` says (for the atlas's current page).

        Returns whether the table's contents were refreshed (a new filter or type size refreshes them)."""
        shift = self.map_box.height() - plan.map_height if self.stacked else 0.0
        if self.map is not None and self.stacked:
            _place(self.map, self.map_box.x(), self.map_box.y(), self.map_box.width(), plan.map_height)
        for item, box in self.riders:
            item.attemptMove(QgsLayoutPoint(box.x(), box.y() - shift, MM))
        table_top = self.table_box.top() - shift
        if self.legend is not None:
            legend_top = self.legend_box.top() - (shift if self.legend_box.top() >= self.map_box.bottom() - 0.1 else 0)
            _place(self.legend, self.legend_box.x(), legend_top, self.legend_box.width(), plan.legend_height)
            if self.legend_on_table:
                gap = self.table_box.top() - self.legend_box.bottom()
                table_top = legend_top + plan.legend_height + gap
        bottom = self.table_box.bottom() - (NOTE_HEIGHT if plan.shortened else 0.0)
        _place(self.frame, self.table_box.x(), table_top, self.table_box.width(), bottom - table_top)
        refreshed = False
        if abs(print_table.font_size(self.table) - plan.font) > 1e-6:
            print_table.set_font_size(self.table, plan.font)
        wanted = self.filter
        if plan.shortened:
            limit = f'"nr" <= {plan.last_nr}'
            wanted = f"({self.filter}) AND {limit}" if self.filter else limit
        if wanted != (self.table.featureFilter() if self.table.filterFeatures() else ""):
            self.table.setFilterFeatures(bool(wanted))
            self.table.setFeatureFilter(wanted)  # which refreshes the contents
            refreshed = True
        # not even one row fits: no "no points match" above the note saying how many there are
        self.table.setEmptyTableMessage(" " if plan.shortened else self.empty_message)
        self._number_listed(plan)
        self._set_note(plan)
        return refreshed

    def _number_listed(self, plan: PagePlan) -> None:
        """The map numbers the points up to the list's last row (0: every point; -1: none)."""
        last = (plan.last_nr or -1) if plan.shortened else 0
        QgsExpressionContextUtils.setLayoutVariable(self.layout, LAST_NR_VARIABLE, last)

    def _set_note(self, plan: PagePlan) -> None:
        if not plan.shortened:
            if self.note is not None:
                self.note.setVisibility(False)
            return
        if self.note is None:
            self.note = QgsLayoutItemLabel(self.layout)
            self.note.setId(NOTE_ID)
            font = QFont(self.table.contentTextFormat().font())
            font.setPointSizeF(6.5)
            font.setItalic(True)
            compat.set_label_text_format(self.note, font, QColor("#b71c1c"))
            self.note.setVAlign(Qt.AlignmentFlag.AlignVCenter)
            self.note.setMargin(0)
            self.layout.addLayoutItem(self.note)
        self.note.setText(self.note_text(plan))
        box = self.table_box
        _place(self.note, box.x(), box.bottom() - NOTE_HEIGHT + 0.5, box.width(), NOTE_HEIGHT - 0.5)
        self.note.setVisibility(True)

    def restore(self) -> None:
        """The layout as it was before `plan`."""
        if self.map is not None:
            _place(self.map, self.map_box.x(), self.map_box.y(), self.map_box.width(), self.map_box.height())
        for item, box in self.riders:
            item.attemptMove(QgsLayoutPoint(box.x(), box.y(), MM))
        if self.legend is not None:
            _place(self.legend, self.legend_box.x(), self.legend_box.y(), self.legend_box.width(),
                   self.legend_box.height())
        _place(self.frame, self.table_box.x(), self.table_box.y(), self.table_box.width(), self.table_box.height())
        print_table.set_font_size(self.table, self.font)
        self.table.setFilterFeatures(self.filtering)
        self.table.setFeatureFilter(self.filter_text)
        self.table.setEmptyTableMessage(self.empty_message)
        if self.note is not None:
            self.layout.removeLayoutItem(self.note)
            self.note = None
        QgsExpressionContextUtils.setLayoutVariable(self.layout, LAST_NR_VARIABLE, 0)
        self.table.setResizeMode(self.resize_mode)
        self.table.refresh()

    # -- measuring ------------------------------------------------------------------------------------

    def _legend_height(self) -> float:
        """The legend as tall as the help types on this page's map (never taller than the template's)."""
        if self.legend is None:
            return 0.0
        # the legend filters its entries when it is next painted: paint it, small
        self.legend.updateFilterByMap(False)
        QgsLayoutExporter(self.layout).renderRegionToImage(_box(self.legend), QSize(), 10)
        needed = QgsLegendRenderer(self.legend.model(), self.legend.legendSettings()).minimumSize().height() + 1
        return min(self.legend_box.height(), needed)

    def _fits(self, plan: PagePlan) -> bool:
        if not self.apply(plan):
            self.table.refresh()
        return print_table.fits(self.table)

    def _rows(self) -> list[int]:
        """The numbers of the rows the page's table shows unshortened (refreshed first), in its order."""
        if self.nr_column is None:
            return []
        return sorted(int(row[self.nr_column]) for row in self.table.contents())

    def _plan_page(self) -> PagePlan:
        feature = self.atlas.layout().reportContext().feature()
        code, name = str(feature["teryt"]), str(feature["name"])
        legend = self._legend_height()
        full = self.map_box.height()
        maps = [full]
        if self.stacked:
            low = full * MIN_MAP_SHARE
            maps += [full - (full - low) * step / MAP_STEPS for step in range(1, MAP_STEPS + 1)]
        fonts = [self.font]
        while fonts[-1] - FONT_STEP >= MIN_FONT - 1e-6:
            fonts.append(round(fonts[-1] - FONT_STEP, 2))
        # from the most generous page to the most compact: the first that fits (each step only adds room)
        first = PagePlan(maps[0], legend, self.font, 0, 0, code=code, name=name)
        fitting = self._fits(first)
        rows = self._rows()
        candidates = [PagePlan(m, legend, self.font, len(rows), len(rows), code=code, name=name) for m in maps] + \
            [PagePlan(maps[-1], legend, f, len(rows), len(rows), code=code, name=name) for f in fonts[1:]]
        if fitting:
            return candidates[0]
        if self._fits(candidates[-1]):
            low, high = 1, len(candidates) - 1  # candidates[high] fits, candidates[low - 1] does not
            while low < high:
                mid = (low + high) // 2
                if self._fits(candidates[mid]):
                    high = mid
                else:
                    low = mid + 1
            return candidates[high]
        if not rows:  # no numbers to shorten the list by (a hand-made table): the most compact page
            return candidates[-1]
        # the most rows that fit at the smallest size, with the note (bisection: rows only add height)
        map_height, font = candidates[-1].map_height, candidates[-1].font
        low, high = 0, len(rows) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self._fits(PagePlan(map_height, legend, font, mid, len(rows), rows[mid - 1], code, name)):
                low = mid
            else:
                high = mid - 1
        return PagePlan(map_height, legend, font, low, len(rows), rows[low - 1] if low else 0, code, name)

    def plan(self, feedback: QgsFeedback | None = None) -> list[PagePlan]:
        """A plan for every page of the atlas (the layout is left on its last page: `restore` after)."""
        print_table.keep_first_frame(self.table)
        self.plans = []
        count = self.atlas.count()
        for index in range(count):
            if feedback is not None and feedback.isCanceled():
                break
            self.restore_geometry()
            self.atlas.seekTo(index)
            self.plans.append(self._plan_page())
            if feedback is not None:
                feedback.setProgress(100 * (index + 1) / max(count, 1))
        return self.plans

    def restore_geometry(self) -> None:
        self.apply(PagePlan(self.map_box.height(), self.legend_box.height(), self.font, 0, 0))


class FittedAtlas(QgsAbstractLayoutIterator):
    """The atlas as QgsLayoutExporter walks it, each page laid out by its plan before it is drawn."""

    def __init__(self, pages: AtlasPages) -> None:
        super().__init__()
        self.pages = pages
        self.atlas = pages.atlas
        self.index = -1
        # QgsLayoutExporter calls in from C++, where a Python exception would abort the process: an error
        # ends the export instead, and the caller raises it
        self.error: Exception | None = None

    def count(self) -> int:
        return self.atlas.count()

    def beginRender(self) -> bool:
        self.index = -1
        return self.atlas.beginRender()

    def endRender(self) -> bool:
        return self.atlas.endRender()

    def next(self) -> bool:
        try:
            self.index += 1
            if self.index < len(self.pages.plans):
                self.pages.apply(self.pages.plans[self.index])
            moved = self.atlas.next()
            if moved:
                self.pages.table.refresh()
            return moved
        except Exception as exc:  # noqa: BLE001 - handed to the caller, see __init__
            self.error = exc
            return False

    def filePath(self, base: str, extension: str) -> str:
        return self.atlas.filePath(base, extension)

    def layout(self) -> QgsLayout:
        return self.atlas.layout()

