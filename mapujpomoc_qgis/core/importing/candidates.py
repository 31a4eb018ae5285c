"""The points of the map a list's rows could match, read from the working copy without walking it row by
row in Python (docs/ARCHITECTURE.md, "Import"): `nearby_points`, or in steps while a plan works on the rows
(`MapRead`):

1. in a thread of its own (SQLite leaves Python's lock while it reads), every point with a uuid and a
   geometry in one statement: each column as one joined text (a NUL between values; a tuple per point costs
   more than the values) and the point blobs as one blob parsed with numpy: coordinates, names and
   organisations, and the uuids, phones or e-mails when the list has some. One pass over the table costs
   about what reading only the near points by fid did, and the rows need not wait for it;
2. the pairs of a row and a point within the distance in one numpy grid pass; the points named by a row's
   uuid and those sharing a row's phone or e-mail key (keyed as `matching` keys them, with numpy);
3. those points as `MapPoints` (in fid order; their other columns read when a row matches them), and the
   pairs with their distances, grouped by row, as `matching.PointIndex.surroundings_table` takes them.

The matching rules see exactly the points they would see over the whole map.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from . import matching
from .background import Background
from .columns import COLLECTION
from .grid import EARTH_M_PER_DEG, Grid, by_query, distances
from .keys import email_hits, email_key, phone_hits, phone_key

_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
CHUNK = 900  # SQLite's parameters per statement, with room to spare


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


# -- every point of the map -------------------------------------------------------------------------------


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


class _Column:
    """One text column of every point: as SQLite joined it (UTF-8 bytes, a NUL between values), decoded only
    at the positions asked for, or as a list of values (read a row at a time)."""

    def __init__(self, data: bytes = b"", n: int = 0, values: list[str] | None = None) -> None:
        self.data, self.n, self._values = data, n, values
        self._bounds: tuple[list[int], list[int]] | None = None  # where each value starts and ends

    @classmethod
    def joined(cls, data: bytes | None, n: int) -> _Column | None:
        """The column of `n` values joined in `data`; None when a value holds a NUL (the count is off)."""
        import numpy as np

        data = data or b""
        if n and int(np.count_nonzero(np.frombuffer(data, np.uint8) == 0)) != n - 1:
            return None
        return cls(data, n)

    def at(self, positions: Any) -> list[str]:
        """The values at `positions` (numpy int64), each decoded from its bytes (fewer than all of them: cheaper
        than decoding and splitting the whole text)."""
        at = positions.tolist()
        if self._values is not None:
            return [self._values[i] for i in at]
        if self._bounds is None:
            import numpy as np

            ends = np.flatnonzero(np.frombuffer(self.data, np.uint8) == 0)
            self._bounds = (np.concatenate(([0], ends + 1)).tolist(), [*ends.tolist(), len(self.data)])
        starts, ends, data = *self._bounds, self.data
        return [data[starts[i]:ends[i]].decode("utf-8", "replace") for i in at]

    def values(self) -> list[str]:
        if self._values is not None:
            return self._values
        return self.data.decode("utf-8", "replace").split("\0") if self.n else []


class _MapScan:
    """Every point of the map with a uuid and a geometry, in fid order (see the module doc): `fids`, `lon`,
    `lat` (numpy) and the text `columns` read: the names, and the organisations, uuids, phones and e-mails
    when the rows have some."""

    def __init__(self, workcopy: str | Path, columns: list[str], read: tuple[bool, tuple[Any, ...]]) -> None:
        """`read`: what `_scanned` read, worked out here (in the plan's thread, see `_scanned`)."""
        import numpy as np

        raw, found = read
        n, fid_text, geoms, squares, without_uuid = found[0], found[1], found[-3], found[-2], found[-1]
        data = (geoms if raw else bytes.fromhex(geoms) if geoms else b"") if n else b""
        # every blob of one size (and none missing) when n times the sum of their squared sizes is the square of
        # their total size (Cauchy-Schwarz: equal only for equal sizes)
        size = len(data) // n if n else 0
        equal = bool(n) and size * n == len(data) and squares is not None and n * squares == len(data) ** 2
        xy = _same_layout_xy(data, n, size) if equal and not without_uuid else None
        joined = [_Column.joined(t, n) for t in found[2:-3]] if raw else [None]
        fids = _int_list(fid_text, n)
        if xy is None or any(c is None for c in joined) or (len(fids) and not (np.diff(fids) > 0).all()):
            # another layout, a point without a geometry or a uuid, a NUL in a value, or not in fid order: a row
            # at a time
            conn = _connect(workcopy)
            try:
                fids, lon, lat, values = _scan_rows(conn, columns)
            finally:
                conn.close()
            self.columns = {c: _Column(values=v) for c, v in zip(columns, values)}
        else:
            lon, lat = xy
            self.columns = dict(zip(columns, joined))  # type: ignore[arg-type]
        self.fids, self.lon, self.lat = fids, lon, lat

    def __len__(self) -> int:
        return len(self.fids)

    def sharing(self, column: str, keys: set[str], hits: Callable[[bytes, int, set[str]], list[tuple[int, str]]],
                key_of: Callable[[str], str]) -> dict[int, str]:
        """position -> key of the points whose `column` (phone or e-mail) has one of `keys` (`hits`: the
        positions and keys among the joined UTF-8 values, `key_of`: one value's key)."""
        found = self.columns.get(column)
        if not keys or found is None:
            return {}
        if found._values is not None:  # read a row at a time
            return {i: k for i, t in enumerate(found.values()) if (k := key_of(t)) in keys}
        return dict(hits(found.data, len(self), keys))

    def named(self, uids: Iterable[str]) -> set[int]:
        """The positions of the points named by these uuids (in lower case, as rows give them)."""
        wanted = {u for u in uids if u}
        if not wanted or "uuid" not in self.columns:
            return set()
        return {i for i, u in enumerate(self.columns["uuid"].values()) if u.lower() in wanted}

    def points(self, positions: Any, loader: _RowLoader, keys: tuple[dict[int, str], dict[int, str]]
               ) -> matching.MapPoints:
        """`MapPoints` of the points at `positions` (numpy int64, ascending): their names (and organisations and
        uuids when read); their other columns read when a row matches them (`_Details`)."""
        n = len(positions)

        def column(name: str) -> list[Any]:
            found = self.columns.get(name)
            return found.at(positions) if found is not None else [None] * n

        def keyed(found: dict[int, str]) -> list[str]:
            return [found.get(i, "") for i in positions.tolist()] if found else [""] * n

        points = matching.MapPoints(column("uuid"), column("name"), self.lon[positions], self.lat[positions],
                                    column("organization"), [None] * n, [None] * n, [None] * n)
        points.phone_keys, points.email_keys = keyed(keys[0]), keyed(keys[1])
        details = _Details(self.fids[positions].tolist(), points, loader)
        points.fill, points.props = details, details.props
        return points


_SCANNED = "WHERE uuid IS NOT NULL AND length(geom) > 0"  # a point without either is none a row can match


def _scan_rows(conn: sqlite3.Connection, columns: list[str]) -> tuple[Any, Any, Any, list[list[str]]]:
    """(fids, lon, lat, values of each column) of every point, a row at a time: blobs of other layouts, or
    values holding a NUL. Points whose blob is no point are left out."""
    import numpy as np

    texts = "".join(f", CAST({c} AS TEXT)" for c in columns)
    rows = conn.execute(f'SELECT fid, geom{texts} FROM "{COLLECTION}" {_SCANNED} ORDER BY fid').fetchall()
    x, y, ok = blobs_xy([r[1] for r in rows])
    keep = ok.nonzero()[0].tolist()
    rows = [rows[k] for k in keep]
    values = [[r[2 + j] or "" for r in rows] for j in range(len(columns))]
    return np.asarray([r[0] for r in rows], np.int64), x[keep], y[keep], values


class _Details:
    """The uuid, organisation, phone, e-mail and TERYT of candidate points (those the scan did not read), read
    for the points rows match (`MapPoints.fill`), on the plan's row loader's connection; with them the columns
    a plan asks for (the fields its updates give), which the point's `Known` carries in its props as
    "_columns"."""

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
        p = self.points
        for row in self._rows(sorted(wanted), columns):
            fid, uid, organization, phone, email, teryt = row[:6]
            i = wanted.pop(fid)
            if p.uid[i] is None:  # type: ignore[index]
                p.uid[i] = uid  # type: ignore[index]
            if p.organization[i] is None:  # type: ignore[index]
                p.organization[i] = organization or ""  # type: ignore[index]
            p.phone[i], p.email[i], p.teryt[i] = phone or "", email or "", teryt or ""  # type: ignore[index]
            if columns:
                self.columns[i] = dict(zip(columns, row[6:]))
        for i in wanted.values():  # deleted since (edited meanwhile): nothing more is known
            if p.uid[i] is None:  # type: ignore[index]
                p.uid[i] = ""  # type: ignore[index]
            p.phone[i] = p.email[i] = p.teryt[i] = ""  # type: ignore[index]
            if p.organization[i] is None:  # type: ignore[index]
                p.organization[i] = ""  # type: ignore[index]

    def _rows(self, fids: list[int], columns: Sequence[str]) -> list[Any]:
        """(fid, uuid, organization, phone, email, teryt, *columns) of these points: all in one JSON text (one
        step of SQLite: a plan reads this in a thread of its own, and a thread taking Python's lock back from
        a busy plan waits up to 5 ms each time, which a row-by-row read would do per row); row by row when
        a value cannot be JSON (a blob)."""
        more = "".join(f', "{c}"' for c in columns)
        texts = "uuid, CAST(organization AS TEXT), CAST(phone AS TEXT), CAST(email AS TEXT), CAST(teryt AS TEXT)"
        where = f'FROM "{COLLECTION}" WHERE fid IN (SELECT value FROM json_each(?))'
        try:
            found = self.loader.conn.execute(f"SELECT json_group_array(json_array(fid, {texts}{more})) {where}",
                                             (json.dumps(fids),)).fetchone()[0]
            return json.loads(found)
        except sqlite3.OperationalError:
            return self.loader.conn.execute(f"SELECT fid, {texts}{more} {where}", (json.dumps(fids),)).fetchall()


class MapRead:
    """The map's side of one plan, read while the plan works on the rows (see the module doc): `MapRead`
    starts reading every point in the background (`uids`, `phones`, `emails`, `organizations`: whether the
    rows have some); `near` gives the points the rows could match and the pairs."""

    def __init__(self, workcopy: str | Path, phones: bool = True, emails: bool = True, uids: bool = True,
                 organizations: bool = True) -> None:
        self.workcopy = workcopy
        self.columns = columns = self.columns_of(phones, emails, uids, organizations)
        self._scan = Background(lambda: _scanned(workcopy, columns), "mapujpomoc-import-read")

    @staticmethod
    def columns_of(phones: bool, emails: bool, uids: bool, organizations: bool) -> list[str]:
        """The text columns read: the names, and the others the rows have."""
        return ["name"] + [c for c, wanted in (("organization", organizations), ("uuid", uids), ("phone", phones),
                                               ("email", emails)) if wanted]

    def near(self, lons: Any, lats: Any, distance: float, *, uids: Iterable[str] = (), phones: Iterable[str] = (),
             emails: Iterable[str] = ()) -> tuple[matching.MapPoints, tuple[Any, Any, Any]]:
        """The points (fid order) the rows (their lon, lat, uuids, phone and e-mail keys) could match and
        (row, point, metres) of every pair within the distance, grouped by row (see `nearby_points`)."""
        import numpy as np

        loader = _RowLoader(self.workcopy)  # opened before the scan is waited for
        qlon, qlat = np.asarray(lons, float), np.asarray(lats, float)
        scan = _MapScan(self.workcopy, self.columns, self._scan.result())
        q, p, d = _pairs(scan.lon, scan.lat, qlon, qlat, distance)
        keys = (scan.sharing("phone", {k for k in phones if k}, phone_hits, phone_key),
                scan.sharing("email", {k for k in emails if k}, email_hits, email_key))
        # the points near a row, sharing a key or named, in fid order; each one's place among them
        chosen = np.zeros(len(scan), bool)
        chosen[p] = True
        chosen[[*keys[0], *keys[1], *scan.named(uids)]] = True
        wanted = np.flatnonzero(chosen)
        place = np.cumsum(chosen) - 1
        points = scan.points(wanted, loader, keys)
        order = by_query(q, len(qlon))
        return points, (q[order], place[p[order]], d[order])


def _pairs(lon: Any, lat: Any, qlon: Any, qlat: Any, reach: float) -> tuple[Any, Any, Any]:
    """(query, point, metres) of the points within `reach` metres of each query (`grid.distances`)."""
    import numpy as np

    q, p = Grid(lon, lat, reach).around(qlon, qlat)
    band = np.abs((lat[p] - qlat[q]) * EARTH_M_PER_DEG) <= reach  # the north-south part alone rules most out
    q, p = q[band], p[band]
    d = distances(lon[p], lat[p], qlon[q], qlat[q])
    near = d <= reach
    return q[near], p[near], d[near]


def _scanned(workcopy: str | Path, columns: list[str]) -> tuple[bool, tuple[Any, ...]]:
    """The one row of the scan's statement (see the module doc), and whether the database is UTF-8 (then texts
    and blobs are read as they are kept, else as hex). In a thread of its own this does nothing but ask
    SQLite, in as few calls as it can: each time such a thread takes Python's lock back from a busy plan it
    waits up to the switch interval (5 ms), so the numpy work on what it read is the plan's (`_MapScan`), and
    the encoding is asked in the same statement (a UTF-16 GeoPackage, which GDAL never writes, is asked
    again with hex)."""
    conn = sqlite3.connect(f"file:{workcopy}?mode=ro", uri=True)
    try:
        utf8 = conn.execute(_scan_statement(columns, True)).fetchone()
        if utf8[0] == "UTF-8":
            return True, utf8[1:]
        return False, conn.execute(_scan_statement(columns, False)).fetchone()[1:]
    finally:
        conn.close()


def _scan_statement(columns: list[str], raw: bool) -> str:
    blobs = "CAST(group_concat(CAST(geom AS BLOB), '') AS BLOB)" if raw else "group_concat(hex(geom), '')"
    texts = "".join(f"CAST(group_concat(ifnull(CAST({c} AS TEXT), ''), char(0)) AS BLOB), " for c in columns)
    # every row, without a condition (a point without a uuid or a geometry is rare: `_MapScan` reads row by
    # row then); the uuid index counts those without one
    return (f"SELECT (SELECT encoding FROM pragma_encoding), count(*), group_concat(fid), {texts if raw else ''}"
            f'{blobs}, sum(length(geom) * length(geom)), (SELECT count(*) FROM "{COLLECTION}" WHERE uuid IS NULL) '
            f'FROM "{COLLECTION}" NOT INDEXED')


def scan_map(workcopy: str | Path, columns: list[str]) -> _MapScan:
    """Every point of the map with these text columns (see `_MapScan`), read now."""
    return _MapScan(workcopy, columns, _scanned(workcopy, columns))


def nearby_points(workcopy: str | Path, lons: Any, lats: Any, distance: float, *, uids: Iterable[str] = (),
                  phones: Iterable[str] = (), emails: Iterable[str] = ()
                  ) -> tuple[matching.MapPoints, tuple[Any, Any, Any]]:
    """The map's points the rows (their lon, lat, uuids, phone and e-mail keys) could match, in fid order, and
    (row, point, metres) of every pair of a row and a point within `distance`, grouped by row
    (`grid.by_query`), as `PointIndex.surroundings_table` takes them (see the module doc)."""
    uids, phones, emails = list(uids), list(phones), list(emails)
    return MapRead(workcopy, any(phones), any(emails), any(uids)).near(lons, lats, distance, uids=uids,
                                                                         phones=phones, emails=emails)


def candidate_points(workcopy: str | Path, rows: list[tuple[float, float]], distance: float, *,
                     uids: Iterable[str] = (), phones: Iterable[str] = (), emails: Iterable[str] = ()
                     ) -> matching.MapPoints:
    """The map's points any of the rows (their locations, uuids, phone keys, e-mail keys) could match, in
    fid order."""
    return nearby_points(workcopy, [x for x, _y in rows], [y for _x, y in rows], distance, uids=uids,
                         phones=phones, emails=emails)[0]


def all_points(workcopy: str | Path) -> matching.MapPoints:
    """Every point of the map as matching compares it, read a row at a time (small maps; the tests' oracle
    for what `nearby_points` picks)."""
    conn = _connect(workcopy)
    try:
        rows = conn.execute(f'SELECT uuid, name, organization, phone, email, teryt, geom FROM "{COLLECTION}" '
                            f"{_SCANNED} ORDER BY fid").fetchall()
    finally:
        conn.close()
    loader = _RowLoader(workcopy)
    return matching.MapPoints.of(
        matching.Known(uid, name or "", *xy, organization or "", str(phone or ""), str(email or ""), {"_load": loader},
                       str(teryt or ""))
        for uid, name, organization, phone, email, teryt, blob in rows if (xy := blob_xy(blob)) is not None)
