"""Importing PRG boundaries with the operator CLI: GeoJSON with invalid polygons, a Shapefile in
EPSG:2180, and a file that is not PRG."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pyogrio.raw
import pyproj
import pytest
import requests
import shapely
from shapely.geometry import shape
from support.store_server import StoreDatabase, StoreServer, sqlite_url

POLAND_KM2 = 312_696  # GUS: area of Poland


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db(request, tmp_path_factory, shared_data) -> StoreDatabase:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path_factory.mktemp("import") / "import.db")
    else:
        url = request.getfixturevalue("pg_cluster").create_database()
    return StoreDatabase(url, shared_data)


@pytest.fixture(scope="module")
def imported(empty_db):
    empty_db.init()
    return empty_db.import_boundaries()


@pytest.fixture(scope="module")
def server(empty_db, imported):
    with StoreServer(empty_db) as srv:
        yield srv


def items(server, collection):
    r = requests.get(f"{server.url}/collections/{collection}/items", params={"limit": 1000}, timeout=60)
    assert r.status_code == 200
    doc = r.json()
    assert doc["numberReturned"] == doc["numberMatched"]
    return {f["id"]: f for f in doc["features"]}


def area_km2(geom) -> float:
    tr = pyproj.Transformer.from_crs(4326, 2180, always_xy=True)
    return shapely.transform(geom, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))).area / 1e6


def test_voivodeships_are_imported_with_the_invalid_ones_repaired(imported, server, prg):
    invalid = {code for code, (_, g) in prg.wojewodztwa.items() if not g.is_valid}
    assert len(invalid) == 12  # as documented for the shared data
    report = imported["wojewodztwo"]
    assert re.search(r"imported 16 wojewodztwo boundaries", report), report
    repaired = re.findall(r"repaired invalid polygon: (\d{2}) ([^\s(]+)", report)
    assert {code for code, _ in repaired} == invalid
    assert all(name == prg.name(code) for code, name in repaired)

    stored = items(server, "wojewodztwa")
    assert set(stored) == set(prg.wojewodztwa)
    total = 0.0
    for code, f in stored.items():
        g = shape(f["geometry"])
        original = prg.wojewodztwa[code][1]
        assert f["properties"]["name"] == prg.name(code)
        assert g.geom_type in ("Polygon", "MultiPolygon"), code
        assert g.is_valid, (code, shapely.is_valid_reason(g))
        if code in invalid:
            # repaired, not rebuilt: the same area and extent; only zero-area spikes of the
            # self-intersections (under 100 m) may be gone from the outline
            assert g.area == pytest.approx(original.area, rel=1e-6)
            assert g.bounds == pytest.approx(original.bounds, abs=1e-3)
            assert shapely.hausdorff_distance(g.boundary, original.boundary) < 1e-3
        else:
            assert g.equals(original), code
        total += area_km2(g)
    assert total == pytest.approx(POLAND_KM2, rel=0.01)


def test_counties_and_communes(imported, server, prg):
    for level, coll, table in (("powiat", "powiaty", prg.powiaty), ("gmina", "gminy", prg.gminy)):
        report = imported[level]
        assert f"imported {len(table)} {level} boundaries" in report
        assert "repaired" not in report and "skipped" not in report
        stored = items(server, coll)
        assert set(stored) == set(table)
        for code, f in stored.items():
            assert f["properties"]["name"] == table[code][0]
            assert shape(f["geometry"]).equals(table[code][1]), code
    assert len(prg.powiaty) == 35 and len(prg.gminy) == 198


def test_a_file_without_the_prg_code_is_refused(empty_db, imported, server, prg, tmp_path):
    with open(prg.dir / "gminy.geojson", encoding="utf-8") as fh:
        doc = json.load(fh)
    for f in doc["features"]:
        f["properties"] = {"KOD": f["properties"]["JPT_KOD_JE"], "JPT_NAZWA_": f["properties"]["JPT_NAZWA_"]}
    doc["features"] = doc["features"][:5]
    bad = tmp_path / "gminy_bez_kodu.geojson"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    proc = empty_db.cli("import-boundaries", "--level", "gmina", str(bad), check=False)
    assert proc.returncode == 2
    assert "JPT_KOD_JE" in proc.stderr and str(bad) in proc.stderr
    assert "Traceback" not in proc.stderr
    # the communes imported before are still all there
    assert set(items(server, "gminy")) == set(prg.gminy)

    proc = empty_db.cli("import-boundaries", "--level", "gmina", str(tmp_path / "missing.geojson"), check=False)
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    garbage = tmp_path / "garbage.geojson"
    garbage.write_text("this is not GeoJSON", encoding="utf-8")
    proc = empty_db.cli("import-boundaries", "--level", "gmina", str(garbage), check=False)
    assert proc.returncode == 2 and "cannot read" in proc.stderr


def test_reimport_replaces(empty_db, imported, server, prg):
    report = empty_db.cli("import-boundaries", "--level", "gmina", str(prg.dir / "gminy.geojson")).stdout
    assert f"imported {len(prg.gminy)} gmina boundaries" in report
    assert set(items(server, "gminy")) == set(prg.gminy)


def write_shapefile_2180(prg, path: Path) -> None:
    """gminy.geojson reprojected to EPSG:2180 and written as an ESRI Shapefile (as PRG is distributed)."""
    tr = pyproj.Transformer.from_crs(4326, 2180, always_xy=True)
    codes = sorted(prg.gminy)
    geoms = []
    for code in codes:
        g = prg.gminy[code][1]
        g = shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
        geoms.append(shapely.to_wkb(shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g))
    pyogrio.raw.write(str(path), np.array(geoms, dtype=object),
                      [np.array(codes, dtype=object), np.array([prg.name(c) for c in codes], dtype=object)],
                      ["JPT_KOD_JE", "JPT_NAZWA_"], driver="ESRI Shapefile", geometry_type="MultiPolygon",
                      crs="EPSG:2180", encoding="UTF-8")


def test_shapefile_in_epsg_2180(tmp_path, shared_data, prg):
    shp = tmp_path / "gminy_2180.shp"
    write_shapefile_2180(prg, shp)
    meta = pyogrio.read_info(str(shp))
    assert "2180" in meta["crs"]
    x0, y0, _, _ = meta["total_bounds"]
    assert x0 > 100_000 and y0 > 100_000  # metres, not degrees

    database = StoreDatabase(sqlite_url(tmp_path / "shp.db"), shared_data)
    database.init()
    out = database.cli("import-boundaries", "--level", "gmina", str(shp)).stdout
    assert f"imported {len(prg.gminy)} gmina boundaries" in out
    with StoreServer(database) as srv:
        stored = items(srv, "gminy")
        assert set(stored) == set(prg.gminy)
        for code, f in stored.items():
            assert f["properties"]["name"] == prg.name(code)  # Polish letters survive the .dbf
            g, original = shape(f["geometry"]), prg.gminy[code][1]
            assert g.is_valid
            assert shapely.hausdorff_distance(g, original) < 1e-7, code
            assert g.area == pytest.approx(original.area, rel=1e-7)
        # and the point-in-commune lookup runs on the imported geometry
        srv.add_user("admin", "admin")
        lon, lat = prg.inside("2862011")
        r = requests.post(srv.url + "/collections/aid_points/items", headers=srv.auth("admin"), timeout=30, json={
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"name": "Punkt", "help_types": ["legal"]}})
        assert r.status_code == 201, r.text
        assert r.json()["properties"]["teryt"] == "2862011"
