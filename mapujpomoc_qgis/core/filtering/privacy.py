"""The public and the staff version of the points an export or a print shows (README, "Privacy").

A point's `visibility` says who may see where it is. The staff version shows every point exactly, as
the working copy holds it. The public version, the default of every export and print, shows what an
anonymous reader of the store sees:

- `public` points as they are;
- `approximate` points at their commune's representative point (a point inside the commune's polygon,
  `QgsGeometry.pointOnSurface`, the same for every point of the commune) with street, house number and
  postcode empty; city, phone, website and opening hours stay, so people can still reach the help;
- `staff_only` points (and any visibility this version does not know) not at all;
- service areas only of public points: an area would give the location away.

The filter and the region are applied to the public rows, so a file never says more about a point than
its public row does (a search for a street or a small drawn polygon cannot reveal an approximate point's
address or place).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from qgis.core import QgsGeometry

from mapujpomoc_model.gpkg_geom import encode

from ..errors import InputError
from ..i18n import tr
from ..region import Boundaries

PUBLIC, STAFF = "public", "staff"
VERSIONS = (PUBLIC, STAFF)
HIDDEN_ADDRESS = ("street", "house_number", "postcode")  # empty for an approximate point in the public version
GENERALISED = "location_generalised"  # set on a row the public version moved (not a column of any output)


class VersionError(InputError):
    """A version that is neither public nor staff."""


def check_version(version: str | None) -> str:
    """"public" or "staff" (None: the default, public)."""
    value = (version or PUBLIC).strip().lower()
    if value not in VERSIONS:
        raise VersionError(tr("The version must be public or staff, not {0}.").format(version))
    return value


def version_label(version: str) -> str:
    """'public version' or 'staff version', in the UI language."""
    return tr("public version") if check_version(version) == PUBLIC else tr("staff version")


def visibility_of(row: dict[str, Any]) -> str:
    """A row's visibility; rows from before the field existed are public, as the store's default."""
    return row.get("visibility") or "public"


class CommunePoints:
    """The representative point of each commune of a working copy, computed once per commune."""

    def __init__(self, bounds: Boundaries) -> None:
        self.bounds = bounds
        self._blobs: dict[str, bytes | None] = {}

    def commune_of(self, row: dict[str, Any], xy: tuple[float, float] | None) -> str | None:
        """The commune of a point: where its location falls (the store's rule), else the one it was given."""
        code = self.bounds.commune_at(*xy) if xy else None
        if code is None and row.get("teryt") in self.bounds.units:
            code = row["teryt"]
        return code

    def blob(self, code: str) -> bytes | None:
        """The GeoPackage blob of the commune's representative point (None: no such commune)."""
        if code not in self._blobs:
            unit = self.bounds.units.get(code)
            inside = QgsGeometry() if unit is None or unit.geometry.isEmpty() else unit.geometry.pointOnSurface()
            p = None if inside.isEmpty() else inside.asPoint()
            self._blobs[code] = encode({"type": "Point", "coordinates": [p.x(), p.y()]}) if p is not None else None
        return self._blobs[code]


def public_rows(rows: Iterable[dict[str, Any]], bounds: Boundaries,
                xy: Callable[[bytes | None], tuple[float, float] | None]) -> list[dict[str, Any]]:
    """The rows as the public version shows them (see the module doc); `xy(blob)` reads a point's (x, y).
    An approximate point whose commune is unknown is left out rather than shown exactly."""
    communes = CommunePoints(bounds)
    out = []
    for row in rows:
        visibility = visibility_of(row)
        if visibility == "public":
            out.append(row)
        elif visibility == "approximate":
            code = communes.commune_of(row, xy(row.get("geom")))
            blob = communes.blob(code) if code else None
            if blob is not None:
                out.append({**row, **dict.fromkeys(HIDDEN_ADDRESS), "geom": blob, GENERALISED: True})
    return out


def matching(rows: list[dict[str, Any]], columns: Iterable[str],
             where_of: Callable[[sqlite3.Connection], str]) -> list[dict[str, Any]]:
    """The rows a filter keeps, the filter run on these rows themselves (an in-memory aid_points table of
    them): `where_of(conn)` gives the filter's SQL condition on that connection."""
    cols = ["fid", "geom", *columns]
    quoted = ", ".join(f'"{c}"' for c in cols)
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE TABLE aid_points ({quoted})")
        conn.executemany(f"INSERT INTO aid_points ({quoted}) VALUES ({', '.join('?' * len(cols))})",
                         ([r.get(c) for c in cols] for r in rows))
        where = where_of(conn)
        if not where:
            return rows
        kept = {fid for (fid,) in conn.execute(f"SELECT fid FROM aid_points WHERE ({where})")}
    finally:
        conn.close()
    return [r for r in rows if r["fid"] in kept]
