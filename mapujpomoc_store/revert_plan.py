"""What undoing a set of history entries means for each feature, field by field (docs/ARCHITECTURE.md, *Undo*).

Pure: no database. `plan_feature()` gets a feature's history from the first entry being reverted (the
*targets*) onwards, with every later entry by anyone, and its current row, and decides what to write.

Each field (and the geometry, and whether the feature exists) is followed through those entries:

- a target entry that changes it makes it *dirty*: it must go back to its *base*, the value it had
  before the targets touched it;
- an entry by anyone else that sets it back to the base makes it *clean* again (a revert that already
  happened, or someone who fixed it by hand): nothing to do, so a second revert applies nothing;
- an entry by anyone else that sets it to another value while it is dirty makes it a *conflict*: that
  value is theirs and is never overwritten; the field is reported instead. A later target entry that
  overwrites their value makes the field dirty again, with their value as its base;
- while it is clean, entries by others move its base (their value is the legitimate one).

So a revert is per field, like the sync's merge: fields nobody else touched since are reverted,
fields changed since by someone else are conflicts, and the feature's other fields still go back.
Whether the feature exists follows the same rule: a create by the targets is undone by deleting the
feature (refused as a conflict when anyone else edited it since), a delete by restoring it (same id,
with the fields as they were, corrected by the field rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model import schema

EXISTS = "(exists)"  # the pseudo-field "the feature is live"
GEOMETRY = "geometry"
_FIELDS = {c: frozenset(f.name for f in schema.editable_fields(c)) | {GEOMETRY} for c in schema.EDITABLE_COLLECTIONS}

# outcomes of one feature
REVERTED = "reverted"  # everything the targets changed is back
CONFLICT = "conflict"  # some fields (or the feature's existence) were changed by someone else since
UNCHANGED = "unchanged"  # nothing to do: already as before the targets
FORBIDDEN = "forbidden"  # outside the scope of the user reverting
INVALID = "invalid"  # the store refused the reverted feature (e.g. its aid point is gone)


@dataclass(frozen=True)
class Entry:
    """One row of the history table; `target` when it is one of the entries being reverted."""

    version: int
    op: str  # create, update, delete, restore
    user: str
    changes: dict[str, Any]  # field -> [old, new]
    target: bool


@dataclass
class KeyState:
    status: str  # "clean", "dirty" or "conflict"
    base: Any  # the value to go back to
    last: Any  # the value after the last entry seen


@dataclass
class FeaturePlan:
    """What reverting does to one feature, and (after applying) what it did."""

    collection: str
    id: str
    name: str | None
    outcome: str = UNCHANGED
    action: str | None = None  # update, delete, restore
    properties: dict[str, Any] = field(default_factory=dict)  # fields to set back
    geometry: Any = None  # the geometry to set back, when it changed
    base_version: int | None = None  # the feature's current version
    conflicts: list[str] = field(default_factory=list)
    detail: str | None = None
    version: int | None = None  # the feature's version after the revert
    order: int = 0  # the version of its first target entry: results are listed in that order
    listed: bool = True  # False: the user reverting may not even see it (privacy.py): counted, not listed

    @property
    def fields(self) -> list[str]:
        """The fields set back (the geometry included)."""
        return sorted(self.properties) + ([GEOMETRY] if self.geometry is not None else [])

    def refuse(self, outcome: str, detail: str) -> None:
        """The store refused the action: nothing is written for this feature."""
        self.outcome, self.detail, self.action = outcome, detail, None
        self.properties, self.geometry = {}, None

    def operation(self) -> dict[str, Any]:
        """The changeset operation of an update or a delete."""
        op: dict[str, Any] = {"op": self.action, "collection": self.collection, "id": self.id,
                              "base_version": self.base_version}
        if self.action == "update":
            op["properties"] = dict(self.properties)
            if self.geometry is not None:
                op["geometry"] = self.geometry
        return op

    def result(self, dry_run: bool) -> dict[str, Any]:
        return {"collection": self.collection, "id": self.id, "name": self.name, "outcome": self.outcome,
                "action": self.action, "fields": self.fields if self.action != "delete" else [],
                "conflicts": self.conflicts, "detail": self.detail, "version": None if dry_run else self.version}


def _keys(collection: str, entry: Entry) -> Iterator[tuple[str, Any, Any]]:
    """(key, old, new) for what `entry` changed: fields, the geometry, the feature's existence."""
    if entry.op == "delete":
        yield EXISTS, True, False
        return
    if entry.op in ("create", "restore"):
        yield EXISTS, False, True
        if entry.op == "create":  # a created feature's fields are undone by deleting it
            return
    names = _FIELDS[collection]
    for key, change in entry.changes.items():
        if key in names and isinstance(change, list) and len(change) == 2:
            yield key, change[0], change[1]


