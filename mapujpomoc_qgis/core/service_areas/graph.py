"""The road graph and the one-pass travel-time search behind the service areas (DESIGN §7).

    graph = cached_graph(roads_layer, WALK, crs="EPSG:2180")      # built once per layer, until it changes
    nodes, dist = snap_points(graph, points_xy)                    # each aid point to its nearest node
    reach = multi_source_dijkstra(graph, nodes, cutoff=15 * 60)    # time and nearest aid point per node

The graph
---------
Every vertex of every road line is a node; nodes are merged when their coordinates in the metric
CRS round to the same multiple of `snap` metres (1 mm by default), so lines that share a vertex
are joined and lines that merely cross (bridges) are not. Each segment between consecutive
vertices is an edge in one or both directions; its cost in seconds is its planar length (taken
from the unsnapped coordinates) divided by the speed of its road class. Where several edges join
the same two nodes in the same direction only the cheapest is kept. The edges are stored as CSR
arrays (numpy): the edges leaving node i are `indices[indptr[i]:indptr[i+1]]`.

Reading a layer
---------------
`graph_from_layer` reads the class (and tag / oneway) fields and the geometries, curves
segmentized, and transforms all vertices to the metric CRS in one call. A file layer of the OGR
provider without unsaved edits is read straight through GDAL's Arrow stream (same features, same
order, same subset filter as the provider, about three times quicker); any other layer, or any
trouble on that path, goes through QGIS's feature iterator. Both give identical graphs.

Road classes and profiles
-------------------------
By default the class is the OSM `highway` field, and the OSM tags in QGIS's `other_tags`
hstore-like string (`"oneway"=>"yes","foot"=>"no"`) are read for one-way streets and access. Any
other line layer works with `class_field` naming its class field and a profile whose `speeds` map
those classes (BDOT10K_WALK and BDOT10K_DRIVE for BDOT10k's `KLASA_DROG`). A profile gives a
speed in km/h per class, a default speed for classes it does not list (or None: such roads are
not used), classes never used, and whether one-way streets count:

- WALK: 5 km/h everywhere people may walk; motorways (and `motorroad=yes`, `foot=no`,
  `access=no` without a foot permission) are left out; one-way streets are walked both ways.
- DRIVE: a speed per highway class; footways, paths, steps, cycleways and the like are left out,
  as are roads with `access`, `vehicle`, `motor_vehicle` or `motorcar` = no; `oneway=yes/true/1`
  is driven only along the line, `oneway=-1/reverse` only against it, `junction=roundabout`
  counts as one-way unless `oneway=no`.

Profiles are frozen; `profile.with_speeds({...})` gives an edited copy.

The search
----------
`multi_source_dijkstra` runs one Dijkstra from all aid points at once (a virtual super-source)
with a cutoff: each node gets the shortest time from any aid point (`inf` beyond the cutoff; a
node exactly at the cutoff is reached) and the index of that aid point. Tie rule: when two aid
points reach a node in exactly the same time, the one given first (lowest index) wins; several
points on one node give the node to the lowest of them. scipy.sparse.csgraph is used when it is
importable; a pure-Python heapq search gives bit-identical times and the same nearest points
(`use_scipy=False` forces it). Times are sums of the same float64 edge costs in both, and scipy's
arbitrary choice among tied aid points is replaced by the tie rule afterwards (only when some
node is tied, with a second search over the tight edges).

Points are snapped to the nearest node (ties: the lowest node index), with scipy's cKDTree or
else a grid of buckets; both give the same node. A point's time starts at its node: the way from
the point to the road is not counted (`snap_points` returns its length; `max_distance` leaves out
points farther than that from every road).
"""

from __future__ import annotations

import heapq
import math
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

try:  # scipy is optional: not every QGIS install has it
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra as _sp_dijkstra
    from scipy.spatial import cKDTree

    HAVE_SCIPY = True
except ImportError:  # pragma: no cover - exercised by use_scipy=False
    HAVE_SCIPY = False

DEFAULT_CRS = "EPSG:2180"
DEFAULT_SNAP = 0.001  # metres: vertices whose coordinates round to the same multiple of this are one node
KMH = 1000.0 / 3600.0  # m/s per km/h

FORWARD, BACKWARD, BOTH = 1, -1, 0

# -- profiles ----------------------------------------------------------------------------------------------

NOT_ROADS = frozenset({"construction", "proposed", "abandoned", "disused", "planned", "razed", "raceway",
                       "bus_guideway", "escape", "emergency_bay", "rest_area", "services"})

NOT_FOR_CARS = frozenset({"footway", "path", "steps", "cycleway", "pedestrian", "bridleway", "corridor",
                          "elevator", "platform", "sidewalk", "crossing", "trail", "via_ferrata"})

DRIVE_SPEEDS: dict[str, float] = {
    "motorway": 120.0, "motorway_link": 60.0, "trunk": 90.0, "trunk_link": 50.0,
    "primary": 70.0, "primary_link": 40.0, "secondary": 60.0, "secondary_link": 40.0,
    "tertiary": 50.0, "tertiary_link": 30.0, "unclassified": 40.0, "road": 30.0,
    "residential": 30.0, "living_street": 10.0, "service": 20.0, "track": 15.0,
}

# BDOT10k (SKJZ, field KLASA_DROG): A autostrada, S ekspresowa, GP główna ruchu przyspieszonego, G główna,
# Z zbiorcza, L lokalna, D dojazdowa, I inna
BDOT10K_DRIVE_SPEEDS: dict[str, float] = {"A": 120.0, "S": 100.0, "GP": 70.0, "G": 60.0, "Z": 50.0, "L": 40.0,
                                          "D": 30.0, "I": 20.0}


