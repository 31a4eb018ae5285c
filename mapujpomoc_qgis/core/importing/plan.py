"""What an import would do with each row, before anything is written: the row's fields, its location,
the model's verdict, the user's scope and its match on the map (docs/ARCHITECTURE.md, "Import").

A row is, in this order of precedence: `invalid` (values nobody mapped, no location, or the shared
model's rules broken), `outside_scope` (the store would refuse it from this user), then `new`, `update`,
`unchanged` or `duplicate` (see `matching`). Each row carries an action the review may change: `create`,
`update`, `merge` (the fields in `merge_fields` taken from the row into the matched point) or `skip`.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapujpomoc_model import schema

from .. import progress
from ..i18n import tr
from ..sync import rows as wc_rows
from . import matching, validation
from .candidates import candidate_points
from .columns import COLLECTION, ID, ColumnMapping
from .location import COORDINATES, Located, Locator
from .table import SourceTable
from .values import RowMapper

INVALID, OUTSIDE = "invalid", "outside_scope"
STATUSES = (matching.NEW, matching.UPDATE, matching.UNCHANGED, matching.DUPLICATE, INVALID, OUTSIDE)
CREATE, UPDATE, MERGE, SKIP = "create", "update", "merge", "skip"
IN_FILE = "row:"  # the uid of a row of this file already planned as new
MOVE_METRES = 1.0  # a row with coordinates this far from its point moves it


@dataclass
class RowPlan:
    row: int  # 1 for the first row under the header
    cells: dict[str, str]
    props: dict[str, Any] = field(default_factory=dict)
    located: Located | None = None
    status: str = matching.NEW
    match: matching.Match | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    action: str = SKIP
    merge_fields: set[str] = field(default_factory=set)
    outcome: str = ""  # after apply: created, updated, merged, skipped, refused
    uuid: str = ""  # of the point created or changed

    @property
    def name(self) -> str:
        return str(self.props.get("name") or "")

    @property
    def existing(self) -> dict[str, Any]:
        """The matched point's properties (store form), {} without a match on the map."""
        known = self.match.known if self.match else None
        if known is None or known.uid.startswith(IN_FILE):
            return {}
        return existing_props(known)

    @property
    def refused(self) -> bool:
        return self.status in (INVALID, OUTSIDE)

    def actions(self) -> tuple[str, ...]:
        """The actions the review may choose for this row."""
        if self.refused:
            return (SKIP,)
        if self.status == matching.NEW:
            return (CREATE, SKIP)
        known = self.match.known if self.match else None
        on_map = known is not None and not known.uid.startswith(IN_FILE)
        if self.status == matching.DUPLICATE:
            return (SKIP, MERGE, CREATE) if on_map else (SKIP, CREATE)
        if self.status == matching.UPDATE:
            return (UPDATE, MERGE, SKIP)
        return (SKIP,)


@dataclass
class ImportPlan:
    workcopy: Path
    mapping: ColumnMapping
    table: SourceTable
    rows: list[RowPlan]
    me: dict[str, Any]

    def counts(self) -> dict[str, int]:
        found = Counter(r.status for r in self.rows)
        return {s: found.get(s, 0) for s in STATUSES}

    def summary(self) -> str:
        c = self.counts()
        return tr("{0} rows: {1} new, {2} updates, {3} unchanged, {4} probable duplicates, {5} invalid, {6} outside "
                  "your area").format(len(self.rows), c[matching.NEW], c[matching.UPDATE], c[matching.UNCHANGED],
                                      c[matching.DUPLICATE], c[INVALID], c[OUTSIDE])

    def unmapped(self) -> dict[str, list[str]]:
        out: dict[str, dict[str, None]] = {}
        for r in self.rows:
            for name, value in r.unmapped:
                out.setdefault(name, {})[value] = None
        return {k: list(v) for k, v in out.items()}


def existing_props(known: matching.Known) -> dict[str, Any]:
    """The matched point's properties in store form (its row read from the working copy when first asked)."""
    if "_props" not in known.props:
        loader = known.props.get("_load")
        row = loader(known.uid) if loader else known.props
        props, _geom = wc_rows.read_row(COLLECTION, row or {})
        known.props["_props"] = props
    return known.props["_props"]


