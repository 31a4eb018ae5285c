"""What an import would do with each row, before anything is written: the row's fields, its location,
the model's verdict, the user's scope and its match on the map (docs/ARCHITECTURE.md, "Import").

A row is, in this order of precedence: `invalid` (values nobody mapped, no location, or the shared
model's rules broken), `outside_scope` (the store would refuse it from this user), then `new`, `update`,
`unchanged` or `duplicate` (see `matching`). Each row carries an action the review may change: `create`,
`update`, `merge` (the fields in `merge_fields` taken from the row into the matched point) or `skip`.

A plan works column by column: every row's fields (`values.map_table`), place (`Locator.place_table`)
and the model's verdict (`validation.problems_of_rows`) at once, while the map is read in a thread of its
own (`candidates.MapRead`); the map's points near the rows, every row's surroundings in one pass, then the
rows matched in file order (`filematch`), while the places' communes and the matched points' columns are
read in threads of their own (`background.Background`).
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
from mapujpomoc_model.labels import fold

from .. import progress
from ..i18n import tr
from ..sync import rows as wc_rows
from . import matching, validation
from .background import Background
from .candidates import MapRead
from .columns import COLLECTION, ID, ColumnMapping
from .filematch import file_verdicts
from .grid import earlier_within
from .location import COORDINATES, Located, Locator
from .surroundings import SurroundingsTable
from .table import SourceTable
from .values import map_table

INVALID, OUTSIDE = "invalid", "outside_scope"
STATUSES = (matching.NEW, matching.UPDATE, matching.UNCHANGED, matching.DUPLICATE, INVALID, OUTSIDE)
CREATE, UPDATE, MERGE, SKIP = "create", "update", "merge", "skip"
IN_FILE = "row:"  # the uid of a row of this file already planned as new
MOVE_METRES = 1.0  # a row with coordinates this far from its point moves it


@dataclass(slots=True)
class RowPlan:
    row: int  # 1 for the first row under the header
    table: SourceTable | None  # the row's cells are `cells`
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
    def cells(self) -> dict[str, str]:
        """The row as header -> cell text."""
        return self.table.cells(self.row - 1) if self.table is not None else {}

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
    of a plan's time). Reference counting still frees everything. After, what survived (the plan's hundred
    thousand objects) goes straight to the oldest generation (`gc.freeze` then `gc.unfreeze`, two list
    moves), as it would after a few collections: else the first allocation after `gc.enable` has the
    collector walk all of them at once (30-40 ms). Not when the host froze objects itself (`unfreeze` would
    let those go too)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def make_plan(workcopy: str | Path, table: SourceTable, mapping: ColumnMapping, me: dict[str, Any], *,
              distance: float = matching.DEFAULT_DISTANCE, duplicates: str = SKIP, updates: bool = True,
              feedback: Any = None, known: list[matching.Known] | matching.MapPoints | None = None,
              reader: MapRead | None = None) -> ImportPlan:
    """The plan of every row of `table` (see the module doc): the rows mapped and located first, then
    only the map's points they could match read (`candidates`), then each row judged in file order.
    `known`: the map's points, instead of reading them; `reader`: the map's read (`map_read`) when already
    started."""
    with no_cyclic_gc():
        return _make_plan(workcopy, table, mapping, me, distance, duplicates, updates, feedback, known, reader)


def map_read(workcopy: str | Path, mapping: ColumnMapping) -> MapRead:
    """The map's read for a plan with this mapping, started (`candidates.MapRead`)."""
    return MapRead(workcopy, *_compared(mapping))


def _compared(mapping: ColumnMapping) -> tuple[bool, bool, bool, bool]:
    """Whether the rows give phones, e-mails, uuids and organisations (the map's columns matching compares)."""
    columns = mapping.columns
    return "phone" in columns, "email" in columns, ID in columns, "organization" in columns


