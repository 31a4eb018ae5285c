"""The grid of reached cells, from one travel-time search (docs/ARCHITECTURE.md, "Service areas").
Pure Python with numpy (scipy's ndimage when it is importable): no QGIS import. `isochrones` turns
the grid into polygons.

    reach = graph.multi_source_dijkstra(g, nodes, cutoff=15 * 60)
    cells = reach_cells(g, reach, cell_size=50)         # one grid, every polygon comes from it
    mask = cells.reached(10, fill_holes=DEFAULT_FILL)   # cells within 10 minutes, city blocks filled

Cells are squares of `cell_size` metres aligned on multiples of the cell size in the graph's metric
CRS. The network is sampled at every reached node and along every segment with a reached end,
at most half a cell apart, so long segments fill every cell they run through. A sample inside a
segment a–b at fraction f takes the quicker way in: `time[a] + cost(a→b)·f` or
`time[b] + cost(b→a)·(1-f)` (a one-way segment only from its allowed end), and the aid point of
that end. A cell's time is the lowest time of its samples and its aid point that sample's
(equal times: the lower point index). A cell is reached within T minutes when its time is ≤ T·60.

Holes: an unreached patch enclosed by reached cells (a city block between reached streets) of at
most `fill_holes` m² (5 ha by default; 0 keeps every hole) counts as reached.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import tr
from . import ServiceAreaError
from .graph import Reach, RoadGraph

DEFAULT_CELL = 50.0
DEFAULT_FILL = 50_000.0  # m²: enclosed unreached holes up to this size (city blocks) count as reached


@dataclass
class CellGrid:
    """Per cell: the lowest sampled travel time (s, inf where nothing was reached) and its aid point."""

    x0: float  # lower-left corner of the grid
    y0: float
    cell: float
    time: np.ndarray  # (ny, nx) float64; row 0 is the southernmost
    nearest: np.ndarray  # (ny, nx) int32 point index, -1 where not reached
    crs: str

    @property
    def shape(self) -> tuple[int, int]:
        return self.time.shape  # type: ignore[return-value]

    def reached(self, minutes: float, fill_holes: float = 0.0, *, use_scipy: bool | None = None) -> np.ndarray:
        """Cells reached within `minutes`, with enclosed holes up to `fill_holes` m² counted as reached."""
        mask = self.time <= minutes * 60.0
        if fill_holes > 0 and mask.any():
            mask = fill_small_holes(mask, int(fill_holes // (self.cell * self.cell)), use_scipy=use_scipy)
        return mask


def _label_8(background: np.ndarray, use_scipy: bool | None) -> tuple[np.ndarray, int]:
    """8-connected components of a boolean grid: (labels with 0 for False cells, count)."""
    if use_scipy is not False:
        try:
            from scipy import ndimage
        except ImportError:
            if use_scipy:
                raise
        else:
            labels, count = ndimage.label(background, structure=np.ones((3, 3), dtype=bool))
            return labels.astype(np.int64), int(count)
    ny, nx = background.shape
    flat = background.ravel().tolist()
    labels = [0] * (nx * ny)
    count = 0
    for start in range(nx * ny):
        if not flat[start] or labels[start]:
            continue
        count += 1
        labels[start] = count
        stack = [start]
        while stack:
            i = stack.pop()
            r, c = divmod(i, nx)
            for dr in (-1, 0, 1):
                rr = r + dr
                if rr < 0 or rr >= ny:
                    continue
                base = rr * nx
                for dc in (-1, 0, 1):
                    cc = c + dc
                    if 0 <= cc < nx:
                        j = base + cc
                        if flat[j] and not labels[j]:
                            labels[j] = count
                            stack.append(j)
    return np.asarray(labels, dtype=np.int64).reshape(ny, nx), count


def fill_small_holes(mask: np.ndarray, max_cells: int, *, use_scipy: bool | None = None) -> np.ndarray:
    """`mask` with every enclosed hole of at most `max_cells` cells filled.

    A hole is an 8-connected group of False cells that does not touch the grid's edge (the
    complement of 4-connected polygons, as polygonize draws them).
    """
    if max_cells <= 0:
        return mask
    labels, count = _label_8(~mask, use_scipy)
    if count == 0:
        return mask
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    small = sizes <= max_cells
    small[0] = False
    edge = np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])
    small[edge] = False
    return mask | small[labels]


def _samples(graph: RoadGraph, reach: Reach, step: float,
             max_time: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x, y, time, point index of the nodes and segment samples reached within `max_time`."""
    t, lab = reach.time, reach.nearest
    node_ok = np.nonzero(t <= max_time)[0]
    xs, ys, ts, ls = [graph.xy[node_ok, 0]], [graph.xy[node_ok, 1]], [t[node_ok]], [lab[node_ok]]
    a, b, cab, cba = graph.segments()
    ta, tb = t[a], t[b]
    seg = np.nonzero(np.isfinite(ta) | np.isfinite(tb))[0]
    if seg.shape[0]:
        a, b, cab, cba, ta, tb = a[seg], b[seg], cab[seg], cba[seg], ta[seg], tb[seg]
        pa, pb = graph.xy[a], graph.xy[b]
        length = np.hypot(pb[:, 0] - pa[:, 0], pb[:, 1] - pa[:, 1])
        k = np.maximum(np.ceil(length / step).astype(np.int64), 1)
        inner = k - 1
        total = int(inner.sum())
        if total:
            which = np.repeat(np.arange(seg.shape[0]), inner)
            # i = 1..k-1 within each segment
            starts = np.cumsum(inner) - inner
            i = np.arange(total) - np.repeat(starts, inner) + 1
            f = i / k[which]
            with np.errstate(invalid="ignore"):
                t_from_a = ta[which] + cab[which] * f  # inf when a is not reached or a→b is not allowed
                t_from_b = tb[which] + cba[which] * (1.0 - f)
            la, lb = lab[a][which], lab[b][which]
            use_a = (t_from_a < t_from_b) | ((t_from_a == t_from_b) & (la <= lb))
            ts_i = np.where(use_a, t_from_a, t_from_b)
            keep = ts_i <= max_time
            w = which[keep]
            fk = f[keep]
            xs.append(pa[w, 0] + (pb[w, 0] - pa[w, 0]) * fk)
            ys.append(pa[w, 1] + (pb[w, 1] - pa[w, 1]) * fk)
            ts.append(ts_i[keep])
            ls.append(np.where(use_a, la, lb)[keep])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ts), np.concatenate(ls).astype(np.int64)


