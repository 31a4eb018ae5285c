"""Service areas into the working copy, and the inputs they are computed from (DESIGN §7).

    records = buffer_records(points, ids, [500, 1000])            # distance buffers, computed in EPSG:2180
    add_areas_to_layer(areas_layer, records)                        # through QGIS: an undoable edit
    write_areas(workcopy_path, records)                             # or with sqlite3 (CLI, Processing)

Every record becomes one row of the working copy's `service_areas` layer: `aid_point_id` (the aid
point's uuid), `kind` (manual, buffer or network), `params` as JSON ({"metres": 500},
{"minutes": 15, "profile": "walk"}; nothing for a drawn area) and the geometry as a valid
MultiPolygon in EPSG:4326. Both ways of writing go through the outbox triggers, so the areas are
synced like any other edit. `replace` first deletes the point's areas of the same kind and params
(drawing a point's area again replaces the old one).

The store accepts an area only for an aid point that exists and lies in the editor's area;
`scope_problem` tells the same before anything is sent.

Inputs shared by the dock, the Processing algorithms and `mapujpomoc service-areas`: minutes and
metres lists ("5, 10, 15"), speeds per road class ("residential=20, primary=40"), the profile for a
class field, and aid points read from any point source, kept by help type.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode

from ..i18n import tr
from ..sync import rows
from . import network

KINDS = ("manual", "buffer", "network")
BUFFER_CRS = "EPSG:2180"
STORE_CRS = "EPSG:4326"
BUFFER_SEGMENTS = 16  # segments per quarter circle
TABLE = "service_areas"


@dataclass
class AreaRecord:
    """One service area to write: its aid point, kind, geometry (in `crs`) and parameters."""

    aid_point_id: str
    kind: str
    geometry: Any  # QgsGeometry
    crs: Any = STORE_CRS  # of `geometry`: a QgsCoordinateReferenceSystem or an authid
    params: dict[str, Any] | None = None


# -- parsing what users type ----------------------------------------------------------------------------

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
            raise ValueError(tr("{0} is not a number.").format(p)) from None
        if not np.isfinite(v) or v <= 0:
            raise ValueError(tr("{0} must be more than zero.").format(p))
        values.append(v)
    if not values:
        raise ValueError(tr("Give at least one value for {0}.").format(what or tr("the thresholds")))
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
            raise ValueError(tr("Write speeds as class=km/h, e.g. residential=20, not {0}.").format(part))
        try:
            speed = float(value.strip())
        except ValueError:
            raise ValueError(tr("The speed of {0} is not a number: {1}").format(name.strip(), value.strip())) from None
        if speed < 0:
            raise ValueError(tr("The speed of {0} cannot be negative.").format(name.strip()))
        out[name.strip()] = speed
    return out


def profile_for(name: str, class_field: str = "highway", speeds: dict[str, float] | None = None) -> network.Profile:
    """The travel profile `name` (walk or drive) for a road layer whose class is in `class_field`.

    OSM `highway` and BDOT10k `KLASA_DROG` have built-in speeds; any other class field walks at
    5 km/h and drives at 30 km/h on every class unless `speeds` maps its classes.
    """
    if name not in network.PROFILES:
        raise ValueError(tr("Unknown profile {0}; use walk or drive.").format(name))
    speeds = speeds or {}
    if class_field == "highway":
        return network.profile(name, speeds)
    if class_field.upper() == "KLASA_DROG":
        base = network.BDOT10K_WALK if name == "walk" else network.BDOT10K_DRIVE
        return base.with_speeds(speeds) if speeds else base
    if name == "walk":
        return network.Profile("walk", dict(speeds), 5.0, oneway=False, osm_access=False)
    return network.Profile("drive", dict(speeds), 30.0, oneway=True, osm_access=False)


def profile_speeds(profile: network.Profile, classes: Iterable[str]) -> dict[str, float]:
    """km/h of each class under `profile` (0 where it is not used): what the speed table starts with."""
    return {c: profile.speed(c) or 0.0 for c in classes}


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


def read_points(source: Any, crs: Any = BUFFER_CRS, help_types: Sequence[str] | None = None,
                id_field: str | None = None, request: Any = None,
                is_canceled: Callable[[], bool] | None = None) -> tuple[np.ndarray, list[Any]]:
    """(xy (k, 2) in `crs`, ids) of the points of a layer or feature source with any of `help_types`.

    Ids are `id_field`'s values; by default the `uuid` field (a working copy's aid points) or else
    the feature ids. Multipoints count at their centroid; features without a geometry are skipped.
    """
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject

    fields = source.fields()
    if id_field is None and fields.indexOf("uuid") >= 0:
        id_field = "uuid"
    if id_field and fields.indexOf(id_field) < 0:
        raise ValueError(tr("The points have no field {0}.").format(id_field))
    wanted = set(help_types or ())
    if wanted and fields.indexOf("help_types") < 0:
        raise ValueError(tr("The points have no help_types field, so they cannot be chosen by help type."))
    dest = network._crs(crs)
    src = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    transform = None if src == dest else QgsCoordinateTransform(src, dest, QgsProject.instance())
    xy: list[tuple[float, float]] = []
    ids: list[Any] = []
    for n, f in enumerate(source.getFeatures(request or QgsFeatureRequest())):
        if is_canceled is not None and n % 1024 == 0 and is_canceled():
            raise InterruptedError("canceled")
        if wanted and not wanted & set(help_type_codes(f["help_types"])):
            continue
        g = f.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        p = g.asPoint() if not g.isMultipart() else g.centroid().asPoint()
        xy.append((p.x(), p.y()))
        ids.append(network._value(f[id_field]) if id_field else f.id())
    return np.asarray(xy, dtype=np.float64).reshape(-1, 2), ids


# -- geometries ------------------------------------------------------------------------------------------

def polygon_parts(geom: Any) -> Any:
    """The polygons of a geometry (a collection's other parts dropped) as one MultiPolygon."""
    from qgis.core import QgsGeometry, QgsWkbTypes

    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
        out = QgsGeometry(geom)
    else:
        polys = [QgsGeometry(p.clone()) for p in geom.constParts()
                 if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.PolygonGeometry]
        if not polys:
            return QgsGeometry()
        out = QgsGeometry.collectGeometry(polys)
    if QgsWkbTypes.hasZ(out.wkbType()) or QgsWkbTypes.hasM(out.wkbType()):
        out.get().dropZValue()
        out.get().dropMValue()
    out.convertToMultiType()
    return out


def valid_polygon(geom: Any) -> Any:
    """A GEOS-valid MultiPolygon of `geom` (self-intersections repaired); empty when nothing is left."""
    out = polygon_parts(geom)
    if out.isEmpty():
        return out
    if not out.isGeosValid():
        out = polygon_parts(out.makeValid())
    return out


def store_geometry(geom: Any, crs: Any, transform_context: Any = None) -> Any:
    """`geom` (in `crs`) as the store keeps it: a valid MultiPolygon in EPSG:4326."""
    from qgis.core import QgsCoordinateTransform, QgsProject

    src, dest = network._crs(crs), network._crs(STORE_CRS)
    out = valid_polygon(geom)
    if out.isEmpty():
        raise ValueError(tr("The area is empty."))
    if src != dest:
        context = transform_context or QgsProject.instance().transformContext()
        out.transform(QgsCoordinateTransform(src, dest, context))
    out = valid_polygon(out)
    if out.isEmpty():
        raise ValueError(tr("The area is empty."))
    return out


def region_geometry(layer: Any, crs: Any, request: Any = None) -> Any:
    """The union of a polygon layer's features (or those of `request`) in `crs`, each repaired first.

    Boundaries from simplified sources often self-intersect; a union of invalid parts would fail.
    """
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

    dest = network._crs(crs)
    src = layer.sourceCrs() if hasattr(layer, "sourceCrs") else layer.crs()
    transform = None if src == dest else QgsCoordinateTransform(src, dest, QgsProject.instance())
    parts = []
    for f in layer.getFeatures(request or QgsFeatureRequest()):
        g = valid_polygon(f.geometry())
        if g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        parts.append(valid_polygon(g))
    if not parts:
        return QgsGeometry()
    union = QgsGeometry.unaryUnion(parts)
    return valid_polygon(union) if not union.isNull() else QgsGeometry()


def buffer_records(xy: np.ndarray | Sequence[tuple[float, float]], ids: Sequence[Any], metres: Sequence[float],
                   segments: int = BUFFER_SEGMENTS) -> list[AreaRecord]:
    """A circle of each radius around each point: points and circles in EPSG:2180 (params {"metres": m})."""
    from qgis.core import QgsGeometry, QgsPointXY

    pts = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    out = []
    for (x, y), pid in zip(pts.tolist(), ids):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for m in metres:
            circle = point.buffer(float(m), segments)
            circle.convertToMultiType()
            out.append(AreaRecord(str(pid), "buffer", circle, BUFFER_CRS, {"metres": _number(m)}))
    return out


def network_records(areas: Any, params: dict[str, Any]) -> list[AreaRecord]:
    """One record per aid point from isochrones.ServiceAreas: the part it is nearest to (its catchment)."""
    return [AreaRecord(str(pid), "network", geom, areas.crs, dict(params))
            for pid, geom in areas.catchments if geom is not None and not geom.isEmpty()]


def _number(v: float) -> float | int:
    return int(v) if float(v).is_integer() else float(v)


# -- scope -----------------------------------------------------------------------------------------------

def scope_problem(teryt: str | None, me: dict[str, Any] | None) -> str | None:
    """Why the store would refuse an area of an aid point in commune `teryt` from this user, or None."""
    me = me or {}
    if me.get("writes_anywhere") or me.get("role") == "admin":
        return None
    if me.get("role") == "viewer":
        return tr("Your account may only read the store.")
    scope = me.get("scope") or []
    if not teryt:  # a new point not yet synced: the store assigns its commune on the next sync
        return None
    if any(str(teryt).startswith(p) for p in scope):
        return None
    return tr("The aid point lies outside your area; the store would refuse its service area.")


def workcopy_of(layer: Any) -> Path | None:
    """The working copy GeoPackage a project layer reads, if it is one."""
    from ..project.layers import source_parts

    path, _ = source_parts(layer)
    return Path(path) if path and Path(path).is_file() else None


def load_me(path: str | Path | None) -> dict[str, Any]:
    """The user's account as the working copy last saw it ({} when unknown)."""
    from ..sync.workcopy import WorkingCopy, WorkingCopyError

    if not path:
        return {}
    try:
        with WorkingCopy(path) as wc:
            return wc.meta_json("me") or {}
    except WorkingCopyError:
        return {}


def _check(records: Sequence[AreaRecord]) -> None:
    for r in records:
        if r.kind not in KINDS:
            raise ValueError(tr("Unknown kind of service area: {0}").format(r.kind))
        try:
            uuid.UUID(str(r.aid_point_id))
        except ValueError:
            raise ValueError(tr("{0} is not the identifier of an aid point; service areas can only be saved for "
                                "the aid points of a working copy.").format(r.aid_point_id)) from None


def _same_params(a: Any, b: dict[str, Any] | None) -> bool:
    if isinstance(a, str):
        try:
            a = json.loads(a) if a.strip() else None
        except ValueError:
            return False
    if hasattr(a, "isNull") and a.isNull():
        a = None
    return (a or None) == (b or None)


# -- writing through QGIS --------------------------------------------------------------------------------

def add_areas_to_layer(layer: Any, records: Sequence[AreaRecord], replace: bool = True,
                       text: str | None = None) -> int:
    """Add the areas to the working copy's service_areas layer as one undoable edit command.

    A layer already in edit mode keeps the change in its edit buffer (the user saves it); otherwise
    the edit is committed at once, so the next sync sends it. Returns the number of areas added.
    """
    from qgis.core import QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsProject

    _check(records)
    if not records:
        return 0
    context = QgsProject.instance().transformContext()
    to_layer = QgsCoordinateTransform(network._crs(STORE_CRS), layer.crs(), context)
    features = []
    for r in records:
        geom = store_geometry(r.geometry, r.crs, context)
        if layer.crs() != network._crs(STORE_CRS):
            geom.transform(to_layer)
        f = QgsFeature(layer.fields())
        f.setGeometry(geom)
        f["aid_point_id"] = str(r.aid_point_id)
        f["kind"] = r.kind
        if r.params is not None:
            f["params"] = dict(r.params)
        features.append(f)
    was_editing = layer.isEditable()
    if not was_editing and not layer.startEditing():
        raise RuntimeError(tr("The service areas layer cannot be edited."))
    layer.beginEditCommand(text or tr("Add service areas"))
    try:
        if replace:
            ids = {str(r.aid_point_id) for r in records}
            keys = {(str(r.aid_point_id), r.kind) for r in records}
            expr = '"aid_point_id" IN (' + ", ".join("'" + i.replace("'", "''") + "'" for i in sorted(ids)) + ")"
            for old in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expr)):
                key = (str(old["aid_point_id"]), str(old["kind"]))
                if key in keys and any(_same_params(old["params"], r.params) for r in records
                                       if (str(r.aid_point_id), r.kind) == key):
                    layer.deleteFeature(old.id())
        if not layer.addFeatures(features):
            raise RuntimeError(tr("The service areas could not be added to the layer."))
    except Exception:
        layer.destroyEditCommand()
        if not was_editing:
            layer.rollBack()
        raise
    layer.endEditCommand()
    if not was_editing and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise RuntimeError(tr("The service areas could not be saved: {0}").format(errors))
    layer.triggerRepaint()
    return len(features)


