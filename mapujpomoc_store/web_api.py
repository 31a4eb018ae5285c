"""Three small reads for the public web page (docs/ARCHITECTURE.md, *Public web page*), in the OpenAPI document.

- `GET /web/counts`: how many aid points a reader sees in a bounding box, per grid cell, each cell at the
  mean position of its points. A zoomed-out map draws these counts instead of 100,000 markers; it asks
  the OGC items for the points themselves only once a view holds few enough. The same filters as the
  items (help_type, form, language, target_group, status); positions as the reader sees them
  (privacy.py: generalised points at their commune's point, staff-only ones absent for anonymous readers).
- `GET /web/places?q=`: communes whose name matches what a reader typed ("olsztyn", "Ольштин"), each with a
  point inside it (shapely's point_on_surface), so "help near me" works without geolocation.
- `GET /web/nearest?lat=&lon=`: the points nearest to a position, nearest first, as GeoJSON features, in one
  request (a phone on a slow link pays ~0.5 s for every round trip).

Each reply carries an `ETag` of its body and answers `If-None-Match` with 304.
"""

from __future__ import annotations

import json
import math
import threading
from typing import Any

import numpy as np
import shapely
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from shapely.geometry import shape
from sqlalchemy import ColumnElement, Connection, case, false, or_, select

from mapujpomoc_model.labels import fold
from mapujpomoc_model.schema import fields_by_name

from . import db
from .features import feature_text
from .ogc.params import parse_bbox
from .privacy import EXACT, Reader
from .problems import Problem
from .routers.items import FEATURE_COLUMNS
from .routers.shared import cached_text, user_of
from .state import StateDep

router = APIRouter(tags=["Web page"])

TAG_FILTERS = {"help_type": ("help", "help_types"), "form": ("form", "forms"), "language": ("lang", "languages"),
               "target_group": ("group", "target_groups")}
MAX_CELLS = 4096  # a phone's map needs a few dozen; this bounds the reply however small the cell
# Ukrainian and Russian letters as Polish spells them, for town names typed in Cyrillic
CYRILLIC = {"а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "z", "з": "z",
            "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
            "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
            "щ": "szcz", "ь": "", "ю": "ju", "я": "ja", "ы": "y", "э": "e", "ё": "jo", "ъ": "", "'": "", "’": ""}


def _tag_filter(given: dict[str, str | None]) -> ColumnElement[bool]:
    """Any of the codes of each filter given (the store's tags: " help:legal lang:uk ")."""
    t = db.features.c
    where: ColumnElement[bool] = (t.collection == "aid_points") & ~t.deleted
    for param, value in given.items():
        if value is None:
            continue
        prefix, field = TAG_FILTERS[param]
        allowed = set(fields_by_name("aid_points")[field].allowed or ())
        codes = sorted({c.strip() for c in value.split(",") if c.strip()} & allowed)
        cond: ColumnElement[bool] = false()
        for code in codes:
            cond = cond | t.tags.contains(f" {prefix}:{code} ", autoescape=True)
        where &= cond
    return where


def _positions(conn: Connection, reader: Reader, filters: dict[str, str | None], status: str | None,
               boxes: list[tuple[float, float, float, float]]) -> list[tuple[str, float, float]]:
    """(id, lon, lat) of the points matching the filters in the boxes, where this reader sees them."""
    t = db.features.c
    where = _tag_filter(filters) & reader.sql_visible()
    if status:
        where &= t.status.in_(sorted(set(status.split(","))))
    where &= or_(*(reader.sql_bbox(*box, points=True) for box in boxes))
    exact = reader.sql_exact() | (t.public_view == EXACT)
    x = case((exact, t.minx), else_=t.public_x)
    y = case((exact, t.miny), else_=t.public_y)
    return [tuple(r) for r in conn.execute(select(t.id, x, y).where(where)).all()]


def _etagged(request: Request, body: dict[str, Any] | str, media_type: str = "application/json") -> Response:
    """The reply with a weak ETag of its text; 304 when the client has it (a phone asking again saves the bytes)."""
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return cached_text(request, text, media_type, {"Vary": "Authorization"})


@router.get("/web/counts", summary="Aid points per grid cell of a bounding box (the web page's zoomed-out map)",
            responses={200: {"content": {"application/json": {"example": {
                "total": 3, "cell": 0.5, "cells": [[20.48, 53.77, 2], [19.4, 54.16, 1]]}}},
                "description": "`cells`: [mean longitude, mean latitude, count] of each non-empty cell; "
                               "`total`: the points in the box"}, 304: {"description": "Not modified"}})
def counts(request: Request, state: StateDep,
           bbox: str = Query(..., description="minLon,minLat,maxLon,maxLat (CRS84)"),
           cell: float = Query(..., gt=0.0005, le=10, description="the cells' size in degrees"),
           help_type: str | None = Query(None, description="comma-separated codes (any of)"),
           form: str | None = None, language: str | None = None, target_group: str | None = None,
           status: str | None = Query(None, description="comma-separated statuses (any of)")) -> Response:
    reader = Reader(user_of(state, request))
    filters = {"help_type": help_type, "form": form, "language": language, "target_group": target_group}
    with state.engine.connect() as conn:
        rows = _positions(conn, reader, filters, status, parse_bbox(bbox, True))
    rows = [(x, y) for _, x, y in rows]
    xy = np.array(rows, dtype=float).reshape(-1, 2)
    cells: list[list[float]] = []
    if len(xy):
        keys = np.floor((xy + [180.0, 90.0]) / cell).astype(np.int64)
        key = keys[:, 0] * 1_000_000 + keys[:, 1]
        uniq, inverse, n = np.unique(key, return_inverse=True, return_counts=True)
        if len(uniq) > MAX_CELLS:
            raise Problem(400, None, "invalid-parameter", code="too-many-cells",
                          params={"count": len(uniq), "max": MAX_CELLS})
        sx = np.bincount(inverse, xy[:, 0])
        sy = np.bincount(inverse, xy[:, 1])
        cells = [[round(float(a / c), 5), round(float(b / c), 5), int(c)] for a, b, c in zip(sx, sy, n)]
    return _etagged(request, {"total": len(xy), "cell": cell, "cells": cells})


