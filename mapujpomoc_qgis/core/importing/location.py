"""Where a row is, in EPSG:4326: its longitude/latitude, its X/Y in the CRS the mapping names (EPSG:2180 by
default), the point of a layer's feature, or, without coordinates, the centre of the commune its TERYT
code or its name gives (a voivodeship or county tells apart communes of the same name). A commune centre
is flagged "location to check". The commune each location falls in comes from the working copy's
boundaries by the store's own rule (`core.region.Boundaries.commune_at`; for many locations at once
`communes.CommuneFinder`, which gives the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
)

from mapujpomoc_model.labels import fold

from .. import region
from ..i18n import tr
from . import ImportingError
from .columns import COMMUNE, COUNTY, LAT, LON, TERYT, VOIVODESHIP, ColumnMapping, X, Y
from .communes import CommuneFinder
from .table import SourceTable

COORDINATES, LAYER_POINT, COMMUNE_CENTRE = "coordinates", "layer", "commune"
_UNIT_PREFIXES = re.compile(r"^(gmina miejska|gmina wiejska|gmina miejsko wiejska|gmina|gm|miasto|m|"
                            r"powiat|pow|wojewodztwo|woj) ")
WGS84 = "EPSG:4326"


@dataclass(slots=True)
class Located:
    lon: float | None = None
    lat: float | None = None
    how: str = ""  # COORDINATES, LAYER_POINT or COMMUNE_CENTRE; "" when not found
    problem: str = ""
    teryt: str | None = None  # the commune the point falls in

    @property
    def to_check(self) -> bool:
        return self.how == COMMUNE_CENTRE

    @property
    def by_point(self) -> bool:
        """Placed by a point (its commune is still to find), not at a commune's centre."""
        return self.lon is not None and self.how != COMMUNE_CENTRE


def number(text: str) -> float | None:
    """A coordinate as written in Polish or English lists ("20,4801", "20.4801", "20°28,8'" is not one)."""
    value = (text or "").strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def numbers(texts: list[str]) -> list[float | None]:
    """`number` of many cells: the blanks and commas replaced in one joined text, then one `float` each."""
    joined = "\0".join(texts)
    parts = joined.replace(" ", "").replace("\u00a0", "").replace(",", ".").split("\0")
    if len(parts) != len(texts):  # a NUL in a cell
        return [number(t) for t in texts]
    try:
        return [float(p) for p in parts]  # float() strips what `number` strips
    except ValueError:  # an empty cell, or not a number: one by one
        return [_float(p) for p in parts]


def _float(text: str) -> float | None:
    try:
        return float(text) if text.strip() else None
    except ValueError:
        return None


def unit_key(name: str) -> str:
    """A commune, county or voivodeship name for looking up: folded, "gmina"/"powiat"/"woj." dropped."""
    return _UNIT_PREFIXES.sub("", fold(name)).strip()


def crs_of(text: str) -> QgsCoordinateReferenceSystem:
    crs = QgsCoordinateReferenceSystem(text)
    if not crs.isValid():
        raise ImportingError(tr("'{0}' is not a coordinate reference system (e.g. EPSG:2180).").format(text))
    return crs


