"""The travel-time engine against QGIS's own network analysis, on Helsinki's OSM roads and a generated grid.

The oracle graph is built by QGIS alone: QgsVectorLayerDirector + QgsNetworkSpeedStrategy +
QgsGraphBuilder (planar lengths in the same metric CRS, no snapping tolerance) over a copy of the
roads that carries, per road, the speed and direction the profile gives it. Then:

- the two graphs have the same nodes and the same directed edges at the same cost;
- from each of several points, the nodes QgsGraphAnalyzer.dijkstra reaches within the cutoff are
  exactly the nodes our search reaches, at the same times (1e-6 s);
- from all points at once, each node's time is the lowest of those single-point times and its
  nearest point is one that reaches it at that time;
- the scipy search and the pure-Python one agree exactly, and so do the polygons made from them;
- the vertices native:serviceareafromlayer reaches are ours too;
- on toy networks whose answers are worked out by hand (tests/unit/test_network_toy.py has the
  searches alone): the known gap of a square, rings and cumulative bands, city blocks filled, the
  people not covered.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkSpeedStrategy, QgsVectorLayerDirector
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from scipy.spatial import cKDTree

from mapujpomoc_qgis.core.service_areas import ServiceAreaError, inputs, roads
from mapujpomoc_qgis.core.service_areas import graph as nw
from mapujpomoc_qgis.core.service_areas import isochrones as iso
from mapujpomoc_qgis.core.service_areas import profiles as pf
from mapujpomoc_qgis.core.service_areas.graph import RoadLine
from mapujpomoc_qgis.core.service_areas.profiles import WALK

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.roadgen import grid_roads, memory_layer  # noqa: E402

HELSINKI_CRS = "EPSG:3067"
ENGINES = [pytest.param(True, id="scipy"), pytest.param(False, id="python")]


def node_at(graph: nw.RoadGraph, x: float, y: float) -> int:
    return int(np.nonzero((graph.xy[:, 0] == x) & (graph.xy[:, 1] == y))[0][0])


@pytest.fixture(scope="module")
def helsinki(shared_data: Path) -> Iterator[QgsVectorLayer]:
    layer = QgsVectorLayer(f"{shared_data / 'osm' / 'helsinki.osm.pbf'}|layername=lines", "helsinki", "ogr")
    assert layer.isValid()
    # an OGR layer left to Python's garbage collector at teardown can crash QGIS; the project deletes it cleanly
    QgsProject.instance().addMapLayer(layer, False)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture(scope="module")
def generated() -> QgsVectorLayer:
    return memory_layer(grid_roads(30, seed=4, oneway_share=0.25), name="grid")


def oracle_layer(layer: QgsVectorLayer, profile: pf.Profile) -> QgsVectorLayer:
    """The roads the profile uses, in the layer's own CRS, with fields speed (km/h) and dir (F/B/T)."""
    geom_type = QgsWkbTypes.displayString(layer.wkbType())
    out = QgsVectorLayer(f"{geom_type}?crs={layer.crs().authid()}&field=speed:double&field=dir:string",
                         "oracle", "memory")
    has_tags = layer.fields().indexOf("other_tags") >= 0
    feats = []
    for f in layer.getFeatures():
        tags = pf.parse_other_tags(f["other_tags"] if has_tags and isinstance(f["other_tags"], str) else None)
        speed, direction = pf.road_rule(profile, f["highway"] if isinstance(f["highway"], str) else None, tags)
        if speed is None or f.geometry().isNull():
            continue
        g = QgsFeature(out.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([speed, {pf.FORWARD: "F", pf.BACKWARD: "B", pf.BOTH: "T"}[direction]])
        feats.append(g)
    assert out.dataProvider().addFeatures(feats)[0]
    return out


def qgis_graph(layer: QgsVectorLayer, profile: pf.Profile, crs: str):  # type: ignore[no-untyped-def]
    oracle = oracle_layer(layer, profile)
    director = QgsVectorLayerDirector(oracle, oracle.fields().indexOf("dir"), "F", "B", "T",
                                      QgsVectorLayerDirector.DirectionBoth)
    director.addStrategy(QgsNetworkSpeedStrategy(oracle.fields().indexOf("speed"), 1.0, 1000.0 / 3600.0))
    builder = QgsGraphBuilder(QgsCoordinateReferenceSystem(crs), True, 0.0, "NONE")
    director.makeGraph(builder, [])
    return builder.graph()


def vertex_map(qgraph, graph: nw.RoadGraph) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Our node for each QGIS vertex (they must match one to one, within 0.1 mm)."""
    pts = np.array([[qgraph.vertex(i).point().x(), qgraph.vertex(i).point().y()]
                    for i in range(qgraph.vertexCount())])
    dist, idx = cKDTree(graph.xy).query(pts)
    assert dist.max() < 1e-4
    assert qgraph.vertexCount() == graph.node_count
    assert len(set(idx.tolist())) == graph.node_count
    return idx


def qgis_costs(qgraph, start: int, ours: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    """QgsGraphAnalyzer.dijkstra's cost of every node (in our numbering; inf when unreachable)."""
    tree, cost = QgsGraphAnalyzer.dijkstra(qgraph, start, 0)
    cost = np.array(cost, dtype=np.float64)
    tree = np.array(tree)
    unreachable = (tree == -1) | ~np.isfinite(cost) | (cost < 0)
    unreachable[start] = False
    cost[unreachable] = np.inf
    out = np.full(ours.shape[0], np.inf)
    out[ours] = cost
    return out


def check_against_qgis(layer: QgsVectorLayer, profile: pf.Profile, crs: str, cutoff: float, points: int,
                       seed: int) -> nw.RoadGraph:
    graph = roads.graph_from_layer(layer, profile, crs)
    qgraph = qgis_graph(layer, profile, crs)
    ours = vertex_map(qgraph, graph)
    # same directed edges, same cheapest cost per (tail, head)
    qedges: dict[tuple[int, int], float] = {}
    for e in range(qgraph.edgeCount()):
        edge = qgraph.edge(e)
        key = (int(ours[edge.fromVertex()]), int(ours[edge.toVertex()]))
        qedges[key] = min(qedges.get(key, np.inf), edge.cost(0))
    tails = graph.tails()
    mine = {(int(t), int(h)): float(c) for t, h, c in zip(tails, graph.indices, graph.cost)}
    assert mine.keys() == qedges.keys()
    assert max(abs(mine[k] - qedges[k]) for k in mine) < 1e-6

    rng = np.random.default_rng(seed)
    sources = rng.choice(graph.node_count, size=points, replace=False)
    back = np.empty(graph.node_count, dtype=np.int64)
    back[ours] = np.arange(graph.node_count)
    single = []
    for s in sources:
        q = qgis_costs(qgraph, int(back[s]), ours)
        near = np.abs(q - cutoff) < 1e-6
        assert not near.any(), "pick another cutoff: a node lies on it"
        r = nw.multi_source_dijkstra(graph, [int(s)], cutoff)
        expected = q <= cutoff
        np.testing.assert_array_equal(np.isfinite(r.time), expected)
        assert np.abs(r.time[expected] - q[expected]).max() < 1e-6
        assert expected.sum() > 1
        single.append(np.where(expected, q, np.inf))
    single_a = np.array(single)
    both = nw.multi_source_dijkstra(graph, sources, cutoff, use_scipy=True)
    slow = nw.multi_source_dijkstra(graph, sources, cutoff, use_scipy=False)
    np.testing.assert_array_equal(both.time, slow.time)
    np.testing.assert_array_equal(both.nearest, slow.nearest)
    reached = np.isfinite(single_a).any(axis=0)
    np.testing.assert_array_equal(np.isfinite(both.time), reached)
    best = single_a.min(axis=0)
    assert np.abs(both.time[reached] - best[reached]).max() < 1e-6
    chosen = single_a[both.nearest[reached], np.nonzero(reached)[0]]
    assert np.abs(chosen - best[reached]).max() < 1e-6
    assert (both.nearest[~reached] == -1).all()
    return graph


def test_helsinki_walk_matches_qgis(helsinki):
    g = check_against_qgis(helsinki, pf.WALK, HELSINKI_CRS, cutoff=600.0, points=6, seed=1)
    assert g.node_count > 5000 and g.crs == HELSINKI_CRS


def test_helsinki_drive_matches_qgis(helsinki):
    g = check_against_qgis(helsinki, pf.DRIVE, HELSINKI_CRS, cutoff=150.0, points=6, seed=2)
    # one-way streets make the drive graph directed: some edges have no way back
    pairs = set(zip(g.tails().tolist(), g.indices.tolist()))
    assert any((h, t) not in pairs for t, h in pairs)


def test_generated_grid_matches_qgis(generated):
    check_against_qgis(generated, pf.DRIVE, "EPSG:2180", cutoff=97.0, points=8, seed=3)
    check_against_qgis(generated, pf.WALK, "EPSG:2180", cutoff=710.0, points=8, seed=4)


def test_serviceareafromlayer_reaches_the_same_nodes(generated, qgis_processing):
    import processing

    profile = pf.DRIVE
    graph = roads.graph_from_layer(generated, profile)
    oracle = oracle_layer(generated, profile)
    rng = np.random.default_rng(8)
    nodes = rng.choice(graph.node_count, size=4, replace=False)
    starts = QgsVectorLayer("Point?crs=EPSG:2180&field=n:integer", "starts", "memory")
    feats = []
    for n in nodes:
        f = QgsFeature(starts.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*graph.xy[n])))
        f.setAttributes([int(n)])
        feats.append(f)
    starts.dataProvider().addFeatures(feats)
    cutoff = 83.0
    out = processing.run("native:serviceareafromlayer", {
        "INPUT": oracle, "STRATEGY": 1, "DIRECTION_FIELD": "dir", "VALUE_FORWARD": "F", "VALUE_BACKWARD": "B",
        "VALUE_BOTH": "T", "DEFAULT_DIRECTION": 2, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 1,
        "TOLERANCE": 0, "START_POINTS": starts, "TRAVEL_COST2": cutoff / 3600.0, "INCLUDE_BOUNDS": False,
        "OUTPUT": "memory:"})["OUTPUT"]
    tree = cKDTree(graph.xy)
    seen = 0
    for f in out.getFeatures():
        start = int(f["n"])
        pts = np.array([[p.x(), p.y()] for p in f.geometry().asMultiPoint()])
        dist, idx = tree.query(pts)
        # the output holds the reachable vertices and, on each edge left part-way, the point at the cutoff
        at_node = dist < 1e-4
        r = nw.multi_source_dijkstra(graph, [start], cutoff)
        assert set(idx[at_node].tolist()) == set(np.nonzero(np.isfinite(r.time))[0].tolist())
        assert 0 < at_node.sum() and (~at_node).sum() > 0
        seen += 1
    assert seen == len(nodes)


