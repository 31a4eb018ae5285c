"""Collection snapshots for a first sync: one SQLite file instead of 100,000 JSON features.

A snapshot holds every live feature of a collection at one version, one column
per field, so a client copies it into its working copy with INSERT ... SELECT
and then asks `/changes` from the snapshot's version. It holds the features as
its reader may see them (privacy.py): one per audience (anonymous readers; staff
of one scope; admins). Snapshots are derived data: each process caches the
newest one per collection, audience and format in a temporary folder, keyed by
the collection's highest version, and rebuilds it after any write.

Two layouts (docs/ARCHITECTURE.md, *Sync*), chosen by the client with `?format=`:

- format 3 (the default, what plugins before format 4 read): rows in version
  order, every geometry as a GeoPackage blob with its envelope, plus its bounds;
- format 4 (smaller: 100,000 points are ~35 % less gzipped): a point is only
  its `x`, `y` columns (`geom` NULL: the client makes the blob), other
  geometries a blob with its envelope (`x`, `y` NULL); rows ordered by commune
  and name, so neighbouring rows share their city, postcode and texts within
  gzip's 32 KB window. The client may also ask `?compression=bz2` for the file
  compressed once with bzip2 (another ~30 % less than gzip on the wire),
  which the standard library decodes while it downloads.
"""

from __future__ import annotations

import bz2
import json
import sqlite3
import struct
import tempfile
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import SRID, encode

from . import db
from .privacy import EXACT, HIDDEN, Reader

FORMAT = 4  # the newest layout
LEGACY_FORMAT = 3  # served when a client does not ask for a format
FORMATS = (LEGACY_FORMAT, FORMAT)
MEDIA_TYPE = "application/vnd.sqlite3"
BZ2_MEDIA_TYPE = "application/x-bzip2"
COMPRESSIONS = ("bz2",)
_BZ2_CHUNK = 1 << 20


def _schema(collection: str, fmt: int) -> str:
    """One column per field (named "p_<field>"; lists and objects as JSON text), so clients copy columns."""
    columns = "".join(f', "p_{f.name}"' for f in schema.COLLECTION_FIELDS[collection])
    geometry = "geom BLOB, minx REAL, maxx REAL, miny REAL, maxy REAL" if fmt == LEGACY_FORMAT else \
        "x REAL, y REAL, geom BLOB"
    return ("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
            "CREATE TABLE features (n INTEGER PRIMARY KEY, id TEXT NOT NULL, version INTEGER NOT NULL, "
            f"{geometry}{columns});")


def _column_value(kind: str, value: object) -> object:
    if kind in (schema.LIST, schema.JSON):
        return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _point_blob(x: float, y: float) -> bytes:
    return b"GP\x00\x03" + struct.pack("<i4d", SRID, x, x, y, y) + struct.pack("<BIdd", 1, 1, x, y)


