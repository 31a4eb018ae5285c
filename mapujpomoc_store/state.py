"""What every request handler of the store shares: settings, engines, the commune index, the snapshots.

One `StoreState` is made by `app.create_app()` and kept on `app.state.store`; handlers receive it by
dependency injection (`state: StateDep`), so no handler closes over anything (docs/ARCHITECTURE.md,
*The store*).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from . import db, snapshot
from .bbox import GeometryCache
from .feature_texts import FeatureTexts
from .geo import CommuneIndex
from .match_counts import MatchCounts
from .ratelimit import READ_LIMIT, WRITE_LIMIT, RateLimits


@dataclass
class Settings:
    db_url: str = db.DEFAULT_DB
    anonymous_read: bool = True
    max_body: int = 10 * 1024 * 1024
    # the store's address as clients reach it (https://pomoc.example.org/api), for every link it builds;
    # None: taken from each request (its Host header), which a client controls
    public_url: str | None = None
    read_limit: str | None = READ_LIMIT
    write_limit: str | None = WRITE_LIMIT
    rate_limit_storage: str = "memory://"
    body_timeout: float = 60.0  # seconds to receive a request body; then 408
    # origins whose web pages may read with a browser (CORS, GET and HEAD only); "*" for any; empty: off
    cors_origins: tuple[str, ...] = ()
    # reverse proxies whose X-Forwarded-* headers are believed (proxy.py); uvicorn's notation and variable
    forwarded_allow_ips: str = "127.0.0.1"
    # a file to append one JSON line per request to (access_log.py), "-" for standard error; None: off
    request_log: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get
        return cls(db_url=env("MAPUJPOMOC_DB", db.DEFAULT_DB),
                   anonymous_read=env("MAPUJPOMOC_ANONYMOUS_READ", "1") not in ("0", "false", "no"),
                   max_body=int(env("MAPUJPOMOC_MAX_BODY", str(10 * 1024 * 1024))),
                   public_url=env("MAPUJPOMOC_PUBLIC_URL") or None,
                   read_limit=env("MAPUJPOMOC_READ_LIMIT", READ_LIMIT),
                   write_limit=env("MAPUJPOMOC_WRITE_LIMIT", WRITE_LIMIT),
                   rate_limit_storage=env("MAPUJPOMOC_RATE_LIMIT_STORAGE", "memory://"),
                   body_timeout=float(env("MAPUJPOMOC_BODY_TIMEOUT", "60")),
                   cors_origins=cors_origins(env("MAPUJPOMOC_CORS_ORIGINS", "")),
                   forwarded_allow_ips=env("FORWARDED_ALLOW_IPS") or "127.0.0.1",
                   request_log=env("MAPUJPOMOC_REQUEST_LOG") or None)


def cors_origins(text: str) -> tuple[str, ...]:
    """`https://a.example, https://b.example` or `*` (MAPUJPOMOC_CORS_ORIGINS, serve --cors-origins)."""
    return tuple(o.strip().rstrip("/") for o in text.split(",") if o.strip())


@dataclass(frozen=True)
class StoreState:
    settings: Settings
    engine: Engine
    write_engine: Engine  # the same pool; SQLite then begins with BEGIN IMMEDIATE (db.make_engine)
    index: CommuneIndex
    snapshots: snapshot.Snapshots
    geometries: GeometryCache  # parsed areas for bbox queries (bbox.py)
    feature_texts: FeatureTexts  # what pages show of features, by version (feature_texts.py)
    match_counts: MatchCounts  # numberMatched of recent queries, by data version (match_counts.py)
    limits: RateLimits

    @classmethod
    def create(cls, settings: Settings, engine: Engine | None = None) -> StoreState:
        engine = engine or db.make_engine(settings.db_url)
        return cls(settings=settings, engine=engine, write_engine=engine.execution_options(write=True),
                   index=CommuneIndex(), snapshots=snapshot.Snapshots(engine), geometries=GeometryCache(),
                   feature_texts=FeatureTexts(), match_counts=MatchCounts(),
                   limits=RateLimits(settings.read_limit, settings.write_limit, settings.rate_limit_storage))


async def get_state(request: Request) -> StoreState:
    # async: a plain function would be sent to the thread pool on every request for a dictionary lookup
    return request.app.state.store


StateDep = Annotated[StoreState, Depends(get_state)]
