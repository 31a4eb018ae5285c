"""The OpenAPI document at /api: FastAPI's generated one, corrected to say what the store really answers.

FastAPI knows the routes and their query parameters, but not what the handlers do by hand: bodies read
with `read_json`, problems (RFC 9457) raised as exceptions, `If-Match`, `ETag` and `Location` headers,
the two authentication schemes. `describe()` adds those, operation by operation, from the same rules
the handlers follow (routers/shared.py), and any route it does not know still gets the answers every
route can give. The document is then written as OpenAPI 3.0 (`downgrade`), the version OGC API -
Features names and that OWSLib and GDAL look for (media type `application/vnd.oai.openapi+json;version=3.0`).

Last, `collection_paths` spells out each collection's items path (`/collections/aid_points/items`) with exactly
the query parameters that collection takes, its queryables among them. GDAL's OAPIF driver decides from those
which `-where` it sends to the server: it reads the parameters of the literal path (or of
`/collections/{collectionId}/items`), takes every parameter named like a field as queryable, and uses CQL
text when `filter-lang` lists `cql-text` (GDAL 3.6) or `cql2-text` (later versions); otherwise it filters on
the client after downloading everything, or sends date comparisons on any field as `datetime`.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI

from .problems import MEDIA_TYPE as PROBLEM
from .problems import TITLES

OPENAPI_30 = "application/vnd.oai.openapi+json;version=3.0"
GEOJSON = "application/geo+json"
MERGE_PATCH = "application/merge-patch+json"
SQLITE = "application/vnd.sqlite3"
WRITES = ("post", "put", "patch", "delete")
BEARER = {"bearerAuth": []}
BASIC = {"basicAuth": []}
_REF = "#/components/"

SCHEMAS: dict[str, Any] = {
    "Problem": {"type": "object", "required": ["type", "title", "status", "detail"], "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string", "description": "What went wrong and what to do, in the language of the "
                                                    "request's Accept-Language (English, Polish or Ukrainian; "
                                                    "Content-Language says which)"},
        "instance": {"type": "string"},
        "code": {"type": "string", "description": "A stable code of the problem, for clients that word it "
                                                  "themselves"},
        "params": {"type": "object", "description": "The values the code's text is made with"},
        "errors": {"type": "array", "description": "Of a validation problem: each refused field",
                   "items": {"type": "object", "required": ["field", "code"], "properties": {
                       "field": {"type": "string"}, "code": {"type": "string"}, "params": {"type": "object"},
                       "message": {"type": "string"}}}}},
        "additionalProperties": True},
    "Link": {"type": "object", "required": ["href", "rel"], "properties": {
        "href": {"type": "string"}, "rel": {"type": "string"}, "type": {"type": "string"},
        "title": {"type": "string"}}},
    "Geometry": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]}}},
    "Feature": {"type": "object", "required": ["type"], "properties": {
        "type": {"type": "string", "enum": ["Feature"]},
        "id": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "geometry": {"allOf": [{"$ref": _REF + "schemas/Geometry"}], "nullable": True},
        "properties": {"type": "object", "nullable": True},
        "links": {"type": "array", "items": {"$ref": _REF + "schemas/Link"}}}},
    "FeatureCollection": {"type": "object", "required": ["type", "features"], "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": {"$ref": _REF + "schemas/Feature"}},
        "links": {"type": "array", "items": {"$ref": _REF + "schemas/Link"}},
        "numberMatched": {"type": "integer", "minimum": 0}, "numberReturned": {"type": "integer", "minimum": 0},
        "timeStamp": {"type": "string"}}},
    "MergePatch": {"type": "object", "description": "RFC 7396 merge patch of a Feature: members "
                   "`properties` (null removes a field) and `geometry`.", "properties": {
                       "properties": {"type": "object"}, "geometry": {"$ref": _REF + "schemas/Geometry"}}},
    "Changeset": {"type": "object", "required": ["id", "operations"], "properties": {
        "id": {"type": "string", "format": "uuid", "description": "A new UUID per changeset, kept for retries"},
        "operations": {"type": "array", "minItems": 1, "items": {"type": "object", "required": ["op"], "properties": {
            "op": {"type": "string", "enum": ["create", "update", "delete"]},
            "collection": {"type": "string"}, "id": {"type": "string"},
            "base_version": {"type": "integer", "description": "The version an update or delete started from"},
            "properties": {"type": "object"}, "geometry": {"$ref": _REF + "schemas/Geometry"}}}}}},
    "ChangesetResult": {"type": "object", "required": ["id", "applied", "results"], "properties": {
        "id": {"type": "string"}, "applied": {"type": "boolean"}, "version": {"type": "integer"},
        "results": {"type": "array", "items": {"type": "object"}}}},
    "Changes": {"type": "object", "required": ["collection", "since", "cursor", "more", "changes"], "properties": {
        "collection": {"type": "string"}, "since": {"type": "integer"}, "cursor": {"type": "integer"},
        "more": {"type": "boolean"}, "changes": {"type": "array", "items": {
            "type": "object", "required": ["id", "version", "deleted"], "properties": {
                "id": {"type": "string"}, "version": {"type": "integer"}, "deleted": {"type": "boolean"},
                "feature": {"allOf": [{"$ref": _REF + "schemas/Feature"}], "nullable": True}}}}}},
    "LandingPage": {"type": "object", "required": ["links"], "properties": {
        "title": {"type": "string"}, "description": {"type": "string"},
        "links": {"type": "array", "items": {"$ref": _REF + "schemas/Link"}}}},
    "Conformance": {"type": "object", "required": ["conformsTo"], "properties": {
        "conformsTo": {"type": "array", "items": {"type": "string"}}}},
    "Collection": {"type": "object", "required": ["id", "links"], "properties": {
        "id": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
        "links": {"type": "array", "items": {"$ref": _REF + "schemas/Link"}}, "extent": {"type": "object"},
        "itemType": {"type": "string"}, "crs": {"type": "array", "items": {"type": "string"}}}},
    "Collections": {"type": "object", "required": ["collections", "links"], "properties": {
        "collections": {"type": "array", "items": {"$ref": _REF + "schemas/Collection"}},
        "links": {"type": "array", "items": {"$ref": _REF + "schemas/Link"}}}},
}

_HEADER = {"schema": {"type": "string"}, "required": True}  # every reply of the status carries it
HEADERS = {
    "ETag": {"description": "Strong entity tag of the feature's version", **_HEADER},
    "PageETag": {"description": "Weak entity tag of the page's text (send it in If-None-Match)", **_HEADER},
    "Location": {"description": "The new feature's URL", **_HEADER},
    "WWW-Authenticate": {"description": "The authentication scheme to use", **_HEADER},
    "Retry-After": {"description": "Seconds to wait before sending again", **_HEADER},
    "Content-Crs": {"description": "The CRS of the reply's coordinates, as <URI> (Part 2)",
                    "schema": {"type": "string"}},
}
# why each status happens, and the headers it carries (routers/shared.py, auth.py, ratelimit.py, errors.py)
STATUSES: dict[int, tuple[str, tuple[str, ...]]] = {
    400: ("Invalid parameters or a malformed body", ()),
    401: ("A token is missing (writes, or reads on a store without anonymous reading) or invalid",
          ("WWW-Authenticate",)),
    403: ("The user's role or area does not allow this", ()),
    404: ("No such collection or feature (deleted or hidden features do not exist for this reader)", ()),
    405: ("The collection is read-only", ()),
    408: ("The request body did not arrive in time", ()),
    409: ("The id is taken, or the feature was deleted or changed meanwhile", ()),
    412: ("If-Match does not match the feature's current ETag (which the reply carries)", ("ETag",)),
    413: ("The body is too large", ()),
    415: ("The body has another media type than the ones listed", ()),
    422: ("The feature or operation is not valid", ()),
    428: ("The write has no If-Match header", ()),
    429: ("Too many requests from this address or user", ("Retry-After",)),
    500: ("An unexpected error of the store; nothing was changed", ()),
    503: ("The database is unreachable just now", ("Retry-After",)),
}
_ALWAYS = (400, 429, 500, 503)
_READS_AUTH = (401,)
_WRITES = (401, 403, 404, 408, 413, 415, 422)
_IF_MATCH = (405, 409, 412, 428)


def _json(schema: str, media_type: str = "application/json") -> dict[str, Any]:
    return {media_type: {"schema": {"$ref": _REF + "schemas/" + schema}}}


def _ok(description: str, content: dict[str, Any] | None, *headers: str) -> dict[str, Any]:
    doc: dict[str, Any] = {"description": description}
    if content is not None:
        doc["content"] = content
    if headers:
        doc["headers"] = {h: {"$ref": _REF + "headers/" + h} for h in headers}
    return doc


def _page_ok(doc: dict[str, Any]) -> dict[str, Any]:
    """A page reply's ETag header, which is weak (routers/shared.py, cached_text)."""
    doc.setdefault("headers", {})["ETag"] = {"$ref": _REF + "headers/PageETag"}
    return doc


