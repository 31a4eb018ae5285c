"""Printed maps of aid points: a layout from resources/layouts/*.qpt, filled for a region and a filter.

Three steps, usable separately:

1. `prepare` picks the points of the region that the filter keeps (the same
   `export.select` as the regional export, so print and export always agree),
   numbers them, and writes them with their texts in the chosen language pair
   to a small "print data" GeoPackage beside the communes of the region;
2. `build_layout` loads a template into a project, adds those layers, and fills
   the items the template names by id (title, subtitle, map, north_arrow,
   scalebar, legend, points_table, date, source, attribution). The legend has
   one row per help type shown, with its icon and its labels in both languages;
   the table lists the points with the same numbers as on the map. With
   `atlas`, the layout makes one page per commune of the region;
3. `export_pdf` writes the PDF (text kept as text, so it can be searched).

`print_map` does all three in a private project: it touches no widget and no
project of the user, so it runs headless, in Processing, the CLI and a QgsTask.
The words printed on the map come in the chosen language pair (Polish +
Ukrainian by default), whatever the language of the QGIS interface, so they
live in `TEXTS` here beside the catalog's labels rather than in the .ts files.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsFillSymbol,
    QgsGeometry,
    QgsInvertedPolygonRenderer,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from mapujpomoc_model import catalog
from mapujpomoc_model.catalog import codes_of

from ..export.list_export import address
from ..export.regional import Cancelled, FeedbackTask, check_feedback, select
from ..filtering.filters import AidFilter
from ..i18n import tr
from ..project.symbols import COLOURS, icon_path, icon_type, resources_dir
from ..region import Boundaries, Region, RegionError, gpkg_wkb
from . import print_table
from .atlas_pages import AtlasPages, FittedAtlas, PagePlan

PRINT_CRS = QgsCoordinateReferenceSystem("EPSG:2180")
FONT = "DejaVu Sans"  # has Polish and Ukrainian letters, and is installed wherever QGIS is
TEMPLATES = {"a4_portrait": "a4_portrait.qpt", "a3_landscape": "a3_landscape.qpt"}
DEFAULT_TEMPLATE = "a4_portrait"
LANGUAGE_PAIRS = (("pl", "uk"), ("pl", "en"), ("uk", "en"))
LEGEND_WIDTH_PROPERTY = "mapujpomoc/legend_width"  # and the legend's planned width
TITLE_SEPARATOR_PROPERTY = "mapujpomoc/title_separator"  # between the title's two languages ("\n": two lines)
ITEM_IDS = ("title", "subtitle", "map", "north_arrow", "scalebar", "legend", "points_table", "date", "source",
            "attribution")

# The words printed on the map, in each language a pair may use.
TEXTS: dict[str, dict[str, str]] = {
    "title": {"pl": "Punkty pomocy dla osób z Ukrainy", "uk": "Пункти допомоги для людей з України",
              "en": "Help points for people from Ukraine"},
    "legend": {"pl": "Rodzaje pomocy", "uk": "Види допомоги", "en": "Types of help"},
    "nr": {"pl": "Nr", "uk": "№", "en": "No."},
    "name_address": {"pl": "Nazwa, adres", "uk": "Назва, адреса", "en": "Name, address"},
    "contact": {"pl": "Telefon, godziny", "uk": "Телефон, години", "en": "Phone, hours"},
    "types": {"pl": "Rodzaje pomocy", "uk": "Види допомоги", "en": "Types of help"},
    "points": {"pl": "punktów", "uk": "пунктів", "en": "points"},
    "source": {"pl": "Źródło danych", "uk": "Джерело даних", "en": "Data source"},
    "as_of": {"pl": "stan na", "uk": "станом на", "en": "as of"},
    "boundaries": {"pl": "Granice administracyjne", "uk": "Адміністративні межі", "en": "Administrative boundaries"},
    "printed": {"pl": "Wydruk", "uk": "Друк", "en": "Printed"},
    "filter": {"pl": "Wybrane", "uk": "Вибрано", "en": "Selected"},
    "empty": {"pl": "Brak punktów spełniających kryteria", "uk": "Немає пунктів, що відповідають критеріям",
              "en": "No points match"},
    "wojewodztwa": {"pl": "województwo", "uk": "воєводство", "en": "voivodeship"},
    "powiaty": {"pl": "powiat", "uk": "повіт", "en": "county"},
    "gminy": {"pl": "gmina", "uk": "гміна", "en": "commune"},
    # under an atlas page's table when the commune's points do not all fit on its sheet
    "shortened": {"pl": "Lista obejmuje {listed} z {points} punktów gminy{map}. Pełna lista: wydruk samej gminy "
                        "{code} bez atlasu.",
                  "uk": "У списку {listed} з {points} пунктів гміни{map}. Повний список: друк лише гміни {code} без "
                        "атласу.",
                  "en": "The list shows {listed} of the commune's {points} points{map}. Full list: print commune "
                        "{code} alone, without the atlas."},
    "all_on_map": {"pl": " (wszystkie są na mapie)", "uk": " (усі є на карті)", "en": " (all are on the map)"},
}
SHORTENED_NAMED = 10  # shortened atlas sheets named in a summary
LANGUAGES_PROPERTY = "mapujpomoc/languages"  # on a built layout: its language pair, e.g. "pl+uk"


class PrintError(Exception):
    """A map that cannot be printed, with what to do about it."""


def pair_text(key: str, langs: tuple[str, ...], sep: str = " / ") -> str:
    """TEXTS[key] in each language of the pair, once each ("Nazwa / Назва")."""
    words: list[str] = []
    for lang in langs:
        word = TEXTS[key].get(lang, TEXTS[key]["en"])
        if word not in words:
            words.append(word)
    return sep.join(words)


def check_languages(langs: tuple[str, ...] | list[str] | str) -> tuple[str, str]:
    """A language pair as ("pl", "uk"); also accepts "pl+uk", "pl,uk", "pl-uk"."""
    if isinstance(langs, str):
        langs = tuple(x for x in re.split(r"[+,/ \-]", langs) if x)
    pair = tuple(langs)
    if pair not in LANGUAGE_PAIRS:
        raise PrintError(tr("The language pair must be one of: {0}.").format(
            ", ".join("+".join(p) for p in LANGUAGE_PAIRS)))
    return pair  # type: ignore[return-value]


def template_path(template: str | Path) -> Path:
    """A template's .qpt: a name from TEMPLATES or the path of any .qpt."""
    name = str(template)
    if name in TEMPLATES:
        return resources_dir() / "layouts" / TEMPLATES[name]
    path = Path(name)
    if path.suffix.lower() == ".qpt" and path.is_file():
        return path
    raise PrintError(tr("Unknown template {0}; use one of: {1}, or the path of a .qpt file.").format(
        name, ", ".join(TEMPLATES)))


