"""The road graph and the one-pass travel-time search behind the service areas (docs/ARCHITECTURE.md,
"Service areas"). Pure Python with numpy (scipy when it is importable): no QGIS import, so the search
is tested without QGIS; `roads` reads QGIS layers into this graph.

    graph = graph_from_lines(lines, WALK)                          # or roads.cached_graph(layer, WALK)
    nodes, dist = snap_points(graph, points_xy)                    # each aid point to its nearest node
    reach = multi_source_dijkstra(graph, nodes, cutoff=15 * 60)    # time and nearest aid point per node

The graph
---------
Every vertex of every road line is a node; nodes are merged when their coordinates in the metric
CRS round to the same multiple of `snap` metres (1 mm by default), so lines that share a vertex
are joined and lines that merely cross (bridges) are not. Each segment between consecutive
vertices is an edge in one or both directions; its cost in seconds is its planar length (taken
from the unsnapped coordinates) divided by the speed of its road class (see `profiles`). Where
several edges join the same two nodes in the same direction only the cheapest is kept. The edges
are stored as CSR arrays (numpy): the edges leaving node i are `indices[indptr[i]:indptr[i+1]]`.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..progress import Feedback, checkpoint
from .profiles import BACKWARD, FORWARD, WALK, Profile, parse_other_tags, road_rule

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
CHECK_EVERY = 1 << 16  # pure-Python search: look for a cancel after this many nodes settled

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

# -- points ------------------------------------------------------------------------------------------------

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
                          use_scipy: bool | None = None, feedback: Feedback | None = None) -> Reach:
    """Shortest time (s) from any source to every node within `cutoff`, and which source (see the docstring).

    `source_nodes[i]` is the node of point i (-1: the point is left out); `nearest` holds point indexes.
    A cancel through `feedback` raises `errors.Cancelled` (the scipy search, one C call, is not interrupted).
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
    return _dijkstra_python(graph, nodes, ranks, cutoff, feedback)


def _dijkstra_python(graph: RoadGraph, nodes: np.ndarray, ranks: np.ndarray, cutoff: float,
                     feedback: Feedback | None = None) -> Reach:
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
    settled = 0
    while heap:
        d, r, u = pop(heap)
        if done[u] or d != dist[u] or r != label[u]:
            continue
        done[u] = True
        settled += 1
        if settled % CHECK_EVERY == 0:
            checkpoint(feedback)
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
