"""The entry points of the service areas: what the dock, the Processing algorithms and
`mapujpomoc service-areas` call (docs/ARCHITECTURE.md, "Service areas").

    records = buffers(xy, ids, [500, 1000], feedback)                  # circles, computed in EPSG:2180
    areas = travel_time_areas(TravelTimeRequest(roads, xy, ids, [5, 10, 15]), feedback)
    saved = save_areas(records, areas_layer_or_workcopy_path)

Each caller turns its own parameters into these (with `inputs`) and shows the outcome its own way
(result layers, Processing sinks, a GeoPackage). Long work takes a `feedback` (progress.Feedback)
and raises `errors.Cancelled` once the user cancelled; what people got wrong raises
`ServiceAreaError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QMetaType

from ..i18n import tr
from ..progress import Feedback, checkpoint
from . import ServiceAreaError, storage
from .cells import DEFAULT_CELL, DEFAULT_FILL
from .graph import DEFAULT_CRS, RoadGraph
from .isochrones import ServiceAreas, memory_layer, service_areas
from .profiles import WALK, Profile
from .roads import GraphCache, graph_from_layer
from .storage import AreaRecord

BUFFER_CRS = "EPSG:2180"
BUFFER_SEGMENTS = 16  # segments per quarter circle
MAX_SNAP = 1000.0  # metres: points farther than this from every road are left out


# -- distance buffers ------------------------------------------------------------------------------------

def buffers(xy: np.ndarray | Sequence[tuple[float, float]], ids: Sequence[Any], metres: Sequence[float],
            feedback: Feedback | None = None, segments: int = BUFFER_SEGMENTS) -> list[AreaRecord]:
    """A circle of each radius around each point: points (in BUFFER_CRS) and circles in EPSG:2180, params
    {"metres": m}, kind buffer."""
    pts = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    out = []
    for k, ((x, y), pid) in enumerate(zip(pts.tolist(), ids)):
        checkpoint(feedback, 100.0 * k / max(len(ids), 1))
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for m in metres:
            circle = point.buffer(float(m), segments)
            circle.convertToMultiType()
            out.append(AreaRecord(str(pid), "buffer", circle, BUFFER_CRS, {"metres": storage.number(m)}))
    checkpoint(feedback, 100.0)
    return out


def buffer_layer(records: Sequence[AreaRecord], name: str) -> Any:
    """The buffers as a memory layer (aid_point_id, metres), the large circles first, so underneath."""
    rows = [(r.geometry, [r.aid_point_id, float(r.params["metres"])])
            for r in sorted(records, key=lambda r: -r.params["metres"])]
    fields = [("aid_point_id", QMetaType.Type.QString), ("metres", QMetaType.Type.Double)]
    return memory_layer(name, BUFFER_CRS, fields, rows)


# -- travel time -----------------------------------------------------------------------------------------

@dataclass
class TravelTimeRequest:
    """Everything one travel-time computation needs; points, region and outputs in the metric `crs`."""

    roads: Any  # a line layer, a roads.LayerSnapshot (in a task) or a Processing feature source
    points_xy: np.ndarray | Sequence[tuple[float, float]]
    ids: Sequence[Any] | None  # one per point (None: their indexes)
    minutes: Sequence[float]
    profile: Profile = WALK
    class_field: str = "highway"
    oneway_field: str | None = None
    crs: Any = DEFAULT_CRS
    cell_size: float = DEFAULT_CELL
    max_snap: float | None = MAX_SNAP
    cumulative: bool = False  # bands as whole areas rather than rings
    fill_holes: float = DEFAULT_FILL
    catchments: bool = True
    region: Any = None  # QgsGeometry in `crs`: find the coverage gaps in it
    population: Any = None  # a layer, snapshot or feature source counted in the gaps
    population_field: str | None = None
    cache: GraphCache | None = field(default=None, repr=False)  # reuse graphs per layer (roads.GRAPHS)


def road_graph(request: TravelTimeRequest, feedback: Feedback | None = None) -> RoadGraph:
    """The request's road graph: from the cache when it has one for the layer as it is, else built now."""
    options = {"class_field": request.class_field, "oneway_field": request.oneway_field, "feedback": feedback}
    if request.cache is not None:
        graph = request.cache.get(request.roads, request.profile, request.crs, **options)
    else:
        graph = graph_from_layer(request.roads, request.profile, request.crs, **options)
    if graph.node_count == 0:
        raise ServiceAreaError(tr("The road layer has no roads this profile can use."))
    return graph


def travel_time_areas(request: TravelTimeRequest, feedback: Feedback | None = None) -> ServiceAreas:
    """Isochrone bands, each point's catchment and (with a region) the coverage gaps, from one search.

    The road graph is built once per layer (or taken from `request.cache`), all points are searched
    at once with the largest threshold as the cutoff, and every polygon comes from one grid of
    reached cells (see `graph`, `cells`, `isochrones`).
    """
    cancelled = tr("Travel-time computation cancelled.")
    checkpoint(feedback, 2, tr("Reading the roads…"), cancelled)
    graph = road_graph(request, feedback)
    checkpoint(feedback, 40, tr("Travel times…"), cancelled)
    areas = service_areas(graph, request.points_xy, request.minutes, ids=request.ids, cell_size=request.cell_size,
                          cumulative=request.cumulative, fill_holes=request.fill_holes,
                          catchments=request.catchments, region=request.region, population=request.population,
                          population_field=request.population_field, max_snap=request.max_snap, feedback=feedback)
    checkpoint(feedback, 100, cancelled=cancelled)
    return areas


# -- saving ----------------------------------------------------------------------------------------------

@dataclass
class Saved:
    """How many areas were saved, and why the others were not (one sentence each)."""

    count: int
    problems: list[str] = field(default_factory=list)


def save_areas(records: Sequence[AreaRecord], target: Any) -> Saved:
    """Save the areas as their points' service areas, replacing earlier ones of the same kind and params.

    `target` is the working copy's service_areas layer (one undoable edit; committed unless the layer
    is in edit mode) or the path of a working copy (one sqlite3 transaction). Only the areas the store
    would accept are saved (their aid point exists and lies in the user's area); the next sync sends them.
    """
    if isinstance(target, (str, Path)):
        ok, problems = storage.writable(target, list(records))
        storage.write_areas(target, ok, replace=True)
        return Saved(len(ok), problems)
    path = storage.workcopy_of(target)
    problems: list[str] = []
    if path is not None:
        records, problems = storage.writable(path, list(records))
    return Saved(storage.add_areas_to_layer(target, records, replace=True), problems)
