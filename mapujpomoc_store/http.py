"""HTTP plumbing around the routes, as ASGI middleware: gzip, HEAD, OPTIONS, CORS and the request log.

- gzip: JSON and GeoJSON replies and the snapshot download (a SQLite file compresses 3-8x) are compressed
  when the client accepts gzip (`requests`, GDAL, QGIS and browsers all do, and decompress transparently).
  Replies carrying an `ETag` are sent as they are: a strong ETag names one byte sequence, and Part 4 clients
  send it back in `If-Match`; single features are small anyway. The snapshot file is compressed all the
  same, its ETag made weak.
- QGIS: its OAPIF provider gets list properties as text (ogc/qgis_lists.py explains why).
- HEAD: every GET endpoint answers HEAD with the GET's status and headers and no body (RFC 9110 9.3.2).
- OPTIONS: 204 with `Allow` listing the methods of the path (404 for a path that does not exist).
- CORS (`Settings.cors_origins`, off by default): web maps on the listed origins (or `*`) may read from a
  browser, with GET and HEAD only; writes stay for the plugin and other non-browser clients, which CORS
  does not concern (docs: README, *Settings for a public store*).
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware, GZipResponder
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .access_log import FeatureCount, RequestLog
from .ogc.qgis_lists import QgisLists
from .proxy import ForwardedHeaders
from .snapshot import MEDIA_TYPE as SNAPSHOT
from .state import Settings

GZIP_MINIMUM = 1024  # bytes; below this, compressing saves less than it costs
GZIP_LEVEL = 6  # zlib's default: level 9 takes twice the time for 2-3 % less on GeoJSON
# files compressed despite an ETag (made weak): the snapshot, /api.html's Swagger UI (apidocs.py)
COMPRESS_TAGGED = (SNAPSHOT, "text/javascript", "application/javascript", "text/css")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
CORS_EXPOSED = ("ETag", "Link", "Content-Crs", "X-Mapujpomoc-Version", "Retry-After")
CORS_REQUEST_HEADERS = ("Accept", "Accept-Language", "If-None-Match", "Content-Crs")


class _KeepTaggedResponder(GZipResponder):
    """Starlette's gzip responder, leaving replies with an ETag uncompressed (see the module's docstring),
    except files (the snapshot, Swagger UI's): their ETag, which only Starlette's FileResponse sets, becomes weak, as
    a compressed variant's must (RFC 9110 8.8.1)."""

    async def send_with_compression(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(raw=message.setdefault("headers", []))
            media_type = headers.get("content-type", "").split(";")[0].strip()
            if "etag" in headers and media_type in COMPRESS_TAGGED:
                headers["etag"] = "W/" + headers["etag"].removeprefix("W/")
        await super().send_with_compression(message)
        if message["type"] != "http.response.start":
            return
        passed = self.content_encoding_set or self.partial_response or self.content_type_is_excluded
        headers = Headers(raw=message["headers"])
        if not passed and "etag" in headers and not headers["etag"].startswith("W/"):
            self.content_encoding_set = True  # the body then passes unchanged too
            await self.send(self.initial_message)


class Gzip(GZipMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "gzip" in Headers(scope=scope).get("accept-encoding", ""):
            responder = _KeepTaggedResponder(self.app, self.minimum_size, compresslevel=self.compresslevel,
                                             thread_minimum_size=self.thread_minimum_size,
                                             exclude_content_types=self.exclude_content_types)
            await responder(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class HeadAndOptions:
    """HEAD as a GET without the body; OPTIONS answered with the path's `Allow`."""

    def __init__(self, app: ASGIApp, router_app: FastAPI) -> None:
        self.app = app
        self.router_app = router_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
        elif scope["method"] == "HEAD":
            await self.app({**scope, "method": "GET"}, receive, _without_body(send))
        else:
            allowed = self.allowed(scope)
            if not allowed:  # no such path: the application's own 404 problem
                await self.app({**scope, "method": "GET"}, receive, send)
                return
            await send({"type": "http.response.start", "status": 204,
                        "headers": [(b"allow", ", ".join(allowed).encode())]})
            await send({"type": "http.response.body", "body": b""})

    def allowed(self, scope: Scope) -> list[str]:
        """The methods for which a route matches the path fully (FastAPI groups included routers, so each
        method is tried rather than read from the routes); files under a mount answer GET only."""
        methods = set()
        for method in METHODS:
            for route in self.router_app.router.routes:
                if route.matches({**scope, "method": method})[0] is Match.FULL:
                    methods.add("GET" if type(route) is Mount else method)
                    break
        if not methods:
            return []
        if "GET" in methods:
            methods.add("HEAD")
        return sorted(methods | {"OPTIONS"})


def _without_body(send: Send) -> Send:
    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            if not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b""})
            return
        await send(message)
    return send_head


def install(app: FastAPI, settings: Settings) -> None:
    """Add the middleware; the last added is the outermost: CORS sees a preflight before anything else. The
    request log (access_log.py) counts features inside gzip and bytes outside everything but the proxy headers."""
    if settings.request_log:
        app.add_middleware(FeatureCount)
    app.add_middleware(QgisLists)  # lists as text for QGIS's OAPIF provider (ogc/qgis_lists.py)
    app.add_middleware(Gzip, minimum_size=GZIP_MINIMUM, compresslevel=GZIP_LEVEL)
    app.add_middleware(HeadAndOptions, router_app=app)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "HEAD"],
                           allow_headers=list(CORS_REQUEST_HEADERS), expose_headers=list(CORS_EXPOSED),
                           allow_credentials=False, max_age=3600)
    if settings.request_log:
        app.add_middleware(RequestLog, path=settings.request_log)
    app.add_middleware(ForwardedHeaders, trusted=settings.forwarded_allow_ips)  # first: the others see the client


__all__ = ["Gzip", "HeadAndOptions", "install"]
