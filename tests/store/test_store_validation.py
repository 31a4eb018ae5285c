"""Invalid input is refused with a 4xx problem that says what is wrong, and nothing is stored."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from storelib import ITEMS, PROBLEM, assert_problem, feature, point, valid_props

OLSZTYN = (20.4801, 53.7784)


@pytest.fixture
def unchanged(api):
    """The store's data is the same after the test: same changes cursor, same number of points."""
    before_cursor = api.cursor()
    before_count = api.get(ITEMS, params={"limit": 1}).json()["numberMatched"]
    yield
    assert api.cursor() == before_cursor
    assert api.get(ITEMS, params={"limit": 1}).json()["numberMatched"] == before_count


def post_raw(api, data: bytes | str, content_type: str = "application/geo+json") -> requests.Response:
    return api.post(ITEMS, "admin", data=data, headers={"Content-Type": content_type})


def with_props(**overrides):
    return feature(*OLSZTYN, str(uuid.uuid4()), **overrides)


BAD_FEATURES = {
    # name: (body, expected status, fragments of the detail)
    "wrong type for name": (with_props(name=123), 422, ["name", "text"]),
    "help_types not a list": (with_props(help_types="legal"), 422, ["help_types", "list"]),
    "status not in the catalog": (with_props(status="gone"), 422, ["status", "gone"]),
    "verified_at not a date": (with_props(verified_at="yesterday"), 422, ["verified_at"]),
    "unknown property": (with_props(favourite_colour="blue"), 422, ["favourite_colour"]),
    "unknown member": ({**with_props(), "crs": "EPSG:2180"}, 422, ["crs"]),
    "missing name": ({"type": "Feature", "geometry": point(*OLSZTYN),
                      "properties": {k: v for k, v in valid_props().items() if k != "name"}}, 422, ["name", "required"]),
    "name too long": (with_props(name="x" * 201), 422, ["name", "200"]),
    "polygon where a point belongs": (
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [
            [[20.4, 53.7], [20.5, 53.7], [20.5, 53.8], [20.4, 53.7]]]}, "properties": valid_props()},
        422, ["Point", "Polygon"]),
    "longitude out of range": ({**with_props(), "geometry": point(200.0, 53.7)}, 422, ["200"]),
    "latitude out of range": ({**with_props(), "geometry": point(20.4, -95.0)}, 422, ["-95"]),
    "coordinates as text": ({**with_props(), "geometry": {"type": "Point", "coordinates": ["20.4", "53.7"]}},
                            422, ["coordinates"]),
    "projected coordinates": ({**with_props(), "geometry": point(540000.0, 650000.0)}, 422, ["4326"]),
    "no geometry": ({**with_props(), "geometry": None}, 422, ["geometry"]),
    "bad postcode": (with_props(postcode="10512"), 422, ["postcode", "NN-NNN"]),
    "bad email": (with_props(email="punkt@pomoc"), 422, ["email"]),
    "bad phone": (with_props(phone="call us"), 422, ["phone"]),
    "bad website": (with_props(website="ftp://pomoc.example.pl"), 422, ["website"]),
    "bad opening hours": (with_props(opening_hours="whenever we can"), 422, ["opening_hours"]),
    "empty help_types": (with_props(help_types=[]), 422, ["help_types", "required"]),
    "unknown help type": (with_props(help_types=["legal", "teleportation"]), 422, ["teleportation"]),
    "duplicate help type": (with_props(help_types=["legal", "legal"]), 422, ["help_types"]),
    "unknown language": (with_props(languages=["klingon"]), 422, ["klingon"]),
    "id not a uuid": ({**with_props(), "id": "point-1"}, 422, ["id", "uuid"]),
    "id a number": ({**with_props(), "id": 17}, 422, ["id"]),
    "properties not an object": ({**with_props(), "properties": ["name"]}, 422, ["properties"]),
    "not a feature": ({"type": "FeatureCollection", "features": []}, 400, ["Feature"]),
    "a json list": ([1, 2, 3], 400, ["Feature"]),
}


@pytest.mark.parametrize("case", list(BAD_FEATURES))
def test_invalid_feature_is_refused(api, unchanged, case):
    body, status, fragments = BAD_FEATURES[case]
    problem = assert_problem(api.post(ITEMS, "admin", json=body), status, *fragments)
    if status == 422 and case not in ("unknown member", "id a number"):
        # which field is wrong is also machine-readable
        assert problem.get("errors"), problem
        assert all({"field", "message"} <= set(e) for e in problem["errors"])


def test_several_problems_are_reported_together(api, unchanged):
    body = with_props(postcode="1-1", email="nope", help_types=[])
    problem = assert_problem(api.post(ITEMS, "admin", json=body), 422, "postcode", "email", "help_types")
    assert {e["field"] for e in problem["errors"]} >= {"postcode", "email", "help_types"}


