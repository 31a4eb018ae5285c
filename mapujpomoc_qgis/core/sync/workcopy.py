"""The working copy: one GeoPackage per connection.

It holds the layers the user edits (`aid_points`, `service_areas`), the
boundaries, the catalog as a lookup table, and the sync state in `mp_*`
tables: the base copy of every row as last synced, the outbox, conflicts and
metadata (cursor, store URL, scope). SQLite triggers fill the outbox, so any
program that writes the GeoPackage is captured; sync sets `mp_guard.applying`
inside its own transaction so what it writes is not mistaken for an edit.
"""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from mapujpomoc_model import catalog, schema
from mapujpomoc_model.gpkg_geom import register_functions

from ..errors import MapujPomocError
from ..i18n import tr
from . import list_order

SCHEMA_VERSION = 2
EDITABLE = schema.EDITABLE_COLLECTIONS
BOUNDARY_LAYERS = {"wojewodztwa": "wojewodztwo", "powiaty": "powiat", "gminy": "gmina"}
CATALOG_TABLE = list_order.CATALOG_TABLE  # the catalog as a lookup table (the form's lists read it)

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
_UUID = ("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
         "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
         "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))")

SYNC_TABLES = f"""
CREATE TABLE IF NOT EXISTS mp_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS mp_guard (id INTEGER PRIMARY KEY CHECK (id = 1), applying INTEGER NOT NULL);
INSERT OR IGNORE INTO mp_guard VALUES (1, 0);
-- properties NULL: the row itself still holds the synced values (filled from a snapshot); the first
-- local edit copies them here (mp_<table>_keep_base), geometry then as the row's GeoPackage blob
CREATE TABLE IF NOT EXISTS mp_base (
  collection TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL,
  properties TEXT, geometry, PRIMARY KEY (collection, uuid));
CREATE TABLE IF NOT EXISTS mp_outbox (
  collection TEXT NOT NULL, uuid TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  changed_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'refused')),
  reason TEXT, PRIMARY KEY (collection, uuid));
CREATE TABLE IF NOT EXISTS mp_conflicts (
  collection TEXT NOT NULL, uuid TEXT NOT NULL, field TEXT NOT NULL,
  base TEXT, mine TEXT, theirs TEXT, theirs_version INTEGER, detected_at TEXT NOT NULL DEFAULT ({_NOW}),
  PRIMARY KEY (collection, uuid, field));
CREATE TABLE IF NOT EXISTS mp_log (at TEXT NOT NULL DEFAULT ({_NOW}), level TEXT NOT NULL, message TEXT NOT NULL);
"""


def _base_json(t: str) -> str:
    """SQL building the store's properties object from the OLD row (for the lazy base copy)."""
    from mapujpomoc_model import schema

    parts = [f"'{f.name}', " + (f'json(OLD."{f.name}")' if f.kind in (schema.LIST, schema.JSON) else f'OLD."{f.name}"')
             for f in schema.COLLECTION_FIELDS[t]]
    return "json_object(" + ", ".join(parts) + ")"


