"""Who a token belongs to (/me) and the audit trail of a feature."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import func, select

from .. import db
from ..features import load_row
from ..problems import Problem
from ..state import StateDep
from .shared import collection_or_404, user_of

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


@router.get("/collections/{c}/items/{fid}/history", summary="Audit trail of a feature")
def item_history(request: Request, c: str, fid: str, state: StateDep) -> dict[str, Any]:
    collection_or_404(c, editable=True)
    user_of(state, request)
    h = db.history.c
    with state.engine.connect() as conn:
        if load_row(conn, c, fid) is None:
            raise Problem(404, f"There is no feature {fid} in {c}.", "not-found")
        rows = conn.execute(select(db.history).where((h.collection == c) & (h.feature_id == fid))
                            .order_by(h.version)).all()
    return {"id": fid, "collection": c, "history": [
        {"version": r.version, "op": r.op, "user": r.user_name, "at": r.at, "changeset": r.changeset,
         "changes": [{"field": k, "old": v[0], "new": v[1]} for k, v in json.loads(r.changes).items()]}
        for r in rows]}
