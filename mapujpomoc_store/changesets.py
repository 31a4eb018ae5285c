"""`POST /changesets`: many operations, all or nothing, once per UUID.

An update carries only the fields its sender changed and the version it
started from. If the feature moved on since then, the update still applies
when none of its fields were touched in between (or it sets them to the value
they already have); otherwise it is a conflict reported with the current
feature, so the client can merge and resend.

The operations run one after another through one `Writer`, with what they
need read beforehand in a few queries (`_prefetch`) and their writes sent
together at the end, so a changeset's round trips do not grow with its size.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import math
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from . import db
from .auth import User, now_iso
from .features import EDITABLE, Applied, Current, Writer, canonical_id
from .geo import CommuneIndex
from .problems import Problem

MAX_OPERATIONS = 10_000
MAX_VERSION = 2**63 - 1  # versions are 64-bit integers in the database
PAUSE_GC_FROM = 50  # operations
_REPLY_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
OUTCOME = {403: "forbidden", 409: "conflict", 412: "conflict", 404: "invalid", 422: "invalid", 400: "invalid"}


def parse(body: Any) -> tuple[str, list[dict[str, Any]]]:
    if not isinstance(body, dict):
        raise Problem(400, None, code="changeset-not-object", params={})
    cid, ops = body.get("id"), body.get("operations")
    try:
        cid = str(uuid.UUID(str(cid)))
    except ValueError:
        raise Problem(400, None, code="changeset-id", params={"value": repr(cid)}) from None
    if not isinstance(ops, list) or not ops:
        raise Problem(400, None, code="operations-empty", params={})
    if len(ops) > MAX_OPERATIONS:
        raise Problem(413, None, "too-many-operations", params={"max": MAX_OPERATIONS, "count": len(ops)})
    return cid, ops


def body_hash(ops: list[Any]) -> str:
    """SHA-256 of the operations in canonical JSON (sorted keys, no spaces): the same changeset sent
    again, in any formatting, has the same hash."""
    text = json.dumps(ops, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def previous_reply_text(conn: Connection, cid: str, user: User, digest: str | None = None) -> str | None:
    """The stored reply (JSON text) of changeset `cid` when it was applied before.

    A retry must bring the same operations (`digest`, see `body_hash`): other operations under a used id
    would otherwise be answered with the first reply and silently never applied."""
    row = conn.execute(select(db.changesets).where(db.changesets.c.id == cid)).first()
    if row is None:
        return None
    if row.user_name != user.name:
        raise Problem(409, None, "id-taken", code="changeset-id-taken", params={"id": cid})
    if digest is not None and row.body_hash is not None and row.body_hash != digest:
        raise Problem(409, None, "id-reused", params={"id": cid})
    return row.reply


def previous_reply(conn: Connection, cid: str, user: User, digest: str | None = None) -> dict[str, Any] | None:
    text = previous_reply_text(conn, cid, user, digest)
    return None if text is None else json.loads(text)


def _apply_one(w: Writer, op: dict[str, Any]) -> Applied:
    kind, collection, fid = op.get("op"), op.get("collection"), op.get("id")
    if collection not in EDITABLE:
        raise Problem(422, None, code="op-collection", params={"editable": list(EDITABLE), "given": repr(collection)})
    if kind == "create":
        applied = w.create(collection, fid, op.get("properties"), op.get("geometry"))
    elif kind in ("update", "delete"):
        if not isinstance(fid, str):
            raise Problem(422, None, code="op-id-missing", params={})
        base = _base_of(op)
        if base is None:
            raise Problem(422, None, code="op-base-version", params={"op": kind, "max": MAX_VERSION})
        if kind == "delete" and (gone := w.deleted_with_its_point(collection, fid)) is not None:
            return Applied(gone.id, gone.version, None)  # an earlier operation deleted its point, and it
        row = w.current(collection, fid)
        # scope before staleness: a conflict would show the current feature to someone who may not edit it
        w._check_scope(row.teryt, "change points" if kind == "update" else "delete points")
        if row.version != base:
            _check_stale(w, collection, row, op, base)
        if kind == "update":
            applied = w.update(collection, row, op.get("properties") or {}, op.get("geometry"))
        else:
            applied = w.delete(collection, row)
    else:
        raise Problem(422, None, code="op-kind", params={"given": repr(kind)})
    return applied


def _check_stale(w: Writer, collection: str, row: Current, op: dict[str, Any], base: int) -> None:
    changed = w.fields_changed_since(collection, row.id, base)
    current = row.props()
    if op["op"] == "delete":
        clash = sorted(changed)
    else:
        props = op.get("properties") or {}
        clash = [k for k in props if k in changed and props[k] != current.get(k)]
        if op.get("geometry") is not None and "geometry" in changed and op["geometry"] != row.geom():
            clash.append("geometry")
    if clash:
        raise Problem(409, None, "conflict", fields=clash,
                      params={"id": row.id, "base": base, "version": row.version, "fields": clash}, current={"type": "Feature", "id": row.id,
                                             "geometry": row.geom(), "properties": current})


def _base_of(op: dict[str, Any]) -> int | None:
    base = op.get("base_version")
    ok = isinstance(base, int) and not isinstance(base, bool) and 0 <= base <= MAX_VERSION
    return base if ok else None


def _position(geom: Any) -> tuple[float, float] | None:
    """The (lon, lat) of a GeoJSON Point whose position `schema.geometry_problem` would accept."""
    if not isinstance(geom, dict) or geom.get("type") != "Point":
        return None
    pos = geom.get("coordinates")
    if not isinstance(pos, list) or len(pos) not in (2, 3) or any(type(c) not in (int, float) for c in pos):
        return None
    lon, lat = pos[0], pos[1]
    try:
        if all(math.isfinite(c) for c in pos) and -180 <= lon <= 180 and -90 <= lat <= 90:
            return lon, lat
    except OverflowError:  # an integer too large for a float: refused later, with the operation's other checks
        pass
    return None


def _prefetch(w: Writer, ops: list[Any]) -> None:
    """Read what the operations will need in a few queries instead of a few per operation.

    Only a cache: whatever is missed here (operations that turn out not to need it, or depend on
    an earlier operation of the same changeset) is read when used."""
    targets = [(op, op.get("collection"), op.get("id")) for op in ops if isinstance(op, dict)]
    targets = [(op, c, canonical_id(fid)) for op, c, fid in targets if c in EDITABLE and isinstance(fid, str)]
    keys = [(c, fid) for _, c, fid in targets]
    for op, c, _ in targets:  # the aid points of service areas (their teryt)
        props = op.get("properties")
        if c == "service_areas" and isinstance(props, dict) and isinstance(props.get("aid_point_id"), str):
            keys.append(("aid_points", props["aid_point_id"]))
    w.prefetch_rows(keys)
    parents = [("aid_points", row.parent_id) for c, fid in keys if c == "service_areas"
               and (row := w.known_row(c, fid)) is not None and isinstance(row.parent_id, str)]
    if parents:
        w.prefetch_rows(parents)
    stale: dict[tuple[str, str], int] = {}  # the history a stale-base check will read
    points = []  # the positions whose commune the store will look up
    for op, c, fid in targets:
        kind, row = op.get("op"), w.known_row(c, fid)
        if kind in ("update", "delete") and row is not None and (base := _base_of(op)) is not None \
                and base != row.version:
            stale[(c, fid)] = min(base, stale.get((c, fid), base))
        if c == "aid_points" and kind in ("create", "update"):
            geom = op.get("geometry")
            if geom is None and kind == "update" and row is not None and not row.deleted:
                geom = row.geom()
            if (position := _position(geom)) is not None:
                points.append(position)
    w.prefetch_areas(fid for op, c, fid in targets if c == "aid_points" and op.get("op") in ("update", "delete"))
    if stale:
        w.prefetch_history(stale)
    if points:
        w.prefetch_communes(points)


def apply(conn: Connection, user: User, index: CommuneIndex, cid: str,
          ops: list[dict[str, Any]]) -> tuple[int, dict[str, Any]]:
    """Apply in the caller's transaction; returns (HTTP status, reply). Rolls back via Problem."""
    reply, text = _apply(conn, user, index, cid, ops)
    return 200, reply if reply is not None else json.loads(text)


