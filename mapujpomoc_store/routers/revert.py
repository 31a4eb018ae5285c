"""Undo: coordinators and admins revert a changeset, or a user's changes since a time
(docs/ARCHITECTURE.md, *Undo*)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from .. import revert
from ..state import StateDep
from .shared import writer_of

router = APIRouter()

_DRY_RUN = Query(False, description="Compute and check everything, report the outcomes, write nothing.")
_HOW = ("Coordinators (for features in their area) and admins only; others get 403. The revert is a new "
        "changeset by the user asking, recorded in the history like any edit. Per field: a field someone else "
        "changed since is reported as a conflict and keeps their value; the feature's other fields still go "
        "back. What the reverted changes created is deleted, what they deleted comes back with its id. "
        "Sending the same revert again applies nothing. The reply lists each feature's outcome: reverted, "
        "conflict, unchanged, forbidden (outside your area) or invalid. 403 when every feature to change is "
        "outside your area.")


@router.post("/changesets/{cid}/revert", summary="Revert one changeset (coordinators and admins)",
             description="Undo every change recorded under changeset `cid`. " + _HOW)
async def revert_changeset(request: Request, cid: str, state: StateDep, dry_run: bool = _DRY_RUN) -> dict[str, Any]:
    user = await writer_of(state, request)
    target = revert.Target.of_changeset(cid)
    return await run_in_threadpool(revert.run, state.write_engine, state.index, user, target, dry_run=dry_run)


@router.post("/users/{name}/revert", summary="Revert every change by one user since a time (coordinators and "
                                             "admins)",
             description="Undo every change user `name` made at or after `since` (ISO 8601; UTC when it has no "
                         "offset), e.g. after a stolen token or a mistaken bulk edit. " + _HOW)
async def revert_user(request: Request, name: str, state: StateDep,
                      since: str = Query(..., description="ISO 8601 time, e.g. 2024-05-01T12:00:00Z"),
                      dry_run: bool = _DRY_RUN) -> dict[str, Any]:
    user = await writer_of(state, request)
    target = revert.Target.of_user(name, since)
    return await run_in_threadpool(revert.run, state.write_engine, state.index, user, target, dry_run=dry_run)