@dataclass(frozen=True)
class Profile:
    """How fast each road class is travelled, in km/h (see the module docstring)."""

    name: str
    speeds: Mapping[str, float] = field(default_factory=dict)
    default_speed: float | None = None  # km/h for classes not in `speeds`; None: not used
    oneway: bool = False  # honour one-way streets
    excluded: frozenset[str] = frozenset()  # classes never used
    osm_access: bool = True  # read access tags from `other_tags` (OSM layers)

    def speed(self, road_class: str | None) -> float | None:
        """km/h for a road class, or None when this profile does not use it."""
        if road_class is None or road_class == "":
            return None
        road_class = str(road_class)
        if road_class in self.excluded:
            return None
        value = self.speeds.get(road_class, self.default_speed)
        return float(value) if value is not None and value > 0 else None

    def with_speeds(self, speeds: Mapping[str, float], *, default_speed: float | None = None,
                    keep_default: bool = True) -> Profile:
        """A copy with these class speeds (km/h) changed, the others kept; 0 leaves a class out.

        A class given a positive speed is no longer excluded. `default_speed` replaces the speed of
        unlisted classes unless `keep_default` (then the profile's own is kept).
        """
        merged = dict(self.speeds)
        merged.update({str(k): float(v) for k, v in speeds.items()})
        default = self.default_speed if keep_default else default_speed
        excluded = frozenset(k for k in self.excluded if not (k in merged and merged[k] > 0))
        return Profile(self.name, merged, default, self.oneway, excluded, self.osm_access)

    def key(self) -> tuple[Any, ...]:
        """A hashable description (the graph cache uses it)."""
        return (self.name, tuple(sorted(self.speeds.items())), self.default_speed, self.oneway,
                tuple(sorted(self.excluded)), self.osm_access)


WALK = Profile("walk", {}, 5.0, oneway=False, excluded=NOT_ROADS | {"motorway", "motorway_link"})
DRIVE = Profile("drive", DRIVE_SPEEDS, None, oneway=True, excluded=NOT_ROADS | NOT_FOR_CARS)
BDOT10K_WALK = Profile("walk", {}, 5.0, oneway=False, excluded=frozenset({"A", "S"}), osm_access=False)
BDOT10K_DRIVE = Profile("drive", BDOT10K_DRIVE_SPEEDS, None, oneway=True, osm_access=False)
PROFILES = {"walk": WALK, "drive": DRIVE}


def profile(name: str, speeds: Mapping[str, float] | None = None) -> Profile:
    """The built-in OSM profile `name` ('walk' or 'drive'), with some class speeds changed."""
    base = PROFILES[name]
    return base.with_speeds(speeds) if speeds else base


# -- OSM tags ----------------------------------------------------------------------------------------------

_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: str | None) -> dict[str, str]:
    """QGIS/GDAL's OSM `other_tags` string (`"k"=>"v","k2"=>"v2"`) as a dict."""
    if not text:
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _TAG.findall(str(text))}


def oneway_direction(value: str | None, roundabout: bool = False) -> int:
    """FORWARD, BACKWARD or BOTH for an OSM oneway value (yes/true/1, -1/reverse, anything else)."""
    v = (str(value).strip().lower() if value is not None else "")
    if v in ("yes", "true", "1"):
        return FORWARD
    if v in ("-1", "reverse"):
        return BACKWARD
    if roundabout and v not in ("no", "false", "0"):
        return FORWARD
    return BOTH


_NO = ("no",)
_FOOT_OK = ("yes", "designated", "permissive", "official")


def road_rule(profile: Profile, road_class: str | None, tags: Mapping[str, str] | None,
              oneway: str | None = None) -> tuple[float | None, int]:
    """(speed in km/h or None when not used, direction) of one road for a profile."""
    speed = profile.speed(road_class)
    if speed is None:
        return None, BOTH
    tags = tags or {}
    if profile.osm_access and tags:
        access = tags.get("access")
        if profile.oneway:  # driving
            allowed = [tags.get(k) for k in ("motorcar", "motor_vehicle", "vehicle")]
            explicit = next((a for a in allowed if a is not None), None)
            if explicit in _NO or (explicit is None and access in _NO):
                return None, BOTH
        else:
            foot = tags.get("foot")
            if foot in _NO or tags.get("motorroad") == "yes" or (access in _NO and foot not in _FOOT_OK):
                return None, BOTH
    if not profile.oneway:
        return speed, BOTH
    value = oneway if oneway is not None else tags.get("oneway")
    return speed, oneway_direction(value, tags.get("junction") in ("roundabout", "circular"))


# -- the graph ---------------------------------------------------------------------------------------------