def _triggers(t: str) -> str:
    """Outbox triggers for one editable table (see module doc)."""
    keep_base = (f"UPDATE mp_base SET properties = {_base_json(t)}, geometry = OLD.geom "
                 f"WHERE collection = '{t}' AND uuid = OLD.uuid AND properties IS NULL;")
    in_base = f"EXISTS (SELECT 1 FROM mp_base b WHERE b.collection = '{t}' AND b.uuid = {{u}})"
    clean = "lower(trim(NEW.uuid, '{}'))"
    return f"""
CREATE TRIGGER IF NOT EXISTS mp_{t}_insert AFTER INSERT ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0
BEGIN
  -- a new feature gets a UUID; a pasted copy of an existing one gets its own (no id mix-ups)
  UPDATE "{t}" SET uuid = CASE
      WHEN NEW.uuid IS NULL OR trim(NEW.uuid) = ''
        OR EXISTS (SELECT 1 FROM "{t}" o WHERE o.uuid = {clean} AND o.fid != NEW.fid)
        OR {in_base.format(u=clean)}
      THEN {_UUID} ELSE {clean} END
    WHERE fid = NEW.fid;
  INSERT INTO mp_outbox (collection, uuid, op, changed_at)
    VALUES ('{t}', (SELECT uuid FROM "{t}" WHERE fid = NEW.fid), 'create', {_NOW})
    ON CONFLICT (collection, uuid) DO UPDATE SET op = 'create', changed_at = excluded.changed_at;
END;
CREATE TRIGGER IF NOT EXISTS mp_{t}_keep_base_update BEFORE UPDATE ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0 AND OLD.uuid IS NOT NULL
BEGIN
  {keep_base}
END;
CREATE TRIGGER IF NOT EXISTS mp_{t}_keep_base_delete BEFORE DELETE ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0 AND OLD.uuid IS NOT NULL
BEGIN
  {keep_base}
END;
CREATE TRIGGER IF NOT EXISTS mp_{t}_uuid_fixed BEFORE UPDATE OF uuid ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0 AND OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid
  AND {in_base.format(u="OLD.uuid")}
  AND (SELECT count(*) FROM "{t}" o WHERE o.uuid = OLD.uuid) = 1
BEGIN
  SELECT RAISE(ABORT, 'The uuid of a synced feature identifies it in the store and cannot change.');
END;
CREATE TRIGGER IF NOT EXISTS mp_{t}_update AFTER UPDATE ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0 AND NEW.uuid IS NOT NULL
BEGIN
  INSERT INTO mp_outbox (collection, uuid, op, changed_at) VALUES ('{t}', NEW.uuid, 'update', {_NOW})
    ON CONFLICT (collection, uuid) DO UPDATE SET changed_at = excluded.changed_at,
      reason = CASE state WHEN 'refused' THEN NULL ELSE reason END,
      state = 'pending';
END;
CREATE TRIGGER IF NOT EXISTS mp_{t}_delete AFTER DELETE ON "{t}"
WHEN (SELECT applying FROM mp_guard) = 0 AND OLD.uuid IS NOT NULL
BEGIN
  DELETE FROM mp_outbox WHERE collection = '{t}' AND uuid = OLD.uuid AND NOT {in_base.format(u="OLD.uuid")};
  DELETE FROM mp_conflicts WHERE collection = '{t}' AND uuid = OLD.uuid
    AND NOT {in_base.format(u="OLD.uuid")};
  INSERT INTO mp_outbox (collection, uuid, op, changed_at)
    SELECT '{t}', OLD.uuid, 'delete', {_NOW} WHERE {in_base.format(u="OLD.uuid")}
    ON CONFLICT (collection, uuid) DO UPDATE SET op = 'delete', changed_at = excluded.changed_at,
      state = 'pending', reason = NULL;
END;
"""


def pin_gdal_journal_mode() -> None:
    """Make every GDAL connection to a GeoPackage use WAL, as the working copy does.

    QGIS opens read-only and update connections to the same file; when their
    journal modes differ, queries behind a filter fail with "unable to open
    database file" (seen with QGIS 3.22 / GDAL 3.6). One mode for all avoids it.
    """
    from osgeo import gdal

    if not gdal.GetConfigOption("OGR_SQLITE_JOURNAL"):
        gdal.SetConfigOption("OGR_SQLITE_JOURNAL", "WAL")


class WorkingCopyError(MapujPomocError):
    """A working copy that cannot be used, with what to do about it."""


