"""Undo: revert one changeset, or every change by one user since a time, as one new changeset
(docs/ARCHITECTURE.md, *Undo*).

The history says what the targets changed; `revert_plan` decides per feature and field what goes
back. The revert is then written like anyone's edit, by the coordinator or admin who asks for it, in
one transaction under one changeset id: deleted features come back through `RevertWriter.restore`
(the one write a changeset cannot express: ids are otherwise never reused), then the updates and
deletes go as one changeset through `changesets.apply`, so scope checks, validation, the version lock
and the history apply as they do to every edit. A dry run does all of it and rolls back.

The changeset id is a UUID5 of the target and the operations: the same revert sent twice (a retry, a
double click) finds its changeset and applies nothing. The per-field rule makes a second revert of
the same target a no-op anyway: what the first one put back counts as clean.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from mapujpomoc_model.text_safety import neutralise_controls

from . import changesets, db
from .auth import User
from .features import CHUNK, EDITABLE, Applied, Current, Writer, merge_normalised, normalise
from .geo import CommuneIndex
from .privacy import HIDDEN, Reader
from .problems import Problem
from .revert_plan import CONFLICT, FORBIDDEN, INVALID, UNCHANGED, Entry, FeaturePlan, plan_feature

NAMESPACE = uuid.UUID("5b0f7f4e-2d0c-4f59-8c43-6a1f6f3c2e77")  # of the revert changesets' UUID5 ids
REVERT_ROLES = ("coordinator", "admin")
OPERATOR = User("operator", "admin")  # who reverts from the operator's command line unless told otherwise


@dataclass(frozen=True)
class Target:
    """What to revert: one changeset, or every change by one user at or after a time."""

    changeset: str | None = None
    user: str | None = None
    since: str | None = None  # as the history stores times: UTC, milliseconds, "Z"

    @classmethod
    def of_changeset(cls, cid: str) -> Target:
        try:
            return cls(changeset=str(uuid.UUID(cid)))
        except ValueError:
            raise Problem(400, None, "invalid-parameter", code="changeset-id-invalid",
                          params={"value": repr(cid)}) from None

    @classmethod
    def of_user(cls, name: str, since: str) -> Target:
        return cls(user=name, since=parse_since(since))

    def condition(self) -> Any:
        h = db.history.c
        if self.changeset is not None:
            return h.changeset == self.changeset
        return (h.user_name == self.user) & (h.at >= self.since)

    def as_json(self) -> dict[str, Any]:
        if self.changeset is not None:
            return {"changeset": self.changeset}
        return {"user": self.user, "since": self.since}

    def describe(self) -> str:
        return f"changeset {self.changeset}" if self.changeset else f"the changes by {self.user} since {self.since}"


def parse_since(text: str) -> str:
    """An ISO 8601 time (UTC when it has no offset) in the history's own form."""
    try:
        t = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise Problem(400, None, "invalid-parameter", code="since-invalid", params={"value": repr(text)}) from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class RevertWriter(Writer):
    """A `Writer` that can also bring a deleted feature back under its own id."""

    def scope_problem(self, teryt: str | None) -> Problem | None:
        try:
            self._check_scope(teryt, "revert changes")
        except Problem as exc:
            return exc
        return None

    def restore(self, collection: str, row: Current, changes: dict[str, Any], geom: Any | None) -> Applied:
        """Undelete `row` with `changes` (fields → values) and maybe another geometry, validated like a create."""
        self._check_scope(row.teryt, "restore points")
        before = normalise(collection, row.props())
        props = merge_normalised(collection, before, changes)
        new_geom = geom if geom is not None else row.geom()
        teryt = self._check(collection, props, new_geom)
        if teryt != row.teryt:
            self._check_scope(teryt, "move points")
        return self._store(collection, row.id, props, new_geom, teryt, row, "restore")