@dataclass(eq=False)
class RoadGraph:
    """Nodes and directed edges in CSR form, in the metric CRS `crs` (see the module docstring)."""

    xy: np.ndarray  # (n, 2) float64 node coordinates
    indptr: np.ndarray  # (n + 1,) int32
    indices: np.ndarray  # (m,) int32 head node of each edge
    cost: np.ndarray  # (m,) float64 seconds
    crs: str = DEFAULT_CRS
    profile: str = ""
    stats: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def node_count(self) -> int:
        return int(self.xy.shape[0])

    @property
    def edge_count(self) -> int:
        return int(self.indices.shape[0])

    def tails(self) -> np.ndarray:
        """The start node of each edge, (m,) int32."""
        if "tails" not in self._cache:
            self._cache["tails"] = np.repeat(np.arange(self.node_count, dtype=np.int32), np.diff(self.indptr))
        return self._cache["tails"]

    def matrix(self) -> Any:
        """The graph as a scipy CSR matrix (explicit entries are edges)."""
        if "csr" not in self._cache:
            n = self.node_count
            self._cache["csr"] = csr_matrix((self.cost, self.indices, self.indptr), shape=(n, n))
        return self._cache["csr"]

    def lists(self) -> tuple[list[int], list[int], list[float]]:
        """indptr, indices, cost as Python lists (for the pure-Python search)."""
        if "lists" not in self._cache:
            self._cache["lists"] = (self.indptr.tolist(), self.indices.tolist(), self.cost.tolist())
        return self._cache["lists"]

    def segments(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Undirected segments (a, b, cost a→b, cost b→a) with a < b; inf where a direction is not allowed."""
        if "segments" not in self._cache:
            tails, heads = self.tails(), self.indices
            lo, hi = np.minimum(tails, heads), np.maximum(tails, heads)
            key = lo.astype(np.int64) * self.node_count + hi
            uniq, inverse = np.unique(key, return_inverse=True)
            a = (uniq // max(self.node_count, 1)).astype(np.int32)
            b = (uniq % max(self.node_count, 1)).astype(np.int32)
            ab = np.full(uniq.shape[0], np.inf)
            ba = np.full(uniq.shape[0], np.inf)
            fwd = tails < heads
            ab[inverse[fwd]] = self.cost[fwd]  # (tail, head) pairs are unique, so no clashes
            ba[inverse[~fwd]] = self.cost[~fwd]
            self._cache["segments"] = (a, b, ab, ba)
        return self._cache["segments"]


def _wkb_parts(wkb: bytes) -> list[np.ndarray]:
    """The xy coordinates of each line in a (Multi)LineString WKB, as (k, 2) arrays."""
    out: list[np.ndarray] = []

    def read(offset: int) -> int:
        endian = "<" if wkb[offset] == 1 else ">"
        gtype = int.from_bytes(wkb[offset + 1:offset + 5], "little" if endian == "<" else "big")
        iso = gtype & 0x0FFFFFFF  # ISO WKB: 1000s say Z, M or ZM; EWKB: high flag bits
        base, dim = iso % 1000, iso // 1000
        has_z = bool(gtype & 0x80000000) or dim in (1, 3)
        has_m = bool(gtype & 0x40000000) or dim in (2, 3)
        dims = 2 + has_z + has_m
        offset += 5
        count = int.from_bytes(wkb[offset:offset + 4], "little" if endian == "<" else "big")
        offset += 4
        if base == 2:  # LineString
            arr = np.frombuffer(wkb, dtype=f"{endian}f8", count=count * dims, offset=offset).reshape(count, dims)
            out.append(np.ascontiguousarray(arr[:, :2], dtype=np.float64))
            return offset + count * dims * 8
        if base in (5, 7):  # MultiLineString, GeometryCollection
            for _ in range(count):
                offset = read(offset)
            return offset
        raise ValueError(f"not a line geometry (WKB type {gtype})")

    read(0)
    return out


def build_graph(parts: Sequence[np.ndarray], speeds_kmh: Sequence[float] | np.ndarray,
                directions: Sequence[int] | np.ndarray, *, crs: str = DEFAULT_CRS, snap: float = DEFAULT_SNAP,
                profile_name: str = "") -> RoadGraph:
    """The graph of lines given as coordinate arrays in a metric CRS, one speed and direction per line."""
    counts = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    xy = (np.concatenate([np.asarray(p, dtype=np.float64).reshape(-1, 2)[:, :2] for p in parts]) if len(parts)
          else np.zeros((0, 2)))
    return build_graph_flat(xy, counts, speeds_kmh, directions, crs=crs, snap=snap, profile_name=profile_name)


def build_graph_flat(xy: np.ndarray, counts: np.ndarray, speeds_kmh: Sequence[float] | np.ndarray,
                     directions: Sequence[int] | np.ndarray, *, crs: str = DEFAULT_CRS, snap: float = DEFAULT_SNAP,
                     profile_name: str = "") -> RoadGraph:
    """`build_graph` with the lines' vertices in one (N, 2) array, `counts[i]` of them for line i."""
    counts = np.asarray(counts, dtype=np.int64)
    speeds_kmh = np.asarray(speeds_kmh, dtype=np.float64)
    directions = np.asarray(directions, dtype=np.int8)
    keep = counts >= 2
    if not keep.all():
        xy = xy[np.repeat(keep, counts)]
        speeds_kmh, directions, counts = speeds_kmh[keep], directions[keep], counts[keep]
    if counts.shape[0] == 0:
        return RoadGraph(np.zeros((0, 2)), np.zeros(1, np.int32), np.zeros(0, np.int32), np.zeros(0), crs,
                         profile_name, {"lines": 0})
    # nodes: one per distinct rounded coordinate; the first vertex seen gives the node its coordinates
    kx = np.round(xy[:, 0] / snap).astype(np.int64)
    ky = np.round(xy[:, 1] / snap).astype(np.int64)
    order = np.lexsort((ky, kx))
    sx, sy = kx[order], ky[order]
    new = np.empty(order.shape[0], dtype=bool)
    new[0] = True
    new[1:] = (sx[1:] != sx[:-1]) | (sy[1:] != sy[:-1])
    vertex_node_sorted = np.cumsum(new) - 1
    # number nodes by the first vertex that has them, so the numbering follows the input order
    # (lexsort is stable: the first of each run of equal keys is its lowest vertex index)
    first_vertex = order[new]
    renumber = np.empty_like(first_vertex)
    renumber[np.argsort(first_vertex, kind="stable")] = np.arange(first_vertex.shape[0])
    vertex_node = np.empty(xy.shape[0], dtype=np.int64)
    vertex_node[order] = renumber[vertex_node_sorted]
    node_xy = np.empty((first_vertex.shape[0], 2))
    node_xy[renumber] = xy[first_vertex]
    # segments: consecutive vertices of the same line
    line_of = np.repeat(np.arange(counts.shape[0]), counts)
    same = line_of[1:] == line_of[:-1]
    a_v = np.nonzero(same)[0]
    b_v = a_v + 1
    seg_line = line_of[a_v]
    length = np.hypot(xy[b_v, 0] - xy[a_v, 0], xy[b_v, 1] - xy[a_v, 1])
    speed = np.asarray(speeds_kmh, dtype=np.float64)[seg_line]
    cost = length / (speed * KMH)
    direction = np.asarray(directions, dtype=np.int8)[seg_line]
    a_n, b_n = vertex_node[a_v], vertex_node[b_v]
    fwd = direction != BACKWARD
    bwd = direction != FORWARD
    tails = np.concatenate([a_n[fwd], b_n[bwd]])
    heads = np.concatenate([b_n[fwd], a_n[bwd]])
    costs = np.concatenate([cost[fwd], cost[bwd]])
    real = tails != heads
    tails, heads, costs = tails[real], heads[real], costs[real]
    # the cheapest edge of each (tail, head)
    o = np.lexsort((costs, heads, tails))
    tails, heads, costs = tails[o], heads[o], costs[o]
    first = np.ones(tails.shape[0], dtype=bool)
    first[1:] = (tails[1:] != tails[:-1]) | (heads[1:] != heads[:-1])
    tails, heads, costs = tails[first], heads[first], costs[first]
    n = node_xy.shape[0]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=n), out=indptr[1:])
    stats = {"lines": int(counts.shape[0]), "vertices": int(xy.shape[0]), "segments": int(a_v.shape[0])}
    return RoadGraph(node_xy, indptr.astype(np.int32), heads.astype(np.int32), np.ascontiguousarray(costs), crs,
                     profile_name, stats)


