"""Regional export: the aid points of a region (and the current filter) to GeoPackage, GeoJSON, CSV, XLSX or KML.

The points are chosen by `region.PointRule` (the store's own point-in-commune
rule for TERYT regions, point in polygon otherwise) among those the filter
keeps; service areas of the chosen points and the boundaries come along on
request, clipped to the region. Every format carries the catalog's labels of
the help types (`help_types_pl`, `help_types_uk`). A GeoPackage also carries
its layer styles in `layer_styles` (the table QGIS reads a layer's default
style from), with the help-type icons embedded, so it opens styled in any
QGIS without the plugin. GeoJSON and CSV hold one layer per file, so service
areas and boundaries go to files beside the output; XLSX has no geometry, so
points get lon/lat columns and polygons keep their attributes (boundaries with
their area in km²). A KML carries one shared style per help type (`help-<code>`:
the type's colour and icon, see `kml_styles.py`); each placemark points to the style
of its icon type and its description names its help types in the export's
languages.

Reading uses sqlite3 and writing GDAL; nothing here touches a widget or the
project, so Processing, the CLI and a QgsTask share `export_region`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeedback,
    QgsGeometry,
    QgsTask,
    QgsWkbTypes,
)

from mapujpomoc_model import catalog, schema
from mapujpomoc_model.catalog import LABEL_LANGUAGES, codes_of

from ..filtering.filters import AidFilter, AidIndex
from ..i18n import current_language, tr
from ..region import Boundaries, PointRule, Region, RegionError, geometry_from_blob, gpkg_wkb, point_xy
from .kml_styles import KmlIconError, KmlStyling, add_styles_by_hand, kml_icons_dir, remove_icons, write_icons

FORMATS = {  # name -> (GDAL driver, extension, label)
    "gpkg": ("GPKG", ".gpkg", "GeoPackage"),
    "geojson": ("GeoJSON", ".geojson", "GeoJSON"),
    "csv": ("CSV", ".csv", "CSV"),
    "xlsx": ("XLSX", ".xlsx", "Excel (XLSX)"),
    "kml": ("LIBKML", ".kml", "KML"),
}
CSV_GEOMETRY = ("wkt", "xy")
BOUNDARY_TABLES = ("wojewodztwa", "powiaty", "gminy")
STYLE_NAME = "Mapuj Pomoc"
MIN_AREA = 1e-12  # square degrees (~0.01 m²): what is left of a neighbour that only touches the region


class ExportError(Exception):
    """An export that cannot be made, with what to do about it."""


class Cancelled(Exception):
    """The user cancelled; nothing was left behind."""


@dataclass
class ExportOptions:
    fmt: str = "gpkg"
    service_areas: bool = False
    boundaries: bool = False
    csv_geometry: str = "wkt"  # "wkt" (a WKT column) or "xy" (X = longitude, Y = latitude columns)
    crs: str = "EPSG:4326"  # GeoPackage and CSV-with-WKT may be written in another CRS, e.g. EPSG:2180
    lang: str | None = None  # language of the labels in the GeoPackage style and first in the KML descriptions


@dataclass
class ExportResult:
    files: list[Path]  # the output first; a KML's icon folder last
    counts: dict[str, int]  # layer -> features written
    region: Region
    crs: str

    def summary(self) -> str:
        """e.g. 'Exported 127 aid points, 1 county boundary and 12 commune boundaries of powiat olsztyński (2814)
        to …'."""
        parts = [counted_layer(layer, n) for layer, n in self.counts.items()]
        listed = parts[0] if len(parts) == 1 else tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])
        return tr("Exported {0} of {1} to {2}").format(listed, self.region.title, ", ".join(map(str, self.files)))


def counted_layer(layer: str, n: int) -> str:
    """'127 aid points', '1 county boundary': a layer's feature count for people, in the UI language."""
    # The count goes as tr's third positional argument: pylupdate5 marks only those messages numerus.
    if layer == "aid_points":
        text = tr("%n aid point(s)", None, n)
    elif layer == "service_areas":
        text = tr("%n service area(s)", None, n)
    elif layer == "wojewodztwa":
        text = tr("%n voivodeship boundary(ies)", None, n)
    elif layer == "powiaty":
        text = tr("%n county boundary(ies)", None, n)
    elif layer == "gminy":
        text = tr("%n commune boundary(ies)", None, n)
    else:
        return f"{n} {layer}"
    return text


