"""The travel-time engine's pure part (profiles, graph, cells) on toy networks whose answers are
worked out by hand, without QGIS.

Times: 5 km/h walks 100 m in 72 s; 30 km/h drives 100 m in 12 s, 70 km/h in 36/7 s. Every test
runs the scipy search and the pure-Python one and wants the same answer from both. The polygons
made from these searches are tested with QGIS in tests/qgis/test_network.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from mapujpomoc_qgis.core.errors import Cancelled
from mapujpomoc_qgis.core.progress import CallbackFeedback
from mapujpomoc_qgis.core.service_areas import ServiceAreaError
from mapujpomoc_qgis.core.service_areas import cells as cl
from mapujpomoc_qgis.core.service_areas import graph as nw
from mapujpomoc_qgis.core.service_areas import profiles as pf
from mapujpomoc_qgis.core.service_areas.graph import RoadLine
from mapujpomoc_qgis.core.service_areas.profiles import DRIVE, WALK

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
    assert pf.parse_other_tags(text) == {"oneway": "yes", "name:fi": 'Katu "A"', "maxspeed": "30"}
    assert pf.parse_other_tags(None) == {} and pf.parse_other_tags("") == {}


@pytest.mark.parametrize(("value", "roundabout", "expected"), [
    ("yes", False, pf.FORWARD), ("true", False, pf.FORWARD), ("1", False, pf.FORWARD),
    ("-1", False, pf.BACKWARD), ("reverse", False, pf.BACKWARD), ("no", False, pf.BOTH),
    (None, False, pf.BOTH), ("alternating", False, pf.BOTH), (None, True, pf.FORWARD), ("no", True, pf.BOTH),
])
def test_oneway_values(value, roundabout, expected):
    assert pf.oneway_direction(value, roundabout) == expected


def test_profiles_decide_which_roads_and_how_fast():
    assert pf.road_rule(WALK, "footway", {}) == (5.0, pf.BOTH)
    assert pf.road_rule(WALK, "residential", {"oneway": "yes"}) == (5.0, pf.BOTH)  # walkers ignore one-way
    assert pf.road_rule(WALK, "motorway", {}) == (None, pf.BOTH)
    assert pf.road_rule(WALK, "trunk", {"motorroad": "yes"}) == (None, pf.BOTH)
    assert pf.road_rule(WALK, "service", {"access": "no", "foot": "yes"}) == (5.0, pf.BOTH)
    assert pf.road_rule(WALK, "service", {"access": "no"}) == (None, pf.BOTH)
    assert pf.road_rule(DRIVE, "footway", {}) == (None, pf.BOTH)
    assert pf.road_rule(DRIVE, "primary", {"oneway": "yes"}) == (70.0, pf.FORWARD)
    assert pf.road_rule(DRIVE, "primary", {"oneway": "-1"}) == (70.0, pf.BACKWARD)
    assert pf.road_rule(DRIVE, "primary", {"junction": "roundabout"}) == (70.0, pf.FORWARD)
    assert pf.road_rule(DRIVE, "primary", {"oneway": "yes"}, oneway="no") == (70.0, pf.BOTH)  # field overrides
    assert pf.road_rule(DRIVE, "residential", {"motor_vehicle": "no"}) == (None, pf.BOTH)
    assert pf.road_rule(DRIVE, "residential", {"access": "no", "motorcar": "yes"}) == (30.0, pf.BOTH)
    assert pf.road_rule(DRIVE, None, {}) == (None, pf.BOTH)
    edited = DRIVE.with_speeds({"residential": 20, "primary": 0, "footway": 6})
    assert edited.speed("residential") == 20 and edited.speed("primary") is None and edited.speed("footway") == 6
    assert DRIVE.speed("residential") == 30  # profiles are not changed in place
    assert pf.BDOT10K_DRIVE.speed("GP") == 70 and pf.BDOT10K_WALK.speed("S") is None
    assert pf.profile("walk", {"footway": 4}).speed("footway") == 4
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


def test_hole_filling_is_the_same_without_scipy():
    rng = np.random.default_rng(11)
    mask = rng.random((60, 70)) < 0.6
    a = cl.fill_small_holes(mask, 5, use_scipy=True)
    b = cl.fill_small_holes(mask, 5, use_scipy=False)
    np.testing.assert_array_equal(a, b)
    assert (a >= mask).all() and (a != mask).any()
    # a hole touching the grid's edge is never filled
    edge = np.ones((5, 5), dtype=bool)
    edge[0, 2] = False
    np.testing.assert_array_equal(cl.fill_small_holes(edge, 10), edge)


def test_nothing_to_search():
    empty = nw.graph_from_lines([], WALK)
    assert empty.node_count == 0
    assert nw.multi_source_dijkstra(empty, [0], 60).time.shape == (0,)


def test_the_grid_of_reached_cells():
    """The known gap of tests/qgis/test_network.py, as cells: one road at y = 525 with a point at each end."""
    g = nw.graph_from_lines([RoadLine([(0, 525), (500, 525), (1000, 525)], "residential")], WALK)
    nodes, _ = nw.snap_points(g, [(0.0, 530.0), (1000.0, 520.0)])
    grid = cl.reach_cells(g, nw.multi_source_dijkstra(g, nodes, 600.0), 50.0)
    assert (grid.x0, grid.y0, grid.cell, grid.shape) == (0.0, 500.0, 50.0, (1, 21))
    within5 = grid.reached(5)[0]
    # 5 minutes are 416.7 m: from the west the cells x < 450, from the east x >= 600 (the node at 1000 included)
    assert within5.tolist() == [x < 450 or x >= 600 for x in range(0, 1050, 50)]
    assert grid.reached(10).all()
    # the cell [500, 550) is the east point's: its sample at x = 525 (342 s) is quicker than x = 500 (a 360 s tie)
    assert grid.nearest[0].tolist() == [0] * 10 + [1] * 11
    with pytest.raises(ServiceAreaError):
        cl.reach_cells(g, nw.multi_source_dijkstra(g, nodes, 600.0), 0)


def test_a_cancel_reaches_the_pure_python_search(monkeypatch):
    g = nw.graph_from_lines(lattice(12), WALK)
    monkeypatch.setattr(nw, "CHECK_EVERY", 10)
    feedback = CallbackFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        nw.multi_source_dijkstra(g, [0], 1e9, use_scipy=False, feedback=feedback)
    assert np.isfinite(nw.multi_source_dijkstra(g, [0], 1e9, use_scipy=False, feedback=CallbackFeedback()).time).all()


def test_profiles_for_class_fields():
    assert pf.profile_for("walk") is WALK and pf.profile_for("drive", "KLASA_DROG") is pf.BDOT10K_DRIVE
    other = pf.profile_for("drive", "fclass", {"big": 80})
    assert other.speed("big") == 80 and other.speed("small") == 30 and other.oneway and not other.osm_access
    assert pf.profile_speeds(DRIVE, ["primary", "footway"]) == {"primary": 70.0, "footway": 0.0}
    with pytest.raises(ServiceAreaError, match="walk or drive"):
        pf.profile_for("fly")