@dataclass(frozen=True)
class RoadLine:
    """One road for `graph_from_lines`: its vertices (metric CRS), class, and OSM tags or oneway value."""

    coords: Sequence[tuple[float, float]] | np.ndarray
    road_class: str | None
    tags: str | Mapping[str, str] | None = None  # `other_tags` string or a dict
    oneway: str | None = None  # a oneway value overriding the tags


def graph_from_lines(lines: Iterable[RoadLine | tuple[Any, ...]], profile: Profile = WALK, *,
                     crs: str = DEFAULT_CRS, snap: float = DEFAULT_SNAP) -> RoadGraph:
    """The graph of roads given without QGIS: RoadLine(coords, class, tags, oneway) or plain tuples."""
    parts: list[np.ndarray] = []
    speeds: list[float] = []
    dirs: list[int] = []
    for item in lines:
        line = item if isinstance(item, RoadLine) else RoadLine(*item)
        tags = parse_other_tags(line.tags) if isinstance(line.tags, str) or line.tags is None else line.tags
        speed, direction = road_rule(profile, line.road_class, tags, line.oneway)
        if speed is None:
            continue
        parts.append(np.asarray(line.coords, dtype=np.float64).reshape(-1, 2))
        speeds.append(speed)
        dirs.append(direction)
    return build_graph(parts, speeds, dirs, crs=crs, snap=snap, profile_name=profile.name)


def _crs(crs: Any) -> Any:
    from qgis.core import QgsCoordinateReferenceSystem

    return crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(str(crs))


def crs_id(crs: Any) -> str:
    c = _crs(crs)
    return c.authid() or c.toWkt()


def graph_from_layer(layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, *, class_field: str = "highway",
                     tags_field: str | None = "other_tags", oneway_field: str | None = None,
                     snap: float = DEFAULT_SNAP, is_canceled: Callable[[], bool] | None = None,
                     fast: bool = True) -> RoadGraph:
    """The graph of a QGIS line layer (or any feature source), transformed to the metric `crs`.

    `class_field` holds the road class (OSM `highway` by default); `tags_field` an OSM `other_tags`
    string (ignored when the layer has no such field); `oneway_field` a field of oneway values.
    Features whose class the profile does not use are skipped. A file layer of the OGR provider
    without unsaved edits is read straight through GDAL's Arrow interface (the same features, in the
    same order, as the provider gives; `fast=False` reads through QGIS's feature iterator instead).
    """
    from qgis.core import QgsCoordinateTransform, QgsProject

    fields = layer.fields()
    if fields.indexOf(class_field) < 0:
        raise ValueError(f"the layer has no field {class_field!r}")
    if tags_field and fields.indexOf(tags_field) < 0:
        tags_field = None
    if oneway_field and fields.indexOf(oneway_field) < 0:
        raise ValueError(f"the layer has no field {oneway_field!r}")
    if not (profile.osm_access or profile.oneway):
        tags_field = None
    names = [class_field, tags_field, oneway_field]
    records = _read_ogr(layer, names, is_canceled) if fast else None
    if records is None:
        records = _read_features(layer, names, is_canceled)
    wkbs, classes, tags, oneways = records
    rules: dict[tuple[Any, Any, Any], tuple[float | None, int]] = {}
    used: list[int] = []
    speeds: list[float] = []
    dirs: list[int] = []
    for i, key in enumerate(zip(classes, tags, oneways)):
        rule = rules.get(key)
        if rule is None:
            cls, tag_text, ow = (_value(v) for v in key)
            rule = rules[key] = road_rule(profile, None if cls is None else str(cls),
                                          parse_other_tags(tag_text) if isinstance(tag_text, str) else None,
                                          None if ow is None else str(ow))
        if rule[0] is not None and wkbs[i] is not None:
            used.append(i)
            speeds.append(rule[0])
            dirs.append(rule[1])
    xy, counts, owner = _parse_lines([wkbs[i] for i in used])
    dest = _crs(crs)
    source_crs = layer.sourceCrs() if hasattr(layer, "sourceCrs") else layer.crs()
    if source_crs != dest and xy.shape[0]:
        xy = _transform_xy(xy, QgsCoordinateTransform(source_crs, dest, QgsProject.instance()))
    return build_graph_flat(xy, counts, np.asarray(speeds)[owner], np.asarray(dirs, dtype=np.int8)[owner],
                            crs=crs_id(dest), snap=snap, profile_name=profile.name)


