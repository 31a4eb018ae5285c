"""The points of the map a list's rows could match, read from the working copy without walking all of it
in Python (docs/ARCHITECTURE.md, "Import"): a map of 100,000 points is read as coordinates only (the leaf
nodes of the GeoPackage's R-tree parsed with numpy, or the blobs), the rows' surroundings found with a
numpy grid, and only those points, the ones named by a row's uuid (in SQL) and those sharing a row's
phone or e-mail (keyed as `matching` keys them) are read, as the columns `matching.MapPoints` compares.
The matching rules see exactly the points they would see over the whole map.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import matching
from .columns import COLLECTION
from .grid import Grid, distances

_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
MARGIN_M = 5.0  # the R-tree keeps single-precision bounds: a point may be off by a few centimetres
CHUNK = 900  # SQLite's parameters per statement, with room to spare
_COLUMNS = "fid, uuid, name, organization, phone, email, teryt, geom"


def blob_xy(blob: bytes | None) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage point blob, read in place."""
    if not blob or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    off = 8 + _ENVELOPE.get((blob[3] >> 1) & 7, 0)
    order = "<" if blob[off] == 1 else ">"
    if struct.unpack_from(order + "I", blob, off + 1)[0] % 1000 != 1:
        return None
    return struct.unpack_from(order + "2d", blob, off + 5)


def blobs_xy(blobs: list[bytes]) -> tuple[Any, Any, Any]:
    """(x, y, ok) of many GeoPackage point blobs: one numpy view when they share a layout (GDAL writes
    every point of a layer alike), else one by one with `blob_xy`."""
    import numpy as np

    n = len(blobs)
    size = len(blobs[0]) if n else 0
    data = b"".join(blobs) if n else b""
    if n and size >= 8 and len(data) == n * size:
        arr = np.frombuffer(data, np.uint8).reshape(n, size)
        head = blobs[0]
        off = 8 + _ENVELOPE.get((head[3] >> 1) & 7, 0)
        if (head[:2] == b"GP" and not head[3] & 0x10 and size >= off + 21 and (arr[:, 3] == head[3]).all()
                and (arr[:, :2] == arr[0, :2]).all() and (arr[:, off:off + 5] == arr[0, off:off + 5]).all()):
            order = "<" if head[off] == 1 else ">"
            if struct.unpack_from(order + "I", head, off + 1)[0] % 1000 == 1:
                xy = np.ascontiguousarray(arr[:, off + 5:off + 21]).view(order + "f8")
                return xy[:, 0].astype(float), xy[:, 1].astype(float), np.ones(n, bool)
    pairs = [blob_xy(b) for b in blobs]
    ok = np.fromiter((p is not None for p in pairs), bool, n)
    return (np.fromiter((p[0] if p else 0.0 for p in pairs), float, n),
            np.fromiter((p[1] if p else 0.0 for p in pairs), float, n), ok)


class _RowLoader:
    """Working copy rows by uuid, on demand (the index holds only what matching compares)."""

    def __init__(self, workcopy: str | Path) -> None:
        self.conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def __call__(self, uid: str) -> dict[str, Any]:
        row = self.conn.execute(f'SELECT * FROM "{COLLECTION}" WHERE uuid = ?', (uid,)).fetchone()
        return dict(row) if row else {}

    def many(self, uids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """uuid -> row of many points at once (the uuid index, a chunk of uuids per statement)."""
        wanted = sorted(set(uids))
        out: dict[str, dict[str, Any]] = {}
        for k in range(0, len(wanted), CHUNK):
            chunk = wanted[k:k + CHUNK]
            for row in self.conn.execute(f'SELECT * FROM "{COLLECTION}" WHERE uuid IN ({", ".join("?" * len(chunk))})',
                                         chunk):
                out.setdefault(row["uuid"], dict(row))
        return out

    def __del__(self) -> None:  # the plan is gone: no open file left behind (Windows keeps it locked)
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()


def _rtree_leaves(conn: sqlite3.Connection, rtree: str) -> tuple[Any, Any, Any] | None:
    """(ids, minx, miny) of every entry of an SQLite R-tree, from its node table (the documented format:
    a node is a 2-byte depth (the root's), a 2-byte cell count, then cells of a big-endian 64-bit id and
    four 32-bit floats); reading the virtual table instead costs ten times as much. None when the nodes
    do not add up to the tree's entries (then the caller asks the virtual table)."""
    import numpy as np

    cell = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])
    nodes = dict(conn.execute(f'SELECT nodeno, data FROM "{rtree}_node"'))
    root = nodes.get(1)
    if root is None or len(root) < 4:
        return None
    level = [root]
    for _ in range(int.from_bytes(root[:2], "big")):  # down to the leaves, one level at a time
        children = np.concatenate([np.frombuffer(b, cell, int.from_bytes(b[2:4], "big"), 4)["id"] for b in level])
        level = [nodes[int(c)] for c in children.tolist()]
    cells = np.concatenate([np.frombuffer(b, cell, int.from_bytes(b[2:4], "big"), 4) for b in level])
    count = conn.execute(f'SELECT count(*) FROM "{rtree}_rowid"').fetchone()[0]
    if len(cells) != count:
        return None
    return cells["id"].astype(np.int64), cells["minx"].astype(float), cells["miny"].astype(float)