@dataclass
class PrintSpec:
    """What to print."""

    region: str | Region  # a TERYT code (2, 4 or 7 digits) or a Region
    flt: AidFilter | str | None = None  # the current filter, a saved list's filter, or a subset string
    template: str = DEFAULT_TEMPLATE
    languages: tuple[str, str] = ("pl", "uk")
    atlas: bool = False  # one page per commune of the region
    title: str = ""  # default: TEXTS["title"] in the language pair


@dataclass
class PrintData:
    """What `prepare` wrote: the print data GeoPackage and what it holds."""

    path: Path
    region: Region
    workcopy: Path
    points: int
    help_types: list[str]  # codes of the icons on the map, in catalog order
    communes: list[tuple[str, str]]
    store_url: str = ""
    as_of: str = ""
    filter_types: list[str] = field(default_factory=list)


@dataclass
class PrintResult:
    path: Path
    pages: int
    points: int
    region: Region

    shortened: list[PagePlan] = field(default_factory=list)  # atlas pages that list only part of their points

    def summary(self) -> str:
        text = (tr("Printed %n point(s) of {0} to {1}.", None, self.points).format(self.region.title, self.path)
                + " " + tr("The PDF has %n page(s).", None, self.pages))
        if self.shortened:
            named = [f"{p.name} {p.code} ({p.listed}/{p.points})" for p in self.shortened[:SHORTENED_NAMED]]
            if len(self.shortened) > SHORTENED_NAMED:
                named.append("…")
            text += " " + tr("Only the points that fit are listed on %n sheet(s): {0}.", None, len(self.shortened)).format(
                ", ".join(named))
        return text


