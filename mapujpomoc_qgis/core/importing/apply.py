"""Accepted rows into the working copy as ordinary edits of its `aid_points` layer (docs/ARCHITECTURE.md,
"Import"): one edit command in the layer's edit buffer, so the import can be undone while the layer is
being edited, and once saved the outbox triggers take it like any edit; one sync sends it, and the store
applies its scope rules, history and conflicts as for an edit by hand.

A layer already in edit mode keeps the import in its buffer (the user saves it); otherwise it is saved at
once. The CLI and Processing pass no layer: one is opened on the working copy's file.
"""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from mapujpomoc_model import schema

from .. import progress
from ..i18n import tr
from ..project.edits import undoable_edit
from . import ImportingError
from .columns import COLLECTION
from .plan import CREATE, GEOMETRY_KEY, MERGE, SKIP, UPDATE, ImportPlan, RowPlan

CREATED, UPDATED, MERGED, SKIPPED, REFUSED = "created", "updated", "merged", "skipped", "refused"
OUTCOMES = (CREATED, UPDATED, MERGED, SKIPPED, REFUSED)
WGS84 = "EPSG:4326"


def open_layer(workcopy: str | Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{workcopy}|layername={COLLECTION}", COLLECTION, "ogr")
    if not layer.isValid():
        raise ImportingError(tr("Cannot open the aid points of {0}.").format(workcopy))
    return layer


def _values(r: RowPlan) -> dict[str, Any]:
    """The fields the row's action writes."""
    if r.action == CREATE:
        return schema.with_defaults(COLLECTION, dict(r.props))
    if r.action == UPDATE:
        return dict(r.changes)
    if r.action == MERGE:
        return {k: r.props[k] for k in r.merge_fields if k in r.props}
    return {}


def _point(lon: float, lat: float, to_layer: QgsCoordinateTransform | None) -> QgsGeometry:
    geom = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
    if to_layer is not None:
        geom.transform(to_layer)
    return geom


def apply_plan(plan: ImportPlan, layer: QgsVectorLayer | None = None, feedback: Any = None) -> dict[str, int]:
    """Write the rows' actions; every row gets its `outcome` (and `uuid`). Counts per outcome."""
    layer = layer or open_layer(plan.workcopy)
    to_layer = None
    if layer.crs().authid() != WGS84:
        to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), layer.crs(),
                                          QgsProject.instance().transformContext())
    fields = layer.fields()
    fid_of = _fids(layer, [r.match.known.uid for r in plan.rows
                          if r.action in (UPDATE, MERGE) and r.match and r.match.known])
    features: list[QgsFeature] = []
    changes: list[tuple[RowPlan, int, dict[int, Any], QgsGeometry | None]] = []
    for r in plan.rows:
        if r.action == SKIP or r.refused:
            r.outcome = REFUSED if r.refused else SKIPPED
            continue
        values = _values(r)
        if r.action == CREATE:
            f = QgsFeature(fields)
            r.uuid = str(uuidlib.uuid4())
            f["uuid"] = r.uuid
            for k, v in values.items():
                f[k] = v
            assert r.located is not None and r.located.lon is not None and r.located.lat is not None
            f.setGeometry(_point(r.located.lon, r.located.lat, to_layer))
            features.append(f)
            r.outcome = CREATED
            continue
        known = r.match.known if r.match else None
        if known is None or known.uid not in fid_of:
            r.outcome = SKIPPED
            r.reasons.append(tr("The matched point is no longer in the working copy."))
            continue
        geom = None
        xy = values.pop(GEOMETRY_KEY, None)
        if xy is not None:
            geom = _point(xy[0], xy[1], to_layer)
        attrs = {fields.indexOf(k): v for k, v in values.items()}
        changes.append((r, fid_of[known.uid], attrs, geom))
        r.uuid = known.uid
        r.outcome = UPDATED if r.action == UPDATE else MERGED
    progress.checkpoint(feedback, 50, tr("Writing to the working copy"))
    _edit(layer, features, changes, tr("Import {0}").format(plan.table.name))
    counts = dict.fromkeys(OUTCOMES, 0)
    for r in plan.rows:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    return counts


def _fids(layer: QgsVectorLayer, uids: list[str]) -> dict[str, int]:
    """uuid -> feature id in `layer` of the points named."""
    out: dict[str, int] = {}
    wanted = sorted(set(uids))
    for k in range(0, len(wanted), 500):
        chunk = wanted[k:k + 500]
        expr = '"uuid" IN (' + ", ".join("'" + u.replace("'", "''") + "'" for u in chunk) + ")"
        request = QgsFeatureRequest().setFilterExpression(expr).setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(["uuid"], layer.fields())
        for f in layer.getFeatures(request):
            out[str(f["uuid"])] = f.id()
    return out


def _edit(layer: QgsVectorLayer, features: list[QgsFeature],
          changes: list[tuple[RowPlan, int, dict[int, Any], QgsGeometry | None]], text: str) -> None:
    """One undoable edit command; saved at once unless the layer was already being edited."""
    if not features and not changes:
        return
    with undoable_edit(layer, text, ImportingError(tr("The aid points layer cannot be edited.")),
                       lambda errors: ImportingError(tr("The import could not be saved: {0}").format(errors))):
        if features and not layer.addFeatures(features):
            raise ImportingError(tr("The imported points could not be added to the layer."))
        for _r, fid, attrs, geom in changes:
            if attrs and not layer.changeAttributeValues(fid, attrs):
                raise ImportingError(tr("The point {0} could not be changed.").format(fid))
            if geom is not None and not layer.changeGeometry(fid, geom):
                raise ImportingError(tr("The point {0} could not be moved.").format(fid))