@dataclass
class Selection:
    """What an export (or a print) takes from the working copy."""

    region: Region
    points: list[dict[str, Any]]  # rows of aid_points with "fid", "x", "y", "wkb"
    service_areas: list[dict[str, Any]] = field(default_factory=list)
    boundaries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def check_feedback(feedback: QgsFeedback | None, progress: float | None = None, cancelled: str = "") -> None:
    """Raise Cancelled (with the message `cancelled`) when the user cancelled; else report `progress`."""
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Cancelled(cancelled or tr("Export cancelled."))
    if progress is not None:
        feedback.setProgress(progress)



def _connect(path: str | Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise ExportError(tr("There is no working copy at {0}.").format(path))
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def subset_sql(conn: sqlite3.Connection, flt: AidFilter | str | None) -> str:
    """The SQL condition of a filter (an AidFilter, its subset string, or nothing)."""
    if flt is None:
        return ""
    if isinstance(flt, AidFilter):
        return "" if flt.empty else AidIndex(conn).subset(flt)
    return str(flt).strip()


AID_COLUMNS = ("uuid",) + tuple(f.name for f in schema.AID_POINT_FIELDS)
AREA_COLUMNS = ("uuid",) + tuple(f.name for f in schema.SERVICE_AREA_FIELDS)


def _rows(conn: sqlite3.Connection, table: str, columns: Iterable[str], where: str = "",
          params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cols = list(columns)
    quoted = ", ".join(f'"{c}"' for c in cols)
    sql = f'SELECT fid, geom, {quoted} FROM "{table}"'
    if where:
        sql += f" WHERE ({where})"
    sql += " ORDER BY fid"
    out = []
    for row in conn.execute(sql, tuple(params)):
        item = dict(zip(cols, row[2:]))
        item["fid"], item["geom"] = row[0], row[1]
        out.append(item)
    return out


def select(workcopy: str | Path, region: Region | str, flt: AidFilter | str | None = None, *,
           service_areas: bool = False, boundaries: bool = False,
           feedback: QgsFeedback | None = None, bounds: Boundaries | None = None) -> Selection:
    """The points of `region` the filter keeps, sorted by city and name, and optionally their service areas
    and the boundaries, clipped to the region."""
    bounds = bounds or Boundaries(workcopy)
    if isinstance(region, str):
        region = bounds.region(region)
    rule = PointRule(region, bounds if region.is_teryt else None)
    conn = _connect(workcopy)
    try:
        where = subset_sql(conn, flt)
        try:
            candidates = _rows(conn, "aid_points", AID_COLUMNS, where)
        except sqlite3.Error as exc:
            raise ExportError(tr("The filter cannot be used on the working copy: {0}").format(exc)) from exc
        check_feedback(feedback, 10)
        points = []
        for i, row in enumerate(candidates):
            if i % 200 == 0:
                check_feedback(feedback, 10 + 25 * i / max(len(candidates), 1))
            xy = point_xy(row["geom"])
            if xy is not None and rule(*xy):
                row["x"], row["y"] = xy
                points.append(row)
        points.sort(key=lambda p: ((p.get("city") or "").casefold(), (p.get("name") or "").casefold(), p["uuid"] or ""))
        selection = Selection(region, points)
        if service_areas and points:
            uuids = [p["uuid"] for p in points]
            areas = []
            for start in range(0, len(uuids), 900):
                chunk = uuids[start:start + 900]
                areas += _rows(conn, "service_areas", AREA_COLUMNS,
                               f"aid_point_id IN ({', '.join('?' * len(chunk))})", chunk)
            selection.service_areas = [a for a in (_clip(a, region) for a in areas) if a is not None]
        if boundaries:
            selection.boundaries = _boundaries(bounds, region)
        check_feedback(feedback, 40)
        return selection
    finally:
        conn.close()


def _clip_geometry(geom: QgsGeometry, region: Region) -> bytes | None:
    """WKB of the polygonal part of `geom` inside the region (None when nothing with an area is left)."""
    if geom.isEmpty():
        return None
    clipped = geom.intersection(region.geometry)
    if clipped.isEmpty():
        return None
    if clipped.type() != QgsWkbTypes.PolygonGeometry:  # a collection where a neighbour touches the border
        parts = [g for g in clipped.asGeometryCollection() if g.type() == QgsWkbTypes.PolygonGeometry]
        if not parts:
            return None
        clipped = QgsGeometry.collectGeometry(parts)
    if clipped.area() < MIN_AREA:
        return None
    clipped.convertToMultiType()
    return bytes(clipped.asWkb())


def _clip(row: dict[str, Any], region: Region) -> dict[str, Any] | None:
    wkb = _clip_geometry(geometry_from_blob(row.get("geom")), region)
    return None if wkb is None else {**row, "wkb": wkb}


def _area_km2(wkb: bytes, measure: QgsDistanceArea) -> float:
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    return round(measure.measureArea(geom) / 1e6, 3)


def _boundaries(bounds: Boundaries, region: Region) -> dict[str, list[dict[str, Any]]]:
    """The units of a TERYT region as they are; for a polygon, every unit it overlaps, clipped to it."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    measure.setEllipsoid("EPSG:7019")  # GRS 80, PRG's ellipsoid
    out: dict[str, list[dict[str, Any]]] = {}
    for table in BOUNDARY_TABLES:
        rows = []
        for unit in bounds.units.values():
            if unit.table != table:
                continue
            if region.is_teryt:
                if unit.code.startswith(region.code):
                    geom = QgsGeometry(unit.geometry)
                    geom.convertToMultiType()
                    rows.append({"teryt": unit.code, "name": unit.name, "wkb": bytes(geom.asWkb())})
            elif unit.geometry.boundingBox().intersects(region.extent()):
                wkb = _clip_geometry(unit.geometry, region)
                if wkb is not None:
                    rows.append({"teryt": unit.code, "name": unit.name, "wkb": wkb})
        for row in rows:
            row["area_km2"] = _area_km2(row["wkb"], measure)
        if rows:
            out[table] = rows
    return out


# -- writing ---------------------------------------------------------------------------------------------

def help_type_labels(value: Any, lang: str, sep: str = "; ") -> str:
    return catalog.labels(catalog.HELP_TYPES, codes_of(value), lang, sep)


def _kinds(collection: str) -> dict[str, str]:
    kinds = {f.name: f.kind for f in schema.COLLECTION_FIELDS[collection]}
    kinds["uuid"] = schema.TEXT
    return kinds


class _Writer:
    """Fields and values of one format (see FORMATS)."""

    def __init__(self, fmt: str, crs: str) -> None:
        from osgeo import ogr, osr

        self.ogr = ogr
        self.fmt = fmt
        self.driver_name = FORMATS[fmt][0]
        driver = ogr.GetDriverByName(self.driver_name)
        if driver is None and fmt == "kml":
            self.driver_name = "KML"
            driver = ogr.GetDriverByName("KML")
        if driver is None:
            raise ExportError(tr("GDAL has no {0} driver here; choose another format.").format(FORMATS[fmt][2]))
        self.driver = driver
        self.wgs84 = osr.SpatialReference()
        self.wgs84.ImportFromEPSG(4326)
        self.wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.srs = osr.SpatialReference()
        if self.srs.SetFromUserInput(crs) != 0:
            raise ExportError(tr("Unknown coordinate reference system {0}.").format(crs))
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.transform = None if self.srs.IsSame(self.wgs84) else osr.CoordinateTransformation(self.wgs84, self.srs)

    def field_defn(self, name: str, kind: str) -> Any:
        ogr = self.ogr
        if kind == schema.LIST and self.fmt == "geojson":
            return ogr.FieldDefn(name, ogr.OFTStringList)
        if kind in (schema.LIST, schema.JSON) and self.fmt in ("gpkg", "geojson"):
            fd = ogr.FieldDefn(name, ogr.OFTString)
            fd.SetSubType(ogr.OFSTJSON)
            return fd
        if kind == schema.DATE and self.fmt in ("gpkg", "xlsx"):
            return ogr.FieldDefn(name, ogr.OFTDate)
        if kind == schema.INT:
            return ogr.FieldDefn(name, ogr.OFTInteger64)
        if kind == "real":
            return ogr.FieldDefn(name, ogr.OFTReal)
        return ogr.FieldDefn(name, ogr.OFTString)

    def value(self, value: Any, kind: str) -> Any:
        if value is None or value == "":
            return None
        if kind == schema.LIST:
            codes = codes_of(value)
            if self.fmt == "geojson":
                return codes
            return json.dumps(codes, ensure_ascii=False) if self.fmt == "gpkg" else ";".join(codes)
        if kind == schema.JSON and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
        return value

    def geometry(self, wkb: bytes | None) -> Any:
        if not wkb:
            return None
        geom = self.ogr.CreateGeometryFromWkb(wkb)
        if geom is not None and self.transform is not None:
            geom.Transform(self.transform)
        return geom


def _layer_options(fmt: str, geom_type: int, csv_geometry: str, description: str) -> list[str]:
    from osgeo import ogr

    if fmt == "gpkg":
        return ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", f"DESCRIPTION={description}"]
    if fmt == "geojson":
        return ["RFC7946=YES", "WRITE_NAME=NO"]
    if fmt == "csv":
        xy = csv_geometry == "xy" and geom_type == ogr.wkbPoint
        return ["GEOMETRY=AS_XY" if xy else "GEOMETRY=AS_WKT", "WRITE_BOM=YES", "CREATE_CSVT=YES"]
    return []


def _write_layer(writer: _Writer, ds: Any, name: str, geom_type: int, columns: list[tuple[str, str]],
                 rows: list[dict[str, Any]], options: ExportOptions, description: str,
                 geometry: Callable[[dict[str, Any]], bytes | None], feedback: QgsFeedback | None,
                 progress: tuple[float, float], style: Callable[[dict[str, Any]], str | None] | None = None) -> int:
    ogr = writer.ogr
    srs = writer.srs
    layer_geom = geom_type
    if writer.fmt == "xlsx":
        layer_geom, srs = ogr.wkbNone, None
        if geom_type == ogr.wkbPoint:
            columns = columns + [("lon", "real"), ("lat", "real")]
    lyr = ds.CreateLayer(name, srs, layer_geom, _layer_options(writer.fmt, geom_type, options.csv_geometry,
                                                               description))
    if lyr is None:
        raise ExportError(tr("GDAL could not create the layer {0}.").format(name))
    defn = lyr.GetLayerDefn()
    # GDAL's older KML driver starts a layer with its own Name and Description fields: they take ours
    own = {defn.GetFieldDefn(i).GetName().casefold(): defn.GetFieldDefn(i).GetName()
           for i in range(defn.GetFieldCount())}
    names = []  # the name each column got in the layer (a driver may change it)
    for col, kind in columns:
        if col.casefold() in own:
            names.append(own[col.casefold()])
        else:
            lyr.CreateField(writer.field_defn(col, kind))
            names.append(defn.GetFieldDefn(defn.GetFieldCount() - 1).GetName())
    lyr.StartTransaction()
    start, span = progress
    for i, row in enumerate(rows):
        if i % 100 == 0:
            check_feedback(feedback, start + span * i / max(len(rows), 1))
        feat = ogr.Feature(defn)
        for (col, kind), out_name in zip(columns, names):
            if col in ("lon", "lat") and writer.fmt == "xlsx":
                value = row.get("x" if col == "lon" else "y")
            else:
                value = writer.value(row.get(col), kind)
            if value is None:
                continue
            if isinstance(value, list):
                feat.SetFieldStringList(feat.GetFieldIndex(out_name), value)
            else:
                feat.SetField(out_name, value)
        if layer_geom != ogr.wkbNone:
            geom = writer.geometry(geometry(row))
            if geom is not None:
                feat.SetGeometry(geom)
        style_string = style(row) if style is not None else None
        if style_string:
            feat.SetStyleString(style_string)
        if lyr.CreateFeature(feat) != 0:
            raise ExportError(tr("GDAL could not write a feature of {0}.").format(name))
    lyr.CommitTransaction()
    return len(rows)


def aid_point_columns() -> list[tuple[str, str]]:
    kinds = _kinds("aid_points")
    cols = [(c, kinds[c]) for c in AID_COLUMNS]
    return cols + [(f"help_types_{lang}", schema.TEXT) for lang in LABEL_LANGUAGES]


def _with_labels(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**p, **{f"help_types_{lang}": help_type_labels(p.get("help_types"), lang)
                     for lang in LABEL_LANGUAGES}} for p in points]


def output_files(out: str | Path, options: ExportOptions, layers: Iterable[str]) -> dict[str, Path]:
    """Layer -> file it goes to: one file for GeoPackage, XLSX and KML; GeoJSON and CSV get one per layer."""
    out = Path(out)
    files = {}
    for layer in layers:
        if options.fmt in ("geojson", "csv") and layer != "aid_points":
            files[layer] = out.with_name(f"{out.stem}_{layer}{out.suffix}")
        else:
            files[layer] = out
    return files


def export_region(workcopy: str | Path, region: Region | str, out: str | Path, flt: AidFilter | str | None = None,
                  options: ExportOptions | None = None, feedback: QgsFeedback | None = None) -> ExportResult:
    """Write the aid points of `region` that `flt` keeps (plus service areas and boundaries on request) to `out`."""
    options = options or ExportOptions()
    if options.fmt not in FORMATS:
        raise ExportError(tr("Unknown export format {0}; use one of: {1}.").format(options.fmt, ", ".join(FORMATS)))
    if options.csv_geometry not in CSV_GEOMETRY:
        raise ExportError(tr("CSV geometry must be wkt or xy, not {0}.").format(options.csv_geometry))
    crs = options.crs or "EPSG:4326"
    if options.fmt in ("geojson", "kml", "xlsx") or (options.fmt == "csv" and options.csv_geometry == "xy"):
        crs = "EPSG:4326"  # what these formats (or lon/lat columns) mean by definition
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    try:
        selection = select(workcopy, region, flt, service_areas=options.service_areas,
                           boundaries=options.boundaries, feedback=feedback)
    except RegionError as exc:
        raise ExportError(str(exc)) from exc
    region = selection.region
    layers: dict[str, tuple[int, list[tuple[str, str]], list[dict[str, Any]], Callable[[dict[str, Any]], Any]]] = {
        "aid_points": (ogr.wkbPoint, aid_point_columns(), _with_labels(selection.points),
                       lambda r: gpkg_wkb(r["geom"])),
    }
    if options.service_areas:
        kinds = _kinds("service_areas")
        layers["service_areas"] = (ogr.wkbMultiPolygon, [(c, kinds[c]) for c in AREA_COLUMNS],
                                   selection.service_areas, lambda r: r["wkb"])
    for table, rows in selection.boundaries.items():
        layers[table] = (ogr.wkbMultiPolygon, [("teryt", schema.TEXT), ("name", schema.TEXT), ("area_km2", "real")],
                         rows, lambda r: r["wkb"])
    files = output_files(out, options, layers)
    for path in set(files.values()):
        _remove(path, options.fmt)
    writer = _Writer(options.fmt, crs)
    kml: KmlStyling | None = None
    point_style: Callable[[dict[str, Any]], str | None] | None = None
    if options.fmt == "kml":
        kml = KmlStyling.of(layers["aid_points"][2], flt, options.lang or current_language(), files["aid_points"])
        layers["aid_points"] = (layers["aid_points"][0], layers["aid_points"][1], kml.points, layers["aid_points"][3])
        if writer.driver_name == "LIBKML":
            point_style = kml.reference
    counts: dict[str, int] = {}
    written: list[Path] = []
    extra: list[Path] = []  # beside the outputs: the KML's icon folder
    try:
        datasets: dict[Path, Any] = {}
        span = 45 / max(len(layers), 1)
        for i, (name, (geom_type, columns, rows, geometry)) in enumerate(layers.items()):
            path = files[name]
            ds = datasets.get(path)
            if ds is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                ds = writer.driver.CreateDataSource(str(path))
                if ds is None:
                    raise ExportError(tr("Cannot write {0}. Check the folder exists and is writable.").format(path))
                datasets[path] = ds
                written.append(path)
                if kml is not None and writer.driver_name == "LIBKML":
                    ds.SetStyleTable(kml.style_table())
            description = tr("{0}: {1}, exported from Mapuj Pomoc on {2}").format(
                name, region.title, dt.date.today().isoformat())
            counts[name] = _write_layer(writer, ds, name, geom_type, columns, rows, options, description, geometry,
                                        feedback, (40 + i * span, span), point_style if name == "aid_points" else None)
        ds = None  # (the loop's last dataset: KML is written out when it closes)
        for path in list(datasets):
            datasets[path].FlushCache()
            datasets[path] = None
        datasets.clear()
        if kml is not None:
            check_feedback(feedback, 88)
            if writer.driver_name != "LIBKML":
                add_styles_by_hand(files["aid_points"], kml.styles, {p["uuid"]: kml.style_id(p) for p in kml.points})
            if kml.codes:
                try:
                    write_icons(kml.icons, kml.codes)
                except KmlIconError as exc:
                    raise ExportError(tr("Cannot write {0}. Check the folder exists and is writable.").format(exc)) from exc
                extra.append(kml.icons)
        if options.fmt == "gpkg":
            check_feedback(feedback, 88)
            embed_styles(files["aid_points"], list(layers), options.lang or current_language())
        check_feedback(feedback, 100)
    except BaseException:
        ds = datasets = None  # closed before their files go
        for path in written:
            _remove(path, options.fmt)
        raise
    return ExportResult(sorted(set(written), key=written.index) + extra, counts, region, crs)


def _remove(path: Path, fmt: str) -> None:
    """An earlier output at `path` with the side files its format writes."""
    side = {"csv": (".csvt", ".prj"), "gpkg": (".gpkg-wal", ".gpkg-shm")}.get(fmt, ())
    for p in (path, *(path.with_suffix(s) for s in side)):
        if p.exists():
            p.unlink()
    if fmt == "kml":
        remove_icons(kml_icons_dir(path))


def default_filename(region: Region, fmt: str) -> str:
    stem = region.code or "region"
    return f"mapujpomoc_{stem}_{dt.date.today().isoformat()}{FORMATS[fmt][1]}"


# -- styles in the GeoPackage ----------------------------------------------------------------------------

def embedded_svg(path: str) -> str:
    """An SVG file as QGIS's embedded form ("base64:…"), so a style needs no file of this plugin."""
    return "base64:" + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def _embed_svgs(layer: Any) -> None:
    from qgis.core import QgsCategorizedSymbolRenderer, QgsSvgMarkerSymbolLayer

    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for i, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        for j in range(symbol.symbolLayerCount()):
            sl = symbol.symbolLayer(j)
            if isinstance(sl, QgsSvgMarkerSymbolLayer) and Path(sl.path()).is_file():
                sl.setPath(embedded_svg(sl.path()))
        renderer.updateCategorySymbol(i, symbol)


def style_documents(path: str | Path, layer_name: str, lang: str) -> tuple[str, str]:
    """(QML, SLD) of the plugin's style for one layer of an exported GeoPackage."""
    from qgis.core import QgsReadWriteContext, QgsVectorLayer
    from qgis.PyQt.QtXml import QDomDocument

    from ..project.layers import style_aid_points, style_boundaries, style_service_areas

    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        raise ExportError(tr("The exported layer {0} cannot be opened.").format(layer_name))
    if layer_name == "aid_points":
        style_aid_points(layer, lang)
        _embed_svgs(layer)
    elif layer_name == "service_areas":
        style_service_areas(layer)
    else:
        style_boundaries(layer, layer_name)
    qml = QDomDocument()
    layer.exportNamedStyle(qml, QgsReadWriteContext())
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


def embed_styles(path: str | Path, layer_names: list[str], lang: str) -> None:
    """Write the plugin's styles into `layer_styles` as each layer's default (the table QGIS reads).

    Written with GDAL, as QGIS's OGR provider would (same table and columns), into a file that has no
    styles yet: QGIS 3.22's own saveStyleToDatabase may ask with a dialog when a style name exists.
    """
    from osgeo import ogr

    styles = {name: style_documents(path, name, lang) for name in layer_names}
    ds = ogr.Open(str(path), 1)
    if ds is None:
        raise ExportError(tr("Cannot open {0} to embed the styles.").format(path))
    try:
        lyr = ds.GetLayerByName("layer_styles")
        if lyr is None:
            lyr = ds.CreateLayer("layer_styles", None, ogr.wkbNone, ["FID=id"])
            for name, kind, width, sub in (
                    ("f_table_catalog", ogr.OFTString, 256, None), ("f_table_schema", ogr.OFTString, 256, None),
                    ("f_table_name", ogr.OFTString, 256, None), ("f_geometry_column", ogr.OFTString, 256, None),
                    ("styleName", ogr.OFTString, 30, None), ("styleQML", ogr.OFTString, 0, None),
                    ("styleSLD", ogr.OFTString, 0, None), ("useAsDefault", ogr.OFTInteger, 0, ogr.OFSTBoolean),
                    ("description", ogr.OFTString, 0, None), ("owner", ogr.OFTString, 30, None),
                    ("ui", ogr.OFTString, 30, None), ("update_time", ogr.OFTDateTime, 0, None)):
                fd = ogr.FieldDefn(name, kind)
                if width:
                    fd.SetWidth(width)
                if sub is not None:
                    fd.SetSubType(sub)
                if name == "update_time":
                    fd.SetDefault("CURRENT_TIMESTAMP")
                lyr.CreateField(fd)
        now = dt.datetime.now(dt.UTC)
        for name, (qml, sld) in styles.items():
            target = ds.GetLayerByName(name)
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("f_table_catalog", "")
            feat.SetField("f_table_schema", "")
            feat.SetField("f_table_name", name)
            feat.SetField("f_geometry_column", target.GetGeometryColumn() if target is not None else "")
            feat.SetField("styleName", STYLE_NAME)
            feat.SetField("styleQML", qml)
            feat.SetField("styleSLD", sld)
            feat.SetField("useAsDefault", 1)
            feat.SetField("description", tr("Mapuj Pomoc style, {0}").format(now.date().isoformat()))
            feat.SetField("owner", "")
            feat.SetField("update_time", now.year, now.month, now.day, now.hour, now.minute, now.second, 100)
            lyr.CreateFeature(feat)
    finally:
        ds = None


class FeedbackTask(QgsTask):
    """Runs `work()` in a QGIS task with a QgsFeedback for progress and cancel, and hands the outcome
    (`result`, or `error` and `cancelled`) to `on_done(task)` in the main thread. Export and print share it."""

    expected: tuple[type[Exception], ...] = (RegionError,)

    def __init__(self, title: str, on_done: Callable[[Any], None] | None) -> None:
        super().__init__(title, QgsTask.CanCancel)
        self.on_done = on_done
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False

    def work(self) -> Any:
        raise NotImplementedError

    def cancelled_message(self) -> str:
        raise NotImplementedError

    def failed_message(self, exc: Exception) -> str:
        raise NotImplementedError

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        try:
            self.result = self.work()
            return True
        except Cancelled:
            self.cancelled = True
            self.error = self.cancelled_message()
        except self.expected as exc:
            self.error = str(exc)
        except Exception as exc:  # report, never crash QGIS from a worker thread
            self.error = self.failed_message(exc)
        return False

    def finished(self, result: bool) -> None:
        if self.on_done is not None:
            self.on_done(self)


class ExportTask(FeedbackTask):
    """`export_region` in a QGIS task (progress, cancel); `on_done(task)` runs in the main thread."""

    expected = (ExportError, RegionError)

    def __init__(self, workcopy: str | Path, region: Region | str, out: str | Path, flt: AidFilter | str | None,
                 options: ExportOptions, on_done: Callable[[ExportTask], None] | None = None) -> None:
        super().__init__(tr("Mapuj Pomoc: export {0}").format(Path(out).name), on_done)
        self.workcopy, self.region, self.out, self.flt, self.options = workcopy, region, out, flt, options

    def work(self) -> ExportResult:
        return export_region(self.workcopy, self.region, self.out, self.flt, self.options, self.feedback)

    def cancelled_message(self) -> str:
        return tr("Export cancelled.")

    def failed_message(self, exc: Exception) -> str:
        return tr("Unexpected error during the export: {0}").format(exc)