def test_polygons_are_the_same_from_both_searches(helsinki):
    graph = roads.graph_from_layer(helsinki, pf.WALK, HELSINKI_CRS)
    pts = graph.xy[np.random.default_rng(6).choice(graph.node_count, 5, replace=False)] + 7.0
    region = QgsGeometry.fromRect(QgsGeometry.fromMultiPointXY(
        [QgsPointXY(x, y) for x, y in graph.xy]).boundingBox())
    fast = iso.service_areas(graph, pts, [3, 6, 9], ids=list("abcde"), cell_size=40, region=region,
                             use_scipy=True)
    slow = iso.service_areas(graph, pts, [3, 6, 9], ids=list("abcde"), cell_size=40, region=region,
                             use_scipy=False)
    for (m1, g1), (m2, g2) in zip(fast.bands, slow.bands):
        assert m1 == m2 and g1.asWkb() == g2.asWkb()
    assert [(i, g.asWkb()) for i, g in fast.catchments] == [(i, g.asWkb()) for i, g in slow.catchments]
    assert [g.asWkb() for _, g, _ in fast.gaps] == [g.asWkb() for _, g, _ in slow.gaps]
    np.testing.assert_array_equal(fast.grid.time, slow.grid.time)
    np.testing.assert_array_equal(fast.grid.nearest, slow.grid.nearest)
    # rings do not overlap, and together they are the area reached within the largest threshold
    rings = [g for _, g in fast.bands]
    assert all(g.isGeosValid() and g.area() > 0 for g in rings)
    for i in range(len(rings)):
        for j in range(i + 1, len(rings)):
            assert rings[i].intersection(rings[j]).area() < 1e-6
    (_, whole), = iso.band_polygons(fast.grid, [9], cumulative=True)
    assert sum(g.area() for g in rings) == pytest.approx(whole.area())
    # catchments split the sampled cells: disjoint, one per point, adding up to the reached cells
    (_, sampled), = iso.band_polygons(fast.grid, [9], cumulative=True, fill_holes=0)
    catch = [g for _, g in fast.catchments]
    assert len(catch) == 5 and sum(g.area() for g in catch) == pytest.approx(sampled.area())
    assert QgsGeometry.unaryUnion(catch).area() == pytest.approx(sampled.area())
    # gaps: the region less the cumulative areas
    for (_m, gap, _), (_, reached) in zip(fast.gaps, iso.band_polygons(fast.grid, [3, 6, 9], cumulative=True)):
        assert gap.area() == pytest.approx(region.area() - reached.intersection(region).area())
        assert gap.intersection(reached).area() < 1e-6
    layers = fast.layers("helsinki ")
    assert layers["bands"].featureCount() == 3 and layers["catchments"].featureCount() == 5
    assert sorted(f["aid_point_id"] for f in layers["catchments"].getFeatures()) == list("abcde")
    assert layers["gaps"].crs().authid() == HELSINKI_CRS


