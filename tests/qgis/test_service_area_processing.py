"""The service-area Processing algorithms through processing.run and `qgis_process run`.

- buffers of a working copy's aid points by help type, saved into the working copy only where the
  store would take them (the editor's area);
- travel-time areas over Helsinki's OSM roads (drive, edited speeds, one-way streets): the same
  bands and catchments as the engine called directly;
- coverage gaps with a population layer over a generated street grid: the people left uncovered;
- cancelling; qgis_process with the plugin enabled in a throwaway profile.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import requests
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from mapujpomoc_model import catalog
from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.service_areas import inputs, isochrones, profiles
from mapujpomoc_qgis.core.service_areas import roads as road_layers
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy
from mapujpomoc_qgis.processing.provider import MapujPomocProvider

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.roadgen import grid_roads, memory_layer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HELSINKI_CRS = "EPSG:3067"
HELSINKI_POINTS = [(24.9416, 60.1699, ["food"]), (24.9480, 60.1720, ["legal", "food"]),
                   (24.9500, 60.1650, ["legal"])]
OLSZTYN = [(20.4801, 53.7784), (20.4880, 53.7800)]


@pytest.fixture(scope="module")
def provider(qgis_app: Any) -> Any:
    registry = QgsApplication.processingRegistry()
    own = registry.providerById("mapujpomoc") is None
    if own:
        prov = MapujPomocProvider()
        registry.addProvider(prov)
    yield registry.providerById("mapujpomoc")
    if own:
        registry.removeProvider("mapujpomoc")


@pytest.fixture
def run(qgis_processing: Any, provider: Any) -> Any:
    import processing

    def go(alg: str, params: dict[str, Any], feedback: QgsProcessingFeedback | None = None) -> dict[str, Any]:
        return processing.run(f"mapujpomoc:{alg}", params, feedback=feedback)
    return go


@pytest.fixture(scope="module")
def helsinki_roads(shared_data: Path) -> Any:
    layer = QgsVectorLayer(f"{shared_data / 'osm' / 'helsinki.osm.pbf'}|layername=lines", "roads", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer, False)  # the project frees it cleanly
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def point_layer(points: list[tuple[float, float, list[str]]], crs: str = "EPSG:4326") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name:string&field=help_types:string", "points", "memory")
    feats = []
    for i, (x, y, types) in enumerate(points):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([f"p{i}", json.dumps(types)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def help_index(code: str) -> int:
    return catalog.codes(catalog.HELP_TYPES).index(code)


def test_algorithms_are_registered(provider: Any) -> None:
    ids = {a.id() for a in provider.algorithms()}
    assert {"mapujpomoc:buffers", "mapujpomoc:networkserviceareas", "mapujpomoc:coveragegaps"} <= ids
    alg = provider.algorithm("networkserviceareas")
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"ROADS", "CLASS_FIELD", "PROFILE", "SPEEDS", "POINTS", "HELP_TYPES", "MINUTES", "REGION", "POPULATION",
            "POPULATION_FIELD", "ISOCHRONES", "CATCHMENTS", "GAPS"} <= names
    assert "GAPS" in {p.name() for p in provider.algorithm("coveragegaps").parameterDefinitions()}


# -- buffers on a working copy --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def workcopy(store: Any, tmp_path_factory: pytest.TempPathFactory, qgis_app: Any) -> Path:
    for i, (lon, lat) in enumerate(OLSZTYN):
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                   "properties": {"name": f"Bufor {i}", "help_types": ["legal"]}}
        r = requests.post(f"{store.url}/collections/aid_points/items", data=json.dumps(feature), timeout=10,
                          headers={**store.auth("admin"), "Content-Type": "application/geo+json"})
        assert r.status_code == 201, r.text
    path = tmp_path_factory.mktemp("processing") / "olsztyn.gpkg"
    with WorkingCopy.open_or_create(path, store.url) as wc, \
            StoreClient(store.url, store.token("ed_olsztyn"), user="ed_olsztyn") as client:
        Syncer(wc, client).sync()
    return path


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_buffers_of_a_help_type_saved_where_the_store_takes_them(run: Any, workcopy: Path) -> None:
    conn = sqlite3.connect(workcopy)
    legal = {u: t for u, h, t in conn.execute("SELECT uuid, help_types, teryt FROM aid_points")
             if "legal" in json.loads(h)}
    conn.close()
    mine = {u for u, t in legal.items() if (t or "").startswith("2862011")}
    assert len(mine) >= 2 and len(legal) > len(mine)
    result = run("buffers", {"POINTS": f"{workcopy}|layername=aid_points", "HELP_TYPES": [help_index("legal")],
                             "DISTANCES": "250", "WORKCOPY": str(workcopy), "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:2180"
    assert {f["aid_point_id"] for f in out.getFeatures()} == set(legal)
    for f in out.getFeatures():
        assert f["metres"] == 250 and f.geometry().area() == pytest.approx(math.pi * 250 ** 2, rel=0.01)
    assert result["SAVED"] == len(mine)
    conn = sqlite3.connect(workcopy)
    rows = conn.execute("SELECT uuid, aid_point_id, kind, params FROM service_areas WHERE kind = 'buffer'").fetchall()
    pending = dict(conn.execute("SELECT uuid, op FROM mp_outbox WHERE collection = 'service_areas'").fetchall())
    conn.close()
    assert {r[1] for r in rows} == mine
    assert all(json.loads(r[3]) == {"metres": 250} and pending[r[0]] == "create" for r in rows)
    # the same again replaces rather than doubles
    run("buffers", {"POINTS": f"{workcopy}|layername=aid_points", "HELP_TYPES": [help_index("legal")],
                    "DISTANCES": "250", "WORKCOPY": str(workcopy), "OUTPUT": "memory:"})
    conn = sqlite3.connect(workcopy)
    assert conn.execute("SELECT count(*) FROM service_areas WHERE kind = 'buffer'").fetchone()[0] == len(mine)
    conn.close()


# -- travel time over Helsinki ------------------------------------------------------------------------

def test_network_service_areas_match_the_engine(run: Any, helsinki_roads: Any) -> None:
    points = point_layer(HELSINKI_POINTS)
    result = run("networkserviceareas", {
        "ROADS": helsinki_roads, "POINTS": points, "PROFILE": 1, "SPEEDS": "residential=20, tertiary=0",
        "MINUTES": "2, 4", "CELL_SIZE": 25, "CRS": HELSINKI_CRS, "ISOCHRONES": "memory:", "CATCHMENTS": "memory:"})
    bands, catchments = result["ISOCHRONES"], result["CATCHMENTS"]
    assert bands.crs().authid() == HELSINKI_CRS
    profile = profiles.profile_for("drive", "highway", {"residential": 20, "tertiary": 0})
    assert profile.oneway and profile.speed("residential") == 20 and profile.speed("tertiary") is None
    graph = road_layers.graph_from_layer(helsinki_roads, profile, HELSINKI_CRS)
    xy, ids = inputs.read_points(points, HELSINKI_CRS)
    direct = isochrones.service_areas(graph, xy, [2, 4], ids=ids, cell_size=25, max_snap=1000)
    assert {f["minutes"]: f.geometry().area() for f in bands.getFeatures()} == pytest.approx(
        {m: g.area() for m, g in direct.bands if not g.isEmpty()})
    assert {f["aid_point_id"]: f.geometry().area() for f in catchments.getFeatures()} == pytest.approx(
        {i: g.area() for i, g in direct.catchments})
    assert result["SAVED"] == 0 and "GAPS" not in result
    # help types choose the points: only p1 and p2 offer legal aid
    result = run("networkserviceareas", {
        "ROADS": helsinki_roads, "POINTS": points, "HELP_TYPES": [help_index("legal")], "MINUTES": "3",
        "CRS": HELSINKI_CRS, "ISOCHRONES": "memory:", "CATCHMENTS": "memory:"})
    assert {f["aid_point_id"] for f in result["CATCHMENTS"].getFeatures()} == {2, 3}


def test_cancelled_run_gives_nothing(run: Any, helsinki_roads: Any) -> None:
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = run("networkserviceareas", {
        "ROADS": helsinki_roads, "POINTS": point_layer(HELSINKI_POINTS), "MINUTES": "3", "CRS": HELSINKI_CRS,
        "ISOCHRONES": "memory:", "CATCHMENTS": "memory:"}, feedback)
    assert "ISOCHRONES" not in result


def test_bad_input_is_reported(run: Any, helsinki_roads: Any) -> None:
    from qgis.core import QgsProcessingException

    points = point_layer(HELSINKI_POINTS)
    for params, message in (({"MINUTES": "5, x"}, "not a number"), ({"SPEEDS": "residential"}, "class=km/h"),
                            ({"CRS": "EPSG:4326"}, "metres"), ({"HELP_TYPES": [help_index("medical")]}, "help types")):
        with pytest.raises(QgsProcessingException, match=message):
            run("networkserviceareas", {"ROADS": helsinki_roads, "POINTS": points, "MINUTES": "3", "CRS": HELSINKI_CRS,
                                        "ISOCHRONES": "memory:", "CATCHMENTS": "memory:", **params})


# -- coverage gaps with people --------------------------------------------------------------------------

def test_coverage_gaps_count_the_people_not_covered(run: Any) -> None:
    origin = (630_000.0, 480_000.0)
    roads = memory_layer(grid_roads(20, spacing=100.0, seed=5, origin=origin))
    QgsProject.instance().addMapLayer(roads, False)
    try:
        centre = (origin[0] + 950, origin[1] + 950)
        to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2180"),
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        p = to_wgs.transform(QgsPointXY(*centre))
        points = point_layer([(p.x(), p.y(), ["medical"])])
        region = QgsVectorLayer("Polygon?crs=EPSG:2180", "commune", "memory")
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(origin[0] - 200, origin[1] - 200, origin[0] + 2100,
                                                        origin[1] + 2100)))
        region.dataProvider().addFeatures([f])
        people = QgsVectorLayer("Point?crs=EPSG:2180&field=people:double", "people", "memory")
        spots = [((centre[0] + 30, centre[1]), 40.0), ((origin[0] - 150, origin[1] - 150), 7.0),
                 ((origin[0] + 2050, origin[1] + 2050), 5.0), ((origin[0] + 950, origin[1] + 2080), 3.0),
                 ((origin[0] + 150, origin[1] + 150), 11.0)]
        feats = []
        for (x, y), n in spots:
            g = QgsFeature(people.fields())
            g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            g.setAttributes([n])
            feats.append(g)
        people.dataProvider().addFeatures(feats)
        result = run("coveragegaps", {"ROADS": roads, "POINTS": points, "MINUTES": "3, 30", "REGION": region,
                                      "POPULATION": people, "POPULATION_FIELD": "people", "GAPS": "memory:"})
        gaps = {f["minutes"]: f for f in result["GAPS"].getFeatures()}
        # 3 minutes' walk (250 m) leaves all but the first spot out; 30 minutes (2.5 km) reaches every street
        # of the grid, leaving only the margin of the commune beyond it, where three of the spots lie
        assert gaps[3]["population"] == 26
        assert gaps[30]["population"] == 15
        assert result["NOT_COVERED"] == 15
        graph = road_layers.graph_from_layer(roads, profiles.WALK, "EPSG:2180")
        xy, _ = inputs.read_points(points, "EPSG:2180")
        region_geom = inputs.region_geometry(region, "EPSG:2180")
        direct = isochrones.service_areas(graph, xy, [3, 30], region=region_geom, population=people,
                                          population_field="people", max_snap=1000)
        assert {m: g.area() for m, g, _ in direct.gaps} == pytest.approx(
            {m: f.geometry().area() for m, f in gaps.items()})
    finally:
        QgsProject.instance().removeMapLayer(roads.id())


# -- qgis_process -----------------------------------------------------------------------------------------

def _qgis_process() -> str | None:
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.mark.skipif(_qgis_process() is None, reason="qgis_process is not installed")
def test_qgis_process_runs_the_algorithms(tmp_path: Path, shared_data: Path) -> None:
    exe = _qgis_process()
    home = tmp_path / "home"
    # installed from the built zip, as a user installs it (it carries metadata.txt and the shared model)
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), "--out", str(tmp_path / "plugin.zip")],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    with zipfile.ZipFile(tmp_path / "plugin.zip") as zf:
        zf.extractall(tmp_path / "plugins")
    # a fresh profile under HOME: pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at a folder every run shares
    # (/tmp/.qgis-settings with pytest-qgis 5), where an earlier run left the plugin enabled
    inherited = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env = {**inherited, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "cfg"),
           "QGIS_PLUGINPATH": str(tmp_path / "plugins"), "QT_QPA_PLATFORM": "offscreen"}
    enabled = subprocess.run([exe, "plugins", "enable", "mapujpomoc_qgis"], env=env, capture_output=True, text=True,
                             timeout=120)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    points = tmp_path / "points.geojson"
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": f"p{i}", "help_types": types},
         "geometry": {"type": "Point", "coordinates": [x, y]}} for i, (x, y, types) in enumerate(HELSINKI_POINTS)]}))
    roads = f"{shared_data / 'osm' / 'helsinki.osm.pbf'}|layername=lines"
    out = tmp_path / "areas.gpkg"
    done = subprocess.run([exe, "run", "mapujpomoc:networkserviceareas", "--", f"ROADS={roads}", f"POINTS={points}",
                           "MINUTES=2,4", "PROFILE=0", f"CRS={HELSINKI_CRS}", f"ISOCHRONES={out}",
                           f"CATCHMENTS={tmp_path / 'catchments.gpkg'}"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Road graph" in done.stdout
    from osgeo import ogr

    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetLayerDefn().GetFieldIndex("minutes") >= 0
    assert sorted(f.GetField("minutes") for f in layer) == [2.0, 4.0]
    ds = ogr.Open(str(tmp_path / "catchments.gpkg"))
    assert {f.GetField("aid_point_id") for f in ds.GetLayer(0)} == {0, 1, 2}  # GeoJSON's feature ids
    buffers = tmp_path / "buffers.gpkg"
    done = subprocess.run([exe, "run", "mapujpomoc:buffers", "--", f"POINTS={points}", "DISTANCES=100,200",
                           f"HELP_TYPES={help_index('legal')}", f"OUTPUT={buffers}"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    ds = ogr.Open(str(buffers))
    assert sorted((f.GetField("aid_point_id"), f.GetField("metres")) for f in ds.GetLayer(0)) == [
        (1, 100.0), (1, 200.0), (2, 100.0), (2, 200.0)]
