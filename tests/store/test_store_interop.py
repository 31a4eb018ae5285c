"""Clients nobody here wrote read the store: QGIS 3.22's OAPIF provider and GDAL's OAPIF driver."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from storelib import ITEMS

from mapujpomoc_model.schema import COLLECTION_FIELDS


@pytest.fixture(scope="module")
def expected(api):
    """What a client should see, read through the plain HTTP API."""
    features = api.all_items(None)
    fields = [f.name for f in COLLECTION_FIELDS["aid_points"]]
    return {"count": len(features), "ids": {f["id"] for f in features}, "fields": fields,
            "by_id": {f["id"]: f for f in features}}


def test_qgis_oapif_provider_loads_aid_points(api, expected, qgis_app, qgis_new_project):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer, QgsWkbTypes

    uri = f"url='{api.url}' typename='aid_points'"
    layer = QgsVectorLayer(uri, "aid_points", "OAPIF")
    assert layer.isValid(), layer.error().summary()
    assert layer.providerType() == "OAPIF"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
    assert layer.crs().authid() in ("EPSG:4326", "OGC:CRS84")
    names = layer.fields().names()
    missing = [n for n in ["id", *expected["fields"]] if n not in names]
    assert not missing, (missing, names)
    feats = list(layer.getFeatures(QgsFeatureRequest()))
    assert len(feats) == expected["count"]
    assert layer.featureCount() == expected["count"]
    assert {f["id"] for f in feats} == expected["ids"]
    # the attributes and locations are the store's
    for f in feats:
        want = expected["by_id"][f["id"]]
        props = want["properties"]
        assert f["name"] == props["name"]
        assert f["teryt"] == props["teryt"]
        assert f["status"] == props["status"]
        # QGIS gets lists as text, so their type never depends on the first page (ogc/qgis_lists.py)
        assert f["help_types"] == ",".join(props["help_types"])
        pt = f.geometry().asPoint()
        assert (pt.x(), pt.y()) == pytest.approx(tuple(want["geometry"]["coordinates"]), abs=1e-9)
    QgsProject.instance().addMapLayer(layer)
    assert QgsProject.instance().mapLayersByName("aid_points")


def test_qgis_oapif_provider_with_a_bbox_filter(api, qgis_app, qgis_new_project):
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    x0, y0, x1, y1 = 20.36, 53.72, 20.57, 53.83
    want = {f["id"] for f in api.all_items(None, bbox=f"{x0},{y0},{x1},{y1}")}
    assert want
    layer = QgsVectorLayer(f"url='{api.url}' typename='aid_points'", "aid_points", "OAPIF")
    assert layer.isValid()
    got = list(layer.getFeatures(QgsFeatureRequest().setFilterRect(QgsRectangle(x0, y0, x1, y1))))
    assert {f["id"] for f in got} == want


def test_qgis_reads_the_boundaries(api, prg, qgis_app, qgis_new_project):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"url='{api.url}' typename='gminy'", "gminy", "OAPIF")
    assert layer.isValid()
    assert layer.featureCount() == len(prg.gminy)
    names = {f["name"] for f in layer.getFeatures()}
    assert prg.name("2862011") in names


@pytest.mark.skipif(not shutil.which("ogrinfo"), reason="GDAL's ogrinfo is not installed")
def test_gdal_oapif_driver(api, expected):
    env = {"GDAL_HTTP_TIMEOUT": "30", "CPL_DEBUG": "OFF", "GDAL_HTTP_PROXY": "", "HTTP_PROXY": "",
           "http_proxy": "", "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(["ogrinfo", "-ro", "-so", f"OAPIF:{api.url}", "aid_points"], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    m = re.search(r"Feature Count: (\d+)", proc.stdout)
    assert m, proc.stdout
    assert int(m.group(1)) == expected["count"]
    assert re.search(r"Geometry: (3D )?Point", proc.stdout), proc.stdout
    for name in ("name", "help_types", "teryt", "status"):
        assert re.search(rf"^{name}: ", proc.stdout, re.M), (name, proc.stdout)

    # and every feature, not only the count
    proc = subprocess.run(["ogrinfo", "-ro", "-q", f"OAPIF:{api.url}", "aid_points"], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    ids = re.findall(r"^\s*id \(String\) = (\S+)", proc.stdout, re.M)
    assert len(ids) == expected["count"] and set(ids) == expected["ids"]


def test_items_survive_a_round_trip_through_gdal(api, expected, tmp_path):
    if not shutil.which("ogr2ogr"):
        pytest.skip("GDAL's ogr2ogr is not installed")
    out = tmp_path / "aid_points.gpkg"
    proc = subprocess.run(["ogr2ogr", "-f", "GPKG", str(out), f"OAPIF:{api.url}", "aid_points"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    import pyogrio

    info = pyogrio.read_info(str(out))
    assert info["features"] == expected["count"]
    assert api.get(ITEMS, params={"limit": 1}).json()["numberMatched"] == expected["count"]
