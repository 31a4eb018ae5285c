"""The travel-time engine on toy networks whose answers are worked out by hand.

Times: 5 km/h walks 100 m in 72 s; 30 km/h drives 100 m in 12 s, 70 km/h in 36/7 s. Every test
runs the scipy search and the pure-Python one and wants the same answer from both.
"""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from mapujpomoc_qgis.core.service_areas import isochrones as iso
from mapujpomoc_qgis.core.service_areas import network as nw
from mapujpomoc_qgis.core.service_areas.network import DRIVE, WALK, RoadLine

ENGINES = [pytest.param(True, id="scipy"), pytest.param(False, id="python")]
INF = float("inf")


def search(graph: nw.RoadGraph, points: list[tuple[float, float]], cutoff: float, use_scipy: bool) -> nw.Reach:
    nodes, _ = nw.snap_points(graph, points, use_scipy=use_scipy)
    return nw.multi_source_dijkstra(graph, nodes, cutoff, use_scipy=use_scipy)


def node_at(graph: nw.RoadGraph, x: float, y: float) -> int:
    return int(np.nonzero((graph.xy[:, 0] == x) & (graph.xy[:, 1] == y))[0][0])


# -- OSM tags and profiles ---------------------------------------------------------------------------------

def test_other_tags_parsed_as_qgis_writes_them():
    text = '"oneway"=>"yes","name:fi"=>"Katu \\"A\\"","maxspeed"=>"30"'
    assert nw.parse_other_tags(text) == {"oneway": "yes", "name:fi": 'Katu "A"', "maxspeed": "30"}
    assert nw.parse_other_tags(None) == {} and nw.parse_other_tags("") == {}


@pytest.mark.parametrize(("value", "roundabout", "expected"), [
    ("yes", False, nw.FORWARD), ("true", False, nw.FORWARD), ("1", False, nw.FORWARD),
    ("-1", False, nw.BACKWARD), ("reverse", False, nw.BACKWARD), ("no", False, nw.BOTH),
    (None, False, nw.BOTH), ("alternating", False, nw.BOTH), (None, True, nw.FORWARD), ("no", True, nw.BOTH),
])
def test_oneway_values(value, roundabout, expected):
    assert nw.oneway_direction(value, roundabout) == expected


def test_profiles_decide_which_roads_and_how_fast():
    assert nw.road_rule(WALK, "footway", {}) == (5.0, nw.BOTH)
    assert nw.road_rule(WALK, "residential", {"oneway": "yes"}) == (5.0, nw.BOTH)  # walkers ignore one-way
    assert nw.road_rule(WALK, "motorway", {}) == (None, nw.BOTH)
    assert nw.road_rule(WALK, "trunk", {"motorroad": "yes"}) == (None, nw.BOTH)
    assert nw.road_rule(WALK, "service", {"access": "no", "foot": "yes"}) == (5.0, nw.BOTH)
    assert nw.road_rule(WALK, "service", {"access": "no"}) == (None, nw.BOTH)
    assert nw.road_rule(DRIVE, "footway", {}) == (None, nw.BOTH)
    assert nw.road_rule(DRIVE, "primary", {"oneway": "yes"}) == (70.0, nw.FORWARD)
    assert nw.road_rule(DRIVE, "primary", {"oneway": "-1"}) == (70.0, nw.BACKWARD)
    assert nw.road_rule(DRIVE, "primary", {"junction": "roundabout"}) == (70.0, nw.FORWARD)
    assert nw.road_rule(DRIVE, "primary", {"oneway": "yes"}, oneway="no") == (70.0, nw.BOTH)  # field overrides
    assert nw.road_rule(DRIVE, "residential", {"motor_vehicle": "no"}) == (None, nw.BOTH)
    assert nw.road_rule(DRIVE, "residential", {"access": "no", "motorcar": "yes"}) == (30.0, nw.BOTH)
    assert nw.road_rule(DRIVE, None, {}) == (None, nw.BOTH)
    edited = DRIVE.with_speeds({"residential": 20, "primary": 0, "footway": 6})
    assert edited.speed("residential") == 20 and edited.speed("primary") is None and edited.speed("footway") == 6
    assert DRIVE.speed("residential") == 30  # profiles are not changed in place
    assert nw.BDOT10K_DRIVE.speed("GP") == 70 and nw.BDOT10K_WALK.speed("S") is None
    assert nw.profile("walk", {"footway": 4}).speed("footway") == 4
    assert WALK.with_speeds({"motorway": 3}).speed("motorway") == 3  # given a speed, no longer left out
    assert DRIVE.with_speeds({}, default_speed=10, keep_default=False).speed("footway") is None  # excluded
    assert DRIVE.with_speeds({}, default_speed=10, keep_default=False).speed("busway") == 10  # unlisted


