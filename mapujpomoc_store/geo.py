"""Point-in-commune lookup against the imported gminy, and geometry checks.

Each service process keeps an STRtree of the communes and rebuilds it when
the `boundaries_version` in the database moves, so several stateless
instances stay consistent after an import.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry import shape
from sqlalchemy import Connection, select

from . import db


@dataclass(frozen=True)
class Commune:
    code: str
    name: str


class CommuneIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: str | None = None
        self._tree: shapely.STRtree | None = None
        self._geoms: list[Any] = []
        self._communes: list[Commune] = []
        self._points: dict[str, tuple[float, float]] = {}
        self.names: dict[str, str] = {}

    def refresh(self, conn: Connection) -> None:
        version = conn.execute(select(db.meta.c.value).where(db.meta.c.key == "boundaries_version")).scalar()
        if version == self._version and self._tree is not None:
            return
        with self._lock:
            rows = conn.execute(select(db.boundaries.c.code, db.boundaries.c.name, db.boundaries.c.geometry,
                                       db.boundaries.c.level)).all()
            names = {r.code: r.name for r in rows}
            gminy = sorted((r for r in rows if r.level == "gmina"), key=lambda r: r.code)
            geoms = [shape(json.loads(r.geometry)) for r in gminy]
            shapely.prepare(geoms)
            # computed once per import: where a point whose location is approximate is shown (privacy.py)
            on_surface = shapely.get_coordinates(shapely.point_on_surface(geoms)) if geoms else []
            self._points = {r.code: (round(float(x), 6), round(float(y), 6)) for r, (x, y) in zip(gminy, on_surface)}
            self._geoms = geoms
            self._communes = [Commune(r.code, r.name) for r in gminy]
            self._tree = shapely.STRtree(geoms) if geoms else None
            self.names = names
            self._version = version

    def communes_at(self, lons: Any, lats: Any) -> list[str | None]:
        """Vectorised `commune_at` for many points (seeding, imports)."""
        codes: list[str | None] = [None] * len(lons)
        if self._tree is None:
            return codes
        pts, polys = self._tree.query(shapely.points(lons, lats), predicate="intersects")
        for p, g in sorted(zip(pts.tolist(), polys.tolist())):
            if codes[p] is None:
                codes[p] = self._communes[g].code
        return codes

    def commune_at(self, lon: float, lat: float) -> Commune | None:
        """The commune covering the point; on a shared border, the lowest code."""
        if self._tree is None:
            return None
        pt = shapely.Point(lon, lat)
        hits = sorted(int(i) for i in self._tree.query(pt, predicate="intersects"))
        return self._communes[hits[0]] if hits else None

    def representative_point(self, teryt: str | None) -> tuple[float, float] | None:
        """A point inside the commune `teryt` (shapely's point_on_surface of its boundary), or None."""
        return self._points.get(teryt) if teryt else None

    def describe(self, teryt: str | None) -> str:
        if not teryt:
            return "no known commune"
        return f"{self.names.get(teryt, 'commune')} ({teryt})"


def bbox_of(geom: dict[str, Any]) -> tuple[float, float, float, float]:
    if geom.get("type") == "Point":  # the common case, without building a shapely object
        x, y = geom["coordinates"][:2]
        return x, y, x, y
    return tuple(shapely.bounds(shape(geom)).tolist())  # type: ignore[return-value]


def polygon_problem(geom: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """Topology check for area geometries (the structure is checked in mapujpomoc_model.schema), as
    (code, params) of mapujpomoc_model.messages."""
    try:
        g = shape(geom)
    except Exception as exc:  # shapely raises several types for broken input
        return "geometry_unreadable", {"error": str(exc)}
    if g.is_empty:
        return "geometry_empty", {}
    if not g.is_valid:
        return "polygon_invalid", {"reason": shapely.is_valid_reason(g)}
    return None
