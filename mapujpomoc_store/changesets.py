"""`POST /changesets`: many operations, all or nothing, once per UUID.

An update carries only the fields its sender changed and the version it
started from. If the feature moved on since then, the update still applies
when none of its fields were touched in between (or it sets them to the value
they already have); otherwise it is a conflict reported with the current
feature, so the client can merge and resend.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, select

from . import db
from .auth import User, now_iso
from .features import EDITABLE, Writer
from .geo import CommuneIndex
from .problems import Problem

MAX_OPERATIONS = 10_000
OUTCOME = {403: "forbidden", 409: "conflict", 412: "conflict", 404: "invalid", 422: "invalid", 400: "invalid"}


def parse(body: Any) -> tuple[str, list[dict[str, Any]]]:
    if not isinstance(body, dict):
        raise Problem(400, "A changeset is a JSON object with 'id' (a UUID) and 'operations' (a list).")
    cid, ops = body.get("id"), body.get("operations")
    try:
        cid = str(uuid.UUID(str(cid)))
    except ValueError:
        raise Problem(400, f"The changeset id {cid!r} is not a UUID. Generate one per changeset and keep it "
                           "for retries.") from None
    if not isinstance(ops, list) or not ops:
        raise Problem(400, "'operations' must be a non-empty list.")
    if len(ops) > MAX_OPERATIONS:
        raise Problem(413, f"A changeset may hold at most {MAX_OPERATIONS} operations; this one has {len(ops)}. "
                           "Split it.", "too-many-operations")
    return cid, ops


def previous_reply(conn: Connection, cid: str, user: User) -> dict[str, Any] | None:
    row = conn.execute(select(db.changesets).where(db.changesets.c.id == cid)).first()
    if row is None:
        return None
    if row.user_name != user.name:
        raise Problem(409, f"Changeset id {cid} was already used by another user. Use a new UUID.", "id-taken")
    return json.loads(row.reply)


def _apply_one(w: Writer, op: dict[str, Any]) -> dict[str, Any]:
    kind, collection, fid = op.get("op"), op.get("collection"), op.get("id")
    if collection not in EDITABLE:
        raise Problem(422, f"'collection' must be one of {', '.join(EDITABLE)}, not {collection!r}.")
    if kind == "create":
        applied = w.create(collection, fid, op.get("properties"), op.get("geometry"))
    elif kind in ("update", "delete"):
        if not isinstance(fid, str):
            raise Problem(422, "'id' of the feature is missing.")
        base = op.get("base_version")
        if not isinstance(base, int) or isinstance(base, bool):
            raise Problem(422, f"'base_version' must be the integer version the {kind} started from.")
        row = w.current(collection, fid)
        if row.version != base:
            _check_stale(w, collection, row, op, base)
        if kind == "update":
            applied = w.update(collection, row, op.get("properties") or {}, op.get("geometry"))
        else:
            applied = w.delete(collection, row)
    else:
        raise Problem(422, f"'op' must be create, update or delete, not {kind!r}.")
    return {"outcome": "applied", "id": applied.id, "version": applied.version, "feature": applied.feature}


def _check_stale(w: Writer, collection: str, row: Any, op: dict[str, Any], base: int) -> None:
    changed = w.fields_changed_since(collection, row.id, base)
    current = json.loads(row.properties)
    if op["op"] == "delete":
        clash = sorted(changed)
    else:
        props = op.get("properties") or {}
        clash = [k for k in props if k in changed and props[k] != current.get(k)]
        if op.get("geometry") is not None and "geometry" in changed and op["geometry"] != json.loads(row.geometry):
            clash.append("geometry")
    if clash:
        raise Problem(409, f"Feature {row.id} changed since version {base} (now {row.version}) in "
                           f"{', '.join(clash)}. Pull, resolve and send again.", "conflict",
                      fields=clash, current={"type": "Feature", "id": row.id,
                                             "geometry": json.loads(row.geometry), "properties": current})


def apply(conn: Connection, user: User, index: CommuneIndex, cid: str,
          ops: list[dict[str, Any]]) -> tuple[int, dict[str, Any]]:
    """Apply in the caller's transaction; returns (HTTP status, reply). Rolls back via Problem."""
    # The Writer locks the version counter first, so a retry racing the first attempt waits for it
    # and then finds its reply (on PostgreSQL the check would otherwise run before that lock).
    w = Writer(conn, user, index, changeset=cid)
    earlier = previous_reply(conn, cid, user)
    if earlier is not None:
        return 200, earlier
    results: list[dict[str, Any]] = []
    failed = 0
    for i, op in enumerate(ops):
        try:
            if not isinstance(op, dict):
                raise Problem(422, "An operation must be a JSON object.")
            result = _apply_one(w, op)
        except Problem as p:
            failed += 1
            result = {"outcome": OUTCOME.get(p.status, "invalid"), "detail": p.detail, **p.extra}
            if isinstance(op, dict):
                result["id"] = op.get("id")
        results.append({"index": i, "op": op.get("op") if isinstance(op, dict) else None, **result})
    if failed:
        for r in results:
            if r["outcome"] == "applied":
                r.update(outcome="not_applied", version=None, feature=None)
        statuses = {r["outcome"] for r in results} - {"not_applied"}
        status = 409 if statuses == {"conflict"} else (403 if statuses == {"forbidden"} else 422)
        raise Problem(status, f"{failed} of {len(ops)} operations were refused, so none was applied. "
                              "Fix or drop the refused ones and send the rest as a new changeset.",
                      "changeset-rejected", id=cid, applied=False, results=results)
    w.finish()
    reply = {"id": cid, "applied": True, "version": w.version, "results": results}
    conn.execute(db.changesets.insert().values(id=cid, user_name=user.name, created_at=now_iso(),
                                               reply=json.dumps(reply, ensure_ascii=False)))
    return 200, reply
