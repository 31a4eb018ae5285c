"""Features of a collection: read (OGC API - Features Part 1) and written (Part 4, with ETags)."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pygeofilter import ast as cql_ast
from sqlalchemy import Column, ColumnElement, Connection, and_, false, func, or_, select, true, union
from sqlalchemy.sql import visitors

from mapujpomoc_model.schema import GEOMETRY_TYPES, editable_fields, fields_by_name

from .. import db
from ..bbox import Box, meeting
from ..feature_texts import View, shown_page
from ..features import EDITABLE, Applied, Writer, canonical_id, chunks, etag, feature_text, load_row
from ..ogc import cql
from ..ogc.crs import LON_LAT, STORAGE_CRS, content_crs, crs_of, project_texts, to_crs84
from ..ogc.geometry import boundary_texts
from ..ogc.params import parse_bbox, parse_datetime, refuse_unknown
from ..ogc.queryables import property_parameters, queryables_document
from ..privacy import Reader
from ..problems import Problem
from ..state import StateDep
from .shared import (
    COLLECTIONS,
    GEOJSON,
    MERGE_PATCH,
    cached_text,
    check_etag,
    collection_or_404,
    if_match,
    json_text,
    page_url,
    read_json,
    url,
    user_of,
    write_features,
    writer_of,
)

router = APIRouter()

MAX_LIMIT = 10_000
# the query parameters of the items of an editable collection / of a boundary collection: any other is a 400
_COMMON_PARAMS = ("limit", "offset", "bbox", "datetime", "teryt", "teryt_prefix", "crs", "bbox-crs", "filter",
                  "filter-lang", "filter-crs")
ITEM_PARAMS = {True: (*_COMMON_PARAMS, "help_type", "form", "language", "target_group", "status", "aid_point_id"),
               False: _COMMON_PARAMS}
TAG_FILTERS = ("help", "form", "lang", "group")  # tag prefixes of the help_type, form, language, target_group filters
# the codes each filter can match: any other code matches nothing, so it never reaches the query (a list of
# 1,000 codes would otherwise exceed SQLite's limit of bound parameters)
_KNOWN = {name: frozenset(fields_by_name("aid_points")[field].allowed or ())
          for name, field in zip(TAG_FILTERS, ("help_types", "forms", "languages", "target_groups"))}
_KNOWN_BY_FIELD = {field: _KNOWN[name] for name, field in zip(TAG_FILTERS, ("help_types", "forms", "languages",
                                                                           "target_groups"))}
_STATUSES = frozenset(fields_by_name("aid_points")["status"].allowed or ())
# what a reader's view of a feature needs (privacy.Reader.shown)
FEATURE_COLUMNS = tuple(getattr(db.features.c, n) for n in (
    "id", "version", "deleted", "teryt", "parent_id", "public_view", "public_x", "public_y", "updated_by",
    "updated_at", "geometry", "properties"))
# query parameters that select nothing: pages differing only in these have the same matches
_NOT_SELECTING = frozenset({"limit", "offset", "crs"})
# columns of db.features whose indexes give their matches in another order than the id's (_read_unordered)
_UNORDERED = frozenset({"teryt", "updated_at", "version", "parent_id", "minx", "miny", "maxx", "maxy", "public_x",
                        "public_y"})
# what a page needs of each matching feature before its texts: Reader.view's inputs and the version
# (feature_texts.shown_page); all in the covering indexes db.features_status_page and db.features_point_page
ENTRY_COLUMNS = tuple(getattr(db.features.c, n) for n in ("id", "version", "deleted", "teryt", "public_view"))


# -- Part 1 ---------------------------------------------------------------------------------------


@router.get("/collections/{c}/items", summary="Features, paged",
            responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON FeatureCollection"}})
def items(request: Request, c: str, state: StateDep,
          limit: int = Query(100, ge=1, description=f"page size; above {MAX_LIMIT} it is {MAX_LIMIT}"),
          offset: int = Query(0, ge=0, le=10**9),
          bbox: str | None = Query(None, description="minLon,minLat,maxLon,maxLat (or six numbers with heights); "
                                                     "minLon > maxLon crosses the antimeridian"),
          datetime: str | None = Query(None, description="an instant or interval (a/b, ../b, a/..) of "
                                                         "updated_at (aid_points, service_areas)"),
          help_type: str | None = Query(None, description="comma-separated help type codes (any of)"),
          form: str | None = None, language: str | None = None, target_group: str | None = None,
          status: str | None = None,
          teryt: str | None = Query(None, pattern=r"^\d{1,7}$", description="exactly this TERYT code"),
          teryt_prefix: str | None = Query(None, pattern=r"^\d{1,7}$",
                                           description="TERYT codes starting with this (a voivodeship: 2 digits)"),
          aid_point_id: str | None = None,
          crs: str | None = Query(None, description="the CRS of the reply's coordinates (Part 2); CRS84 if absent"),
          bbox_crs: str | None = Query(None, alias="bbox-crs", description="the CRS of bbox; CRS84 if absent"),
          filter: str | None = Query(None, description="a CQL2 filter (Part 3) on the queryables"),  # noqa: A002
          filter_lang: str | None = Query(None, alias="filter-lang", description="cql2-text (default) or cql2-json"),
          filter_crs: str | None = Query(None, alias="filter-crs", description="CRS84 only"),
          ) -> Response:
    collection_or_404(c)
    if filter_crs is not None and crs_of(filter_crs, "filter-crs") != STORAGE_CRS:
        raise Problem(400, None, "invalid-parameter", code="filter-crs", params={})
    out_crs, box_crs = crs_of(crs, "crs"), crs_of(bbox_crs, "bbox-crs")
    by_property = property_parameters(c, ITEM_PARAMS[c in EDITABLE])
    refuse_unknown(request.query_params.keys(), (*ITEM_PARAMS[c in EDITABLE], *by_property),
                   f"/collections/{c}/items")
    limit = min(limit, MAX_LIMIT)  # Part 1 (/req/core/fc-limit-response-1): a larger limit is clamped, not refused
    reader = Reader(user_of(state, request))
    if c in EDITABLE:
        t = db.features.c
        where = _feature_filter(c, (help_type, form, language, target_group), status, aid_point_id)
        where &= reader.sql_visible()
        order, cols = t.id, FEATURE_COLUMNS
    else:
        t = db.boundaries.c
        where = t.level == db.LEVEL_COLLECTIONS[c]
        order, cols = t.code, (t.code.label("id"), t.geometry, t.name, t.level)
    chosen = _filters(state, c, reader, request, by_property, filter, filter_lang)
    where &= chosen
    # whether the matches are read through an index in another order than the id's, and sorted (_live_page)
    sort = bool(teryt or teryt_prefix or datetime or aid_point_id or bbox) or _read_unordered(chosen)
    code = t.teryt if c in EDITABLE else t.code
    if teryt:
        where &= code == teryt
    if teryt_prefix:
        where &= code.startswith(teryt_prefix)
    if datetime is not None:
        since, until = parse_datetime(datetime)
        if c in EDITABLE:  # boundaries carry no time (no extent.temporal): a valid datetime keeps them all
            where &= (t.updated_at >= since if since else true()) & (t.updated_at < until if until else true())
    boxes = [to_crs84(b, box_crs) for b in parse_bbox(bbox, box_crs in LON_LAT)] if bbox is not None else []
    parts: list[ColumnElement[bool]] = [true()]  # a bbox over points: the conditions its ids are the union of
    if boxes and c in EDITABLE and GEOMETRY_TYPES[c] == ("Point",):
        parts = [part for box in boxes for part in reader.sql_bbox_parts(*box, points=True)]
    elif boxes:
        where &= or_(*(reader.sql_bbox(*box) if c in EDITABLE
                       else (t.maxx >= box[0]) & (t.minx <= box[2]) & (t.maxy >= box[1]) & (t.miny <= box[3])
                       for box in boxes))
    with state.engine.connect() as conn:
        if boxes and c != "aid_points":
            # for areas the stored bounds only preselect: a polygon whose bounds touch the bbox may
            # itself lie outside it, and OGC API Features returns only geometries that intersect it
            hits = _areas_meeting_any(state, conn, c, where, boxes)
            matched = len(hits)
            page = hits[offset:offset + limit]
            views = _views(reader, c, _rows_by_id(conn, c, cols, page))
        elif c in EDITABLE:
            query_key = (c, reader.audience(), tuple(sorted(
                (k, v) for k, v in request.query_params.multi_items() if k not in _NOT_SELECTING)))
            entries, matched = _live_page(conn, where, parts, sort, offset, limit,
                                          lambda counted: state.match_counts.count(conn, query_key, counted))
            page = [e.id for e in entries]
            views = shown_page(state.feature_texts, reader, c, entries,
                               lambda missing: _rows_by_id(conn, c, cols, missing))
        else:
            page = conn.execute(select(*cols).where(where).order_by(order).limit(limit).offset(offset)).all()
            matched = _matched(offset, limit, len(page), lambda: conn.execute(
                select(func.count()).select_from(db.boundaries).where(where)).scalar_one())
            views = _views(reader, c, page)
    return _feature_collection(request, views, len(page), matched, offset, limit, out_crs)


def _matched(offset: int, limit: int, returned: int, count: Callable[[], int]) -> int:
    """numberMatched: known without counting when the page is the last one (fewer than `limit` rows, at least
    one, or none at the start); otherwise `count()`, a second pass over the matching rows."""
    if 0 < returned < limit or (returned == 0 and offset == 0):
        return offset + returned
    return count()


def _read_unordered(condition: ColumnElement[bool]) -> bool:
    """Whether a condition names a column read through an index that cannot give the id order (a CQL2 filter on
    teryt or updated_at): its matches are sorted, instead of the primary key walked testing every row."""
    return any(isinstance(e, Column) and e.table is db.features and e.name in _UNORDERED
               for e in visitors.iterate(condition))


def _live_page(conn: Connection, where: ColumnElement[bool], parts: list[ColumnElement[bool]], sort: bool,
               offset: int, limit: int, kept: Callable[[Callable[[], int]], int] = lambda counted: counted(),
               ) -> tuple[list[Any], int]:
    """The page's entries (ENTRY_COLUMNS, in id order) of the features matching `where` and any of `parts`,
    and numberMatched; sorted and counted in the database, so only the page's entries reach Python.

    Each part of a bbox is a query of its own (privacy.Reader.sql_bbox_parts): an OR of the stored and the
    public location would be answered through rowids and table rows, while one part is read from a covering
    index alone (db.features_point_page), with what decides the reader's view and the version the page's texts
    are kept by (feature_texts.py). `sort`: the condition is read through an index in another order (a bbox, a
    commune): ordered by an expression of the id, as on the bare id SQLite would walk the primary key in id
    order testing every row instead. Otherwise the id order comes from an index (db.features_status_page, the
    primary key without a filter), and the walk stops at the page's end. `kept(counted)`: numberMatched as
    kept between requests (match_counts.py), `counted()` when it is not."""
    t = db.features.c
    arms = [select(*ENTRY_COLUMNS).where(where & part) for part in parts]
    if len(arms) == 1:
        query = arms[0].order_by(func.coalesce(t.id, "") if sort else t.id)
        counted = select(func.count()).select_from(db.features).where(where & parts[0])
    else:  # the parts are disjoint; UNION all the same, as the union of a bbox's conditions
        every = union(*arms).subquery()
        query = select(every).order_by(every.c.id)
        counted = select(func.count()).select_from(every)
    entries = conn.execute(query.limit(limit).offset(offset)).all()
    return entries, _matched(offset, limit, len(entries), lambda: kept(lambda: conn.execute(counted).scalar_one()))


def _filters(state: StateDep, c: str, reader: Reader, request: Request, by_property: tuple[str, ...],
             text: str | None, lang: str | None) -> ColumnElement[bool]:
    """The CQL2 `filter` and the property parameters (`city=Olsztyn`: equality) as one condition."""
    nodes: list[Any] = [cql.parse(text, lang)] if text is not None else []
    for name in by_property:
        for value in request.query_params.getlist(name):
            nodes.append(cql_ast.Equal(cql_ast.Attribute(name), int(value) if name == "version" and value.isdigit()
                                       else value))
    if not nodes:
        return true()
    translator = cql.Translator(c, reader, state.engine.dialect.name, _KNOWN_BY_FIELD)
    return and_(*(translator.sql(n) for n in nodes))


def _areas_meeting_any(state: StateDep, conn: Connection, c: str, where: ColumnElement[bool],
                       boxes: list[Box]) -> list[str]:
    """The ids of the areas meeting any of the boxes (two across the antimeridian), in id order."""
    if len(boxes) == 1:
        return [r.id for r in _areas_meeting(state, conn, c, where, boxes[0])]
    found: set[str] = set()
    for box in boxes:
        found.update(r.id for r in _areas_meeting(state, conn, c, where, box))
    return sorted(found)


def _areas_meeting(state: StateDep, conn: Connection, c: str, where: ColumnElement[bool], box: Box) -> list[Any]:
    """(id, bounds) of the areas of `c` matching `where` whose geometry meets `box`, in id order."""
    if c in EDITABLE:
        t = db.features.c
        candidates = conn.execute(select(t.id, t.version, t.minx, t.miny, t.maxx, t.maxy).where(where)
                                  .order_by(t.id)).all()

        def key(r: Any) -> Hashable:
            return (c, r.id, r.version)

        def load(keys: list[Any]) -> Iterable[tuple[Hashable, str]]:
            for chunk in chunks([k[1] for k in keys]):
                for r in conn.execute(select(t.id, t.version, t.geometry).where(
                        (t.collection == c) & t.id.in_(chunk))):
                    yield (c, r.id, r.version), r.geometry
    else:
        b = db.boundaries.c
        version = conn.execute(select(db.meta.c.value).where(db.meta.c.key == "boundaries_version")).scalar()
        candidates = conn.execute(select(b.code.label("id"), b.minx, b.miny, b.maxx, b.maxy).where(where)
                                  .order_by(b.code)).all()

        def key(r: Any) -> Hashable:
            return (c, r.id, version)

        def load(keys: list[Any]) -> Iterable[tuple[Hashable, str]]:
            for chunk in chunks([k[1] for k in keys]):
                for r in conn.execute(select(b.code, b.geometry).where(b.code.in_(chunk))):
                    yield (c, r.code, version), r.geometry
    return meeting(candidates, box, state.geometries, key, load)


def _rows_by_id(conn: Connection, c: str, cols: tuple[Any, ...], ids: list[str]) -> list[Any]:
    """The rows (columns `cols`) of these ids, in this order."""
    table, id_col = (db.features, db.features.c.id) if c in EDITABLE else (db.boundaries, db.boundaries.c.code)
    found = {}
    for chunk in chunks(ids):
        cond = id_col.in_(chunk) & ((db.features.c.collection == c) if c in EDITABLE
                                    else (db.boundaries.c.level == db.LEVEL_COLLECTIONS[c]))
        found.update((r.id, r) for r in conn.execute(select(*cols).select_from(table).where(cond)).all())
    return [found[i] for i in ids if i in found]


def _feature_filter(c: str, tag_codes: tuple[str | None, ...], status: str | None,
                    aid_point_id: str | None) -> ColumnElement[bool]:
    """The live features of `c` matching any of the codes of each tag filter given, and the rest."""
    t = db.features.c
    where = (t.collection == c) & ~t.deleted
    for name, given in zip(TAG_FILTERS, tag_codes):
        if given is not None:
            codes = {x.strip() for x in given.split(",") if x.strip()}
            if codes:
                known = sorted(codes & _KNOWN[name])
                cond: ColumnElement[bool] = false()
                for code in known:
                    cond = cond | t.tags.contains(f" {name}:{code} ", autoescape=True)
                where &= cond
    if status:
        known = sorted(set(status.split(",")) & _STATUSES)
        where &= t.status.in_(known) if known else false()
    if aid_point_id:
        where &= t.parent_id == canonical_id(aid_point_id)
    return where


def _views(reader: Reader, c: str, rows: list[Any]) -> list[View]:
    """What `reader` is shown of rows (feature_texts.View); hidden ones left out."""
    if c in EDITABLE:
        return [(r.id, shown[1], shown[2].encode()) for r in rows if (shown := reader.shown(r)) is not None]
    shapes = boundary_texts([r.geometry for r in rows])
    return [(r.id, g, _boundary_properties(r.id, r.name, r.level).encode()) for r, g in zip(rows, shapes)]


def _feature_collection(request: Request, views: list[View], returned: int, matched: int,
                        offset: int, limit: int, crs: str) -> Response:
    """One page of features as GeoJSON (coordinates in `crs`), with links to the next and previous pages.
    `returned`: how many of the matches the page covers (a hidden one among them is not in `views`).

    Assembled as UTF-8 bytes from the stored texts: no parse, no encoding of the page as a whole."""
    geometries = project_texts([g for _, g, _ in views], crs)
    feats = [b'{"type":"Feature","id":%b,"geometry":%b,"properties":%b}'
             % (json.dumps(fid).encode(), (g or "null").encode(), props)
             for (fid, _, props), g in zip(views, geometries)]
    links = [{"href": page_url(request), "rel": "self", "type": GEOJSON}]
    if offset + returned < matched:
        links.append({"href": page_url(request, offset=offset + returned, limit=limit), "rel": "next",
                      "type": GEOJSON})
    if offset > 0:
        links.append({"href": page_url(request, offset=max(0, offset - limit), limit=limit), "rel": "prev",
                      "type": GEOJSON})
    body = b"".join((b'{"type":"FeatureCollection","features":[', b",".join(feats), b"],",
                     f'"numberMatched":{matched},"numberReturned":{len(feats)},"links":{json.dumps(links)}}}'.encode()))
    return cached_text(request, body, media_type=GEOJSON, headers={"Vary": "Authorization", **content_crs(crs)})


def _boundary_properties(code: str, name: str, level: str) -> str:
    return json.dumps({"teryt": code, "name": name, "level": level}, ensure_ascii=False)


@router.get("/collections/{c}/queryables", summary="What a filter may name (Part 3), as JSON Schema",
            responses={200: {"content": {"application/schema+json": {}}, "description": "A JSON Schema"}})
def queryables(request: Request, c: str) -> Response:
    collection_or_404(c)
    refuse_unknown(request.query_params.keys(), (), f"/collections/{c}/queryables")
    doc = queryables_document(c, COLLECTIONS[c][0], url(request, f"/collections/{c}/queryables"))
    return json_text(json.dumps(doc, ensure_ascii=False), media_type="application/schema+json")


@router.get("/collections/{c}/items/{fid}", summary="One feature",
            responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON Feature with a strong ETag"}})
def item(request: Request, c: str, fid: str, state: StateDep,
         crs: str | None = Query(None, description="the CRS of the reply's coordinates (Part 2); CRS84 if absent"),
         ) -> Response:
    collection_or_404(c)
    refuse_unknown(request.query_params.keys(), ("crs",), f"/collections/{c}/items/{{featureId}}")
    out_crs = crs_of(crs, "crs")
    reader = Reader(user_of(state, request))
    if c not in EDITABLE:
        with state.engine.connect() as conn:
            b = conn.execute(select(db.boundaries).where(
                (db.boundaries.c.code == fid) & (db.boundaries.c.level == db.LEVEL_COLLECTIONS[c]))).first()
        if b is None:
            raise Problem(404, None, "not-found", params={"id": fid, "collection": c})
        geometry = project_texts(boundary_texts([b.geometry]), out_crs)[0]
        return json_text(_with_links(request, c, b.code, feature_text(b.code, geometry,
                                                                      _boundary_properties(b.code, b.name, b.level))),
                         media_type=GEOJSON, headers=content_crs(out_crs))
    with state.engine.connect() as conn:
        row = find_row(conn, c, fid)
    view, geometry, properties = visible_or_404(reader, row, c, fid)
    variant = "-".join(v for v in (reader.variant(view), _crs_variant(out_crs)) if v)
    tag = etag(row.version, variant)  # each representation its own tag
    headers = {"ETag": tag, "Vary": "Authorization", **content_crs(out_crs)}
    if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    geometry = project_texts([geometry], out_crs)[0]
    return json_text(_with_links(request, c, row.id, feature_text(row.id, geometry, properties)),
                     media_type=GEOJSON, headers=headers)


def _crs_variant(crs: str) -> str:
    """The ETag variant of a reply in `crs`: "" in the storage CRS, else e.g. "epsg2180"."""
    return "" if crs == STORAGE_CRS else "epsg" + crs.rsplit("/", 1)[-1]


def _with_links(request: Request, c: str, fid: str, feature: str) -> str:
    """A feature's text with its links (Part 1, /req/core/f-links): itself and its collection."""
    base = url(request, f"/collections/{c}")
    links = [{"href": f"{base}/items/{quote(fid, safe='')}", "rel": "self", "type": GEOJSON},
             {"href": base, "rel": "collection", "type": "application/json"}]
    return feature[:-1] + ',"links":' + json.dumps(links) + "}"


