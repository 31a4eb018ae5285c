"""/api (the OpenAPI document, by content negotiation) and /api.html (Swagger UI, with no CDN).

The Swagger UI files come from the `swagger-ui-bundle` package and are served by the store itself under
/api.html-assets/, so the page works on a network without internet access (a crisis office, a laptop
in the field). Links are built on the store's public address (routers/shared.py, `url`), so they keep a
reverse proxy's sub-path.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response

from .openapi import OPENAPI_30, document
from .problems import Problem
from .routers.shared import base_url, url

ASSETS = "/api.html-assets"


def _swagger_ui_dir() -> Path | None:
    try:
        import swagger_ui_bundle
    except ImportError:  # an optional dependency: /api.html then says how to get it
        return None
    return Path(swagger_ui_bundle.swagger_ui_path)


def _wants(request: Request) -> str:
    """The media type to answer /api with: the OpenAPI 3.0 type unless the client asks for plain JSON
    (or only for HTML: then the Swagger UI page)."""
    accept = request.headers.get("accept", "").lower()
    if "application/vnd.oai.openapi" in accept:
        return OPENAPI_30
    if "application/json" in accept:
        return "application/json"
    if "text/html" in accept:
        return "text/html"
    return OPENAPI_30


def install(app: FastAPI) -> None:
    """Add /api, /api.html and the Swagger UI assets; `app.openapi()` returns the served document."""
    app.openapi = lambda: document(app)  # type: ignore[method-assign]
    assets = _swagger_ui_dir()

    @app.get("/api", include_in_schema=False)
    def api(request: Request) -> Response:
        media_type = _wants(request)
        if media_type == "text/html":
            return RedirectResponse(url(request, "/api.html"), status_code=303)
        # the server, so that "Try it out" and generated clients call the store where this client reaches it
        # (a relative default would lose a reverse proxy's sub-path)
        doc = {**document(app), "servers": [{"url": base_url(request)}]}
        return JSONResponse(doc, media_type=media_type, headers={"Vary": "Accept"})

    @app.get("/api.html", include_in_schema=False)
    def api_html(request: Request) -> Response:
        if assets is None:
            return Response("Swagger UI is not installed: pip install swagger-ui-bundle. The OpenAPI document "
                            "is at " + url(request, "/api"), media_type="text/plain", status_code=503)
        return get_swagger_ui_html(openapi_url=url(request, "/api"), title=app.title + " - API",
                                   swagger_js_url=url(request, ASSETS + "/swagger-ui-bundle.js"),
                                   swagger_css_url=url(request, ASSETS + "/swagger-ui.css"),
                                   swagger_favicon_url=url(request, ASSETS + "/favicon-32x32.png"))

    # a route, not a StaticFiles mount: a mount would look for the file under the proxy's sub-path
    # (proxy.py keeps the path without it); only the package's own files are served
    files = {p.name: p for p in assets.iterdir() if p.is_file()} if assets is not None else {}

    @app.get(ASSETS + "/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        if name not in files:
            raise Problem(404, None, "not-found", code="no-swagger-file", params={"name": name})
        return FileResponse(files[name], headers={"Cache-Control": "public, max-age=86400"})


__all__ = ["ASSETS", "install"]
