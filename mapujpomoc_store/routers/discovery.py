"""Discovery (OGC API - Features Part 1): landing page, conformance classes, collections."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection, func, select

from .. import db
from ..features import EDITABLE
from ..ogc.crs import STORAGE_CRS, SUPPORTED
from ..ogc.params import refuse_unknown
from ..ogc.queryables import feature_schema_document
from ..privacy import GENERALISED, Reader
from ..state import StateDep
from .shared import COLLECTIONS, GEOJSON, collection_or_404, json_text, url, user_of

router = APIRouter()

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
    "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
    "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
    "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
    "http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
]
SCHEMA_JSON = "application/schema+json"
TEMPORAL_PROPERTY = "updated_at"  # of aid_points and service_areas: what `datetime` selects on
POLAND_BBOX = (14.07, 49.0, 24.15, 54.84)  # the extent of an empty collection


@router.get("/", summary="Landing page")
def landing(request: Request) -> dict[str, Any]:
    return {"title": "Mapuj Pomoc", "description": request.app.description, "links": [
        {"href": url(request, "/"), "rel": "self", "type": "application/json", "title": "This document"},
        {"href": url(request, "/api"), "rel": "service-desc",
         "type": "application/vnd.oai.openapi+json;version=3.0", "title": "OpenAPI definition"},
        {"href": url(request, "/api.html"), "rel": "service-doc", "type": "text/html", "title": "API docs"},
        {"href": url(request, "/conformance"), "rel": "conformance", "type": "application/json",
         "title": "Conformance classes"},
        {"href": url(request, "/collections"), "rel": "data", "type": "application/json",
         "title": "Collections"},
    ]}


@router.get("/conformance", summary="Conformance classes")
def conformance() -> dict[str, Any]:
    return {"conformsTo": CONFORMANCE}


@router.get("/collections", summary="Collections")
def collections(request: Request, state: StateDep) -> dict[str, Any]:
    reader = Reader(user_of(state, request))
    with state.engine.connect() as conn:
        cols = [collection_doc(request, c, conn, reader) for c in COLLECTIONS]
    return {"collections": cols, "links": [
        {"href": url(request, "/collections"), "rel": "self", "type": "application/json"}]}


@router.get("/collections/{c}", summary="One collection")
def collection(request: Request, c: str, state: StateDep) -> dict[str, Any]:
    collection_or_404(c)
    reader = Reader(user_of(state, request))
    with state.engine.connect() as conn:
        return collection_doc(request, c, conn, reader)


def _extent(conn: Connection, c: str, reader: Reader) -> list[float]:
    """The bounds of what this reader sees of the collection (generalised points where they are shown)."""
    if c not in EDITABLE:
        b = db.boundaries.c
        return list(conn.execute(select(func.min(b.minx), func.min(b.miny), func.max(b.maxx), func.max(b.maxy))
                                 .where(b.level == db.LEVEL_COLLECTIONS[c])).one())
    f = db.features.c
    live = (f.collection == c) & ~f.deleted
    exact = reader.sql_exact()
    boxes = [conn.execute(select(func.min(f.minx), func.min(f.miny), func.max(f.maxx), func.max(f.maxy))
                          .where(live & (exact | (f.public_view == "exact")))).one()]
    if not reader.everywhere:
        boxes.append(conn.execute(select(func.min(f.public_x), func.min(f.public_y), func.max(f.public_x),
                                         func.max(f.public_y))
                                  .where(live & ~exact & (f.public_view == GENERALISED))).one())
    boxes = [b for b in boxes if b[0] is not None]
    if not boxes:
        return [None, None, None, None]  # type: ignore[list-item]
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]


def _temporal_extent(conn: Connection, c: str, reader: Reader) -> dict[str, Any]:
    """The interval of `updated_at` over what this reader sees of the collection (the property `datetime`
    filters on, named in `temporalProperty` since Part 1 has no member for it)."""
    f = db.features.c
    first, last = conn.execute(select(func.min(f.updated_at), func.max(f.updated_at)).where(
        (f.collection == c) & ~f.deleted & reader.sql_visible())).one()
    return {"interval": [[first, last]], "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
            "temporalProperty": TEMPORAL_PROPERTY}


def collection_doc(request: Request, c: str, conn: Connection, reader: Reader) -> dict[str, Any]:
    bbox = _extent(conn, c, reader)
    if bbox[0] is None:
        bbox = list(POLAND_BBOX)
    title, description = COLLECTIONS[c]
    base = url(request, f"/collections/{c}")
    extra = {}
    if c not in EDITABLE:  # lets clients skip downloading unchanged boundaries
        extra["boundaries_version"] = conn.execute(select(db.meta.c.value).where(
            db.meta.c.key == "boundaries_version")).scalar()
    extent: dict[str, Any] = {"spatial": {"bbox": [bbox], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}}
    if c in EDITABLE:
        extent["temporal"] = _temporal_extent(conn, c, reader)
        description += f" The datetime parameter filters on {TEMPORAL_PROPERTY}."
    return {**extra, "id": c, "title": title, "description": description, "itemType": "feature",
            "crs": list(SUPPORTED), "storageCrs": STORAGE_CRS,
            "extent": extent,
            "links": [{"href": base, "rel": "self", "type": "application/json", "title": title},
                      {"href": base + "/items", "rel": "items", "type": GEOJSON, "title": title},
                      {"href": base + "/queryables", "rel": "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                       "type": "application/schema+json", "title": "Queryables"},
                      # "describedBy": relation types compare case-insensitively (RFC 8288), and GDAL 3.6 looks for
                      # this spelling to type the layer's fields (ogc/queryables.py, feature_schema_document)
                      {"href": base + "/schema/feature", "rel": "describedBy", "type": SCHEMA_JSON,
                       "title": "JSON Schema of a feature"}]}


@router.get("/collections/{c}/schema/feature", summary="JSON Schema of one feature of the collection",
            responses={200: {"content": {SCHEMA_JSON: {}}, "description": "A JSON Schema"}})
def feature_schema(request: Request, c: str) -> Response:
    collection_or_404(c)
    refuse_unknown(request.query_params.keys(), (), f"/collections/{c}/schema/feature")
    doc = feature_schema_document(c, COLLECTIONS[c][0], url(request, f"/collections/{c}/schema/feature"))
    return json_text(json.dumps(doc, ensure_ascii=False), media_type=SCHEMA_JSON)
