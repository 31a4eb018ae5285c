"""Features of a collection: read (OGC API - Features Part 1) and written (Part 4, with ETags)."""

from __future__ import annotations

import json
from typing import Any

import shapely
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import ColumnElement, Engine, func, select

from mapujpomoc_model.schema import editable_fields

from .. import db
from ..features import EDITABLE, Applied, Writer, etag, feature_text, load_row
from ..problems import Problem
from ..state import StateDep
from .shared import (
    GEOJSON,
    MERGE_PATCH,
    check_etag,
    collection_or_404,
    if_match,
    json_text,
    read_json,
    url,
    user_of,
    write_features,
    writer_of,
)

router = APIRouter()

MAX_LIMIT = 10_000
TAG_FILTERS = ("help", "form", "lang", "group")  # tag prefixes of the help_type, form, language, target_group filters


# -- Part 1 ---------------------------------------------------------------------------------------


@router.get("/collections/{c}/items", summary="Features, paged",
            responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON FeatureCollection"}})
def items(request: Request, c: str, state: StateDep,
          limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
          bbox: str | None = Query(None, description="minLon,minLat,maxLon,maxLat"),
          help_type: str | None = Query(None, description="comma-separated help type codes (any of)"),
          form: str | None = None, language: str | None = None, target_group: str | None = None,
          status: str | None = None, teryt: str | None = Query(None, pattern=r"^\d{1,7}$"),
          aid_point_id: str | None = None) -> Response:
    collection_or_404(c)
    user_of(state, request)
    if c in EDITABLE:
        t = db.features.c
        where = _feature_filter(c, (help_type, form, language, target_group), status, aid_point_id)
        order, cols = t.id, (t.id, t.geometry, t.properties)
    else:
        t = db.boundaries.c
        where = t.level == db.LEVEL_COLLECTIONS[c]
        order, cols = t.code, (t.code.label("id"), t.geometry, t.name, t.level)
    if teryt:
        where &= (t.teryt if c in EDITABLE else t.code).startswith(teryt)
    box = _parse_bbox(bbox) if bbox else None
    if box:
        x0, y0, x1, y1 = box
        where &= (t.maxx >= x0) & (t.minx <= x1) & (t.maxy >= y0) & (t.miny <= y1)
    with state.engine.connect() as conn:
        if box and c != "aid_points":
            # for areas the stored bounds only preselect: a polygon whose bounds touch the bbox may
            # itself lie outside it, and OGC API Features returns only geometries that intersect it
            rows = conn.execute(select(*cols).where(where).order_by(order)).all()
            hits = shapely.intersects(shapely.from_geojson([r.geometry for r in rows]),
                                      shapely.box(*box)) if rows else []
            rows = [r for r, hit in zip(rows, hits) if hit]
            matched, rows = len(rows), rows[offset:offset + limit]
        else:
            matched = conn.execute(select(func.count()).where(where).select_from(
                db.features if c in EDITABLE else db.boundaries)).scalar_one()
            rows = conn.execute(select(*cols).where(where).order_by(order).limit(limit).offset(offset)).all()
    return _feature_collection(request, c, rows, matched, offset, limit)


def _feature_filter(c: str, tag_codes: tuple[str | None, ...], status: str | None,
                    aid_point_id: str | None) -> ColumnElement[bool]:
    """The live features of `c` matching any of the codes of each tag filter given, and the rest."""
    t = db.features.c
    where = (t.collection == c) & ~t.deleted
    for name, prefix in zip(TAG_FILTERS, tag_codes):
        if prefix is not None:
            cond = None
            for code in (x.strip() for x in prefix.split(",") if x.strip()):
                part = t.tags.contains(f" {name}:{code} ", autoescape=True)
                cond = part if cond is None else cond | part
            if cond is not None:
                where &= cond
    if status:
        where &= t.status.in_(status.split(","))
    if aid_point_id:
        where &= t.parent_id == aid_point_id
    return where


def _parse_bbox(bbox: str) -> tuple[float, float, float, float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in bbox.split(","))
    except ValueError:
        raise Problem(400, "bbox must be four numbers: minLon,minLat,maxLon,maxLat.", "invalid-parameter") from None
    return x0, y0, x1, y1


def _feature_collection(request: Request, c: str, rows: list[Any], matched: int, offset: int,
                        limit: int) -> Response:
    """One page of features as GeoJSON text, with links to the next and previous pages."""
    if c in EDITABLE:
        feats = [feature_text(r.id, r.geometry, r.properties) for r in rows]
    else:
        feats = [feature_text(r.id, r.geometry, _boundary_properties(r.id, r.name, r.level)) for r in rows]
    links = [{"href": str(request.url), "rel": "self", "type": GEOJSON}]
    if offset + len(rows) < matched:
        links.append({"href": str(request.url.include_query_params(offset=offset + len(rows), limit=limit)),
                      "rel": "next", "type": GEOJSON})
    if offset > 0:
        links.append({"href": str(request.url.include_query_params(offset=max(0, offset - limit), limit=limit)),
                      "rel": "prev", "type": GEOJSON})
    body = ('{"type":"FeatureCollection","features":[' + ",".join(feats) + "]," +
            f'"numberMatched":{matched},"numberReturned":{len(rows)},"links":{json.dumps(links)}}}')
    return json_text(body, media_type=GEOJSON)


def _boundary_properties(code: str, name: str, level: str) -> str:
    return json.dumps({"teryt": code, "name": name, "level": level}, ensure_ascii=False)


@router.get("/collections/{c}/items/{fid}", summary="One feature",
            responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON Feature with a strong ETag"}})
def item(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c)
    user_of(state, request)
    if c not in EDITABLE:
        with state.engine.connect() as conn:
            b = conn.execute(select(db.boundaries).where(
                (db.boundaries.c.code == fid) & (db.boundaries.c.level == db.LEVEL_COLLECTIONS[c]))).first()
        if b is None:
            raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
        return json_text(feature_text(b.code, b.geometry, _boundary_properties(b.code, b.name, b.level)),
                         media_type=GEOJSON)
    row = _live_row(state.engine, c, fid)
    tag = etag(row.version)
    if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers={"ETag": tag})
    return json_text(feature_text(row.id, row.geometry, row.properties), media_type=GEOJSON,
                     headers={"ETag": tag})


def _live_row(engine: Engine, c: str, fid: str) -> Any:
    with engine.connect() as conn:
        row = load_row(conn, c, fid)
    if row is None:
        raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
    if row.deleted:
        raise Problem(404, f"Feature {fid} was deleted by {row.updated_by} at {row.updated_at}.", "deleted")
    return row


# -- Part 4 ---------------------------------------------------------------------------------------


def _feature_body(body: Any) -> tuple[Any, Any, Any]:
    if not isinstance(body, dict) or body.get("type") != "Feature":
        raise Problem(400, "The body must be a GeoJSON Feature: {\"type\": \"Feature\", \"geometry\": ..., "
                           "\"properties\": {...}}.", "not-a-feature")
    unknown = set(body) - {"type", "id", "geometry", "properties", "links", "bbox"}
    if unknown:
        raise Problem(422, f"Unknown member(s) of the Feature: {', '.join(sorted(unknown))}.", "invalid")
    return body.get("id"), body.get("properties"), body.get("geometry")


def _applied_response(applied: Applied, status: int, request: Request, c: str) -> Response:
    headers = {"ETag": etag(applied.version)}
    if status == 201:
        headers["Location"] = url(request, f"/collections/{c}/items/{applied.id}")
    return JSONResponse(applied.feature, status_code=status, headers=headers, media_type=GEOJSON)


@router.post("/collections/{c}/items", status_code=201, summary="Create a feature (Part 4)")
async def create(request: Request, c: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    user = await writer_of(state, request)
    fid, props, geom = _feature_body(await read_json(state, request, (GEOJSON, "application/json")))
    if fid is not None and not isinstance(fid, str):
        raise Problem(422, "The feature id must be a UUID string.", "invalid")
    applied = await write_features(state, user, lambda w: w.create(c, fid, props, geom))
    return _applied_response(applied, 201, request, c)


@router.put("/collections/{c}/items/{fid}", summary="Replace a feature (Part 4, If-Match required)")
async def replace(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    user = await writer_of(state, request)
    tags = if_match(request)
    body_id, props, geom = _feature_body(await read_json(state, request, (GEOJSON, "application/json")))
    if body_id not in (None, fid):
        raise Problem(422, f"The body's id {body_id} differs from the URL's {fid}.", "invalid")
    if not isinstance(props, dict):
        raise Problem(422, "A replacement needs 'properties' as an object.", "invalid")

    def run(w: Writer) -> Applied:
        row = w.current(c, fid)
        check_etag(tags, row)
        # a replacement clears every editable field it leaves out; unknown ones stay, for validation to refuse
        full = {f.name: props.get(f.name) for f in editable_fields(c)}
        unknown = {k: v for k, v in props.items() if k not in full}
        return w.update(c, row, {**full, **unknown}, geom if geom is not None else {})
    applied = await write_features(state, user, run)
    return _applied_response(applied, 200, request, c)


@router.patch("/collections/{c}/items/{fid}", summary="Update a feature (JSON Merge Patch, If-Match required)")
async def patch(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    user = await writer_of(state, request)
    tags = if_match(request)
    body = await read_json(state, request, (MERGE_PATCH,))
    if not isinstance(body, dict):
        raise Problem(400, "A merge patch of a Feature is a JSON object like {\"properties\": {\"phone\": "
                           "\"+48 ...\"}}.", "not-a-patch")
    unknown = set(body) - {"type", "id", "properties", "geometry"}
    if unknown:
        raise Problem(422, f"Unknown member(s) in the patch: {', '.join(sorted(unknown))}.", "invalid")
    if "geometry" in body and body["geometry"] is None:
        raise Problem(422, "A feature cannot lose its geometry; send a new one instead of null.", "invalid")

    def run(w: Writer) -> Applied:
        row = w.current(c, fid)
        check_etag(tags, row)
        return w.update(c, row, body.get("properties") or {}, body.get("geometry"))
    applied = await write_features(state, user, run)
    return _applied_response(applied, 200, request, c)


@router.delete("/collections/{c}/items/{fid}", status_code=204, summary="Delete a feature (If-Match required)")
async def delete(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    user = await writer_of(state, request)
    tags = if_match(request)

    def run(w: Writer) -> Applied:
        row = w.current(c, fid)
        check_etag(tags, row)
        return w.delete(c, row)
    await write_features(state, user, run)
    return Response(status_code=204)
