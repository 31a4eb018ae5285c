"""The sync feed: changes after a version, snapshots for a first sync, atomic changesets
(docs/ARCHITECTURE.md, *Sync*)."""

from __future__ import annotations

import json
from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import select

from .. import changesets, db, snapshot
from ..features import feature_text
from ..privacy import Reader
from ..state import StateDep
from .shared import collection_or_404, json_text, read_json, user_of, write, writer_of

router = APIRouter()

MAX_CHANGES = 100_000


@router.get("/collections/{c}/changes", summary="Changes after a global version (sync feed)",
            description="Every feature of the collection changed after version `since`, in version order, "
                        "with deletions as tombstones. Ask again with `since=cursor` while `more` is true.")
def changes(request: Request, c: str, state: StateDep, since: int = Query(0, ge=0, le=2**62),
            limit: int = Query(10_000, ge=1, le=MAX_CHANGES)) -> Response:
    collection_or_404(c, editable=True)
    reader = Reader(user_of(state, request))
    t = db.features.c
    with state.engine.connect() as conn:
        rows = conn.execute(select(t.id, t.version, t.deleted, t.teryt, t.public_view, t.public_x, t.public_y,
                                   t.geometry, t.properties).where(
            (t.collection == c) & (t.version > since)).order_by(t.version).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].version if rows else since
    # a feature this reader may not see (any more) is a tombstone: a client that had it drops it
    parts = []
    for r in rows:
        shown = reader.shown(r)
        parts.append(f'{{"id":{json.dumps(r.id)},"version":{r.version},"deleted":true,"feature":null}}'
                     if shown is None else f'{{"id":{json.dumps(r.id)},"version":{r.version},"deleted":false,'
                                           f'"feature":{feature_text(r.id, shown[1], shown[2])}}}')
    return json_text(f'{{"collection":"{c}","since":{since},"cursor":{cursor},"more":{str(more).lower()},'
                     f'"changes":[{",".join(parts)}]}}', headers={"Vary": "Authorization"})


@router.get("/collections/{c}/snapshot", summary="All live features at one version, as a SQLite file",
            description="For a first sync: a SQLite database with tables `meta` (format, collection, version) "
                        "and `features` (id, version, the geometry, then one column `p_<field>` per field, lists "
                        "as JSON text). Format 3 (the default): a GeoPackage geometry blob and its bounds per row. "
                        "Format 4: a point as `x`, `y` (`geom` NULL), any other geometry as a blob (`x`, `y` "
                        "NULL), rows by commune and name. `compression=bz2`: the file bzip2-compressed "
                        "(application/x-bzip2). Continue with `/changes?since=<version>`.",
            responses={200: {"content": {snapshot.MEDIA_TYPE: {}, snapshot.BZ2_MEDIA_TYPE: {}},
                             "description": "A SQLite database"}})
def get_snapshot(request: Request, c: str, state: StateDep,
                 format: int = Query(snapshot.LEGACY_FORMAT, ge=min(snapshot.FORMATS), le=max(snapshot.FORMATS)),
                 compression: Literal[snapshot.COMPRESSIONS] | None = Query(None)) -> Response:  # type: ignore[valid-type]
    collection_or_404(c, editable=True)
    reader = Reader(user_of(state, request))
    path, version = state.snapshots.get(c, reader, format, compression)
    media_type, suffix = (snapshot.BZ2_MEDIA_TYPE, ".sqlite.bz2") if compression else (snapshot.MEDIA_TYPE, ".sqlite")
    return FileResponse(path, media_type=media_type, filename=f"{c}-{version}{suffix}",
                        headers={"X-Mapujpomoc-Version": str(version), "X-Mapujpomoc-Snapshot-Format": str(format),
                                 "Vary": "Authorization"})


@router.post("/changesets", summary="Apply a batch of operations atomically and idempotently")
async def post_changeset(request: Request, state: StateDep) -> Response:
    user = await writer_of(state, request)
    cid, ops = changesets.parse(await read_json(state, request, ("application/json",)))
    status, text = await write(state, lambda conn: changesets.apply_json(conn, user, state.index, cid, ops))
    return Response(text, status_code=status, media_type="application/json")
