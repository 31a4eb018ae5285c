"""The sync's reads and writes of one working copy: rows, their base copies, the outbox and conflicts
(docs/ARCHITECTURE.md, "Sync"). Shared by the pull, the push and the conflict resolver.
"""

from __future__ import annotations

import json
from typing import Any

from mapujpomoc_model.gpkg_geom import decode
from mapujpomoc_model.merge import GEOMETRY

from . import rows
from .workcopy import WorkingCopy


def feature_state(feature: dict[str, Any], collection: str) -> dict[str, Any]:
    """Editable properties and geometry of a store feature, for merging."""
    state = rows.normalise(collection, feature.get("properties") or {})
    state[GEOMETRY] = feature.get("geometry")
    return state


def dumps(value: Any) -> str:
    """Compact JSON, as the sync tables keep it."""
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
            collection, feature["id"], feature["properties"]["version"], dumps(feature["properties"]),
            dumps(feature["geometry"]) if feature.get("geometry") else None))

    def drop(self, collection: str, fid: str, *, row: bool = True) -> None:
        if row:
            self.db.execute(f'DELETE FROM "{collection}" WHERE uuid = ?', (fid,))
        self.db.execute("DELETE FROM mp_base WHERE collection = ? AND uuid = ?", (collection, fid))
        self.drop_outbox(collection, fid)
        self.db.execute("DELETE FROM mp_conflicts WHERE collection = ? AND uuid = ?", (collection, fid))

    def drop_outbox(self, collection: str, fid: str) -> None:
        """Nothing left to send for this feature."""
        self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))

    def add_conflict(self, collection: str, fid: str, fld: str, base: Any, mine: Any, theirs: Any,
                     version: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO mp_conflicts (collection, uuid, field, base, mine, theirs, "
                        "theirs_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (collection, fid, fld, dumps(base), dumps(mine), dumps(theirs), version))

    def blocked(self) -> set[tuple[str, str]]:
        """(collection, uuid) of every feature with open conflicts."""
        return {(c["collection"], c["uuid"]) for c in self.wc.conflicts()}