_FEATURE_BODY = {"required": True, "content": {**_json("Feature", GEOJSON), **_json("Feature")}}
_IF_MATCH_PARAM = {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"},
                   "description": "The feature's ETag from a GET (or `*`); without it the store answers 428."}
_IF_NONE_MATCH_PARAM = {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"},
                        "description": "An ETag you hold: 304 when the feature is unchanged."}

# per (method, path): success responses, extra error statuses, request body, header parameters
OPERATIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("get", "/"): {"ok": {"200": _ok("The landing page", _json("LandingPage"))}, "anonymous": True},
    ("get", "/conformance"): {"ok": {"200": _ok("Conformance classes", _json("Conformance"))}, "anonymous": True},
    ("get", "/collections"): {"ok": {"200": _ok("The collections", _json("Collections"))}},
    ("get", "/collections/{c}"): {"ok": {"200": _ok("One collection", _json("Collection"))}, "errors": (404,)},
    ("get", "/collections/{c}/items"): {
        "ok": {"200": _page_ok(_ok("A GeoJSON FeatureCollection with a weak ETag", _json("FeatureCollection", GEOJSON),
                                   "Content-Crs")),
               "304": _page_ok(_ok("The page is unchanged since the ETag in If-None-Match", None))},
        "errors": (404,), "headers": ({**_IF_NONE_MATCH_PARAM,
                                       "description": "A page's ETag you hold: 304 when the page is unchanged."},)},
    ("get", "/collections/{c}/queryables"): {
        "ok": {"200": _ok("The queryables, as JSON Schema", {"application/schema+json": {"schema": {
            "type": "object", "required": ["properties"], "properties": {"properties": {"type": "object"}}}}})},
        "errors": (404,)},
    ("get", "/collections/{c}/schema/feature"): {
        "ok": {"200": _ok("A JSON Schema of one GeoJSON feature (`nullable` as in OpenAPI 3.0)",
                          {"application/schema+json": {"schema": {"type": "object", "required": ["properties"]}}})},
        "errors": (404,), "anonymous": True},
    ("get", "/collections/{c}/items/{fid}"): {
        "ok": {"200": _ok("A GeoJSON Feature with a strong ETag", _json("Feature", GEOJSON), "ETag", "Content-Crs"),
               "304": _ok("Unchanged since the ETag in If-None-Match", None, "ETag")},
        "errors": (404,), "headers": (_IF_NONE_MATCH_PARAM,)},
    ("post", "/collections/{c}/items"): {
        "ok": {"201": _ok("Created", _json("Feature", GEOJSON), "Location", "ETag")},
        "errors": (*_WRITES, 405, 409), "body": _FEATURE_BODY},
    ("put", "/collections/{c}/items/{fid}"): {
        "ok": {"200": _ok("Replaced", _json("Feature", GEOJSON), "ETag")},
        "errors": (*_WRITES, *_IF_MATCH), "body": _FEATURE_BODY, "headers": (_IF_MATCH_PARAM,)},
    ("patch", "/collections/{c}/items/{fid}"): {
        "ok": {"200": _ok("Updated", _json("Feature", GEOJSON), "ETag")},
        "errors": (*_WRITES, *_IF_MATCH),
        "body": {"required": True, "content": _json("MergePatch", MERGE_PATCH)}, "headers": (_IF_MATCH_PARAM,)},
    ("delete", "/collections/{c}/items/{fid}"): {
        "ok": {"204": _ok("Deleted", None)}, "errors": (401, 403, 404, *_IF_MATCH), "headers": (_IF_MATCH_PARAM,)},
    ("get", "/collections/{c}/changes"): {"ok": {"200": _ok("Changes after `since`", _json("Changes"))},
                                          "errors": (404, 405)},
    ("get", "/collections/{c}/snapshot"): {"ok": {"200": _ok("A SQLite database", {SQLITE: {"schema": {
        "type": "string", "format": "binary"}}})}, "errors": (404, 405)},
    ("post", "/changesets"): {
        "ok": {"200": _ok("Applied (or the stored reply of the same changeset sent before)",
                          _json("ChangesetResult"))},
        "errors": (*_WRITES, 409), "body": {"required": True, "content": _json("Changeset")}},
    ("get", "/me"): {"errors": (401,), "token": True},
    ("get", "/collections/{c}/items/{fid}/history"): {"errors": (404,)},
    ("post", "/changesets/{cid}/revert"): {"errors": (401, 403, 404, 422)},
    ("post", "/users/{name}/revert"): {"errors": (401, 403, 404, 422)},
}


