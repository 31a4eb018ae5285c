"""The commune each of many points (EPSG:4326) falls in, by the store's rule: `core.region.Boundaries.commune_at`
(GEOS's prepared `intersects`; on a shared border the lowest code), worked out for all points at once with
numpy (docs/ARCHITECTURE.md, "Import").

A point's candidate communes are those whose bounding box holds it (a grid of boxes); each candidate's rings
are cut into horizontal bands, and the ray from the point to the east is crossed with the segments of its
band as GEOS crosses them (`RayCrossingCounter`: a segment counts when one end is above the point and the
other not, and the point is left of it). GEOS decides a point in a polygon in two ways (a simple locator for
a geometry's first point, an indexed one after): the parity of all crossings, and "inside a polygon's shell
and none of its holes". Both are worked out; a point goes to GEOS itself (`commune_at`) when they differ
(an invalid commune), when it lies within a hair of a segment (on a border the answer is the boundary), or
when a candidate is not a plain (multi)polygon. So every answer is GEOS's.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import region

BAND_DEG = 0.002  # height of a band of segments (about 220 m)
BOX_CELL_DEG = 0.1  # cells of the grid of communes' boxes
HAIR_DEG = 1e-9  # nearer to a segment than this (about 0.1 mm), a point is left to GEOS
FEW = 32  # fewer points than this: GEOS one by one costs less than the arrays


def rings_of_wkb(wkb: bytes) -> list[list[Any]] | None:
    """The rings of a 2D Polygon or MultiPolygon WKB as [polygon][ring] arrays of (x, y) (the shell first),
    or None for anything else (curves, Z or M, collections, open rings)."""
    import numpy as np

    def polygon(at: int) -> tuple[list[Any], int] | None:
        order = "<" if wkb[at] == 1 else ">"
        (kind, count) = struct.unpack_from(order + "II", wkb, at + 1)
        if kind != 3:
            return None
        at += 9
        rings = []
        for _ in range(count):
            (n,) = struct.unpack_from(order + "I", wkb, at)
            xy = np.frombuffer(wkb, order + "f8", 2 * n, at + 4).reshape(n, 2).astype(float)
            at += 4 + 16 * n
            if n and (xy[0] != xy[-1]).any():
                return None
            rings.append(xy)
        return rings, at

    try:
        order = "<" if wkb[0] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", wkb, 1)
        if kind == 3:
            found = polygon(0)
            return [found[0]] if found else None
        if kind != 6:
            return None
        (count,) = struct.unpack_from(order + "I", wkb, 5)
        out, at = [], 9
        for _ in range(count):
            found = polygon(at)
            if found is None:
                return None
            out.append(found[0])
            at = found[1]
        return out
    except (struct.error, ValueError, IndexError):
        return None


class CommuneFinder:
    """`at(lons, lats)`: `Boundaries.commune_at` of many points (see the module doc), the communes read from
    the working copy's `gminy` as `Boundaries` reads them; `boundaries()` gives the `Boundaries` for the
    points GEOS decides (made when first needed)."""

    def __init__(self, workcopy: str | Path, boundaries: Callable[[], region.Boundaries]) -> None:
        self.workcopy, self.boundaries = workcopy, boundaries
        self._ready = False
        self._segments: dict[int, tuple[Any, ...] | None] = {}  # commune -> its rings, None: GEOS decides

    def at(self, lons: list[float], lats: list[float]) -> list[str | None]:
        if len(lons) < FEW:
            return [self.boundaries().commune_at(x, y) for x, y in zip(lons, lats)]
        import numpy as np

        x, y = np.asarray(lons, float), np.asarray(lats, float)
        point, commune = self._candidates(x, y)
        inside, unsure = self._inside(x, y, point, commune)
        out: list[str | None] = [None] * len(x)
        codes = self.codes
        hits = point[inside]
        for i, c in zip(hits.tolist(), commune[inside].tolist()):
            if out[i] is None or codes[c] < out[i]:  # type: ignore[operator]
                out[i] = codes[c]
        for i in np.unique(point[unsure]).tolist():
            out[i] = self.boundaries().commune_at(float(x[i]), float(y[i]))
        return out

    # -- candidates: the communes whose box holds a point ----------------------------------------------

    def _read(self) -> list[tuple[str, bytes | None]] | None:
        """(code, geometry blob) of the communes as `Boundaries` keeps them: its units in its order (a code
        read again takes the last row's geometry), the communes' only; None when they cannot be read so
        (then `Boundaries` says why, or gives them)."""
        units: dict[str, tuple[str, bytes | None]] = {}
        try:
            conn = sqlite3.connect(f"file:{self.workcopy}?mode=ro", uri=True)
            try:
                for table in region.LEVEL_TABLES.values():
                    geom = "geom" if table == "gminy" else "NULL"
                    for code, blob in conn.execute(f'SELECT teryt, {geom} FROM "{table}" ORDER BY teryt'):
                        if code:
                            units[code] = (table, blob)
            finally:
                conn.close()
        except sqlite3.Error:
            return None
        return [(code, blob) for code, (table, blob) in units.items() if table == "gminy"]

    def _prepare(self) -> None:
        import numpy as np

        self.codes: list[str] = []
        self._rings: list[list[list[Any]] | None] = []  # None: not a plain polygon, GEOS decides
        self._wkb: list[bytes | None] = []  # each commune's geometry, for its validity (_segments_of)
        boxes = []
        read = self._read()
        communes = read if read is not None else [(u.code, None) for u in self.boundaries().units.values()
                                                    if u.table == "gminy"]
        for code, blob in communes:
            wkb = region.gpkg_wkb(blob) if read is not None else None
            polygons = rings_of_wkb(wkb) if wkb else ([] if read is not None else None)
            if polygons is None:  # a curve or other geometry (or read by `Boundaries`): as QGIS has it
                geometry = self.boundaries().units[code].geometry
                if geometry.isEmpty():
                    continue
                b = geometry.boundingBox()
                boxes.append((b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()))
            else:
                # a polygon's box is its shell's (QGIS's and GEOS's rule); no shell with a point: empty
                shells = [poly[0] for poly in polygons if poly and len(poly[0])]
                if not shells:
                    continue
                xy = np.concatenate(shells)
                boxes.append((xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max()))
            self.codes.append(code)
            self._rings.append(polygons)
            self._wkb.append(wkb)
        self.box = np.asarray(boxes, float).reshape(-1, 4)
        lo = np.floor(self.box[:, :2] / BOX_CELL_DEG).astype(np.int64)
        hi = np.floor(self.box[:, 2:] / BOX_CELL_DEG).astype(np.int64)
        # each box in the cells it covers: a commune's cells numbered row by row
        width, height = hi[:, 0] - lo[:, 0] + 1, hi[:, 1] - lo[:, 1] + 1
        owner, cell = _expand(np.zeros(len(width), np.int64), width * height)
        key = self._key(lo[owner, 0] + cell % width[owner], lo[owner, 1] + cell // width[owner])
        order = np.argsort(key, kind="stable")
        self._cell_key, self._cell_owner = key[order], owner[order]
        self._ready = True

    @staticmethod
    def _key(gx: Any, gy: Any) -> Any:
        return gx * (1 << 32) + (gy + (1 << 31))

    def _candidates(self, x: Any, y: Any) -> tuple[Any, Any]:
        """(point, commune) of every commune box holding a point (edges included)."""
        import numpy as np

        if not self._ready:
            self._prepare()
        key = self._key(np.floor(x / BOX_CELL_DEG).astype(np.int64), np.floor(y / BOX_CELL_DEG).astype(np.int64))
        start = np.searchsorted(self._cell_key, key, "left")
        end = np.searchsorted(self._cell_key, key, "right")
        point, commune = _expand(start, end)
        commune = self._cell_owner[commune]
        box = self.box[commune]
        px, py = x[point], y[point]
        holds = (box[:, 0] <= px) & (px <= box[:, 2]) & (box[:, 1] <= py) & (py <= box[:, 3])
        return point[holds], commune[holds]

    # -- inside: the crossings of each point's ray ---------------------------------------------------

    def _inside(self, x: Any, y: Any, point: Any, commune: Any) -> tuple[Any, Any]:
        """Per (point, commune) pair: inside (by both of GEOS's ways), and unsure (GEOS must say)."""
        import numpy as np

        n = len(point)
        unsure = np.zeros(n, bool)
        ready = self._segments_of(np.unique(commune).tolist())
        plain = np.fromiter((ready[c] is not None for c in commune.tolist()), bool, n)
        unsure |= ~plain
        # every pair's segments in its band: (pair, segment) of the commune's (band) span
        seg_key, seg = self._band_index(ready)
        band = np.floor(y[point] / BAND_DEG).astype(np.int64)
        wanted = commune * (1 << 32) + band
        pair, at = _expand(np.searchsorted(seg_key, wanted, "left"), np.searchsorted(seg_key, wanted, "right"))
        s = seg[at]
        py = y[point[pair]]
        # only the segments whose rows (a hair wider) hold the point's row can cross its ray or touch it
        level = (self._ylo[s] <= py) & (py <= self._yhi[s])
        pair, s, py = pair[level], s[level], py[level]
        x1, y1, x2, y2, ring = self._x1[s], self._y1[s], self._x2[s], self._y2[s], self._ring[s]
        px = x[point[pair]]
        det = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1)
        near = ((np.abs(det) <= HAIR_DEG * self._length[s]) & (np.minimum(x1, x2) - HAIR_DEG <= px)
                & (px <= np.maximum(x1, x2) + HAIR_DEG))
        unsure[pair[near]] = True
        crosses = ((y1 > py) != (y2 > py)) & (np.where(y2 < y1, -det, det) > 0)
        # crossings per (pair, ring): a ring holds the point when they are odd
        parity_inside = np.bincount(pair[crosses], minlength=n) % 2 == 1
        pr = pair[crosses].astype(np.int64) * self._ring_count + ring[crosses]
        rings_odd_keys, counts = np.unique(pr, return_counts=True)
        rings_odd_keys = rings_odd_keys[counts % 2 == 1]
        simple_inside = self._simple_inside(n, rings_odd_keys)
        unsure |= parity_inside != simple_inside
        return parity_inside & ~unsure, unsure

    def _simple_inside(self, n: int, odd_keys: Any) -> Any:
        """Per pair: inside a polygon's shell and none of its holes (the rings holding the point: keys of
        pair × ring count + ring)."""
        import numpy as np

        pair, ring = odd_keys // self._ring_count, odd_keys % self._ring_count
        polygon, shell = self._ring_polygon[ring], self._ring_shell[ring]
        key = pair * self._polygon_count + polygon
        in_shell = set(key[shell].tolist())
        in_hole = set(key[~shell].tolist())
        inside = np.zeros(n, bool)
        for k in in_shell - in_hole:
            inside[k // self._polygon_count] = True
        return inside

    def _segments_of(self, communes: list[int]) -> dict[int, tuple[Any, ...] | None]:
        """Each commune's rings (None: GEOS decides). Not for a commune that is not a plain polygon, nor for an
        invalid one: GEOS versions answer differently inside invalid polygons (overlapping parts, a ring
        crossing itself; QGIS 3.40's GEOS unlike 3.22's), so only GEOS itself gives GEOS's answer there.
        Validity is checked once per commune a point may fall in (about 0.1 ms each; the store's are valid)."""
        from qgis.core import QgsGeometry

        for c in communes:
            if c not in self._segments:
                rings, wkb = self._rings[c], self._wkb[c]
                if rings is not None and wkb is not None:
                    geometry = QgsGeometry()
                    geometry.fromWkb(wkb)
                    if not geometry.isGeosValid():
                        rings = None
                self._segments[c] = (rings,) if rings is not None else None
        return {c: self._segments[c] for c in communes}

    def _band_index(self, ready: dict[int, tuple[Any, ...] | None]) -> tuple[Any, Any]:
        """(sorted keys of commune × 2^32 + band, segment) over the segments of the `ready` communes; the
        segments' ends and rings in `_x1`, `_y1`, `_x2`, `_y2`, `_ring` (each ring numbered, with its
        polygon and whether it is a shell)."""
        import numpy as np

        xs1, ys1, xs2, ys2, rings, owners = [], [], [], [], [], []
        ring_polygon, ring_shell = [], []
        polygon_no = 0
        for c, found in ready.items():
            if found is None:
                continue
            for polygon in found[0]:
                for k, xy in enumerate(polygon):
                    if len(xy) < 2:
                        continue
                    xs1.append(xy[:-1, 0])
                    ys1.append(xy[:-1, 1])
                    xs2.append(xy[1:, 0])
                    ys2.append(xy[1:, 1])
                    rings.append(np.full(len(xy) - 1, len(ring_polygon), np.int64))
                    owners.append(np.full(len(xy) - 1, c, np.int64))
                    ring_polygon.append(polygon_no)
                    ring_shell.append(k == 0)
                polygon_no += 1
        if not xs1:
            self._x1 = self._y1 = self._x2 = self._y2 = np.zeros(0)
            self._ring = np.zeros(0, np.int64)
            self._ylo = self._yhi = self._length = np.zeros(0)
            self._ring_polygon, self._ring_shell = np.zeros(0, np.int64), np.zeros(0, bool)
            self._ring_count = self._polygon_count = 1
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        self._x1, self._y1 = np.concatenate(xs1), np.concatenate(ys1)
        self._x2, self._y2 = np.concatenate(xs2), np.concatenate(ys2)
        self._ring, owner = np.concatenate(rings), np.concatenate(owners)
        self._ring_polygon = np.asarray(ring_polygon, np.int64)
        self._ring_shell = np.asarray(ring_shell, bool)
        self._ring_count, self._polygon_count = max(len(ring_polygon), 1), max(polygon_no, 1)
        self._ylo = np.minimum(self._y1, self._y2) - HAIR_DEG
        self._yhi = np.maximum(self._y1, self._y2) + HAIR_DEG
        self._length = np.hypot(self._x2 - self._x1, self._y2 - self._y1)
        # each segment in every band its rows (a hair wider) touch
        low = np.floor(self._ylo / BAND_DEG).astype(np.int64)
        high = np.floor(self._yhi / BAND_DEG).astype(np.int64)
        seg, offset = _expand(np.zeros(len(low), np.int64), high - low + 1)
        key = owner[seg] * (1 << 32) + low[seg] + offset
        order = np.argsort(key, kind="stable")
        return key[order], seg[order]


def _expand(start: Any, end: Any) -> tuple[Any, Any]:
    """(i, position) for every position in start[i]..end[i]-1, all spans at once."""
    import numpy as np

    lengths = np.maximum(end - start, 0)
    total = int(lengths.sum())
    i = np.repeat(np.arange(len(start)), lengths)
    if total == 0:
        return i, np.zeros(0, np.int64)
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return i, np.repeat(start, lengths) + offsets
