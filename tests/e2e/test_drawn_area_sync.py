"""A drawn area reaches the store on sync.

ed_olsztyn's working copy in the project as the plugin puts it there; one aid point in Olsztyn
selected; the service area drawn with the map tool by clicks on the canvas (QgsMapMouseEvent,
right click to finish); then a sync. The store then serves the area at
/collections/service_areas/items with kind manual, the point's uuid and the drawn polygon, and
drawing it again replaces it there too.
"""

from __future__ import annotations

from typing import Any

import pytest
from e2elib import OLSZTYN_POINT, api, create, history, new_point, outbox, store_features

PIXELS = [(120, 110), (420, 130), (400, 390), (140, 370)]


@pytest.fixture
def drawing(clone, store, qgis_app, qgis_iface):  # type: ignore[no-untyped-def]
    """(clone of ed_olsztyn after a first sync, its project layers, the new point's uuid, the canvas)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle

    from mapujpomoc_qgis.core.project import layers

    fid = create(store, new_point("Punkt z obszarem", OLSZTYN_POINT))["id"]
    me = clone("ed_olsztyn")
    me.sync()
    with me.open() as wc:
        found = layers.add_to_project(str(me.path), wc.meta_json("me"), QgsProject.instance())
    found.aid_points.selectByIds([f.id() for f in found.aid_points.getFeatures() if f["uuid"] == fid])
    canvas = qgis_iface.mapCanvas()
    puwg = QgsCoordinateReferenceSystem("EPSG:2180")
    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), puwg, QgsProject.instance()).transform(
        QgsPointXY(*OLSZTYN_POINT))
    canvas.setDestinationCrs(puwg)
    canvas.setExtent(QgsRectangle(centre.x() - 600, centre.y() - 600, centre.x() + 600, centre.y() + 600))
    yield me, found, fid, canvas
    canvas.setLayers([])
    canvas.stopRendering()
    canvas.waitWhileRendering()
    QgsProject.instance().clear()


def draw(canvas: Any, tool: Any, pixels: list[tuple[int, int]]) -> Any:
    """Click the vertices, right-click to finish; the expected polygon in EPSG:4326."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    for xy in pixels:
        tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, QPoint(*xy), Qt.NoButton))
        tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(*xy), Qt.LeftButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(*pixels[-1]), Qt.RightButton))
    to_map = canvas.getCoordinateTransform()
    ring = [to_map.toMapCoordinates(QPoint(*p)) for p in pixels]
    expected = QgsGeometry.fromPolygonXY([ring + ring[:1]])
    expected.transform(QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                              QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    return expected


def same_area(feature: dict[str, Any], expected: Any) -> bool:
    import json

    from qgis.core import QgsGeometry

    got = QgsGeometry.fromWkt(ogr_wkt(json.dumps(feature["geometry"])))
    return got.symDifference(expected).area() < 1e-4 * expected.area()


def ogr_wkt(geojson: str) -> str:
    from osgeo import ogr

    return ogr.CreateGeometryFromJson(geojson).ExportToWkt()


def areas_of(store, fid: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [f for f in store_features(store, "service_areas").values() if f["properties"]["aid_point_id"] == fid]


def test_a_drawn_area_reaches_the_store_on_sync(drawing, store) -> None:  # type: ignore[no-untyped-def]
    from mapujpomoc_qgis.gui.draw_area_tool import DrawAreaTool

    me, found, fid, canvas = drawing
    tool = DrawAreaTool(canvas, found.service_areas, fid, "Punkt z obszarem")
    canvas.setMapTool(tool)
    saved: list[str] = []
    tool.areaSaved.connect(saved.append)
    expected = draw(canvas, tool, PIXELS)
    assert saved == [fid]
    [(local_id, pending)] = [(k, v) for k, v in outbox(me).items() if v["collection"] == "service_areas"]
    assert pending["op"] == "create"

    report = me.sync()
    assert dict(report.pushed) == {"service_areas created": 1} and not report.refused
    [area] = areas_of(store, fid)
    assert area["id"] == local_id
    props = area["properties"]
    assert props["kind"] == "manual" and props["aid_point_id"] == fid and props["params"] is None
    assert props["updated_by"] == "ed_olsztyn" and props["teryt"] == "2862011"
    assert area["geometry"]["type"] == "MultiPolygon"
    assert same_area(area, expected)
    assert api(store, "GET", f"/collections/service_areas/items/{local_id}").status_code == 200
    assert history(store, local_id, "service_areas")[0]["op"] == "create"
    assert outbox(me) == {}

    # drawn again: the old area is deleted and the new one created, on the store as well
    smaller = [(200, 200), (320, 200), (320, 320), (200, 320)]
    expected2 = draw(canvas, tool, smaller)
    report = me.sync()
    assert dict(report.pushed) == {"service_areas created": 1, "service_areas deleted": 1} and not report.refused
    [area2] = areas_of(store, fid)
    assert area2["id"] != local_id and same_area(area2, expected2)
    assert api(store, "GET", f"/collections/service_areas/items/{local_id}").status_code in (404, 410)
    canvas.unsetMapTool(tool)
