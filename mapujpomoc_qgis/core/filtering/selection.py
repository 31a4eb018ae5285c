"""The aid points of a region that a filter keeps, with their service areas and the boundaries on request,
clipped to the region: what an export writes and a print shows, so both always agree
(docs/ARCHITECTURE.md, "Filter").

The points are chosen by `region.PointRule` (the store's own point-in-commune rule for TERYT regions,
point in polygon otherwise) among those the filter keeps, in the public version (the default: what an
anonymous reader of the store may see, `privacy`) or the staff version (the working copy as it is). The working copy is read with sqlite3 on a
connection of its own and the geometries are built here, so this runs in any thread (a task, Processing,
the CLI). No widgets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsWkbTypes,
)

from mapujpomoc_model import schema

from ..errors import InputError
from ..i18n import tr
from ..progress import Feedback, checkpoint
from ..region import Boundaries, PointRule, Region, geometry_from_blob, point_xy
from . import privacy
from .filters import AidFilter, AidIndex

AID_COLUMNS = ("uuid",) + tuple(f.name for f in schema.AID_POINT_FIELDS)
AREA_COLUMNS = ("uuid",) + tuple(f.name for f in schema.SERVICE_AREA_FIELDS)
BOUNDARY_TABLES = ("wojewodztwa", "powiaty", "gminy")
MIN_AREA = 1e-12  # square degrees (~0.01 m²): what is left of a neighbour that only touches the region
SQL_PARAMETERS = 900  # below SQLite's limit on bound parameters per statement


class SelectionError(InputError):
    """The working copy or the filter cannot be read, with what to do about it."""


@dataclass
class Selection:
    """What an export (or a print) takes from the working copy."""

    region: Region
    points: list[dict[str, Any]]  # rows of aid_points with "fid", "geom", "x", "y"
    service_areas: list[dict[str, Any]] = field(default_factory=list)  # rows with the clipped "wkb"
    boundaries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows with "wkb"


def subset_sql(conn: sqlite3.Connection, flt: AidFilter | str | None) -> str:
    """The SQL condition of a filter (an AidFilter, its subset string, or nothing)."""
    if flt is None:
        return ""
    if isinstance(flt, AidFilter):
        return "" if flt.empty else AidIndex(conn).subset(flt)
    return str(flt).strip()


def _connect(path: str | Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise SelectionError(tr("There is no working copy at {0}.").format(path))
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


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
           service_areas: bool = False, boundaries: bool = False, feedback: Feedback | None = None,
           bounds: Boundaries | None = None, cancelled: str = "", version: str = privacy.PUBLIC) -> Selection:
    """The points of `region` the filter keeps, sorted by city and name, and optionally their service areas
    and the boundaries, clipped to the region, in the public or the staff `version` (`privacy`). Progress
    0-40 % to `feedback`; a cancel raises `errors.Cancelled(cancelled)`."""
    version = privacy.check_version(version)
    bounds = bounds or Boundaries(workcopy)
    if isinstance(region, str):
        region = bounds.region(region)
    rule = PointRule(region, bounds if region.is_teryt else None)
    conn = _connect(workcopy)
    try:
        try:
            candidates = _candidates(conn, flt, bounds, version)
        except sqlite3.Error as exc:
            raise SelectionError(tr("The filter cannot be used on the working copy: {0}").format(exc)) from exc
        checkpoint(feedback, 10, cancelled=cancelled)
        points = []
        for i, row in enumerate(candidates):
            if i % 200 == 0:
                checkpoint(feedback, 10 + 25 * i / max(len(candidates), 1), cancelled=cancelled)
            xy = point_xy(row["geom"])
            if xy is not None and rule(*xy):
                row["x"], row["y"] = xy
                points.append(row)
        points.sort(key=lambda p: ((p.get("city") or "").casefold(), (p.get("name") or "").casefold(), p["uuid"] or ""))
        selection = Selection(region, points)
        shown = [p["uuid"] for p in points if version == privacy.STAFF or privacy.visibility_of(p) == "public"]
        if service_areas and shown:
            selection.service_areas = _service_areas(conn, shown, region)
        if boundaries:
            selection.boundaries = _boundaries(bounds, region)
        checkpoint(feedback, 40, cancelled=cancelled)
        return selection
    finally:
        conn.close()


def _candidates(conn: sqlite3.Connection, flt: AidFilter | str | None, bounds: Boundaries,
                version: str) -> list[dict[str, Any]]:
    """The aid points the filter keeps, as the version shows them (the public one filters its own rows)."""
    if version == privacy.STAFF:
        return _rows(conn, "aid_points", AID_COLUMNS, subset_sql(conn, flt))
    rows = privacy.public_rows(_rows(conn, "aid_points", AID_COLUMNS), bounds, point_xy)
    if flt is None or (isinstance(flt, AidFilter) and flt.empty):
        return rows
    return privacy.matching(rows, AID_COLUMNS, lambda copy: subset_sql(copy, flt))


def _service_areas(conn: sqlite3.Connection, uuids: list[str], region: Region) -> list[dict[str, Any]]:
    """The service areas of the points `uuids`, clipped to the region (those left with no area dropped)."""
    areas = []
    for start in range(0, len(uuids), SQL_PARAMETERS):
        chunk = uuids[start:start + SQL_PARAMETERS]
        areas += _rows(conn, "service_areas", AREA_COLUMNS, f"aid_point_id IN ({', '.join('?' * len(chunk))})", chunk)
    clipped = ({**a, "wkb": clip(geometry_from_blob(a.get("geom")), region)} for a in areas)
    return [a for a in clipped if a["wkb"] is not None]


def clip(geom: QgsGeometry, region: Region) -> bytes | None:
    """WKB of the polygonal part of `geom` inside the region (None when nothing with an area is left)."""
    if geom.isEmpty():
        return None
    clipped = geom.intersection(region.geometry)
    if clipped.isEmpty():
        return None
    if clipped.type() != QgsWkbTypes.GeometryType.PolygonGeometry:  # a collection where a neighbour touches the border
        parts = [g for g in clipped.asGeometryCollection() if g.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
        if not parts:
            return None
        clipped = QgsGeometry.collectGeometry(parts)
    if clipped.area() < MIN_AREA:
        return None
    clipped.convertToMultiType()
    return bytes(clipped.asWkb())


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
                wkb = clip(unit.geometry, region)
                if wkb is not None:
                    rows.append({"teryt": unit.code, "name": unit.name, "wkb": wkb})
        for row in rows:
            row["area_km2"] = _area_km2(row["wkb"], measure)
        if rows:
            out[table] = rows
    return out