def test_the_graph_is_cached_until_the_layer_changes():
    cache = roads.GraphCache()
    layer = memory_layer(grid_roads(8, seed=9), name="cached")
    g1 = cache.get(layer, pf.WALK)
    assert cache.get(layer, pf.WALK) is g1 and cache.builds == 1
    g_drive = cache.get(layer, pf.DRIVE)  # other settings: another graph, the first one kept
    assert g_drive is not g1 and cache.get(layer, pf.WALK) is g1 and cache.builds == 2

    # an edit in the edit buffer (not yet saved) changes the graph
    assert layer.startEditing()
    fid = next(layer.getFeatures()).id()
    assert layer.changeGeometry(fid, QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(1, 1)]))
    g2 = cache.get(layer, pf.WALK)
    assert g2 is not g1 and cache.builds == 3
    assert cache.get(layer, pf.WALK) is g2
    assert layer.commitChanges()
    g3 = cache.get(layer, pf.WALK)
    assert g3 is not g2 and g3.node_count == g2.node_count
    assert cache.get(layer, pf.WALK) is g3

    # a new road added straight to the provider, and a filter
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(-500, -500), QgsPointXY(-400, -500)]))
    f.setAttributes(["residential", None])
    layer.dataProvider().addFeatures([f])
    g4 = cache.get(layer, pf.WALK)
    assert g4.node_count == g3.node_count + 2
    layer.setSubsetString("\"highway\" = 'residential'")
    g5 = cache.get(layer, pf.WALK)
    assert g5.node_count < g4.node_count and cache.get(layer, pf.WALK) is g5
    cache.forget(layer.id())
    assert cache.get(layer, pf.WALK) is not g5


