"""The points of the map a list's rows could match, read from the working copy without walking all of it
in Python (docs/ARCHITECTURE.md, "Import"), `nearby_points`, or in steps while a plan works on the rows
(`MapRead`: steps 1 and 3 read in a thread of their own; SQLite leaves Python's lock meanwhile):

1. every point's coordinates from the leaf nodes of the GeoPackage's R-tree (the nodes read as one blob and
   parsed with numpy) and, when the list has phones or e-mails, every point's phone or e-mail as one joined
   text;
2. the pairs of a row and a point within the distance (plus a margin: the R-tree keeps single-precision
   bounds) in one numpy grid pass; the points named by a row's uuid (in SQL) and those sharing a row's
   phone or e-mail key (keyed as `matching` keys them, with numpy);
3. those points' names, organisations and point blobs in one statement (`MapPoints`, in fid order; their
   other columns read when a row matches them), and the pairs with their exact distances, grouped by row,
   as `matching.PointIndex.surroundings_table` takes them.

The matching rules see exactly the points they would see over the whole map.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from . import matching
from .columns import COLLECTION
from .grid import EARTH_M_PER_DEG, Grid, by_query, distances
from .keys import email_hits, email_key, phone_hits, phone_key

_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
MARGIN_M = 5.0  # the R-tree keeps single-precision bounds: a point may be off by a few centimetres
CHUNK = 900  # SQLite's parameters per statement, with room to spare
_COLUMNS = "fid, uuid, name, organization, phone, email, teryt, geom"
_TEXT_COLUMNS = ("uuid", "name", "organization", "phone", "email", "teryt")


def _connect(workcopy: str | Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)


# -- point blobs -------------------------------------------------------------------------------------------


def blob_xy(blob: bytes | None) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage point blob, read in place."""
    if not blob or blob[:2] != b"GP" or blob[3] & 0x10:
        return None
    off = 8 + _ENVELOPE.get((blob[3] >> 1) & 7, 0)
    order = "<" if blob[off] == 1 else ">"
    if struct.unpack_from(order + "I", blob, off + 1)[0] % 1000 != 1:
        return None
    return struct.unpack_from(order + "2d", blob, off + 5)


def _same_layout_xy(data: bytes, n: int, size: int) -> tuple[Any, Any] | None:
    """(x, y) of `n` point blobs of `size` bytes each, joined in `data`: one numpy view when every blob has
    the first one's header (GDAL writes every point of a layer alike), else None."""
    import numpy as np

    if not n or size < 8 or len(data) != n * size:
        return None
    arr = np.frombuffer(data, np.uint8).reshape(n, size)
    head = data[:size]
    off = 8 + _ENVELOPE.get((head[3] >> 1) & 7, 0)
    if (head[:2] != b"GP" or head[3] & 0x10 or size < off + 21 or not (arr[:, 3] == head[3]).all()
            or not (arr[:, :2] == arr[0, :2]).all() or not (arr[:, off:off + 5] == arr[0, off:off + 5]).all()):
        return None
    order = "<" if head[off] == 1 else ">"
    if struct.unpack_from(order + "I", head, off + 1)[0] % 1000 != 1:
        return None
    xy = np.ascontiguousarray(arr[:, off + 5:off + 21]).view(order + "f8")
    return xy[:, 0].astype(float), xy[:, 1].astype(float)


def blobs_xy(blobs: list[bytes]) -> tuple[Any, Any, Any]:
    """(x, y, ok) of many GeoPackage point blobs: one numpy view when they share a layout, else one by one
    with `blob_xy`."""
    import numpy as np

    n = len(blobs)
    found = _same_layout_xy(b"".join(blobs), n, len(blobs[0])) if n else None
    if found is not None:
        return found[0], found[1], np.ones(n, bool)
    pairs = [blob_xy(b) for b in blobs]
    ok = np.fromiter((p is not None for p in pairs), bool, n)
    return (np.fromiter((p[0] if p else 0.0 for p in pairs), float, n),
            np.fromiter((p[1] if p else 0.0 for p in pairs), float, n), ok)


