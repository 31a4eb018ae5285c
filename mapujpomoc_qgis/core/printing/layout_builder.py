"""The second step of a print: a layout from a template, filled for the print data (docs/ARCHITECTURE.md,
"Print").

`build_layout` loads a template (resources/layouts/*.qpt) into a project, adds the print's layers, and
fills the items the template names by id (ITEM_IDS): title, subtitle, map, north arrow, scale bar, legend,
the table of points (numbered as on the map), date, source (which names the public or staff version) and
attribution. With a basemap, its attribution goes in the map's lower right corner (BASEMAP_ATTRIBUTION_ID),
so every sheet with the map names it. With an atlas, the layout makes one page per commune of the region.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsLayerTreeGroup,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from mapujpomoc_model import catalog
from mapujpomoc_model.text_safety import printable

from .. import compat
from ..i18n import tr
from ..region import Region
from . import print_table
from .map_texts import pair_text
from .print_data import PrintData
from .print_layers import FONT, PrintLayers, load_layers
from .print_legend import setup_legend
from .print_spec import PrintError, PrintSpec, check_languages, template_path

PRINT_CRS = QgsCoordinateReferenceSystem("EPSG:2180")
ITEM_IDS = ("title", "subtitle", "map", "north_arrow", "scalebar", "legend", "points_table", "date", "source",
            "attribution")
TITLE_SEPARATOR_PROPERTY = "mapujpomoc/title_separator"  # between the title's two languages ("\n": two lines)
LANGUAGES_PROPERTY = "mapujpomoc/languages"  # on a built layout: its language pair, e.g. "pl+uk"
BASEMAP_ATTRIBUTION_ID = "basemap_attribution"
ATTRIBUTION_FONT = 6.0  # pt: small, as web maps print it, and still legible


def load_template(project: QgsProject, template: str | Path) -> QgsPrintLayout:
    path = template_path(template)
    doc = QDomDocument()
    ok, message, line, _column = doc.setContent(path.read_text(encoding="utf-8"))
    if not ok:
        raise PrintError(tr("The template {0} is not valid XML (line {1}: {2}).").format(path, line, message))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise PrintError(tr("QGIS could not load the template {0}.").format(path))
    return layout


def build_layout(project: QgsProject, data: PrintData, spec: PrintSpec, layers: PrintLayers | None = None,
                 group: QgsLayerTreeGroup | None = None) -> QgsPrintLayout:
    """The filled layout in `project` (layers added; into `group` when given, else not shown in its legend)."""
    langs = check_languages(spec.languages)
    layers = layers or load_layers(data, spec)
    for layer in layers.all():
        project.addMapLayer(layer, False)  # one by one: addMapLayer hands the layer to the project
        if group is not None:
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(False)  # they are for the layout, not the map canvas
    if not project.crs().isValid():
        project.setCrs(PRINT_CRS)
    layout = load_template(project, spec.template)
    layout.setCustomProperty(LANGUAGES_PROPERTY, "+".join(langs))
    layout.setName(tr("Mapuj Pomoc: {0}").format(data.region.title))

    map_item = layout.itemById("map")
    if not isinstance(map_item, QgsLayoutItemMap):
        map_item = None
    if map_item is not None:
        map_item.setCrs(PRINT_CRS)
        map_item.setLayers(layers.all())
        map_item.setKeepLayerSet(True)
        map_item.setExtent(_fit_extent(data.region, map_item))
    for item_id in ("north_arrow", "scalebar"):
        item = layout.itemById(item_id)
        if isinstance(item, (QgsLayoutItemPicture, QgsLayoutItemScaleBar)) and map_item is not None:
            item.setLinkedMap(map_item)
            if isinstance(item, QgsLayoutItemScaleBar) and not spec.atlas:
                _round_scalebar(item, map_item)
    _fill_texts(layout, data, spec, langs)
    if spec.basemap is not None and map_item is not None:
        _basemap_attribution(layout, map_item, spec, langs)
    if spec.atlas:
        _setup_atlas(layout, layers, map_item)
    setup_legend(layout, layers.points, map_item, langs, spec.atlas)
    _setup_table(layout, layers, langs, spec.atlas)
    layout.refresh()
    return layout


def _fill_texts(layout: QgsPrintLayout, data: PrintData, spec: PrintSpec, langs: tuple[str, str]) -> None:
    """The title, subtitle, date, source and attribution, in the language pair."""
    title_item = layout.itemById("title")
    separator = title_item.customProperty(TITLE_SEPARATOR_PROPERTY, " / ") if title_item is not None else " / "
    _set_text(layout, "title", printable(spec.title) or pair_text("title", langs, str(separator)))
    count = f"{data.points} {pair_text('points', langs)}"
    if spec.atlas:
        words = pair_text("gminy", langs)
        subtitle = f"{words} [% attribute(@atlas_feature, 'name') %] ([% attribute(@atlas_feature, 'teryt') %]) · " \
                   f"{_region_words(data.region, langs)}"
    else:
        subtitle = f"{_region_words(data.region, langs)} · {count}"
    if data.filter_types:
        chosen = "; ".join(" / ".join(catalog.label(catalog.HELP_TYPES, c, lang) for lang in langs)
                           for c in data.filter_types)
        subtitle += f" · {pair_text('filter', langs)}: {chosen}"
    _set_text(layout, "subtitle", subtitle)
    _set_text(layout, "date", f"{pair_text('printed', langs)}: [% format_date(now(), 'yyyy-MM-dd') %]")
    as_of = f", {pair_text('as_of', langs)} {data.as_of}" if data.as_of else ""
    store = f" ({data.store_url})" if data.store_url else ""
    _set_text(layout, "source", f"{pair_text('source', langs)}: Mapuj Pomoc{store}{as_of}. "
                                f"{pair_text('boundaries', langs)}: PRG © GUGiK. {pair_text(data.version, langs)}.")
    _set_text(layout, "attribution", f"Mapuj Pomoc · QGIS {Qgis.QGIS_VERSION.split('-')[0]}")


def _basemap_attribution(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, spec: PrintSpec,
                         langs: tuple[str, str]) -> None:
    """"Podkład / Основа карти: © OpenStreetMap contributors" on a white box in the map's lower right corner
    (an atlas's shorter map takes it along: atlas_pages moves what sits on the map's lower half)."""
    assert spec.basemap is not None
    words = printable(spec.basemap.attribution) or printable(spec.basemap.title)
    label = QgsLayoutItemLabel(layout)
    label.setId(BASEMAP_ATTRIBUTION_ID)
    font = QFont(FONT)
    font.setPointSizeF(ATTRIBUTION_FONT)
    compat.set_label_text_format(label, font, QColor("#37474f"))
    label.setText(f"{pair_text('basemap', langs)}: {words}")
    label.setMarginX(1.0)
    label.setMarginY(0.5)
    label.setHAlign(Qt.AlignmentFlag.AlignRight)
    label.setBackgroundEnabled(True)
    label.setBackgroundColor(QColor(255, 255, 255, 210))
    label.setFrameEnabled(False)
    layout.addLayoutItem(label)
    label.adjustSizeToText()
    width = min(label.rect().width(), map_item.rect().width())
    height = label.rect().height()
    inset = 0.3  # inside the map's frame line
    x = map_item.pos().x() + map_item.rect().width() - width - inset
    y = map_item.pos().y() + map_item.rect().height() - height - inset
    label.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.setZValue(map_item.zValue() + 1)


def _setup_atlas(layout: QgsPrintLayout, layers: PrintLayers, map_item: QgsLayoutItemMap | None) -> None:
    """One page per commune, sorted by name; the map follows the page's commune."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.communes)
    atlas.setPageNameExpression('"name"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"name" || \' \' || "teryt"')  # a town and its rural commune share a name
    atlas.setFilenameExpression("'mapujpomoc_' || \"teryt\"")
    atlas.setEnabled(True)
    if map_item is not None:
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.12)


