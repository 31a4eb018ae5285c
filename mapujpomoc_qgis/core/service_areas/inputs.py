"""What people give the service areas, read and checked once for the dock, the Processing algorithms and
`mapujpomoc service-areas` (docs/ARCHITECTURE.md, "Service areas").

    minutes = parse_numbers("5, 10, 15", tr("the minutes"))        # [5.0, 10.0, 15.0]
    speeds = parse_speeds("residential=20, primary=40")           # km/h per road class
    xy, ids = chosen_points(aid_layer, "EPSG:2180", ["legal"])     # aid points kept by help type
    region = region_geometry(communes, "EPSG:2180")                # one repaired polygon union
    layer = open_source("roads.osm.pbf", "lines")                   # a file named on the command line

Every problem raises `ServiceAreaError` with a message for the user.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayer

from ..i18n import tr
from ..progress import Feedback, checkpoint
from ..sync import rows
from . import ServiceAreaError
from .graph import DEFAULT_CRS
from .roads import as_crs, plain_value, source_crs
from .storage import valid_polygon

POINTS_CHECK_EVERY = 1024  # points read between two looks for a cancel

_SPLIT = re.compile(r"[,;\s]+")


def parse_numbers(text: str | Iterable[float], what: str = "") -> list[float]:
    """'5, 10, 15' (or numbers) -> [5.0, 10.0, 15.0]: sorted, distinct, each positive."""
    if isinstance(text, str):
        parts = [p for p in _SPLIT.split(text.strip()) if p]
    else:
        parts = list(text)
    values = []
    for p in parts:
        try:
            v = float(str(p).replace(",", "."))
        except ValueError:
            raise ServiceAreaError(tr("{0} is not a number.").format(p)) from None
        if not np.isfinite(v) or v <= 0:
            raise ServiceAreaError(tr("{0} must be more than zero.").format(p))
        values.append(v)
    if not values:
        raise ServiceAreaError(tr("Give at least one value for {0}.").format(what or tr("the thresholds")))
    return sorted(set(values))


def parse_speeds(text: str | None) -> dict[str, float]:
    """'residential=20, primary=40' -> {'residential': 20.0, 'primary': 40.0} (km/h; 0 leaves a class out)."""
    out: dict[str, float] = {}
    for part in re.split(r"[,;]+", text or ""):
        part = part.strip()
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip():
            raise ServiceAreaError(tr("Write speeds as class=km/h, e.g. residential=20, not {0}.").format(part))
        if not value.strip():
            raise ServiceAreaError(tr("The speed of {0} is not a number: {1}").format(name.strip(), ""))
        out[name.strip()] = parse_speed(name.strip(), value)
    return out


def parse_speed(road_class: str, text: str) -> float:
    """The km/h typed for one road class (a speed table cell, a class=km/h pair): 0 or more; empty is 0."""
    text = text.strip().replace(",", ".")
    try:
        speed = float(text) if text else 0.0
    except ValueError:
        raise ServiceAreaError(tr("The speed of {0} is not a number: {1}").format(road_class, text)) from None
    if speed < 0:
        raise ServiceAreaError(tr("The speed of {0} cannot be negative.").format(road_class))
    return speed


# -- aid points ------------------------------------------------------------------------------------------

def help_type_codes(value: Any) -> list[str]:
    """The help-type codes of a `help_types` value however it was read (list, JSON, '{a,b}')."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    try:
        return [str(v) for v in rows._parse_list(value)]
    except ValueError:
        return [str(value)]


