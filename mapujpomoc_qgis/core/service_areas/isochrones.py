"""Polygons from one travel-time search: isochrone bands, nearest-point catchments, coverage gaps.

    reach = network.multi_source_dijkstra(graph, nodes, cutoff=15 * 60)
    cells = reach_cells(graph, reach, cell_size=50)                 # one grid, every output comes from it
    bands = band_polygons(cells, [5, 10, 15])                       # [(minutes, QgsGeometry)]
    areas = catchment_polygons(cells)                               # {point index: QgsGeometry}
    gaps = gap_polygons(cells, region, [5, 10, 15])                 # [(minutes, QgsGeometry)]

or all at once with `service_areas(graph, points_xy, [5, 10, 15], region=..., ids=...)`.

The grid
--------
Cells are squares of `cell_size` metres aligned on multiples of the cell size in the graph's metric
CRS. The network is sampled at every reached node and along every segment with a reached end,
at most half a cell apart, so long segments fill every cell they run through. A sample inside a
segment a–b at fraction f takes the quicker way in: `time[a] + cost(a→b)·f` or
`time[b] + cost(b→a)·(1-f)` (a one-way segment only from its allowed end), and the aid point of
that end. A cell's time is the lowest time of its samples and its aid point that sample's
(equal times: the lower point index). A cell is reached within T minutes when its time is ≤ T·60.

The polygons
------------
Cell masks are turned into polygons with GDAL's Polygonize (4-connected, so cells that touch
only at a corner become separate polygons of one MultiPolygon and every geometry is valid); no
lines are buffered or dissolved. Edges follow the cell boundaries.

- Holes: an unreached patch enclosed by reached cells (a city block between reached streets) of
  at most `fill_holes` m² (5 ha by default; 0 keeps every hole) counts as reached, for bands and
  gaps alike; catchments keep the sampled cells only.
- Bands are rings by default: the band of T is the area reached in more than the previous
  threshold and at most T minutes (5, 10, 15 → 0–5, 5–10, 10–15). `cumulative=True` gives
  each threshold the whole area reached within it instead.
- Catchments: the cells reached within the largest threshold (or `max_minutes`), grouped by their
  nearest aid point.
- Gaps: the region minus the area reached within T (GEOS difference, so the gap follows the
  region's own boundary); `population_in` sums a population layer's field over features whose
  point (or centroid) lies in a gap.

Geometries are QgsGeometry in the graph's CRS (`cells.crs`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import network
from .network import Reach, RoadGraph

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
        raise ValueError("cell_size must be positive")
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


# -- polygonize ------------------------------------------------------------------------------------------

def polygonize(values: np.ndarray, grid: CellGrid) -> dict[int, Any]:
    """{value: MultiPolygon QgsGeometry} of the cells holding each non-zero value (GDAL Polygonize)."""
    from osgeo import gdal, ogr
    from qgis.core import QgsGeometry

    ny, nx = values.shape
    if nx == 0 or ny == 0 or not values.any():
        return {}
    ds = gdal.GetDriverByName("MEM").Create("", nx, ny, 1, gdal.GDT_Int32)
    ds.SetGeoTransform((grid.x0, grid.cell, 0.0, grid.y0 + ny * grid.cell, 0.0, -grid.cell))
    band = ds.GetRasterBand(1)
    band.WriteArray(np.ascontiguousarray(values[::-1].astype(np.int32)))
    out = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = out.CreateLayer("cells", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    if gdal.Polygonize(band, band, layer, 0, [], callback=None) != 0:
        raise RuntimeError(f"GDAL Polygonize failed: {gdal.GetLastErrorMsg()}")
    groups: dict[int, Any] = {}
    for feature in layer:
        value = feature.GetField(0)
        multi = groups.get(value)
        if multi is None:
            multi = groups[value] = ogr.Geometry(ogr.wkbMultiPolygon)
        multi.AddGeometry(feature.GetGeometryRef())
    result: dict[int, Any] = {}
    for value, multi in groups.items():
        g = QgsGeometry()
        g.fromWkb(bytes(multi.ExportToIsoWkb()))
        result[int(value)] = g
    return result


def band_polygons(grid: CellGrid, minutes: Sequence[float], cumulative: bool = False,
                  fill_holes: float = DEFAULT_FILL, *, use_scipy: bool | None = None) -> list[tuple[float, Any]]:
    """[(minutes, geometry)] per threshold, ascending: rings by default, whole areas when cumulative."""
    from qgis.core import QgsGeometry

    thresholds = sorted({float(m) for m in minutes})
    masks = [grid.reached(m, fill_holes, use_scipy=use_scipy) for m in thresholds]
    if not cumulative:
        values = np.zeros(grid.shape, dtype=np.int32)
        for j in range(len(thresholds) - 1, -1, -1):  # the smallest threshold a cell meets wins
            values[masks[j]] = j + 1
        polys = polygonize(values, grid)
        return [(m, polys.get(j + 1, QgsGeometry())) for j, m in enumerate(thresholds)]
    return [(m, polygonize(mask.astype(np.int32), grid).get(1, QgsGeometry())) for m, mask in zip(thresholds, masks)]


def catchment_polygons(grid: CellGrid, max_minutes: float | None = None) -> dict[int, Any]:
    """{point index: geometry} of the cells whose nearest aid point it is (within `max_minutes`)."""
    reached = np.isfinite(grid.time) if max_minutes is None else grid.reached(max_minutes)
    values = np.where(reached & (grid.nearest >= 0), grid.nearest.astype(np.int64) + 1, 0)
    return {k - 1: g for k, g in polygonize(values.astype(np.int32), grid).items()}


def gap_polygons(grid: CellGrid, region: Any, minutes: Sequence[float], fill_holes: float = DEFAULT_FILL, *,
                 use_scipy: bool | None = None) -> list[tuple[float, Any]]:
    """[(minutes, geometry)]: the part of `region` (QgsGeometry in the grid's CRS) not reached within T."""
    from qgis.core import QgsGeometry

    if region is None or region.isNull() or region.isEmpty():
        return [(float(m), QgsGeometry()) for m in sorted({float(m) for m in minutes})]
    if not region.isGeosValid():
        region = region.makeValid()
    out = []
    for m, reached in band_polygons(grid, minutes, True, fill_holes, use_scipy=use_scipy):
        if reached.isNull() or reached.isEmpty():
            gap = QgsGeometry(region)
        else:
            gap = region.difference(reached)
        out.append((m, gap))
    return out


def population_in(geometries: Sequence[Any], layer: Any, field_name: str, crs: Any) -> list[float]:
    """For each geometry (in `crs`): the sum of `field_name` over features of `layer` whose point lies in it.

    Point features count where they are, others at their centroid; NULL or non-numeric values count 0.
    """
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

    idx = layer.fields().indexOf(field_name)
    if idx < 0:
        raise ValueError(f"the population layer has no field {field_name!r}")
    dest = network._crs(crs)
    transform = None if layer.crs() == dest else QgsCoordinateTransform(layer.crs(), dest, QgsProject.instance())
    engines = []
    for g in geometries:
        if g is None or g.isNull() or g.isEmpty():
            engines.append(None)
            continue
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append((engine, g.boundingBox()))
    totals = [0.0] * len(geometries)
    for f in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([idx])):
        value = f.attribute(idx)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            try:
                value = float(value)
            except (TypeError, ValueError):
                continue
            if not math.isfinite(value):
                continue
        g = f.geometry()
        if g.isNull() or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        point = g if g.type() == 0 and not g.isMultipart() else g.centroid()
        p = point.asPoint()
        for k, item in enumerate(engines):
            if item is not None and item[1].contains(p) and item[0].intersects(point.constGet()):
                totals[k] += float(value)
    return totals


