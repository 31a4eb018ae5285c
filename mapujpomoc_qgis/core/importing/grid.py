"""Points in a grid of cells of a given size in metres, for finding the points near many locations at once
with numpy (docs/ARCHITECTURE.md, "Import"): `matching` and `candidates` over the map's points, `filematch`
over the rows of a file. An equirectangular projection, good to a fraction of a percent over Poland.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

EARTH_M_PER_DEG = 111_195.0
# cells are `cell_m` wide at 55°N (Poland's north): farther south they are wider, so the nine cells around
# a location hold every point within `cell_m`; farther north a location looks at more columns (`reach`)
COS_CELL = math.cos(math.radians(55.0))


class Grid:
    """Points in cells of `cell_m` metres (sorted cell keys, numpy): the points in the cells around many
    query locations in one pass."""

    def __init__(self, lon: Any, lat: Any, cell_m: float) -> None:
        self.kx, self.ky = self.scales(cell_m)
        keys = self.keys(*self.cells(lon, lat))
        self.order = np.argsort(keys, kind="stable")
        ordered = self.sorted_keys = keys[self.order]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) if len(keys) else \
            np.zeros(0, np.int64)
        self.uniq = ordered[starts]
        self.starts, self.ends = starts, np.append(starts[1:], len(keys)).astype(starts.dtype)
        self._spans: dict[int, tuple[int, int]] | None = None  # key -> (start, end), for one location at a time

    def points_around(self, lon: float, lat: float) -> Any:
        """Indexes of the points in the cells around one location (a dictionary of cells, made once)."""
        if self._spans is None:
            self._spans = dict(zip(self.uniq.tolist(), zip(self.starts.tolist(), self.ends.tolist())))
        cx, cy = self.cell(lon, lat)
        reach = self.reach(lat)
        parts = [self.order[span[0]:span[1]] for gx in range(cx - reach, cx + reach + 1) for gy in (cy - 1, cy, cy + 1)
                 if (span := self._spans.get(gx * (1 << 32) + gy + (1 << 31))) is not None]
        if not parts:
            return np.zeros(0, np.int64)
        return np.concatenate(parts) if len(parts) > 1 else parts[0]

    @staticmethod
    def scales(cell_m: float) -> tuple[float, float]:
        """Cells per degree of longitude and of latitude."""
        return EARTH_M_PER_DEG * COS_CELL / cell_m, EARTH_M_PER_DEG / cell_m

    def cells(self, lon: Any, lat: Any) -> tuple[Any, Any]:
        return np.floor(lon * self.kx).astype(np.int64), np.floor(lat * self.ky).astype(np.int64)

    def cell(self, lon: float, lat: float) -> tuple[int, int]:
        return int(math.floor(lon * self.kx)), int(math.floor(lat * self.ky))

    def keys(self, cx: Any, cy: Any) -> Any:
        return cx * (1 << 32) + (cy + (1 << 31))

    @staticmethod
    def reach(lat: float) -> int:
        """Columns to look at on each side of a row's cell (1 up to 55°N)."""
        return max(1, math.ceil(COS_CELL / max(math.cos(math.radians(lat + 0.01)), 1e-6)))

    def around(self, qlon: Any, qlat: Any) -> tuple[Any, Any]:
        """(query index, point index) of every point in the cells around each query: a superset of the points
        within one cell's size, each pair once; a query's points by the column of cells (west to east), the
        cell (south to north), then the point's index. A column's three cells are neighbours among the sorted
        keys: one span of points per column. The pairs come grouped by column, not by query (`by_query`)."""
        qlon, qlat = np.asarray(qlon, float), np.asarray(qlat, float)
        if len(qlon) == 0 or len(self.sorted_keys) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        cx, cy = self.cells(qlon, qlat)
        reach = np.maximum(1, np.ceil(COS_CELL / np.maximum(np.cos(np.radians(qlat + 0.01)), 1e-6))).astype(np.int64)
        qs, spans_s, spans_e = [], [], []
        top = int(reach.max())
        # the queries in the order of their cells: numpy's binary search is quicker on ascending needles (and
        # a column to the east keeps that order)
        everyone = np.argsort(self.keys(cx, cy))
        for dx in range(-top, top + 1):
            q = everyone if abs(dx) <= 1 else everyone[abs(dx) <= reach[everyone]]
            south = self.keys(cx[q] + dx, cy[q] - 1)
            s = np.searchsorted(self.sorted_keys, south, "left")
            e = np.searchsorted(self.sorted_keys, south + 2, "right")  # the cell two north
            hit = np.nonzero(e > s)[0]
            qs.append(q[hit])
            spans_s.append(s[hit])
            spans_e.append(e[hit])
        q = np.concatenate(qs)
        s, e = np.concatenate(spans_s), np.concatenate(spans_e)
        lengths = e - s
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        # positions s..e-1 of each span, all spans at once
        offsets = np.repeat(s - (np.cumsum(lengths) - lengths), lengths)
        return np.repeat(q, lengths), self.order[np.arange(total) + offsets]


def pairs_within(grid: Grid, lon: Any, lat: Any, qlon: Any, qlat: Any, distance: float) -> tuple[Any, Any, Any]:
    """(query, point, metres) of the points of `grid` (at `lon`, `lat`) within `distance` of each query,
    grouped by query (`by_query`)."""
    qlon, qlat = np.asarray(qlon, float), np.asarray(qlat, float)
    q, p = grid.around(qlon, qlat)
    d = distances(lon[p], lat[p], qlon[q], qlat[q])
    keep = d <= distance
    q, p, d = q[keep], p[keep], d[keep]
    order = by_query(q, len(qlon))
    return q[order], p[order], d[order]


def by_query(q: Any, n: int) -> Any:
    """The order that groups pairs by their query (0 <= q < n), each query's pairs kept in their order: a
    stable sort of small integers (numpy sorts 16-bit ones by radix, the others stably)."""
    return np.argsort(q.astype(np.uint16 if n <= 0xFFFF else np.int64), kind="stable")


def earlier_within(lon: Any, lat: Any, distance: float) -> tuple[Any, Any]:
    """For each location k, the earlier ones (j < k) that may be within `distance`: a superset (numpy's
    distances with a metre to spare), j[first[k]:first[k + 1]] in increasing order. (first, j)."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    n = len(lon)
    reach = distance + 1.0
    q, p = Grid(lon, lat, reach).around(lon, lat)
    keep = p < q
    q, p = q[keep], p[keep]
    keep = distances(lon[p], lat[p], lon[q], lat[q]) <= reach
    q, p = q[keep], p[keep]
    order = np.argsort(q * n + p)
    return np.searchsorted(q[order], np.arange(n + 1)), p[order]


def distances(lon: Any, lat: Any, qlon: Any, qlat: Any) -> Any:
    """Metres between points and query locations (arrays of the same length; equirectangular at their mean
    latitude)."""
    dx = (lon - qlon) * EARTH_M_PER_DEG * np.cos(np.radians((lat + qlat) / 2))
    return np.hypot(dx, (lat - qlat) * EARTH_M_PER_DEG)
