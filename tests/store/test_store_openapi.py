"""The OpenAPI document at /api says what the store really answers (issue 14).

Real requests go to the running store; each reply is checked against the document the same store serves
with schemathesis's response checks (status declared, content type declared, required headers present,
body valid against the schema). The document itself must be valid OpenAPI 3.0 (openapi-spec-validator),
and OWSLib must find it from the landing page.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from storelib import ITEMS, feature

CHECKS = [status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
OPENAPI_30 = "application/vnd.oai.openapi+json;version=3.0"


@pytest.fixture(scope="module")
def doc(api) -> dict[str, Any]:
    r = api.get("/api", headers={"Accept": OPENAPI_30})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture(scope="module")
def schema(doc):
    return schemathesis.openapi.from_dict(doc)


def conforms(schema, method: str, template: str, r: requests.Response, **path: str) -> requests.Response:
    """`r` (the reply to `method template`) is described by the document; returns it for further checks."""
    case = schema[template][method.upper()].Case(path_parameters=path or None)
    case.validate_response(r, checks=CHECKS)
    return r


def test_document_is_valid_openapi_30(doc):
    from openapi_spec_validator import validate

    validate(doc)
    assert doc["openapi"].startswith("3.0")


def test_api_media_type_is_negotiated(api):
    assert api.get("/api", headers={"Accept": OPENAPI_30}).headers["content-type"] == OPENAPI_30
    assert api.get("/api", headers={"Accept": "application/json"}).headers["content-type"] == "application/json"
    r = api.get("/api", headers={"Accept": "text/html"}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("/api.html")


def test_landing_page_links_the_30_document(api):
    links = {link["rel"]: link for link in api.get("/").json()["links"]}
    assert links["service-desc"]["type"] == OPENAPI_30


def test_owslib_finds_the_document(store):
    from owslib.ogcapi.features import Features

    found = Features(store.url).api()
    assert found["openapi"].startswith("3.0")
    assert "/collections/{c}/items" in found["paths"]


def test_writes_declare_bodies_if_match_security_and_problems(doc):
    paths = doc["paths"]
    post = paths["/collections/{c}/items"]["post"]
    assert {"application/geo+json", "application/json"} <= set(post["requestBody"]["content"])
    assert set(paths["/collections/{c}/items/{fid}"]["patch"]["requestBody"]["content"]) == {
        "application/merge-patch+json"}
    assert "application/json" in paths["/changesets"]["post"]["requestBody"]["content"]
    for method in ("put", "patch", "delete"):
        op = paths["/collections/{c}/items/{fid}"][method]
        assert any(p["in"] == "header" and p["name"] == "If-Match" for p in op["parameters"]), method
        assert {"401", "403", "404", "412", "428", "429"} <= set(op["responses"]), method
        assert op["security"] == [{"bearerAuth": []}, {"basicAuth": []}]
    assert {"Location", "ETag"} <= set(post["responses"]["201"]["headers"])
    assert {"400", "401", "409", "413", "415", "422"} <= set(post["responses"])
    assert {"bearerAuth", "basicAuth"} == set(doc["components"]["securitySchemes"])
    reads = paths["/collections/{c}/items"]["get"]
    assert {} in reads["security"], "anonymous reading is allowed on this store"
    assert "422" not in reads["responses"], "invalid parameters are answered with 400"
    problem = doc["components"]["responses"]["404"]["content"]
    assert list(problem) == ["application/problem+json"]


def test_every_operation_declares_the_problems_every_route_can_give(doc):
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert {"400", "429", "500", "503"} <= set(op["responses"]), (method, path)
            assert op["security"], (method, path)
            if "{" in path:
                assert "404" in op["responses"], (method, path)


def test_reads_conform(api, schema):
    conforms(schema, "get", "/", api.get("/"))
    conforms(schema, "get", "/conformance", api.get("/conformance"))
    conforms(schema, "get", "/collections", api.get("/collections"))
    conforms(schema, "get", "/collections/{c}", api.get("/collections/gminy"), c="gminy")
    r = conforms(schema, "get", "/collections/{c}/items", api.get(ITEMS, params={"limit": 3}), c="aid_points")
    fid = r.json()["features"][0]["id"]
    conforms(schema, "get", "/collections/{c}/items", api.get("/collections/powiaty/items", params={"limit": 2}),
             c="powiaty")
    r = conforms(schema, "get", "/collections/{c}/items/{fid}", api.get(f"{ITEMS}/{fid}"), c="aid_points", fid=fid)
    unchanged = api.get(f"{ITEMS}/{fid}", headers={"If-None-Match": r.headers["ETag"]})
    assert unchanged.status_code == 304
    conforms(schema, "get", "/collections/{c}/items/{fid}", unchanged, c="aid_points", fid=fid)
    conforms(schema, "get", "/collections/{c}/changes", api.get("/collections/aid_points/changes",
                                                                   params={"limit": 2}), c="aid_points")
    conforms(schema, "get", "/me", api.get("/me", "viewer"))
    conforms(schema, "get", "/collections/{c}/queryables", api.get("/collections/aid_points/queryables"),
             c="aid_points")
    in_2180 = api.get(ITEMS, params={"limit": 2, "crs": "http://www.opengis.net/def/crs/EPSG/0/2180"})
    assert in_2180.status_code == 200 and "2180" in in_2180.headers["Content-Crs"]
    conforms(schema, "get", "/collections/{c}/items", in_2180, c="aid_points")
    conforms(schema, "get", "/collections/{c}/items/{fid}/history", api.get(f"{ITEMS}/{fid}/history", "viewer"),
             c="aid_points", fid=fid)


def test_read_errors_conform(api, schema):
    for r, c in ((api.get("/collections/nothing"), "nothing"), (api.get("/collections/nothing/items"), "nothing")):
        assert r.status_code == 404
        conforms(schema, "get", "/collections/{c}" + ("/items" if r.url.endswith("items") else ""), r, c=c)
    r = api.get(ITEMS, params={"limit": "many"})
    assert r.status_code == 400
    conforms(schema, "get", "/collections/{c}/items", r, c="aid_points")
    r = api.get("/me")
    assert r.status_code == 401
    conforms(schema, "get", "/me", r)
    r = api.get(ITEMS, headers={"Authorization": "Bearer not-a-token"})
    assert r.status_code == 401
    conforms(schema, "get", "/collections/{c}/items", r, c="aid_points")
    r = api.get("/collections/gminy/changes")
    assert r.status_code == 405
    conforms(schema, "get", "/collections/{c}/changes", r, c="gminy")


def test_part4_writes_and_their_errors_conform(api, schema, prg):
    lon, lat = prg.place("olsztyn", shift=41)
    body = feature(lon, lat, str(uuid.uuid4()))
    one = "/collections/{c}/items/{fid}"
    created = conforms(schema, "post", "/collections/{c}/items", api.post(ITEMS, "admin", json=body), c="aid_points")
    assert created.status_code == 201
    fid, tag = created.json()["id"], created.headers["ETag"]
    path = f"{ITEMS}/{fid}"
    ids = {"c": "aid_points", "fid": fid}
    for r, status in (
            (api.post(ITEMS, json=body), 401),
            (api.post(ITEMS, "viewer", json=body), 403),
            (api.post(ITEMS, "admin", json=body), 409),
            (api.post(ITEMS, "admin", data="x", headers={"Content-Type": "text/plain"}), 415),
            (api.post(ITEMS, "admin", data="{", headers={"Content-Type": "application/json"}), 400),
            (api.post(ITEMS, "admin", json={**body, "id": str(uuid.uuid4()), "properties": {"name": 5}}), 422)):
        assert r.status_code == status, (status, r.text)
        conforms(schema, "post", "/collections/{c}/items", r, c="aid_points")
    r = api.put(path, "admin", json=body)
    assert r.status_code == 428
    conforms(schema, "put", one, r, **ids)
    r = api.put(path, "admin", json=body, headers={"If-Match": '"0-stale"'})
    assert r.status_code == 412
    conforms(schema, "put", one, r, **ids)
    r = conforms(schema, "put", one, api.put(path, "admin", json=body, headers={"If-Match": tag}), **ids)
    assert r.status_code == 200
    r = conforms(schema, "patch", one, api.merge_patch(fid, {"properties": {"phone": "+48 89 000 00 00"}},
                                                        r.headers["ETag"]), **ids)
    assert r.status_code == 200
    r = conforms(schema, "delete", one, api.delete(path, "admin", headers={"If-Match": r.headers["ETag"]}), **ids)
    assert r.status_code == 204
    r = api.get(path, "admin")
    assert r.status_code == 404
    conforms(schema, "get", one, r, **ids)


def test_changesets_conform(api, schema, prg):
    lon, lat = prg.place("olsztyn", shift=43)
    cid = str(uuid.uuid4())
    op = {"op": "create", "collection": "aid_points", **feature(lon, lat, str(uuid.uuid4()))}
    op.pop("type")
    body = {"id": cid, "operations": [op]}
    r = api.post("/changesets", "admin", data=json.dumps(body), headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    conforms(schema, "post", "/changesets", r)
    r = api.post("/changesets", "admin", json={"id": "not-a-uuid", "operations": [op]})
    assert r.status_code == 400
    conforms(schema, "post", "/changesets", r)
    r = api.post("/changesets", "admin", json={"id": str(uuid.uuid4()), "operations": [{"op": "explode"}]})
    assert r.status_code == 422
    conforms(schema, "post", "/changesets", r)


def test_undeclared_reply_is_caught(api, schema):
    """The checks are not vacuous: a status the document does not declare, or a declared header missing,
    fails them."""
    r = api.get(ITEMS, params={"limit": 1})
    r.status_code = 418
    with pytest.raises(FailureGroup) as info:
        conforms(schema, "get", "/collections/{c}/items", r, c="aid_points")
    assert "Undocumented status code" in str(info.value.exceptions[0])
    fid = api.get(ITEMS, params={"limit": 1}).json()["features"][0]["id"]
    r = api.get(f"{ITEMS}/{fid}")
    r.raw.headers.discard("ETag")  # what schemathesis reads
    with pytest.raises(FailureGroup) as info:
        conforms(schema, "get", "/collections/{c}/items/{fid}", r, c="aid_points", fid=fid)
    assert "ETag" in str(info.value.exceptions[0])


def test_swagger_ui_works_offline(api, store):
    """/api.html loads only the store's own files (from the swagger-ui-bundle package), never a CDN."""
    r = api.get("/api.html")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    urls = set(re.findall(r"""https?://[^\s"'<>)]+""", r.text))
    assert urls, r.text
    assert all(u.startswith(store.url + "/") for u in urls), urls
    for u in urls:
        assert api.get(u).status_code == 200, u
    assert any(u.endswith("swagger-ui-bundle.js") for u in urls)


