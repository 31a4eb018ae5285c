"""OGC API - Features discovery: landing page, conformance, collections, OpenAPI, /me."""

from __future__ import annotations

import pytest
import shapely
from storelib import assert_problem

PART1_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
PART1_GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"
PART4 = "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/"


def test_landing_page_links_resolve(api):
    r = api.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    doc = r.json()
    assert doc["title"]
    rels = {link["rel"]: link for link in doc["links"]}
    assert {"self", "service-desc", "conformance", "data"} <= set(rels)
    for rel in ("service-desc", "conformance", "data"):
        href = rels[rel]["href"]
        assert href.startswith(api.url), href  # absolute links to this very server
        assert api.get(href).status_code == 200, rel


def test_conformance_lists_part1_and_part4(api):
    classes = api.get("/conformance").json()["conformsTo"]
    assert PART1_CORE in classes
    assert PART1_GEOJSON in classes
    part4 = [c for c in classes if c.startswith(PART4)]
    assert PART4 + "create-replace-delete" in part4
    assert any(c.endswith("/update") for c in part4)
    assert len(set(classes)) == len(classes)


def test_collections(api, prg):
    doc = api.get("/collections").json()
    by_id = {c["id"]: c for c in doc["collections"]}
    assert {"aid_points", "service_areas", "wojewodztwa", "powiaty", "gminy"} <= set(by_id)
    for cid, coll in by_id.items():
        items = [link for link in coll["links"] if link["rel"] == "items"]
        assert items and items[0]["href"].endswith(f"/collections/{cid}/items")
        assert api.get(f"/collections/{cid}").json()["id"] == cid
    # the advertised extent of the boundaries is that of the PRG files
    xmin, ymin, xmax, ymax = by_id["gminy"]["extent"]["spatial"]["bbox"][0]
    expected = shapely.bounds(shapely.union_all([g for _, g in prg.gminy.values()])).tolist()
    assert [xmin, ymin, xmax, ymax] == pytest.approx(expected, abs=1e-6)
    # and the one of aid_points holds every point
    x0, y0, x1, y1 = by_id["aid_points"]["extent"]["spatial"]["bbox"][0]
    for f in api.all_items():
        lon, lat = f["geometry"]["coordinates"]
        assert x0 <= lon <= x1 and y0 <= lat <= y1


def test_unknown_collection_is_a_problem(api):
    assert_problem(api.get("/collections/nothing_here"), 404, "nothing_here")
    assert_problem(api.get("/collections/nothing_here/items"), 404)


def test_openapi_document(api):
    r = api.get("/api")
    assert r.status_code == 200
    doc = r.json()
    assert doc["openapi"].startswith("3.")
    assert doc["info"]["title"]
    paths = doc["paths"]
    for p in ("/", "/conformance", "/collections", "/collections/{c}", "/collections/{c}/items",
              "/collections/{c}/items/{fid}", "/collections/{c}/changes", "/changesets", "/me",
              "/collections/{c}/items/{fid}/history"):
        assert p in paths, p
    assert {"get", "post"} <= set(paths["/collections/{c}/items"])
    assert {"get", "put", "patch", "delete"} <= set(paths["/collections/{c}/items/{fid}"])
    params = {p["name"] for p in paths["/collections/{c}/items"]["get"]["parameters"]}
    assert {"limit", "bbox", "help_type", "status", "teryt"} <= params


def test_me(api, prg):
    r = api.get("/me", "ed_olsztyn")
    assert r.status_code == 200
    me = r.json()
    assert me["user"] == "ed_olsztyn" and me["role"] == "editor" and me["scope"] == ["2862011"]
    assert me["scope_names"] == {"2862011": prg.name("2862011")}
    assert me["scope_bbox"] == pytest.approx(list(prg.gminy["2862011"][1].bounds), abs=1e-6)
    coord = api.get("/me", "coord").json()
    in_28 = shapely.union_all([g for c, (_, g) in prg.gminy.items() if c.startswith("28")])
    assert coord["scope_bbox"] == pytest.approx(list(in_28.bounds), abs=1e-6)
    assert api.get("/me", "admin").json()["writes_anywhere"] is True
    r = api.get("/me")
    assert_problem(r, 401, "token")
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