def _make_plan(workcopy: str | Path, table: SourceTable, mapping: ColumnMapping, me: dict[str, Any],
               distance: float, duplicates: str, updates: bool, feedback: Any,
               known: list[matching.Known] | matching.MapPoints | None, reader: MapRead | None) -> ImportPlan:
    progress.checkpoint(feedback, 0, tr("Reading the map"))
    columns = mapping.columns
    # the map is read in the background while the rows are worked on (`candidates.MapRead`)
    if known is not None:
        reader = None
    elif reader is None or reader.columns != MapRead.columns_of(*_compared(mapping)):  # for another mapping
        reader = map_read(workcopy, mapping)
    locator = Locator(workcopy, mapping, table.crs if table.points is not None else "")
    places, placed = locator.place_table(table)
    plans = prepared_rows(table, mapping, places)
    progress.checkpoint(feedback, 30, tr("Matching rows"))
    located = [r for r in plans if r.status != INVALID]
    lons = [r.located.lon for r in located]  # type: ignore[union-attr]
    lats = [r.located.lat for r in located]  # type: ignore[union-attr]
    n = len(located)
    uids = [u.strip().lower() for u in table.column(columns[ID])] if ID in columns else []
    uids = [uids[r.row - 1] for r in located] if uids else [""] * n
    phones = matching.phone_keys([str(r.props.get("phone") or "") for r in located]) if "phone" in columns else [""] * n
    emails = [matching.email_key(str(r.props.get("email") or "")) for r in located] if "email" in columns else [""] * n
    # the model's verdict on each row as it would be created, and the keys matching compares (before the
    # map's points are asked for: the map is still being read)
    checks = validation.problems_of_rows([r.props for r in located])
    names = [fold(r.name) for r in located]
    orgs = [fold(str(r.props.get("organization") or "")) for r in located] if "organization" in columns else [""] * n
    earlier = earlier_within(lons, lats, distance)  # the rows near each row above it (`filematch`)
    progress.checkpoint(feedback, 45, tr("Reading the map"))
    # the places' communes are found in the background while the rows are matched (not sooner: two threads
    # besides this one would slow the map's read on two cores)
    communes = Background(lambda: locator.find_communes(places, placed), "mapujpomoc-import-communes")
    pairs = None
    if reader is not None:
        known, pairs = reader.near(lons, lats, distance, uids=uids, phones=phones, emails=emails)
    index = matching.PointIndex(known, distance)
    # every row's surroundings on the map in one numpy pass; the rows are then judged in file order
    around = index.surroundings_table(lons, lats, names, orgs, pairs, named_only=True)
    communes.result()  # the scope needs each row's commune
    progress.checkpoint(feedback, 60, tr("Matching rows"))
    deferred = judge_rows(located, (uids, names, orgs, phones, emails), index, around, me, checks, feedback,
                          earlier)
    passed = {r.row for r, found in zip(located, checks) if not found}  # every value passes the model's rules
    for r, before in zip(deferred, existing_fields(deferred)):
        finish_row(r, me, before, r.row in passed)
    for r in plans:
        r.action = default_action(r, duplicates, updates)
    merging = [r for r in plans if r.action == MERGE]
    preload_existing([r.match.known for r in merging if r.match and r.match.known])
    for r in merging:
        r.merge_fields = gaps_filled(r)
    progress.checkpoint(feedback, 100)
    return ImportPlan(Path(workcopy), mapping, table, plans, me)


def prepared_rows(table: SourceTable, mapping: ColumnMapping, places: list[Located]) -> list[RowPlan]:
    """Every row's fields, column by column, with its place (`Locator.place_table`); `invalid` when a value
    is unmapped or there is no place."""
    props, unmapped = map_table(table, mapping)
    plans = []
    for i, (fields, missing, where) in enumerate(zip(props, unmapped, places)):
        r = RowPlan(i + 1, table, fields, located=where, unmapped=missing)
        for name, value in missing:
            r.reasons.append(tr("{0}: '{1}' is not a known value; assign it a code.").format(
                validation.field_label(name), value))
        if where.problem:
            r.reasons.append(where.problem)
        if r.reasons:
            r.status = INVALID
        plans.append(r)
    return plans


def judge_rows(located: list[RowPlan], keys: tuple[list[str], ...], index: matching.PointIndex,
               around: SurroundingsTable, me: dict[str, Any], checks: list[list[tuple[str, str]]],
               feedback: Any = None, earlier: tuple[Any, Any] | None = None) -> list[RowPlan]:
    """Each located row's match, the model's verdict (`checks`: its problems as created) and the scope, in
    file order (`filematch.file_verdicts`): a row found new joins `index`, so that its repeats further down
    are duplicates. `keys`: the rows' uuids, folded names and organisations, phone and e-mail keys. The
    matched points are read together at the end. The updates are returned, their checks left for
    `finish_row` once their points' rows are read together. `earlier`: `grid.earlier_within` of the rows,
    when already made."""
    lons = [r.located.lon for r in located]  # type: ignore[union-attr]
    lats = [r.located.lat for r in located]  # type: ignore[union-attr]
    outside = _outside(located, me)
    updates: list[RowPlan] = []

    def judged(k: int, status: str) -> matching.Known | None:
        if k % 1000 == 0:
            progress.checkpoint(feedback, 60 + 35 * k / max(len(located), 1), tr("Matching rows"))
        r = located[k]
        r.status = status
        if status == matching.UPDATE:
            updates.append(r)
        elif checked_new(r, checks[k], outside[k]):
            return matching.Known(f"{IN_FILE}{r.row}", r.name, lons[k], lats[k],  # type: ignore[arg-type]
                                  str(r.props.get("organization") or ""), str(r.props.get("phone") or ""),
                                  str(r.props.get("email") or ""))
        return None

    base = index.base
    # the matched points' other columns, with those of the fields the rows give (for the updates' changes):
    # those the map alone decides read in the background while the rows are judged in file order (which
    # reads none of them), the few a row's repeat changes after
    fields = schema.fields_by_name(COLLECTION)
    given = sorted({name for r in located for name in r.props if name in fields})
    verdicts = index.map_verdicts(around, keys[1:], lons, lats)
    on_map = [found[1] for found in verdicts if found is not None and found[1] < base]
    read = Background(lambda: index.points.preload(on_map, given), "mapujpomoc-import-matched")
    verdicts = file_verdicts(index, around, keys, lons, lats, judged, verdicts, earlier)
    read.result()
    index.points.preload((found[1] for found in verdicts if found is not None and found[1] < base), given)
    for r, found in zip(located, verdicts):
        r.match = matching.Match(matching.NEW) if found is None else matching.Match(
            found[0], index.known(found[1]), found[2], found[3])
        if found is not None and found[1] >= base:
            r.match.why = tr("repeated in the file (row {0})").format(r.match.known.uid[len(IN_FILE):])  # type: ignore
    return updates


