"""The Service areas dock and its drawing tool, driven through their widgets in headless QGIS.

A working copy of ed_olsztyn (three aid points made for this module in Olsztyn, plus the store's
seed) and a generated street grid over Olsztyn in EPSG:2180. The dock's results are checked against
geometry computed here (circle areas, the engine called directly) and against the working copy's
rows and outbox read with sqlite3.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.project import layers
from mapujpomoc_qgis.core.service_areas import inputs, isochrones, profiles, styles
from mapujpomoc_qgis.core.service_areas import roads as road_layers
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy
from mapujpomoc_qgis.gui import service_area_dock as dock_module
from mapujpomoc_qgis.gui.service_area_dock import ServiceAreaDock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.roadgen import grid_roads, memory_layer  # noqa: E402

# the dock is GUI over the working copy: one store backend is enough
SQLITE = pytest.mark.parametrize("store", ["sqlite"], indirect=True)

OLSZTYN = (20.4801, 53.7784)
NEAR = [(20.4801, 53.7784, ["legal"]), (20.4880, 53.7800, ["food", "legal"]), (20.4720, 53.7740, ["medical"])]
PUWG = QgsCoordinateReferenceSystem("EPSG:2180")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def to_2180(lon: float, lat: float) -> tuple[float, float]:
    p = QgsCoordinateTransform(WGS84, PUWG, QgsProject.instance()).transform(QgsPointXY(lon, lat))
    return p.x(), p.y()


@pytest.fixture(scope="module")
def workcopy(store: Any, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any) -> Any:
    ids = []
    for i, (lon, lat, types) in enumerate(NEAR):
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                   "properties": {"name": f"Punkt obszaru {i}", "help_types": types}}
        r = requests.post(f"{store.url}/collections/aid_points/items", data=json.dumps(feature), timeout=10,
                          headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    path = tmp_path_factory.mktemp("areas") / "olsztyn.gpkg"
    with WorkingCopy.open_or_create(path, store.url) as wc, \
            StoreClient(store.url, store.token("ed_olsztyn"), user="ed_olsztyn") as client:
        Syncer(wc, client).sync()
        me = wc.meta_json("me")
    return SimpleNamespace(path=path, me=me, ids=ids)


def clear_project(iface: Any) -> None:
    """Empty the project once the canvas has stopped drawing its layers (the mock interface does not wait)."""
    canvas = iface.mapCanvas()
    canvas.setLayers([])
    canvas.stopRendering()
    canvas.waitWhileRendering()
    QgsProject.instance().clear()


@pytest.fixture
def project(workcopy: Any, qgis_iface: Any, qgis_new_project: Any) -> Any:
    found = layers.add_to_project(str(workcopy.path), workcopy.me, QgsProject.instance())
    cx, cy = to_2180(*OLSZTYN)
    roads = memory_layer(grid_roads(24, spacing=100.0, seed=3, origin=(cx - 1150.0, cy - 1150.0)), name="roads")
    QgsProject.instance().addMapLayer(roads)
    yield found, roads
    clear_project(qgis_iface)


@pytest.fixture
def dock(project: Any, qgis_iface: Any, qtbot: Any) -> ServiceAreaDock:
    widget = ServiceAreaDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.cleanup()


def select(layer: QgsVectorLayer, uuids: list[str]) -> None:
    fids = [f.id() for f in layer.getFeatures() if f["uuid"] in uuids]
    assert len(fids) == len(uuids)
    layer.selectByIds(fids)


def area_rows(path: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT fid, uuid, aid_point_id, kind, params FROM service_areas")]
    finally:
        conn.close()


def outbox(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT uuid, op FROM mp_outbox WHERE collection = 'service_areas'").fetchall())
    finally:
        conn.close()


def metric_area(geom: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> float:
    g = QgsGeometry(geom)
    g.transform(QgsCoordinateTransform(crs, PUWG, QgsProject.instance()))
    return g.area()


@SQLITE
def test_dock_finds_the_working_copy_and_the_roads(dock: ServiceAreaDock, project: Any) -> None:
    found, roads = project
    assert dock.aid_layer is found.aid_points and dock.areas_layer is found.service_areas
    assert dock.roads.currentLayer() is roads
    assert dock.class_field.currentField() == "highway"
    assert dock.region.currentLayer() is found.boundaries["gminy"]
    speeds = {dock.speeds.item(r, 0).text(): dock.speeds.item(r, 1).text() for r in range(dock.speeds.rowCount())}
    assert set(speeds) == {"residential", "tertiary", "secondary", "primary", "unclassified", "service", "footway",
                           "living_street"}
    assert all(v == "5" for v in speeds.values())  # walking
    dock.profile.setCurrentIndex(dock.profile.findData("drive"))
    speeds = {dock.speeds.item(r, 0).text(): float(dock.speeds.item(r, 1).text()) for r in range(dock.speeds.rowCount())}
    assert speeds["primary"] == profiles.DRIVE_SPEEDS["primary"] and speeds["footway"] == 0
    dock.speeds.item([dock.speeds.item(r, 0).text() for r in range(dock.speeds.rowCount())].index("residential"),
                     1).setText("12")
    prof = dock.current_profile()
    assert prof.speed("residential") == 12 and prof.speed("footway") is None and prof.oneway


@SQLITE
def test_buffers_are_shown_and_saved_as_service_areas(dock: ServiceAreaDock, project: Any, workcopy: Any) -> None:
    found, _ = project
    legal = [workcopy.ids[0], workcopy.ids[1]]
    select(found.aid_points, legal)
    dock.use_selected.setChecked(True)
    dock.distances.setText("300, 600")
    dock.save_buffers.setChecked(True)
    before = area_rows(workcopy.path)
    layer = dock.make_buffers()
    assert layer is not None and layer in dock.result_layers
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    assert layer.featureCount() == 4
    for f in layer.getFeatures():
        assert f["aid_point_id"] in legal
        assert f.geometry().area() == pytest.approx(math.pi * f["metres"] ** 2, rel=0.01)
    new = [r for r in area_rows(workcopy.path) if r["fid"] not in {b["fid"] for b in before}]
    assert sorted((r["aid_point_id"], r["kind"], json.loads(r["params"])["metres"]) for r in new) == sorted(
        (i, "buffer", m) for i in legal for m in (300, 600))
    pending = outbox(workcopy.path)
    assert all(pending.get(r["uuid"]) == "create" for r in new)
    # saved in EPSG:4326, still a 300 m circle around the point when measured in EPSG:2180
    stored = {f["uuid"]: f for f in found.service_areas.getFeatures()}
    for r in new:
        g = stored[r["uuid"]].geometry()
        assert found.service_areas.crs().authid() == "EPSG:4326"
        radius = json.loads(r["params"])["metres"]
        assert metric_area(g, WGS84) == pytest.approx(math.pi * radius ** 2, rel=0.01)
    # again: the earlier buffers of the same radius are replaced, not doubled
    dock.distances.setText("300")
    dock.make_buffers()
    rows = [r for r in area_rows(workcopy.path) if r["fid"] not in {b["fid"] for b in before}]
    assert len(rows) == 4
    assert sorted(json.loads(r["params"])["metres"] for r in rows) == [300, 300, 600, 600]
    assert set(outbox(workcopy.path)) >= {r["uuid"] for r in rows}
    assert "buffer" in dock.status.text() or "saved" in dock.status.text()


@SQLITE
def test_buffers_of_help_types(dock: ServiceAreaDock, workcopy: Any) -> None:
    dock.use_types.setChecked(True)
    for i in range(dock.help_types.count()):
        item = dock.help_types.item(i)
        item.setCheckState(Qt.Checked if item.data(dock_module.CODE_ROLE) == "medical" else Qt.Unchecked)
    xy, ids = dock.chosen_points()
    conn = sqlite3.connect(workcopy.path)
    expected = {u for u, h in conn.execute("SELECT uuid, help_types FROM aid_points") if "medical" in json.loads(h)}
    conn.close()
    assert set(ids) == expected and workcopy.ids[2] in ids and xy.shape == (len(ids), 2)
    dock.distances.setText("abc")
    assert dock.make_buffers() is None
    assert "abc" in dock.status.text()


@SQLITE
def test_travel_time_runs_in_a_task(dock: ServiceAreaDock, project: Any, workcopy: Any, qtbot: Any) -> None:
    found, roads = project
    select(found.aid_points, workcopy.ids)
    dock.use_selected.setChecked(True)
    dock.minutes.setText("3, 6")
    dock.cell_size.setValue(25)
    dock.save_network.setChecked(True)
    task = dock.run_network()
    assert task is not None and not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dock.task is None, timeout=30_000)
    assert dock.last_task is task and task.result is not None, task.error
    assert dock.progress.value() == 100 and dock.run_button.isEnabled()
    names = [lyr.name() for lyr in dock.result_layers]
    assert any(n.startswith("Travel time") for n in names) and any(n.startswith("Nearest aid point") for n in names)
    bands = next(lyr for lyr in dock.result_layers if lyr.name().startswith("Travel time"))
    catch = next(lyr for lyr in dock.result_layers if lyr.name().startswith("Nearest aid point"))
    # the same as the engine called directly
    graph = road_layers.graph_from_layer(roads, profiles.WALK, "EPSG:2180")
    xy, ids = inputs.read_points(found.aid_points, "EPSG:2180",
                              request=QgsFeatureRequest().setFilterFids(found.aid_points.selectedFeatureIds()))
    direct = isochrones.service_areas(graph, xy, [3, 6], ids=ids, cell_size=25, max_snap=dock_module.MAX_SNAP)
    got = {f["minutes"]: f.geometry().area() for f in bands.getFeatures()}
    assert got == pytest.approx({m: g.area() for m, g in direct.bands})
    assert {f["aid_point_id"] for f in catch.getFeatures()} == set(workcopy.ids)
    # each point's area saved as kind network, with the largest threshold and the profile
    rows = [r for r in area_rows(workcopy.path) if r["kind"] == "network"]
    assert sorted(r["aid_point_id"] for r in rows) == sorted(workcopy.ids)
    assert all(json.loads(r["params"]) == {"minutes": 6, "profile": "walk"} for r in rows)
    assert all(outbox(workcopy.path)[r["uuid"]] == "create" for r in rows)
    # a second run reuses the cached graph
    builds = road_layers.GRAPHS.builds
    dock.run_network()
    qtbot.waitUntil(lambda: dock.task is None, timeout=30_000)
    assert road_layers.GRAPHS.builds == builds
    assert len([r for r in area_rows(workcopy.path) if r["kind"] == "network"]) == 3  # replaced


@SQLITE
def test_coverage_gaps_with_population(dock: ServiceAreaDock, project: Any, workcopy: Any, qtbot: Any) -> None:
    found, roads = project
    select(found.aid_points, workcopy.ids[:1])
    dock.use_selected.setChecked(True)
    dock.minutes.setText("4")
    cx, cy = to_2180(*OLSZTYN)
    region = QgsVectorLayer("Polygon?crs=EPSG:2180", "region", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(cx - 1100, cy - 1100, cx + 1100, cy + 1100)))
    region.dataProvider().addFeatures([f])
    people = QgsVectorLayer("Point?crs=EPSG:2180&field=people:integer", "people", "memory")
    pts = []
    # 10 people next to the point, 7 + 5 in the far corners (more than 4 minutes' walk away)
    point_xy = to_2180(*NEAR[0][:2])
    for (x, y), n in (((point_xy[0] + 20, point_xy[1] + 20), 10), ((cx - 1080, cy - 1080), 7),
                      ((cx + 1080, cy + 1080), 5)):
        p = QgsFeature(people.fields())
        p.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        p.setAttributes([n])
        pts.append(p)
    people.dataProvider().addFeatures(pts)
    QgsProject.instance().addMapLayers([region, people])
    dock.gaps.setChecked(True)
    dock.region.setLayer(region)
    dock.population.setLayer(people)
    dock.population_field.setField("people")
    assert dock.run_network() is not None
    qtbot.waitUntil(lambda: dock.task is None, timeout=30_000)
    gaps = next(lyr for lyr in dock.result_layers if lyr.name().startswith("Coverage gaps"))
    [gap] = list(gaps.getFeatures())
    assert gap["minutes"] == 4 and gap["population"] == 12
    assert 0 < gap.geometry().area() < 2200 * 2200
    assert "12" in dock.status.text()


@SQLITE
def test_cancel_stops_the_task(dock: ServiceAreaDock, project: Any, workcopy: Any, qtbot: Any,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    found, _ = project
    select(found.aid_points, workcopy.ids)
    dock.use_selected.setChecked(True)
    started = threading.Event()
    original = road_layers.graph_from_layer

    def slow(layer: Any, profile: Any, crs: Any, **kw: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not kw["feedback"].isCanceled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return original(layer, profile, crs, **kw)

    monkeypatch.setattr(road_layers, "graph_from_layer", slow)
    road_layers.GRAPHS.clear()
    task = dock.run_network()
    assert task is not None
    qtbot.waitUntil(started.is_set, timeout=10_000)
    dock.cancel_button.click()
    qtbot.waitUntil(lambda: dock.task is None, timeout=20_000)
    assert task.result is None and task.cancelled
    assert "cancelled" in dock.status.text()
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert not [lyr for lyr in dock.result_layers if lyr.name().startswith("Travel time")]


def _click(canvas: Any, tool: Any, xy: tuple[int, int], button: Any = Qt.LeftButton) -> None:
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, QPoint(*xy), Qt.NoButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(*xy), button))


@SQLITE
def test_draw_the_area_of_the_selected_point(dock: ServiceAreaDock, project: Any, workcopy: Any,
                                            qgis_iface: Any) -> None:
    found, _ = project
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(PUWG)
    cx, cy = to_2180(*OLSZTYN)
    canvas.setExtent(QgsRectangle(cx - 500, cy - 500, cx + 500, cy + 500))
    assert not dock.draw_button.isEnabled()
    select(found.aid_points, workcopy.ids[1:2])
    assert dock.draw_button.isEnabled() and "Punkt obszaru 1" in dock.selected_label.text()
    dock.draw_button.click()
    tool = dock.tool
    assert tool is not None and canvas.mapTool() is tool
    # Esc throws a half-drawn polygon away, Backspace takes back a vertex
    _click(canvas, tool, (100, 100))
    _click(canvas, tool, (300, 100))
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert tool.points == [] and dock.saved == 0
    pixels = [(100, 100), (400, 120), (380, 380), (120, 360)]
    for xy in pixels + [(250, 250)]:
        _click(canvas, tool, xy)
    assert tool.band.numberOfVertices() >= 5
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace, Qt.NoModifier))
    _click(canvas, tool, (250, 250), Qt.RightButton)
    assert dock.saved == 1 and tool.points == []
    [row] = [r for r in area_rows(workcopy.path) if r["kind"] == "manual"]
    assert row["aid_point_id"] == workcopy.ids[1] and row["params"] is None
    assert outbox(workcopy.path)[row["uuid"]] == "create"
    to_map = canvas.getCoordinateTransform()
    expected = QgsGeometry.fromPolygonXY([[to_map.toMapCoordinates(QPoint(*p)) for p in pixels + pixels[:1]]])
    stored = next(f for f in found.service_areas.getFeatures() if f["uuid"] == row["uuid"]).geometry()
    stored.transform(QgsCoordinateTransform(WGS84, PUWG, QgsProject.instance()))
    assert stored.symDifference(expected).area() < 1e-3 * expected.area()
    # drawing again replaces the point's drawn area
    for xy in pixels[:3]:
        _click(canvas, tool, xy)
    assert tool.finish()
    assert len([r for r in area_rows(workcopy.path) if r["kind"] == "manual"]) == 1
    # too few vertices: nothing saved
    _click(canvas, tool, (10, 10))
    assert not tool.finish()
    assert dock.saved == 2
    dock.draw_button.click()
    assert canvas.mapTool() is not tool


@SQLITE
def test_drawing_outside_my_area_is_refused_before_sync(dock: ServiceAreaDock, project: Any, workcopy: Any) -> None:
    found, _ = project
    outside = next(f for f in found.aid_points.getFeatures() if f["teryt"] and not f["teryt"].startswith("2862011"))
    found.aid_points.selectByIds([outside.id()])
    assert dock.start_drawing() is None
    assert "outside your area" in dock.status.text()
    assert not dock.draw_button.isChecked()


@SQLITE
def test_dock_follows_the_project(dock: ServiceAreaDock, project: Any, workcopy: Any, qgis_iface: Any) -> None:
    clear_project(qgis_iface)
    assert dock.aid_layer is None and dock.areas_layer is None and "Sync first" in dock.selected_label.text()
    assert dock.roads.currentLayer() is None and dock.speeds.rowCount() == 0
    assert dock.make_buffers() is None and "Sync first" in dock.status.text()
    assert dock.run_network() is None and "road" in dock.status.text()
    roads = memory_layer(grid_roads(4), name="roads")
    QgsProject.instance().addMapLayer(roads)
    dock.roads.setLayer(roads)
    assert dock.speeds.rowCount() > 0
    found = layers.add_to_project(str(workcopy.path), workcopy.me, QgsProject.instance())
    assert dock.aid_layer is found.aid_points and dock.areas_layer is found.service_areas


@SQLITE
def test_plugin_action_toggles_the_dock(project: Any, qgis_iface: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import mapujpomoc_qgis

    monkeypatch.setattr(qgis_iface, "addPluginToWebMenu", lambda *_: None, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginWebMenu", lambda *_: None, raising=False)
    window = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget",  # as QgisApp does it
                        lambda area, dock: (window.addDockWidget(area, dock), dock.show()), raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", window.removeDockWidget, raising=False)
    window.show()
    found, _ = project
    plugin = mapujpomoc_qgis.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.action_areas.text() == "Service areas"
        plugin.action_areas.trigger()
        dock = plugin.areas_dock
        assert isinstance(dock, ServiceAreaDock) and dock.isVisible()
        assert dock.aid_layer is found.aid_points and dock.areas_layer is found.service_areas
        plugin.action_areas.trigger()
        assert not dock.isVisible()
        plugin.action_areas.trigger()
        assert dock.isVisible() and plugin.areas_dock is dock
    finally:
        plugin.unload()
        window.hide()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert plugin.areas_dock is None and plugin.action_areas is None


def test_travel_time_over_osm_roads_picture(qgis_iface: Any, qgis_new_project: Any, qtbot: Any, shared_data: Path,
                                            tmp_path: Path) -> None:
    """Walking isochrones from three aid points over Helsinki's OSM lines, drawn with the dock beside them
    (docs/service-areas.png when MAPUJPOMOC_SCREENSHOTS names a folder)."""
    from qgis.core import QgsLineSymbol, QgsMapRendererCustomPainterJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    roads = QgsVectorLayer(f"{shared_data / 'osm' / 'helsinki.osm.pbf'}|layername=lines", "OSM lines", "ogr")
    assert roads.isValid()
    roads.setSubsetString("highway IS NOT NULL")
    roads.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "110,110,110", "width": "0.25"}))
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=uuid:string&field=name:string&field=help_types:stringlist",
                            "Aid points", "memory")
    feats = []
    for i, (x, y, types) in enumerate([(24.9416, 60.1699, ["reception"]), (24.9480, 60.1745, ["legal", "food"]),
                                       (24.9500, 60.1650, ["medical"])]):
        f = QgsFeature(points.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([f"00000000-0000-4000-8000-00000000000{i}", f"Punkt {i + 1}", types])
        feats.append(f)
    points.dataProvider().addFeatures(feats)
    layers.style_aid_points(points, "en")
    QgsProject.instance().addMapLayers([roads, points])
    widget = ServiceAreaDock(qgis_iface)
    qtbot.addWidget(widget)
    width, height = 620, 980  # of the map; the dock beside it
    widget.resize(widget.minimumSizeHint().width(), height)
    widget.show()
    try:
        widget.set_layers(points, None)
        widget.roads.setLayer(roads)
        widget.minutes.setText("3, 6, 9")
        widget.cell_size.setValue(20)
        widget.tabs.setCurrentIndex(2)
        assert widget.run_network() is not None
        qtbot.waitUntil(lambda: widget.task is None, timeout=30_000)
        bands = next(lyr for lyr in widget.result_layers if lyr.name().startswith("Travel time"))
        catch = next(lyr for lyr in widget.result_layers if lyr.name().startswith("Nearest aid point"))
        assert sorted(f["minutes"] for f in bands.getFeatures()) == [3, 6, 9]
        assert catch.featureCount() == 3
        settings = QgsMapSettings()
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3067"))
        settings.setLayers([points, catch, roads, bands])
        settings.setOutputSize(QSize(width, height))
        settings.setBackgroundColor(QColor("white"))
        extent = QgsCoordinateTransform(roads.crs(), settings.destinationCrs(), QgsProject.instance()) \
            .transformBoundingBox(roads.extent())
        settings.setExtent(extent)
        image = QImage(QSize(width + widget.width(), height), QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.start()
        job.waitForFinished()
        painter.drawPixmap(width, 0, widget.grab())
        painter.end()
        shots = os.environ.get("MAPUJPOMOC_SCREENSHOTS")
        out = Path(shots) / "service-areas.png" if shots else tmp_path / "service-areas.png"
        assert image.save(str(out))
        # the 0–3 minute band's green is on the map
        green = QColor(styles.BAND_COLOURS[0])
        assert any(abs(QColor(image.pixel(x, y)).green() - green.green()) < 40
                   and QColor(image.pixel(x, y)).red() < 150 for x in range(0, width, 8) for y in range(0, height, 8))
    finally:
        widget.cleanup()
        canvas = qgis_iface.mapCanvas()
        canvas.setLayers([])
        canvas.waitWhileRendering()
        QgsProject.instance().clear()
