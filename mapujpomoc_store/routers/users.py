"""Who a token belongs to (/me) and the audit trail of a feature."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from .. import db
from ..privacy import Reader, history_entries
from ..problems import Problem
from ..state import StateDep
from .items import find_row
from .shared import collection_or_404, json_text, user_of

router = APIRouter()


@router.get("/me", summary="Who the token belongs to, with role and scope")
def me(request: Request, state: StateDep) -> dict[str, Any]:
    user = user_of(state, request, require=True)
    b = db.boundaries.c
    with state.engine.connect() as conn:
        state.index.refresh(conn)
        bbox = None
        if user.scope:  # the extent of the communes the user may edit
            cond = None
            for p in user.scope:
                part = b.code.startswith(p) & (b.level == "gmina")
                cond = part if cond is None else cond | part
            box = conn.execute(select(func.min(b.minx), func.min(b.miny), func.max(b.maxx),
                                      func.max(b.maxy)).where(cond)).one()
            bbox = list(box) if box[0] is not None else None
    return {"user": user.name, "role": user.role, "scope": user.scope,
            "scope_names": {p: state.index.names.get(p) for p in user.scope}, "scope_bbox": bbox,
            "writes_anywhere": user.nationwide}


@router.get("/collections/{c}/items/{fid}/history", summary="Audit trail of a feature",
            description="Staff in the feature's area see every entry with the user, also of deleted features. "
                        "Others see the history of live features they can see, with what the feature's "
                        "visibility allowed at each version; anonymous readers see the editor's role and "
                        "the feature's commune instead of the user (README, Privacy).")
def item_history(request: Request, c: str, fid: str, state: StateDep) -> Response:
    collection_or_404(c, editable=True)
    reader = Reader(user_of(state, request))
    h = db.history.c
    with state.engine.connect() as conn:
        row = find_row(conn, c, fid)
        entries = None
        if row is not None and (reader.exact(row.teryt) or reader.view(row) != "hidden"):
            rows = conn.execute(select(db.history).where((h.collection == c) & (h.feature_id == row.id))
                                .order_by(h.version)).all()
            entries = history_entries(reader, conn, state.index, c, row, rows)
    if entries is None:  # deleted or hidden: to this reader it does not exist, and nobody deleted it
        raise Problem(404, None, "not-found", params={"id": fid, "collection": c})
    # encoded here, not by FastAPI's encoder, which recurses per level of a value
    return json_text(json.dumps({"id": row.id, "collection": c, "history": entries}, ensure_ascii=False),
                     headers={"Vary": "Authorization"})
