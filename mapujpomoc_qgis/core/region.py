"""Regions for printing and export: a TERYT unit, a drawn polygon or a polygon layer.

A `Region` is a boundary geometry in EPSG:4326 plus the rule that says which
aid points lie in it:

- a TERYT region (voivodeship 2 digits, county 4, commune 7) follows the store
  exactly. The store gives each point the commune its location falls in (on a
  shared border the lowest code, see mapujpomoc_store.geo), so a point belongs
  to the region when that commune's code starts with the region's code. The
  same lookup runs here against the working copy's `gminy`, so the selection
  equals the store's `teryt` prefix for synced points and places points that
  were moved or created locally the way the store will;
- any other polygon (drawn, from a layer, the map extent) takes the points that
  intersect it.

Everything reads the working copy with sqlite3 and builds its own geometry
objects, so it runs in any thread (Processing, QgsTask). No widgets.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPoint,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from mapujpomoc_model.collation import polish_key

from . import compat
from .errors import InputError
from .i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# TERYT length -> boundary table of the working copy
LEVEL_TABLES = {2: "wojewodztwa", 4: "powiaty", 7: "gminy"}
POLYGON = "polygon"


class RegionError(InputError):
    """A region that cannot be used, with what to do about it (docs/ARCHITECTURE.md, "Errors")."""


def gpkg_wkb(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob (None for NULL or empty geometries)."""
    if not blob or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & 0x10:  # the empty-geometry flag
        return None
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
    return bytes(blob[8 + envelope:])


def geometry_from_blob(blob: bytes | None) -> QgsGeometry:
    wkb = gpkg_wkb(blob)
    geom = QgsGeometry()
    if wkb:
        geom.fromWkb(wkb)
    return geom


def point_xy(blob: bytes | None) -> tuple[float, float] | None:
    """(x, y) of a GeoPackage point blob, without building a geometry object."""
    wkb = gpkg_wkb(blob)
    if not wkb or len(wkb) < 21:
        return None
    order = "<" if wkb[0] == 1 else ">"
    (wkb_type,) = struct.unpack_from(order + "I", wkb, 1)
    if wkb_type % 1000 != 1 and wkb_type & 0xFF != 1:
        return None
    return struct.unpack_from(order + "2d", wkb, 5)


def check_code(code: str) -> str:
    """A TERYT code of 2, 4 or 7 digits (spaces allowed around it), else RegionError."""
    clean = (code or "").strip()
    if not clean.isdigit() or len(clean) not in LEVEL_TABLES:
        raise RegionError(tr("'{0}' is not a TERYT code: use 2 digits for a voivodeship, 4 for a county or 7 for a "
                             "commune.").format(code))
    return clean


def level_table(code: str) -> str:
    return LEVEL_TABLES[len(check_code(code))]


def level_label(table: str) -> str:
    return {"wojewodztwa": tr("voivodeship"), "powiaty": tr("county"), "gminy": tr("commune"),
            POLYGON: tr("area")}.get(table, table)


@dataclass
class Unit:
    """One administrative unit of the working copy."""

    code: str
    name: str
    table: str
    geometry: QgsGeometry  # as stored (possibly invalid, as the store keeps it)


@dataclass
class Region:
    code: str  # the TERYT code, "" for a polygon region
    name: str
    level: str  # a boundary table name, or POLYGON
    geometry: QgsGeometry  # EPSG:4326, valid
    communes: list[tuple[str, str]] = field(default_factory=list)  # (code, name) of its communes, TERYT only

    @property
    def is_teryt(self) -> bool:
        return bool(self.code)

    @property
    def title(self) -> str:
        """e.g. 'Olsztynek (2814093)' or the polygon's name."""
        return f"{self.name} ({self.code})" if self.code else self.name

    def extent(self) -> QgsRectangle:
        return self.geometry.boundingBox()