def describe(doc: dict[str, Any], anonymous_read: bool) -> dict[str, Any]:
    """FastAPI's document `doc` (OpenAPI 3.1) completed with what the handlers really answer."""
    doc = copy.deepcopy(doc)
    components = doc.setdefault("components", {})
    components.setdefault("schemas", {}).update(SCHEMAS)
    for name in ("HTTPValidationError", "ValidationError"):  # the store answers 400 problems instead (errors.py)
        components["schemas"].pop(name, None)
    components["headers"] = HEADERS
    components["responses"] = {str(s): _problem(s) for s in STATUSES}
    components["securitySchemes"] = {
        "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A token from `mapujpomoc-store user add`"},
        "basicAuth": {"type": "http", "scheme": "basic", "description": "The user name, with the token as password "
                                                                        "(what QGIS authentication configs hold)"}}
    for path, ops in doc.get("paths", {}).items():
        for method, op in ops.items():
            _complete(op, OPERATIONS.get((method, path), {}), method, anonymous_read)
    return doc


def _problem(status: int) -> dict[str, Any]:
    why, headers = STATUSES[status]
    return _ok(f"{TITLES.get(status, 'Error')}: {why}", _json("Problem", PROBLEM), *headers)


def _complete(op: dict[str, Any], rules: dict[str, Any], method: str, anonymous_read: bool) -> None:
    responses = op.setdefault("responses", {})
    responses.pop("422", None)  # FastAPI's parameter validation error: the store answers 400
    if "ok" in rules:
        for status in [s for s in responses if s.startswith("2")]:
            responses.pop(status)
        responses.update(rules["ok"])
    statuses = set(_ALWAYS) | set(rules.get("errors", ()))
    writes = method in WRITES
    if not rules.get("anonymous"):
        statuses |= set(_READS_AUTH)
    for status in sorted(statuses):
        responses[str(status)] = {"$ref": f"{_REF}responses/{status}"}
    if "body" in rules:
        op["requestBody"] = rules["body"]
    params = [p for p in op.get("parameters", []) if p.get("in") != "header"]
    op["parameters"] = params + list(rules.get("headers", ()))
    if not op["parameters"]:
        del op["parameters"]
    if rules.get("anonymous"):
        op["security"] = [{}]
    elif writes or rules.get("token") or not anonymous_read:
        op["security"] = [BEARER, BASIC]
    else:
        op["security"] = [{}, BEARER, BASIC]  # anonymous reading, or a token to see more