# -- everything at once ------------------------------------------------------------------------------------

@dataclass
class ServiceAreas:
    """The outputs of `service_areas`, geometries in `crs`."""

    crs: str
    bands: list[tuple[float, Any]]  # (minutes, geometry)
    catchments: list[tuple[Any, Any]]  # (aid point id, geometry)
    gaps: list[tuple[float, Any, float | None]]  # (minutes, geometry, people not covered or None)
    reach: Reach
    grid: CellGrid
    nodes: np.ndarray  # node of each point, -1 when not snapped
    snap_distance: np.ndarray  # metres from each point to its node
    ids: list[Any] = field(default_factory=list)

    @property
    def unsnapped(self) -> list[Any]:
        """Ids of the points that were too far from every road (left out)."""
        return [self.ids[i] for i in np.nonzero(self.nodes < 0)[0]]

    def layers(self, name_prefix: str = "") -> dict[str, Any]:
        """Memory layers: bands (minutes, area_m2), catchments (aid_point_id, area_m2), gaps (minutes,
        area_m2, population) — the last only when a region was given."""
        from qgis.core import QgsFeature, QgsField, QgsVectorLayer
        from qgis.PyQt.QtCore import QVariant

        def make(name: str, fields: list[tuple[str, Any]], rows: list[tuple[Any, list[Any]]]) -> Any:
            layer = QgsVectorLayer(f"MultiPolygon?crs={self.crs}", name_prefix + name, "memory")
            layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
            layer.updateFields()
            feats = []
            for geom, attrs in rows:
                f = QgsFeature(layer.fields())
                f.setGeometry(geom)
                f.setAttributes(attrs)
                feats.append(f)
            layer.dataProvider().addFeatures(feats)
            layer.updateExtents()
            return layer

        id_type = QVariant.LongLong if all(isinstance(i, int) for i in self.ids) else QVariant.String
        out = {
            "bands": make("bands", [("minutes", QVariant.Double), ("area_m2", QVariant.Double)],
                          [(g, [m, g.area()]) for m, g in self.bands if not g.isEmpty()]),
            "catchments": make("catchments", [("aid_point_id", id_type), ("area_m2", QVariant.Double)],
                               [(g, [i if id_type != QVariant.String else str(i), g.area()])
                                for i, g in self.catchments]),
        }
        if self.gaps:
            out["gaps"] = make("gaps", [("minutes", QVariant.Double), ("area_m2", QVariant.Double),
                                        ("population", QVariant.Double)],
                               [(g, [m, g.area(), p]) for m, g, p in self.gaps if not g.isEmpty()])
        return out


