"""Issue 4: every way of editing in QGIS lands in the outbox, and the store gets exactly those changes.

The aid_points layer of a synced working copy is opened the way the plugin opens it (the OGR
provider on the GeoPackage) and edited headless:

- an edit session: attribute change, move, new feature, delete, then commitChanges;
- Processing algorithms run in place on the selected features, as the toolbox's "Edit features in
  place" mode runs them (`processing.gui.AlgorithmExecutor.execute_in_place_run`): the field
  calculator and a translation of the geometry;
- the attribute table's field calculator: an expression evaluated per feature and written with
  changeAttributeValue inside an edit session.

Several edits of one feature (several algorithms, several commits) collapse into one outbox row, one
operation of the changeset and one history entry.
"""

from __future__ import annotations

from typing import Any

import pytest
from e2elib import OLSZTYN_POINT, api, create, history, new_point, outbox, store_features

from mapujpomoc_qgis.core.sync.workcopy import pin_gdal_journal_mode

HOURS = "Mo-Fr 08:00-16:00"


@pytest.fixture
def layer(clone, store, qgis_app):  # type: ignore[no-untyped-def]
    """(working copy of ed_olsztyn after a first sync, its aid_points layer, four new points in Olsztyn)."""
    from qgis.core import QgsProject, QgsVectorLayer

    ids = [create(store, new_point(f"Punkt QGIS {i}", [OLSZTYN_POINT[0] + 0.004 * i, OLSZTYN_POINT[1]],
                                   languages=["pl", "uk"], phone="+48 89 500 00 0" + str(i)))["id"]
           for i in range(4)]
    me = clone("ed_olsztyn")
    me.sync()
    pin_gdal_journal_mode()
    lyr = QgsVectorLayer(f"{me.path}|layername=aid_points", "aid_points", "ogr")
    assert lyr.isValid()
    # in the project, as the plugin has it (a lone OGR layer freed by Python can crash QGIS 3.22)
    QgsProject.instance().addMapLayer(lyr)
    yield me, lyr, ids
    QgsProject.instance().removeMapLayer(lyr.id())


