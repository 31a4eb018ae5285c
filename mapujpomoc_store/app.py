"""The HTTP API: OGC API - Features Parts 1 and 4 plus the sync extensions.

Stateless: everything lives in the database, so several processes can serve
one PostgreSQL. Configuration comes from `Settings` (environment variables
when started by `serve`). `create_app` only assembles: the routes live in
`routers/`, one module per concern, and share one `StoreState` by dependency
injection (docs/ARCHITECTURE.md, *The store*).
"""

from __future__ import annotations

from fastapi import Depends, FastAPI
from sqlalchemy import Engine

from . import apidocs, http, web_api, web_page
from .routers import discovery, errors, items, revert, sync, users
from .routers.shared import refuse_nul
from .state import Settings, StoreState

DESCRIPTION = ("OGC API - Features (Parts 1 and 4) for help points for refugees from Ukraine, "
               "with a changes feed, atomic changesets, history and scopes.")


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    state = StoreState.create(settings or Settings.from_env(), engine)
    app = FastAPI(title="Mapuj Pomoc store", version="0.1.0", openapi_url=None, docs_url=None,
                  redoc_url=None, description=DESCRIPTION, dependencies=[Depends(refuse_nul)],
                  exception_handlers=errors.HANDLERS)
    app.state.store = state
    app.state.engine = state.engine
    for module in (discovery, items, sync, users, revert):  # in this order, as the OpenAPI document lists them
        app.include_router(module.router)
    app.include_router(web_api.router)  # /web/counts, /web/places: the public web page's reads
    apidocs.install(app)  # /api and /api.html (openapi.py: the document as the store really answers)
    web_page.install(app)  # the page at / for browsers, its files (docs/ARCHITECTURE.md, *Public web page*)
    http.install(app, state.settings)  # gzip, HEAD, OPTIONS, CORS
    return app


def create_app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` (several worker processes)."""
    return create_app(Settings.from_env())


__all__ = ["Settings", "StoreState", "create_app", "create_app_from_env"]
