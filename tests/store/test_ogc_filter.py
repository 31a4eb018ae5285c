"""OGC API - Features Part 3: queryables, CQL2 text and JSON filters, property parameters. Each expected
selection is made here in Python over the rows read directly from the store's database."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from storelib import ITEMS, assert_problem


@pytest.fixture(scope="module")
def rows(store) -> dict[str, dict]:
    """id -> properties (with the row's teryt and updated_at columns) of every live aid point."""
    engine = sa.create_engine(store.db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        found = conn.execute(sa.text("SELECT id, properties, teryt, updated_at FROM features "
                                     "WHERE collection = 'aid_points' AND NOT deleted")).all()
    engine.dispose()
    return {fid: {**json.loads(p), "teryt": teryt, "updated_at": at} for fid, p, teryt, at in found}


def ids(api, user: str | None = "admin", **params) -> set[str]:
    got: set[str] = set()
    url, query = api.url + ITEMS, {"limit": 1000, **params}
    while url:
        r = api.get(url, user, params=query)
        assert r.status_code == 200, r.text
        page = r.json()
        got |= {f["id"] for f in page["features"]}
        url = next((lk["href"] for lk in page["links"] if lk["rel"] == "next"), None)
        query = None
    return got


def test_queryables_are_a_json_schema_from_the_model(api):
    r = api.get("/collections/aid_points/queryables")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/schema+json")
    doc = r.json()
    assert doc["type"] == "object" and doc["$schema"].startswith("https://json-schema.org/")
    props = doc["properties"]
    assert props["help_types"]["type"] == "array" and "legal" in props["help_types"]["items"]["enum"]
    assert props["status"]["enum"] == ["active", "inactive", "unverified"] or set(props["status"]["enum"]) >= {
        "active", "inactive"}
    assert props["verified_at"]["format"] == "date"
    assert props["updated_at"]["format"] == "date-time"
    assert props["geometry"]["x-ogc-role"] == "primary-geometry"
    links = api.get("/collections/aid_points").json()["links"]
    assert any(lk["rel"].endswith("/queryables") for lk in links)


TEXT_FILTERS = [
    ("status = 'active'", lambda p: p["status"] == "active"),
    ("help_types = 'legal'", lambda p: "legal" in p["help_types"]),
    ("help_types = 'legal' AND status <> 'inactive'", lambda p: "legal" in p["help_types"] and p["status"] != "inactive"),
    ("NOT (help_types = 'legal')", lambda p: "legal" not in p["help_types"]),
    ("help_types IN ('legal', 'transport')", lambda p: {"legal", "transport"} & set(p["help_types"])),
    ("help_types LIKE 'trans%'", lambda p: any(c.startswith("trans") for c in p["help_types"])),
    ("target_groups IS NULL", lambda p: not p["target_groups"]),
    ("city LIKE 'Ż%'", lambda p: (p["city"] or "").startswith("Ż")),
    ("city LIKE 'g%'", lambda p: (p["city"] or "").startswith("g")),  # case matters, on SQLite too
    ("casei(city) = casei('GUBIN')", lambda p: (p["city"] or "").lower() == "gubin"),
    ("verified_at >= DATE('2025-06-01')", lambda p: p["verified_at"] is not None and p["verified_at"] >= "2025-06-01"),
    ("verified_at IS NULL", lambda p: p["verified_at"] is None),
    ("teryt IN ('0805053', '0801011')", lambda p: p["teryt"] in ("0805053", "0801011")),
    ("version BETWEEN 10 AND 50", lambda p: 10 <= p["version"] <= 50),
    ("org_type = 'international' OR languages = 'ru'", lambda p: p["org_type"] == "international"
     or "ru" in p["languages"]),
    ("S_INTERSECTS(geometry, BBOX(20, 53, 21, 54))", None),
]


@pytest.mark.parametrize("cql, keep", TEXT_FILTERS)
def test_cql2_text(api, rows, cql, keep):
    if keep is None:
        expected = ids(api, bbox="20,53,21,54")
    else:
        expected = {fid for fid, p in rows.items() if keep(p)}
    assert ids(api, filter=cql) == expected
    assert ids(api, filter=cql, **{"filter-lang": "cql2-text"}) == expected


JSON_FILTERS = [
    ({"op": "=", "args": [{"property": "status"}, "active"]}, lambda p: p["status"] == "active"),
    ({"op": "a_contains", "args": [{"property": "help_types"}, ["legal", "transport"]]},
     lambda p: {"legal", "transport"} <= set(p["help_types"])),
    ({"op": "a_overlaps", "args": [{"property": "languages"}, ["ru", "en"]]},
     lambda p: {"ru", "en"} & set(p["languages"])),
    ({"op": "a_containedBy", "args": [{"property": "forms"}, ["on_site"]]},
     lambda p: set(p["forms"]) <= {"on_site"}),
    ({"op": "a_equals", "args": [{"property": "forms"}, ["on_site", "online"]]},
     lambda p: set(p["forms"]) == {"on_site", "online"}),
]


@pytest.mark.parametrize("cql, keep", JSON_FILTERS)
def test_cql2_json(api, rows, cql, keep):
    expected = {fid for fid, p in rows.items() if keep(p)}
    assert expected
    assert ids(api, filter=json.dumps(cql), **{"filter-lang": "cql2-json"}) == expected


@pytest.mark.parametrize("params, keep", [
    ({"city": "Gubin"}, lambda p: p["city"] == "Gubin"),
    ({"help_types": "legal"}, lambda p: "legal" in p["help_types"]),
    ({"org_type": "international", "languages": "ru"}, lambda p: p["org_type"] == "international"
     and "ru" in p["languages"]),
    ({"city": "Gub"}, lambda p: p["city"] == "Gub"),  # equality, not a prefix
])
def test_property_parameters_are_equality(api, rows, params, keep):
    assert ids(api, **params) == {fid for fid, p in rows.items() if keep(p)}


@pytest.mark.parametrize("params, fragment", [
    ({"filter": "nosuch = 1"}, "nosuch"),
    ({"filter": "status = "}, "filter"),
    ({"filter": "status = 'a'", "filter-lang": "sql"}, "filter-lang"),
    ({"filter": "{not json", "filter-lang": "cql2-json"}, "filter"),
    ({"filter": "street = 'x'", "filter-crs": "http://www.opengis.net/def/crs/EPSG/0/2180"}, "filter-crs"),
])
def test_bad_filters_are_400(api, params, fragment):
    assert_problem(api.get(ITEMS, params=params), 400, fragment)


def test_a_filter_sees_what_the_reader_sees(api, rows):
    """A generalised point's street is null to an anonymous reader: filtering on it must not reveal it."""
    shown = {}
    url, query = api.url + ITEMS, {"limit": 1000}
    while url:
        page = api.get(url, None, params=query).json()
        shown.update({f["id"]: f["properties"] for f in page["features"]})
        url, query = next((lk["href"] for lk in page["links"] if lk["rel"] == "next"), None), None
    hidden_streets = {fid for fid, p in shown.items() if p["street"] is None and rows[fid]["street"] is not None}
    assert ids(api, None, filter="street IS NOT NULL") == {fid for fid, p in shown.items() if p["street"] is not None}
    assert ids(api, None, filter="updated_by IS NOT NULL") == set()
    if hidden_streets:
        fid = next(iter(hidden_streets))
        assert fid not in ids(api, None, filter=f"street = '{rows[fid]['street']}'")


# what GDAL 3.6 sends with filter-lang=cql-text (ogc/cql_text.py), dates written as text (cql.Translator.literal)
GDAL_FILTERS = [
    ("NOT ((verified_at IS NULL))", lambda p: p["verified_at"] is not None),
    ("NOT ((status = 'active') AND (verified_at IS NULL))",
     lambda p: not (p["status"] == "active" and p["verified_at"] is None)),
    ("(city ILIKE 'gubin') OR (city NOT ILIKE '%a%')",
     lambda p: (p["city"] or "").lower() == "gubin" or (p["city"] is not None and "a" not in p["city"].lower())),
    ("verified_at >= '2025-06-01T'", lambda p: p["verified_at"] is not None and p["verified_at"] >= "2025-06-01"),
    ("verified_at < '2025-06-01'", lambda p: p["verified_at"] is not None and p["verified_at"] < "2025-06-01"),
    ("name = 'it''s nowhere'", lambda p: p["name"] == "it's nowhere"),
]


@pytest.mark.parametrize("cql, keep", GDAL_FILTERS)
def test_gdal_cql_text(api, rows, cql, keep):
    expected = {fid for fid, p in rows.items() if keep(p)}
    assert ids(api, filter=cql, **{"filter-lang": "cql-text"}) == expected
    assert ids(api, filter=cql) == expected


def test_date_times_written_as_text_are_instants(api, rows):
    """'…:23Z', '…:23.000Z' and TIMESTAMP('…') name one instant; the stored text has milliseconds, so comparing
    texts as they came would be wrong exactly at the boundary."""
    first = min(p["updated_at"] for p in rows.values())  # e.g. 2026-12-04T23:33:23.056Z
    at_or_after = {fid for fid, p in rows.items() if p["updated_at"] >= first}
    for literal in (f"'{first}'", f"TIMESTAMP('{first}')", f"'{first[:-1]}+00:00'"):
        assert ids(api, filter=f"updated_at >= {literal}") == at_or_after, literal
    second = first[:19] + "Z"  # the whole second: the first points changed after it, or at it
    assert ids(api, filter=f"updated_at >= '{second}'") == at_or_after
    day = first[:10]  # a date against a date-time: midnight UTC of that day
    assert ids(api, filter=f"updated_at >= '{day}'") == set(rows)
    assert ids(api, filter=f"updated_at < DATE('{day}')") == set()


@pytest.mark.parametrize("cql, fragment", [
    ("verified_at >= '2025-06-01T10:00:00Z'", "verified_at is a date"),
    ("verified_at = 'soon'", "not a date"),
    ("updated_at > 'yesterday'", "not a date-time"),
])
def test_dates_that_are_not_dates_are_400(api, cql, fragment):
    assert_problem(api.get(ITEMS, params={"filter": cql}), 400, fragment)


def test_qgis_open_ends_are_read(api, rows):
    """QGIS 3.22 writes open ends as the years 0 and 9999 (qgsoapifprovider.cpp, translateNodeToServer)."""
    assert ids(api, datetime="0000-01-01T00:00:00Z/9999-12-31T00:00:00Z") == set(rows)
    assert ids(api, datetime="0000-01-01T00:00:00Z/2000-01-01T00:00:00Z") == set()