class Snapshots:
    def __init__(self, engine: Engine, folder: Path | None = None) -> None:
        self.engine = engine
        self.folder = folder or Path(tempfile.mkdtemp(prefix="mapujpomoc-snapshots-"))
        self._lock = threading.Lock()

    def latest_version(self, collection: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(db.features.c.version).where(db.features.c.collection == collection)
                                .order_by(db.features.c.version.desc()).limit(1)).scalar() or 0

    def get(self, collection: str, reader: Reader, fmt: int = LEGACY_FORMAT,
            compression: str | None = None) -> tuple[Path, int]:
        """(file, version) of a snapshot for `reader`, no older than the collection's newest version;
        with `compression` "bz2", that file bzip2-compressed."""
        wanted = self.latest_version(collection)
        name = f"{collection}-{reader.audience()}-f{fmt}"
        path = self.folder / f"{name}-{wanted}.sqlite"
        packed = path.with_name(path.name + ".bz2")
        if path.exists() and (compression is None or packed.exists()):
            return (packed if compression else path), wanted
        with self._lock:  # one build at a time per process; others wait and reuse it
            if not path.exists():
                path, wanted = self._build(collection, reader, name, fmt)
            if compression is None:
                return path, wanted
            return _bz2_file(path), wanted

    def _build(self, collection: str, reader: Reader, name: str, fmt: int) -> tuple[Path, int]:
        t = db.features.c
        with self.engine.connect() as conn:
            # one statement, so one consistent view on both backends
            rows = conn.execute(select(t.id, t.version, t.deleted, t.teryt, t.public_view, t.public_x, t.public_y,
                                       t.minx, t.miny, t.maxx, t.maxy, t.geometry, t.properties)
                                .where(t.collection == collection).order_by(t.version)).all()
        version = rows[-1].version if rows else 0
        tmp = self.folder / f".{uuid.uuid4().hex}.tmp"
        out = sqlite3.connect(tmp)
        try:
            out.executescript(_schema(collection, fmt))
            out.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(fmt)), ("collection", collection),
                                                               ("version", str(version))])
            records = (_record(reader, r, collection, fmt) for r in rows if reader.view(r) != HIDDEN)
            if fmt != LEGACY_FORMAT:
                records = _by_commune_and_name(records, collection)
            columns = 7 if fmt == LEGACY_FORMAT else 5
            marks = ", ".join("?" * (columns + len(schema.COLLECTION_FIELDS[collection])))
            out.executemany(f"INSERT INTO features VALUES (NULL, {marks})", records)
            out.commit()
        finally:
            out.close()
        path = self.folder / f"{name}-{version}.sqlite"
        tmp.replace(path)
        # keep the previous one too: a download of it may still be under way
        older = sorted(self.folder.glob(f"{name}-*.sqlite"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        for old in older[:-2]:
            old.unlink(missing_ok=True)
            old.with_name(old.name + ".bz2").unlink(missing_ok=True)
        return path, version


def _record(reader: Reader, r: Any, collection: str, fmt: int) -> tuple[Any, ...]:
    """One row of the features table as `reader` may see it."""
    fields = [(f.name, f.kind) for f in schema.COLLECTION_FIELDS[collection]]
    props = json.loads(r.properties)
    point: tuple[float, float] | None = None
    blob: bytes | None = None
    bounds = (r.minx, r.maxx, r.miny, r.maxy)
    if reader.view(r) != EXACT or reader.anonymous:
        props, geometry = reader.shown_props(props, None, r)  # type: ignore[misc]
        if geometry is not None:  # generalised: the point shown instead
            point = tuple(geometry["coordinates"])  # type: ignore[assignment]
    if point is None:
        if r.geometry.startswith('{"type":"Point"'):
            point = (r.minx, r.miny)
        else:
            blob = encode(json.loads(r.geometry))
    values = tuple(_column_value(kind, props.get(name)) for name, kind in fields)
    if fmt == LEGACY_FORMAT:
        if point is not None:
            x, y = point
            return (r.id, r.version, _point_blob(x, y), x, x, y, y, *values)
        return (r.id, r.version, blob, *bounds, *values)
    x, y = point if point is not None else (None, None)
    return (r.id, r.version, x, y, blob, *values)


def _by_commune_and_name(records: Iterable[tuple[Any, ...]], collection: str) -> list[tuple[Any, ...]]:
    """Format 4's row order: similar rows next to each other compress better."""
    names = [f.name for f in schema.COLLECTION_FIELDS[collection]]
    teryt = 5 + names.index("teryt") if "teryt" in names else None
    name = 5 + names.index("name") if "name" in names else None
    return sorted(records, key=lambda rec: (rec[teryt] or "" if teryt else "", str(rec[name] or "") if name else "",
                                            rec[0]))


def _bz2_file(path: Path) -> Path:
    """`path` compressed with bzip2 beside it (made once; the caller holds the lock)."""
    packed = path.with_name(path.name + ".bz2")
    if packed.exists():
        return packed
    tmp = path.with_name(f".{uuid.uuid4().hex}.tmp")
    try:
        compressor = bz2.BZ2Compressor(9)
        with path.open("rb") as src, tmp.open("wb") as dst:
            while chunk := src.read(_BZ2_CHUNK):
                dst.write(compressor.compress(chunk))
            dst.write(compressor.flush())
        tmp.replace(packed)
    finally:
        tmp.unlink(missing_ok=True)
    return packed
