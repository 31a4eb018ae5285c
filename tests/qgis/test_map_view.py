"""Where the map goes (issue 16): the project the plugin makes is in PUWG 1992, the first sync lands on the
user's area, "Zoom to results" shows exactly the matching points whatever the CRS of the map.

The first sync runs under QGIS's real QgsLayerTreeMapCanvasBridge, the desktop's piece that gives an empty
project the CRS of its first layer and zooms to all of it on the next turn of the event loop. Expected
extents come straight from the GeoPackage (mapujpomoc_model.gpkg_geom), not from QGIS's layers.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsLayerTreeMapCanvasBridge

from mapujpomoc_model import gpkg_geom
from mapujpomoc_qgis.core.project import layers
from mapujpomoc_qgis.gui.filter_dock import CLOSEST_SCALE, FilterDock
from mapujpomoc_qgis.gui.sync_runner import SyncRunner

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
PUWG = QgsCoordinateReferenceSystem("EPSG:2180")


def _points(path: Path) -> dict[int, tuple[float, float, str]]:
    """fid -> (lon, lat, teryt) of every aid point, decoded from the GeoPackage blobs."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT fid, geom, teryt FROM aid_points").fetchall()
    out = {}
    for fid, blob, teryt in rows:
        geom = gpkg_geom.decode(blob)
        if geom is not None:
            out[fid] = (geom["coordinates"][0], geom["coordinates"][1], teryt or "")
    return out


def _in_crs(lon: float, lat: float, crs: QgsCoordinateReferenceSystem) -> QgsPointXY:
    return QgsCoordinateTransform(WGS84, crs, QgsProject.instance()).transform(QgsPointXY(lon, lat))


@pytest.fixture
def empty_project(qgis_new_project: Any, qgis_iface: Any) -> Any:
    canvas = qgis_iface.mapCanvas()
    yield QgsProject.instance()
    canvas.setLayers([])
    canvas.stopRendering()
    QgsProject.instance().clear()


def test_a_project_the_plugin_makes_is_in_puwg_1992(synced_workcopy: Any, empty_project: QgsProject) -> None:
    empty_project.setCrs(WGS84)  # what a new desktop project starts with
    layers.add_to_project(synced_workcopy.path, synced_workcopy.me, empty_project)
    assert empty_project.crs().authid() == "EPSG:2180"


def test_a_users_project_keeps_its_crs(synced_workcopy: Any, empty_project: QgsProject) -> None:
    mine = QgsVectorLayer("Point?crs=EPSG:3857", "my layer", "memory")
    empty_project.addMapLayer(mine)
    empty_project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    layers.add_to_project(synced_workcopy.path, synced_workcopy.me, empty_project)
    assert empty_project.crs().authid() == "EPSG:3857"


def test_first_sync_lands_on_the_users_area_in_puwg_1992(synced_workcopy: Any, empty_project: QgsProject,
                                                         qgis_iface: Any, qtbot: Any) -> None:
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(WGS84)
    canvas.setExtent(QgsRectangle(14, 49, 24, 55))  # all of Poland, as a new project shows
    empty_project.setCrs(WGS84)
    bridge = QgsLayerTreeMapCanvasBridge(empty_project.layerTreeRoot(), canvas)
    empty_project.crsChanged.connect(lambda: canvas.setDestinationCrs(empty_project.crs()))  # as QGIS's window does
    task = type("Task", (), {"workcopy": str(synced_workcopy.path), "me": synced_workcopy.me})()
    SyncRunner(qgis_iface).show(task)
    qtbot.wait(300)  # the bridge's deferred update, then the runner's
    assert bridge is not None
    assert empty_project.crs().authid() == "EPSG:2180"
    assert canvas.mapSettings().destinationCrs().authid() == "EPSG:2180"
    west, south, east, north = synced_workcopy.me["scope_bbox"]
    shown = canvas.extent()
    corners = [_in_crs(x, y, PUWG) for x in (west, east) for y in (south, north)]
    assert all(shown.contains(c) for c in corners), (shown.toString(), corners)
    area = QgsRectangle(corners[0], corners[-1])
    assert shown.width() < 3 * area.width() or shown.height() < 3 * area.height(), shown.toString()


@pytest.fixture
def dock(synced_workcopy: Any, empty_project: QgsProject, qgis_iface: Any, qtbot: Any) -> FilterDock:
    found = layers.add_to_project(str(synced_workcopy.path), synced_workcopy.me, empty_project)
    widget = FilterDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.set_layer(found.aid_points, synced_workcopy.me["scope"])
    return widget


def _communes(path: Path) -> tuple[str, str]:
    """A commune with exactly one aid point and the commune with the most."""
    counts = Counter(teryt for _x, _y, teryt in _points(path).values())
    single = sorted(t for t, n in counts.items() if n == 1)
    assert single, counts
    return single[0], counts.most_common(1)[0][0]


@pytest.mark.parametrize("crs", ["EPSG:2180", "EPSG:4326", "EPSG:3857"])
@pytest.mark.parametrize("which", ["one point", "many points", "everything"])
def test_zoom_to_results_shows_exactly_the_matching_points(dock: FilterDock, synced_workcopy: Any, qgis_iface: Any,
                                                            crs: str, which: str) -> None:
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    points = _points(synced_workcopy.path)
    single, busiest = _communes(synced_workcopy.path)
    code = {"one point": single, "many points": busiest, "everything": ""}[which]
    dock._select_region(code)
    dock.apply()
    expected = {fid for fid, (_x, _y, teryt) in points.items() if teryt.startswith(code)}
    assert set(dock.result_fids()) == expected and expected
    dock.zoom_to_results()
    shown = canvas.extent()
    target = QgsCoordinateReferenceSystem(crs)
    inside = [shown.contains(_in_crs(*points[fid][:2], target)) for fid in expected]
    assert all(inside), (which, crs, shown.toString(), inside.count(False))
    if which == "one point":
        assert canvas.scale() == pytest.approx(CLOSEST_SCALE, rel=0.01)
        return
    # the points fill the map: one side of the map is at most a margin wider than theirs (never the world,
    # as issue 16 saw for a commune: 1:311 million)
    xy = [_in_crs(*points[fid][:2], target) for fid in expected]
    width, height = max(p.x() for p in xy) - min(p.x() for p in xy), max(p.y() for p in xy) - min(p.y() for p in xy)
    assert width > 0 and height > 0
    assert shown.width() <= 1.2 * width or shown.height() <= 1.2 * height, (shown.toString(), width, height)