Records = tuple[list[Any], list[Any], list[Any], list[Any]]  # WKB (None: no geometry), class, tags, oneway


def _value(v: Any) -> Any:
    """A plain Python value of an attribute (NULL QVariants and bytes from GDAL become None and str)."""
    if v is None or isinstance(v, (str, int, float)):
        return v
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if hasattr(v, "isNull") and v.isNull():
        return None
    return v if isinstance(v, bool) else str(v)


def _read_features(layer: Any, names: list[str | None], is_canceled: Callable[[], bool] | None) -> Records:
    """Geometries (curves segmentized) and attributes through QGIS's feature iterator."""
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsWkbTypes

    fields = layer.fields()
    idx = [fields.indexOf(n) if n else -1 for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in idx if i >= 0])
    out: Records = ([], [], [], [])
    wkbs, cols = out[0], out[1:]
    curved = QgsWkbTypes.isCurvedType
    for n, feature in enumerate(layer.getFeatures(request)):
        if is_canceled is not None and n % 4096 == 0 and is_canceled():
            raise InterruptedError("canceled")
        geom = feature.geometry()
        if geom.isNull():
            wkbs.append(None)
        else:
            if curved(geom.wkbType()):
                geom = QgsGeometry(geom.constGet().segmentize())
            wkbs.append(bytes(geom.asWkb()))
        for col, i in zip(cols, idx):
            col.append(_value(feature.attribute(i)) if i >= 0 else None)
    return out


def _read_ogr(layer: Any, names: list[str | None], is_canceled: Callable[[], bool] | None) -> Records | None:
    """The same records read through GDAL's Arrow stream, or None when that is not possible here."""
    try:
        from osgeo import ogr
        from qgis.core import QgsProviderRegistry

        if layer.providerType() != "ogr" or layer.isEditable() or layer.isModified():
            return None
        subset = layer.subsetString() or ""
        if subset.strip().lower().startswith("select"):
            return None
        uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = uri.get("path")
        if not path or not os.path.exists(path) or uri.get("geometryType") or uri.get("openOptions"):
            return None
        ds = ogr.Open(path, 0)
        if ds is None:
            return None
        name, lid = uri.get("layerName"), uri.get("layerId")
        lyr = ds.GetLayerByName(name) if name else ds.GetLayer(int(lid) if lid is not None else 0)
        if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
            return None
        defn = lyr.GetLayerDefn()
        have = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        wanted = [n for n in names if n]
        if any(n not in have for n in wanted) or defn.GetGeomFieldCount() != 1:
            return None
        if subset and lyr.SetAttributeFilter(subset) != 0:
            return None
        lyr.SetIgnoredFields([n for n in have if n not in wanted])
        geom_name = defn.GetGeomFieldDefn(0).GetName() or "wkb_geometry"
        out: Records = ([], [], [], [])
        for batch in lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
            if is_canceled is not None and is_canceled():
                raise InterruptedError("canceled")
            # raw values (bytes for strings, None for NULL): graph_from_layer converts each distinct one once
            for col, n in zip(out, [geom_name, *names]):
                if not n:
                    col.extend([None] * len(batch[geom_name]))
                    continue
                values = batch[n]
                data = np.ma.getdata(values).tolist()
                mask = np.ma.getmaskarray(values)
                col.extend(data if not mask.any() else [None if m else v for v, m in zip(data, mask.tolist())])
        ds = None
        return out
    except InterruptedError:
        raise
    except Exception:  # noqa: BLE001 - any trouble on the fast path: read through QGIS instead
        return None


