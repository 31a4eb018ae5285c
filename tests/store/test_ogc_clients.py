"""Third-party OGC clients against the store: GDAL's OAPIF driver (ogr2ogr) and OWSLib. Each result is
compared with the same selection made directly in the store's database; the URLs GDAL fetched (its
CPL_DEBUG log) show the filter ran on the server, and how many pages it took."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

pytestmark = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL's ogr2ogr is not installed")


@pytest.fixture(scope="module")
def db(store):
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    yield engine
    engine.dispose()


def live_ids(db, where: str = "1 = 1", **params) -> set[str]:
    with db.connect() as conn:
        return set(conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                        f"AND {where}"), params).scalars())


def ogr2ogr(store, tmp_path: Path, *args: str) -> tuple[dict, list[str]]:
    """(the GeoJSON ogr2ogr wrote from aid_points as admin, the URLs GDAL fetched)."""
    out = tmp_path / "out.geojson"
    env = {**os.environ, "CPL_DEBUG": "ON", "GDAL_HTTP_HEADERS": f"Authorization: Bearer {store.token('admin')}",
           "GDAL_HTTP_TIMEOUT": "60"}
    r = subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(out), f"OAPIF:{store.url}/collections/aid_points",
                        "-oo", "PAGE_SIZE=1000", *args], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    fetched = re.findall(r"HTTP: Fetch\((\S+)\)", r.stderr)
    return json.loads(out.read_text()), fetched


def test_gdal_reads_every_point(store, db, tmp_path):
    doc, _ = ogr2ogr(store, tmp_path)
    assert sorted(f["properties"]["id"] for f in doc["features"]) == sorted(live_ids(db))


def test_gdal_bbox(store, db, tmp_path):
    doc, fetched = ogr2ogr(store, tmp_path, "-spat", "20", "53", "21", "54")
    expected = live_ids(db, "minx >= 20 AND maxx <= 21 AND miny >= 53 AND maxy <= 54")
    assert expected
    assert {f["properties"]["id"] for f in doc["features"]} == expected
    assert [u for u in fetched if "/items" in u and "bbox=" in u], fetched  # selected on the server


def test_gdal_where_on_status(store, db, tmp_path):
    """Right answer; GDAL 3.6 filters it on the client: it pushes `status=` down only when /api lists the
    parameter under the path "/collections/{collectionId}/items" (see the report in issue 14)."""
    doc, _ = ogr2ogr(store, tmp_path, "-where", "status = 'active'")
    assert {f["properties"]["id"] for f in doc["features"]} == live_ids(db, "status = 'active'")


@pytest.mark.xfail(reason="GDAL 3.6 sends any date comparison as datetime=, which the store applies to its "
                          "temporal property updated_at; right once /api offers filter-lang (CQL text) to GDAL",
                   strict=False)
def test_gdal_where_on_verified_at(store, db, tmp_path):
    doc, fetched = ogr2ogr(store, tmp_path, "-where", "verified_at >= '2025-06-01'")
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT properties FROM features WHERE collection = 'aid_points' "
                                    "AND NOT deleted")).scalars().all()
    expected = [p for p in map(json.loads, rows) if (p.get("verified_at") or "") >= "2025-06-01"]
    assert len(doc["features"]) == len(expected)


def test_gdal_where_on_updated_at_runs_on_the_server(store, db, tmp_path):
    with db.begin() as conn:  # some points last changed long ago, so the date tells them apart
        conn.execute(sa.text("UPDATE features SET updated_at = '2025-01-01T00:00:00.000Z' WHERE collection = "
                             "'aid_points' AND substr(id, 1, 1) IN ('0', '1', '2', '3')"))
    doc, fetched = ogr2ogr(store, tmp_path, "-where", "updated_at < '2025-06-01T00:00:00Z'")
    expected = live_ids(db, "updated_at < '2025-06-01T00:00:00.000Z'")
    assert expected and expected != live_ids(db)
    assert {f["properties"]["id"] for f in doc["features"]} == expected
    pages = [u for u in fetched if "/items" in u and "datetime=" in u]
    assert pages and len(pages) == -(-len(expected) // 1000), fetched  # only the matching points travelled


def test_gdal_reprojects_to_2180(store, db, tmp_path):
    doc, _ = ogr2ogr(store, tmp_path, "-t_srs", "EPSG:2180", "-lco", "RFC7946=NO", "-lco", "WRITE_NAME=NO")
    assert len(doc["features"]) == len(live_ids(db))
    from pyproj import Transformer

    to_puwg = Transformer.from_crs("EPSG:4326", "EPSG:2180", always_xy=True)
    with db.connect() as conn:
        stored = {json.dumps(json.loads(g)["coordinates"]) for g in conn.execute(sa.text(
            "SELECT geometry FROM features WHERE collection = 'aid_points' AND NOT deleted")).scalars()}
    expected = sorted(to_puwg.transform(*json.loads(c)) for c in stored)
    got = sorted(tuple(f["geometry"]["coordinates"][:2]) for f in doc["features"])
    assert len(got) == len(expected)
    # GDAL writes x/y (easting, northing) in a GeoJSON file whatever the CRS's axis order
    assert all(abs(a[0] - b[0]) < 0.05 and abs(a[1] - b[1]) < 0.05 for a, b in zip(got, expected))


def test_owslib_reads_items_with_a_filter(store, db):
    owslib = pytest.importorskip("owslib.ogcapi.features")
    api = owslib.Features(store.url, headers={"Authorization": f"Bearer {store.token('admin')}"})
    page = api.collection_items("aid_points", limit=10_000, filter="help_types = 'legal'")
    with db.connect() as conn:
        expected = set(conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                            "AND tags LIKE '% help:legal %'")).scalars())
    assert {f["id"] for f in page["features"]} == expected
    assert page["numberMatched"] == len(expected)
