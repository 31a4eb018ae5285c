"""The one entry point of the import (docs/ARCHITECTURE.md, "Import"), for the dialog, the Processing
algorithm and `mapujpomoc import`:

    request = ImportRequest(workcopy, "lista.csv", mapping=ColumnMapping.load("m.json"))
    plan = plan_import(request, feedback)          # read, map, locate, validate, match: nothing written
    result = apply_import(plan, layer=None, report="raport.csv")   # the accepted rows as edits

`run_import` does both with the actions `request.duplicates` and `request.updates` choose (the command
line and Processing); the dialog lets the user review and change each row's action in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import progress
from ..i18n import tr
from ..sync.workcopy import WorkingCopy
from . import ImportingError, matching
from .apply import OUTCOMES, apply_plan
from .background import Background
from .candidates import MapRead
from .columns import ColumnMapping, guess
from .plan import CREATE, MERGE, SKIP, ImportPlan, make_plan, map_read, no_cyclic_gc
from .readers import read_source
from .report import write_report
from .table import SourceTable

DUPLICATE_ACTIONS = (SKIP, MERGE, CREATE)


@dataclass
class ImportRequest:
    workcopy: str | Path
    source: Any  # a file path or a QgsVectorLayer
    mapping: ColumnMapping | None = None  # None: guessed from the headers
    layer_name: str = ""  # a sheet of an XLSX or a layer of a GeoPackage
    encoding: str | None = None
    delimiter: str | None = None
    distance: float = matching.DEFAULT_DISTANCE
    duplicates: str = SKIP  # what to do with probable duplicates: skip, merge (fill empty fields), create
    updates: bool = True
    crs: str = ""  # of X/Y columns, over the mapping's (EPSG:2180 by default)


@dataclass
class ImportResult:
    plan: ImportPlan
    counts: dict[str, int] = field(default_factory=dict)  # per outcome
    report: Path | None = None

    def summary(self) -> str:
        c = self.counts
        return tr("{0} created, {1} updated, {2} merged, {3} skipped, {4} refused").format(
            c.get("created", 0), c.get("updated", 0), c.get("merged", 0), c.get("skipped", 0), c.get("refused", 0))


def read(request: ImportRequest, on_headers: Callable[[list[str]], None] | None = None) -> SourceTable:
    return read_source(request.source, request.layer_name, request.encoding, request.delimiter, on_headers)


def mapping_for(headers: list[str], mapping: ColumnMapping | None) -> ColumnMapping:
    """The request's mapping fitted to a table's headers (the missing columns guessed), or a guess."""
    return mapping.for_headers(headers) if mapping is not None else guess(headers)


def _must_exist(workcopy: str | Path) -> None:
    if not Path(workcopy).is_file():
        raise ImportingError(tr("There is no working copy at {0}.").format(workcopy))


def user_of(workcopy: str | Path) -> dict[str, Any]:
    """The account the working copy last synced as ({} before any sync: then nothing is outside scope)."""
    _must_exist(workcopy)
    with WorkingCopy(workcopy) as wc:
        return wc.meta_json("me") or {}


def plan_import(request: ImportRequest, feedback: Any = None, table: SourceTable | None = None) -> ImportPlan:
    """What the import would do with each row; nothing is written. A missing working copy is said at once;
    one that is not a working copy, or too old, once the list is read (its account is read meanwhile)."""
    if request.duplicates not in DUPLICATE_ACTIONS:
        raise ImportingError(tr("Duplicates may be skipped, merged or created, not '{0}'.").format(request.duplicates))
    _must_exist(request.workcopy)  # said before the list is read
    # while the list is read: the account (opening and checking the working copy is mostly SQLite parsing
    # its schema, which leaves Python's lock), and the map's read (`candidates.MapRead`) once a CSV's headers
    # say which columns it needs (the other readers give them at the end)
    account = Background(lambda: user_of(request.workcopy), "mapujpomoc-import-account")
    started: list[tuple[ColumnMapping, MapRead]] = []

    def headers_read(headers: list[str]) -> None:
        mapping = mapping_for(headers, request.mapping)
        started.append((mapping, map_read(request.workcopy, mapping)))

    progress.checkpoint(feedback, 0, tr("Reading {0}").format(request.source if isinstance(request.source, (str, Path))
                                                               else request.source.name()))
    with no_cyclic_gc():  # reading makes a list per row (see plan.no_cyclic_gc)
        table = table or read(request, headers_read)
    me = account.result()
    mapping, reader = started[0] if started else (mapping_for(table.headers, request.mapping), None)
    if request.crs:
        mapping.crs = request.crs
    return make_plan(request.workcopy, table, mapping, me, distance=request.distance,
                     duplicates=request.duplicates, updates=request.updates, feedback=feedback, reader=reader)


def apply_import(plan: ImportPlan, layer: Any = None, report: str | Path | None = None,
                 feedback: Any = None) -> ImportResult:
    """Write the plan's actions into the working copy (see `apply.apply_plan`), then the report."""
    counts = apply_plan(plan, layer, feedback)
    written = write_report(plan.rows, report) if report else None
    return ImportResult(plan, {k: counts.get(k, 0) for k in OUTCOMES}, written)


def run_import(request: ImportRequest, report: str | Path | None = None, feedback: Any = None,
               dry_run: bool = False) -> ImportResult:
    """Plan and apply with the request's default actions (the CLI, Processing)."""
    plan = plan_import(request, feedback)
    if dry_run:
        for r in plan.rows:
            r.outcome = "refused" if r.refused else r.action
        written = write_report(plan.rows, report) if report else None
        return ImportResult(plan, {}, written)
    return apply_import(plan, None, report, feedback)