# -- rows by uuid, for the rows' changes ------------------------------------------------------------------


class _RowLoader:
    """Working copy rows by uuid, on demand (the index holds only what matching compares); the plan is made
    in a task's thread and reviewed in the dialog's, so the connection serves any thread (one at a time)."""

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

    def fields(self, uids: Iterable[str], names: list[str]) -> dict[str, dict[str, Any]]:
        """uuid -> {column: value} of the columns `names` of many points at once (as `many` would read them)."""
        columns = "".join(f', "{name}"' for name in names)
        out: dict[str, dict[str, Any]] = {}
        for row in self.conn.execute(f'SELECT uuid{columns} FROM "{COLLECTION}" WHERE uuid IN '
                                     "(SELECT value FROM json_each(?))", (json.dumps(sorted(set(uids))),)):
            out.setdefault(row["uuid"], dict(row))
        return out

    def __del__(self) -> None:  # the plan is gone: no open file left behind (Windows keeps it locked)
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()


# -- every point's coordinates, phone and e-mail ----------------------------------------------------------


_CELL = [("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")]


def _rtree_leaves(conn: sqlite3.Connection, rtree: str) -> tuple[Any, Any, Any] | None:
    """(ids, minx, miny) of every entry of an SQLite R-tree, from its node table (the documented format:
    a node is a 2-byte depth (the root's), a 2-byte cell count, then cells of a big-endian 64-bit id and
    four 32-bit floats); reading the virtual table instead costs ten times as much. The nodes (all of one
    size) are read as one blob and walked a level at a time with numpy. None when the nodes do not add up
    to the tree's entries (then the caller asks the virtual table)."""
    import numpy as np

    cell = np.dtype(_CELL)
    numbers, data, n, size, longest = conn.execute(
        "SELECT group_concat(nodeno), CAST(group_concat(CAST(data AS BLOB), '') AS BLOB), count(*), "
        f'min(length(data)), max(length(data)) FROM "{rtree}_node"').fetchone()
    if not n or size != longest or size < 4 or len(data) != n * size:
        return None
    nodeno = _int_list(numbers, n)
    nodes = np.frombuffer(data, np.uint8).reshape(n, size)
    row_of = np.full(int(nodeno.max()) + 1, -1, np.int64)
    row_of[nodeno] = np.arange(n)
    width = (size - 4) // cell.itemsize
    cells = np.ascontiguousarray(nodes[:, 4:4 + width * cell.itemsize]).view(cell).reshape(n, width)
    counts = nodes[:, 2].astype(np.int64) * 256 + nodes[:, 3]
    if len(row_of) < 2 or row_of[1] < 0 or (counts > width).any():
        return None
    level = row_of[1:2]  # the root
    for _ in range(int(nodes[level[0], 0]) * 256 + int(nodes[level[0], 1])):  # down to the leaves
        children = cells[level]["id"][np.arange(width) < counts[level][:, None]].astype(np.int64)
        if (children < 0).any() or (children >= len(row_of)).any() or (row_of[children] < 0).any():
            return None
        level = row_of[children]
    leaves = cells[level][np.arange(width) < counts[level][:, None]]
    count = conn.execute(f'SELECT count(*) FROM "{rtree}_rowid"').fetchone()[0]
    if len(leaves) != count:
        return None
    return leaves["id"].astype(np.int64), leaves["minx"].astype(float), leaves["miny"].astype(float)


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


def _int_list(text: str | None, n: int) -> Any:
    """`n` integers written with commas between them (what group_concat gives) as numpy int64."""
    import numpy as np

    if not text:
        return np.zeros(0, np.int64)
    try:
        out = np.fromstring(text, dtype=np.int64, sep=",")  # text mode: not the deprecated binary one
    except (ValueError, DeprecationWarning):
        out = None
    if out is None or len(out) != n:
        out = np.asarray(text.split(","), dtype=np.int64)
    return out


