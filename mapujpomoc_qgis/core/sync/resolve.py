"""Resolving conflicts and discarding local changes, for the Sync dock and `mapujpomoc resolve`.

All of it happens inside the working copy, with the outbox triggers silenced,
and leaves the outbox describing exactly what is still to be sent.
"""

from __future__ import annotations

import uuid
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.merge import DELETED, GEOMETRY, changed_fields

from ..errors import MapujPomocError
from ..i18n import tr
from . import rows
from .local import LocalState, feature_state

MINE, THEIRS = "mine", "theirs"


class ResolveError(MapujPomocError):
    """A conflict or a change that cannot be settled as asked (no such conflict, a wrong choice)."""


class Resolver(LocalState):
    def conflicting_fields(self, collection: str, fid: str) -> dict[str, dict[str, Any]]:
        return {c["field"]: c for c in self.wc.conflicts() if c["collection"] == collection and c["uuid"] == fid}

    def resolve(self, collection: str, fid: str, choice: str, fields: list[str] | None = None) -> list[str]:
        """Settle the conflicts of a feature (all fields, or `fields`) with `choice`; returns what was settled."""
        if choice not in (MINE, THEIRS):
            raise ResolveError(tr("choice must be '{0}' or '{1}'").format(MINE, THEIRS))
        open_ = self.conflicting_fields(collection, fid)
        if not open_:
            raise ResolveError(tr("{0} {1} has no conflicts").format(collection, fid))
        wanted = fields or list(open_)
        unknown = [f for f in wanted if f not in open_]
        if unknown:
            raise ResolveError(tr("no conflict in field(s) {0}; conflicting: {1}").format(', '.join(unknown), ', '.join(open_)))
        with self.wc.transaction(applying=True):
            if DELETED in wanted:
                self._resolve_deletion(collection, fid, choice, open_[DELETED])
                return wanted
            for name in wanted:
                if choice == THEIRS:
                    self._set_local(collection, fid, name, open_[name]["theirs"])
                self.db.execute("DELETE FROM mp_conflicts WHERE collection = ? AND uuid = ? AND field = ?",
                                (collection, fid, name))
            self._drop_outbox_if_clean(collection, fid)
        return wanted

    def _set_local(self, collection: str, fid: str, name: str, value: Any) -> None:
        if name == GEOMETRY:
            from mapujpomoc_model.gpkg_geom import encode

            self.db.execute(f'UPDATE "{collection}" SET geom = ? WHERE uuid = ?', (encode(value), fid))
            return
        field = schema.fields_by_name(collection)[name]
        self.db.execute(f'UPDATE "{collection}" SET "{name}" = ? WHERE uuid = ?', (rows.to_column(field, value), fid))

    def _drop_outbox_if_clean(self, collection: str, fid: str) -> None:
        base = self.base(collection, fid)
        mine = self.local_state(collection, fid)
        if base is not None and mine is not None and not changed_fields(base[1], mine):
            self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))

    def _resolve_deletion(self, collection: str, fid: str, choice: str, conflict: dict[str, Any]) -> None:
        clear = ("DELETE FROM mp_conflicts WHERE collection = ? AND uuid = ?", (collection, fid))
        if conflict["mine"] == "edited":  # they deleted what I edited
            if choice == THEIRS:
                self.drop(collection, fid)
                return
            # keep my version: ids are never reused, so it goes back as a new feature
            new_id = str(uuid.uuid4())
            self.db.execute(f'UPDATE "{collection}" SET uuid = ?, version = NULL, updated_at = NULL, '
                            "updated_by = NULL WHERE uuid = ?", (new_id, fid))
            self.drop(collection, fid, row=False)
            self.db.execute("INSERT INTO mp_outbox (collection, uuid, op, changed_at) VALUES (?, ?, 'create', "
                            "strftime('%Y-%m-%dT%H:%M:%fZ','now'))", (collection, new_id))
            return
        theirs = conflict["theirs"]  # I deleted what they edited
        self.write_base(collection, theirs)
        self.db.execute(*clear)
        if choice == THEIRS:
            self.write_local(collection, theirs)
            self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))

    def discard(self, collection: str, fid: str) -> str:
        """Undo the local change of a feature: back to the base copy. Returns the discarded op."""
        entry = self.db.execute("SELECT op FROM mp_outbox WHERE collection = ? AND uuid = ?",
                                (collection, fid)).fetchone()
        if entry is None:
            raise ResolveError(tr("{0} {1} has no pending change").format(collection, fid))
        op = entry[0]
        with self.wc.transaction(applying=True):
            base = self.base_feature(collection, fid)
            # the store deleted it meanwhile (the pull left it only for the conflict): without my change it is gone
            deleted = self.conflicting_fields(collection, fid).get(DELETED, {}).get("theirs") == "deleted"
            if op == "create" or base is None or deleted:
                self.drop(collection, fid)
            else:
                self.write_local(collection, base)
                self.db.execute("DELETE FROM mp_outbox WHERE collection = ? AND uuid = ?", (collection, fid))
                self.db.execute("DELETE FROM mp_conflicts WHERE collection = ? AND uuid = ?", (collection, fid))
        return op

    def describe(self, collection: str, fid: str) -> dict[str, Any]:
        """Base / mine / theirs of each conflicting field, for the dialog and the CLI."""
        base = self.base_feature(collection, fid)
        return {"id": fid, "collection": collection, "fields": self.conflicting_fields(collection, fid),
                "base": feature_state(base, collection) if base else None,
                "mine": self.local_state(collection, fid)}