def test_a_file_rewritten_by_another_program_is_rebuilt(tmp_path):
    from support.roadgen import write_layer

    source = write_layer(grid_roads(6, seed=1), tmp_path / "roads.gpkg")
    layer = QgsVectorLayer(source, "file", "ogr")
    cache = roads.GraphCache()
    g1 = cache.get(layer, pf.WALK)
    assert cache.get(layer, pf.WALK) is g1
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "roads.gpkg"), 1)
    ds.ExecuteSQL("UPDATE roads SET highway = 'motorway' WHERE fid <= 10")
    ds = None
    layer.reload()
    g2 = cache.get(layer, pf.WALK)
    assert g2 is not g1 and g2.edge_count < g1.edge_count


def test_points_from_a_layer_in_another_crs(helsinki):
    pts = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "pts", "memory")
    f = QgsFeature(pts.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(24.9415, 60.1699)))
    f.setAttributes(["Keskusta"])
    pts.dataProvider().addFeatures([f])
    xy, ids = inputs.read_points(pts, HELSINKI_CRS, id_field="name")
    assert ids == ["Keskusta"] and 385_000 < xy[0, 0] < 386_500 and 6_671_000 < xy[0, 1] < 6_673_000
    graph = roads.cached_graph(helsinki, pf.WALK, HELSINKI_CRS)
    nodes, dist = nw.snap_points(graph, xy)
    assert nodes[0] >= 0 and dist[0] < 100