def _parse_lines(wkbs: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xy (N, 2), vertex count of each line part, index of the WKB each part comes from).

    2D little-endian LineStrings (the common case) are parsed in one go; anything else (multi
    lines, Z/M, big-endian, curves) geometry by geometry.
    """
    k = len(wkbs)
    if k == 0:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    lens = np.fromiter(map(len, wkbs), dtype=np.int64, count=k)
    buf = np.frombuffer(b"".join(wkbs), dtype=np.uint8)
    starts = np.cumsum(lens) - lens
    if (lens >= 9).all():
        head = buf[starts[:, None] + np.arange(9)]
        counts = head[:, 5:9].copy().view("<u4").ravel().astype(np.int64)
        simple = (head[:, :5] == np.array([1, 2, 0, 0, 0], dtype=np.uint8)).all(axis=1)
        if simple.all() and (lens == 9 + 16 * counts).all():
            keep = np.ones(buf.shape[0], dtype=bool)
            keep[(starts[:, None] + np.arange(9)).ravel()] = False
            xy = buf[keep].view("<f8").astype(np.float64).reshape(-1, 2)
            return xy, counts, np.arange(k, dtype=np.int64)
    parts: list[np.ndarray] = []
    owner: list[int] = []
    for i, wkb in enumerate(wkbs):
        try:
            found = _wkb_parts(wkb)
        except ValueError:  # a curve: let QGIS segmentize it (anything else that is not a line is skipped)
            found = _segmentized_parts(wkb)
        parts.extend(found)
        owner.extend([i] * len(found))
    if not parts:
        return np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return (np.concatenate(parts), np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)),
            np.asarray(owner, dtype=np.int64))


def _segmentized_parts(wkb: bytes) -> list[np.ndarray]:
    from qgis.core import QgsGeometry

    g = QgsGeometry()
    g.fromWkb(wkb)
    if g.isNull():
        return []
    try:
        return _wkb_parts(bytes(QgsGeometry(g.constGet().segmentize()).asWkb()))
    except ValueError:
        return []


def _transform_xy(xy: np.ndarray, transform: Any) -> np.ndarray:
    """Coordinates through a QgsCoordinateTransform, all in one call."""
    from qgis.core import QgsCsException, QgsLineString

    line = QgsLineString(xy[:, 0].tolist(), xy[:, 1].tolist())
    try:
        line.transform(transform)
    except QgsCsException as exc:
        raise ValueError(f"the roads cannot be transformed to {transform.destinationCrs().authid()}: {exc}") from exc
    wkb = bytes(line.asWkb())  # QGIS 3.22 has no xVector(): read the coordinates back from the WKB
    return np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2).astype(np.float64)


# -- the cache ---------------------------------------------------------------------------------------------

def _source_file_stamp(layer: Any) -> tuple[Any, ...]:
    """(mtime, size) of the file behind a file-based layer, or () for others."""
    try:
        from qgis.core import QgsProviderRegistry

        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        if path and os.path.exists(path):
            st = os.stat(path)
            stamps: list[Any] = [st.st_mtime_ns, st.st_size]
            for suffix in ("-wal",):  # GeoPackage / SQLite write-ahead log
                if os.path.exists(path + suffix):
                    st2 = os.stat(path + suffix)
                    stamps += [st2.st_mtime_ns, st2.st_size]
            return tuple(stamps)
    except Exception:  # noqa: BLE001 - a layer we cannot stat is keyed by its other stamps
        pass
    return ()


_EDIT_SIGNALS = ("dataChanged", "featureAdded", "featureDeleted", "geometryChanged", "attributeValueChanged",
                 "attributeAdded", "attributeDeleted", "afterCommitChanges", "afterRollBack",
                 "subsetStringChanged", "dataSourceChanged", "crsChanged")


class GraphCache:
    """Road graphs by layer and settings, kept until the layer changes (at most `max_entries`).

    A layer's stamp is its id, source, subset string, CRS, feature count, the mtime and size of its
    file, and a counter bumped by the layer's edit signals (dataChanged, featureAdded, geometryChanged,
    attributeValueChanged, afterCommitChanges, …), so an edit, a commit, a new filter or a file
    rewritten by another program all give a new graph.
    """

    def __init__(self, max_entries: int = 4) -> None:
        self.max_entries = max_entries
        self._graphs: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], RoadGraph]] = OrderedDict()
        self._counters: dict[str, int] = {}
        self._lock = threading.Lock()
        self.builds = 0  # how many graphs were built (tests read it)

    def _watch(self, layer: Any) -> None:
        lid = layer.id()
        if lid in self._counters:
            return
        self._counters[lid] = 0

        def bump(*_: Any) -> None:
            self._counters[lid] = self._counters.get(lid, 0) + 1

        for name in _EDIT_SIGNALS:
            signal = getattr(layer, name, None)
            if signal is not None:
                signal.connect(bump)
        if hasattr(layer, "willBeDeleted"):
            layer.willBeDeleted.connect(lambda: self.forget(lid))

    def stamp(self, layer: Any) -> tuple[Any, ...]:
        self._watch(layer)
        lid = layer.id()
        return (lid, layer.source(), layer.subsetString(), crs_id(layer.crs()), layer.featureCount(),
                self._counters.get(lid, 0), layer.isModified(), _source_file_stamp(layer))

    def get(self, layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, *, class_field: str = "highway",
            tags_field: str | None = "other_tags", oneway_field: str | None = None, snap: float = DEFAULT_SNAP,
            is_canceled: Callable[[], bool] | None = None) -> RoadGraph:
        """The graph of `layer` for these settings, built now or reused when the layer has not changed."""
        key = (layer.id(), profile.key(), crs_id(crs), class_field, tags_field, oneway_field, snap)
        stamp = self.stamp(layer)
        with self._lock:
            hit = self._graphs.get(key)
            if hit is not None and hit[0] == stamp:
                self._graphs.move_to_end(key)
                return hit[1]
        graph = graph_from_layer(layer, profile, crs, class_field=class_field, tags_field=tags_field,
                                 oneway_field=oneway_field, snap=snap, is_canceled=is_canceled)
        with self._lock:
            self.builds += 1
            self._graphs[key] = (stamp, graph)
            self._graphs.move_to_end(key)
            while len(self._graphs) > self.max_entries:
                self._graphs.popitem(last=False)
        return graph

    def forget(self, layer_id: str) -> None:
        with self._lock:
            for key in [k for k in self._graphs if k[0] == layer_id]:
                del self._graphs[key]
            self._counters.pop(layer_id, None)

    def clear(self) -> None:
        with self._lock:
            self._graphs.clear()


GRAPHS = GraphCache()


def cached_graph(layer: Any, profile: Profile = WALK, crs: Any = DEFAULT_CRS, **options: Any) -> RoadGraph:
    """`GRAPHS.get(...)`: the graph of a layer, reused until the layer changes."""
    return GRAPHS.get(layer, profile, crs, **options)


# -- points ------------------------------------------------------------------------------------------------

def features_in(layer: Any, crs: Any, request: Any = None) -> Iterator[tuple[Any, Any]]:
    """(feature, its geometry in `crs`) of a layer's features (selected by `request`) that have a geometry."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject

    dest = _crs(crs)
    transform = None if layer.crs() == dest else QgsCoordinateTransform(layer.crs(), dest, QgsProject.instance())
    for f in layer.getFeatures(request or QgsFeatureRequest()):
        g = f.geometry()
        if g.isNull() or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        yield f, g


