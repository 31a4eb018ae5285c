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
from .geo import CommuneIndex


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


@dataclass(frozen=True)
class StoreState:
    settings: Settings
    engine: Engine
    write_engine: Engine  # the same pool; SQLite then begins with BEGIN IMMEDIATE (db.make_engine)
    index: CommuneIndex
    snapshots: snapshot.Snapshots

    @classmethod
    def create(cls, settings: Settings, engine: Engine | None = None) -> StoreState:
        engine = engine or db.make_engine(settings.db_url)
        return cls(settings=settings, engine=engine, write_engine=engine.execution_options(write=True),
                   index=CommuneIndex(), snapshots=snapshot.Snapshots(engine))


async def get_state(request: Request) -> StoreState:
    # async: a plain function would be sent to the thread pool on every request for a dictionary lookup
    return request.app.state.store


StateDep = Annotated[StoreState, Depends(get_state)]