def test_any_line_layer_with_a_class_field(qgis_app):
    """BDOT10k-like roads: MultiLineStringZ in EPSG:2180, a class field, a oneway field, a curve."""
    layer = QgsVectorLayer("MultiLineStringZ?crs=EPSG:2180&field=KLASA_DROG:string&field=kier:string", "bdot",
                           "memory")
    rows = [
        ("MultiLineStringZ((0 0 100, 100 0 101), (100 0 101, 100 100 102))", "L", None),
        ("MultiLineStringZ((100 100 102, 200 100 103))", "G", "yes"),  # one-way, along the line
        ("MultiLineStringZ((200 100 0, 300 100 0))", "X", None),  # a class the profile does not know
    ]
    feats = []
    for wkt, cls, oneway in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([cls, oneway])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    g = roads.graph_from_layer(layer, pf.BDOT10K_DRIVE, "EPSG:2180", class_field="KLASA_DROG", oneway_field="kier")
    assert g.node_count == 4 and g.edge_count == 2 + 2 + 1
    r = nw.multi_source_dijkstra(g, [0], 3600)
    assert sorted(r.time.tolist()) == pytest.approx([0, 9, 18, 18 + 6])  # 40 km/h: 9 s, 60 km/h: 6 s
    back = nw.multi_source_dijkstra(g, [3], 3600)
    assert np.isfinite(back.time).sum() == 1  # the one-way street leads away only
    with pytest.raises(ServiceAreaError):
        roads.graph_from_layer(layer, pf.BDOT10K_DRIVE, class_field="nope")
    # a curved road is followed along its arc
    curved = QgsVectorLayer("CompoundCurve?crs=EPSG:2180&field=highway:string", "curve", "memory")
    f = QgsFeature(curved.fields())
    f.setGeometry(QgsGeometry.fromWkt("CompoundCurve(CircularString(0 0, 100 100, 200 0))"))
    f.setAttributes(["residential"])
    curved.dataProvider().addFeatures([f])
    arc = roads.graph_from_layer(curved, pf.WALK)
    assert arc.node_count > 10
    end = int(np.argmin(np.hypot(arc.xy[:, 0] - 200, arc.xy[:, 1])))
    start = int(np.argmin(np.hypot(arc.xy[:, 0], arc.xy[:, 1])))
    t = nw.multi_source_dijkstra(arc, [start], 3600).time[end]
    assert t == pytest.approx(np.pi * 100 / (5 / 3.6), rel=1e-2)  # half a circle of radius 100 m