class _Joined:
    """The non-empty values of one column of every point, as SQLite joins them (one text, a NUL between
    values; a tuple per point costs more than the values): `fids()`, `text`, `values()`."""

    def __init__(self, conn: sqlite3.Connection, column: str) -> None:
        where = f'FROM "{COLLECTION}" WHERE {column} IS NOT NULL AND {column} <> \'\''
        self._fids, text, self.n = conn.execute(
            f"SELECT group_concat(fid), group_concat(CAST({column} AS TEXT), char(0)), count(*) {where}").fetchone()
        self.text = text or ""
        self._rows: list[tuple[int, str]] | None = None
        if self.n and self.text.count("\0") != self.n - 1:  # a NUL in a value: row by row
            self._rows = conn.execute(f"SELECT fid, CAST({column} AS TEXT) {where}").fetchall()
            self.text = ""

    def fids(self) -> Any:
        import numpy as np

        if self._rows is not None:
            return np.asarray([r[0] for r in self._rows], dtype=np.int64)
        return _int_list(self._fids, self.n)

    def values(self) -> list[str]:
        if self._rows is not None:
            return [r[1] for r in self._rows]
        return self.text.split("\0") if self.n else []


class _MapScan:
    """Every point's coordinates (the R-tree's bounds), and phones and e-mails when the rows have some."""

    def __init__(self, conn: sqlite3.Connection, phones: bool, emails: bool) -> None:
        self.fids, self.lon, self.lat = _coordinates(conn)
        self.phones = _Joined(conn, "phone") if phones else None
        self.emails = _Joined(conn, "email") if emails else None


def _sharing(found: _Joined | None, keys: set[str], hits: Callable[[str, int, set[str]], list[tuple[int, str]]],
             key_of: Callable[[str], str]) -> dict[int, str]:
    """fid -> key of the points whose key (`key_of` a value) is one of `keys`; `hits`: (position, key) of
    those among the joined values."""
    if found is None or not keys:
        return {}
    if found._rows is not None:  # values with a NUL: one by one
        shared = [(i, k) for i, t in enumerate(found.values()) if (k := key_of(t)) in keys]
    else:
        shared = hits(found.text, found.n, keys)
    fid_list = found.fids().tolist() if shared else []
    return {fid_list[i]: k for i, k in shared}


def _fids_with_uuid(conn: sqlite3.Connection, uids: Iterable[str]) -> set[int]:
    """fids of the points named by the rows' uuids (the uuid index answers)."""
    wanted = sorted({k for k in uids if k})
    if not wanted:
        return set()
    return {r[0] for r in conn.execute(f'SELECT fid FROM "{COLLECTION}" WHERE uuid IN '
                                       "(SELECT value FROM json_each(?))", (json.dumps(wanted),))}


# -- the points near the rows, and their columns ----------------------------------------------------------


def _fetch(conn: sqlite3.Connection, fids: list[int], loader: _RowLoader,
           keys: tuple[dict[int, str], dict[int, str]] | None, uids: bool) -> tuple[Any, matching.MapPoints]:
    """(fids, `MapPoints`) of the points `fids` (sorted) that have a uuid and a point, in fid order: their names
    and organisations (and uuids when rows name some) read in one statement, each column as one joined text,
    the point blobs as one joined blob; their other columns when a row matches them (`_Details`)."""
    texts = ["name", "organization"] + (["uuid"] if uids else [])
    # a blob read as text keeps its bytes in a UTF-8 database (a GeoPackage is one): no hex to undo
    raw = conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"
    blobs = "CAST(group_concat(CAST(a.geom AS BLOB), '') AS BLOB)" if raw else "group_concat(hex(a.geom), '')"
    found = conn.execute(
        "SELECT count(*), group_concat(a.fid), "
        + "".join(f"group_concat(ifnull(CAST(a.{c} AS TEXT), ''), char(0)), " for c in texts)
        + f"{blobs}, min(length(a.geom)), max(length(a.geom)) FROM json_each(?) j JOIN \"{COLLECTION}\" a "
        "ON a.fid = j.value WHERE a.uuid IS NOT NULL AND length(a.geom) > 0", (json.dumps(fids),)).fetchone()
    n, fid_text, columns, geoms, shortest, longest = (found[0], found[1], found[2:2 + len(texts)],
                                                      found[2 + len(texts)], found[-2], found[-1])
    values = [c.split("\0") if n else [] for c in columns]
    data = (geoms if raw else bytes.fromhex(geoms)) if n else b""
    xy = _same_layout_xy(data, n, shortest) if n and shortest == longest else None
    if xy is None or any(len(v) != n for v in values):  # another layout, or a NUL in a value: row by row
        return _fetch_rows(conn, fids, loader, keys)
    got = _int_list(fid_text, n)
    later: list[Any] = [None] * n
    got, points = _ordered(got, [values[2] if uids else list(later), values[0], values[1], list(later), list(later),
                                 list(later)], xy[0], xy[1], loader, keys)
    details = _Details(got.tolist(), points, loader)
    points.fill, points.props = details, details.props
    return got, points


