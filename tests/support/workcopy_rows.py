"""Read a working copy's points and communes with plain sqlite3: what the tests compare outputs against."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def points(path: Path) -> list[dict[str, Any]]:
    """uuid, name, phone, teryt and help_types (as stored: JSON text) of every aid point."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT uuid, name, phone, teryt, help_types FROM aid_points")]
    finally:
        conn.close()


def features(path: Path) -> dict[str, dict[str, Any]]:
    """uuid -> {"properties" (as the store holds them, with teryt), "geometry"} of every aid point, read back
    through the sync's own row codec."""
    from mapujpomoc_qgis.core.sync import rows

    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out = {}
        for r in conn.execute("SELECT * FROM aid_points"):
            props, geom = rows.read_row("aid_points", dict(r))
            props["teryt"] = r["teryt"]
            out[r["uuid"]] = {"properties": props, "geometry": geom}
        return out
    finally:
        conn.close()


def communes(path: Path, prefix: str) -> dict[str, str]:
    """TERYT -> name of the communes whose code starts with `prefix` (a voivodeship's or county's)."""
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT teryt, name FROM gminy WHERE teryt LIKE ?", (prefix + "%",)))
    finally:
        conn.close()


def busiest_county(path: Path) -> str:
    """The county with the most points (the highest code among equals)."""
    counts: dict[str, int] = {}
    for p in points(path):
        if p["teryt"]:
            counts[p["teryt"][:4]] = counts.get(p["teryt"][:4], 0) + 1
    return max(counts, key=lambda c: (counts[c], c))