def read_points(source: Any, crs: Any = DEFAULT_CRS, help_types: Sequence[str] | None = None,
                id_field: str | None = None, request: Any = None,
                feedback: Feedback | None = None) -> tuple[np.ndarray, list[Any]]:
    """(xy (k, 2) in `crs`, ids) of the points of a layer or feature source with any of `help_types`.

    Ids are `id_field`'s values; by default the `uuid` field (a working copy's aid points) or else
    the feature ids. Multipoints count at their centroid; features without a geometry are skipped.
    """
    fields = source.fields()
    if id_field is None and fields.indexOf("uuid") >= 0:
        id_field = "uuid"
    if id_field and fields.indexOf(id_field) < 0:
        raise ServiceAreaError(tr("The points have no field {0}.").format(id_field))
    wanted = set(help_types or ())
    if wanted and fields.indexOf("help_types") < 0:
        raise ServiceAreaError(tr("The points have no help_types field, so they cannot be chosen by help type."))
    dest, src = as_crs(crs), source_crs(source)
    transform = None if src == dest else QgsCoordinateTransform(src, dest, QgsProject.instance())
    xy: list[tuple[float, float]] = []
    ids: list[Any] = []
    for n, f in enumerate(source.getFeatures(request or QgsFeatureRequest())):
        if n % POINTS_CHECK_EVERY == 0:
            checkpoint(feedback)
        if wanted and not wanted & set(help_type_codes(f["help_types"])):
            continue
        g = f.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        p = g.asPoint() if not g.isMultipart() else g.centroid().asPoint()
        xy.append((p.x(), p.y()))
        ids.append(plain_value(f[id_field]) if id_field else f.id())
    return np.asarray(xy, dtype=np.float64).reshape(-1, 2), ids


def chosen_points(source: Any, crs: Any = DEFAULT_CRS, help_types: Sequence[str] | None = None,
                  id_field: str | None = None, request: Any = None,
                  feedback: Feedback | None = None) -> tuple[np.ndarray, list[Any]]:
    """`read_points`, and a `ServiceAreaError` when no point is left to compute areas for."""
    xy, ids = read_points(source, crs, help_types, id_field, request, feedback)
    if not ids:
        raise ServiceAreaError(tr("No aid point has the chosen help types.") if help_types else
                               tr("There are no points."))
    return xy, ids


# -- the region ------------------------------------------------------------------------------------------

def region_geometry(layer: Any, crs: Any, request: Any = None) -> QgsGeometry:
    """The union of a polygon layer's features (or those of `request`) in `crs`, each repaired first.

    Boundaries from simplified sources often self-intersect; a union of invalid parts would fail.
    A region without polygons raises `ServiceAreaError`: there is nothing to find gaps in.
    """
    dest, src = as_crs(crs), source_crs(layer)
    transform = None if src == dest else QgsCoordinateTransform(src, dest, QgsProject.instance())
    parts = []
    for f in layer.getFeatures(request or QgsFeatureRequest()):
        g = valid_polygon(f.geometry())
        if g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        parts.append(valid_polygon(g))
    union = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
    region = valid_polygon(union) if not union.isNull() else QgsGeometry()
    if region.isEmpty():
        raise ServiceAreaError(tr("The region has no polygons."))
    return region


# -- files (the command line) ----------------------------------------------------------------------------

def open_source(spec: str, default_layer: str | None = None, name: str = "layer") -> QgsVectorLayer:
    """A QGIS layer of any OGR source: `path`, `path|layername=NAME` or anything GDAL opens.

    Without a layer name a working copy gives its aid points and an OSM file its `default_layer`
    (lines for roads).
    """
    uri = str(spec)
    path = uri.split("|", 1)[0]
    if "|" not in uri:
        if path.lower().endswith((".osm.pbf", ".osm", ".pbf")) and default_layer:
            uri = f"{path}|layername={default_layer}"
        elif path.lower().endswith(".gpkg") and Path(path).is_file() and _is_workcopy(path):
            uri = f"{path}|layername=aid_points"
    if "://" not in path and not Path(path).exists():
        raise ServiceAreaError(tr("{0} does not exist.").format(path))
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise ServiceAreaError(tr("{0} cannot be opened as a vector layer.").format(spec))
    return layer


def _is_workcopy(path: str) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name IN ('mp_meta', 'aid_points') "
                                "HAVING count(*) = 2").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def default_roads(project: QgsProject | None = None) -> QgsVectorLayer | None:
    """A line layer of the project with an OSM `highway` field, else the first line layer."""
    lines = [lyr for lyr in (project or QgsProject.instance()).mapLayers().values()
             if isinstance(lyr, QgsVectorLayer) and lyr.geometryType() == 1]
    return next((lyr for lyr in lines if lyr.fields().indexOf("highway") >= 0), lines[0] if lines else None)