def test_reading_through_gdal_gives_the_same_graph(helsinki, tmp_path):
    """The OGR fast path (GDAL's Arrow stream) and QGIS's feature iterator build identical graphs."""
    from support.roadgen import write_layer

    def same(a: nw.RoadGraph, b: nw.RoadGraph) -> None:
        for name in ("xy", "indptr", "indices", "cost"):
            np.testing.assert_array_equal(getattr(a, name), getattr(b, name))

    names = ["highway", "other_tags", None]
    assert roads._read_ogr(helsinki, names, None) is not None
    for profile in (pf.WALK, pf.DRIVE):
        same(roads.graph_from_layer(helsinki, profile, HELSINKI_CRS),
             roads.graph_from_layer(helsinki, profile, HELSINKI_CRS, fast=False))
    layer = QgsVectorLayer(write_layer(grid_roads(12, seed=5, oneway_share=0.3), tmp_path / "r.gpkg"), "r", "ogr")
    layer.setSubsetString("\"highway\" <> 'secondary'")
    same(roads.graph_from_layer(layer, pf.DRIVE), roads.graph_from_layer(layer, pf.DRIVE, fast=False))
    same(roads.graph_from_layer(layer, pf.WALK, "EPSG:3067"), roads.graph_from_layer(layer, pf.WALK, "EPSG:3067", fast=False))
    # with edits waiting in the edit buffer QGIS's view differs from the file: no fast path
    assert layer.startEditing()
    assert roads._read_ogr(layer, names, None) is None
    layer.rollBack()
    assert roads._read_ogr(memory_layer(grid_roads(3)), names, None) is None


# -- polygons: the known gap ---------------------------------------------------------------------------------
#
# A 1 km square with one road through it at y = 525, an aid point at each end. Walking 5 km/h,
# 5 minutes are 416.7 m: samples every 25 m reach x = 400 from the west (288 s) but not 425 (306 s),
# so the west point covers the cells x ∈ [0, 450); from the east, x = 600 (288 s) but not 575, so
# the cells x ∈ [600, 1050) (the node at x = 1000 lies in the cell [1000, 1050)). The road's cells
# are the row y ∈ [500, 550).

SQUARE = QgsGeometry.fromWkt("POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))")
ROAD = [RoadLine([(0, 525), (500, 525), (1000, 525)], "residential")]
POINTS = [(0.0, 530.0), (1000.0, 520.0)]


def rect(x0: float, y0: float, x1: float, y1: float) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsGeometry.fromWkt(f"LINESTRING({x0} {y0}, {x1} {y1})").boundingBox())


def same_shape(got: QgsGeometry, expected: QgsGeometry, tolerance: float = 50.0) -> None:
    assert got.isGeosValid(), got.asWkt()
    assert abs(got.area() - expected.area()) < 1e-6, (got.asWkt(), expected.asWkt())
    assert got.symDifference(expected).area() < 1e-6
    assert got.hausdorffDistance(expected) <= tolerance


@pytest.mark.parametrize("use_scipy", ENGINES)
def test_the_known_gap(use_scipy):
    g = nw.graph_from_lines(ROAD, WALK)
    result = iso.service_areas(g, POINTS, [5, 10], ids=["west", "east"], cell_size=50.0, region=SQUARE,
                               use_scipy=use_scipy)
    assert result.crs == "EPSG:2180"
    (m5, gap5, pop5), (m10, gap10, pop10) = result.gaps
    assert (m5, m10) == (5.0, 10.0) and pop5 is None
    expected5 = SQUARE.difference(rect(0, 500, 450, 550)).difference(rect(600, 500, 1000, 550))
    same_shape(gap5, expected5)
    assert gap5.area() == pytest.approx(1_000_000 - 450 * 50 - 400 * 50)
    # within 10 minutes the whole road is reached: the gap is the square less the road's row of cells
    same_shape(gap10, SQUARE.difference(rect(0, 500, 1000, 550)))
    # bands are rings: 0-5 min, then 5-10 min (x ∈ [450, 600))
    (b5, ring5), (b10, ring10) = result.bands
    same_shape(ring5, rect(0, 500, 450, 550).combine(rect(600, 500, 1050, 550)))
    same_shape(ring10, rect(450, 500, 600, 550))
    # catchments: the cell [500, 550) has a sample at x = 525 (east: 342 s) quicker than x = 500
    # (360 s from both ends; a tie that the west point would win)
    catch = dict(result.catchments)
    same_shape(catch["west"], rect(0, 500, 500, 550))
    same_shape(catch["east"], rect(500, 500, 1050, 550))


