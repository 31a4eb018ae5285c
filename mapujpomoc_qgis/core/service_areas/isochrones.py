"""Polygons from one travel-time search: isochrone bands, nearest-point catchments, coverage gaps
(docs/ARCHITECTURE.md, "Service areas").

    reach = graph.multi_source_dijkstra(g, nodes, cutoff=15 * 60)
    cells = reach_cells(g, reach, cell_size=50)                     # one grid (see `cells`)
    bands = band_polygons(cells, [5, 10, 15])                       # [(minutes, QgsGeometry)]
    areas = catchment_polygons(cells)                               # {point index: QgsGeometry}
    gaps = gap_polygons(cells, region, [5, 10, 15])                 # [(minutes, QgsGeometry)]

or all at once with `service_areas(graph, points_xy, [5, 10, 15], region=..., ids=...)`.

Cell masks are turned into polygons with GDAL's Polygonize (4-connected, so cells that touch
only at a corner become separate polygons of one MultiPolygon and every geometry is valid); no
lines are buffered or dissolved. Edges follow the cell boundaries.

- Holes: enclosed unreached patches up to `fill_holes` m² count as reached, for bands and gaps
  alike (see `cells`); catchments keep the sampled cells only.
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
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

from .. import compat
from ..i18n import tr
from ..progress import Feedback, checkpoint
from . import ServiceAreaError
from .cells import DEFAULT_CELL, DEFAULT_FILL, CellGrid, reach_cells
from .graph import Reach, RoadGraph, multi_source_dijkstra, snap_points
from .roads import READ_CHECK_EVERY, as_crs, source_crs

# -- polygonize ------------------------------------------------------------------------------------------

def polygonize(values: np.ndarray, grid: CellGrid) -> dict[int, Any]:
    """{value: MultiPolygon QgsGeometry} of the cells holding each non-zero value (GDAL Polygonize)."""
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


def population_in(geometries: Sequence[Any], layer: Any, field_name: str, crs: Any,
                  feedback: Feedback | None = None) -> list[float]:
    """For each geometry (in `crs`): the sum of `field_name` over features of `layer` whose point lies in it.

    Point features count where they are, others at their centroid; NULL or non-numeric values count 0.
    `layer` is a layer, a snapshot or a Processing feature source.
    """
    idx = layer.fields().indexOf(field_name)
    if idx < 0:
        raise ServiceAreaError(tr("The population layer has no field {0}.").format(field_name))
    dest, src = as_crs(crs), source_crs(layer)
    transform = None if src == dest else QgsCoordinateTransform(src, dest, QgsProject.instance())
    engines = []
    for g in geometries:
        if g is None or g.isNull() or g.isEmpty():
            engines.append(None)
            continue
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append((engine, g.boundingBox()))
    totals = [0.0] * len(geometries)
    for n, f in enumerate(layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([idx]))):
        if n % READ_CHECK_EVERY == 0:
            checkpoint(feedback)
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

def memory_layer(name: str, crs: str, fields: list[tuple[str, Any]], rows: list[tuple[Any, list[Any]]]) -> Any:
    """A MultiPolygon memory layer with these fields (name, QMetaType.Type) and rows (geometry, attributes)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([compat.field(n, t) for n, t in fields])
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
    minutes: list[float] = field(default_factory=list)  # the thresholds, ascending
    graph: RoadGraph | None = None  # the graph searched (its size and profile name)

    @property
    def unsnapped(self) -> list[Any]:
        """Ids of the points that were too far from every road (left out)."""
        return [self.ids[i] for i in np.nonzero(self.nodes < 0)[0]]

    def layers(self, name_prefix: str = "") -> dict[str, Any]:
        """Memory layers: bands (minutes, area_m2), catchments (aid_point_id, area_m2), gaps (minutes,
        area_m2, population) — the last only when a region was given."""
        id_type = QMetaType.Type.LongLong if all(isinstance(i, int) for i in self.ids) else QMetaType.Type.QString
        area = ("area_m2", QMetaType.Type.Double)
        out = {
            "bands": memory_layer(name_prefix + "bands", self.crs, [("minutes", QMetaType.Type.Double), area],
                                  [(g, [m, g.area()]) for m, g in self.bands if not g.isEmpty()]),
            "catchments": memory_layer(name_prefix + "catchments", self.crs, [("aid_point_id", id_type), area],
                                       [(g, [i if id_type != QMetaType.Type.QString else str(i), g.area()])
                                        for i, g in self.catchments]),
        }
        if self.gaps:
            out["gaps"] = memory_layer(name_prefix + "gaps", self.crs,
                                       [("minutes", QMetaType.Type.Double), area,
                                        ("population", QMetaType.Type.Double)],
                                       [(g, [m, g.area(), p]) for m, g, p in self.gaps if not g.isEmpty()])
        return out


def service_areas(graph: RoadGraph, points_xy: np.ndarray | Sequence[tuple[float, float]],
                  minutes: Sequence[float], *, ids: Sequence[Any] | None = None, cell_size: float = DEFAULT_CELL,
                  cumulative: bool = False, fill_holes: float = DEFAULT_FILL, catchments: bool = True,
                  region: Any = None,
                  population: Any = None, population_field: str | None = None, max_snap: float | None = None,
                  use_scipy: bool | None = None, feedback: Feedback | None = None) -> ServiceAreas:
    """Bands, catchments and gaps of aid points (in the graph's CRS) from one search with cutoff max(minutes).

    A cancel through `feedback` raises `errors.Cancelled` between the steps.
    """
    thresholds = sorted({float(m) for m in minutes})
    if not thresholds or thresholds[0] <= 0:
        raise ServiceAreaError(tr("Give at least one value for {0}.").format(tr("the minutes")))
    pts = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
    id_list = list(ids) if ids is not None else list(range(pts.shape[0]))
    if len(id_list) != pts.shape[0]:
        raise ValueError("ids and points differ in length")  # a caller's bug, not the user's input
    nodes, snap_d = snap_points(graph, pts, max_snap, use_scipy=use_scipy)
    reach = multi_source_dijkstra(graph, nodes, thresholds[-1] * 60.0, use_scipy=use_scipy, feedback=feedback)
    checkpoint(feedback)
    grid = reach_cells(graph, reach, cell_size)
    bands = band_polygons(grid, thresholds, cumulative, fill_holes, use_scipy=use_scipy)
    checkpoint(feedback)
    catch: list[tuple[Any, Any]] = []
    if catchments:
        catch = [(id_list[k], g) for k, g in sorted(catchment_polygons(grid).items())]
        checkpoint(feedback)
    gaps: list[tuple[float, Any, float | None]] = []
    if region is not None:
        gap_geoms = gap_polygons(grid, region, thresholds, fill_holes, use_scipy=use_scipy)
        people: list[float | None] = [None] * len(gap_geoms)
        if population is not None and population_field:
            people = list(population_in([g for _, g in gap_geoms], population, population_field, graph.crs,
                                        feedback))
        gaps = [(m, g, p) for (m, g), p in zip(gap_geoms, people)]
    return ServiceAreas(graph.crs, bands, catch, gaps, reach, grid, nodes, snap_d, id_list, thresholds, graph)