def load_history(conn: Connection, target: Target) -> dict[tuple[str, str], list[Entry]]:
    """Per feature, its history from the first target entry on (everyone's entries, in version order)."""
    h = db.history.c
    marks = conn.execute(select(h.collection, h.feature_id, h.version).where(target.condition())).all()
    targets = {(r.collection, r.feature_id, r.version) for r in marks if r.collection in EDITABLE}
    first: dict[tuple[str, str], int] = {}
    for c, fid, v in targets:
        first[(c, fid)] = min(v, first.get((c, fid), v))
    by_collection: dict[str, list[str]] = defaultdict(list)
    for c, fid in sorted(first):
        by_collection[c].append(fid)
    history: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for c, fids in by_collection.items():
        for i in range(0, len(fids), CHUNK):
            chunk = fids[i:i + CHUNK]
            low = min(first[(c, f)] for f in chunk)
            for r in conn.execute(select(h.feature_id, h.version, h.op, h.user_name, h.changes).where(
                    (h.collection == c) & h.feature_id.in_(chunk) & (h.version >= low)).order_by(h.version)):
                if r.version >= first[(c, r.feature_id)]:
                    history[(c, r.feature_id)].append(Entry(r.version, r.op, r.user_name, json.loads(r.changes),
                                                            (c, r.feature_id, r.version) in targets))
    return history


def revert(conn: Connection, actor: User, index: CommuneIndex, target: Target, *, dry_run: bool = False
           ) -> dict[str, Any]:
    """Revert `target` in the caller's transaction; the reply lists each feature's outcome.

    Raises Problem 403 when the actor may not revert, or when every feature it would change is
    outside the actor's scope (nothing is written then)."""
    if actor.role not in REVERT_ROLES:
        raise Problem(403, None, "forbidden", code="revert-role", params={"user": actor.name, "role": actor.role})
    w = RevertWriter(conn, actor, index)  # locks the version counter first: the plan sees what it changes
    reader = Reader(actor)
    history = load_history(conn, target)
    if not history and target.changeset:
        raise Problem(404, None, "not-found", code="no-changes", params={"changeset": target.changeset})
    w.prefetch_rows(history)
    plans = []
    for (c, fid), entries in history.items():
        row = w.known_row(c, fid)
        plan = plan_feature(c, row, entries)
        plan.id = fid
        problem = w.scope_problem(row.teryt) if row is not None else None
        if problem is not None:  # outside the actor's area: nothing about it is changed, whatever the plan
            plan.refuse(FORBIDDEN, problem.detail)
            plan.conflicts = []
            plan.listed = reader.view(row) != HIDDEN  # staff outside the area see the public version only
        plans.append(plan)
    plans.sort(key=lambda p: (p.order, p.collection, p.id))
    _keep_others_areas(conn, plans)
    cid = revert_id(target, plans)
    already = conn.execute(select(db.changesets.c.id).where(db.changesets.c.id == cid)).first() is not None
    if already:
        for p in plans:
            if p.action:
                p.refuse(UNCHANGED, f"Already reverted by changeset {cid}.")
    else:
        _apply(conn, w, actor, index, cid, plans)
    applied = any(p.action for p in plans)
    counts = Counter(p.outcome for p in plans)
    reply = {"target": target.as_json(), "changeset": cid if applied or already else None, "dry_run": dry_run,
             "applied": applied and not dry_run, "already_applied": already,
             "counts": dict(sorted(counts.items())), "results": [p.result(dry_run) for p in plans if p.listed]}
    if counts[FORBIDDEN] and not applied:
        raise Problem(403, None, "out-of-scope", code="revert-out-of-scope", **reply,
                      params={"count": counts[FORBIDDEN], "target": target.describe()})
    return reply


def _keep_others_areas(conn: Connection, plans: list[FeaturePlan]) -> None:
    """An aid point's delete takes its service areas along: not when an area would go that the revert
    does not delete itself (someone else's, or one with a conflict). That point is a conflict instead."""
    points = sorted(p.id for p in plans if p.action == "delete" and p.collection == "aid_points")
    going = {p.id for p in plans if p.action == "delete" and p.collection == "service_areas"}
    t = db.features.c
    kept: set[str] = set()
    for i in range(0, len(points), CHUNK):
        kept.update(r.parent_id for r in conn.execute(select(t.id, t.parent_id).where(
            (t.collection == "service_areas") & t.parent_id.in_(points[i:i + CHUNK]) & ~t.deleted))
            if r.id not in going)
    for p in plans:
        if p.collection == "aid_points" and p.id in kept and p.action == "delete":
            p.refuse(CONFLICT, "Someone else's service area belongs to it since; it was not deleted.")
            p.conflicts = ["service_areas"]