class Locator:
    """Locations of rows against one working copy's boundaries."""

    def __init__(self, workcopy: str | Path, mapping: ColumnMapping, layer_crs: str = "") -> None:
        self.workcopy, self.mapping = workcopy, mapping
        self._boundaries: region.Boundaries | None = None  # read when a row needs more than its commune
        self.finder = CommuneFinder(workcopy, lambda: self.boundaries)
        context = QgsCoordinateTransformContext()
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        self.xy_transform = QgsCoordinateTransform(crs_of(mapping.crs or "EPSG:2180"), wgs84, context)
        self.layer_transform = (QgsCoordinateTransform(crs_of(layer_crs), wgs84, context)
                                if layer_crs and layer_crs != WGS84 else None)
        self._names: tuple[dict[str, list[str]], dict[str, str], dict[str, str]] | None = None
        self.centres: dict[str, tuple[float, float]] = {}

    @property
    def boundaries(self) -> region.Boundaries:
        if self._boundaries is None:
            self._boundaries = region.Boundaries(self.workcopy)
        return self._boundaries

    def unit_names(self) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str]]:
        """(commune key -> codes, county key -> code, voivodeship key -> code), keys by `unit_key`."""
        if self._names is None:
            communes: dict[str, list[str]] = {}
            counties: dict[str, str] = {}
            voivodeships: dict[str, str] = {}
            for unit in self.boundaries.units.values():
                key = unit_key(unit.name)
                if unit.table == "gminy":
                    communes.setdefault(key, []).append(unit.code)
                elif unit.table == "powiaty":
                    counties[key] = unit.code
                else:
                    voivodeships[key] = unit.code
            self._names = communes, counties, voivodeships
        return self._names

    # -- coordinates ----------------------------------------------------------------------------------

    def locate_table(self, table: SourceTable) -> list[Located]:
        """`locate` of every row of `table`: `place_table`, then the communes of the rows placed by a point
        found together (`find_communes`)."""
        out, placed = self.place_table(table)
        self.find_communes(out, placed)
        return out

    def place_table(self, table: SourceTable) -> tuple[list[Located], list[int]]:
        """Every row's place (longitude/latitude columns parsed at once, the other rows one by one) and the
        rows placed by a point, whose communes (`teryt`) are still to find (`find_communes`): apart, so that
        a plan finds them while it works on the rows' fields (the lookup is numpy and GEOS, which leave
        Python's lock)."""
        col = self.mapping.columns
        n = len(table.rows)
        lons: list[float | None] = [None] * n
        lats: list[float | None] = [None] * n
        if col.get(LON) and col.get(LAT):
            lons, lats = numbers(table.column(col[LON])), numbers(table.column(col[LAT]))
        out: list[Located] = []
        placed: list[int] = []
        for i, (lon, lat) in enumerate(zip(lons, lats)):
            if lon is None or lat is None:
                where = self.place(table.cells(i), table.points[i] if table.points is not None else None)
            elif not (-180 <= lon <= 180 and -90 <= lat <= 90):
                where = Located(problem=tr("Longitude/latitude {0}, {1} are not degrees.").format(lon, lat))
            else:
                where = Located(lon, lat, COORDINATES)
            if where.by_point:
                placed.append(i)
            out.append(where)
        return out, placed

    def find_communes(self, located: list[Located], placed: list[int]) -> None:
        """The commune (`teryt`) of each of the `placed` rows, all at once (`CommuneFinder.at`)."""
        found = self.finder.at([located[i].lon for i in placed], [located[i].lat for i in placed])  # type: ignore[misc]
        for i, teryt in zip(placed, found):
            located[i].teryt = teryt

    def locate(self, cells: dict[str, str], point: tuple[float, float] | None = None) -> Located:
        """The row's location (cells by header; `point` from a layer, in its CRS), its commune included."""
        where = self.place(cells, point)
        if where.by_point:
            self.find_communes([where], [0])
        return where

    def place(self, cells: dict[str, str], point: tuple[float, float] | None = None) -> Located:
        """`locate` but for the commune of a point (`find_communes`)."""
        col = self.mapping.columns
        got = self._pair(cells, col.get(LON), col.get(LAT))
        if got is not None:
            lon, lat = got
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                return Located(problem=tr("Longitude/latitude {0}, {1} are not degrees.").format(lon, lat))
            return Located(lon, lat, COORDINATES)
        got = self._pair(cells, col.get(X), col.get(Y))
        if got is not None:
            try:
                p = self.xy_transform.transform(QgsPointXY(*got))
            except Exception:  # QgsCsException: outside the CRS's area
                return Located(problem=tr("X/Y {0}, {1} are not coordinates in {2}.").format(
                    got[0], got[1], self.mapping.crs))
            if not (-180 <= p.x() <= 180 and -90 <= p.y() <= 90):
                return Located(problem=tr("X/Y {0}, {1} are not coordinates in {2}.").format(
                    got[0], got[1], self.mapping.crs))
            return Located(p.x(), p.y(), COORDINATES)
        if point is not None:
            p = QgsPointXY(*point)
            if self.layer_transform is not None:
                p = self.layer_transform.transform(p)
            return Located(p.x(), p.y(), LAYER_POINT)
        return self._commune(cells)

    def _pair(self, cells: dict[str, str], a: str | None, b: str | None) -> tuple[float, float] | None:
        if not a or not b:
            return None
        x, y = number(cells.get(a, "")), number(cells.get(b, ""))
        return (x, y) if x is not None and y is not None else None

    # -- commune centres ------------------------------------------------------------------------------

    def _commune(self, cells: dict[str, str]) -> Located:
        col = self.mapping.columns
        code = re.sub(r"\D", "", cells.get(col.get(TERYT, ""), "") if col.get(TERYT) else "")
        if code:
            code = code[:7] if len(code) >= 7 else code
            if code in self.boundaries.units and self.boundaries.units[code].table == "gminy":
                return self._centre(code)
            return Located(problem=tr("There is no commune with the TERYT code {0} in the working copy.").format(code))
        name = cells.get(col.get(COMMUNE, ""), "") if col.get(COMMUNE) else ""
        if not name.strip():
            return Located(problem=tr("No location: give longitude/latitude, X/Y, a TERYT code or a commune."))
        communes, counties, voivodeships = self.unit_names()
        codes = communes.get(unit_key(name), [])
        codes = self._narrow(codes, cells.get(col.get(COUNTY, ""), "") if col.get(COUNTY) else "", counties, 4)
        codes = self._narrow(codes, cells.get(col.get(VOIVODESHIP, ""), "") if col.get(VOIVODESHIP) else "",
                             voivodeships, 2)
        if not codes:
            return Located(problem=tr("There is no commune named {0} in the working copy.").format(name.strip()))
        if len(codes) > 1 and len({c[:4] for c in codes}) == 1:
            # a town and the rural commune around it share a name and a county: a list naming it means the town
            codes = [c for c in codes if c.endswith("1")] or codes
        if len(codes) > 1:
            return Located(problem=tr("There are several communes named {0} ({1}): give the county or the "
                                      "voivodeship, or the TERYT code.").format(name.strip(), ", ".join(codes)))
        return self._centre(codes[0])

    def _narrow(self, codes: list[str], text: str, names: dict[str, str], digits: int) -> list[str]:
        text = text.strip()
        if not text or len(codes) < 2:
            return codes
        prefix = re.sub(r"\D", "", text)[:digits] if re.sub(r"\D", "", text) else names.get(unit_key(text), "")
        kept = [c for c in codes if prefix and c.startswith(prefix)]
        return kept or codes

    def _centre(self, code: str) -> Located:
        if code not in self.centres:
            p = region.valid(self.boundaries.units[code].geometry).pointOnSurface().asPoint()
            self.centres[code] = (p.x(), p.y())
        lon, lat = self.centres[code]
        return Located(lon, lat, COMMUNE_CENTRE, teryt=code)
