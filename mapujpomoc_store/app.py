"""The HTTP API: OGC API - Features Parts 1 and 4 plus the sync extensions.

Stateless: everything lives in the database, so several processes can serve
one PostgreSQL. Configuration comes from `Settings` (environment variables
when started by `serve`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Any

import shapely
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import changesets, db, snapshot
from .auth import ANONYMOUS, User, authenticate
from .features import EDITABLE, Writer, etag, feature_text, load_row
from .geo import CommuneIndex
from .problems import MEDIA_TYPE, Problem

log = logging.getLogger("mapujpomoc_store")

GEOJSON = "application/geo+json"
MERGE_PATCH = "application/merge-patch+json"
COLLECTIONS = {
    "aid_points": ("Aid points", "Help points for refugees from Ukraine (editable)."),
    "service_areas": ("Service areas", "Areas served by aid points: drawn, buffers, travel time (editable)."),
    "wojewodztwa": ("Voivodeships", "PRG boundaries, read-only (2-digit TERYT)."),
    "powiaty": ("Counties", "PRG boundaries, read-only (4-digit TERYT)."),
    "gminy": ("Communes", "PRG boundaries, read-only (7-digit TERYT)."),
}
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
    "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
]
MAX_LIMIT = 10_000
MAX_CHANGES = 100_000


@dataclass
class Settings:
    db_url: str = db.DEFAULT_DB
    anonymous_read: bool = True
    max_body: int = 10 * 1024 * 1024

    @classmethod
    def from_env(cls) -> Settings:
        return cls(db_url=os.environ.get("MAPUJPOMOC_DB", db.DEFAULT_DB),
                   anonymous_read=os.environ.get("MAPUJPOMOC_ANONYMOUS_READ", "1") not in ("0", "false", "no"),
                   max_body=int(os.environ.get("MAPUJPOMOC_MAX_BODY", str(10 * 1024 * 1024))))


def problem_response(p: Problem, request: Request | None = None) -> JSONResponse:
    return JSONResponse(p.body(request.url.path if request else None), status_code=p.status,
                        headers=p.headers, media_type=MEDIA_TYPE)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = engine or db.make_engine(settings.db_url)
    write_engine = engine.execution_options(write=True)
    index = CommuneIndex()
    snapshots = snapshot.Snapshots(engine)
    app = FastAPI(title="Mapuj Pomoc store", version="0.1.0", openapi_url="/api", docs_url="/api.html",
                  redoc_url=None, dependencies=[Depends(_no_nul)],
                  description="OGC API - Features (Parts 1 and 4) for help points for refugees from Ukraine, "
                              "with a changes feed, atomic changesets, history and scopes.")
    app.state.engine = engine

    # -- errors -----------------------------------------------------------------------------------

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        return problem_response(Problem(400, "Invalid request parameters: " + "; ".join(parts),
                                        "invalid-parameter"), request)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = {404: f"There is nothing at {request.url.path}. See /api for the endpoints.",
                  405: f"{request.method} is not allowed on {request.url.path}."}.get(exc.status_code, str(exc.detail))
        return problem_response(Problem(exc.status_code, detail), request)

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    @app.exception_handler(PoolTimeoutError)
    async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        # the database is restarting, unreachable or busy: a temporary state, not a bug of the store
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
        return problem_response(Problem(
            503, "The store cannot reach its database just now; try again in a few seconds. A changeset sent with "
                 "this request may or may not have been applied: send it again with the same id and the store "
                 "answers with its result.", "database-unavailable", headers={"Retry-After": "5"}), request)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return problem_response(Problem(500, "The store hit an unexpected error; nothing was changed. "
                                             "The operator can find details in the store's log."), request)

    # -- helpers ----------------------------------------------------------------------------------

    def user_of(request: Request, *, require: bool = False) -> User:
        with engine.connect() as conn:
            user = authenticate(conn, request.headers.get("authorization"))
        if user is None:
            if require or not settings.anonymous_read:
                raise Problem(401, "This needs a token: send 'Authorization: Bearer <token>'.", "unauthorized",
                              headers={"WWW-Authenticate": 'Bearer realm="mapujpomoc"'})
            return ANONYMOUS
        return user

    async def read_json(request: Request, media_types: tuple[str, ...]) -> Any:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in media_types:
            raise Problem(415, f"Send the body as {' or '.join(media_types)}, not {ctype or 'no content type'}.")
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_body:
            raise Problem(413, f"The body is {int(declared)} bytes; at most {settings.max_body} are accepted. "
                               "Send fewer features per request.")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.max_body:
                raise Problem(413, f"The body exceeds {settings.max_body} bytes. Send fewer features per request.")
            chunks.append(chunk)
        raw = b"".join(chunks)
        try:
            # NaN and Infinity are not JSON (RFC 8259); Python would accept them and later fail to answer
            body = json.loads(raw, parse_constant=_not_json)
        except RecursionError:
            raise Problem(400, "The JSON is nested too deeply to be a feature.", "malformed-json") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise Problem(400, f"The body is not valid JSON: {exc}.", "malformed-json") from None
        if b"\\u0000" in raw and _holds_nul(body):
            raise Problem(400, "The body holds a NUL character (\\u0000), which no id, code or text may contain.",
                          "malformed-json")
        if b"\\u" in raw:
            # an escaped lone UTF-16 surrogate (\ud800) parses but cannot be stored as UTF-8
            try:
                json.dumps(body, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                raise Problem(400, "The body is not valid JSON text: it holds an unpaired UTF-16 surrogate "
                                   "escape (\\ud800-\\udfff).", "malformed-json") from None
        return body

    def collection_or_404(c: str, editable: bool = False) -> None:
        if c not in COLLECTIONS:
            raise Problem(404, f"There is no collection '{c}'. Collections: {', '.join(COLLECTIONS)}.")
        if editable and c not in EDITABLE:
            raise Problem(405, f"Collection '{c}' is read-only; boundaries change only by an operator's import.")

    def if_match(request: Request) -> list[str]:
        header = request.headers.get("if-match")
        if not header:
            raise Problem(428, "Writes need an 'If-Match' header with the feature's ETag (GET the item first), "
                               "so nobody overwrites a change they have not seen.", "if-match-required")
        return [t.strip() for t in header.split(",")]

    def check_etag(tags: list[str], row: Any) -> None:
        if "*" not in tags and etag(row.version) not in tags:
            raise Problem(412, f"The feature changed: its ETag is now {etag(row.version)}, you sent "
                               f"{', '.join(tags)}. GET it again and reapply your change.", "stale",
                          headers={"ETag": etag(row.version)})

    def url(request: Request, path: str) -> str:
        return str(request.base_url).rstrip("/") + path

    def json_text(body: str, status: int = 200, media_type: str = "application/json",
                  headers: dict[str, str] | None = None) -> Response:
        return Response(body, status_code=status, media_type=media_type, headers=headers)

    def write(fn: Any) -> Any:
        """Run `fn(conn)` in a write transaction (rolled back on any error)."""
        def run() -> Any:
            with write_engine.begin() as conn:
                return fn(conn)
        return run_in_threadpool(run)

    # -- Part 1 -----------------------------------------------------------------------------------

    @app.get("/", summary="Landing page")
    def landing(request: Request) -> dict[str, Any]:
        return {"title": "Mapuj Pomoc", "description": app.description, "links": [
            {"href": url(request, "/"), "rel": "self", "type": "application/json", "title": "This document"},
            {"href": url(request, "/api"), "rel": "service-desc",
             "type": "application/vnd.oai.openapi+json;version=3.1", "title": "OpenAPI definition"},
            {"href": url(request, "/api.html"), "rel": "service-doc", "type": "text/html", "title": "API docs"},
            {"href": url(request, "/conformance"), "rel": "conformance", "type": "application/json",
             "title": "Conformance classes"},
            {"href": url(request, "/collections"), "rel": "data", "type": "application/json",
             "title": "Collections"},
        ]}

    @app.get("/conformance", summary="Conformance classes")
    def conformance() -> dict[str, Any]:
        return {"conformsTo": CONFORMANCE}

    def collection_doc(request: Request, c: str, conn: Any) -> dict[str, Any]:
        if c in EDITABLE:
            q = select(func.min(db.features.c.minx), func.min(db.features.c.miny), func.max(db.features.c.maxx),
                       func.max(db.features.c.maxy)).where((db.features.c.collection == c) & ~db.features.c.deleted)
        else:
            b = db.boundaries.c
            q = select(func.min(b.minx), func.min(b.miny), func.max(b.maxx), func.max(b.maxy)).where(
                b.level == db.LEVEL_COLLECTIONS[c])
        bbox = list(conn.execute(q).one())
        if bbox[0] is None:
            bbox = [14.07, 49.0, 24.15, 54.84]  # Poland, for an empty collection
        title, description = COLLECTIONS[c]
        base = url(request, f"/collections/{c}")
        extra = {}
        if c not in EDITABLE:  # lets clients skip downloading unchanged boundaries
            extra["boundaries_version"] = conn.execute(select(db.meta.c.value).where(
                db.meta.c.key == "boundaries_version")).scalar()
        return {**extra, "id": c, "title": title, "description": description, "itemType": "feature",
                "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
                "extent": {"spatial": {"bbox": [bbox], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
                "links": [{"href": base, "rel": "self", "type": "application/json", "title": title},
                          {"href": base + "/items", "rel": "items", "type": GEOJSON, "title": title}]}

    @app.get("/collections", summary="Collections")
    def collections(request: Request) -> dict[str, Any]:
        user_of(request)
        with engine.connect() as conn:
            cols = [collection_doc(request, c, conn) for c in COLLECTIONS]
        return {"collections": cols, "links": [
            {"href": url(request, "/collections"), "rel": "self", "type": "application/json"}]}

    @app.get("/collections/{c}", summary="One collection")
    def collection(request: Request, c: str) -> dict[str, Any]:
        collection_or_404(c)
        user_of(request)
        with engine.connect() as conn:
            return collection_doc(request, c, conn)

    @app.get("/collections/{c}/items", summary="Features, paged",
             responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON FeatureCollection"}})
    def items(request: Request, c: str,
              limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
              bbox: str | None = Query(None, description="minLon,minLat,maxLon,maxLat"),
              help_type: str | None = Query(None, description="comma-separated help type codes (any of)"),
              form: str | None = None, language: str | None = None, target_group: str | None = None,
              status: str | None = None, teryt: str | None = Query(None, pattern=r"^\d{1,7}$"),
              aid_point_id: str | None = None) -> Response:
        collection_or_404(c)
        user_of(request)
        if c in EDITABLE:
            t = db.features.c
            where = (t.collection == c) & ~t.deleted
            for name, prefix in (("help", help_type), ("form", form), ("lang", language), ("group", target_group)):
                if prefix is not None:
                    codes = [x.strip() for x in prefix.split(",") if x.strip()]
                    cond = None
                    for code in codes:
                        part = t.tags.contains(f" {name}:{code} ", autoescape=True)
                        cond = part if cond is None else cond | part
                    if cond is not None:
                        where &= cond
            if status:
                where &= t.status.in_(status.split(","))
            if aid_point_id:
                where &= t.parent_id == aid_point_id
            order = t.id
            cols = (t.id, t.geometry, t.properties)
        else:
            t = db.boundaries.c
            where = t.level == db.LEVEL_COLLECTIONS[c]
            order = t.code
            cols = (t.code.label("id"), t.geometry, t.name, t.level)
        if teryt:
            where &= (t.teryt if c in EDITABLE else t.code).startswith(teryt)
        if bbox:
            try:
                x0, y0, x1, y1 = (float(v) for v in bbox.split(","))
            except ValueError:
                raise Problem(400, "bbox must be four numbers: minLon,minLat,maxLon,maxLat.",
                              "invalid-parameter") from None
            where &= (t.maxx >= x0) & (t.minx <= x1) & (t.maxy >= y0) & (t.miny <= y1)
        with engine.connect() as conn:
            if bbox and c != "aid_points":
                # for areas the stored bounds only preselect: a polygon whose bounds touch the bbox may
                # itself lie outside it, and OGC API Features returns only geometries that intersect it
                rows = conn.execute(select(*cols).where(where).order_by(order)).all()
                hits = shapely.intersects(shapely.from_geojson([r.geometry for r in rows]),
                                          shapely.box(x0, y0, x1, y1)) if rows else []
                rows = [r for r, hit in zip(rows, hits) if hit]
                matched, rows = len(rows), rows[offset:offset + limit]
            else:
                matched = conn.execute(select(func.count()).where(where).select_from(
                    db.features if c in EDITABLE else db.boundaries)).scalar_one()
                rows = conn.execute(select(*cols).where(where).order_by(order).limit(limit).offset(offset)).all()
        if c in EDITABLE:
            feats = [feature_text(r.id, r.geometry, r.properties) for r in rows]
        else:
            feats = [feature_text(r.id, r.geometry, json.dumps({"teryt": r.id, "name": r.name, "level": r.level},
                                                               ensure_ascii=False)) for r in rows]
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

    def item_row(c: str, fid: str) -> Any:
        with engine.connect() as conn:
            row = load_row(conn, c, fid)
        if row is None:
            raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
        if row.deleted:
            raise Problem(404, f"Feature {fid} was deleted by {row.updated_by} at {row.updated_at}.", "deleted")
        return row

    @app.get("/collections/{c}/items/{fid}", summary="One feature",
             responses={200: {"content": {GEOJSON: {}}, "description": "A GeoJSON Feature with a strong ETag"}})
    def item(request: Request, c: str, fid: str) -> Response:
        collection_or_404(c)
        user_of(request)
        if c not in EDITABLE:
            with engine.connect() as conn:
                b = conn.execute(select(db.boundaries).where(
                    (db.boundaries.c.code == fid) & (db.boundaries.c.level == db.LEVEL_COLLECTIONS[c]))).first()
            if b is None:
                raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
            return json_text(feature_text(b.code, b.geometry, json.dumps(
                {"teryt": b.code, "name": b.name, "level": b.level}, ensure_ascii=False)), media_type=GEOJSON)
        row = item_row(c, fid)
        tag = etag(row.version)
        if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers={"ETag": tag})
        return json_text(feature_text(row.id, row.geometry, row.properties), media_type=GEOJSON,
                         headers={"ETag": tag})

    # -- Part 4 -----------------------------------------------------------------------------------

    def feature_body(body: Any) -> tuple[Any, Any, Any]:
        if not isinstance(body, dict) or body.get("type") != "Feature":
            raise Problem(400, "The body must be a GeoJSON Feature: {\"type\": \"Feature\", \"geometry\": ..., "
                               "\"properties\": {...}}.", "not-a-feature")
        unknown = set(body) - {"type", "id", "geometry", "properties", "links", "bbox"}
        if unknown:
            raise Problem(422, f"Unknown member(s) of the Feature: {', '.join(sorted(unknown))}.", "invalid")
        return body.get("id"), body.get("properties"), body.get("geometry")

    def applied_response(applied: Any, status: int, request: Request, c: str) -> Response:
        headers = {"ETag": etag(applied.version)}
        if status == 201:
            headers["Location"] = url(request, f"/collections/{c}/items/{applied.id}")
        return JSONResponse(applied.feature, status_code=status, headers=headers, media_type=GEOJSON)

    @app.post("/collections/{c}/items", status_code=201, summary="Create a feature (Part 4)")
    async def create(request: Request, c: str) -> Response:
        collection_or_404(c, editable=True)
        user = await run_in_threadpool(user_of, request, require=True)
        fid, props, geom = feature_body(await read_json(request, (GEOJSON, "application/json")))
        if fid is not None and not isinstance(fid, str):
            raise Problem(422, "The feature id must be a UUID string.", "invalid")
        applied = await write(lambda conn: _finish(Writer(conn, user, index), lambda w: w.create(c, fid, props, geom)))
        return applied_response(applied, 201, request, c)

    @app.put("/collections/{c}/items/{fid}", summary="Replace a feature (Part 4, If-Match required)")
    async def replace(request: Request, c: str, fid: str) -> Response:
        collection_or_404(c, editable=True)
        user = await run_in_threadpool(user_of, request, require=True)
        tags = if_match(request)
        body_id, props, geom = feature_body(await read_json(request, (GEOJSON, "application/json")))
        if body_id not in (None, fid):
            raise Problem(422, f"The body's id {body_id} differs from the URL's {fid}.", "invalid")
        if not isinstance(props, dict):
            raise Problem(422, "A replacement needs 'properties' as an object.", "invalid")

        def run(w: Writer) -> Any:
            row = w.current(c, fid)
            check_etag(tags, row)
            full = {k: props.get(k) for k in _editable_names(c)}
            unknown = {k: v for k, v in props.items() if k not in full}
            return w.update(c, row, {**full, **unknown}, geom if geom is not None else {})
        applied = await write(lambda conn: _finish(Writer(conn, user, index), run))
        return applied_response(applied, 200, request, c)

    @app.patch("/collections/{c}/items/{fid}", summary="Update a feature (JSON Merge Patch, If-Match required)")
    async def patch(request: Request, c: str, fid: str) -> Response:
        collection_or_404(c, editable=True)
        user = await run_in_threadpool(user_of, request, require=True)
        tags = if_match(request)
        body = await read_json(request, (MERGE_PATCH,))
        if not isinstance(body, dict):
            raise Problem(400, "A merge patch of a Feature is a JSON object like {\"properties\": {\"phone\": "
                               "\"+48 ...\"}}.", "not-a-patch")
        unknown = set(body) - {"type", "id", "properties", "geometry"}
        if unknown:
            raise Problem(422, f"Unknown member(s) in the patch: {', '.join(sorted(unknown))}.", "invalid")
        if "geometry" in body and body["geometry"] is None:
            raise Problem(422, "A feature cannot lose its geometry; send a new one instead of null.", "invalid")

        def run(w: Writer) -> Any:
            row = w.current(c, fid)
            check_etag(tags, row)
            return w.update(c, row, body.get("properties") or {}, body.get("geometry"))
        applied = await write(lambda conn: _finish(Writer(conn, user, index), run))
        return applied_response(applied, 200, request, c)

    @app.delete("/collections/{c}/items/{fid}", status_code=204, summary="Delete a feature (If-Match required)")
    async def delete(request: Request, c: str, fid: str) -> Response:
        collection_or_404(c, editable=True)
        user = await run_in_threadpool(user_of, request, require=True)
        tags = if_match(request)

        def run(w: Writer) -> Any:
            row = w.current(c, fid)
            check_etag(tags, row)
            return w.delete(c, row)
        await write(lambda conn: _finish(Writer(conn, user, index), run))
        return Response(status_code=204)

    # -- extensions -------------------------------------------------------------------------------

    @app.get("/collections/{c}/changes", summary="Changes after a global version (sync feed)",
             description="Every feature of the collection changed after version `since`, in version order, "
                         "with deletions as tombstones. Ask again with `since=cursor` while `more` is true.")
    def changes(request: Request, c: str, since: int = Query(0, ge=0, le=2**62),
                limit: int = Query(10_000, ge=1, le=MAX_CHANGES)) -> Response:
        collection_or_404(c, editable=True)
        user_of(request)
        t = db.features.c
        with engine.connect() as conn:
            rows = conn.execute(select(t.id, t.version, t.deleted, t.geometry, t.properties).where(
                (t.collection == c) & (t.version > since)).order_by(t.version).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = rows[-1].version if rows else since
        parts = [(f'{{"id":{json.dumps(r.id)},"version":{r.version},"deleted":true,"feature":null}}' if r.deleted
                  else f'{{"id":{json.dumps(r.id)},"version":{r.version},"deleted":false,"feature":'
                       f'{feature_text(r.id, r.geometry, r.properties)}}}') for r in rows]
        return json_text(f'{{"collection":"{c}","since":{since},"cursor":{cursor},"more":{str(more).lower()},'
                         f'"changes":[{",".join(parts)}]}}')

    @app.get("/collections/{c}/snapshot", summary="All live features at one version, as a SQLite file",
             description="For a first sync: a SQLite database with tables `meta` (format, collection, version) "
                         "and `features` (id, version, GeoPackage geometry blob and bounds, then one column "
                         "`p_<field>` per field, lists as JSON text). Continue with `/changes?since=<version>`.",
             responses={200: {"content": {snapshot.MEDIA_TYPE: {}}, "description": "A SQLite database"}})
    def get_snapshot(request: Request, c: str) -> Response:
        collection_or_404(c, editable=True)
        user_of(request)
        path, version = snapshots.get(c)
        return FileResponse(path, media_type=snapshot.MEDIA_TYPE, filename=f"{c}-{version}.sqlite",
                            headers={"X-Mapujpomoc-Version": str(version)})

    @app.post("/changesets", summary="Apply a batch of operations atomically and idempotently")
    async def post_changeset(request: Request) -> Response:
        user = await run_in_threadpool(user_of, request, require=True)
        cid, ops = changesets.parse(await read_json(request, ("application/json",)))
        status, text = await write(lambda conn: changesets.apply_json(conn, user, index, cid, ops))
        return Response(text, status_code=status, media_type="application/json")

    @app.get("/me", summary="Who the token belongs to, with role and scope")
    def me(request: Request) -> dict[str, Any]:
        user = user_of(request, require=True)
        b = db.boundaries.c
        with engine.connect() as conn:
            index.refresh(conn)
            bbox = None
            if user.scope:
                cond = None
                for p in user.scope:
                    part = b.code.startswith(p) & (b.level == "gmina")
                    cond = part if cond is None else cond | part
                box = conn.execute(select(func.min(b.minx), func.min(b.miny), func.max(b.maxx),
                                          func.max(b.maxy)).where(cond)).one()
                bbox = list(box) if box[0] is not None else None
        return {"user": user.name, "role": user.role, "scope": user.scope,
                "scope_names": {p: index.names.get(p) for p in user.scope}, "scope_bbox": bbox,
                "writes_anywhere": user.nationwide}

    @app.get("/collections/{c}/items/{fid}/history", summary="Audit trail of a feature")
    def item_history(request: Request, c: str, fid: str) -> dict[str, Any]:
        collection_or_404(c, editable=True)
        user_of(request)
        h = db.history.c
        with engine.connect() as conn:
            if load_row(conn, c, fid) is None:
                raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
            rows = conn.execute(select(db.history).where((h.collection == c) & (h.feature_id == fid))
                                .order_by(h.version)).all()
        return {"id": fid, "collection": c, "history": [
            {"version": r.version, "op": r.op, "user": r.user_name, "at": r.at, "changeset": r.changeset,
             "changes": [{"field": k, "old": v[0], "new": v[1]} for k, v in json.loads(r.changes).items()]}
            for r in rows]}

    return app


async def _no_nul(request: Request) -> None:
    """A NUL character in the path or the query is refused: no id, code or name has one, and PostgreSQL
    cannot even compare text with it (it would fail the query: a 500 instead of an answer)."""
    if "\x00" in request.url.path or any("\x00" in k or "\x00" in v for k, v in request.query_params.multi_items()):
        raise Problem(400, "The request holds a NUL character (%00), which no id, code or parameter may contain.",
                      "invalid-parameter")


def _holds_nul(body: Any) -> bool:
    stack = [body]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return True
        elif isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON number")


def _editable_names(c: str) -> list[str]:
    from mapujpomoc_model.schema import editable_fields
    return [f.name for f in editable_fields(c)]


def _finish(w: Writer, fn: Any) -> Any:
    result = fn(w)
    w.finish()
    return result


def create_app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` (several worker processes)."""
    return create_app(Settings.from_env())


__all__ = ["create_app", "create_app_from_env"]