def revert_id(target: Target, plans: list[FeaturePlan]) -> str:
    """The revert's changeset id: the same target and operations always give the same UUID."""
    ops = [{**p.operation(), "op": p.action} for p in plans if p.action]
    return str(uuid.uuid5(NAMESPACE, json.dumps({"target": target.as_json(), "operations": ops}, sort_keys=True,
                                                separators=(",", ":"), ensure_ascii=False)))


def _apply(conn: Connection, w: RevertWriter, actor: User, index: CommuneIndex, cid: str,
           plans: list[FeaturePlan]) -> None:
    """Write the plans as changeset `cid`: restores first (aid points before their areas), then the rest."""
    w.changeset = cid
    start = w.version
    for p in sorted((p for p in plans if p.action == "restore"), key=lambda p: p.collection != "aid_points"):
        row = w.row(p.collection, p.id)
        assert row is not None
        try:
            p.version = w.restore(p.collection, row, p.properties, p.geometry).version
        except Problem as exc:
            p.refuse(changesets.OUTCOME.get(exc.status, INVALID), exc.detail)
    if w.version != start:
        w.finish()  # the changeset's own writer continues from this version, in the same transaction
    # areas go before their points when deleted (a point's delete may take its areas along)
    pending = sorted((p for p in plans if p.action in ("update", "delete")),
                     key=lambda p: (p.action != "delete" or p.collection != "service_areas", p.order))
    while pending or w.version != start:
        try:
            _, reply = changesets.apply(conn, actor, index, cid, [p.operation() for p in pending])
        except Problem as exc:
            refused = [r for r in exc.extra.get("results") or [] if r.get("outcome") not in ("applied", "not_applied")]
            if not refused:
                raise
            for r in refused:  # drop the refused ones and send the rest: nothing was written by this attempt
                pending[r["index"]].refuse(r["outcome"], r.get("detail") or "")
            pending = [p for p in pending if p.action]
            continue
        for r, p in zip(reply["results"], pending):
            p.version = r["version"]
        return


class _RolledBack(Exception):
    def __init__(self, reply: dict[str, Any]) -> None:
        super().__init__("dry run")
        self.reply = reply


def run(engine: Engine, index: CommuneIndex, actor: User, target: Target, *, dry_run: bool = False) -> dict[str, Any]:
    """`revert` in a write transaction of its own, rolled back for a dry run (`engine`: a write engine)."""
    try:
        with engine.begin() as conn:
            reply = revert(conn, actor, index, target, dry_run=dry_run)
            if dry_run:
                raise _RolledBack(reply)
    except _RolledBack as rolled_back:
        return rolled_back.reply
    return reply




def actor_named(conn: Connection, name: str) -> User:
    """The user `name` of the users table, to revert as from the operator's command line."""
    row = conn.execute(select(db.users).where(db.users.c.name == name)).first()
    if row is None:
        raise Problem(404, None, "not-found", code="no-user", params={"name": name})
    return User(row.name, row.role, json.loads(row.scope))


def _plain(text: Any) -> str:
    """Other people's text for a terminal: escapes and bidi controls made visible."""
    return neutralise_controls(text or "")


def report_lines(reply: dict[str, Any]) -> list[str]:
    """The reply for the operator's terminal: one line per feature, then a summary."""
    lines = []
    for r in reply["results"]:
        what = ", ".join(r["fields"]) if r["action"] == "update" else (r["action"] or "")
        if r["conflicts"]:
            what += f"{'; ' if what else ''}conflicts: {', '.join(r['conflicts'])}"
        lines.append("\t".join([r["outcome"], r["collection"], r["id"], _plain(r["name"]), _plain(what),
                                _plain(r["detail"] or "")]).rstrip())
    counts = ", ".join(f"{n} {outcome}" for outcome, n in reply["counts"].items()) or "nothing to revert"
    target = reply["target"]
    what = (f"changeset {target['changeset']}" if "changeset" in target
            else f"changes by {_plain(target['user'])} since {target['since']}")
    if reply["dry_run"]:
        lines.append(f"dry run, nothing written: reverting {what} would give {counts}")
    elif reply["already_applied"]:
        lines.append(f"{what}: already reverted by changeset {reply['changeset']}; {counts}")
    else:
        done = f" as changeset {reply['changeset']}" if reply["applied"] else ""
        lines.append(f"reverted {what}{done}: {counts}")
    return lines


__all__ = ["OPERATOR", "REVERT_ROLES", "Target", "actor_named", "parse_since", "report_lines", "revert", "run"]
