"""Service areas into a working copy or a file (docs/ARCHITECTURE.md, "Service areas").

    add_areas_to_layer(areas_layer, records)                        # through QGIS: an undoable edit
    write_areas(workcopy_path, records)                             # or with sqlite3 (Processing)
    write_geopackage(areas, "out.gpkg")                             # the computed layers (the CLI)

Every record becomes one row of the working copy's `service_areas` layer: `aid_point_id` (the aid
point's uuid), `kind` (manual, buffer or network), `params` as JSON ({"metres": 500},
{"minutes": 15, "profile": "walk"}; nothing for a drawn area) and the geometry as a valid
MultiPolygon in EPSG:4326. Both ways of writing go through the outbox triggers, so the areas are
synced like any other edit. `replace` first deletes the point's areas of the same kind and params
(drawing a point's area again replaces the old one).

The store accepts an area only for an aid point that exists and lies in the editor's area;
`scope_problem` and `writable` tell the same before anything is sent. Problems raise
`ServiceAreaError` with a message for the user.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import encode

from ..i18n import tr
from ..project.edits import undoable_edit
from ..sync import rows
from . import ServiceAreaError
from .roads import as_crs

KINDS = ("manual", "buffer", "network")
STORE_CRS = "EPSG:4326"
TABLE = "service_areas"


@dataclass
class AreaRecord:
    """One service area to write: its aid point, kind, geometry (in `crs`) and parameters."""

    aid_point_id: str
    kind: str
    geometry: Any  # QgsGeometry
    crs: Any = STORE_CRS  # of `geometry`: a QgsCoordinateReferenceSystem or an authid
    params: dict[str, Any] | None = None


# -- geometries ------------------------------------------------------------------------------------------

def polygon_parts(geom: Any) -> Any:
    """The polygons of a geometry (a collection's other parts dropped) as one MultiPolygon."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry:
        out = QgsGeometry(geom)
    else:
        polys = [QgsGeometry(p.clone()) for p in geom.constParts()
                 if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]
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
    src, dest = as_crs(crs), as_crs(STORE_CRS)
    out = valid_polygon(geom)
    if out.isEmpty():
        raise ServiceAreaError(tr("The area is empty."))
    if src != dest:
        context = transform_context or QgsProject.instance().transformContext()
        out.transform(QgsCoordinateTransform(src, dest, context))
    out = valid_polygon(out)
    if out.isEmpty():
        raise ServiceAreaError(tr("The area is empty."))
    return out


def network_records(areas: Any) -> list[AreaRecord]:
    """One record per aid point from isochrones.ServiceAreas: the part it is nearest to (its catchment),
    with params {"minutes": the largest threshold, "profile": the graph's profile}."""
    params = {"minutes": number(max(areas.minutes)), "profile": areas.graph.profile}
    return [AreaRecord(str(pid), "network", geom, areas.crs, dict(params))
            for pid, geom in areas.catchments if geom is not None and not geom.isEmpty()]


def number(v: float) -> float | int:
    """A whole number as an int (params read {"metres": 500}, not 500.0)."""
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
            raise ServiceAreaError(tr("Unknown kind of service area: {0}").format(r.kind))
        try:
            uuid.UUID(str(r.aid_point_id))
        except ValueError:
            raise ServiceAreaError(tr("{0} is not the identifier of an aid point; service areas can only be saved for "
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
    _check(records)
    if not records:
        return 0
    features = _layer_features(layer, records)
    with undoable_edit(layer, text or tr("Add service areas"),
                       ServiceAreaError(tr("The service areas layer cannot be edited.")),
                       lambda errors: ServiceAreaError(
                           tr("The service areas could not be saved: {0}").format(errors))):
        if replace:
            _delete_replaced(layer, records)
        if not layer.addFeatures(features):
            raise ServiceAreaError(tr("The service areas could not be added to the layer."))
    return len(features)


def _layer_features(layer: Any, records: Sequence[AreaRecord]) -> list[QgsFeature]:
    """The records as features of `layer`, their geometries as the store keeps them, in the layer's CRS."""
    context = QgsProject.instance().transformContext()
    to_layer = QgsCoordinateTransform(as_crs(STORE_CRS), layer.crs(), context)
    features = []
    for r in records:
        geom = store_geometry(r.geometry, r.crs, context)
        if layer.crs() != as_crs(STORE_CRS):
            geom.transform(to_layer)
        f = QgsFeature(layer.fields())
        f.setGeometry(geom)
        f["aid_point_id"] = str(r.aid_point_id)
        f["kind"] = r.kind
        if r.params is not None:
            f["params"] = dict(r.params)
        features.append(f)
    return features


def _delete_replaced(layer: Any, records: Sequence[AreaRecord]) -> None:
    """Delete (in the edit buffer) the areas of the records' points with the same kind and params."""
    ids = {str(r.aid_point_id) for r in records}
    keys = {(str(r.aid_point_id), r.kind) for r in records}
    expr = '"aid_point_id" IN (' + ", ".join("'" + i.replace("'", "''") + "'" for i in sorted(ids)) + ")"
    for old in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expr)):
        key = (str(old["aid_point_id"]), str(old["kind"]))
        if key in keys and any(_same_params(old["params"], r.params) for r in records
                               if (str(r.aid_point_id), r.kind) == key):
            layer.deleteFeature(old.id())


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


OUTPUT_LAYERS = (("bands", "isochrones"), ("catchments", "catchments"), ("gaps", "gaps"))


def write_geopackage(areas: Any, out: str | Path) -> dict[str, int]:
    """The layers `isochrones` (minutes), `catchments` (aid_point_id) and, with a region, `gaps` (minutes,
    population) of isochrones.ServiceAreas in one new GeoPackage (replacing the file); feature counts.

    Written to a temporary file beside `out` and renamed when complete, so a failure leaves what was there.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.stem}.part.gpkg")
    part.unlink(missing_ok=True)
    layers = areas.layers()
    counts: dict[str, int] = {}
    try:
        for key, name in OUTPUT_LAYERS:
            layer = layers.get(key)
            if layer is None:
                continue
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = name
            on_existing = QgsVectorFileWriter.ActionOnExistingFile
            options.actionOnExistingFile = (on_existing.CreateOrOverwriteLayer if part.exists()
                                            else on_existing.CreateOrOverwriteFile)
            error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, str(part), QgsProject.instance().transformContext(), options)
            if error != QgsVectorFileWriter.WriterError.NoError:
                raise ServiceAreaError(tr("Cannot write {0}: {1}").format(out, message))
            counts[name] = layer.featureCount()
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return counts
