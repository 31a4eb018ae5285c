"""Collection snapshots for a first sync: one SQLite file instead of 100,000 JSON features.

A snapshot holds every live feature of a collection at one version, one column
per field, with the geometry already encoded as a GeoPackage blob and its
bounds, so a client
copies it into its working copy with INSERT ... SELECT and then asks
`/changes` from the snapshot's version. It holds the features as its reader may
see them (privacy.py): one per audience (anonymous readers; staff of one scope;
admins). Snapshots are derived data: each process caches the newest one per
collection and audience in a temporary folder, keyed by the collection's highest
version, and rebuilds it after any write.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import tempfile
import threading
import uuid
from pathlib import Path

from sqlalchemy import Engine, select

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import SRID, encode

from . import db
from .privacy import EXACT, HIDDEN, Reader

FORMAT = 3
MEDIA_TYPE = "application/vnd.sqlite3"


def _schema(collection: str) -> str:
    """One column per field (named "p_<field>"; lists and objects as JSON text), so clients copy columns."""
    columns = "".join(f', "p_{f.name}"' for f in schema.COLLECTION_FIELDS[collection])
    return ("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
            "CREATE TABLE features (n INTEGER PRIMARY KEY, id TEXT NOT NULL, version INTEGER NOT NULL, geom BLOB, "
            f"minx REAL, maxx REAL, miny REAL, maxy REAL{columns});")


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

    def get(self, collection: str, reader: Reader) -> tuple[Path, int]:
        """(file, version) of a snapshot for `reader`, no older than the collection's newest version."""
        wanted = self.latest_version(collection)
        name = f"{collection}-{reader.audience()}"
        path = self.folder / f"{name}-{wanted}.sqlite"
        if path.exists():
            return path, wanted
        with self._lock:  # one build at a time per process; others wait and reuse it
            if path.exists():
                return path, wanted
            return self._build(collection, reader, name)

    def _build(self, collection: str, reader: Reader, name: str) -> tuple[Path, int]:
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
            out.executescript(_schema(collection))
            out.executemany("INSERT INTO meta VALUES (?, ?)", [("format", str(FORMAT)), ("collection", collection),
                                                               ("version", str(version))])
            fields = [(f.name, f.kind) for f in schema.COLLECTION_FIELDS[collection]]
            marks = ", ".join("?" * (7 + len(fields)))

            def record(r):  # type: ignore[no-untyped-def]
                props = json.loads(r.properties)
                view = reader.view(r)
                if view != EXACT or reader.anonymous:
                    props, geometry = reader.shown_props(props, None, r)  # type: ignore[misc]
                    if geometry is not None:  # generalised: the point shown instead
                        x, y = geometry["coordinates"]
                        return (r.id, r.version, _point_blob(x, y), x, x, y, y,
                                *(_column_value(kind, props.get(name)) for name, kind in fields))
                blob = (_point_blob(r.minx, r.miny) if r.geometry.startswith('{"type":"Point"')
                        else encode(json.loads(r.geometry)))
                return (r.id, r.version, blob, r.minx, r.maxx, r.miny, r.maxy,
                        *(_column_value(kind, props.get(name)) for name, kind in fields))

            out.executemany(f"INSERT INTO features VALUES (NULL, {marks})",
                            (record(r) for r in rows if reader.view(r) != HIDDEN))
            out.commit()
        finally:
            out.close()
        path = self.folder / f"{name}-{version}.sqlite"
        tmp.replace(path)
        # keep the previous one too: a download of it may still be under way
        older = sorted(self.folder.glob(f"{name}-*.sqlite"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        for old in older[:-2]:
            old.unlink(missing_ok=True)
        return path, version
