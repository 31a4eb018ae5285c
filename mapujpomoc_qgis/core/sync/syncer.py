"""Pull, merge and push between a working copy and the store (DESIGN §6).

Pull downloads every page first and applies them in one transaction, so a
sync that fails half way leaves the working copy exactly as it was. Push
saves the changeset (with its UUID) in the working copy before sending it; a
retry after a lost reply resends the same UUID and the store answers with
the first result instead of applying it twice.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import decode, encode
from mapujpomoc_model.merge import DELETED, GEOMETRY, changed_fields, merge

from ..connection.client import StoreClient, StoreError
from . import rows
from .workcopy import BOUNDARY_LAYERS, EDITABLE, WorkingCopy

PAGE = 20_000


class Feedback(Protocol):
    def progress(self, percent: float, message: str) -> None: ...
    def cancelled(self) -> bool: ...


class NullFeedback:
    def progress(self, percent: float, message: str) -> None:
        pass

    def cancelled(self) -> bool:
        return False


class SyncCancelled(Exception):
    pass


@dataclass
class SyncReport:
    pulled: Counter[str] = field(default_factory=Counter)
    pushed: Counter[str] = field(default_factory=Counter)
    refused: list[dict[str, Any]] = field(default_factory=list)
    new_conflicts: int = 0
    conflicts: int = 0
    boundaries: list[str] = field(default_factory=list)

    def summary(self) -> str:
        pulled = ", ".join(f"{n} {k}" for k, n in sorted(self.pulled.items())) or "nothing"
        pushed = ", ".join(f"{n} {k}" for k, n in sorted(self.pushed.items())) or "nothing"
        text = f"pulled {pulled}; pushed {pushed}"
        if self.boundaries:
            text += f"; boundaries updated: {', '.join(self.boundaries)}"
        if self.refused:
            text += f"; {len(self.refused)} refused by the store"
        if self.conflicts:
            text += f"; {self.conflicts} conflict(s) to resolve"
        return text


def feature_state(feature: dict[str, Any], collection: str) -> dict[str, Any]:
    """Editable properties and geometry of a store feature, for merging."""
    state = rows.normalise(collection, feature.get("properties") or {})
    state[GEOMETRY] = feature.get("geometry")
    return state


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class LocalState:
    """Reading and writing rows, base copies, the outbox and conflicts of a working copy."""

    def __init__(self, wc: WorkingCopy) -> None:
        self.wc = wc
        self.db = wc.conn

    # -- local rows ---------------------------------------------------------------------------------

    def local(self, collection: str, fid: str) -> dict[str, Any] | None:
        cur = self.db.execute(f'SELECT * FROM "{collection}" WHERE uuid = ?', (fid,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row)) if row else None

    def local_state(self, collection: str, fid: str) -> dict[str, Any] | None:
        row = self.local(collection, fid)
        if row is None:
            return None
        props, geom = rows.read_row(collection, row)
        return {**props, GEOMETRY: geom}

    def base_feature(self, collection: str, fid: str) -> dict[str, Any] | None:
        """The feature as last synced, store fields included."""
        row = self.db.execute("SELECT properties, geometry FROM mp_base WHERE collection = ? AND uuid = ?",
                              (collection, fid)).fetchone()
        if row is None:
            return None
        if row[0] is None:  # never edited since the snapshot: the row is the base
            local = self.local(collection, fid)
            if local is None:
                return None
            props, geometry = rows.read_row(collection, local)
            return {"id": fid, "properties": {**props, **{k: local[k] for k in rows.STORE_KEYS}},
                    "geometry": geometry}
        geometry = decode(row[1]) if isinstance(row[1], bytes) else (json.loads(row[1]) if row[1] else None)
        return {"id": fid, "properties": json.loads(row[0]), "geometry": geometry}

    def base(self, collection: str, fid: str) -> tuple[int, dict[str, Any]] | None:
        feature = self.base_feature(collection, fid)
        if feature is None:
            return None
        return feature["properties"]["version"], feature_state(feature, collection)

    def write_local(self, collection: str, feature: dict[str, Any], state: dict[str, Any] | None = None,
                    same_geometry: bool = False) -> None:
        """Insert or replace the local row of `feature` (optionally with merged editable values).

        `same_geometry` says the row already has this geometry: the column is then left out, which spares
        GDAL's spatial-index triggers (five function calls a row)."""
        if state is not None:
            props = dict(feature["properties"])
            props.update({k: v for k, v in state.items() if k != GEOMETRY})
            feature = {"id": feature["id"], "geometry": state[GEOMETRY], "properties": props}
        values = rows.row_values(collection, feature)
        cols = ["geom", *rows.columns(collection)]
        skip = 1 if same_geometry else 0
        updated = self.db.execute(
            f'UPDATE "{collection}" SET ' + ", ".join(f'"{c}" = ?' for c in cols[skip:]) + " WHERE uuid = ?",
            (*values[skip:], feature["id"])).rowcount
        if not updated:
            self.db.execute(f'INSERT INTO "{collection}" (' + ", ".join(f'"{c}"' for c in cols) + ") VALUES (" +
                            ", ".join("?" * len(cols)) + ")", values)

    def write_base(self, collection: str, feature: dict[str, Any]) -> None:
        self.db.execute("INSERT OR REPLACE INTO mp_base VALUES (?, ?, ?, ?, ?)", (
            collection, feature["id"], feature["properties"]["version"], _dumps(feature["properties"]),
            _dumps(feature["geometry"]) if feature.get("geometry") else None))

    def drop(self, collection: str, fid: str, *, row: bool = True) -> None:
        if row:
            self.db.execute(f'DELETE FROM "{collection}" WHERE uuid = ?', (fid,))
        self.db.execute("DELETE FROM mp_base WHERE collection = ? AND uuid = ?", (collection, fid))
        self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
        self.db.execute("DELETE FROM mp_conflicts WHERE collection = ? AND uuid = ?", (collection, fid))

    def add_conflict(self, collection: str, fid: str, fld: str, base: Any, mine: Any, theirs: Any,
                     version: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO mp_conflicts (collection, uuid, field, base, mine, theirs, "
                        "theirs_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (collection, fid, fld, _dumps(base), _dumps(mine), _dumps(theirs), version))


class Syncer(LocalState):
    def __init__(self, wc: WorkingCopy, client: StoreClient, feedback: Feedback | None = None) -> None:
        super().__init__(wc)
        self.client = client
        self.feedback = feedback or NullFeedback()

    def _check_cancel(self) -> None:
        if self.feedback.cancelled():
            raise SyncCancelled("Sync cancelled; the working copy is unchanged.")

    # -- pull ---------------------------------------------------------------------------------------

    def fetch_changes(self, collection: str, since: int, share: float, offset: float) -> tuple[list[dict], int]:
        changes: list[dict[str, Any]] = []
        cursor = since
        while True:
            self._check_cancel()
            page = self.client.changes(collection, cursor, PAGE)
            changes.extend(page["changes"])
            cursor = page["cursor"]
            self.feedback.progress(offset + share * (0.5 if page["more"] else 1.0),
                                   f"{collection}: {len(changes)} changes downloaded")
            if not page["more"]:
                return changes, cursor

    def fetch_boundaries(self) -> dict[str, tuple[str, list[dict[str, Any]]]]:
        """Boundary layers whose version on the store differs from ours: {layer: (version, features)}."""
        out = {}
        for layer in BOUNDARY_LAYERS:
            self._check_cancel()
            version = str(self.client.collection(layer).get("boundaries_version"))
            if version == self.wc.meta(f"boundaries:{layer}"):
                continue
            features: list[dict[str, Any]] = []
            offset = 0
            while True:
                page = self.client.items(layer, limit=10_000, offset=offset)
                features.extend(page["features"])
                offset += page["numberReturned"]
                if not page["numberReturned"] or offset >= page["numberMatched"]:
                    break
            out[layer] = (version, features)
        return out

    def is_fresh(self, collection: str) -> bool:
        """Nothing local yet: the collection can be filled from a snapshot."""
        return self.wc.cursor(collection) == 0 and not self.db.execute(
            f'SELECT 1 FROM "{collection}" LIMIT 1').fetchone() and not self.db.execute(
            "SELECT 1 FROM mp_outbox WHERE collection = ? LIMIT 1", (collection,)).fetchone()

    def fetch_snapshot(self, collection: str) -> tuple[Path, int] | None:
        """Download the store's snapshot of a collection next to the working copy; None if it has none."""
        target = self.wc.path.with_name(f".{self.wc.path.name}.{collection}.snapshot")
        try:
            resp = self.client.request("GET", f"/collections/{collection}/snapshot", stream=True)
        except StoreError as exc:
            if exc.status == 404:  # an older store: the changes feed does the same job, slower
                return None
            raise
        try:
            with target.open("wb") as fh:
                for chunk in resp.iter_content(1 << 20):
                    self._check_cancel()
                    fh.write(chunk)
            version = int(resp.headers.get("X-Mapujpomoc-Version", "0"))
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        finally:
            resp.close()
        return target, version

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        self.feedback.progress(0, "asking the store who you are")
        me = self.client.me()
        boundaries = self.fetch_boundaries()
        snapshots: dict[str, tuple[Path, int]] = {}
        downloaded = {}
        try:
            for i, collection in enumerate(EDITABLE):
                since = self.wc.cursor(collection)
                if self.is_fresh(collection):
                    found = self.fetch_snapshot(collection)
                    if found:
                        snapshots[collection] = found
                        since = found[1]
                downloaded[collection] = self.fetch_changes(collection, since, 35, 5 + 35 * i)
            self._check_cancel()
            self.feedback.progress(75, "applying changes")
            for collection, (path, _) in snapshots.items():
                self.db.execute("ATTACH DATABASE ? AS ?", (str(path), f"snap_{collection}"))
            with self.wc.transaction(applying=True):
                self.wc.set_meta("me", _dumps(me.__dict__))
                for layer, (version, features) in boundaries.items():
                    self._replace_boundaries(layer, features)
                    self.wc.set_meta(f"boundaries:{layer}", version)
                    report.boundaries.append(layer)
                for collection in snapshots:
                    copied = self._copy_snapshot(collection, f"snap_{collection}")
                    if copied:
                        report.pulled[f"{collection} created"] += copied
                for collection, (changes, cursor) in downloaded.items():
                    self._apply_changes(collection, changes, report)
                    self.wc.set_meta(f"cursor:{collection}", str(cursor))
        finally:
            for collection, (path, _) in snapshots.items():
                if self.db.execute("SELECT 1 FROM pragma_database_list WHERE name = ?",
                                   (f"snap_{collection}",)).fetchone():
                    self.db.execute("DETACH DATABASE ?", (f"snap_{collection}",))
                path.unlink(missing_ok=True)
        report.conflicts = len({(c["collection"], c["uuid"]) for c in self.wc.conflicts()})
        self.feedback.progress(100, "pulled")
        return report

    def _copy_snapshot(self, collection: str, alias: str) -> int:
        """Fill an empty layer and its base copy from an attached snapshot, in SQL.

        GDAL's per-row triggers (spatial index, feature count) are set aside
        and their work done once for all rows; they come back in the same
        transaction, so a failure leaves them as they were.
        """
        fmt = self.db.execute(f"SELECT value FROM {alias}.meta WHERE key = 'format'").fetchone()
        if not fmt or fmt[0] != "3":
            raise StoreError("The store sent a snapshot in a format this plugin does not read; update the plugin.",
                             "not_a_store")
        triggers = self.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                   (collection,)).fetchall()
        for name, _ in triggers:
            self.db.execute(f'DROP TRIGGER "{name}"')
        sent = {r[1] for r in self.db.execute(f"PRAGMA {alias}.table_info(features)")}
        # a field the store does not send (a newer plugin than the store) stays empty until it changes
        fields = [f.name for f in schema.COLLECTION_FIELDS[collection]]
        columns = ", ".join(["fid", "geom", "uuid"] + [f'"{name}"' for name in fields])
        values = ", ".join(["n", "geom", "id"] + [f'"p_{name}"' if f"p_{name}" in sent else "NULL" for name in fields])
        count = self.db.execute(f'INSERT INTO "{collection}" ({columns}) SELECT {values} FROM {alias}.features'
                                ).rowcount
        rtree = f"rtree_{collection}_geom"
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
            self.db.execute(f'INSERT INTO "{rtree}" SELECT n, minx, maxx, miny, maxy FROM {alias}.features '
                            "WHERE geom IS NOT NULL")
        self.db.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "
                        f'"{collection}") WHERE lower(table_name) = lower(?)', (collection,))
        for _, sql in triggers:
            self.db.execute(sql)
        # the base copy stays in the rows until a row is first edited (see workcopy.SYNC_TABLES)
        self.db.execute(f"INSERT OR REPLACE INTO mp_base SELECT ?, id, version, NULL, NULL FROM {alias}.features",
                        (collection,))
        return count

    def _replace_boundaries(self, layer: str, features: list[dict[str, Any]]) -> None:
        from mapujpomoc_model.gpkg_geom import encode

        self.db.execute(f'DELETE FROM "{layer}"')
        self.db.executemany(f'INSERT INTO "{layer}" (geom, teryt, name) VALUES (?, ?, ?)',
                            [(encode(f["geometry"]), f["properties"]["teryt"], f["properties"]["name"])
                             for f in features])

    def _apply_changes(self, collection: str, changes: list[dict[str, Any]], report: SyncReport) -> None:
        if not changes:
            return
        empty = not self.db.execute(f'SELECT 1 FROM "{collection}" LIMIT 1').fetchone() and not self.db.execute(
            "SELECT 1 FROM mp_outbox WHERE collection = ? LIMIT 1", (collection,)).fetchone()
        if empty:
            return self._bulk_insert(collection, changes, report)
        outbox = {r[0]: r[1] for r in self.db.execute("SELECT uuid, op FROM mp_outbox WHERE collection = ?",
                                                       (collection,))}
        for change in changes:
            fid, version = change["id"], change["version"]
            base = self.base(collection, fid)
            if base is not None and base[0] >= version:
                continue  # our own push, already applied locally
            op = outbox.get(fid)
            feature = change["feature"]
            if op is None:
                if change["deleted"]:
                    if base is not None or self.local(collection, fid) is not None:
                        self.drop(collection, fid)
                        report.pulled[f"{collection} deleted"] += 1
                    continue
                self.write_local(collection, feature)
                self.write_base(collection, feature)
                report.pulled[f"{collection} {'updated' if base else 'created'}"] += 1
                continue
            report.pulled[f"{collection} merged"] += 1
            self._merge_one(collection, fid, op, base, feature, version, report)

    def _merge_one(self, collection: str, fid: str, op: str, base: tuple[int, dict[str, Any]] | None,
                   feature: dict[str, Any] | None, version: int, report: SyncReport) -> None:
        mine = self.local_state(collection, fid)
        base_state = base[1] if base else {}
        if feature is None:  # deleted on the store
            if op == "delete":
                self.drop(collection, fid, row=False)
            else:
                self.add_conflict(collection, fid, DELETED, None, "edited", "deleted", version)
                report.new_conflicts += 1
            return
        theirs = feature_state(feature, collection)
        if op == "delete":
            self.add_conflict(collection, fid, DELETED, None, "deleted", feature, version)
            report.new_conflicts += 1
            return
        if mine is None:
            return
        result = merge(base_state, mine, theirs)
        self.write_local(collection, feature, result.merged)
        self.write_base(collection, feature)
        for key in result.conflicts:
            self.add_conflict(collection, fid, key, base_state.get(key), mine[key], theirs[key], version)
            report.new_conflicts += 1
        if not changed_fields(theirs, result.merged):
            self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
        elif op == "create":  # the store already had our create (a lost reply): the rest is an update
            self.db.execute("UPDATE mp_outbox SET op = 'update' WHERE collection = ? AND uuid = ?", (collection, fid))

    def _bulk_insert(self, collection: str, changes: list[dict[str, Any]], report: SyncReport) -> None:
        """First sync: no local rows to merge with, so write everything with executemany."""
        live = [c["feature"] for c in changes if not c["deleted"]]
        cols = ["geom", *rows.columns(collection)]
        self.db.executemany(f'INSERT INTO "{collection}" (' + ", ".join(f'"{c}"' for c in cols) + ") VALUES (" +
                            ", ".join("?" * len(cols)) + ")", (rows.row_values(collection, f) for f in live))
        self.db.executemany("INSERT OR REPLACE INTO mp_base VALUES (?, ?, ?, ?, ?)", (
            (collection, f["id"], f["properties"]["version"], _dumps(f["properties"]), _dumps(f["geometry"]))
            for f in live))
        report.pulled[f"{collection} created"] += len(live)

    # -- push ---------------------------------------------------------------------------------------

    def build_operations(self) -> list[dict[str, Any]]:
        """Operations for every pending outbox entry without open conflicts; drops no-op entries."""
        ops: list[dict[str, Any]] = []
        blocked = {(c["collection"], c["uuid"]) for c in self.wc.conflicts()}
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
                self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
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
            problems = schema.validate_properties(op["collection"], op.get("properties") or {},
                                                  partial=op["op"] == "update")
            if op.get("geometry") is not None or op["op"] == "create":
                gp = schema.geometry_problem(op["collection"], op.get("geometry"))
                if gp:
                    problems.append(("geometry", gp))
            if problems:
                reason = "; ".join(f"{f} {m}" for f, m in problems)
                self.mark_refused(op["collection"], op["id"], reason)
                report.refused.append({"id": op["id"], "collection": op["collection"], "outcome": "invalid",
                                       "detail": reason})
            else:
                keep.append(op)
        return keep

    def mark_refused(self, collection: str, fid: str, reason: str) -> None:
        self.db.execute("UPDATE mp_outbox SET state = 'refused', reason = ? WHERE collection = ? AND uuid = ?",
                        (reason, collection, fid))

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
                self.wc.set_meta("pending_changeset", _dumps(pending))
                # edits stamped before this moment are all in the changeset (the transaction holds the lock)
                self.wc.set_meta("pending_built_at", self.db.execute(
                    "SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')").fetchone()[0])
        self.feedback.progress(80, f"sending {len(pending['operations'])} change(s)")
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
        blocked = {(c["collection"], c["uuid"]) for c in self.wc.conflicts()}
        for op, result in zip(pending["operations"], reply["results"]):
            collection, fid = op["collection"], op["id"]
            report.pushed[f"{collection} {op['op']}d"] += 1
            if op["op"] == "delete":
                self.drop(collection, fid, row=False)
                continue
            feature = result["feature"]
            if (collection, fid) in untouched and (collection, fid) not in blocked:
                known = self.db.execute("SELECT version FROM mp_base WHERE collection = ? AND uuid = ?",
                                        (collection, fid)).fetchone()
                if known is not None and known[0] >= result["version"]:
                    continue  # a pull after a lost reply already brought this version or a later one
                # Not edited since it was sent: the row is the base plus what we sent, and the store's
                # feature is that plus whatever it merged in, so it is exactly the three-way merge.
                geom = self.db.execute(f'SELECT geom FROM "{collection}" WHERE uuid = ?', (fid,)).fetchone()
                self.write_local(collection, feature,
                                 same_geometry=geom is not None and geom[0] == encode(feature["geometry"]))
                self.write_base(collection, feature)
                self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
                continue
            old = self.base(collection, fid)
            if old is not None and old[0] >= result["version"]:
                continue  # a pull after a lost reply already brought this version or a later one
            self.write_base(collection, feature)
            mine = self.local_state(collection, fid)
            if mine is None:
                self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
                continue
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
            self.write_local(collection, feature, merged.merged,
                             same_geometry=merged.merged[GEOMETRY] == geometry_before)
            for key in merged.conflicts:
                self.add_conflict(collection, fid, key, base_state.get(key), mine[key], theirs[key],
                                  result["version"])
                report.new_conflicts += 1
            if not changed_fields(theirs, merged.merged):
                self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
            else:
                self.db.execute("UPDATE mp_outbox SET op = 'update' WHERE collection = ? AND uuid = ?",
                                (collection, fid))

    def _record_refusals(self, pending: dict[str, Any], reply: dict[str, Any], report: SyncReport) -> None:
        for op, result in zip(pending["operations"], reply.get("results", [])):
            if result["outcome"] in ("forbidden", "invalid"):
                self.mark_refused(op["collection"], op["id"], result.get("detail") or result["outcome"])
                report.refused.append({"id": op["id"], "collection": op["collection"], "outcome": result["outcome"],
                                       "detail": result.get("detail")})

    # -- both ---------------------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Pull, merge, push. A rejected changeset (someone edited meanwhile, or some operations were
        refused), or a resent one whose reply was lost, is followed by another pull and a push of what is
        left, a few times at most."""
        report = SyncReport()
        for _attempt in range(3):
            self.pull(report)
            self._check_cancel()
            # a changeset whose reply was lost goes first, as it was; edits made since follow it
            resent = self.wc.meta("pending_changeset") is not None
            if not self.push(report) and not resent:
                break
        with self.wc.transaction():
            self.wc.set_meta("last_sync", datetime.now(UTC).isoformat(timespec="seconds"))
        report.conflicts = len({(c["collection"], c["uuid"]) for c in self.wc.conflicts()})
        return report