# -- a small network with one-way streets ------------------------------------------------------------------
#
#   D(100,100) ──primary, drawn E→D with oneway=-1── E(200,100)
#   │ primary                         │ footway
#   A(0,0) ──residential── B(100,0) ──residential, one-way B→C── C(200,0)

TOY = [
    RoadLine([(0, 0), (100, 0)], "residential"),
    RoadLine([(100, 0), (200, 0)], "residential", '"oneway"=>"yes"'),
    RoadLine([(100, 0), (100, 100)], "primary"),
    RoadLine([(200, 100), (100, 100)], "primary", '"oneway"=>"-1","lanes"=>"1"'),  # drawn E→D: driven D→E
    RoadLine([(200, 0), (200, 100)], "footway"),
]


@pytest.mark.parametrize("use_scipy", ENGINES)
def test_drive_times_follow_one_way_streets(use_scipy):
    g = nw.graph_from_lines(TOY, DRIVE, crs="EPSG:2180")
    assert g.node_count == 5 and g.edge_count == 2 + 1 + 2 + 1  # A-B both ways, B→C, B-D both ways, D→E
    a, b, c, d, e = (node_at(g, *p) for p in ((0, 0), (100, 0), (200, 0), (100, 100), (200, 100)))
    r = search(g, [(1, 1)], 3600, use_scipy)
    assert r.time[a] == 0 and r.time[b] == pytest.approx(12) and r.time[c] == pytest.approx(24)
    assert r.time[d] == pytest.approx(12 + 36 / 7)
    # "oneway"=>"-1" on a line drawn E→D: driven D→E only
    assert r.time[e] == pytest.approx(12 + 72 / 7)
    assert list(r.nearest) == [0, 0, 0, 0, 0]
    from_c = search(g, [(200, 0)], 3600, use_scipy)  # C is a dead end for cars (B→C one-way, footway)
    assert np.isfinite(from_c.time).sum() == 1 and from_c.time[c] == 0
    assert list(from_c.nearest) == [-1 if i != c else 0 for i in range(5)]
    within = search(g, [(0, 0)], 20.0, use_scipy)  # D at 17.14 s is in, C at 24 s and E at 22.3 s are not
    assert set(np.nonzero(np.isfinite(within.time))[0]) == {a, b, d}


@pytest.mark.parametrize("use_scipy", ENGINES)
def test_walk_times_and_ties_go_to_the_first_point(use_scipy):
    g = nw.graph_from_lines(TOY, WALK)
    a, b, c, d, e = (node_at(g, *p) for p in ((0, 0), (100, 0), (200, 0), (100, 100), (200, 100)))
    r = search(g, [(0, 0), (200, 0)], 3600, use_scipy)
    assert r.time[[a, b, c, d, e]] == pytest.approx([0, 72, 0, 144, 72])
    # B is 72 s from both points: the first one given wins, whichever it is
    assert r.nearest[b] == 0 and r.nearest[c] == 1 and r.nearest[e] == 1 and r.nearest[a] == 0
    swapped = search(g, [(200, 0), (0, 0)], 3600, use_scipy)
    assert swapped.nearest[b] == 0 and swapped.nearest[a] == 1
    np.testing.assert_array_equal(swapped.time, r.time)
    # D: 144 s from A (via B) and 144 s from C (via E): the first point wins again
    assert r.time[d] == pytest.approx(144) and r.nearest[d] == 0
    # two points on one node: the lower index holds it
    both = search(g, [(5, 5), (500, 500), (0, 0)], 3600, use_scipy)
    assert both.nearest[a] == 0


def lattice(n: int, spacing: float = 100.0) -> list[RoadLine]:
    lines = []
    for i in range(n):
        for j in range(n):
            if i + 1 < n:
                lines.append(RoadLine([(i * spacing, j * spacing), ((i + 1) * spacing, j * spacing)], "residential"))
            if j + 1 < n:
                lines.append(RoadLine([(i * spacing, j * spacing), (i * spacing, (j + 1) * spacing)], "residential"))
    return lines