def find_row(conn: Any, c: str, fid: str) -> Any:
    """The stored row under any spelling of its UUID (canonical first), deleted ones included; or None."""
    canonical = canonical_id(fid)
    row = load_row(conn, c, canonical)
    if row is None and canonical != fid:
        row = load_row(conn, c, fid)  # stored before ids had to be canonical
    return row


def visible_or_404(reader: Reader, row: Any, c: str, fid: str) -> tuple[str, str | None, str]:
    """(view, geometry, properties) of the row for this reader, or 404. Only staff in scope learn that a
    feature was deleted, by whom and when; to everybody else a deleted or hidden feature does not exist."""
    if row is not None and row.deleted and reader.exact(row.teryt):
        raise Problem(404, None, "deleted", code="was-deleted",
                      params={"id": fid, "user": row.updated_by, "at": str(row.updated_at)})
    shown = reader.shown(row) if row is not None else None
    if shown is None:
        raise Problem(404, None, "not-found", params={"id": fid, "collection": c})
    return shown


# -- Part 4 ---------------------------------------------------------------------------------------


def _feature_body(body: Any) -> tuple[Any, Any, Any]:
    if not isinstance(body, dict) or body.get("type") != "Feature":
        raise Problem(400, None, "not-a-feature", params={})
    unknown = set(body) - {"type", "id", "geometry", "properties", "links", "bbox"}
    if unknown:
        raise Problem(422, None, "invalid", code="feature-members", params={"members": sorted(unknown)})
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
        raise Problem(422, None, "invalid", code="id-not-text", params={})
    applied = await write_features(state, user, lambda w: w.create(c, fid, props, geom))
    return _applied_response(applied, 201, request, c)


@router.put("/collections/{c}/items/{fid}", summary="Replace a feature (Part 4, If-Match required)")
async def replace(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    user = await writer_of(state, request)
    tags = if_match(request)
    body_id, props, geom = _feature_body(await read_json(state, request, (GEOJSON, "application/json")))
    if body_id not in (None, fid):
        raise Problem(422, None, "invalid", code="id-mismatch", params={"body_id": str(body_id), "id": fid})
    if not isinstance(props, dict):
        raise Problem(422, None, "invalid", code="properties-required", params={})

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
        raise Problem(400, None, "not-a-patch", params={})
    unknown = set(body) - {"type", "id", "properties", "geometry"}
    if unknown:
        raise Problem(422, None, "invalid", code="patch-members", params={"members": sorted(unknown)})
    if "geometry" in body and body["geometry"] is None:
        raise Problem(422, None, "invalid", code="geometry-null", params={})

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
