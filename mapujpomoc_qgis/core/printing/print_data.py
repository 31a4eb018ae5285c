"""The first step of a print: the "print data" GeoPackage a layout shows (docs/ARCHITECTURE.md, "Print").

`prepare` takes the points of the region that the filter keeps (the same `filtering.selection.select`
as the regional export, so print and export always agree, in the same public or staff version), numbers
them in the order of the printed list, and writes them, with their texts in the chosen language pair,
beside the region and its communes. Every text is `printable`: bidirectional controls would turn the
words of a name or of the rest of its line around (README, "Output safety").
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsFeedback, QgsGeometry

from mapujpomoc_model import catalog
from mapujpomoc_model.catalog import codes_of
from mapujpomoc_model.hours_text import hours_text
from mapujpomoc_model.text_safety import printable

from ..export.list_export import address
from ..filtering import privacy
from ..filtering.filters import AidFilter
from ..filtering.selection import Selection, SelectionError, select
from ..i18n import tr
from ..progress import checkpoint
from ..project.symbols import icon_type
from ..region import Boundaries, Region, RegionError, gpkg_wkb
from .print_spec import PrintError, PrintSpec, check_languages
from .scaled_feedback import ScaledFeedback

TEXT_FIELDS = ("uuid", "name", "organization", "address", "phone", "hours", "name_address", "contact",
               "types_a", "types_b", "types", "icon", "commune", "commune_name", "city")


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
    version: str = "public"  # filtering.privacy: which version of the points it holds


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


def point_rows(selection: Selection, bounds: Boundaries, langs: tuple[str, str], wanted: list[str]
               ) -> list[dict[str, Any]]:
    """The rows of the printed points, numbered ("nr") by commune, city and name; `wanted`: the filter's
    help types, which choose a point's icon."""
    names = {code: printable(name) for code, name in bounds.units_of("gminy")}
    rows = []
    for point in selection.points:
        p = {k: printable(v) if isinstance(v, str) else v for k, v in point.items()}
        codes = codes_of(point.get("help_types"))
        commune = bounds.commune_at(p["x"], p["y"]) or ""
        hours = hours_text(p.get("opening_hours"), langs)  # "pon.–pt./пн–пт 9:00–17:00", not OSM's syntax
        rows.append({
            "uuid": p["uuid"], "name": p.get("name") or "", "organization": p.get("organization") or "",
            "address": address(p), "phone": p.get("phone") or "", "hours": hours,
            "name_address": _lines(p.get("name"), address(p)), "contact": _lines(p.get("phone"), hours),
            "types_a": _labels(codes, langs[0]), "types_b": _labels(codes, langs[1]),
            "types": _labels(codes, langs[0]) + "\n" + _labels(codes, langs[1]),
            "icon": icon_type(codes, wanted), "commune": commune, "commune_name": names.get(commune, ""),
            "city": p.get("city") or "", "wkb": gpkg_wkb(point["geom"]),
        })
    rows.sort(key=lambda r: (r["commune_name"].casefold(), r["city"].casefold(), r["name"].casefold()))
    for nr, row in enumerate(rows, start=1):
        row["nr"] = nr
    return rows


def _communes(region: Region, bounds: Boundaries) -> list[tuple[str, str]]:
    """(code, name) of the region's communes; for a polygon, those it overlaps."""
    if region.is_teryt:
        return list(region.communes)
    box = region.extent()
    return [(u.code, u.name) for u in bounds.units.values() if u.table == "gminy"
            and u.geometry.boundingBox().intersects(box) and u.geometry.intersects(region.geometry)]


def prepare(workcopy: str | Path, spec: PrintSpec, out: str | Path, feedback: QgsFeedback | None = None) -> PrintData:
    """Write the print data GeoPackage `out`: layers points, region and communes (EPSG:4326)."""
    workcopy = Path(workcopy)
    langs = check_languages(spec.languages)
    try:
        bounds = Boundaries(workcopy)
        region = bounds.region(spec.region) if isinstance(spec.region, str) else spec.region
        if spec.atlas and not region.is_teryt:
            raise PrintError(tr("An atlas makes one page per commune: choose a voivodeship, county or commune by "
                                "its TERYT code."))
        selection = select(workcopy, region, spec.flt, feedback=ScaledFeedback(feedback, 0, 25), bounds=bounds,
                           cancelled=tr("Printing cancelled."), version=spec.version)
    except (RegionError, SelectionError) as exc:
        raise PrintError(str(exc)) from exc
    wanted = list(spec.flt.help_types) if isinstance(spec.flt, AidFilter) else []
    rows = point_rows(selection, bounds, langs, wanted)
    checkpoint(feedback, 25, cancelled=tr("Printing cancelled."))
    communes = _communes(region, bounds)
    units = [("region", [(region.code, printable(region.name), region.geometry)]),
             ("communes", [(c, printable(n), bounds.units[c].geometry) for c, n in communes])]
    _write(Path(out), rows, units)
    meta = _meta(workcopy)
    shown = {r["icon"] for r in rows}
    checkpoint(feedback, 30, cancelled=tr("Printing cancelled."))
    return PrintData(Path(out), region, workcopy, len(rows), [c for c in catalog.codes(catalog.HELP_TYPES) if c in shown],
                     communes, meta.get("store_url", ""), (meta.get("last_sync") or "")[:10], wanted,
                     privacy.check_version(spec.version))


def _write(out: Path, rows: list[dict[str, Any]], units: list[tuple[str, list[tuple[str, str, QgsGeometry]]]]) -> None:
    """The GeoPackage: the layer "points" of `rows`, then a polygon layer (teryt, name) per entry of `units`."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
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
        lyr.CreateField(ogr.FieldDefn("nr", ogr.OFTInteger))
        for name in TEXT_FIELDS:
            lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        lyr.StartTransaction()
        for row in rows:
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("nr", row["nr"])
            for name in TEXT_FIELDS:
                feat.SetField(name, row[name])
            feat.SetGeometry(ogr.CreateGeometryFromWkb(row["wkb"]))
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
        for name, features in units:
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
