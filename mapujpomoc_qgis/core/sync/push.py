"""Push: the outbox to the store as one changeset (docs/ARCHITECTURE.md, "Sync").

The changeset is saved in the working copy, with its UUID, before it is sent; a retry after a lost
reply resends the same UUID and the store answers with the first result instead of applying it twice.
The store's answer per operation is written back: a new version becomes the base copy, what the store
refused stays in the outbox, marked with its reason.
"""

from __future__ import annotations

import uuid
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode
from mapujpomoc_model.merge import GEOMETRY, changed_fields, merge

from ..connection.client import StoreClient
from ..connection.problem_text import field_issues_text, problem_text
from ..i18n import tr
from ..progress import Feedback, NullFeedback
from .local import LocalState, dumps, feature_state
from .report import SyncReport, show_progress
from .workcopy import WorkingCopy


class Pusher(LocalState):
    def __init__(self, wc: WorkingCopy, client: StoreClient, feedback: Feedback | None = None) -> None:
        super().__init__(wc)
        self.client = client
        self.feedback = feedback or NullFeedback()

    # -- the changeset ------------------------------------------------------------------------------

    def build_operations(self) -> list[dict[str, Any]]:
        """Operations for every pending outbox entry without open conflicts; drops no-op entries."""
        ops: list[dict[str, Any]] = []
        blocked = self.blocked()
        for entry in self.wc.pending():
            collection, fid, op = entry["collection"], entry["uuid"], entry["op"]
            if entry["state"] != "pending" or (collection, fid) in blocked:
                continue
            base = self.base(collection, fid)
            if op == "delete":
                if base is not None:
                    ops.append({"op": "delete", "collection": collection, "id": fid, "base_version": base[0]})
                continue
            mine = self.local_state(collection, fid)
            if mine is None:
                continue
            geometry = mine.pop(GEOMETRY)
            if op == "create" or base is None:
                ops.append({"op": "create", "collection": collection, "id": fid, "properties": mine,
                            "geometry": geometry})
                continue
            diff = changed_fields(base[1], {**mine, GEOMETRY: geometry})
            if not diff:
                self.drop_outbox(collection, fid)
                continue
            op_doc: dict[str, Any] = {"op": "update", "collection": collection, "id": fid, "base_version": base[0],
                                      "properties": {k: v for k, v in diff.items() if k != GEOMETRY}}
            if GEOMETRY in diff:
                op_doc["geometry"] = diff[GEOMETRY]
            ops.append(op_doc)
        return ops

    def refuse_locally(self, ops: list[dict[str, Any]], report: SyncReport) -> list[dict[str, Any]]:
        """Mark operations the store would refuse for invalid content; return the rest."""
        keep = []
        for op in ops:
            if op["op"] == "delete":
                keep.append(op)
                continue
            problems = schema.validate_issues(op["collection"], op.get("properties") or {},
                                              partial=op["op"] == "update")
            if op.get("geometry") is not None or op["op"] == "create":
                gp = schema.geometry_issue(op["collection"], op.get("geometry"))
                if gp:
                    problems.append(("geometry", *gp))
            if problems:
                # in the UI language, fields named as the form labels them (like the store's refusals)
                reason = field_issues_text(problems)
                self.mark_refused(op["collection"], op["id"], reason)
                report.refused.append({"id": op["id"], "collection": op["collection"], "outcome": "invalid",
                                       "detail": reason})
            else:
                keep.append(op)
        return keep

    def mark_refused(self, collection: str, fid: str, reason: str) -> None:
        self.db.execute("UPDATE mp_outbox SET state = 'refused', reason = ? WHERE collection = ? AND uuid = ?",
                        (reason, collection, fid))

    # -- sending and the reply ----------------------------------------------------------------------

    def push(self, report: SyncReport) -> bool:
        """Send the outbox as one changeset; True when the store rejected it (nothing applied)."""
        pending = self.wc.meta_json("pending_changeset")
        if pending is None:
            with self.wc.transaction():
                ops = self.refuse_locally(self.build_operations(), report)
                if not ops:
                    return False
                pending = {"id": str(uuid.uuid4()), "operations": ops}
                # saved before sending: a retry after a lost reply reuses this UUID
                self.wc.set_meta("pending_changeset", dumps(pending))
                # edits stamped before this moment are all in the changeset (the transaction holds the lock)
                self.wc.set_meta("pending_built_at", self.db.execute(
                    "SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')").fetchone()[0])
        # no cancel check from here on: the changeset is saved, and a retry must resend it as it is
        show_progress(self.feedback, 80, tr("sending {0} change(s)").format(len(pending['operations'])))
        status, reply = self.client.post_changeset(pending)
        with self.wc.transaction(applying=True):
            if status == 200:
                self._apply_reply(pending, reply, report)
            else:
                self._record_refusals(pending, reply, report)
            self.wc.set_meta("pending_changeset", None)
            self.wc.set_meta("pending_built_at", None)
        return status != 200

    def _untouched_since_built(self) -> set[tuple[str, str]]:
        """Outbox entries not edited again since the changeset was built (strictly earlier stamps only)."""
        built_at = self.wc.meta("pending_built_at")
        if not built_at:
            return set()
        return {(c, u) for c, u in self.db.execute(
            "SELECT collection, uuid FROM mp_outbox WHERE state = 'pending' AND changed_at < ?", (built_at,))}

    def _apply_reply(self, pending: dict[str, Any], reply: dict[str, Any], report: SyncReport) -> None:
        untouched = self._untouched_since_built()
        blocked = self.blocked()
        for op, result in zip(pending["operations"], reply["results"]):
            collection, fid = op["collection"], op["id"]
            report.pushed[f"{collection} {op['op']}d"] += 1
            if op["op"] == "delete":
                self.drop(collection, fid, row=False)
            elif (collection, fid) in untouched and (collection, fid) not in blocked:
                self._take_accepted(collection, fid, result)
            else:
                self._merge_accepted(op, result, report)

    def _take_accepted(self, collection: str, fid: str, result: dict[str, Any]) -> None:
        """A feature not edited since it was sent: the row is the base plus what we sent, and the store's
        feature is that plus whatever it merged in, so the store's feature is exactly the three-way merge."""
        feature = result["feature"]
        known = self.db.execute("SELECT version FROM mp_base WHERE collection = ? AND uuid = ?",
                                (collection, fid)).fetchone()
        if known is not None and known[0] >= result["version"]:
            return  # a pull after a lost reply already brought this version or a later one
        geom = self.db.execute(f'SELECT geom FROM "{collection}" WHERE uuid = ?', (fid,)).fetchone()
        self.write_local(collection, feature,
                         same_geometry=geom is not None and geom[0] == encode(feature["geometry"]))
        self.write_base(collection, feature)
        self.drop_outbox(collection, fid)

    def _merge_accepted(self, op: dict[str, Any], result: dict[str, Any], report: SyncReport) -> None:
        """A feature edited again (or in conflict) since it was sent: the store's feature is the new base,
        merged with what the user has now."""
        collection, fid, feature = op["collection"], op["id"], result["feature"]
        old = self.base(collection, fid)
        if old is not None and old[0] >= result["version"]:
            return  # a pull after a lost reply already brought this version or a later one
        self.write_base(collection, feature)
        mine = self.local_state(collection, fid)
        if mine is None:
            self.drop_outbox(collection, fid)
            return
        theirs = feature_state(feature, collection)
        geometry_before = mine[GEOMETRY]
        # What the store made of the fields we sent (defaults, normalisation) is their new base, and
        # replaces our value unless the user changed it again meanwhile. Fields we did not send may
        # carry another user's change the store accepted alongside ours: merged against the old base.
        sent = dict(op.get("properties") or {})
        if op.get("geometry") is not None:
            sent[GEOMETRY] = op["geometry"]
        base_state = dict(old[1]) if old else {}
        for key, value in sent.items():
            if key in theirs:
                base_state[key] = theirs[key]
                if mine.get(key) == value:
                    mine[key] = theirs[key]
        merged = merge(base_state, mine, theirs)
        self.write_local(collection, feature, merged.merged, same_geometry=merged.merged[GEOMETRY] == geometry_before)
        for key in merged.conflicts:
            self.add_conflict(collection, fid, key, base_state.get(key), mine[key], theirs[key], result["version"])
            report.new_conflicts += 1
        if not changed_fields(theirs, merged.merged):
            self.drop_outbox(collection, fid)
        else:
            self.db.execute("UPDATE mp_outbox SET op = 'update' WHERE collection = ? AND uuid = ?", (collection, fid))

    def _record_refusals(self, pending: dict[str, Any], reply: dict[str, Any], report: SyncReport) -> None:
        for op, result in zip(pending["operations"], reply.get("results", [])):
            if result["outcome"] in ("forbidden", "invalid"):
                detail = problem_text(result)  # rendered from the store's code in the UI language
                self.mark_refused(op["collection"], op["id"], detail or result["outcome"])
                report.refused.append({"id": op["id"], "collection": op["collection"], "outcome": result["outcome"],
                                       "detail": detail})