def downgrade(doc: dict[str, Any]) -> dict[str, Any]:
    """The 3.1 document as OpenAPI 3.0.3: `null` types become `nullable`, `examples` of a schema `example`,
    `const` a one-value `enum`, numeric exclusive bounds the 3.0 booleans."""
    doc = copy.deepcopy(doc)
    doc["openapi"] = "3.0.3"
    _walk(doc)
    return doc


def _walk(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item)
        return
    if not isinstance(node, dict):
        return
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list) and {"type": "null"} in options:
            rest = [o for o in options if o != {"type": "null"}]
            node["nullable"] = True
            if len(rest) == 1:
                del node[key]
                if "$ref" in rest[0]:
                    node["allOf"] = rest
                else:
                    node.update(rest[0])
            else:
                node[key] = rest
    if isinstance(node.get("type"), list):
        types = [t for t in node["type"] if t != "null"]
        if len(types) < len(node["type"]):
            node["nullable"] = True
        node["type"] = types[0] if len(types) == 1 else node["type"]
    if "const" in node and not isinstance(node.get("const"), dict):
        node["enum"] = [node.pop("const")]
    if isinstance(node.get("examples"), list) and "in" not in node and "content" not in node:
        examples = node.pop("examples")
        if examples:
            node["example"] = examples[0]
    for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), (int, float)) and not isinstance(node.get(bound), bool):
            node[plain] = node[bound]
            node[bound] = True
    for value in node.values():
        _walk(value)