def test_cumulative_bands_and_the_tie_in_the_middle():
    g = nw.graph_from_lines([RoadLine([(0, 525), (500, 525), (1000, 525)], "residential")], WALK)
    result = iso.service_areas(g, POINTS, [6.5], cell_size=100.0, cumulative=True)
    # the middle node is 500 m (360 s) from both ends: a tie, which the west point (given first) wins
    middle = node_at(g, 500, 525)
    assert result.reach.time[middle] == pytest.approx(360.0) and result.reach.nearest[middle] == 0
    (_, area), = result.bands
    same_shape(area, rect(0, 500, 1100, 600), tolerance=100.0)


def test_population_not_covered(tmp_path):
    people = QgsVectorLayer("Point?crs=EPSG:2180&field=pop:integer", "people", "memory")
    feats = []
    for (x, y), pop in (((100, 525), 10), ((100, 900), 5), ((520, 525), 7), ((2000, 2000), 100), ((300, 300), None)):
        f = QgsFeature(people.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([pop])
        feats.append(f)
    assert people.dataProvider().addFeatures(feats)[0]
    blocks = QgsVectorLayer("Polygon?crs=EPSG:2180&field=pop:double", "blocks", "memory")
    f = QgsFeature(blocks.fields())
    f.setGeometry(rect(100, 800, 200, 900))  # centroid (150, 850): in every gap
    f.setAttributes([3.0])
    assert blocks.dataProvider().addFeatures([f])[0]
    g = nw.graph_from_lines(ROAD, WALK)
    result = iso.service_areas(g, POINTS, [5, 10], region=SQUARE, population=people, population_field="pop")
    assert [p for _, _, p in result.gaps] == [5 + 7, 5]
    assert iso.population_in([gap for _, gap, _ in result.gaps], blocks, "pop", "EPSG:2180") == [3.0, 3.0]
    with pytest.raises(ServiceAreaError):
        iso.population_in([SQUARE], people, "nope", "EPSG:2180")


def test_city_blocks_enclosed_by_reached_streets_are_filled():
    # a ring road around a 400 m × 400 m block; 50 m cells leave a 7 × 7 cell hole inside
    ring = [RoadLine([(0, 0), (400, 0), (400, 400), (0, 400), (0, 0)], "residential")]
    g = nw.graph_from_lines(ring, WALK)
    kept = iso.service_areas(g, [(0, 0)], [30], cell_size=50.0, fill_holes=0, cumulative=True)
    filled = iso.service_areas(g, [(0, 0)], [30], cell_size=50.0, fill_holes=350 * 350, cumulative=True)
    (_, with_hole), (_, solid) = kept.bands[0], filled.bands[0]
    assert with_hole.area() == pytest.approx(450 * 450 - 350 * 350)
    assert solid.area() == pytest.approx(450 * 450)
    small = iso.service_areas(g, [(0, 0)], [30], cell_size=50.0, fill_holes=350 * 350 - 1, cumulative=True)
    assert small.bands[0][1].area() == pytest.approx(450 * 450 - 350 * 350)



def test_nothing_reached_and_bad_input():
    g = nw.graph_from_lines(ROAD, WALK)
    result = iso.service_areas(g, [(0, 0)], [5], region=SQUARE, max_snap=10.0)
    assert result.unsnapped == [0]
    assert result.bands[0][1].isEmpty() and result.catchments == []
    same_shape(result.gaps[0][1], SQUARE)
    with pytest.raises(ServiceAreaError):
        iso.service_areas(g, POINTS, [])
