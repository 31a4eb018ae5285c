"""GeoPackage geometry blobs <-> GeoJSON, and the SQL functions GDAL's triggers call.

Sync writes thousands of rows with plain sqlite3, so it encodes blobs itself
(always with an envelope in the header, so the R-tree functions below read
the bounds without parsing WKB). GDAL's R-tree triggers call ST_IsEmpty and
ST_MinX & co., which exist only inside GDAL; `register_functions` provides
them on our own connections.
"""

from __future__ import annotations

import sqlite3
import struct
from typing import Any

SRID = 4326
_POINT, _POLYGON, _MULTIPOLYGON = 1, 3, 6


def _rings_bounds(rings: list[list[list[float]]]) -> tuple[float, float, float, float]:
    xs = [p[0] for ring in rings for p in ring]
    ys = [p[1] for ring in rings for p in ring]
    return min(xs), max(xs), min(ys), max(ys)


def _polygon_wkb(rings: list[list[list[float]]]) -> bytes:
    out = [struct.pack("<BII", 1, _POLYGON, len(rings))]
    for ring in rings:
        out.append(struct.pack("<I", len(ring)))
        out.append(b"".join(struct.pack("<dd", p[0], p[1]) for p in ring))
    return b"".join(out)


def encode(geom: dict[str, Any] | None) -> bytes | None:
    """GeoJSON Point / Polygon / MultiPolygon -> GPKG blob (polygons always as MultiPolygon)."""
    if not geom:
        return None
    gtype, coords = geom["type"], geom["coordinates"]
    if gtype == "Point":
        x, y = coords[0], coords[1]
        return b"GP\x00\x03" + struct.pack("<i4d", SRID, x, x, y, y) + struct.pack("<BIdd", 1, _POINT, x, y)
    polygons = [coords] if gtype == "Polygon" else coords
    if gtype not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"unsupported geometry type {gtype}")
    minx, maxx, miny, maxy = _rings_bounds([ring for poly in polygons for ring in poly])
    body = struct.pack("<BII", 1, _MULTIPOLYGON, len(polygons)) + b"".join(_polygon_wkb(p) for p in polygons)
    return b"GP\x00\x03" + struct.pack("<i4d", SRID, minx, maxx, miny, maxy) + body


def _header(blob: bytes) -> tuple[int, int, tuple[float, ...] | None]:
    """(offset of the WKB, byte order char index, envelope or None)."""
    flags = blob[3]
    little = flags & 1
    env_code = (flags >> 1) & 7
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(env_code, 0)
    env = struct.unpack_from(("<" if little else ">") + "4d", blob, 8) if env_code else None
    return 8 + size, little, env


class _Reader:
    def __init__(self, data: bytes, pos: int) -> None:
        self.data, self.pos = data, pos
        self.order = "<"

    def byte_order(self) -> None:
        self.order = "<" if self.data[self.pos] == 1 else ">"
        self.pos += 1

    def uint(self) -> int:
        (v,) = struct.unpack_from(self.order + "I", self.data, self.pos)
        self.pos += 4
        return v

    def coords(self, n: int, dims: int) -> list[list[float]]:
        vals = struct.unpack_from(self.order + f"{n * dims}d", self.data, self.pos)
        self.pos += 8 * n * dims
        return [[vals[i * dims], vals[i * dims + 1]] for i in range(n)]


def _dims(wkb_type: int) -> tuple[int, int]:
    """Base type and coordinate count of an ISO or EWKB-flagged WKB type."""
    dims = 2
    if wkb_type & 0x80000000:
        dims += 1
    if wkb_type & 0x40000000:
        dims += 1
    wkb_type &= 0x0FFFFFFF
    if wkb_type >= 1000:
        dims += {1: 1, 2: 1, 3: 2}[wkb_type // 1000]
        wkb_type %= 1000
    return wkb_type, dims


def _read_geom(r: _Reader) -> dict[str, Any]:
    r.byte_order()
    base, dims = _dims(r.uint())
    if base == _POINT:
        return {"type": "Point", "coordinates": r.coords(1, dims)[0]}
    if base == _POLYGON:
        return {"type": "Polygon", "coordinates": [r.coords(r.uint(), dims) for _ in range(r.uint())]}
    if base == _MULTIPOLYGON:
        return {"type": "MultiPolygon", "coordinates": [_read_geom(r)["coordinates"] for _ in range(r.uint())]}
    raise ValueError(f"unsupported WKB geometry type {base}")


def decode(blob: bytes | None) -> dict[str, Any] | None:
    """GPKG blob -> GeoJSON (None for NULL or empty)."""
    if not blob:
        return None
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    if blob[3] & 0x10:  # empty geometry flag
        return None
    offset, _, _ = _header(blob)
    return _read_geom(_Reader(blob, offset))


def _bounds(blob: bytes | None) -> tuple[float, ...] | None:
    if not blob or blob[3] & 0x10:
        return None
    _, _, env = _header(blob)
    if env:
        return env[:4]
    geom = decode(blob)
    if geom is None:
        return None
    coords = geom["coordinates"]
    if geom["type"] == "Point":
        return coords[0], coords[0], coords[1], coords[1]
    polys = [coords] if geom["type"] == "Polygon" else coords
    return _rings_bounds([ring for poly in polys for ring in poly])


def register_functions(conn: sqlite3.Connection) -> None:
    """The spatial SQL functions GDAL's GeoPackage triggers expect."""
    def coord(i: int):  # type: ignore[no-untyped-def]
        def fn(blob: bytes | None) -> float | None:
            b = _bounds(blob)
            return b[i] if b else None
        return fn

    conn.create_function("ST_IsEmpty", 1, lambda b: 1 if _bounds(b) is None else 0, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(name, 1, coord(i), deterministic=True)
    conn.create_function("GPKG_IsAssignable", 2, lambda expected, actual: 1, deterministic=True)
