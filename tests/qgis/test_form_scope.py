"""The attribute form warns about a location the store would refuse, as the store decides it."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsFieldConstraints, QgsProject, QgsVectorLayerUtils

from mapujpomoc_qgis.core.project import layers


def _warned(layer: Any) -> dict[str, bool]:
    idx = layer.fields().indexOf("teryt")
    return {f["uuid"]: not QgsVectorLayerUtils.validateAttribute(
        layer, f, idx, QgsFieldConstraints.ConstraintStrengthSoft, QgsFieldConstraints.ConstraintOriginNotSet)[0]
        for f in layer.getFeatures()}


def test_points_outside_the_scope_are_flagged_exactly(synced_workcopy: Any, qgis_new_project: Any) -> None:
    found = layers.add_to_project(str(synced_workcopy.path), synced_workcopy.me, QgsProject.instance())
    warned = _warned(found.aid_points)
    scope = tuple(synced_workcopy.me["scope"])
    # the store assigned each point's teryt; the form's geometric check must agree with it
    expected = {f["uuid"]: not (f["teryt"] or "").startswith(scope) for f in found.aid_points.getFeatures()}
    assert warned == expected
    assert any(warned.values()) and not all(warned.values())


def test_no_warning_for_who_may_write_anywhere(synced_workcopy: Any, qgis_new_project: Any) -> None:
    me = {**synced_workcopy.me, "writes_anywhere": True}
    found = layers.add_to_project(str(synced_workcopy.path), me, QgsProject.instance())
    assert not any(_warned(found.aid_points).values())