# -- writing with sqlite3 --------------------------------------------------------------------------------

def write_areas(workcopy: str | Path, records: Sequence[AreaRecord], replace: bool = True) -> list[str]:
    """Write the areas straight into a working copy's GeoPackage (one transaction); their new uuids.

    The outbox triggers see ordinary inserts (and deletes, with `replace`), as for an edit in QGIS.
    """
    from ..sync.workcopy import WorkingCopy

    _check(records)
    geoms = [json.loads(store_geometry(r.geometry, r.crs).asJson(17)) for r in records]
    spec = schema.fields_by_name(TABLE)["params"]
    out: list[str] = []
    with WorkingCopy(workcopy) as wc, wc.transaction() as db:
        if replace:
            for pid, kind in {(str(r.aid_point_id), r.kind) for r in records}:
                wanted = [r.params for r in records if (str(r.aid_point_id), r.kind) == (pid, kind)]
                for fid, params in db.execute(f'SELECT fid, params FROM "{TABLE}" WHERE aid_point_id = ? AND '
                                              "kind = ?", (pid, kind)).fetchall():
                    if any(_same_params(params, w) for w in wanted):
                        db.execute(f'DELETE FROM "{TABLE}" WHERE fid = ?', (fid,))
        for r, geom in zip(records, geoms):
            cur = db.execute(f'INSERT INTO "{TABLE}" (geom, aid_point_id, kind, params) VALUES (?, ?, ?, ?)',
                             (encode(geom), str(r.aid_point_id), r.kind, rows.to_column(spec, r.params)))
            out.append(db.execute(f'SELECT uuid FROM "{TABLE}" WHERE fid = ?', (cur.lastrowid,)).fetchone()[0])
    return out


