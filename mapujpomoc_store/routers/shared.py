"""Helpers several routers use: authentication, request bodies, ETags, URLs, write transactions."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from ..auth import ANONYMOUS, User, authenticate
from ..features import EDITABLE, Writer, etag
from ..problems import Problem
from ..state import StoreState

T = TypeVar("T")

GEOJSON = "application/geo+json"
MERGE_PATCH = "application/merge-patch+json"
COLLECTIONS = {
    "aid_points": ("Aid points", "Help points for refugees from Ukraine (editable)."),
    "service_areas": ("Service areas", "Areas served by aid points: drawn, buffers, travel time (editable)."),
    "wojewodztwa": ("Voivodeships", "PRG boundaries, read-only (2-digit TERYT)."),
    "powiaty": ("Counties", "PRG boundaries, read-only (4-digit TERYT)."),
    "gminy": ("Communes", "PRG boundaries, read-only (7-digit TERYT)."),
}


def user_of(state: StoreState, request: Request, *, require: bool = False) -> User:
    """The user behind the request's token, or ANONYMOUS (whose reads count against its address's limit)."""
    with state.engine.connect() as conn:
        user = authenticate(conn, request.headers.get("authorization"))
    if user is None:
        if require or not state.settings.anonymous_read:
            raise Problem(401, None, "unauthorized", code="token-required", params={},
                          headers={"WWW-Authenticate": 'Bearer realm="mapujpomoc"'})
        state.limits.read(request.client.host if request.client else "unknown")
        return ANONYMOUS
    return user


async def writer_of(state: StoreState, request: Request) -> User:
    """The authenticated user of a write (in the thread pool: authentication queries the database)."""
    user = await run_in_threadpool(user_of, state, request, require=True)
    state.limits.write(user.name)
    return user


async def read_json(state: StoreState, request: Request, media_types: tuple[str, ...]) -> Any:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in media_types:
        raise Problem(415, None, code="media-type" if ctype else "media-type-missing",
                      params={"accepted": list(media_types), "given": ctype})
    try:
        async with asyncio.timeout(state.settings.body_timeout):
            raw = await _read_body(request, state.settings.max_body)
    except TimeoutError:
        # a body trickling in (or never finished) would hold a worker's connection for ever
        raise Problem(408, None, "body-timeout", headers={"Connection": "close"},
                      params={"seconds": f"{state.settings.body_timeout:g}"}) from None
    try:
        # NaN and Infinity are not JSON (RFC 8259); Python would accept them and later fail to answer
        body = json.loads(raw, parse_constant=_not_json)
    except RecursionError:
        raise Problem(400, None, "malformed-json", code="json-too-deep", params={}) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise Problem(400, None, "malformed-json", params={"error": str(exc)}) from None
    if b"\\u0000" in raw and _holds_nul(body):
        raise Problem(400, None, "malformed-json", code="json-nul", params={})
    if b"\\u" in raw:
        # an escaped lone UTF-16 surrogate (\ud800) parses but cannot be stored as UTF-8
        try:
            json.dumps(body, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise Problem(400, None, "malformed-json", code="json-surrogate", params={}) from None
    return body


async def _read_body(request: Request, max_body: int) -> bytes:
    """The body, refused as soon as it is known to exceed `max_body` (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_body:
        raise Problem(413, None, code="body-too-large", params={"size": int(declared), "max": max_body})
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise Problem(413, None, code="body-too-large-streamed", params={"max": max_body})
        chunks.append(chunk)
    return b"".join(chunks)


def collection_or_404(c: str, editable: bool = False) -> None:
    if c not in COLLECTIONS:
        raise Problem(404, None, code="no-collection", params={"name": c, "collections": list(COLLECTIONS)})
    if editable and c not in EDITABLE:
        raise Problem(405, None, code="read-only-collection", params={"name": c})


def if_match(request: Request) -> list[str]:
    header = request.headers.get("if-match")
    if not header:
        raise Problem(428, None, "if-match-required", params={})
    return [t.strip() for t in header.split(",")]


def check_etag(tags: list[str], row: Any) -> None:
    if "*" not in tags and etag(row.version) not in tags:
        raise Problem(412, None, "stale", headers={"ETag": etag(row.version)},
                      params={"etag": etag(row.version), "sent": tags})


def base_url(request: Request) -> str:
    """The store's public address: the `public_url` setting; without one, what the request says."""
    configured = request.app.state.store.settings.public_url
    return (configured or str(request.base_url)).rstrip("/")


def url(request: Request, path: str) -> str:
    return base_url(request) + path


def page_url(request: Request, **params: Any) -> str:
    """The request's own URL on the public address, with `params` replacing those of its query."""
    query = request.url.include_query_params(**params).query if params else request.url.query
    return url(request, request.url.path) + (f"?{query}" if query else "")


def json_text(body: str, status: int = 200, media_type: str = "application/json",
              headers: dict[str, str] | None = None) -> Response:
    """A response from JSON already serialised (features are stored as JSON text: no parse and dump)."""
    return Response(body, status_code=status, media_type=media_type, headers=headers)


def cached_text(request: Request, body: str | bytes, media_type: str = "application/json",
                headers: dict[str, str] | None = None) -> Response:
    """A read reply with a weak ETag of its text, or 304 when the client's If-None-Match names it: a browser or
    a phone asking again for the same page saves the bytes. Weak, so the reply may still be gzipped (http.py)."""
    data = body.encode() if isinstance(body, str) else body
    tag = 'W/"' + hashlib.sha256(data).hexdigest()[:20] + '"'
    all_headers = {**(headers or {}), "ETag": tag, "Cache-Control": "no-cache"}
    held = [t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")]
    if tag.removeprefix("W/") in held:
        return Response(status_code=304, headers=all_headers)
    return Response(data, media_type=media_type, headers=all_headers)


async def write(state: StoreState, fn: Callable[[Connection], T]) -> T:
    """Run `fn(conn)` in a write transaction (rolled back on any error), in the thread pool."""
    def run() -> T:
        with state.write_engine.begin() as conn:
            return fn(conn)
    return await run_in_threadpool(run)


async def write_features(state: StoreState, user: User, fn: Callable[[Writer], T]) -> T:
    """Run `fn(writer)` in a write transaction; then the writer sends its pending rows and the new version."""
    def run(conn: Connection) -> T:
        w = Writer(conn, user, state.index)
        result = fn(w)
        w.finish()
        return result
    return await write(state, run)


async def refuse_nul(request: Request) -> None:
    """A NUL character in the path or the query is refused: no id, code or name has one, and PostgreSQL
    cannot even compare text with it (it would fail the query: a 500 instead of an answer)."""
    if "\x00" in request.url.path or any("\x00" in k or "\x00" in v for k, v in request.query_params.multi_items()):
        raise Problem(400, None, "invalid-parameter", code="request-nul", params={})


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


__all__ = ["COLLECTIONS", "GEOJSON", "MERGE_PATCH", "base_url", "check_etag", "collection_or_404", "if_match",
           "json_text", "page_url", "read_json", "refuse_nul", "url", "user_of", "write", "write_features",
           "writer_of"]