COLLECTION_IDS = ("aid_points", "service_areas", "wojewodztwa", "powiaty", "gminy")
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
# a value each common parameter takes (the properties' come from their schemas: `sample`)
VALUES = {"limit": "1", "offset": "0", "bbox": "14,49,25,55", "datetime": "2024-01-01T00:00:00Z/..", "teryt": "28",
          "teryt_prefix": "28", "crs": CRS84, "bbox-crs": CRS84, "filter-crs": CRS84, "filter": "teryt = '28'",
          "filter-lang": "cql2-text", "help_type": "legal", "form": "online", "language": "uk",
          "target_group": "children", "status": "active", "aid_point_id": str(uuid.uuid4())}


def sample(param: dict[str, Any]) -> str:
    schema = param["schema"]
    if param["name"] in VALUES:
        return VALUES[param["name"]]
    if schema.get("enum"):
        return schema["enum"][0]
    return {"date": "2025-06-01", "date-time": "2025-06-01T00:00:00Z", "uuid": str(uuid.uuid4())}.get(
        schema.get("format"), "1" if schema.get("type") == "integer" else "x")


def test_each_collection_lists_exactly_the_parameters_it_takes(api, doc, schema):
    """GDAL decides from these which `-where` it sends to the server (openapi.py, collection_paths): every
    parameter listed under /collections/<id>/items is taken, with each listed filter-lang; others are 400."""
    for c in COLLECTION_IDS:
        op = doc["paths"][f"/collections/{c}/items"]["get"]
        params = {p["name"]: p for p in op["parameters"]}
        assert {"cql-text", "cql2-text", "cql2-json"} == set(params["filter-lang"]["schema"]["enum"])
        assert all(p["in"] == "query" for p in params.values())
        queryables = api.get(f"/collections/{c}/queryables").json()["properties"]
        assert set(queryables) - {"geometry"} <= set(params)  # each queryable a parameter: GDAL's queryables
        for name, p in params.items():
            r = api.get(f"/collections/{c}/items", params={name: sample(p), "limit": 1})
            assert r.status_code == 200, (c, name, r.text)
            conforms(schema, "get", f"/collections/{c}/items", r)
        for lang, text in (("cql-text", "teryt = '28'"), ("cql2-json", '{"op": "=", "args": [{"property": "teryt"}, '
                                                                       '"28"]}')):
            r = api.get(f"/collections/{c}/items", params={"filter": text, "filter-lang": lang})
            assert r.status_code == 200, (c, lang, r.text)
        r = api.get(f"/collections/{c}/items", params={"not_a_parameter": "1"})
        assert r.status_code == 400
        conforms(schema, "get", f"/collections/{c}/items", r)


def test_feature_schema_describes_the_features(api, schema):
    """The `describedBy` JSON Schema (what GDAL types its fields from) validates every served feature."""
    import jsonschema

    for c in ("aid_points", "gminy"):
        links = {link["rel"]: link for link in api.get(f"/collections/{c}").json()["links"]}
        assert links["describedBy"]["type"] == "application/schema+json"
        r = api.get(links["describedBy"]["href"])
        conforms(schema, "get", "/collections/{c}/schema/feature", r, c=c)
        assert r.headers["content-type"] == "application/schema+json"
        validator = jsonschema.Draft202012Validator(_nullable_as_types(r.json()))
        for f in api.get(f"/collections/{c}/items", "admin", params={"limit": 10_000}).json()["features"]:
            validator.validate(f)
        assert r.json()["properties"]["properties"]["properties"].keys() == f["properties"].keys()


def _nullable_as_types(node: Any) -> Any:
    """OpenAPI 3.0's `nullable` (which the schema uses for GDAL's sake) as JSON Schema's list of types."""
    if isinstance(node, list):
        return [_nullable_as_types(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _nullable_as_types(v) for k, v in node.items() if k != "nullable"}
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out