class _Details:
    """The uuid, phone, e-mail and TERYT of candidate points, read for the points rows match
    (`MapPoints.fill`), on the plan's row loader's connection; with them the columns a plan asks for (the
    fields its updates give), which the point's `Known` carries in its props as "_columns"."""

    def __init__(self, fids: list[int], points: matching.MapPoints, loader: _RowLoader) -> None:
        self.fids, self.points, self.loader = fids, points, loader
        self.columns: dict[int, dict[str, Any]] = {}

    def props(self, i: int) -> dict[str, Any]:
        """A new `Known`'s props: the loader of its row, and the columns read."""
        out: dict[str, Any] = {"_load": self.loader}
        if i in self.columns:
            out["_columns"] = self.columns[i]
        return out

    def __call__(self, indices: list[int], columns: Sequence[str] = ()) -> None:
        wanted = {self.fids[i]: i for i in indices}
        if not wanted:
            return
        more = "".join(f', "{c}"' for c in columns)
        cursor = self.loader.conn.execute(
            f'SELECT fid, uuid, CAST(phone AS TEXT), CAST(email AS TEXT), CAST(teryt AS TEXT){more} FROM '
            f'"{COLLECTION}" WHERE fid IN (SELECT value FROM json_each(?))', (json.dumps(sorted(wanted)),))
        p = self.points
        for row in cursor.fetchall():
            fid, uid, phone, email, teryt = row[:5]
            i = wanted.pop(fid)
            if p.uid[i] is None:  # type: ignore[index]
                p.uid[i] = uid  # type: ignore[index]
            p.phone[i], p.email[i], p.teryt[i] = phone or "", email or "", teryt or ""  # type: ignore[index]
            if columns:
                self.columns[i] = dict(zip(columns, row[5:]))
        for i in wanted.values():  # deleted since (edited meanwhile): nothing more is known
            if p.uid[i] is None:  # type: ignore[index]
                p.uid[i] = ""  # type: ignore[index]
            p.phone[i] = p.email[i] = p.teryt[i] = ""  # type: ignore[index]


def _fetch_rows(conn: sqlite3.Connection, fids: list[int], loader: _RowLoader,
                keys: tuple[dict[int, str], dict[int, str]] | None) -> tuple[Any, matching.MapPoints]:
    import numpy as np

    rows: list[tuple[Any, ...]] = []
    for k in range(0, len(fids), CHUNK):
        chunk = fids[k:k + CHUNK]
        rows += conn.execute(f'SELECT {_COLUMNS} FROM "{COLLECTION}" WHERE fid IN ({", ".join("?" * len(chunk))})',
                             chunk).fetchall()
    rows = [r for r in rows if r[1] is not None and r[7]]
    x, y, ok = blobs_xy([r[7] for r in rows])
    keep = ok.nonzero()[0].tolist()
    rows = [rows[k] for k in keep]
    values = [[r[1 + j] if r[1 + j] is not None else "" for r in rows] for j in range(len(_TEXT_COLUMNS))]
    values = [[v if isinstance(v, str) else str(v) for v in column] for column in values]
    return _ordered(np.asarray([r[0] for r in rows], np.int64), values, x[keep], y[keep], loader, keys)