def _check(feedback: QgsFeedback | None, progress: float | None = None) -> None:
    check_feedback(feedback, progress, tr("Printing cancelled."))


# -- 1. the print data ---------------------------------------------------------------------------------

def _labels(codes: list[str], lang: str) -> str:
    return catalog.labels(catalog.HELP_TYPES, codes, lang, ", ")


def _lines(*parts: str | None) -> str:
    """The non-empty parts, one per line (a table cell of two facts)."""
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _meta(workcopy: Path) -> dict[str, str]:
    try:
        conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
        try:
            return dict(conn.execute("SELECT key, value FROM mp_meta WHERE key IN ('store_url', 'last_sync')"))
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def prepare(workcopy: str | Path, spec: PrintSpec, out: str | Path, feedback: QgsFeedback | None = None) -> PrintData:
    """Write the print data GeoPackage `out`: layers points, region and communes (EPSG:4326)."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    workcopy = Path(workcopy)
    langs = check_languages(spec.languages)
    try:
        bounds = Boundaries(workcopy)
        region = bounds.region(spec.region) if isinstance(spec.region, str) else spec.region
    except RegionError as exc:
        raise PrintError(str(exc)) from exc
    if spec.atlas and not region.is_teryt:
        raise PrintError(tr("An atlas makes one page per commune: choose a voivodeship, county or commune by its "
                            "TERYT code."))
    selection = select(workcopy, region, spec.flt, feedback=_Scaled(feedback, 0, 25), bounds=bounds)
    wanted = list(spec.flt.help_types) if isinstance(spec.flt, AidFilter) else []
    names = {code: name for code, name in bounds.units_of("gminy")}
    rows = []
    for p in selection.points:
        codes = codes_of(p.get("help_types"))
        commune = bounds.commune_at(p["x"], p["y"]) or ""
        rows.append({
            "uuid": p["uuid"], "name": p.get("name") or "", "organization": p.get("organization") or "",
            "address": address(p), "phone": p.get("phone") or "", "hours": p.get("opening_hours") or "",
            "name_address": _lines(p.get("name"), address(p)), "contact": _lines(p.get("phone"), p.get("opening_hours")),
            "types_a": _labels(codes, langs[0]), "types_b": _labels(codes, langs[1]),
            "types": _labels(codes, langs[0]) + "\n" + _labels(codes, langs[1]),
            "icon": icon_type(codes, wanted), "commune": commune, "commune_name": names.get(commune, ""),
            "city": p.get("city") or "", "wkb": gpkg_wkb(p["geom"]),
        })
    rows.sort(key=lambda r: (r["commune_name"].casefold(), r["city"].casefold(), r["name"].casefold()))
    for nr, row in enumerate(rows, start=1):
        row["nr"] = nr
    _check(feedback, 25)

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    if ds is None:
        raise PrintError(tr("Cannot write {0}. Check the folder exists and is writable.").format(out))
    try:
        lyr = ds.CreateLayer("points", srs, ogr.wkbPoint, ["FID=fid", "GEOMETRY_NAME=geom"])
        text_fields = ("uuid", "name", "organization", "address", "phone", "hours", "name_address", "contact",
                       "types_a", "types_b", "types", "icon", "commune", "commune_name", "city")
        lyr.CreateField(ogr.FieldDefn("nr", ogr.OFTInteger))
        for name in text_fields:
            lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        lyr.StartTransaction()
        for row in rows:
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("nr", row["nr"])
            for name in text_fields:
                feat.SetField(name, row[name])
            feat.SetGeometry(ogr.CreateGeometryFromWkb(row["wkb"]))
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()

        if region.is_teryt:
            communes = list(region.communes)
        else:
            box = region.extent()
            communes = [(u.code, u.name) for u in bounds.units.values() if u.table == "gminy"
                        and u.geometry.boundingBox().intersects(box) and u.geometry.intersects(region.geometry)]
        for name, features in (("region", [(region.code, region.name, region.geometry)]),
                               ("communes", [(c, n, bounds.units[c].geometry) for c, n in communes])):
            lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
            lyr.CreateField(ogr.FieldDefn("teryt", ogr.OFTString))
            lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
            for code, unit_name, geom in features:
                feat = ogr.Feature(lyr.GetLayerDefn())
                feat.SetField("teryt", code)
                feat.SetField("name", unit_name)
                multi = QgsGeometry(geom)
                multi.convertToMultiType()
                feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(multi.asWkb())))
                lyr.CreateFeature(feat)
    finally:
        ds = None
    meta = _meta(workcopy)
    shown = {r["icon"] for r in rows}
    _check(feedback, 30)
    return PrintData(out, region, workcopy, len(rows), [c for c in catalog.codes(catalog.HELP_TYPES) if c in shown],
                     communes, meta.get("store_url", ""), (meta.get("last_sync") or "")[:10], wanted)


# -- 2. the layout -------------------------------------------------------------------------------------

def _text_format(size: float, colour: str = "#212121", bold: bool = False, buffer: float = 0.0) -> QgsTextFormat:
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
    (on an atlas page, only for the points of its commune: the neighbours' are faded and not in its table)."""
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
    label.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    label.dist = 0.6
    label.setFormat(_text_format(6.5, "#212121", bold=True, buffer=0.7))
    if atlas:
        label.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Show, QgsProperty.fromExpression("\"commune\" = attribute(@atlas_feature, 'teryt')"))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)