def points_from_layer(layer: Any, crs: Any = DEFAULT_CRS, id_field: str | None = None,
                      request: Any = None) -> tuple[np.ndarray, list[Any]]:
    """Point coordinates (k, 2) in `crs` and ids (the field's values, else feature ids) of a point layer."""
    xs: list[tuple[float, float]] = []
    ids: list[Any] = []
    for f, g in features_in(layer, crs, request):
        p = g.asPoint() if not g.isMultipart() else g.centroid().asPoint()
        xs.append((p.x(), p.y()))
        ids.append(f[id_field] if id_field else f.id())
    return np.asarray(xs, dtype=np.float64).reshape(-1, 2), ids


class _Buckets:
    """Nearest node without scipy: nodes in square buckets, searched ring by ring."""

    def __init__(self, xy: np.ndarray) -> None:
        self.xy = xy
        n = max(xy.shape[0], 1)
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        span = float(max(hi[0] - lo[0], hi[1] - lo[1], 1e-9))
        self.size = max(span / math.sqrt(n / 4.0), 1e-6)  # about 4 nodes a bucket
        self.lo = lo
        cells = np.floor((xy - lo) / self.size).astype(np.int64)
        self.buckets: dict[tuple[int, int], list[int]] = {}
        for i, (cx, cy) in enumerate(cells.tolist()):
            self.buckets.setdefault((cx, cy), []).append(i)
        self.max_ring = int(np.ceil(span / self.size)) + 2

    def candidates(self, p: np.ndarray) -> np.ndarray:
        cx, cy = (int(v) for v in np.floor((p - self.lo) / self.size))
        found: list[int] = []
        ring = 0
        stop_at: int | None = None
        while ring <= self.max_ring + abs(cx) + abs(cy):
            for i in range(cx - ring, cx + ring + 1):
                for j in (range(cy - ring, cy + ring + 1) if i in (cx - ring, cx + ring) else (cy - ring, cy + ring)):
                    found.extend(self.buckets.get((i, j), ()))
            if found and stop_at is None:
                # anything nearer than the first hit lies within this many more rings
                d = float(np.sqrt(((self.xy[found] - p) ** 2).sum(axis=1).min()))
                stop_at = ring + int(np.ceil(d / self.size)) + 1
            if stop_at is not None and ring >= stop_at:
                break
            ring += 1
        return np.asarray(found, dtype=np.int64)