def test_ties_on_a_regular_lattice_follow_the_rule(monkeypatch):
    """Equal edge costs make nearly every node a tie; scipy's arbitrary pick must be corrected."""
    g = nw.graph_from_lines(lattice(25), WALK)
    rng = np.random.default_rng(5)
    points = [tuple(map(float, rng.integers(0, 25, 2) * 100)) for _ in range(12)]
    nodes, _ = nw.snap_points(g, points)
    calls = []
    real = nw._lowest_tight_source
    monkeypatch.setattr(nw, "_lowest_tight_source", lambda *a: calls.append(1) or real(*a))
    fast = nw.multi_source_dijkstra(g, nodes, 1500.0, use_scipy=True)
    slow = nw.multi_source_dijkstra(g, nodes, 1500.0, use_scipy=False)
    np.testing.assert_array_equal(fast.time, slow.time)
    np.testing.assert_array_equal(fast.nearest, slow.nearest)
    assert calls, "the lattice has ties, the correction should have run"
    # the rule, from single-source searches: the lowest index among the points at the lowest time
    single = np.array([nw.multi_source_dijkstra(g, [n], 1500.0, use_scipy=False).time for n in nodes])
    reached = np.isfinite(fast.time)
    np.testing.assert_array_equal(single.min(axis=0)[reached], fast.time[reached])
    expected = np.argmax(single == fast.time[None, :], axis=0)
    np.testing.assert_array_equal(fast.nearest[reached], expected[reached])
    assert (fast.nearest[~reached] == -1).all()


def test_snapping_without_scipy_finds_the_same_nodes():
    g = nw.graph_from_lines(lattice(12), WALK)
    rng = np.random.default_rng(3)
    pts = np.vstack([rng.uniform(-300, 1400, (200, 2)), [[50, 50], [150, 0], [0, 0], [-1000, 550]]])
    a_nodes, a_dist = nw.snap_points(g, pts, use_scipy=True)
    b_nodes, b_dist = nw.snap_points(g, pts, use_scipy=False)
    np.testing.assert_array_equal(a_nodes, b_nodes)
    np.testing.assert_array_equal(a_dist, b_dist)
    # (50, 50) is equally far from four nodes: the lowest node index wins
    corners = [node_at(g, x, y) for x, y in ((0, 0), (100, 0), (0, 100), (100, 100))]
    assert a_nodes[200] == min(corners)
    far, _ = nw.snap_points(g, pts, max_distance=100.0)
    assert far[-1] == -1 and far[202] == node_at(g, 0, 0)


def test_graph_building_snaps_and_keeps_the_cheapest_edge():
    g = nw.graph_from_lines([
        RoadLine([(0, 0), (100, 0)], "residential"),
        RoadLine([(100.0004, 0.0004), (100, 100)], "residential"),  # within 1 mm of (100, 0): joined
        RoadLine([(0, 0), (100, 0)], "primary"),  # a faster duplicate of the first road
        RoadLine([(0, 100), (100, 0.01)], "residential"),  # 1 cm off: not joined
        RoadLine([(5, 5)], "residential"),  # a single vertex: no road
        RoadLine([(0, 0), (0, 0), (0, 50)], "motorway"),  # speed 0 in this profile: left out
    ], DRIVE.with_speeds({"motorway": 0}))
    assert g.node_count == 5
    a, b = node_at(g, 0, 0), node_at(g, 100, 0)
    out = g.indices[g.indptr[a]:g.indptr[a + 1]].tolist()
    assert out == [b]
    assert g.cost[g.indptr[a]] == pytest.approx(100 / (70 / 3.6))


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
    with pytest.raises(ValueError):
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


def test_hole_filling_is_the_same_without_scipy():
    rng = np.random.default_rng(11)
    mask = rng.random((60, 70)) < 0.6
    a = iso.fill_small_holes(mask, 5, use_scipy=True)
    b = iso.fill_small_holes(mask, 5, use_scipy=False)
    np.testing.assert_array_equal(a, b)
    assert (a >= mask).all() and (a != mask).any()
    # a hole touching the grid's edge is never filled
    edge = np.ones((5, 5), dtype=bool)
    edge[0, 2] = False
    np.testing.assert_array_equal(iso.fill_small_holes(edge, 10), edge)


def test_nothing_reached_and_bad_input():
    g = nw.graph_from_lines(ROAD, WALK)
    result = iso.service_areas(g, [(0, 0)], [5], region=SQUARE, max_snap=10.0)
    assert result.unsnapped == [0]
    assert result.bands[0][1].isEmpty() and result.catchments == []
    same_shape(result.gaps[0][1], SQUARE)
    with pytest.raises(ValueError):
        iso.service_areas(g, POINTS, [])
    empty = nw.graph_from_lines([], WALK)
    assert empty.node_count == 0
    assert nw.multi_source_dijkstra(empty, [0], 60).time.shape == (0,)
