"""Third-party OGC clients against the store: GDAL's OAPIF driver (ogr2ogr, ogrinfo) and OWSLib. Each result
is compared with the same selection made directly in the store's database. That a `-where` ran on the server
is proved by the store's own request log (access_log.py): the item requests carrying the filter, and the
features they sent, against the number of matches."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from storelib import ITEMS, feature

pytestmark = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL's ogr2ogr is not installed")
PAGE = 50  # GDAL's page in the -where tests: small, so that downloading everything takes several pages


@pytest.fixture(scope="module")
def db(store):
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def logged(store, tmp_path_factory):
    """Another store process on the same database, writing its request log (`serve --request-log`)."""
    log = tmp_path_factory.mktemp("request-log") / "requests.jsonl"
    server = store.spawn(extra_args=["--request-log", str(log)])
    server.start()
    server.request_log = log
    yield server
    server.stop()


def live_ids(db, where: str = "1 = 1", **params) -> set[str]:
    with db.connect() as conn:
        return set(conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                        f"AND {where}"), params).scalars())


def aid_properties(db) -> dict[str, dict]:
    """id -> properties of every live aid point, read from the database."""
    with db.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, properties FROM features WHERE collection = 'aid_points' "
                                    "AND NOT deleted")).all()
    return {r.id: json.loads(r.properties) for r in rows}


def gdal_env(store) -> dict[str, str]:
    return {**os.environ, "CPL_DEBUG": "ON", "GDAL_HTTP_HEADERS": f"Authorization: Bearer {store.token('admin')}",
            "GDAL_HTTP_TIMEOUT": "60"}


def ogr2ogr(store, tmp_path: Path, *args: str, page_size: int = 1000) -> tuple[dict, list[str]]:
    """(the GeoJSON ogr2ogr wrote from aid_points as admin, the URLs GDAL fetched)."""
    out = tmp_path / "out.geojson"
    out.unlink(missing_ok=True)
    r = subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(out), f"OAPIF:{store.url}/collections/aid_points",
                        "-oo", f"PAGE_SIZE={page_size}", *args], capture_output=True, text=True,
                       env=gdal_env(store), timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    fetched = re.findall(r"HTTP: Fetch\((\S+)\)", r.stderr)
    return json.loads(out.read_text()), fetched


def logged_requests(server, run: Callable[[], Any]) -> tuple[Any, list[dict]]:
    """(what `run()` returned, the requests the store logged meanwhile)."""
    before = server.request_log.stat().st_size if server.request_log.exists() else 0
    result = run()
    # the store writes a request's line once its reply is sent, so a client may have it first: wait for the
    # log to settle (no new line for 0.5 s, at most 10 s)
    size, deadline = -1, time.monotonic() + 10
    while time.monotonic() < deadline:
        now = server.request_log.stat().st_size if server.request_log.exists() else 0
        if now == size:
            break
        size = now
        time.sleep(0.5)
    with open(server.request_log, "rb") as fh:
        fh.seek(before)
        return result, [json.loads(line) for line in fh.read().decode().splitlines()]


def assert_filtered_on_server(server, tmp_path: Path, where: str, expected: set[str]) -> None:
    """ogr2ogr -where `where` gives exactly `expected`, and the store's log shows the filter ran on the server:
    ceil(matches / page) item requests carried it, sending exactly the matches, and the only item request
    without it is GDAL's first page (one page, read for the layer's fields)."""
    (doc, _), logged = logged_requests(server, lambda: ogr2ogr(server, tmp_path, "-where", where, page_size=PAGE))
    assert {f["properties"]["id"] for f in doc["features"]} == expected
    items = [r for r in logged if r["path"] == "/collections/aid_points/items" and r["status"] == 200]
    filtered = [r for r in items if "filter=" in r["query"]]
    assert len(filtered) == max(1, math.ceil(len(expected) / PAGE)), filtered
    assert sum(r["features"] for r in filtered) == len(expected), filtered
    unfiltered = [r for r in items if "filter=" not in r["query"]]
    assert len(unfiltered) == 1 and unfiltered[0]["features"] <= PAGE, unfiltered


def test_gdal_reads_every_point(store, db, tmp_path):
    doc, _ = ogr2ogr(store, tmp_path)
    assert sorted(f["properties"]["id"] for f in doc["features"]) == sorted(live_ids(db))


def test_gdal_bbox(store, db, tmp_path):
    doc, fetched = ogr2ogr(store, tmp_path, "-spat", "20", "53", "21", "54")
    expected = live_ids(db, "minx >= 20 AND maxx <= 21 AND miny >= 53 AND maxy <= 54")
    assert expected
    assert {f["properties"]["id"] for f in doc["features"]} == expected
    assert [u for u in fetched if "/items" in u and "bbox=" in u], fetched  # selected on the server


def test_gdal_where_on_status(logged, db, tmp_path):
    """GDAL 3.6 pushes `-where` down as CQL text (filter-lang=cql-text) because /api lists, under
    /collections/aid_points/items, `filter-lang` with cql-text and a parameter per queryable (openapi.py)."""
    expected = live_ids(db, "status = 'active'")
    assert expected and expected != live_ids(db)
    assert_filtered_on_server(logged, tmp_path, "status = 'active'", expected)


def test_gdal_where_on_a_help_type(logged, db, tmp_path):
    """A list compared with one code means "holds it" (ogc/cql.py), as the tags say in the database."""
    expected = live_ids(db, "tags LIKE '% help:legal %'")
    assert expected and expected != live_ids(db)
    assert_filtered_on_server(logged, tmp_path, "help_types = 'legal'", expected)


def test_gdal_where_on_verified_at(logged, db, tmp_path):
    """GDAL without CQL sends a date comparison on any field as `datetime=`, which selects on updated_at;
    with CQL text it sends `verified_at >= '2025-06-01T'`, which the store reads as the date it is."""
    with db.begin() as conn:  # a point verified on the day itself: >= keeps it, = finds only such points
        fid = conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                   "ORDER BY id LIMIT 1")).scalar()
        props = json.loads(conn.execute(sa.text("SELECT properties FROM features WHERE id = :i"), {"i": fid}).scalar())
        conn.execute(sa.text("UPDATE features SET properties = :p WHERE id = :i"),
                     {"p": json.dumps({**props, "verified_at": "2025-06-01"}), "i": fid})
    props = aid_properties(db)
    expected = {i for i, p in props.items() if p.get("verified_at") and p["verified_at"] >= "2025-06-01"}
    assert fid in expected and expected != set(props)
    assert_filtered_on_server(logged, tmp_path, "verified_at >= '2025-06-01'", expected)
    on_the_day = {i for i, p in props.items() if p.get("verified_at") == "2025-06-01"}
    assert_filtered_on_server(logged, tmp_path, "verified_at = '2025-06-01'", on_the_day)


def test_gdal_where_with_is_not_null_and_quotes(logged, db, tmp_path, prg):
    """GDAL writes IS NOT NULL as `NOT ((x IS NULL))` and doubles a quote inside a string (ogc/cql_text.py)."""
    props = aid_properties(db)
    expected = {i for i, p in props.items() if p.get("verified_at") and p.get("status") != "closed"}
    assert expected and expected != set(props)
    assert_filtered_on_server(logged, tmp_path, "verified_at IS NOT NULL AND status <> 'closed'", expected)
    name = "Caritas 'Nadzieja' – punkt"
    lon, lat = prg.place("olsztyn", shift=57)
    r = requests.post(logged.url + ITEMS, json=feature(lon, lat, str(uuid.uuid4()), name=name),
                      headers=logged.auth("admin"), timeout=30)
    assert r.status_code == 201, r.text
    expected = {i for i, p in aid_properties(db).items() if p.get("name") == name}
    assert expected == {r.json()["id"]}
    assert_filtered_on_server(logged, tmp_path, "name = '" + name.replace("'", "''") + "'", expected)


def test_gdal_where_on_updated_at_runs_on_the_server(logged, db, tmp_path):
    with db.begin() as conn:  # some points last changed long ago, so the date tells them apart
        conn.execute(sa.text("UPDATE features SET updated_at = '2025-01-01T00:00:00.000Z' WHERE collection = "
                             "'aid_points' AND substr(id, 1, 1) IN ('0', '1', '2', '3')"))
        conn.execute(sa.text("UPDATE features SET updated_at = '2025-06-01T00:00:00.000Z' WHERE collection = "
                             "'aid_points' AND substr(id, 1, 1) = '4'"))  # the instant itself: not before it
    expected = live_ids(db, "updated_at < '2025-06-01T00:00:00.000Z'")
    assert expected and expected != live_ids(db) and not expected & live_ids(db, "substr(id, 1, 1) = '4'")
    assert_filtered_on_server(logged, tmp_path, "updated_at < '2025-06-01T00:00:00Z'", expected)


def test_ogrinfo_sees_the_fields_of_an_empty_collection(logged, db):
    """GDAL types a layer from its first page, which an empty collection does not have: the collection's
    `describedBy` link (a JSON Schema of a feature) gives the fields and their types, lists as lists."""
    with db.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM features WHERE collection = 'service_areas' "
                                    "AND NOT deleted")).scalar() == 0
    fields = {}
    for c in ("service_areas", "aid_points"):
        r = subprocess.run(["ogrinfo", "-ro", "-so", f"OAPIF:{logged.url}/collections/{c}", c],
                           capture_output=True, text=True, env=gdal_env(logged), timeout=120)
        assert r.returncode == 0, r.stderr[-2000:]
        fields[c] = {k: v for k, v in re.findall(r"^(\w+): (\w+) \(", r.stdout, re.M) if k != "Geometry"}
    assert fields["service_areas"] == {"aid_point_id": "String", "kind": "String", "params": "String",
                                       "teryt": "String", "version": "Integer", "updated_at": "DateTime",
                                       "updated_by": "String"}
    aid = fields["aid_points"]
    assert {aid[n] for n in ("help_types", "forms", "languages", "target_groups")} == {"StringList"}
    assert (aid["verified_at"], aid["updated_at"], aid["version"]) == ("Date", "DateTime", "Integer")


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


def test_qgis_gets_lists_as_text(store, db):
    """QGIS types fields from its first page, where an all-empty list became an unusable JSON field: a client
    naming itself QGIS gets each list as one text (ogc/qgis_lists.py); every other client the arrays."""
    qgis = {"User-Agent": "Mozilla/5.0 QGIS/32216/Debian GNU/Linux 12 (bookworm)", **store.auth("admin")}
    page = requests.get(store.url + ITEMS, params={"limit": 1000}, headers=qgis, timeout=30)
    plain = requests.get(store.url + ITEMS, params={"limit": 1000}, headers=store.auth("admin"), timeout=30)
    assert "User-Agent" in page.headers["Vary"] and "User-Agent" in plain.headers["Vary"]
    stored = aid_properties(db)
    lists = ("help_types", "forms", "languages", "target_groups")
    assert len(page.json()["features"]) == len(stored)
    for f in page.json()["features"]:
        for name in lists:
            assert f["properties"][name] == (",".join(stored[f["id"]].get(name) or []) or None), (f["id"], name)
    assert any(f["properties"]["target_groups"] is None for f in page.json()["features"])
    for f in plain.json()["features"]:
        assert all(f["properties"][name] == (stored[f["id"]].get(name) or []) for name in lists)
    plugin = requests.get(store.url + ITEMS, params={"limit": 5}, timeout=30,
                          headers={"User-Agent": "MapujPomoc-QGIS/0.1", **store.auth("admin")})
    assert all(isinstance(f["properties"]["help_types"], list) for f in plugin.json()["features"])
    fid = plain.json()["features"][0]["id"]
    one = requests.get(f"{store.url}{ITEMS}/{fid}", headers=qgis, timeout=30)
    same = requests.get(f"{store.url}{ITEMS}/{fid}", headers=store.auth("admin"), timeout=30)
    assert isinstance(one.json()["properties"]["help_types"], str)
    assert one.headers["ETag"] != same.headers["ETag"]  # another byte sequence, another strong tag
    assert int(one.headers["Content-Length"]) == len(one.content)


def test_request_log_counts_features_and_bytes(logged):
    def run() -> list[requests.Response]:
        return [requests.get(logged.url + ITEMS, params={"limit": 7}, timeout=30,
                             headers={"Accept-Encoding": "identity"}),
                requests.get(logged.url + ITEMS, params={"limit": 7}, timeout=30, headers={"Accept-Encoding": "gzip"},
                             stream=True),
                requests.head(logged.url + ITEMS, params={"limit": 3}, timeout=30),
                requests.get(logged.url + ITEMS, params={"limit": "x"}, timeout=30)]
    replies, lines = logged_requests(logged, run)
    assert [(r["method"], r["status"], r["features"]) for r in lines] == [
        ("GET", 200, 7), ("GET", 200, 7), ("HEAD", 200, 3), ("GET", 400, None)]
    assert lines[0]["bytes"] == len(replies[0].content)
    assert lines[1]["bytes"] == len(replies[1].raw.read()) < lines[0]["bytes"]  # as sent: compressed
    assert lines[2]["bytes"] == 0
    assert all(r["path"] == ITEMS and r["ms"] >= 0 for r in lines)
    assert lines[3]["query"] == "limit=x"