class _Places:
    """The communes' names, folded, and a point inside each; read once per boundaries version."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version: str | None = None
        self.rows: list[tuple[str, str, str, str, float, float]] = []  # folded, code, name, county, lon, lat

    def get(self, state: Any) -> list[tuple[str, str, str, str, float, float]]:
        b = db.boundaries.c
        with state.engine.connect() as conn:
            version = conn.execute(select(db.meta.c.value).where(db.meta.c.key == "boundaries_version")).scalar()
            if version == self.version and self.rows:
                return self.rows
            with self.lock:
                counties = dict(conn.execute(select(b.code, b.name).where(b.level == "powiat")).all())
                rows = []
                for code, name, geometry in conn.execute(select(b.code, b.name, b.geometry).where(b.level == "gmina")):
                    p = shapely.point_on_surface(shape(json.loads(geometry)))
                    rows.append((fold(name), code, name, counties.get(code[:4], ""), round(p.x, 5), round(p.y, 5)))
                self.rows, self.version = rows, version
        return self.rows


_PLACES = _Places()


def latin(text: str) -> str:
    """Cyrillic letters spelt the Polish way ("Ольштин" -> "olsztyn"), then folded."""
    return fold("".join(CYRILLIC.get(ch, ch) for ch in text.lower()))


@router.get("/web/places", summary="Communes whose name matches a typed text, each with a point inside it",
            responses={200: {"content": {"application/json": {"example": {"places": [
                {"teryt": "2862011", "name": "Olsztyn", "county": "Olsztyn", "lon": 20.49, "lat": 53.77}]}}},
                "description": "Up to `limit` communes: names starting with the text first"},
                304: {"description": "Not modified"}})
def places(request: Request, state: StateDep,
           q: str = Query(..., min_length=2, max_length=100, description="a town's name in Latin or Cyrillic"),
           limit: int = Query(8, ge=1, le=50)) -> Response:
    user_of(state, request)  # the same rule as every read: a token unless anonymous reading is on
    wanted = latin(q)
    found = []
    for folded, code, name, county, lon, lat in _PLACES.get(state):
        if wanted and wanted in folded:
            found.append((not folded.startswith(wanted), len(folded), folded, code, name, county, lon, lat))
    found.sort()
    return _etagged(request, {"places": [{"teryt": code, "name": name, "county": county, "lon": lon, "lat": lat}
                                         for *_, code, name, county, lon, lat in found[:limit]]})


EARTH_KM = 6371.0088
NEAREST_MAX_KM = 400.0  # beyond this the search stops: no help in the region


def haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))


def _box_km(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    d_lat = km / 111.19
    d_lon = km / (111.19 * max(0.05, math.cos(math.radians(min(89.0, abs(lat) + d_lat)))))
    return (max(-180.0, lon - d_lon), max(-90.0, lat - d_lat), min(180.0, lon + d_lon), min(90.0, lat + d_lat))


@router.get("/web/nearest", summary="The points nearest to a position, nearest first (the web page's list)",
            responses={200: {"content": {"application/geo+json": {}}, "description":
                             "A GeoJSON FeatureCollection of at most `limit` points, nearest first (great-circle "
                             "distance; ties by id), as the reader may see them; `radius_km`: how far was searched"},
                       304: {"description": "Not modified"}})
def nearest(request: Request, state: StateDep,
            lat: float = Query(..., ge=-90, le=90), lon: float = Query(..., ge=-180, le=180),
            limit: int = Query(20, ge=1, le=200),
            help_type: str | None = Query(None, description="comma-separated codes (any of)"),
            form: str | None = None, language: str | None = None, target_group: str | None = None,
            status: str | None = Query(None, description="comma-separated statuses (any of)")) -> Response:
    """A box around the position grows until its inscribed circle holds `limit` matching points (nothing outside
    the box can then be nearer); only positions are read until the winners are known."""
    reader = Reader(user_of(state, request))
    filters = {"help_type": help_type, "form": form, "language": language, "target_group": target_group}
    km = 2.0
    with state.engine.connect() as conn:
        while True:
            found = _positions(conn, reader, filters, status, [_box_km(lat, lon, km)])
            d = haversine_km(lat, lon, np.array([f[2] for f in found]), np.array([f[1] for f in found]))
            within = sorted((dist, fid) for dist, (fid, _, _) in zip(d.tolist(), found) if dist <= km)
            if len(within) >= limit or km >= NEAREST_MAX_KM:
                break
            # enough room for `limit` at the density seen so far (points spread over the area: radius ~ sqrt(n))
            km = min(NEAREST_MAX_KM, km * (min(4.0, 1.3 * math.sqrt(limit / len(within))) if within else 4.0))
        ids = [fid for _, fid in within[:limit]]
        rows = {r.id: r for r in conn.execute(select(*FEATURE_COLUMNS).where(
            (db.features.c.collection == "aid_points") & db.features.c.id.in_(ids))).all()} if ids else {}
    feats = [feature_text(fid, shown[1], shown[2]) for fid in ids if (shown := reader.shown(rows[fid])) is not None]
    body = f'{{"type":"FeatureCollection","radius_km":{km:.3f},"features":[{",".join(feats)}]}}'
    return _etagged(request, body, "application/geo+json")


__all__ = ["counts", "latin", "nearest", "places", "router"]