def _ordered(fids: Any, values: list[list[str]], x: Any, y: Any, loader: _RowLoader,
             keys: tuple[dict[int, str], dict[int, str]] | None) -> tuple[Any, matching.MapPoints]:
    """`MapPoints` of the columns read, in fid order; `keys`: the phone and e-mail keys of the points sharing
    one with a row (the others' are not looked up)."""
    import numpy as np

    if len(fids) and not (np.diff(fids) > 0).all():
        order = np.argsort(fids, kind="stable")
        fids, x, y = fids[order], x[order], y[order]
        values = [[column[i] for i in order.tolist()] for column in values]
    uid, name, organization, phone, email, teryt = values
    load = {"_load": loader}
    points = matching.MapPoints(uid, name, x, y, organization, phone, email, teryt, props=lambda _i: dict(load))
    if keys is not None:
        fid_list = fids.tolist()
        points.phone_keys = [keys[0].get(f, "") for f in fid_list] if keys[0] else [""] * len(fid_list)
        points.email_keys = [keys[1].get(f, "") for f in fid_list] if keys[1] else [""] * len(fid_list)
    return fids, points


class _Background:
    """`fn()` in a thread of its own (SQLite leaves Python's lock to the plan while it reads); `result()`
    waits for it and raises what it raised."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn, self._value, self._error = fn, None, None
        self._thread = threading.Thread(target=self._run, name="mapujpomoc-import-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed to `result`
            self._error = exc

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


class MapRead:
    """The map's side of one plan, read while the plan works on the rows (see the module doc): `MapRead`
    starts reading every point's coordinates (and phones, e-mails) in the background; `near` finds the
    points near the rows and starts reading their columns in the background; `result` gives them and the
    pairs."""

    def __init__(self, workcopy: str | Path, phones: bool = True, emails: bool = True) -> None:
        self.workcopy = workcopy
        self._scan = _Background(lambda: _scanned(workcopy, phones, emails))
        self._near: tuple[Any, ...] | None = None
        self._fetch: _Background | None = None

    def near(self, lons: Any, lats: Any, distance: float, *, uids: Iterable[str] = (), phones: Iterable[str] = (),
             emails: Iterable[str] = ()) -> None:
        """The rows: their lon, lat, uuids, phone and e-mail keys (see `nearby_points`)."""
        import numpy as np

        scan: _MapScan = self._scan.result()
        phone_set, email_set, named = {k for k in phones if k}, {k for k in emails if k}, [u for u in uids if u]
        qlon, qlat = np.asarray(lons, float), np.asarray(lats, float)
        reach = distance + MARGIN_M  # the R-tree's bounds are a few centimetres off
        q, p = Grid(scan.lon, scan.lat, reach).around(qlon, qlat)
        plat, rlat = scan.lat[p], qlat[q]
        band = np.abs((plat - rlat) * EARTH_M_PER_DEG) <= reach  # the north-south part alone rules most out
        q, p, plat, rlat = q[band], p[band], plat[band], rlat[band]
        near = distances(scan.lon[p], plat, qlon[q], rlat) <= reach
        q, near_fid = q[near], scan.fids[p[near]]
        keys = (_sharing(scan.phones, phone_set, phone_hits, phone_key),
                _sharing(scan.emails, email_set, email_hits, email_key))
        wanted = _distinct(near_fid) | keys[0].keys() | keys[1].keys()
        self._near = (q, near_fid, qlon, qlat, float(distance))
        workcopy = self.workcopy
        self._fetch = _Background(lambda: _read_points(workcopy, wanted, named, keys))

    def result(self) -> tuple[matching.MapPoints, tuple[Any, Any, Any]]:
        """The points (fid order) and (row, point, metres) of every pair within the distance, grouped by row."""

        assert self._fetch is not None and self._near is not None, "near() first"
        fids, points = self._fetch.result()
        q, near_fid, qlon, qlat, distance = self._near
        # the pairs' points among those read (a point without a uuid or a point is not one), exact distances
        at = _positions(fids, near_fid)
        found = at >= 0
        q, p = q[found], at[found]
        d = distances(points.lon[p], points.lat[p], qlon[q], qlat[q])
        keep = d <= distance
        q, p, d = q[keep], p[keep], d[keep]
        order = by_query(q, len(qlon))
        return points, (q[order], p[order], d[order])


def _scanned(workcopy: str | Path, phones: bool, emails: bool) -> _MapScan:
    conn = _connect(workcopy)
    try:
        return _MapScan(conn, phones, emails)
    finally:
        conn.close()


def _read_points(workcopy: str | Path, wanted: set[int], uids: list[str],
                 keys: tuple[dict[int, str], dict[int, str]]) -> tuple[Any, matching.MapPoints]:
    """`_fetch` of the points `wanted` and those named by `uids`, on a connection of its own."""
    conn = _connect(workcopy)
    try:
        return _fetch(conn, sorted(wanted | _fids_with_uuid(conn, uids)), _RowLoader(workcopy), keys, bool(uids))
    finally:
        conn.close()


def nearby_points(workcopy: str | Path, lons: Any, lats: Any, distance: float, *, uids: Iterable[str] = (),
                  phones: Iterable[str] = (), emails: Iterable[str] = ()
                  ) -> tuple[matching.MapPoints, tuple[Any, Any, Any]]:
    """The map's points the rows (their lon, lat, uuids, phone and e-mail keys) could match, in fid order, and
    (row, point, metres) of every pair of a row and a point within `distance`, grouped by row
    (`grid.by_query`), as `PointIndex.surroundings_table` takes them (see the module doc)."""
    phones, emails = list(phones), list(emails)
    read = MapRead(workcopy, any(phones), any(emails))
    read.near(lons, lats, distance, uids=uids, phones=phones, emails=emails)
    return read.result()


def _distinct(fids: Any) -> set[int]:
    """The distinct fids (a mask over the fids when they are not far apart, else a sort)."""
    import numpy as np

    if len(fids) == 0:
        return set()
    top = int(fids.max())
    if top > 20 * len(fids) + 1_000_000:
        return set(np.unique(fids).tolist())
    seen = np.zeros(top + 1, bool)
    seen[fids] = True
    return set(np.flatnonzero(seen).tolist())


def _positions(fids: Any, wanted: Any) -> Any:
    """The position of each of `wanted` in `fids` (sorted, distinct), -1 where missing."""
    import numpy as np

    if len(fids) == 0:
        return np.full(len(wanted), -1, np.int64)
    top = int(max(wanted.max(initial=0), fids.max()))
    if top <= 20 * (len(wanted) + len(fids)) + 1_000_000:  # a table of fids
        position = np.full(top + 1, -1, np.int64)
        position[fids] = np.arange(len(fids))
        return position[wanted]
    at = np.minimum(np.searchsorted(fids, wanted), len(fids) - 1)
    return np.where(fids[at] == wanted, at, -1)


def candidate_points(workcopy: str | Path, rows: list[tuple[float, float]], distance: float, *,
                     uids: Iterable[str] = (), phones: Iterable[str] = (), emails: Iterable[str] = ()
                     ) -> matching.MapPoints:
    """The map's points any of the rows (their locations, uuids, phone keys, e-mail keys) could match, in
    fid order."""
    return nearby_points(workcopy, [x for x, _y in rows], [y for _x, y in rows], distance, uids=uids,
                         phones=phones, emails=emails)[0]


def all_points(workcopy: str | Path) -> matching.MapPoints:
    """Every point of the map as matching compares it (small maps, tests)."""
    conn = _connect(workcopy)
    try:
        fids = [r[0] for r in conn.execute(f'SELECT fid FROM "{COLLECTION}" ORDER BY fid')]
        return _fetch_rows(conn, fids, _RowLoader(workcopy), None)[1]
    finally:
        conn.close()