BUSY_TIMEOUT = 30.0  # seconds to wait for another program's lock on the file before giving up
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def storage_error(path: Path, exc: BaseException) -> WorkingCopyError | None:
    """What an SQLite or file system error on the working copy means for the user and what to do, or None
    when it is not about the file itself (then it is a bug, reported as it is)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno not in _FULL_ERRNOS:
            return None
        name = "SQLITE_FULL"
    elif not isinstance(exc, sqlite3.Error):
        return None
    if name.startswith("SQLITE_FULL") or "disk is full" in text or (
            name.startswith("SQLITE_IOERR") or "disk I/O error" in text) and _disk_full(path.parent):
        return WorkingCopyError(
            tr("The disk holding {0} is full ({1}). Nothing is lost: what failed was undone, and changes the "
               "store has not confirmed are still in the working copy. Free some space on that disk, then "
               "sync again.").format(path, text))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return WorkingCopyError(
            tr("{0} is locked by another program ({1}). Close the program that has it open for writing "
               "(another QGIS, a database browser, ogr2ogr...) or let it finish, then try again. Nothing was "
               "changed.").format(path, text))
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return WorkingCopyError(
            tr("{0} cannot be written: the file or its folder is read-only ({1}). Make it writable, or move "
               "it to a folder you may write to, then try again. Nothing was changed.").format(path, text))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_CANTOPEN")) or any(
            w in text for w in ("malformed", "not a database", "disk I/O error", "unable to open")):
        return WorkingCopyError(
            tr("{0} is damaged or not a GeoPackage ({1}). Move it aside (rename it) and sync again: a fresh "
               "working copy is made with a first sync. Keep the damaged file: changes that were not synced "
               "yet are only in it.").format(path, text))
    return None


def _ogr_field(f: schema.Field) -> Any:
    from osgeo import ogr

    if f.kind in (schema.LIST, schema.JSON):
        fd = ogr.FieldDefn(f.name, ogr.OFTString)
        fd.SetSubType(ogr.OFSTJSON)
    elif f.kind == schema.DATE:
        fd = ogr.FieldDefn(f.name, ogr.OFTDate)
    elif f.kind == schema.INT:
        fd = ogr.FieldDefn(f.name, ogr.OFTInteger64)
    else:
        fd = ogr.FieldDefn(f.name, ogr.OFTString)
        if f.max_len:
            fd.SetWidth(f.max_len)
    return fd


def _create_layers(path: Path) -> None:
    """The GeoPackage layers, made by GDAL so every GeoPackage reader understands them."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if ds is None:
        raise WorkingCopyError(tr("Cannot create a GeoPackage at {0}. Check the folder exists and is "
                                  "writable.").format(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    opts = ["FID=fid", "GEOMETRY_NAME=geom"]
    geom_types = {"aid_points": ogr.wkbPoint, "service_areas": ogr.wkbMultiPolygon}
    for name in EDITABLE:
        lyr = ds.CreateLayer(name, srs, geom_types[name], opts)
        lyr.CreateField(ogr.FieldDefn("uuid", ogr.OFTString))
        for f in schema.COLLECTION_FIELDS[name]:
            lyr.CreateField(_ogr_field(f))
    for name in BOUNDARY_LAYERS:
        lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, opts)
        lyr.CreateField(ogr.FieldDefn("teryt", ogr.OFTString))
        lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr = ds.CreateLayer(CATALOG_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for col in ("list", "code", "label_pl", "label_uk", "label_en"):
        lyr.CreateField(ogr.FieldDefn(col, ogr.OFTString))
    ds = None  # closes and flushes


def catalog_rows() -> list[tuple[str, str, str, str, str]]:
    groups = {**catalog.LISTS, **catalog.ENUMS}
    return [(group, e.code, e.pl, e.uk, e.en) for group, entries in groups.items() for e in entries]


class WorkingCopy:
    """Access to one working copy GeoPackage (plain sqlite3; safe while QGIS has it open)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = self._connect()
        try:
            self._check()
        except BaseException:
            self.conn.close()  # not a working copy we can use: leave no open database behind (closing twice is fine)
            raise
        list_order.ensure_triggers(self.conn, EDITABLE)  # a working copy made before lists kept their order

    # -- opening ----------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, store_url: str) -> WorkingCopy:
        path = Path(path)
        if path.exists():
            raise WorkingCopyError(tr("{0} already exists; open it instead or choose another file.").format(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_layers(path)
            conn = sqlite3.connect(str(path))
            try:
                register_functions(conn)
                conn.execute("PRAGMA journal_mode = WAL")  # QGIS can read while a sync writes
                conn.executescript(SYNC_TABLES)
                for t in EDITABLE:
                    conn.executescript(_triggers(t) + list_order.trigger_sql(t))
                    conn.execute(f'CREATE INDEX IF NOT EXISTS "{t}_uuid" ON "{t}" (uuid)')
                conn.executemany(f"INSERT INTO {CATALOG_TABLE} (list, code, label_pl, label_uk, label_en) "
                                 "VALUES (?, ?, ?, ?, ?)", catalog_rows())
                conn.executemany("INSERT OR REPLACE INTO mp_meta VALUES (?, ?)",
                                 [("schema_version", str(SCHEMA_VERSION)), ("store_url", store_url.rstrip("/"))])
                conn.commit()
            finally:
                conn.close()
        except (OSError, RuntimeError, sqlite3.Error, WorkingCopyError) as exc:  # RuntimeError: GDAL's
            # no half-made file left behind: the next attempt would take it for a damaged working copy
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                             path.with_name(path.name + "-journal")):
                with suppress(OSError):  # nothing there, or no folder to hold it
                    leftover.unlink()
            if _disk_full(path.parent):
                raise WorkingCopyError(tr("Cannot create a working copy at {0}: the disk is full ({1}). Free "
                                          "some space on that disk or choose another folder, then sync "
                                          "again.").format(path, exc)) from exc
            if isinstance(exc, WorkingCopyError):
                raise
            raise WorkingCopyError(tr("Cannot create a GeoPackage at {0} ({1}). Check the folder exists and "
                                      "is writable.").format(path, exc)) from exc
        return cls(path)

    @classmethod
    def open_or_create(cls, path: str | Path, store_url: str) -> WorkingCopy:
        path = Path(path)
        wc = cls(path) if path.exists() else cls.create(path, store_url)
        known = wc.meta("store_url")
        if known and known != store_url.rstrip("/"):
            wc.close()
            raise WorkingCopyError(tr("{0} belongs to the store {1}, not {2}. Use one working copy per "
                                      "store.").format(path, known, store_url))
        return wc

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            raise WorkingCopyError(tr("There is no working copy at {0}.").format(self.path))
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            register_functions(conn)
        except sqlite3.Error as exc:
            if conn is not None:  # opened but unusable: close it (Python 3.13 warns of unclosed databases)
                conn.close()
            raise storage_error(self.path, exc) or WorkingCopyError(tr("Cannot open {0}: {1}.").format(self.path, exc)) from exc
        return conn

    def _check(self) -> None:
        try:
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            raw = self.meta("schema_version") if "mp_meta" in tables else None
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise storage_error(self.path, exc) or WorkingCopyError(
                tr("{0} is damaged or not a GeoPackage ({1}). Move it aside (rename it) and sync again: a "
                   "fresh working copy is made with a first sync. Keep the damaged file: changes that were "
                   "not synced yet are only in it.").format(self.path, exc)) from exc
        if not tables:
            self.conn.close()
            raise WorkingCopyError(tr("{0} is empty, not a Mapuj Pomoc working copy (perhaps it was cut "
                                      "short). Move it aside (rename it) and sync again: a fresh working "
                                      "copy is made.").format(self.path))
        if "mp_meta" not in tables:
            self.conn.close()
            raise WorkingCopyError(tr("{0} is a GeoPackage but not a Mapuj Pomoc working copy. Choose "
                                      "another file for the working copy (a new one is made by the first "
                                      "sync).").format(self.path))
        try:
            version = int(raw or 0)
        except ValueError:
            version = -1
        missing = [t for t in (*EDITABLE, "mp_guard", "mp_base", "mp_outbox", "mp_conflicts") if t not in tables]
        if missing and version == SCHEMA_VERSION:
            self.conn.close()
            raise WorkingCopyError(
                tr("{0} lacks the table(s) {1}: it is damaged. Move it aside (rename it) and sync again: a "
                   "fresh working copy is made with a first sync. Keep the damaged file: changes that were "
                   "not synced yet are only in it.").format(self.path, ', '.join(missing)))
        if version != SCHEMA_VERSION:
            self.conn.close()
            if 0 <= version < SCHEMA_VERSION:
                raise WorkingCopyError(
                    tr("{0} was made by an older version of the plugin (working copy format {1}; this one "
                       "reads format {2}). Sync it with that version first so no change is lost, then move "
                       "it aside (rename it) and sync again: a fresh working copy is made.").format(self.path, version, SCHEMA_VERSION))
            if version > SCHEMA_VERSION:
                raise WorkingCopyError(
                    tr("{0} was made by a newer version of the plugin (working copy format {1}; this one "
                       "reads format {2}). Update the plugin, or move the file aside (rename it) and sync "
                       "again to make a fresh working copy.").format(self.path, version, SCHEMA_VERSION))
            raise WorkingCopyError(
                tr("{0} does not say which working copy format it has ({1}): it is damaged. Move it aside "
                   "(rename it) and sync again: a fresh working copy is made with a first sync. Keep the "
                   "damaged file: changes that were not synced yet are only in it.").format(self.path, repr(raw)))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> WorkingCopy:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        # a full disk, a lock held by another program, a damaged file: say so, with what to do
        if exc is not None and not isinstance(exc, WorkingCopyError):
            error = storage_error(self.path, exc)
            if error is not None:
                raise error from exc

    # -- metadata ---------------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM mp_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        self.conn.execute("INSERT OR REPLACE INTO mp_meta VALUES (?, ?)", (key, value))

    def meta_json(self, key: str, default: Any = None) -> Any:
        value = self.meta(key)
        return json.loads(value) if value else default

    def cursor(self, collection: str) -> int:
        return int(self.meta(f"cursor:{collection}") or 0)

    def layer_uri(self, table: str) -> str:
        return f"{self.path}|layername={table}"

    # -- transactions -----------------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, applying: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; with `applying`, the outbox triggers stay silent."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if applying:
                self.conn.execute("UPDATE mp_guard SET applying = 1")
            yield self.conn
            if applying:
                self.conn.execute("UPDATE mp_guard SET applying = 0")
            self.conn.execute("COMMIT")
        except BaseException:
            # SQLite may have rolled back already (a full disk, an I/O error): a second ROLLBACK would
            # replace the real error with "no transaction is active"
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- counts for the UI and the CLI --------------------------------------------------------------

    def pending(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT collection, uuid, op, changed_at, state, reason FROM mp_outbox "
                                 "ORDER BY changed_at").fetchall()
        return [dict(zip(("collection", "uuid", "op", "changed_at", "state", "reason"), r)) for r in rows]

    def conflicts(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT collection, uuid, field, base, mine, theirs, theirs_version FROM "
                                 "mp_conflicts ORDER BY collection, uuid, field").fetchall()
        keys = ("collection", "uuid", "field", "base", "mine", "theirs", "theirs_version")
        return [{k: (json.loads(v) if k in ("base", "mine", "theirs") and v is not None else v)
                 for k, v in zip(keys, r)} for r in rows]

    def count(self, table: str) -> int:
        return self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