def _outline(colour: str, width: float, fill: str = "0,0,0,0") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": fill, "outline_color": colour, "outline_width": str(width)})


def _mask(atlas: bool) -> QgsInvertedPolygonRenderer:
    """Fades everything outside the region (or the atlas page's commune)."""
    fade = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_style": "no"})
    root = QgsRuleBasedRenderer.Rule(None)
    rule = "\"teryt\" = attribute(@atlas_feature, 'teryt')" if atlas else ""
    root.appendChild(QgsRuleBasedRenderer.Rule(fade, 0, 0, rule))
    return QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(root))


def _communes_renderer(atlas: bool) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    if atlas:
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#37474f", 0.7), 0, 0,
                                                   "\"teryt\" = attribute(@atlas_feature, 'teryt')"))
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#78909c", 0.25), 0, 0, "ELSE"))
    else:
        root.appendChild(QgsRuleBasedRenderer.Rule(_outline("#78909c", 0.25)))
    return QgsRuleBasedRenderer(root)


def _label_communes(layer: QgsVectorLayer) -> None:
    label = QgsPalLayerSettings()
    label.fieldName = "name"
    label.placement = QgsPalLayerSettings.Horizontal
    label.setFormat(_text_format(7, "#607d8b", buffer=0.6))
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

    def all(self) -> list[QgsVectorLayer]:
        """Top to bottom, as a map item wants them: outlines over the mask, so they stay sharp; the
        mask over the points, so that an atlas page fades the points of the neighbouring communes."""
        return [self.region, self.communes, self.mask, self.points, *self.context]


def load_layers(data: PrintData, spec: PrintSpec) -> PrintLayers:
    langs = check_languages(spec.languages)
    titles = {"points": pair_text("title", langs[:1]), "region": data.region.title, "communes": pair_text("gminy", langs)}

    def open_layer(path: Path, table: str, title: str) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{path}|layername={table}", title, "ogr")
        if not layer.isValid():
            raise PrintError(tr("Cannot open the layer {0} of {1}.").format(table, path))
        return layer

    points = open_layer(data.path, "points", titles["points"])
    style_points(points, data, langs, atlas=spec.atlas)
    region = open_layer(data.path, "region", titles["region"])
    region.renderer().setSymbol(_outline("#263238", 0.8))
    mask = open_layer(data.path, "communes" if spec.atlas else "region", tr("Outside the region"))
    mask.setRenderer(_mask(spec.atlas))
    communes = open_layer(data.path, "communes", titles["communes"])
    communes.setRenderer(_communes_renderer(spec.atlas))
    _label_communes(communes)
    context = []
    for table, colour, width in (("powiaty", "#90a4ae", 0.35), ("wojewodztwa", "#78909c", 0.6)):
        layer = open_layer(data.workcopy, table, pair_text(table, langs))
        layer.renderer().setSymbol(_outline(colour, width))
        context.append(layer)
    return PrintLayers(points, region, communes, mask, context)


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