def _outside(rows: list[RowPlan], me: dict[str, Any]) -> list[bool]:
    """Whether the store would refuse each row's place from this user (`validation.outside_scope`, once per
    commune)."""
    found: dict[str | None, bool] = {}
    teryts = [r.located.teryt for r in rows]  # type: ignore[union-attr]
    for t in dict.fromkeys(teryts):
        found[t] = validation.outside_scope(t, me)
    return [found[t] for t in teryts]


def checked_new(r: RowPlan, problems: list[tuple[str, str]], outside: bool) -> bool:
    """A row not updating a point: `invalid` with the model's `problems` (of its properties with the
    defaults), `outside_scope` when out of the user's area; whether it is new and joins the rows later ones
    are matched against."""
    if problems:
        r.status = INVALID
        r.reasons.append(validation.reasons(problems))
        return False
    if outside:
        r.status = OUTSIDE
        r.reasons.append(tr("Outside your area: the store would refuse this point."))
        return False
    return r.status == matching.NEW


def finish_row(r: RowPlan, me: dict[str, Any], existing: dict[str, Any] | None = None, passed: bool = False) -> None:
    """An update's changes, the model's verdict on them and the scope (of the row and of the point).
    `existing`: the point's values of (at least) the fields the row gives, when already read; `passed`: the
    row as a new point broke none of the model's rules (`validation.problems_of_rows`), so none of its values
    does and its changes need no check (the model checks each field's value alone)."""
    located, match = r.located, r.match
    assert located is not None and match is not None and match.known is not None
    r.changes = matching.changes(r.props, r.existing if existing is None else existing)
    if located.how == COORDINATES and (match.metres or 0) > MOVE_METRES:
        r.changes[GEOMETRY_KEY] = (located.lon, located.lat)
    if not r.changes:
        r.status = matching.UNCHANGED
    found = [] if passed else validation.problems({k: v for k, v in r.changes.items() if k != GEOMETRY_KEY},
                                                  partial=True)
    if found:
        r.status = INVALID
        r.reasons.append(validation.reasons(found))
        return
    # an unchanged row changes nothing: only its own place counts
    teryts = (located.teryt, match.known.teryt) if r.status == matching.UPDATE else (located.teryt,)
    if any(validation.outside_scope(t, me) for t in teryts):
        r.status = OUTSIDE
        r.reasons.append(tr("Outside your area: the store would refuse this point."))


def existing_fields(rows: list[RowPlan]) -> list[dict[str, Any]]:
    """Each update's point's values of the fields its row gives (store form, as `existing_props` makes them):
    the columns read with the point's other ones ("_columns" of its props), else those columns of the points
    read together; a point read already (or not from a working copy) gives its `existing_props`."""
    fields = schema.fields_by_name(COLLECTION)
    out: list[dict[str, Any]] = [{} for _ in rows]
    by_loader: dict[int, tuple[Any, list[int]]] = {}
    for k, r in enumerate(rows):
        known = r.match.known  # type: ignore[union-attr]
        loader = known.props.get("_load")  # type: ignore[union-attr]
        given = known.props.get("_columns")  # type: ignore[union-attr]
        names = [name for name in r.props if name in fields]
        if "_props" in known.props or not hasattr(loader, "fields"):  # type: ignore[union-attr]
            out[k] = r.existing
        elif given is not None and all(name in given for name in names):
            out[k] = {name: wc_rows.from_column(fields[name], given[name]) for name in names}
        else:
            by_loader.setdefault(id(loader), (loader, []))[1].append(k)
    for loader, group in by_loader.values():
        names = sorted({name for k in group for name in rows[k].props if name in fields})
        found = loader.fields([rows[k].match.known.uid for k in group], names)  # type: ignore[union-attr]
        for k in group:
            row = found.get(rows[k].match.known.uid) or {}  # type: ignore[union-attr]
            out[k] = {name: wc_rows.from_column(fields[name], row.get(name)) for name in rows[k].props
                      if name in fields}
    return out


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