def aid_point_teryts(workcopy: str | Path, ids: Iterable[str]) -> dict[str, str | None]:
    """uuid -> teryt of the working copy's aid points among `ids` (missing ones left out)."""
    from ..sync.workcopy import WorkingCopy

    wanted = list(dict.fromkeys(str(i) for i in ids))
    out: dict[str, str | None] = {}
    with WorkingCopy(workcopy) as wc:
        for k in range(0, len(wanted), 500):
            chunk = wanted[k:k + 500]
            marks = ", ".join("?" * len(chunk))
            out.update(wc.conn.execute(f"SELECT uuid, teryt FROM aid_points WHERE uuid IN ({marks})", chunk).fetchall())
    return out


def writable(workcopy: str | Path, records: Sequence[AreaRecord]) -> tuple[list[AreaRecord], list[str]]:
    """(records the store will accept, why the others would be refused) by the working copy's aid points."""
    me = load_me(workcopy)
    teryts = aid_point_teryts(workcopy, (r.aid_point_id for r in records))
    ok, problems = [], []
    for r in records:
        if r.aid_point_id not in teryts:
            problems.append(tr("{0}: no such aid point in the working copy.").format(r.aid_point_id))
            continue
        problem = scope_problem(teryts[r.aid_point_id], me) if me else None
        if problem:
            problems.append(f"{r.aid_point_id}: {problem}")
        else:
            ok.append(r)
    return ok, problems


