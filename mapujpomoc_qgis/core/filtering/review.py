"""Freshness review: points of the user's area not verified for too long, and marking them verified."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from qgis.core import QgsVectorLayer

from ..i18n import tr
from .filters import months_ago


def stale(conn: sqlite3.Connection, scope: list[str], months: int,
          today: dt.date | None = None) -> list[tuple[int, str, str | None]]:
    """(fid, name, verified_at) of points in `scope` last verified before N months ago (or never)."""
    cutoff = months_ago(months, today).isoformat()
    regions = " OR ".join("teryt LIKE ?" for _ in scope) or "1"
    return conn.execute(f"SELECT fid, name, verified_at FROM aid_points WHERE ({regions}) AND "
                        "(verified_at IS NULL OR verified_at < ?) ORDER BY verified_at IS NOT NULL, verified_at, "
                        "name", [f"{p}%" for p in scope] + [cutoff]).fetchall()


def mark_verified(layer: QgsVectorLayer, fids: Iterable[int], today: dt.date | None = None,
                  commit: bool = True) -> int:
    """Set verified_at to today through the layer's edit buffer (undoable; the outbox picks it up on commit)."""
    day = (today or dt.date.today()).isoformat()
    idx = layer.fields().indexOf("verified_at")
    started = False
    if not layer.isEditable():
        started = layer.startEditing()
    layer.beginEditCommand(tr("Mark verified"))
    changed = sum(1 for fid in fids if layer.changeAttributeValue(int(fid), idx, day))
    layer.endEditCommand()
    if started and commit and not layer.commitChanges():
        raise RuntimeError("; ".join(layer.commitErrors()))
    return changed
