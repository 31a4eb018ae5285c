"""The points of the map a list's rows could match, read from the working copy without walking all of it
in Python (docs/ARCHITECTURE.md, "Import"): a map of 100,000 points is read as coordinates only (the
GeoPackage's R-tree, or the blobs), the rows' surroundings found with a numpy grid, and only those points,
the ones named by a row's uuid and those sharing a row's phone or e-mail (compared in SQL) are read in
full as `matching.Known`. The matching rules see exactly the points they would see over the whole map.
"""

from __future__ import annotations

import math
import sqlite3
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import matching
from .columns import COLLECTION

_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
MARGIN_M = 5.0  # the R-tree keeps single-precision bounds: a point may be off by a few centimetres
CHUNK = 900  # SQLite's parameters per statement, with room to spare
# digits of a phone number in SQL, as matching.phone_key keeps them (its last nine)
_PHONE_SQL = ("substr(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
              " '+', ''), '.', ''), -9)")


def blob_xy(blob: bytes | None) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage point blob, read in place."""
    if not blob or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    off = 8 + _ENVELOPE.get((blob[3] >> 1) & 7, 0)
    order = "<" if blob[off] == 1 else ">"
    if struct.unpack_from(order + "I", blob, off + 1)[0] % 1000 != 1:
        return None
    return struct.unpack_from(order + "2d", blob, off + 5)


class _RowLoader:
    """One working copy row by uuid, on demand (the index holds only what matching compares)."""

    def __init__(self, workcopy: str | Path) -> None:
        self.conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def __call__(self, uid: str) -> dict[str, Any]:
        row = self.conn.execute(f'SELECT * FROM "{COLLECTION}" WHERE uuid = ?', (uid,)).fetchone()
        return dict(row) if row else {}

    def __del__(self) -> None:  # the plan is gone: no open file left behind (Windows keeps it locked)
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()


def _coordinates(conn: sqlite3.Connection) -> tuple[Any, Any, Any]:
    """(fids, lon, lat) of every point: from the R-tree GDAL keeps beside the layer, else from the blobs."""
    import numpy as np

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rtree = f"rtree_{COLLECTION}_geom"
    if rtree in tables:
        rows = conn.execute(f'SELECT id, minx, miny FROM "{rtree}"').fetchall()
    else:
        rows = [(fid, *xy) for fid, blob in conn.execute(f'SELECT fid, geom FROM "{COLLECTION}"')
                if (xy := blob_xy(blob)) is not None]
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    arr = np.asarray(rows, dtype=float)
    return arr[:, 0].astype(np.int64), arr[:, 1], arr[:, 2]


def near_fids(fids: Any, lon: Any, lat: Any, rows: list[tuple[float, float]], distance: float) -> set[int]:
    """The fids within `distance` (+ a margin) of any of the rows' locations."""
    import numpy as np

    if not rows or len(fids) == 0:
        return set()
    reach = distance + MARGIN_M
    cos_min = math.cos(math.radians(min(max(abs(y) for _x, y in rows) + 0.1, 89.0)))
    cw_x, cw_y = reach / (matching.EARTH_M_PER_DEG * cos_min), reach / matching.EARTH_M_PER_DEG  # cell in degrees
    cx, cy = np.floor(lon / cw_x).astype(np.int64), np.floor(lat / cw_y).astype(np.int64)
    keys = cx * (1 << 32) + (cy + (1 << 31))
    order = np.argsort(keys, kind="stable")
    uniq, starts = np.unique(keys[order], return_index=True)
    cells = dict(zip(uniq.tolist(), zip(starts.tolist(), np.append(starts[1:], len(keys)).tolist())))
    found: set[int] = set()
    for x, y in rows:
        gx, gy = math.floor(x / cw_x), math.floor(y / cw_y) + (1 << 31)
        parts = [order[s:e] for k in (gx - 1, gx, gx + 1) for g in (gy - 1, gy, gy + 1)
                 if (span := cells.get(k * (1 << 32) + g)) is not None for s, e in (span,)]
        if not parts:
            continue
        idx = np.concatenate(parts)
        dx = (lon[idx] - x) * matching.EARTH_M_PER_DEG * math.cos(math.radians(y))
        dy = (lat[idx] - y) * matching.EARTH_M_PER_DEG
        found.update(fids[idx[np.hypot(dx, dy) <= reach]].tolist())
    return found


def _fids_where(conn: sqlite3.Connection, expr: str, keys: Iterable[str]) -> set[int]:
    """fids of the points whose `expr` is one of `keys`: the keys in a temporary table, so SQLite computes
    `expr` once per point and looks each up (an IN list per chunk would scan the table once per chunk)."""
    wanted = sorted({k for k in keys if k})
    if not wanted:
        return set()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS mp_import_keys (k TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.mp_import_keys")
    conn.executemany("INSERT OR IGNORE INTO temp.mp_import_keys VALUES (?)", ((k,) for k in wanted))
    return {r[0] for r in conn.execute(f'SELECT fid FROM "{COLLECTION}" WHERE {expr} IN '
                                       "(SELECT k FROM temp.mp_import_keys)")}


def candidate_points(workcopy: str | Path, rows: list[tuple[float, float]], distance: float, *,
                     uids: Iterable[str] = (), phones: Iterable[str] = (), emails: Iterable[str] = ()
                     ) -> list[matching.Known]:
    """The map's points any of the rows (their locations, uuids, phone keys, e-mail keys) could match."""
    loader = _RowLoader(workcopy)
    conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
    try:
        fids, lon, lat = _coordinates(conn)
        wanted = near_fids(fids, lon, lat, rows, distance)
        wanted |= _fids_where(conn, "uuid", uids)
        wanted |= _fids_where(conn, _PHONE_SQL, phones)
        wanted |= _fids_where(conn, "lower(trim(email))", emails)
        out: list[matching.Known] = []
        ordered = sorted(wanted)
        for k in range(0, len(ordered), CHUNK):
            chunk = ordered[k:k + CHUNK]
            for uid, name, org, phone, email, teryt, blob in conn.execute(
                    f'SELECT uuid, name, organization, phone, email, teryt, geom FROM "{COLLECTION}" '
                    f'WHERE uuid IS NOT NULL AND fid IN ({", ".join("?" * len(chunk))})', chunk):
                xy = blob_xy(blob)
                if xy is not None:
                    out.append(matching.Known(uid, name or "", xy[0], xy[1], org or "", phone or "", email or "",
                                              {"_load": loader}, teryt or ""))
        return out
    finally:
        conn.close()


def all_points(workcopy: str | Path) -> list[matching.Known]:
    """Every point of the map as matching compares it (small maps, tests)."""
    loader = _RowLoader(workcopy)
    conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
    try:
        return [matching.Known(uid, name or "", xy[0], xy[1], org or "", phone or "", email or "",
                               {"_load": loader}, teryt or "")
                for uid, name, org, phone, email, teryt, blob in conn.execute(
                    f'SELECT uuid, name, organization, phone, email, teryt, geom FROM "{COLLECTION}" '
                    "WHERE uuid IS NOT NULL") if (xy := blob_xy(blob)) is not None]
    finally:
        conn.close()
