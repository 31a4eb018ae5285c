"""The public web page (docs/ARCHITECTURE.md, *Public web page*): `/` for browsers, its files, the service worker.

`make web` builds `web/` (Leaflet, supercluster, a QR code library; bundled and minified by esbuild) into
`mapujpomoc_store/web_dist/` (or `MAPUJPOMOC_WEB_DIR`). This module serves what is there:

- `/`: the page for clients that prefer HTML (browsers; `?f=html`), the OGC landing page for everyone
  else (`?f=json`, `Accept: application/json`, no Accept at all): `WebPageNegotiation` answers the first and
  passes the rest to the landing route, adding `Vary: Accept` to both.
- The page carries what it needs to start inline: the basemap (`MAPUJPOMOC_TILE_URL`,
  `MAPUJPOMOC_TILE_ATTRIBUTION`), the catalog's labels from `mapujpomoc_model.catalog` (pl, uk, en; the
  Russian ones come from the page's own `i18n/ru.json`) and its messages in four languages, so the first
  screen needs no second round trip.
- `/web/assets/<file>`: the bundle (names carry a content hash: cached for a year), the icons (a day).
- `/sw.js` and `/manifest.webmanifest` at the root, so the service worker's scope is the whole page.

Every file is gzipped once when the store starts and served with an `ETag` (304 on `If-None-Match`). With
no build present the page is off and `/` stays the landing page for everyone.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import Headers, MutableHeaders, QueryParams
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mapujpomoc_model import catalog

from .problems import Problem

DEFAULT_DIR = Path(__file__).resolve().parent / "web_dist"
DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
WEB_LANGUAGES = ("uk", "pl", "en", "ru")
BOOT_MARK = "__MAPUJPOMOC_BOOT__"  # in index.html, replaced by the page's start data
ASSETS_MARK = "__MAPUJPOMOC_ASSETS__"  # in sw.js, replaced by the list of files to keep offline
YEAR, DAY = 31_536_000, 86_400
CATALOG_TABLES = {"help_types": catalog.HELP_TYPES, "forms": catalog.FORMS, "target_groups": catalog.TARGET_GROUPS,
                  "languages": catalog.SPOKEN_LANGUAGES}

router = APIRouter()


def web_dir() -> Path:
    return Path(os.environ.get("MAPUJPOMOC_WEB_DIR") or DEFAULT_DIR)


@dataclass(frozen=True)
class WebFile:
    body: bytes
    gzipped: bytes
    media_type: str
    etag: str
    cache: str

    @classmethod
    def of(cls, body: bytes, media_type: str, cache: str) -> WebFile:
        tag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        return cls(body, gzip.compress(body, 9, mtime=0), media_type, tag, cache)

    def response(self, request_headers: Headers) -> Response:
        headers = {"ETag": self.etag, "Cache-Control": self.cache, "Vary": "Accept-Encoding",
                   "X-Content-Type-Options": "nosniff"}
        tags = [t.strip().removeprefix("W/") for t in request_headers.get("if-none-match", "").split(",")]
        if self.etag in tags:
            return Response(status_code=304, headers=headers)
        if "gzip" in request_headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"  # the gzip middleware leaves an encoded reply as it is
            return Response(self.gzipped, media_type=self.media_type, headers=headers)
        return Response(self.body, media_type=self.media_type, headers=headers)


def catalog_labels(ru: dict[str, str]) -> dict[str, dict[str, dict[str, str]]]:
    """{table: {code: {lang: label}}} for the page: the model's pl/uk/en, Russian from the page's messages
    (key "<table>.<code>"), English where a Russian label is missing."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for table, entries in CATALOG_TABLES.items():
        out[table] = {e.code: {"pl": e.pl, "uk": e.uk, "en": e.en, "ru": ru.get(f"{table}.{e.code}", e.en)}
                      for e in entries}
    return out


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script> (no "</script>", no HTML comment openers)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