def apply_json(conn: Connection, user: User, index: CommuneIndex, cid: str,
               ops: list[dict[str, Any]]) -> tuple[int, str]:
    """`apply`, with the reply as JSON text ready to send: the features in it are not encoded again."""
    return 200, _apply(conn, user, index, cid, ops)[1]


@contextlib.contextmanager
def _gc_paused(pause: bool) -> Iterator[None]:
    """No cyclic garbage collection while a large changeset builds its tens of thousands of small,
    live objects (rows, properties, history, reply): the collector would scan them over and over,
    sometimes with the whole heap, without finding garbage. Refcounting frees as usual."""
    was = pause and gc.isenabled()
    if was:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _apply(conn: Connection, user: User, index: CommuneIndex, cid: str,
           ops: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, str]:
    """(reply, reply as JSON text); the reply is None for a retry, which has only the stored text."""
    # The Writer locks the version counter first, so a retry racing the first attempt waits for it
    # and then finds its reply (on PostgreSQL the check would otherwise run before that lock).
    w = Writer(conn, user, index, changeset=cid)
    digest = body_hash(ops)
    earlier = previous_reply_text(conn, cid, user, digest)
    if earlier is not None:
        return None, earlier
    with _gc_paused(len(ops) >= PAUSE_GC_FROM):
        return _apply_all(w, conn, user, cid, ops, digest)