@pytest.mark.parametrize("raw, fragment", [
    ('{"type": "Feature", "geometry": ', "JSON"),
    ("{'type': 'Feature'}", "JSON"),
    (b"\xff\xfe\x00garbage", "JSON"),
    ("", "JSON"),
])
def test_malformed_json(api, unchanged, raw, fragment):
    assert_problem(post_raw(api, raw), 400, fragment)


@pytest.mark.parametrize("raw, fragment", [
    # Python's json module reads these, but they are not JSON and cannot be sent back out
    ('{"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, 53.7]}, "properties": {}}', "NaN"),
    ('{"type": "Feature", "geometry": {"type": "Point", "coordinates": [20.4, Infinity]}, "properties": {}}',
     "Infinity"),
    # an unpaired surrogate escape is valid JSON syntax but no Unicode text; it cannot be stored
    ('{"type": "Feature", "geometry": {"type": "Point", "coordinates": [20.48, 53.77]}, '
     '"properties": {"name": "Punkt \\ud800", "help_types": ["legal"]}}', "surrogate"),
])
def test_json_that_is_not_json(api, unchanged, raw, fragment):
    assert_problem(post_raw(api, raw), 400, fragment)


def test_service_area_params_with_nan_are_refused(api, unchanged):
    parent = api.get(ITEMS, params={"limit": 1}).json()["features"][0]["id"]
    before = api.get("/collections/service_areas/items").json()["numberMatched"]
    doc = {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [
        [[20.4, 53.7], [20.5, 53.7], [20.5, 53.8], [20.4, 53.7]]]},
        "properties": {"aid_point_id": parent, "kind": "buffer", "params": {"metres": "@NAN@"}}}
    raw = json.dumps(doc).replace('"@NAN@"', "NaN")
    r = api.post("/collections/service_areas/items", "admin", data=raw, headers={"Content-Type": "application/geo+json"})
    assert_problem(r, 400, "NaN")
    listing = api.get("/collections/service_areas/items")
    assert listing.status_code == 200
    assert listing.json()["numberMatched"] == before  # and the listing is still valid JSON


def test_deeply_nested_json(api, unchanged):
    depth = 200_000
    raw = '{"type": "Feature", "properties": ' + "[" * depth + "]" * depth + "}"
    assert_problem(post_raw(api, raw), 400, "deep")


def test_wrong_content_type(api, unchanged):
    r = post_raw(api, json.dumps(with_props()), "text/plain")
    assert_problem(r, 415, "application/geo+json")


def test_huge_body_is_413(api, unchanged):
    blob = json.dumps(with_props(description="x" * (20 * 1024 * 1024)))
    try:
        r = requests.post(api.url + ITEMS, data=blob, timeout=60,
                          headers={**api.headers("admin"), "Content-Type": "application/geo+json"})
    except requests.ConnectionError:  # pragma: no cover - a server may close before reading it all
        pytest.fail("the store dropped the connection instead of answering 413")
    assert_problem(r, 413, "bytes")


def test_huge_chunked_body_is_413(api, unchanged):
    """Without a Content-Length the limit holds while reading."""
    chunk = b"x" * (1024 * 1024)

    def body():
        yield b'{"type": "Feature", "properties": {"description": "'
        for _ in range(20):
            yield chunk
        yield b'"}}'

    try:
        r = requests.post(api.url + ITEMS, data=body(), timeout=60,
                          headers={**api.headers("admin"), "Content-Type": "application/geo+json"})
    except requests.ConnectionError:
        pytest.fail("the store dropped the connection instead of answering 413")
    assert_problem(r, 413)


def test_invalid_patch_changes_nothing(api, prg):
    created = api.create(*OLSZTYN)
    fid, tag = created["id"], created["_etag"]
    cursor = api.cursor()
    for body, fragment in [
        ({"properties": {"status": "gone"}}, "status"),
        ({"properties": {"postcode": "ABC"}}, "postcode"),
        ({"properties": {"help_types": []}}, "help_types"),
        ({"properties": {"nickname": "x"}}, "nickname"),
        ({"geometry": {"type": "LineString", "coordinates": [[20.4, 53.7], [20.5, 53.8]]}}, "Point"),
        ({"geometry": point(20.4, 123.0)}, "123"),
    ]:
        assert_problem(api.merge_patch(fid, body, tag), 422, fragment)
    assert_problem(api.patch(f"{ITEMS}/{fid}", "admin", data="[1,",
                             headers={"Content-Type": "application/merge-patch+json", "If-Match": tag}), 400, "JSON")
    assert_problem(api.patch(f"{ITEMS}/{fid}", "admin", data="[1]",
                             headers={"Content-Type": "application/merge-patch+json", "If-Match": tag}), 400)
    assert api.cursor() == cursor
    again = api.get(f"{ITEMS}/{fid}", "viewer")
    assert again.headers["ETag"] == tag
    assert again.json()["properties"] == created["properties"]


def test_errors_elsewhere_are_problems_too(api):
    r = api.get("/no/such/endpoint")
    assert_problem(r, 404, "/no/such/endpoint")
    r = api.request("PATCH", "/conformance", "admin")
    assert r.status_code == 405
    assert r.headers["content-type"].startswith(PROBLEM)