def _coordinates(conn: sqlite3.Connection) -> tuple[Any, Any, Any]:
    """(fids, lon, lat) of every point: from the R-tree GDAL keeps beside the layer, else from the blobs."""
    import numpy as np

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rtree = f"rtree_{COLLECTION}_geom"
    if rtree in tables:
        try:
            found = _rtree_leaves(conn, rtree) if f"{rtree}_node" in tables else None
        except (KeyError, ValueError, sqlite3.Error):  # not the format above: the virtual table answers
            found = None
        if found is not None:
            return found
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
    qlon, qlat = np.asarray([x for x, _y in rows], float), np.asarray([y for _x, y in rows], float)
    q, p = Grid(lon, lat, reach).around(qlon, qlat)
    near = distances(lon[p], lat[p], qlon[q], qlat[q]) <= reach
    return set(np.unique(fids[p[near]]).tolist())


def _fids_with_uuid(conn: sqlite3.Connection, uids: Iterable[str]) -> set[int]:
    """fids of the points named by the rows' uuids (the keys in a temporary table; the uuid index answers)."""
    wanted = sorted({k for k in uids if k})
    if not wanted:
        return set()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS mp_import_keys (k TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.mp_import_keys")
    conn.executemany("INSERT OR IGNORE INTO temp.mp_import_keys VALUES (?)", ((k,) for k in wanted))
    return {r[0] for r in conn.execute(f'SELECT fid FROM "{COLLECTION}" WHERE uuid IN '
                                       "(SELECT k FROM temp.mp_import_keys)")}


def _keys_sharing(conn: sqlite3.Connection, phones: Iterable[str], emails: Iterable[str]
                  ) -> tuple[dict[int, str], dict[int, str]]:
    """fid -> `matching.phone_key` (and -> `email_key`) of the points whose key is one of the rows': every
    point's phone (e-mail) read in one pass as one joined text (a tuple per point costs more than the keys),
    the keys made as matching makes them."""
    wanted = [(column, keys, fn) for column, keys, fn in (("phone", {k for k in phones if k}, matching.phone_keys),
                                                          ("email", {k for k in emails if k}, _email_keys)) if keys]
    found: tuple[dict[int, str], dict[int, str]] = ({}, {})
    if not wanted:
        return found
    columns = ", ".join(f"group_concat(ifnull({c}, ''), char(0))" for c, _k, _f in wanted)
    fids, *texts = conn.execute(f'SELECT group_concat(fid), {columns} FROM "{COLLECTION}"').fetchone()
    if fids is None:
        return found
    fid_list = [int(f) for f in fids.split(",")]
    lists = [t.split("\0") for t in texts]
    if any(len(values) != len(fid_list) for values in lists):  # a NUL inside a value: row by row
        rows = conn.execute(f'SELECT fid, {", ".join(c for c, _k, _f in wanted)} FROM "{COLLECTION}"').fetchall()
        fid_list = [r[0] for r in rows]
        lists = [[r[1 + j] or "" for r in rows] for j in range(len(wanted))]
    for (column, keys, fn), values in zip(wanted, lists):
        out = found[0] if column == "phone" else found[1]
        out.update((f, k) for f, k in zip(fid_list, fn(values)) if k in keys)
    return found


def _email_keys(texts: list[str]) -> list[str]:
    return [matching.email_key(t) if t else "" for t in texts]


def _points(rows: list[tuple[Any, ...]], loader: _RowLoader,
            keys: tuple[dict[int, str], dict[int, str]] | None = None) -> matching.MapPoints:
    """`MapPoints` of rows of `_COLUMNS` (rows without a uuid or a point left out); `keys`: the phone and
    e-mail keys of the points sharing one with a row (the others' are not looked up)."""
    rows = [r for r in rows if r[1] is not None and r[7]]
    x, y, ok = blobs_xy([r[7] for r in rows])
    if not ok.all():
        keep = ok.nonzero()[0]
        rows, x, y = [rows[k] for k in keep.tolist()], x[keep], y[keep]
    load = {"_load": loader}
    points = matching.MapPoints([r[1] for r in rows], [r[2] or "" for r in rows], x, y, [r[3] or "" for r in rows],
                                [r[4] or "" for r in rows], [r[5] or "" for r in rows], [r[6] or "" for r in rows],
                                props=lambda _i: dict(load))
    if keys is not None:
        points.phone_keys = [keys[0].get(r[0], "") for r in rows]
        points.email_keys = [keys[1].get(r[0], "") for r in rows]
    return points


def candidate_points(workcopy: str | Path, rows: list[tuple[float, float]], distance: float, *,
                     uids: Iterable[str] = (), phones: Iterable[str] = (), emails: Iterable[str] = ()
                     ) -> matching.MapPoints:
    """The map's points any of the rows (their locations, uuids, phone keys, e-mail keys) could match, in
    fid order."""
    loader = _RowLoader(workcopy)
    conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
    try:
        fids, lon, lat = _coordinates(conn)
        wanted = near_fids(fids, lon, lat, rows, distance)
        wanted |= _fids_with_uuid(conn, uids)
        keys = _keys_sharing(conn, phones, emails)
        wanted |= keys[0].keys() | keys[1].keys()
        found: list[tuple[Any, ...]] = []
        ordered = sorted(wanted)
        for k in range(0, len(ordered), CHUNK):
            chunk = ordered[k:k + CHUNK]
            found += conn.execute(f'SELECT {_COLUMNS} FROM "{COLLECTION}" WHERE fid IN ({", ".join("?" * len(chunk))})',
                                  chunk).fetchall()
        found.sort(key=lambda r: r[0])
        return _points(found, loader, keys)
    finally:
        conn.close()


def all_points(workcopy: str | Path) -> matching.MapPoints:
    """Every point of the map as matching compares it (small maps, tests)."""
    loader = _RowLoader(workcopy)
    conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
    try:
        return _points(conn.execute(f'SELECT {_COLUMNS} FROM "{COLLECTION}" ORDER BY fid').fetchall(), loader)
    finally:
        conn.close()