def _region_words(region: Region, langs: tuple[str, str]) -> str:
    """e.g. "gmina / гміна Olsztynek (2814093)"; the name stays as PRG spells it."""
    if not region.is_teryt:
        return region.name
    name = region.name
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
    if not scale or scale != scale or bar.units() != QgsUnitTypes.DistanceKilometers:
        return
    segments = max(bar.numberOfSegments(), 1)
    target_km = bar.maximumBarWidth() / segments * scale / 1e6  # mm on paper -> km on the ground
    if target_km <= 0:
        return
    power = 10 ** math.floor(math.log10(target_km))
    nice = max(m * power for m in (1, 2, 5) if m * power <= target_km)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
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


def _setup_legend(layout: QgsPrintLayout, layers: PrintLayers, map_item: QgsLayoutItemMap | None,
                  langs: tuple[str, str], atlas: bool) -> None:
    """One row per help type on the map: its icon and its label in both languages (one line each)."""
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
    node = root.addLayer(layers.points)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    # As tall as every help type of the print needs (an atlas page may show fewer), then fixed.
    legend.setLegendFilterByMapEnabled(False)
    legend.setLegendFilterOutAtlas(False)
    legend.setResizeToContents(False)
    legend.updateLegend()
    # (the item's own adjustBoxSize waits for a first paint)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    width = float(legend.customProperty(LEGEND_WIDTH_PROPERTY, 0) or 0)
    legend.attemptResize(QgsLayoutSize(max(width, needed.width()), needed.height() + 1,
                                       QgsUnitTypes.LayoutMillimeters))
    # only the help types on the map (on an atlas page: in its commune)
    legend.setLegendFilterByMapEnabled(map_item is not None)
    legend.setLegendFilterOutAtlas(atlas)
    legend.updateLegend()
    _below(layout, legend, layout.itemById("points_table"))


def _below(layout: QgsPrintLayout, upper: QgsLayoutItem, lower: QgsLayoutItem | None, gap: float = 3.0) -> None:
    """Move `lower` to just under `upper` (when it sits under it), keeping its bottom edge."""
    if lower is None:
        return
    top, bottom = upper.pos().y(), upper.pos().y() + upper.rect().height()
    lower_top, lower_bottom = lower.pos().y(), lower.pos().y() + lower.rect().height()
    if top >= lower_top:
        return
    new_top = min(bottom + gap, lower_bottom - 15)
    lower.attemptMove(QgsLayoutPoint(lower.pos().x(), new_top, QgsUnitTypes.LayoutMillimeters))
    lower.attemptResize(QgsLayoutSize(lower.rect().width(), lower_bottom - new_top, QgsUnitTypes.LayoutMillimeters))


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
    region = data.region
    layout.setName(tr("Mapuj Pomoc: {0}").format(region.title))

    map_item = layout.itemById("map")
    if not isinstance(map_item, QgsLayoutItemMap):
        map_item = None
    if map_item is not None:
        map_item.setCrs(PRINT_CRS)
        map_item.setLayers(layers.all())
        map_item.setKeepLayerSet(True)
        map_item.setExtent(_fit_extent(region, map_item))
    for item_id in ("north_arrow", "scalebar"):
        item = layout.itemById(item_id)
        if isinstance(item, (QgsLayoutItemPicture, QgsLayoutItemScaleBar)) and map_item is not None:
            item.setLinkedMap(map_item)
            if isinstance(item, QgsLayoutItemScaleBar) and not spec.atlas:
                _round_scalebar(item, map_item)

    title_item = layout.itemById("title")
    separator = title_item.customProperty(TITLE_SEPARATOR_PROPERTY, " / ") if title_item is not None else " / "
    _set_text(layout, "title", spec.title or pair_text("title", langs, str(separator)))
    count = f"{data.points} {pair_text('points', langs)}"
    if spec.atlas:
        words = pair_text("gminy", langs)
        subtitle = f"{words} [% attribute(@atlas_feature, 'name') %] ([% attribute(@atlas_feature, 'teryt') %]) · " \
                   f"{_region_words(region, langs)}"
    else:
        subtitle = f"{_region_words(region, langs)} · {count}"
    if data.filter_types:
        chosen = "; ".join(" / ".join(catalog.label(catalog.HELP_TYPES, c, lang) for lang in langs)
                           for c in data.filter_types)
        subtitle += f" · {pair_text('filter', langs)}: {chosen}"
    _set_text(layout, "subtitle", subtitle)
    _set_text(layout, "date", f"{pair_text('printed', langs)}: [% format_date(now(), 'yyyy-MM-dd') %]")
    as_of = f", {pair_text('as_of', langs)} {data.as_of}" if data.as_of else ""
    store = f" ({data.store_url})" if data.store_url else ""
    _set_text(layout, "source", f"{pair_text('source', langs)}: Mapuj Pomoc{store}{as_of}. "
                                f"{pair_text('boundaries', langs)}: PRG © GUGiK.")
    _set_text(layout, "attribution", f"Mapuj Pomoc · QGIS {Qgis.QGIS_VERSION.split('-')[0]}")

    if spec.atlas:
        atlas = layout.atlas()
        atlas.setCoverageLayer(layers.communes)
        atlas.setPageNameExpression('"name"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"name" || \' \' || "teryt"')  # a town and its rural commune share a name
        atlas.setFilenameExpression("'mapujpomoc_' || \"teryt\"")
        atlas.setEnabled(True)
        if map_item is not None:
            map_item.setAtlasDriven(True)
            map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
            map_item.setAtlasMargin(0.12)
    _setup_legend(layout, layers, map_item, langs, spec.atlas)
    _setup_table(layout, layers, langs, spec.atlas)
    layout.refresh()
    return layout