def _apply_all(w: Writer, conn: Connection, user: User, cid: str, ops: list[dict[str, Any]],
               digest: str) -> tuple[dict[str, Any], str]:
    _prefetch(w, ops)
    results: list[dict[str, Any]] = []
    texts: list[str] = []  # each applied operation's feature as JSON text, for the stored reply
    failed = 0
    for i, op in enumerate(ops):
        try:
            if not isinstance(op, dict):
                raise Problem(422, None, code="op-not-object", params={})
            applied = _apply_one(w, op)
            result = {"outcome": "applied", "id": applied.id, "version": applied.version, "feature": applied.feature}
            texts.append(applied.text)
        except Problem as p:
            failed += 1
            result = {"outcome": OUTCOME.get(p.status, "invalid"), **p.result()}
            if isinstance(op, dict):
                result["id"] = op.get("id")
        results.append({"index": i, "op": op.get("op") if isinstance(op, dict) else None, **result})
    if failed:
        for r in results:
            if r["outcome"] == "applied":
                r.update(outcome="not_applied", version=None, feature=None)
        statuses = {r["outcome"] for r in results} - {"not_applied"}
        status = 409 if statuses == {"conflict"} else (403 if statuses == {"forbidden"} else 422)
        first = next(r for r in results if r["outcome"] != "not_applied")
        raise Problem(status, None, "changeset-rejected", id=cid, applied=False, results=results,
                      params={"failed": failed, "total": len(ops), "index": first["index"]})
    w.finish()
    reply = {"id": cid, "applied": True, "version": w.version, "results": results}
    text = _reply_text(reply, texts)
    conn.execute(db.changesets.insert().values(id=cid, user_name=user.name, created_at=now_iso(), reply=text,
                                               body_hash=digest))
    return reply, text


def _reply_text(reply: dict[str, Any], texts: list[str]) -> str:
    """`reply` as compact JSON, with the features' text (already encoded for storing) spliced in."""
    enc = _REPLY_JSON.encode
    parts = [f'{{"index":{r["index"]},"op":{enc(r["op"])},"outcome":"applied","id":{enc(r["id"])},'
             f'"version":{r["version"]},"feature":{text}}}' for r, text in zip(reply["results"], texts)]
    return (f'{{"id":{enc(reply["id"])},"applied":true,"version":{reply["version"]},"results":['
            + ",".join(parts) + "]}")