def track(collection: str, entries: Iterable[Entry]) -> dict[str, KeyState]:
    """Follow every key through `entries` (in version order, from the first target on): see the module doc."""
    states: dict[str, KeyState] = {}
    for entry in entries:
        for key, old, new in _keys(collection, entry):
            st = states.get(key)
            if st is None:
                if not entry.target:
                    continue  # not touched by the targets (yet): nothing of theirs to undo
                st = states[key] = KeyState("clean", old, old)
            if entry.target:
                if st.status == "conflict":
                    st.base = old  # someone else's value, overwritten by the target: that is what comes back
                st.status = "dirty"
            elif new == st.base:
                st.status = "clean"
            elif st.status == "clean":
                st.base = new
            else:
                st.status = "conflict"
            st.last = new
    return states


def _touched_by_others_since_birth(collection: str, entries: list[Entry]) -> set[str]:
    """The fields others changed after the targets last created (or restored) the feature."""
    born = max((e.version for e in entries if e.target and e.op in ("create", "restore")), default=None)
    if born is None:
        return set()
    return {key for e in entries if not e.target and e.version > born
            for key, _, _ in _keys(collection, e) if key != EXISTS}


def plan_feature(collection: str, row: Any, entries: list[Entry]) -> FeaturePlan:
    """The plan for one feature; `row` its current state (`features.Current`; deleted ones included)."""
    props = row.props() if row is not None else {}
    plan = FeaturePlan(collection, row.id if row is not None else "", props.get("name"),
                       order=min(e.version for e in entries if e.target))
    if row is None:  # history without a feature: nothing to revert to
        plan.refuse(INVALID, "The feature is missing from the store although its history is there.")
        return plan
    plan.base_version = row.version
    states = track(collection, entries)
    exists = states.pop(EXISTS, None)
    live = not row.deleted
    conflicts = {k for k, s in states.items() if s.status == "conflict"}
    dirty: dict[str, Any] = {}
    for key, st in states.items():
        if st.status != "dirty":
            continue
        current = row.geom() if key == GEOMETRY else props.get(key)
        if current == st.base:
            continue  # already back (the targets set it and set it back)
        if current != st.last:  # changed outside what the history shows: never overwrite
            conflicts.add(key)
        else:
            dirty[key] = st.base
    # whether it existed before the targets (or since, by someone else's choice): targets that only updated
    # it found it live; a conflict keeps what is
    wants_live = True if exists is None else live if exists.status == "conflict" else exists.base
    if not wants_live:
        if live:
            conflicts |= _touched_by_others_since_birth(collection, entries)
            if conflicts:
                _conflict(plan, conflicts, "Someone else changed it since it was created; it was not deleted.")
            else:
                plan.outcome, plan.action = REVERTED, "delete"
        return plan
    if not live and (exists is None or exists.status != "dirty"):
        if dirty or conflicts:  # deleted since by someone else, after the change: their decision stands
            _conflict(plan, set(dirty) | conflicts | {EXISTS}, f"{row.updated_by} deleted it since.")
        return plan
    plan.geometry = dirty.pop(GEOMETRY, None)
    plan.properties = dirty
    if not live:
        plan.action = "restore"
    elif dirty or plan.geometry is not None:
        plan.action = "update"
    if conflicts:
        _conflict(plan, conflicts, "Someone else changed these fields since; they keep their value.")
    elif plan.action:
        plan.outcome = REVERTED
    return plan


def _conflict(plan: FeaturePlan, keys: set[str], detail: str) -> None:
    plan.outcome = CONFLICT
    plan.conflicts = sorted("deleted" if k == EXISTS else k for k in keys)
    plan.detail = detail
