"""An in-memory stand-in for the store, speaking the part of its HTTP API the syncer uses.

`FakeStore` keeps features, versions and field history as the real store does (docs/ARCHITECTURE.md,
"Sync"): a changes feed with a cursor, an optional snapshot file for a first sync, changesets applied
all or nothing and once per UUID, stale updates accepted when their fields were not touched since their
base version, and refusals (a scope rule: ids in `forbidden` may not be written). `FakeClient` has the
methods of `core.connection.client.StoreClient` the sync calls. No QGIS, no HTTP, no database server.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode
from mapujpomoc_qgis.core.connection.client import Me, StoreError

USER = "ed_test"
OTHER = "other_editor"
GMINA = {"type": "MultiPolygon", "coordinates": [[[[20.0, 53.0], [21.0, 53.0], [21.0, 54.0], [20.0, 53.0]]]]}


class _Refused(Exception):
    def __init__(self, outcome: str, detail: str) -> None:
        super().__init__(detail)
        self.outcome, self.detail = outcome, detail


class FakeStore:
    def __init__(self, folder: Path, *, snapshots: bool = False) -> None:
        self.folder = folder
        self.snapshots = snapshots
        self.version = 0
        # collection -> id -> {"version", "deleted", "properties" (editable, normalised), "geometry", "by"}
        self.rows: dict[str, dict[str, dict[str, Any]]] = {c: {} for c in schema.EDITABLE_COLLECTIONS}
        self.changed: dict[tuple[str, str], list[tuple[int, set[str]]]] = {}  # the field history
        self.replies: dict[str, tuple[str, dict[str, Any]]] = {}  # changeset id -> (user, reply)
        self.posted: list[str] = []  # the id of every changeset received, retries included
        self.forbidden: set[str] = set()
        self.lose_next_reply = False

    # -- what other users do (straight into the store) ------------------------------------------

    def create(self, props: dict[str, Any], coords: list[float], user: str = OTHER) -> str:
        fid = str(uuid.uuid4())
        self._store("aid_points", fid, schema.normalise("aid_points", props),
                    {"type": "Point", "coordinates": coords}, user)
        return fid

    def update(self, fid: str, user: str = OTHER, geometry: dict[str, Any] | None = None, **values: Any) -> None:
        row = self.rows["aid_points"][fid]
        props = schema.normalise("aid_points", {**row["properties"], **values})
        self._store("aid_points", fid, props, geometry or row["geometry"], user)

    def delete(self, fid: str, collection: str = "aid_points") -> None:
        self.version += 1
        row = self.rows[collection][fid]
        row.update(version=self.version, deleted=True)
        self.changed.setdefault((collection, fid), []).append((self.version, {"__deleted__"}))

    def feature(self, fid: str, collection: str = "aid_points") -> dict[str, Any] | None:
        """The feature as the API shows it (store fields included), None once deleted."""
        row = self.rows[collection].get(fid)
        if row is None or row["deleted"]:
            return None
        props = {**row["properties"], "teryt": "2862011", "version": row["version"],
                 "updated_at": f"2024-05-01T10:00:{row['version'] % 60:02d}Z", "updated_by": row["by"]}
        return {"type": "Feature", "id": fid, "geometry": row["geometry"], "properties": props}

    def _store(self, collection: str, fid: str, props: dict[str, Any], geometry: dict[str, Any], user: str) -> int:
        before = self.rows[collection].get(fid)
        old = (before["properties"], before["geometry"]) if before else ({}, None)
        changed = {k for k in props if old[0].get(k) != props[k]} | ({"geometry"} if old[1] != geometry else set())
        if before is not None and not changed:
            return before["version"]  # nothing changes: no new version, as the store does
        self.version += 1
        self.rows[collection][fid] = {"version": self.version, "deleted": False, "properties": props,
                                      "geometry": geometry, "by": user}
        self.changed.setdefault((collection, fid), []).append((self.version, changed))
        return self.version

    # -- changesets ----------------------------------------------------------------------------------

    def post(self, changeset: dict[str, Any], user: str) -> tuple[int, dict[str, Any]]:
        cid = changeset["id"]
        self.posted.append(cid)
        if cid in self.replies:  # a retry: the first answer again, nothing applied twice
            return 200, self.replies[cid][1]
        saved = copy.deepcopy((self.rows, self.changed, self.version))
        results, failed = [], []
        for i, op in enumerate(changeset["operations"]):
            try:
                version = self._apply(op, user)
                feature = self.feature(op["id"], op["collection"])
                results.append({"index": i, "op": op["op"], "outcome": "applied", "id": op["id"],
                                "version": version, "feature": feature})
            except _Refused as exc:
                failed.append(exc.outcome)
                results.append({"index": i, "op": op["op"], "outcome": exc.outcome, "id": op["id"],
                                "detail": exc.detail})
        if failed:  # all or nothing
            self.rows, self.changed, self.version = saved
            for r in results:
                if r["outcome"] == "applied":
                    r.update(outcome="not_applied", version=None, feature=None)
            status = 409 if set(failed) == {"conflict"} else (403 if set(failed) == {"forbidden"} else 422)
            return status, {"id": cid, "applied": False, "results": results}
        reply = {"id": cid, "applied": True, "version": self.version, "results": results}
        self.replies[cid] = (user, reply)
        return 200, copy.deepcopy(reply)

    def _apply(self, op: dict[str, Any], user: str) -> int:
        collection, fid = op["collection"], op["id"]
        if fid in self.forbidden:
            raise _Refused("forbidden", "outside your area; you may not change points there")
        props = {k: v for k, v in (op.get("properties") or {}).items() if k not in schema.STORE_KEYS}
        problems = [] if op["op"] == "delete" else schema.validate_properties(collection, props,
                                                                               partial=op["op"] == "update")
        if problems:
            raise _Refused("invalid", "; ".join(f"{f} {m}" for f, m in problems))
        row = self.rows[collection].get(fid)
        if op["op"] == "create":
            if row is not None:
                raise _Refused("conflict", f"Feature {fid} already exists.")
            return self._store(collection, fid, schema.normalise(collection, props), op["geometry"], user)
        if row is None or row["deleted"]:
            raise _Refused("conflict", f"Feature {fid} was deleted.")
        since = {f for v, fields in self.changed.get((collection, fid), []) if v > op["base_version"] for f in fields}
        clash = sorted(since) if op["op"] == "delete" else [k for k in props if k in since
                                                             and props[k] != row["properties"].get(k)]
        if clash:
            raise _Refused("conflict", f"Feature {fid} changed since version {op['base_version']} in {clash}.")
        if op["op"] == "delete":
            self.delete(fid, collection)
            return self.version
        merged = schema.normalise(collection, {**row["properties"], **props})
        return self._store(collection, fid, merged, op.get("geometry") or row["geometry"], user)

    # -- the feed ------------------------------------------------------------------------------------

    def changes(self, collection: str, since: int, limit: int) -> dict[str, Any]:
        newer = sorted((row["version"], fid) for fid, row in self.rows[collection].items() if row["version"] > since)
        page = newer[:limit]
        return {"collection": collection, "since": since, "cursor": page[-1][0] if page else since,
                "more": len(newer) > limit,
                "changes": [{"id": fid, "version": v, "deleted": self.rows[collection][fid]["deleted"],
                             "feature": self.feature(fid, collection)} for v, fid in page]}

    def snapshot_file(self, collection: str) -> tuple[Path, int]:
        """The snapshot format the store serves (format 3): meta, and features with one column a field."""
        fields = schema.COLLECTION_FIELDS[collection]
        path = self.folder / f"snapshot-{collection}-{uuid.uuid4().hex}.sqlite"
        conn = sqlite3.connect(path)
        try:
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE features (n INTEGER PRIMARY KEY, id TEXT NOT NULL, version INTEGER NOT NULL, "
                         "geom BLOB, minx REAL, maxx REAL, miny REAL, maxy REAL"
                         + "".join(f', "p_{f.name}"' for f in fields) + ")")
            conn.executemany("INSERT INTO meta VALUES (?, ?)", [("format", "3"), ("version", str(self.version))])
            for fid in self.rows[collection]:
                feature = self.feature(fid, collection)
                if feature is None:
                    continue
                x, y = feature["geometry"]["coordinates"]
                values = [json.dumps(v) if isinstance(v, list | dict) else v
                          for v in (feature["properties"].get(f.name) for f in fields)]
                conn.execute(f"INSERT INTO features VALUES (NULL, {', '.join('?' * (7 + len(fields)))})",
                             (fid, feature["properties"]["version"], encode(feature["geometry"]), x, x, y, y, *values))
            conn.commit()
        finally:
            conn.close()
        return path, self.version


class _FileResponse:
    """What `requests` gives for a streamed download, as much as the syncer reads of it."""

    def __init__(self, path: Path, version: int) -> None:
        self.path, self.headers = path, {"X-Mapujpomoc-Version": str(version)}

    def iter_content(self, size: int):  # type: ignore[no-untyped-def]
        with self.path.open("rb") as fh:
            while chunk := fh.read(size):
                yield chunk

    def close(self) -> None:
        self.path.unlink(missing_ok=True)


class FakeClient:
    """One user's connection to a FakeStore, with StoreClient's methods."""

    def __init__(self, store: FakeStore, user: str = USER) -> None:
        self.store, self.user = store, user

    def close(self) -> None:
        pass

    def me(self) -> Me:
        return Me(self.user, "editor", ["2862011"], {"2862011": "Olsztyn"}, [20.0, 53.0, 21.0, 54.0])

    def collection(self, collection: str) -> dict[str, Any]:
        return {"id": collection, "boundaries_version": "prg-2024"}

    def items(self, collection: str, limit: int = 10_000, offset: int = 0) -> dict[str, Any]:
        features = [{"type": "Feature", "id": "2862011", "geometry": GMINA,
                     "properties": {"teryt": "2862011", "name": "Olsztyn"}}] if collection == "gminy" else []
        page = features[offset:offset + limit]
        return {"features": page, "numberReturned": len(page), "numberMatched": len(features)}

    def changes(self, collection: str, since: int, limit: int = 10_000) -> dict[str, Any]:
        return copy.deepcopy(self.store.changes(collection, since, limit))

    def request(self, method: str, path: str, **kw: Any) -> _FileResponse:
        collection = path.split("/")[2]
        if not self.store.snapshots or not path.endswith("/snapshot"):
            raise StoreError(f"{path} is not a Mapuj Pomoc store (404).", "not_a_store", 404)
        return _FileResponse(*self.store.snapshot_file(collection))

    def post_changeset(self, changeset: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, reply = self.store.post(copy.deepcopy(changeset), self.user)
        if self.store.lose_next_reply:  # applied, but the answer never arrives
            self.store.lose_next_reply = False
            raise StoreError("The store did not answer within 30 s.", "timeout")
        return status, reply