def snap_points(graph: RoadGraph, xy: np.ndarray | Sequence[tuple[float, float]], max_distance: float | None = None,
                *, use_scipy: bool | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The nearest node of each point (-1 when none is within `max_distance`) and its distance in metres.

    Ties go to the lowest node index; cKDTree and the bucket fallback give the same nodes.
    """
    pts = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    nodes = np.full(pts.shape[0], -1, dtype=np.int64)
    dist = np.full(pts.shape[0], np.inf)
    if graph.node_count == 0 or pts.shape[0] == 0:
        return nodes, dist
    scipy_ok = HAVE_SCIPY if use_scipy is None else (use_scipy and HAVE_SCIPY)
    if use_scipy and not HAVE_SCIPY:
        raise RuntimeError("scipy is not available")
    for k, p in enumerate(pts):
        if scipy_ok:
            tree = graph._cache.get("kdtree")
            if tree is None:
                tree = graph._cache["kdtree"] = cKDTree(graph.xy)
            d, _ = tree.query(p, k=1)
            cand = np.asarray(tree.query_ball_point(p, r=float(d) * (1 + 1e-9) + 1e-9), dtype=np.int64)
        else:
            buckets = graph._cache.get("buckets")
            if buckets is None:
                buckets = graph._cache["buckets"] = _Buckets(graph.xy)
            cand = buckets.candidates(p)
        d2 = ((graph.xy[cand] - p) ** 2).sum(axis=1)
        best = d2.min()
        node = int(cand[d2 == best].min())
        nodes[k] = node
        dist[k] = math.sqrt(float(best))
    if max_distance is not None:
        far = dist > max_distance
        nodes[far] = -1
    return nodes, dist


# -- the search --------------------------------------------------------------------------------------------

@dataclass
class Reach:
    """The outcome of one multi-source search: per node, the time in seconds and the nearest point."""

    time: np.ndarray  # (n,) float64, inf where not reached within the cutoff
    nearest: np.ndarray  # (n,) int32 index of the nearest point, -1 where not reached
    cutoff: float
    engine: str  # "scipy" or "python"

    @property
    def reached(self) -> np.ndarray:
        return np.isfinite(self.time)


def _source_ranks(n: int, source_nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct source nodes, the lowest point index on each)."""
    valid = np.nonzero((source_nodes >= 0) & (source_nodes < n))[0]
    nodes = source_nodes[valid]
    if nodes.shape[0] == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.lexsort((valid, nodes))
    nodes_s, valid_s = nodes[order], valid[order]
    first = np.ones(nodes_s.shape[0], dtype=bool)
    first[1:] = nodes_s[1:] != nodes_s[:-1]
    return nodes_s[first].astype(np.int64), valid_s[first].astype(np.int64)


def multi_source_dijkstra(graph: RoadGraph, source_nodes: Sequence[int] | np.ndarray, cutoff: float, *,
                          use_scipy: bool | None = None) -> Reach:
    """Shortest time (s) from any source to every node within `cutoff`, and which source (see the docstring).

    `source_nodes[i]` is the node of point i (-1: the point is left out); `nearest` holds point indexes.
    """
    if use_scipy and not HAVE_SCIPY:
        raise RuntimeError("scipy is not available")
    scipy_ok = HAVE_SCIPY if use_scipy is None else bool(use_scipy)
    n = graph.node_count
    nodes, ranks = _source_ranks(n, np.asarray(source_nodes, dtype=np.int64).reshape(-1))
    cutoff = float(cutoff)
    if nodes.shape[0] == 0 or n == 0:
        return Reach(np.full(n, np.inf), np.full(n, -1, np.int32), cutoff, "scipy" if scipy_ok else "python")
    if scipy_ok:
        return _dijkstra_scipy(graph, nodes, ranks, cutoff)
    return _dijkstra_python(graph, nodes, ranks, cutoff)


def _dijkstra_python(graph: RoadGraph, nodes: np.ndarray, ranks: np.ndarray, cutoff: float) -> Reach:
    indptr, indices, cost = graph.lists()
    n = graph.node_count
    inf = math.inf
    dist = [inf] * n
    label = [-1] * n
    done = [False] * n
    heap: list[tuple[float, int, int]] = []
    for node, rank in zip(nodes.tolist(), ranks.tolist()):
        dist[node] = 0.0
        label[node] = rank
        heap.append((0.0, rank, node))
    heapq.heapify(heap)
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        d, r, u = pop(heap)
        if done[u] or d != dist[u] or r != label[u]:
            continue
        done[u] = True
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            if done[v]:
                continue
            nd = d + cost[k]
            if nd > cutoff:
                continue
            dv = dist[v]
            if nd < dv or (nd == dv and r < label[v]):
                dist[v] = nd
                label[v] = r
                push(heap, (nd, r, v))
    return Reach(np.asarray(dist, dtype=np.float64), np.asarray(label, dtype=np.int32), cutoff, "python")


def _dijkstra_scipy(graph: RoadGraph, nodes: np.ndarray, ranks: np.ndarray, cutoff: float) -> Reach:
    n = graph.node_count
    dist, _pred, sources = _sp_dijkstra(graph.matrix(), directed=True, indices=nodes, min_only=True,
                                        limit=cutoff, return_predecessors=True)
    rank_of = np.full(n, -1, dtype=np.int64)
    rank_of[nodes] = ranks
    label = np.where(sources >= 0, rank_of[np.maximum(sources, 0)], -1)
    label[nodes] = ranks  # a source node is its own (scipy marks it with itself too)
    # scipy picks one of several equally near sources arbitrarily; the tie rule wants the lowest point.
    # Labels follow the rule exactly when no tight edge (tail time + cost == head time) leads from a
    # lower label to a higher one; otherwise recompute them as the lowest source over tight paths.
    tails, heads = graph.tails(), graph.indices
    dt = dist[tails]
    ok = np.isfinite(dt)
    t_idx = np.nonzero(ok)[0]
    tight = t_idx[(dt[t_idx] + graph.cost[t_idx]) == dist[heads[t_idx]]]
    if tight.shape[0] and bool((label[tails[tight]] < label[heads[tight]]).any()):
        label = _lowest_tight_source(n, tails[tight], heads[tight], nodes, ranks)
    label[~np.isfinite(dist)] = -1
    return Reach(dist, label.astype(np.int32), cutoff, "scipy")


def _lowest_tight_source(n: int, tails: np.ndarray, heads: np.ndarray, nodes: np.ndarray,
                         ranks: np.ndarray) -> np.ndarray:
    """For each node, the lowest rank of a source with a path of tight edges to it.

    A search from a virtual node n that reaches source s at cost rank(s) + 1 and follows the tight
    edges at cost 0: the cost of each node is then exactly its lowest source rank + 1.
    """
    t = np.concatenate([np.full(nodes.shape[0], n, dtype=np.int64), tails.astype(np.int64)])
    h = np.concatenate([nodes.astype(np.int64), heads.astype(np.int64)])
    w = np.concatenate([ranks.astype(np.float64) + 1.0, np.zeros(tails.shape[0])])
    o = np.argsort(t, kind="stable")
    t, h, w = t[o], h[o], w[o]
    indptr = np.zeros(n + 2, dtype=np.int64)
    np.cumsum(np.bincount(t, minlength=n + 1), out=indptr[1:])
    m = csr_matrix((w, h.astype(np.int32), indptr.astype(np.int32)), shape=(n + 1, n + 1))
    d = _sp_dijkstra(m, directed=True, indices=n)[:n]
    return np.where(np.isfinite(d), np.rint(np.where(np.isfinite(d), d, 1.0)) - 1, -1).astype(np.int64)
