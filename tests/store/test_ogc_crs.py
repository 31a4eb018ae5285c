"""OGC API - Features Part 2: `crs` and `bbox-crs` for CRS84, EPSG:4326 (lat/lon) and EPSG:2180 (northing,
easting), `storageCrs` and `crs` on collections, `Content-Crs`. Expected coordinates are projected here with
pyproj from the geometries read directly from the database."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
import sqlalchemy as sa
from pyproj import Transformer
from shapely.geometry import shape
from storelib import ITEMS, assert_problem

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
EPSG4326 = "http://www.opengis.net/def/crs/EPSG/0/4326"
EPSG2180 = "http://www.opengis.net/def/crs/EPSG/0/2180"
# lon/lat -> easting/northing of PUWG 1992, both in x/y order (the reply's order is checked separately)
TO_PUWG = Transformer.from_crs("EPSG:4326", "EPSG:2180", always_xy=True)


@pytest.fixture(scope="module")
def points(store) -> dict[str, tuple[float, float]]:
    """id -> (lon, lat) of every live aid point, read from the database."""
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, geometry FROM features WHERE collection = 'aid_points' "
                                    "AND NOT deleted")).all()
    engine.dispose()
    return {fid: tuple(json.loads(g)["coordinates"]) for fid, g in rows}


def page(api, **params):
    r = api.get(ITEMS, "admin", params={"limit": 10_000, **params})
    assert r.status_code == 200, r.text
    return r


def test_collections_declare_their_crs(api):
    for doc in api.get("/collections").json()["collections"]:
        assert doc["storageCrs"] == CRS84
        assert {CRS84, EPSG4326, EPSG2180} <= set(doc["crs"])
    assert "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs" in api.get("/conformance").json()["conformsTo"]


def test_default_reply_is_crs84(api, points):
    r = page(api)
    assert r.headers["Content-Crs"] == f"<{CRS84}>"
    assert {f["id"]: tuple(f["geometry"]["coordinates"]) for f in r.json()["features"]} == points


def test_epsg4326_is_latitude_first(api, points):
    r = page(api, crs=EPSG4326)
    assert r.headers["Content-Crs"] == f"<{EPSG4326}>"
    got = {f["id"]: f["geometry"]["coordinates"] for f in r.json()["features"]}
    assert got.keys() == points.keys()
    for fid, (lon, lat) in points.items():
        assert got[fid] == pytest.approx([lat, lon], abs=1e-9)


def test_epsg2180_is_northing_easting_in_metres(api, points):
    r = page(api, crs=EPSG2180)
    assert r.headers["Content-Crs"] == f"<{EPSG2180}>"
    got = {f["id"]: f["geometry"]["coordinates"] for f in r.json()["features"]}
    assert got.keys() == points.keys()
    for fid, (lon, lat) in points.items():
        easting, northing = TO_PUWG.transform(lon, lat)
        assert got[fid] == pytest.approx([northing, easting], abs=0.01)


def test_bbox_crs_4326_takes_latitude_first(api, points):
    crs84 = {f["id"] for f in page(api, bbox="20,53,21,54").json()["features"]}
    lat_lon = {f["id"] for f in page(api, bbox="53,20,54,21", **{"bbox-crs": EPSG4326}).json()["features"]}
    assert crs84 == lat_lon == {fid for fid, (x, y) in points.items() if 20 <= x <= 21 and 53 <= y <= 54}
    assert crs84


def test_bbox_crs_2180_in_metres(api, points):
    n0, e0, n1, e1 = 640_000.0, 560_000.0, 680_000.0, 620_000.0  # around Olsztyn, northing first
    projected = {fid: TO_PUWG.transform(*p) for fid, p in points.items()}
    inside = {fid for fid, (e, n) in projected.items() if e0 <= e <= e1 and n0 <= n <= n1}
    near = {fid for fid, (e, n) in projected.items() if e0 - 3000 <= e <= e1 + 3000 and n0 - 3000 <= n <= n1 + 3000}
    got = {f["id"] for f in page(api, bbox=f"{n0},{e0},{n1},{e1}", **{"bbox-crs": EPSG2180}).json()["features"]}
    assert inside
    # exact inside; the box enclosing it in CRS84 may add a few points within metres of its edge, no farther
    assert inside <= got <= near


def test_single_feature_in_2180_has_its_own_etag(api, points):
    fid, (lon, lat) = next(iter(sorted(points.items())))
    plain = api.get(f"{ITEMS}/{fid}", "admin")
    projected = api.get(f"{ITEMS}/{fid}", "admin", params={"crs": EPSG2180})
    assert projected.status_code == 200
    assert projected.headers["Content-Crs"] == f"<{EPSG2180}>"
    assert plain.headers["Content-Crs"] == f"<{CRS84}>"
    assert projected.headers["ETag"] != plain.headers["ETag"]
    easting, northing = TO_PUWG.transform(lon, lat)
    assert projected.json()["geometry"]["coordinates"] == pytest.approx([northing, easting], abs=0.01)


def test_boundaries_in_2180(api, prg):
    r = api.get("/collections/gminy/items/2862011", params={"crs": EPSG2180})
    assert r.status_code == 200
    expected = shapely.transform(prg.gminy["2862011"][1],
                                 lambda xy: np.column_stack(TO_PUWG.transform(xy[:, 0], xy[:, 1])[::-1]))
    got = shape(r.json()["geometry"])
    assert abs(got.area - expected.area) < 1e-6 * expected.area
    assert got.equals_exact(expected, 0.01) or got.symmetric_difference(expected).area < 1.0


@pytest.mark.parametrize("params, name", [
    ({"crs": "http://www.opengis.net/def/crs/EPSG/0/3857"}, "crs"),
    ({"crs": "garbage"}, "crs"),
    ({"bbox": "1,2,3,4", "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/32634"}, "bbox-crs"),
])
def test_unsupported_crs_is_a_400_problem(api, params, name):
    assert_problem(api.get(ITEMS, params=params), 400, name)
