"""OGC API - Features Part 1 to the letter: datetime, limit clamping, links on features, unknown parameters,
bbox with 4 or 6 numbers and across the antimeridian, exact `teryt` and `teryt_prefix`.

Every expectation is computed here from the database itself (SQL on the store's own database and Python
datetimes), never from the store's code."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa
from storelib import ITEMS, assert_problem

BASE = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
STEP = dt.timedelta(hours=7, minutes=13, seconds=17, milliseconds=123)
UTC = dt.UTC


def _stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


@pytest.fixture(scope="module")
def engine(store):
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def points(engine) -> dict[str, dict]:
    """Live aid points as stored, each given its own updated_at (spread over weeks) so `datetime` has
    something to tell apart: id -> {updated_at: datetime, teryt, lon, lat}."""
    out = {}
    with engine.begin() as conn:
        rows = conn.execute(sa.text("SELECT id, teryt, geometry FROM features WHERE collection = 'aid_points' "
                                    "AND NOT deleted ORDER BY id")).all()
        for i, (fid, teryt, geometry) in enumerate(rows):
            at = BASE + i * STEP
            conn.execute(sa.text("UPDATE features SET updated_at = :at WHERE collection = 'aid_points' AND id = :id"),
                         {"at": _stamp(at), "id": fid})
            lon, lat = json.loads(geometry)["coordinates"]
            out[fid] = {"updated_at": at, "teryt": teryt, "lon": lon, "lat": lat}
    assert len(out) >= 200
    return out


def ids(api, collection: str = "aid_points", **params) -> set[str]:
    """Every id the store answers for `params` (as admin, who sees everything), following next links."""
    got: set[str] = set()
    url, query = api.url + f"/collections/{collection}/items", {"limit": 1000, **params}
    while url:
        r = api.get(url, "admin", params=query)
        assert r.status_code == 200, r.text
        page = r.json()
        got |= {f["id"] for f in page["features"]}
        url = next((lk["href"] for lk in page["links"] if lk["rel"] == "next"), None)
        query = None
    return got


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# (datetime parameter, lowest instant included or None, first instant excluded or None) written by hand
DATETIMES = [
    ("2025-03-10", t("2025-03-10T00:00:00+00:00"), t("2025-03-11T00:00:00+00:00")),
    ("2025-03-10T00:00:00Z/2025-03-20T00:00:00Z", t("2025-03-10T00:00:00+00:00"),
     t("2025-03-20T00:00:00.001+00:00")),
    ("2025-03-10T02:00:00+02:00/2025-03-20", t("2025-03-10T00:00:00+00:00"), t("2025-03-21T00:00:00+00:00")),
    ("../2025-03-15T12:00:00Z", None, t("2025-03-15T12:00:00.001+00:00")),
    ("2025-04-01T00:00:00Z/..", t("2025-04-01T00:00:00+00:00"), None),
    ("2025-04-01T00:00:00Z/", t("2025-04-01T00:00:00+00:00"), None),
    ("/2025-03-05", None, t("2025-03-06T00:00:00+00:00")),
    ("../..", None, None),
    ("1990-01-01/1990-12-31", t("1990-01-01T00:00:00+00:00"), t("1991-01-01T00:00:00+00:00")),
]


@pytest.mark.parametrize("value, lo, hi", DATETIMES)
def test_datetime_selects_on_updated_at(api, points, value, lo, hi):
    expected = {fid for fid, p in points.items()
                if (lo is None or p["updated_at"] >= lo) and (hi is None or p["updated_at"] < hi)}
    assert ids(api, datetime=value) == expected


def test_datetime_instant_to_the_second_and_millisecond(api, points):
    fid, p = sorted(points.items())[7]
    at = p["updated_at"]
    assert ids(api, datetime=_stamp(at)) == {fid}
    assert ids(api, datetime=at.strftime("%Y-%m-%dT%H:%M:%SZ")) == {fid}
    assert ids(api, datetime=_stamp(at + dt.timedelta(milliseconds=1))) == set()


@pytest.mark.parametrize("value", ["garbage", "2025-13-01", "2025-03-20/2025-03-10", "a/b", "2025-03-01/../..",
                                   "/", "2025-03-01T25:00:00Z", "20250301"])
def test_garbage_datetime_is_a_400_problem(api, points, value):
    assert_problem(api.get(ITEMS, params={"datetime": value}), 400, "datetime")


def test_collection_declares_its_temporal_property_and_extent(api, engine, points):
    doc = api.get("/collections/aid_points", "admin").json()
    temporal = doc["extent"]["temporal"]
    assert temporal["temporalProperty"] == "updated_at"
    assert "updated_at" in doc["description"]
    with engine.connect() as conn:
        first, last = conn.execute(sa.text("SELECT min(updated_at), max(updated_at) FROM features "
                                           "WHERE collection = 'aid_points' AND NOT deleted")).one()
    assert temporal["interval"] == [[first, last]]
    assert "temporal" not in api.get("/collections/gminy").json()["extent"]


@pytest.mark.parametrize("limit", [10_001, 1_000_000])
def test_limit_above_the_maximum_is_clamped(api, engine, points, limit):
    r = api.get(ITEMS, "admin", params={"limit": limit})
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["numberReturned"] == min(len(points), 10_000) == len(page["features"])
    with engine.connect() as conn:
        assert page["numberMatched"] == conn.execute(sa.text(
            "SELECT count(*) FROM features WHERE collection = 'aid_points' AND NOT deleted")).scalar()


@pytest.mark.parametrize("collection", ["aid_points", "gminy"])
def test_a_single_feature_links_to_itself_and_its_collection(api, collection):
    first = api.get(f"/collections/{collection}/items", params={"limit": 1}).json()["features"][0]
    r = api.get(f"/collections/{collection}/items/{first['id']}")
    assert r.status_code == 200
    links = {lk["rel"]: lk for lk in r.json()["links"]}
    assert links["self"]["href"] == f"{api.url}/collections/{collection}/items/{first['id']}"
    assert links["self"]["type"] == "application/geo+json"
    assert links["collection"]["href"] == f"{api.url}/collections/{collection}"
    again = api.get(links["self"]["href"]).json()
    assert again["id"] == first["id"] and again["properties"] == first["properties"]


@pytest.mark.parametrize("collection, params, names", [
    ("aid_points", {"helptype": "legal"}, ["helptype"]),
    ("aid_points", {"f": "json", "sortby": "name"}, ["f", "sortby"]),
    ("gminy", {"help_type": "legal"}, ["help_type"]),
    ("service_areas", {"TERYT": "28"}, ["TERYT"]),
])
def test_unknown_parameters_are_400_naming_them(api, collection, params, names):
    body = assert_problem(api.get(f"/collections/{collection}/items", params=params), 400, *names)
    assert body["unknown"] == sorted(names)


def test_parameters_the_plugin_and_sync_use_still_work(api):
    for params in ({"limit": 5, "offset": 3}, {"help_type": "legal", "form": "online", "language": "uk",
                                               "target_group": "children", "status": "active",
                                               "teryt": "2862011", "teryt_prefix": "28", "bbox": "14,49,25,55",
                                               "datetime": "../.."}):
        assert api.get(ITEMS, params=params).status_code == 200
    assert api.get("/collections/service_areas/items", params={"aid_point_id": "x", "limit": 1}).status_code == 200
    assert api.get("/collections/aid_points/changes", "viewer", params={"since": 0, "limit": 1}).status_code == 200


def _in_box(p: dict, x0: float, y0: float, x1: float, y1: float) -> bool:
    return x0 <= p["lon"] <= x1 and y0 <= p["lat"] <= y1


@pytest.mark.parametrize("bbox, boxes", [
    ("20,53,21,54", [(20, 53, 21, 54)]),
    ("20,53,-100,21,54,9000", [(20, 53, 21, 54)]),  # six numbers: the heights do not matter in 2D
    ("20,49,-170,55", [(20, 49, 180, 55), (-180, 49, -170, 55)]),  # across the antimeridian
    ("21,49,19,55", [(21, 49, 180, 55), (-180, 49, 19, 55)]),
])
def test_bbox_four_six_and_across_the_antimeridian(api, points, bbox, boxes):
    expected = {fid for fid, p in points.items() if any(_in_box(p, *b) for b in boxes)}
    assert expected
    assert ids(api, bbox=bbox) == expected


def test_bbox_across_the_antimeridian_on_areas(api, prg):
    import shapely

    boxes = [shapely.box(21, 53, 180, 54), shapely.box(-180, 53, 19, 54)]
    expected = {code for code, (_, g) in prg.powiaty.items() if any(g.intersects(b) for b in boxes)}
    assert expected and expected != set(prg.powiaty)
    assert ids(api, "powiaty", bbox="21,53,19,54") == expected


@pytest.mark.parametrize("bbox", ["20,54,21,53", "1,2,3", "1,2,3,4,5", "a,b,c,d", "20,53,21,95", "nan,1,2,3",
                                  "-181,50,20,51", ""])
def test_bad_bbox_is_a_400_problem(api, bbox):
    assert_problem(api.get(ITEMS, params={"bbox": bbox}), 400, "bbox")


@pytest.mark.parametrize("code", ["2862011", "28", "2862"])
def test_teryt_is_equality(api, engine, points, code):
    with engine.connect() as conn:
        expected = set(conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                            "AND teryt = :c"), {"c": code}).scalars())
    assert ids(api, teryt=code) == expected
    if len(code) < 7:
        assert not expected


@pytest.mark.parametrize("prefix", ["28", "2862", "2862011"])
def test_teryt_prefix_is_a_prefix(api, engine, points, prefix):
    with engine.connect() as conn:
        expected = set(conn.execute(sa.text("SELECT id FROM features WHERE collection = 'aid_points' AND NOT deleted "
                                            "AND substr(teryt, 1, :n) = :p"), {"n": len(prefix), "p": prefix}).scalars())
    assert expected
    assert ids(api, teryt_prefix=prefix) == expected


def test_teryt_on_boundaries(api, prg):
    assert ids(api, "gminy", teryt="2862011") == {"2862011"}
    assert ids(api, "powiaty", teryt="28") == set()
    assert ids(api, "powiaty", teryt_prefix="28") == {c for c in prg.powiaty if c.startswith("28")}


def test_conformance_declares_only_what_is_implemented(api):
    declared = set(api.get("/conformance").json()["conformsTo"])
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in declared
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in declared
    assert not {c for c in declared if "/conf/html" in c or "/conf/oas30" in c or "spatial" in c}