def default_action(r: RowPlan, duplicates: str = SKIP, updates: bool = True) -> str:
    if r.refused or r.status == matching.UNCHANGED:
        return SKIP
    if r.status == matching.NEW:
        return CREATE
    if r.status == matching.UPDATE:
        return UPDATE if updates else SKIP
    return duplicates if duplicates in r.actions() else SKIP


def gaps_filled(r: RowPlan) -> set[str]:
    """The fields a merge takes from the row by default: those the point on the map leaves empty."""
    existing = r.existing
    return {k for k, v in r.props.items() if v not in (None, "", []) and existing.get(k) in (None, "", [])}


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Python's cyclic garbage collector held off: a plan makes a million small objects, none in a cycle,
    and each of them would have the collector walk the whole heap (QGIS's too) again and again (a sixth
    of a plan's time). Reference counting still frees everything; the collector runs again after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def make_plan(workcopy: str | Path, table: SourceTable, mapping: ColumnMapping, me: dict[str, Any], *,
              distance: float = matching.DEFAULT_DISTANCE, duplicates: str = SKIP, updates: bool = True,
              feedback: Any = None, known: list[matching.Known] | matching.MapPoints | None = None
              ) -> ImportPlan:
    """The plan of every row of `table` (see the module doc): the rows mapped and located first, then
    only the map's points they could match read (`candidates`), then each row judged in file order."""
    with no_cyclic_gc():
        return _make_plan(workcopy, table, mapping, me, distance, duplicates, updates, feedback, known)


def _make_plan(workcopy: str | Path, table: SourceTable, mapping: ColumnMapping, me: dict[str, Any],
               distance: float, duplicates: str, updates: bool, feedback: Any,
               known: list[matching.Known] | matching.MapPoints | None) -> ImportPlan:
    progress.checkpoint(feedback, 0, tr("Reading the map"))
    locator = Locator(workcopy, mapping, table.crs if table.points is not None else "")
    plans: list[RowPlan] = []
    total = max(len(table.rows), 1)
    mapper = RowMapper(mapping)
    for i in range(len(table.rows)):
        if i % 1000 == 0:
            progress.checkpoint(feedback, 5 + 45 * i / total, tr("Matching rows"))
        point = table.points[i] if table.points is not None else None
        plans.append(prepare_row(i + 1, table.cells(i), point, mapping, locator, mapper))
    located = [r for r in plans if r.status != INVALID]
    if known is None:
        uid_column = mapping.columns.get(ID)
        known = candidate_points(
            workcopy, [(r.located.lon, r.located.lat) for r in located if r.located and r.located.lon is not None],
            distance, uids=[(r.cells.get(uid_column) or "").strip().lower() for r in located] if uid_column else (),
            phones=[matching.phone_key(str(r.props.get("phone") or "")) for r in located],
            emails=[matching.email_key(str(r.props.get("email") or "")) for r in located])
    index = matching.PointIndex(known, distance)
    # every row's surroundings on the map in one numpy pass; the rows are then judged in file order
    around = index.surroundings([r.located.lon for r in located], [r.located.lat for r in located],  # type: ignore
                                [r.name for r in located], [str(r.props.get("organization") or "") for r in located])
    deferred: list[RowPlan] = []
    for k, r in enumerate(located):
        if k % 1000 == 0:
            progress.checkpoint(feedback, 50 + 45 * k / total, tr("Matching rows"))
        judge_row(r, mapping, index, me, around[k], deferred)
    preload_existing([r.match.known for r in deferred if r.match and r.match.known])
    for r in deferred:
        finish_row(r, index, me)
    for r in plans:
        r.action = default_action(r, duplicates, updates)
        if r.action == MERGE:
            r.merge_fields = gaps_filled(r)
    progress.checkpoint(feedback, 100)
    return ImportPlan(Path(workcopy), mapping, table, plans, me)