# what `filter-lang` takes (ogc/cql.py): CQL2, and GDAL 3.6's name for CQL text from the standard's drafts
FILTER_LANGS = ["cql2-text", "cql2-json", "cql-text"]
_ITEMS = "/collections/{c}/items"


def collection_paths(doc: dict[str, Any]) -> dict[str, Any]:
    """The 3.0 document with `filter-lang`'s values listed and an items path of its own for each collection,
    with the parameters that collection takes (anything else is a 400): the common ones, then one per
    queryable that has no parameter of its own (`city=Olsztyn`: equal; a list: holds the code)."""
    from .features import EDITABLE
    from .ogc.queryables import property_parameters, queryables
    from .routers.items import ITEM_PARAMS
    from .routers.shared import COLLECTIONS

    generic = doc["paths"][_ITEMS]["get"]
    common = {p["name"]: p for p in generic["parameters"] if p.get("in") == "query"}
    common["filter-lang"]["schema"] = {"type": "string", "enum": FILTER_LANGS, "default": "cql2-text"}
    common["filter-lang"]["description"] = ("the language of `filter`: CQL2 text or JSON; cql-text is read as "
                                            "CQL2 text (the draft's name, which GDAL 3.6 sends)")
    paths: dict[str, Any] = {}
    for path, ops in doc["paths"].items():
        paths[path] = ops
        if path != _ITEMS:
            continue
        for c in COLLECTIONS:
            taken = ITEM_PARAMS[c in EDITABLE]
            op = {k: copy.deepcopy(v) for k, v in generic.items() if k not in ("parameters", "operationId")}
            op["summary"] = f"Features of {c}, paged"
            op["operationId"] = f"items_of_{c}"
            op["responses"].pop("404", None)  # the collection exists
            schemas = queryables(c)
            op["parameters"] = [copy.deepcopy(common[n]) for n in taken] + [
                _property_parameter(n, schemas[n]) for n in property_parameters(c, taken)]
            paths[f"/collections/{c}/items"] = {"get": op}
    return {**doc, "paths": paths}


def _property_parameter(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "array":
        return {"name": name, "in": "query", "required": False, "schema": {"type": "string", **(
            {"enum": schema["items"]["enum"]} if schema["items"].get("enum") else {})},
                "description": f"features whose {name} hold this code"}
    return {"name": name, "in": "query", "required": False, "description": f"features whose {name} equals this",
            "schema": {k: v for k, v in schema.items() if k in ("type", "format", "enum", "maxLength")}}


def document(app: FastAPI) -> dict[str, Any]:
    """The document served at /api (built once per application)."""
    cached = getattr(app.state, "openapi_30", None)
    if cached is None:
        from fastapi.openapi.utils import get_openapi
        generated = get_openapi(title=app.title, version=app.version, description=app.description,
                                routes=app.routes)
        cached = collection_paths(downgrade(describe(generated, app.state.store.settings.anonymous_read)))
        app.state.openapi_30 = cached
    return cached


__all__ = ["FILTER_LANGS", "OPENAPI_30", "collection_paths", "describe", "document", "downgrade"]