def reach_cells(graph: RoadGraph, reach: Reach, cell_size: float = DEFAULT_CELL,
                max_minutes: float | None = None) -> CellGrid:
    """The grid of reached cells (see the module docstring); `max_minutes` defaults to the search cutoff."""
    if cell_size <= 0:
        raise ServiceAreaError(tr("{0} must be more than zero.").format(cell_size))
    max_time = reach.cutoff if max_minutes is None else min(reach.cutoff, max_minutes * 60.0)
    x, y, t, lab = _samples(graph, reach, cell_size / 2.0, max_time)
    if t.shape[0] == 0:
        return CellGrid(0.0, 0.0, cell_size, np.full((0, 0), np.inf), np.full((0, 0), -1, np.int32), graph.crs)
    ix = np.floor(x / cell_size).astype(np.int64)
    iy = np.floor(y / cell_size).astype(np.int64)
    ix0, iy0 = int(ix.min()), int(iy.min())
    nx, ny = int(ix.max()) - ix0 + 1, int(iy.max()) - iy0 + 1
    c = (iy - iy0) * nx + (ix - ix0)
    o = np.argsort(c, kind="stable")
    cs, ts, ls = c[o], t[o], lab[o]
    starts = np.flatnonzero(np.concatenate(([True], cs[1:] != cs[:-1])))
    tmin = np.minimum.reduceat(ts, starts)
    sizes = np.diff(np.append(starts, cs.shape[0]))
    best = np.where(ts == np.repeat(tmin, sizes), ls, np.iinfo(np.int64).max)
    lmin = np.minimum.reduceat(best, starts)
    time = np.full(nx * ny, np.inf)
    nearest = np.full(nx * ny, -1, dtype=np.int32)
    time[cs[starts]] = tmin
    nearest[cs[starts]] = lmin
    return CellGrid(ix0 * cell_size, iy0 * cell_size, cell_size, time.reshape(ny, nx), nearest.reshape(ny, nx),
                    graph.crs)