def prepare_row(number: int, cells: dict[str, str], point: tuple[float, float] | None, mapping: ColumnMapping,
                locator: Locator, mapper: RowMapper | None = None) -> RowPlan:
    """A row's fields and location; `invalid` when a value is unmapped or there is no location."""
    mapped = (mapper or RowMapper(mapping))(cells)
    r = RowPlan(number, cells, mapped.props, unmapped=mapped.unmapped)
    for name, value in mapped.unmapped:
        r.reasons.append(tr("{0}: '{1}' is not a known value; assign it a code.").format(
            validation.field_label(name), value))
    r.located = locator.locate(cells, point)
    if r.located.problem:
        r.reasons.append(r.located.problem)
    if r.reasons:
        r.status = INVALID
    return r


def judge_row(r: RowPlan, mapping: ColumnMapping, index: matching.PointIndex, me: dict[str, Any],
              around: matching.Surroundings | None = None, updates: list[RowPlan] | None = None) -> None:
    """A located row's match, the model's verdict and the scope; a row found new joins `index` so that its
    repeats further down are duplicates. An update is left in `updates` when given (its point's row is read
    with the others', then `finish_row`): it changes nothing in the index."""
    located = r.located
    assert located is not None and located.lon is not None and located.lat is not None
    cells = r.cells
    uid = (cells.get(mapping.columns.get(ID, ""), "") or "").strip().lower() if mapping.columns.get(ID) else ""
    r.match = index.match(r.name, located.lon, located.lat, uid=uid, organization=r.props.get("organization", ""),
                          phone=r.props.get("phone", ""), email=r.props.get("email", ""), around=around)
    r.status = r.match.kind
    known = r.match.known
    if known is not None and known.uid.startswith(IN_FILE):
        r.status = matching.DUPLICATE  # the file names the point twice: the first row is the one imported
        r.match.why = tr("repeated in the file (row {0})").format(known.uid[len(IN_FILE):])
    if r.status == matching.UPDATE and updates is not None:
        updates.append(r)
        return
    finish_row(r, index, me, around.grams if around is not None else None)


def finish_row(r: RowPlan, index: matching.PointIndex, me: dict[str, Any], grams: frozenset[str] | None = None
               ) -> None:
    """A matched row's changes, the model's verdict and the scope (see `judge_row`)."""
    located = r.located
    assert located is not None and r.match is not None
    known = r.match.known
    if r.status == matching.UPDATE:
        r.changes = matching.changes(r.props, r.existing)
        if located.how == COORDINATES and (r.match.metres or 0) > MOVE_METRES:
            r.changes[GEOMETRY_KEY] = (located.lon, located.lat)
        if not r.changes:
            r.status = matching.UNCHANGED
        found = validation.problems({k: v for k, v in r.changes.items() if k != GEOMETRY_KEY}, partial=True)
    else:
        found = validation.problems(schema.with_defaults(COLLECTION, dict(r.props)))
    if found:
        r.status = INVALID
        r.reasons.append(validation.reasons(found))
        return
    teryts = [located.teryt] + ([known.teryt] if r.status in (matching.UPDATE,) and known is not None else [])
    if any(validation.outside_scope(t, me) for t in teryts):
        r.status = OUTSIDE
        r.reasons.append(tr("Outside your area: the store would refuse this point."))
        return
    if r.status == matching.NEW:
        index.add(matching.Known(f"{IN_FILE}{r.row}", r.name, located.lon, located.lat,  # type: ignore[arg-type]
                                 str(r.props.get("organization") or ""), str(r.props.get("phone") or ""),
                                 str(r.props.get("email") or "")), grams)


def preload_existing(knowns: list[matching.Known]) -> None:
    """The rows of matched points read at once (one statement per chunk), for `existing_props`."""
    by_loader: dict[int, tuple[Any, list[matching.Known]]] = {}
    for k in knowns:
        loader = k.props.get("_load")
        if hasattr(loader, "many") and "_props" not in k.props:
            by_loader.setdefault(id(loader), (loader, []))[1].append(k)
    for loader, group in by_loader.values():
        rows = loader.many(k.uid for k in group)
        for k in group:
            k.props["_props"] = wc_rows.read_row(COLLECTION, rows.get(k.uid) or {})[0]


GEOMETRY_KEY = "geometry"