def _region_words(region: Region, langs: tuple[str, str]) -> str:
    """e.g. "gmina / гміна Olsztynek (2814093)"; the name stays as PRG spells it."""
    if not region.is_teryt:
        return printable(region.name)
    name = printable(region.name)
    if region.level == "powiaty" and name.lower().startswith("powiat "):
        name = name[len("powiat "):]
    return f"{pair_text(region.level, langs)} {name} ({region.code})"


def _set_text(layout: QgsPrintLayout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)


def _fit_extent(region: Region, map_item: QgsLayoutItemMap) -> QgsRectangle:
    """The region's extent in the print CRS with a margin, widened to the map item's proportions.

    (zoomToExtent keeps the proportions of the item's current extent, which a template leaves empty.)
    """
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), PRINT_CRS,
                                       QgsCoordinateTransformContext())
    extent = transform.transformBoundingBox(region.extent())
    if extent.width() < 2000 and extent.height() < 2000:
        extent.grow(1000)
    extent.scale(1.06)
    box = map_item.rect()
    if box.width() > 0 and box.height() > 0:
        ratio = box.width() / box.height()
        cx, cy = extent.center().x(), extent.center().y()
        width, height = max(extent.width(), ratio * extent.height()), max(extent.height(), extent.width() / ratio)
        extent = QgsRectangle(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)
    return extent


def _round_scalebar(bar: QgsLayoutItemScaleBar, map_item: QgsLayoutItemMap) -> None:
    """Segments of 1, 2 or 5 times a power of ten kilometres, as long as the template allows.

    (An atlas changes the scale on every page, so it keeps the template's fit-to-width segments.)
    """
    scale = map_item.scale()
    if not scale or scale != scale or bar.units() != QgsUnitTypes.DistanceUnit.DistanceKilometers:
        return
    segments = max(bar.numberOfSegments(), 1)
    target_km = bar.maximumBarWidth() / segments * scale / 1e6  # mm on paper -> km on the ground
    if target_km <= 0:
        return
    power = 10 ** math.floor(math.log10(target_km))
    nice = max(m * power for m in (1, 2, 5) if m * power <= target_km)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    bar.setUnitsPerSegment(nice)
    bar.update()


def _setup_table(layout: QgsPrintLayout, layers: PrintLayers, langs: tuple[str, str], atlas: bool) -> None:
    """The points table: numbered as on the map; an atlas page lists its commune, a map continues on
    whole pages after the first (an atlas's pages are fitted to one sheet each at export)."""
    found = print_table.points_table(layout)
    if found is None:
        return
    frame, table = found
    headings = {key: pair_text(key, langs) for key, _share in print_table.COLUMN_SHARES}
    headings["nr"] = pair_text("nr", langs[:1])
    resize_mode = table.resizeMode()
    print_table.keep_first_frame(table)  # no pages for the whole region's rows while the columns change
    print_table.set_columns(frame, table, layers.points, headings)
    table.setEmptyTableMessage(pair_text("empty", langs))
    if atlas:
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"commune\" = attribute(@atlas_feature, 'teryt')")
        # the layout designer's own atlas export continues a long list on extra pages, as QGIS does
        table.setResizeMode(resize_mode)
        table.refresh()
    else:
        table.setFilterFeatures(False)
        try:
            print_table.continue_on_new_pages(layout, table)
        except print_table.TableError as exc:
            raise PrintError(str(exc)) from exc