class Boundaries:
    """The boundary layers of a working copy, read once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise RegionError(tr("There is no working copy at {0}.").format(self.path))
        self.units: dict[str, Unit] = {}
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                for table in LEVEL_TABLES.values():
                    for code, name, blob in conn.execute(f'SELECT teryt, name, geom FROM "{table}" ORDER BY teryt'):
                        if code:
                            self.units[code] = Unit(code, name or code, table, geometry_from_blob(blob))
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise RegionError(tr("Cannot read the boundaries of {0}: {1}").format(self.path, exc)) from exc
        self._index: QgsSpatialIndex | None = None
        self._communes: list[Unit] = []
        self._engines: dict[int, object] = {}

    # -- lookups -------------------------------------------------------------------------------------

    def name(self, code: str) -> str:
        unit = self.units.get(code)
        return unit.name if unit else code

    def units_of(self, table: str, prefix: str = "") -> list[tuple[str, str]]:
        """(code, name) of the units of `table` whose code starts with `prefix`, by code."""
        return [(u.code, u.name) for u in self.units.values() if u.table == table and u.code.startswith(prefix)]

    def units_by_name(self, table: str, prefix: str = "") -> list[tuple[str, str]]:
        """`units_of` in Polish alphabetical order of the names (ł after l, ś after s), then by code."""
        return sorted(self.units_of(table, prefix), key=lambda u: (polish_key(u[1]), u[0]))

    def communes_of(self, code: str) -> list[tuple[str, str]]:
        """(code, name) of the communes of a voivodeship, county or commune."""
        return self.units_of("gminy", check_code(code))

    def region(self, code: str) -> Region:
        """The region of a TERYT code, with its boundary from the working copy."""
        code = check_code(code)
        unit = self.units.get(code)
        if unit is None or unit.geometry.isEmpty():
            if not any(u.table == "gminy" for u in self.units.values()):
                raise RegionError(tr("The working copy {0} has no boundaries yet: sync it first.").format(self.path))
            raise RegionError(tr("There is no {0} with the TERYT code {1} in the working copy.")
                              .format(level_label(LEVEL_TABLES[len(code)]), code))
        return Region(code, unit.name, unit.table, valid(unit.geometry), self.communes_of(code))

    # -- the store's point-in-commune rule -------------------------------------------------------------

    def _build_index(self) -> None:
        self._communes = [u for u in self.units.values() if u.table == "gminy" and not u.geometry.isEmpty()]
        self._index = QgsSpatialIndex()
        for i, unit in enumerate(self._communes):
            self._index.addFeature(i, unit.geometry.boundingBox())

    def commune_at(self, x: float, y: float) -> str | None:
        """The commune a point (EPSG:4326) falls in; on a shared border the lowest code, as the store decides."""
        if self._index is None:
            self._build_index()
        assert self._index is not None
        point = QgsPoint(x, y)
        hits = []
        for i in self._index.intersects(QgsRectangle(x, y, x, y)):
            engine = self._engines.get(i)
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(self._communes[i].geometry.constGet())
                engine.prepareGeometry()
                self._engines[i] = engine
            if engine.intersects(point):
                hits.append(self._communes[i].code)
        return min(hits) if hits else None


def valid(geometry: QgsGeometry) -> QgsGeometry:
    """A valid copy of a polygon geometry (PRG data after simplification often is not)."""
    if geometry.isGeosValid():
        return QgsGeometry(geometry)
    fixed = geometry.makeValid()
    if fixed.type() != QgsWkbTypes.GeometryType.PolygonGeometry:  # a collection: keep the polygons
        fixed = QgsGeometry.collectGeometry([g for g in fixed.asGeometryCollection()
                                             if g.type() == QgsWkbTypes.GeometryType.PolygonGeometry])
    return fixed


class PointRule:
    """Which points of the working copy lie in a region (see the module doc)."""

    def __init__(self, region: Region, boundaries: Boundaries | None = None) -> None:
        self.region = region
        self.boundaries = boundaries
        if region.is_teryt:
            if boundaries is None:
                raise ValueError("a TERYT region needs the working copy's boundaries")
            # the communes decide, so their extent is what may hold points
            box = compat.null_rectangle()
            for code, _name in region.communes:
                box.combineExtentWith(boundaries.units[code].geometry.boundingBox())
            self.box = box
        else:
            self.box = region.geometry.boundingBox()
            self.engine = QgsGeometry.createGeometryEngine(region.geometry.constGet())
            self.engine.prepareGeometry()

    def __call__(self, x: float, y: float) -> bool:
        if self.box.isEmpty() or not self.box.contains(x, y):
            return False
        if self.region.is_teryt:
            assert self.boundaries is not None
            commune = self.boundaries.commune_at(x, y)
            return commune is not None and commune.startswith(self.region.code)
        return self.engine.intersects(QgsPoint(x, y))


def home_region(workcopy: str | Path) -> str | None:
    """The TERYT code a print or an export should start on: the user's area.

    The first prefix of the editor's scope (`/me`, as the last sync stored it); with no scope (an admin,
    a viewer), the county with the most points of the working copy; None when neither is known."""
    try:
        conn = sqlite3.connect(f"file:{Path(workcopy)}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM mp_meta WHERE key = 'me'").fetchone()
        scope = (json.loads(row[0]) or {}).get("scope") or [] if row and row[0] else []
        codes = [str(c) for c in scope if str(c).isdigit() and len(str(c)) in LEVEL_TABLES]
        if codes:
            return codes[0]
        busiest = conn.execute("SELECT substr(teryt, 1, 4) AS county, count(*) AS n FROM aid_points "
                               "WHERE length(teryt) = 7 GROUP BY county ORDER BY n DESC, county LIMIT 1").fetchone()
        return busiest[0] if busiest else None
    except (sqlite3.Error, ValueError, AttributeError):
        return None
    finally:
        conn.close()


def resolve(workcopy: str | Path, code: str) -> Region:
    """The region of a TERYT code in a working copy."""
    return Boundaries(workcopy).region(code)


def communes_of(workcopy: str | Path, county: str) -> list[tuple[str, str]]:
    """(code, name) of the communes of a county (or voivodeship) in a working copy."""
    return Boundaries(workcopy).communes_of(county)


def from_geometry(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, name: str = "",
                  context: QgsCoordinateTransformContext | None = None) -> Region:
    """A polygon region from any polygon geometry in `crs` (a drawn polygon, the map extent)."""
    if geometry is None or geometry.isEmpty() or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise RegionError(tr("The region must be a polygon."))
    geom = QgsGeometry(geometry)
    if crs.isValid() and crs != WGS84:
        geom.transform(QgsCoordinateTransform(crs, WGS84, context or QgsCoordinateTransformContext()))
    return Region("", name or tr("Selected area"), POLYGON, valid(geom))


def from_extent(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, name: str = "",
                context: QgsCoordinateTransformContext | None = None) -> Region:
    return from_geometry(QgsGeometry.fromRect(extent), crs, name or tr("Map extent"), context)


def from_layer(layer: QgsVectorLayer, selected_only: bool = False, name: str = "",
               context: QgsCoordinateTransformContext | None = None) -> Region:
    """A polygon region from the (selected) polygons of a layer, dissolved into one."""
    if layer is None or not layer.isValid() or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise RegionError(tr("Choose a polygon layer for the region."))
    features = layer.getSelectedFeatures() if selected_only else layer.getFeatures()
    parts = [valid(f.geometry()) for f in features if f.hasGeometry()]
    if not parts:
        raise RegionError(tr("The layer {0} has no polygons to use as the region.").format(layer.name()))
    union = QgsGeometry.unaryUnion(parts)
    return from_geometry(union, layer.crs(), name or layer.name(), context)