def service_areas(graph: RoadGraph, points_xy: np.ndarray | Sequence[tuple[float, float]],
                  minutes: Sequence[float], *, ids: Sequence[Any] | None = None, cell_size: float = DEFAULT_CELL,
                  cumulative: bool = False, fill_holes: float = DEFAULT_FILL, catchments: bool = True,
                  region: Any = None,
                  population: Any = None, population_field: str | None = None, max_snap: float | None = None,
                  use_scipy: bool | None = None, is_canceled: Callable[[], bool] | None = None) -> ServiceAreas:
    """Bands, catchments and gaps of aid points (in the graph's CRS) from one search with cutoff max(minutes)."""
    thresholds = sorted({float(m) for m in minutes})
    if not thresholds or thresholds[0] <= 0:
        raise ValueError("give at least one positive threshold in minutes")
    pts = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
    id_list = list(ids) if ids is not None else list(range(pts.shape[0]))
    if len(id_list) != pts.shape[0]:
        raise ValueError("ids and points differ in length")
    nodes, snap_d = network.snap_points(graph, pts, max_snap, use_scipy=use_scipy)
    reach = network.multi_source_dijkstra(graph, nodes, thresholds[-1] * 60.0, use_scipy=use_scipy)
    if is_canceled is not None and is_canceled():
        raise InterruptedError("canceled")
    grid = reach_cells(graph, reach, cell_size)
    bands = band_polygons(grid, thresholds, cumulative, fill_holes, use_scipy=use_scipy)
    catch: list[tuple[Any, Any]] = []
    if catchments:
        catch = [(id_list[k], g) for k, g in sorted(catchment_polygons(grid).items())]
    gaps: list[tuple[float, Any, float | None]] = []
    if region is not None:
        gap_geoms = gap_polygons(grid, region, thresholds, fill_holes, use_scipy=use_scipy)
        people: list[float | None] = [None] * len(gap_geoms)
        if population is not None and population_field:
            people = list(population_in([g for _, g in gap_geoms], population, population_field, graph.crs))
        gaps = [(m, g, p) for (m, g), p in zip(gap_geoms, people)]
    return ServiceAreas(graph.crs, bands, catch, gaps, reach, grid, nodes, snap_d, id_list)


def region_geometry(layer: Any, crs: Any, request: Any = None) -> Any:
    """The union of a polygon layer's (selected by `request`) features, in `crs`."""
    from qgis.core import QgsGeometry

    geoms = [g for _f, g in network.features_in(layer, crs, request)]
    return QgsGeometry.unaryUnion(geoms) if geoms else QgsGeometry()