# -- 3. the PDF ----------------------------------------------------------------------------------------

def _pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable, and pdftotext can read it
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.dpi = 300
    return settings


def count_pdf_pages(path: str | Path) -> int:
    """Pages of a PDF, from the /Count of its (last written) page tree."""
    data = Path(path).read_bytes()
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)
    return int(next(a or b for a, b in reversed(counts))) if counts else 0


@dataclass
class Pdf:
    pages: int
    shortened: list[PagePlan] = field(default_factory=list)  # atlas pages listing only part of their points


def _shortened_note(layout: QgsPrintLayout) -> Callable[[PagePlan], str]:
    langs = check_languages(str(layout.customProperty(LANGUAGES_PROPERTY, "pl+uk")))
    has_map = isinstance(layout.itemById("map"), QgsLayoutItemMap)
    return lambda plan: " ".join(
        TEXTS["shortened"][lang].format(listed=plan.listed, points=plan.points, code=plan.code,
                                        map=TEXTS["all_on_map"][lang] if has_map else "")
        for lang in dict.fromkeys(langs))


def export_pdf(layout: QgsPrintLayout, out: str | Path, atlas: bool = False,
               feedback: QgsFeedback | None = None) -> Pdf:
    """Write `layout` (with `atlas`: one sheet per atlas page, each fitted to it) to one PDF."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    settings = _pdf_settings()
    shortened: list[PagePlan] = []
    if atlas:
        if layout.atlas().updateFeatures() == 0:
            raise PrintError(tr("The region has no communes to make atlas pages of."))
        pages = AtlasPages(layout, _shortened_note(layout)) if print_table.points_table(layout) else None
        try:
            if pages is not None:
                plans = pages.plan(_Scaled(feedback, 0, 25))
                _check(feedback)
                shortened = [p for p in plans if p.shortened]
            iterator = FittedAtlas(pages) if pages is not None else layout.atlas()
            result, error = QgsLayoutExporter.exportToPdf(iterator, str(out), settings, _Scaled(feedback, 25, 75))
            if isinstance(iterator, FittedAtlas) and iterator.error is not None:
                out.unlink(missing_ok=True)
                raise iterator.error
        finally:
            if pages is not None:
                pages.restore()
    else:
        result = QgsLayoutExporter(layout).exportToPdf(str(out), settings)
        error = ""
    if result == QgsLayoutExporter.Canceled or (feedback is not None and feedback.isCanceled()):
        if out.exists():
            out.unlink()
        raise Cancelled(tr("Printing cancelled."))
    if result != QgsLayoutExporter.Success:
        raise PrintError(tr("QGIS could not write the PDF {0}: {1}").format(out, error or result))
    return Pdf(count_pdf_pages(out), shortened)


class _Scaled(QgsFeedback):
    """A child feedback that reports into a share of its parent's progress and follows its cancel."""

    def __init__(self, parent: QgsFeedback | None, start: float, span: float) -> None:
        super().__init__()
        self.parent_feedback = parent
        if parent is not None:
            self.progressChanged.connect(lambda p: parent.setProgress(start + span * p / 100))
            # direct: made in a task's worker thread, which has no event loop to deliver a queued cancel
            parent.canceled.connect(self.cancel, Qt.DirectConnection)
            if parent.isCanceled():
                self.cancel()