class WebBundle:
    """The built page's files, read and compressed once."""

    def __init__(self, root: Path, tile_url: str, attribution: str) -> None:
        self.files: dict[str, WebFile] = {}
        messages = {lang: json.loads((root / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
                    for lang in WEB_LANGUAGES}
        boot = {"tiles": {"url": tile_url, "attribution": attribution, "maxZoom": 19},
                "catalog": catalog_labels(messages["ru"].get("catalog", {})),
                "messages": {lang: {k: v for k, v in m.items() if k != "catalog"} for lang, m in messages.items()}}
        html = (root / "index.html").read_text(encoding="utf-8").replace(BOOT_MARK, _script_json(boot))
        self.page = WebFile.of(html.encode(), "text/html; charset=utf-8", "no-cache")
        assets = []
        for path in sorted(p for p in (root / "assets").rglob("*") if p.is_file()):
            name = path.relative_to(root / "assets").as_posix()
            hashed = "-" in path.stem and path.suffix in (".js", ".css")  # esbuild's [name]-[hash]
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if path.suffix == ".js":
                media = "text/javascript; charset=utf-8"
            self.files[name] = WebFile.of(path.read_bytes(), media,
                                          f"public, max-age={YEAR}, immutable" if hashed else f"public, max-age={DAY}")
            assets.append("web/assets/" + name)
        version = hashlib.sha256(self.page.etag.encode() + "".join(assets).encode()).hexdigest()[:12]
        worker = (root / "sw.js").read_text(encoding="utf-8").replace(
            ASSETS_MARK, _script_json({"version": version, "files": ["./?f=html", *assets]}))
        self.worker = WebFile.of(worker.encode(), "text/javascript; charset=utf-8", "no-cache")
        self.manifest = WebFile.of((root / "manifest.webmanifest").read_bytes(), "application/manifest+json",
                                   f"public, max-age={DAY}")

    @classmethod
    def load(cls) -> WebBundle | None:
        root = web_dir()
        if not (root / "index.html").exists():
            return None
        return cls(root, os.environ.get("MAPUJPOMOC_TILE_URL") or DEFAULT_TILES,
                   os.environ.get("MAPUJPOMOC_TILE_ATTRIBUTION") or DEFAULT_ATTRIBUTION)


def wants_page(headers: Headers, query: QueryParams) -> bool:
    """Whether a request for `/` gets the page: `f=html`, or HTML accepted with at least JSON's quality."""
    f = query.get("f")
    if f in ("html", "json"):
        return f == "html"
    quality: dict[str, float] = {}
    for part in headers.get("accept", "").lower().split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        quality[media] = max(q, quality.get(media, 0.0))
    html = quality.get("text/html", 0.0)
    json_q = max(quality.get("application/json", 0.0), quality.get("*/*", 0.0) if "application/json" not in quality
                 else 0.0)
    return html > 0 and html >= json_q


class WebPageNegotiation:
    """`/` by content negotiation: the page for browsers, the landing route's JSON for the rest."""

    def __init__(self, app: ASGIApp, bundle: WebBundle | None) -> None:
        self.app = app
        self.bundle = bundle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.bundle is not None and wants_page(headers, QueryParams(scope.get("query_string", b""))):
            response = self.bundle.page.response(headers)
            response.headers["Vary"] = "Accept, Accept-Encoding"
            await response(scope, receive, send)
            return

        async def vary_accept(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(raw=message.setdefault("headers", [])).append("Vary", "Accept")
            await send(message)
        await self.app(scope, receive, vary_accept)


def _bundle(request: Request) -> WebBundle:
    bundle = request.app.state.web_bundle
    if bundle is None:
        raise Problem(404, None, "not-found", code="web-not-built", params={})
    return bundle


@router.get("/web/assets/{name:path}", include_in_schema=False)
def asset(name: str, request: Request) -> Response:
    bundle = _bundle(request)
    if name not in bundle.files:
        raise Problem(404, None, "not-found", code="no-web-file", params={"name": name})
    return bundle.files[name].response(request.headers)


@router.get("/sw.js", include_in_schema=False)
def service_worker(request: Request) -> Response:
    response = _bundle(request).worker.response(request.headers)
    response.headers["Service-Worker-Allowed"] = "./"
    return response


@router.get("/manifest.webmanifest", include_in_schema=False)
def manifest(request: Request) -> Response:
    return _bundle(request).manifest.response(request.headers)


def install(app: Any) -> None:
    """Load the built page (if any), add its routes and the negotiation of `/` (innermost middleware: gzip,
    HEAD and the proxy headers, added later, wrap it)."""
    bundle = WebBundle.load()
    app.state.web_bundle = bundle
    app.include_router(router)
    app.add_middleware(WebPageNegotiation, bundle=bundle)


__all__ = ["WebBundle", "WebPageNegotiation", "install", "wants_page"]
