"""Import PRG boundaries (GeoJSON or Shapefile) into the store.

The official PRG download is a Shapefile in EPSG:2180 with the code in
`JPT_KOD_JE` and the name in `JPT_NAZWA_`; the files are reprojected to
WGS 84 and invalid polygons are repaired with `make_valid`, keeping only the
polygonal part.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping
from sqlalchemy import Engine, delete

from . import db

CODE_FIELD, NAME_FIELD = "JPT_KOD_JE", "JPT_NAZWA_"


@dataclass
class ImportReport:
    level: str
    imported: int = 0
    repaired: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"imported {self.imported} {self.level} boundaries"]
        out += [f"repaired invalid polygon: {r}" for r in self.repaired]
        out += [f"skipped: {s}" for s in self.skipped]
        return out


class ImportError_(Exception):
    """A boundary file that cannot be imported, with the reason."""


def _read(path: Path) -> tuple[list[dict[str, str]], list[shapely.Geometry], str | None]:
    import pyogrio  # imported here: only the operator's import needs GDAL

    try:
        meta, _, geoms, values = pyogrio.raw.read(str(path))
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise ImportError_(f"cannot read {path}: {exc}") from exc
    names = list(meta["fields"])
    missing = [f for f in (CODE_FIELD, NAME_FIELD) if f not in names]
    if missing:
        raise ImportError_(f"{path} lacks the PRG field(s) {', '.join(missing)}; it has {', '.join(names)}")
    rows = [dict(zip(names, (str(v) if v is not None else "" for v in vals))) for vals in zip(*values)]
    return rows, list(shapely.from_wkb(geoms)), meta.get("crs")


def _to_wgs84(geoms: list[shapely.Geometry], crs: str | None) -> list[shapely.Geometry]:
    if not crs or crs in ("EPSG:4326", "OGC:CRS84"):
        return geoms
    from pyproj import CRS, Transformer

    src = CRS.from_user_input(crs)
    if src.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return geoms
    tr = Transformer.from_crs(src, "EPSG:4326", always_xy=True)
    return [shapely.transform(g, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
            for g in geoms]


def _polygonal(g: shapely.Geometry) -> shapely.Geometry:
    """Only the areal part of a repaired geometry (make_valid may add lines or points)."""
    if isinstance(g, (shapely.Polygon, shapely.MultiPolygon)):
        return g
    parts = [p for p in getattr(g, "geoms", []) if isinstance(p, (shapely.Polygon, shapely.MultiPolygon))]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def import_file(engine: Engine, level: str, path: Path) -> ImportReport:
    if level not in db.LEVELS:
        raise ImportError_(f"level must be one of {', '.join(db.LEVELS)}")
    if not path.exists():
        raise ImportError_(f"{path} does not exist")
    rows, geoms, crs = _read(path)
    geoms = _to_wgs84(geoms, crs)
    report = ImportReport(level)
    records = []
    for row, g in zip(rows, geoms):
        code, name = row[CODE_FIELD].strip(), row[NAME_FIELD].strip()
        label = f"{code} {name}"
        if len(code) != db.LEVELS[level] or not code.isdigit():
            report.skipped.append(f"{label}: code is not {db.LEVELS[level]} digits")
            continue
        if g is None or g.is_empty:
            report.skipped.append(f"{label}: no geometry")
            continue
        repaired = not g.is_valid
        if repaired:
            reason = shapely.is_valid_reason(g)
            g = _polygonal(shapely.make_valid(g))
            report.repaired.append(f"{label} ({reason})")
        if g.is_empty or not isinstance(g, (shapely.Polygon, shapely.MultiPolygon)):
            report.skipped.append(f"{label}: not a polygon")
            continue
        minx, miny, maxx, maxy = g.bounds
        records.append(dict(code=code, level=level, name=name, repaired=repaired,
                            geometry=json.dumps(mapping(g), separators=(",", ":")),
                            minx=minx, miny=miny, maxx=maxx, maxy=maxy))
    with engine.begin() as conn:
        conn.execute(delete(db.boundaries).where(db.boundaries.c.level == level))
        if records:
            conn.execute(db.boundaries.insert(), records)
        # a new value makes every running store rebuild its commune index
        conn.execute(delete(db.meta).where(db.meta.c.key == "boundaries_version"))
        conn.execute(db.meta.insert().values(key="boundaries_version", value=str(uuid.uuid4())))
    report.imported = len(records)
    return report