def fids(lyr, ids: list[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """uuid -> QGIS feature id."""
    return {f["uuid"]: f.id() for f in lyr.getFeatures() if f["uuid"] in ids}


def store_item(store, fid: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    r = api(store, "GET", f"/collections/aid_points/items/{fid}")
    assert r.status_code == 200, r.text
    return r.json()


def last_change(store, fid: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The fields of the latest history entry of a feature: {field: new value}."""
    entry = history(store, fid)[-1]
    return {c["field"]: c["new"] for c in entry["changes"]}


def test_edit_session_is_captured_exactly(layer, store):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    me, lyr, ids = layer
    edited, moved, deleted, untouched = ids
    by_uuid = fids(lyr, ids)
    before = store_features(store)
    assert lyr.startEditing()
    lyr.changeAttributeValue(by_uuid[edited], lyr.fields().indexOf("phone"), "+48 89 611 22 33")
    lyr.changeGeometry(by_uuid[moved], QgsGeometry.fromPointXY(QgsPointXY(20.4833, 53.7755)))
    lyr.deleteFeature(by_uuid[deleted])
    new = QgsFeature(lyr.fields())
    new["name"] = "Nowy punkt z QGIS"
    new["help_types"] = ["food", "legal"]
    new["languages"] = ["uk"]
    new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(20.4866, 53.7788)))
    assert lyr.addFeature(new)
    assert lyr.commitChanges(), lyr.commitErrors()

    box = outbox(me)
    [created] = [u for u, e in box.items() if e["op"] == "create"]
    assert {u: e["op"] for u, e in box.items()} == {edited: "update", moved: "update", deleted: "delete",
                                                    created: "create"}
    report = me.sync()
    assert dict(report.pushed) == {"aid_points updated": 2, "aid_points deleted": 1, "aid_points created": 1}
    assert last_change(store, edited) == {"phone": "+48 89 611 22 33"}
    assert last_change(store, moved) == {"geometry": {"type": "Point", "coordinates": [20.4833, 53.7755]}}
    assert history(store, deleted)[-1]["op"] == "delete"
    new_on_store = store_item(store, created)["properties"]
    assert (new_on_store["name"], new_on_store["help_types"], new_on_store["languages"]) == \
        ("Nowy punkt z QGIS", ["food", "legal"], ["uk"])
    assert store_item(store, untouched)["properties"] == before[untouched]["properties"]
    assert outbox(me) == {}
    assert me.local_features()[created]["properties"] == new_on_store


def test_processing_in_place_is_captured_as_one_operation_per_feature(layer, store, qgis_processing):
    from processing.gui.AlgorithmExecutor import execute_in_place_run
    from qgis.core import QgsApplication, QgsProcessingFeedback

    me, lyr, ids = layer
    chosen, other = ids[:2], ids[2:]
    before = {fid: store_item(store, fid) for fid in ids}
    registry = QgsApplication.processingRegistry()

    def in_place(alg_id: str, **params: Any) -> None:
        """The toolbox's "Edit features in place" on the selection (it leaves the layer in edit mode)."""
        ok, _ = execute_in_place_run(registry.algorithmById(alg_id), {"INPUT": lyr, **params},
                                     feedback=QgsProcessingFeedback(), raise_exceptions=True)
        assert ok, alg_id

    selected = fids(lyr, chosen)
    lyr.selectByIds(list(selected.values()))
    in_place("native:translategeometry", DELTA_X=0.001, DELTA_Y=-0.0005, DELTA_Z=0, DELTA_M=0)
    assert lyr.commitChanges(), lyr.commitErrors()
    # a second session: another algorithm and an attribute edit of the same features
    in_place("native:snappointstogrid", HSPACING=0.0001, VSPACING=0.0001, ZSPACING=0, MSPACING=0)
    for qgis_id in selected.values():
        lyr.changeAttributeValue(qgis_id, lyr.fields().indexOf("opening_hours"), HOURS)
    assert lyr.commitChanges(), lyr.commitErrors()
    # (QGIS 3.22's native:fieldcalculator does not support in-place runs: supportInPlaceEdit is False)
    assert not registry.algorithmById("native:fieldcalculator").supportInPlaceEdit(lyr)

    assert {u: e["op"] for u, e in outbox(me).items()} == {fid: "update" for fid in chosen}  # one row each
    report = me.sync()
    assert dict(report.pushed) == {"aid_points updated": len(chosen)}
    assert outbox(me) == {}
    for fid in chosen:
        old = before[fid]
        x, y = old["geometry"]["coordinates"]
        now = store_item(store, fid)
        assert now["properties"]["opening_hours"] == HOURS
        expected = [round((x + 0.001) / 0.0001) * 0.0001, round((y - 0.0005) / 0.0001) * 0.0001]
        assert now["geometry"]["coordinates"] == pytest.approx(expected, abs=1e-9)
        # one operation: one new version, one history entry with exactly the changed fields
        newer = [h for h in history(store, fid) if h["version"] > old["properties"]["version"]]
        assert len(newer) == 1
        assert sorted(c["field"] for c in newer[0]["changes"]) == ["geometry", "opening_hours"]
        unchanged = {k: v for k, v in now["properties"].items()
                     if k not in ("opening_hours", "version", "updated_at", "updated_by")}
        assert unchanged == {k: old["properties"][k] for k in unchanged}
        assert me.local_features()[fid] == {"properties": now["properties"], "geometry": now["geometry"]}
    for fid in other:
        assert store_item(store, fid) == before[fid]


def test_field_calculator_edits_collapse_into_one_operation(layer, store):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    me, lyr, ids = layer
    before = {fid: store_item(store, fid) for fid in ids}
    chosen = ids[:3]

    def calculate(field: str, expression: str) -> None:
        """What the attribute table's field calculator does for 'update existing field'."""
        expr = QgsExpression(expression)
        ctx = QgsExpressionContext()
        ctx.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
        expr.prepare(ctx)
        idx = lyr.fields().indexOf(field)
        assert lyr.startEditing()
        lyr.beginEditCommand("Field calculator")
        for f in lyr.getFeatures():
            if f["uuid"] not in chosen:
                continue
            ctx.setFeature(f)
            value = expr.evaluate(ctx)
            assert not expr.hasEvalError(), expr.evalErrorString()
            lyr.changeAttributeValue(f.id(), idx, value)
        lyr.endEditCommand()
        assert lyr.commitChanges(), lyr.commitErrors()

    calculate("name", "upper(\"name\")")
    calculate("status", "'active'")
    calculate("phone", "replace(\"phone\", '+48 89', '+48 89 7')")
    assert {u: e["op"] for u, e in outbox(me).items()} == {fid: "update" for fid in chosen}

    report = me.sync()
    assert report.pushed["aid_points updated"] == 3
    for fid in chosen:
        old = before[fid]["properties"]
        now = store_item(store, fid)["properties"]
        newer = [h for h in history(store, fid) if h["version"] > old["version"]]
        assert len(newer) == 1
        assert {c["field"]: c["new"] for c in newer[0]["changes"]} == {
            "name": old["name"].upper(), "status": "active", "phone": old["phone"].replace("+48 89", "+48 89 7")}
        assert me.local_features()[fid]["properties"] == now
    assert store_item(store, ids[3]) == before[ids[3]]
    assert outbox(me) == {}