def print_map(workcopy: str | Path, spec: PrintSpec, out: str | Path,
              feedback: QgsFeedback | None = None) -> PrintResult:
    """Print `spec` from the working copy to the PDF `out`, in a private project (headless, any thread)."""
    workcopy = Path(workcopy)
    if not workcopy.is_file():
        raise PrintError(tr("There is no working copy at {0}.").format(workcopy))
    template_path(spec.template)  # fail early on a wrong name
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # written beside `out` and renamed when complete: a cancelled or failed print leaves an earlier PDF as it was
    partial = out.with_name(f".{out.name}.part")
    with tempfile.TemporaryDirectory(prefix="mapujpomoc-print-") as tmp:
        data = prepare(workcopy, spec, Path(tmp) / "print.gpkg", feedback)
        project = QgsProject()
        project.setCrs(PRINT_CRS)
        try:
            layout = build_layout(project, data, spec)
            _check(feedback, 35)
            child = _Scaled(feedback, 35, 65)
            pdf = export_pdf(layout, partial, spec.atlas, child)
            del layout
            _check(feedback, 100)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
            project.removeAllMapLayers()
            project.clear()
    return PrintResult(out, pdf.pages, data.points, data.region, pdf.shortened)


def open_in_project(workcopy: str | Path, spec: PrintSpec, project: QgsProject | None = None,
                    data_dir: str | Path | None = None, feedback: QgsFeedback | None = None) -> QgsPrintLayout:
    """Prepare the print in the user's project, for hand edits in the layout designer.

    The print data goes to `data_dir` (default: a "prints" folder beside the working copy), so the
    project keeps working after a restart; the layout joins the project's layout manager.
    """
    project = project or QgsProject.instance()
    workcopy = Path(workcopy)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    code = spec.region if isinstance(spec.region, str) else (spec.region.code or "area")
    folder = Path(data_dir) if data_dir else workcopy.parent / "prints"
    data = prepare(workcopy, spec, folder / f"print_{code}_{stamp}.gpkg", feedback)
    root = project.layerTreeRoot()
    group = root.addGroup(tr("Mapuj Pomoc print: {0}").format(data.region.title))
    group.setItemVisibilityChecked(False)
    layout = build_layout(project, data, spec, group=group)
    manager = project.layoutManager()
    name = layout.name()
    n = 2
    while manager.layoutByName(name) is not None:
        name = f"{layout.name()} ({n})"
        n += 1
    layout.setName(name)
    manager.addLayout(layout)
    return layout


class PrintTask(FeedbackTask):
    """`print_map` in a QGIS task: progress in the task manager, cancel from there or from the dialog.

    Everything it renders lives in the task's private project, so the worker thread shares nothing with
    the user's project; `on_done(task)` runs in the main thread with `result` or `error` set.
    """

    expected = (PrintError, RegionError)

    def __init__(self, workcopy: str | Path, spec: PrintSpec, out: str | Path,
                 on_done: Callable[[PrintTask], None] | None = None) -> None:
        super().__init__(tr("Mapuj Pomoc: print {0}").format(Path(out).name), on_done)
        self.workcopy, self.spec, self.out = Path(workcopy), spec, Path(out)

    def work(self) -> PrintResult:
        return print_map(self.workcopy, self.spec, self.out, self.feedback)

    def cancelled_message(self) -> str:
        return tr("Printing cancelled.")

    def failed_message(self, exc: Exception) -> str:
        return tr("Unexpected error while printing: {0}").format(exc)