# -- files (the command line) ----------------------------------------------------------------------------

def open_source(spec: str, default_layer: str | None = None, name: str = "layer") -> Any:
    """A QGIS layer of any OGR source: `path`, `path|layername=NAME` or anything GDAL opens.

    Without a layer name a working copy gives its aid points and an OSM file its `default_layer`
    (lines for roads).
    """
    from qgis.core import QgsVectorLayer

    uri = str(spec)
    path = uri.split("|", 1)[0]
    if "|" not in uri:
        if path.lower().endswith((".osm.pbf", ".osm", ".pbf")) and default_layer:
            uri = f"{path}|layername={default_layer}"
        elif path.lower().endswith(".gpkg") and Path(path).is_file() and _is_workcopy(path):
            uri = f"{path}|layername=aid_points"
    if "://" not in path and not Path(path).exists():
        raise ValueError(tr("{0} does not exist.").format(path))
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise ValueError(tr("{0} cannot be opened as a vector layer.").format(spec))
    return layer


def _is_workcopy(path: str) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name IN ('mp_meta', 'aid_points') "
                                "HAVING count(*) = 2").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


OUTPUT_LAYERS = (("bands", "isochrones"), ("catchments", "catchments"), ("gaps", "gaps"))


def write_geopackage(areas: Any, out: str | Path) -> dict[str, int]:
    """The layers `isochrones` (minutes), `catchments` (aid_point_id) and, with a region, `gaps` (minutes,
    population) of isochrones.ServiceAreas in one new GeoPackage (replacing the file); feature counts."""
    from qgis.core import QgsProject, QgsVectorFileWriter

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    layers = areas.layers()
    counts: dict[str, int] = {}
    for key, name in OUTPUT_LAYERS:
        layer = layers.get(key)
        if layer is None:
            continue
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if out.exists()
                                        else QgsVectorFileWriter.CreateOrOverwriteFile)
        error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(out), QgsProject.instance().transformContext(), options)
        if error != QgsVectorFileWriter.NoError:
            raise RuntimeError(tr("Cannot write {0}: {1}").format(out, message))
        counts[name] = layer.featureCount()
    return counts
