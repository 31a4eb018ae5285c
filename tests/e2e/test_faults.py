"""Issue 4: faults during a sync lose nothing and apply nothing twice.

- the connection drops after the store committed a changeset, before its reply arrives (a proxy in
  front of the store discards the reply), or before the store saw it;
- the plugin's process is killed after edits were saved but before any sync, and right after the
  changeset was saved in the working copy but before or while it was posted;
- the store is down: the sync fails with a clear message, the edits wait in the file, and go out once
  the store is back.

"Exactly once" is read off the store: one history entry per feature for the changeset, the version
advanced once, a created feature present once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from e2elib import (
    Clone,
    add_local,
    api,
    cli_sync,
    create,
    edit,
    history,
    new_point,
    outbox,
    patch,
    remove,
    store_features,
)
from support.flaky_proxy import FlakyProxy

from mapujpomoc_qgis.core.connection.client import StoreError
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

PHONE = "+48 89 523 45 67"
MOVED_TO = {"type": "Point", "coordinates": [20.4912, 53.7731]}


@dataclass
class Via:
    """The store as a client sees it through the proxy (same tokens, another address)."""

    url: str
    store: Any

    def token(self, name: str) -> str:
        return self.store.token(name)


def store_item(store, fid: str) -> dict:  # type: ignore[no-untyped-def]
    r = api(store, "GET", f"/collections/aid_points/items/{fid}")
    assert r.status_code == 200, r.text
    return r.json()


def points(store, n: int, tag: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [create(store, new_point(f"{tag} {i}", [20.455 + 0.01 * i, 53.768]))["id"] for i in range(n)]


def pending_changeset(clone: Clone) -> dict | None:
    with WorkingCopy(clone.path) as wc:
        return wc.meta_json("pending_changeset")


def assert_applied_once(store, changeset_id: str, edits: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Every feature of the changeset has exactly one history entry of it, with the expected op."""
    for fid, op in edits.items():
        entries = history(store, fid)
        mine = [h for h in entries if h["changeset"] == changeset_id]
        assert [h["op"] for h in mine] == [op], (fid, entries)


def assert_in_step(clone: Clone, store, ids) -> None:  # type: ignore[no-untyped-def]
    """The working copy holds exactly the store's state of `ids`, with nothing left to send."""
    live = store_features(store)
    local = clone.local_features()
    for fid in ids:
        if fid in live:
            assert local[fid]["properties"] == live[fid]["properties"], fid
            assert local[fid]["geometry"] == live[fid]["geometry"], fid
        else:
            assert fid not in local, fid
    assert outbox(clone) == {}
    assert pending_changeset(clone) is None
    base = dict(clone.sql("SELECT uuid, version FROM mp_base WHERE collection = 'aid_points'"))
    for fid in ids:
        assert base.get(fid) == (live[fid]["properties"]["version"] if fid in live else None), fid


# -- a lost reply --------------------------------------------------------------------------------------------------


@pytest.fixture
def proxy(store):  # type: ignore[no-untyped-def]
    with FlakyProxy(store.url) as p:
        yield p


@pytest.mark.parametrize("lost", ["reply", "request"])
def test_dropped_connection_around_a_changeset_applies_everything_once(store, proxy, tmp_path: Path, lost):
    edited, moved, deleted, later = points(store, 4, f"Punkt przez proxy ({lost})")
    me = Clone(tmp_path / "me.gpkg", Via(proxy.url, store), "ed_olsztyn")
    me.sync()
    versions = {fid: store_item(store, fid)["properties"]["version"] for fid in (edited, moved, deleted)}

    edit(me, edited, phone=PHONE)
    edit(me, moved, geometry=MOVED_TO)
    remove(me, deleted)
    created = add_local(me, f"Nowy punkt przez proxy ({lost})", [20.5012, 53.7801], status="active")
    proxy.drop_changeset_reply(before=lost == "request")
    with pytest.raises(StoreError) as err:
        me.sync()
    assert err.value.kind == "network"

    # the changeset waits in the working copy with its UUID; nothing is lost locally
    pending = pending_changeset(me)
    assert pending is not None
    assert {op["id"]: op["op"] for op in pending["operations"]} == \
        {edited: "update", moved: "update", deleted: "delete", created: "create"}
    assert set(outbox(me)) == {edited, moved, deleted, created}
    [(status, body)] = proxy.dropped
    if lost == "reply":  # the store did commit it: the client just never heard
        assert status == 200 and json.loads(body)["id"] == pending["id"]
        assert store_item(store, edited)["properties"]["phone"] == PHONE
    else:
        assert status == 0
        assert store_item(store, edited)["properties"]["phone"] != PHONE

    # meanwhile someone else edits one of those features, and I edit another one
    patch(store, edited, {"email": "koordynacja@pomoc.example.org"}, user="coord")
    edit(me, later, description="Po zerwanym połączeniu")

    report = me.sync()
    assert report.conflicts == 0 and not report.refused
    assert_applied_once(store, pending["id"], {edited: "update", moved: "update", deleted: "delete",
                                               created: "create"})
    if lost == "reply":
        first = {r["id"]: r["version"] for r in json.loads(body)["results"]}
        for fid in (moved, deleted, created):
            assert [h["version"] for h in history(store, fid) if h["changeset"] == pending["id"]] == [first[fid]]
    # the version advanced once per edit: my change and coord's, nothing else
    assert [h["user"] for h in history(store, edited) if h["version"] > versions[edited]] in \
        (["ed_olsztyn", "coord"], ["coord", "ed_olsztyn"])
    assert [h["user"] for h in history(store, moved) if h["version"] > versions[moved]] == ["ed_olsztyn"]
    assert [h["op"] for h in history(store, deleted)] == ["create", "delete"]
    on_store = store_item(store, edited)["properties"]
    assert (on_store["phone"], on_store["email"]) == (PHONE, "koordynacja@pomoc.example.org")
    assert store_item(store, moved)["geometry"] == MOVED_TO
    assert api(store, "GET", f"/collections/aid_points/items/{deleted}").status_code == 404
    named = [f for f in store_features(store).values()
             if f["properties"]["name"] == f"Nowy punkt przez proxy ({lost})"]
    assert [f["id"] for f in named] == [created]
    # the edit made after the failure went out with the same sync
    assert store_item(store, later)["properties"]["description"] == "Po zerwanym połączeniu"
    assert_in_step(me, store, (edited, moved, deleted, later, created))
    assert len(proxy.dropped) == 1


# -- the plugin's process killed --------------------------------------------------------------------------------------

CHILD = r"""
import json, os, signal, sys

mode, path, url, token, spec = sys.argv[1:6]
spec = json.loads(spec)


def die():
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


if mode == "gdal":  # any GDAL program (ogr2ogr, a script, the QGIS Python console)
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = ds.GetLayerByName("aid_points")
    ds.StartTransaction()
    lyr.SetAttributeFilter(f"uuid = '{spec['edit']}'")
    f = lyr.GetNextFeature()
    f.SetField("phone", spec["phone"])
    lyr.SetFeature(f)
    lyr.SetAttributeFilter(f"uuid = '{spec['delete']}'")
    lyr.DeleteFeature(lyr.GetNextFeature().GetFID())
    lyr.SetAttributeFilter(None)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("name", spec["name"])
    f.SetField("help_types", '["food"]')
    f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (20.4944 53.7712)"))
    lyr.CreateFeature(f)
    ds.CommitTransaction()
    die()  # no close, no sync

if mode == "qgis":  # QGIS itself: an edit session committed, then QGIS dies
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"{path}|layername=aid_points", "aid_points", "ogr")
    assert layer.isValid()
    fields = layer.fields()
    by_uuid = {f["uuid"]: f.id() for f in layer.getFeatures()}
    assert layer.startEditing()
    layer.changeAttributeValue(by_uuid[spec["edit"]], fields.indexOf("phone"), spec["phone"])
    layer.deleteFeature(by_uuid[spec["delete"]])
    f = QgsFeature(fields)
    f["name"] = spec["name"]
    f["help_types"] = ["food"]
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(20.4944, 53.7712)))
    layer.addFeature(f)
    assert layer.commitChanges(), layer.commitErrors()
    die()

# the plugin's sync, killed around the POST of its changeset
sys.path.insert(0, spec["tests"])
from e2elib import Clone, add_local, edit, remove  # noqa: E402

from mapujpomoc_qgis.core.connection.client import StoreClient  # noqa: E402
from mapujpomoc_qgis.core.sync.syncer import Syncer  # noqa: E402
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy  # noqa: E402

me = Clone(path, None, "me")
edit(me, spec["edit"], phone=spec["phone"])
remove(me, spec["delete"])
add_local(me, spec["name"], [20.4944, 53.7712], help_types=["food"])
post = StoreClient.post_changeset


def crash(self, changeset):
    print(json.dumps(changeset["id"]))
    if mode == "after-post":  # the store commits; the process dies before it can record the reply
        post(self, changeset)
    die()


StoreClient.post_changeset = crash
with WorkingCopy(path) as wc:
    Syncer(wc, StoreClient(url, token)).sync()
raise SystemExit("not reached: the sync should have been killed")
"""


@pytest.mark.parametrize("mode", ["gdal", "qgis", "before-post", "after-post"])
def test_killed_plugin_loses_nothing_and_sends_once(clone, store, mode):
    edited, deleted = points(store, 2, f"Punkt przed awarią ({mode})")
    me = clone("ed_olsztyn")
    me.sync()
    name = f"Nowy punkt przed awarią ({mode})"
    spec = {"edit": edited, "delete": deleted, "phone": PHONE, "name": name,
            "tests": str(Path(__file__).resolve().parent)}
    child = subprocess.run([sys.executable, "-c", CHILD, mode, str(me.path), store.url,
                            store.token("ed_olsztyn"), json.dumps(spec)],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    # on restart: every edit is still in the file, waiting to be sent
    box = outbox(me)
    [created] = [u for u, e in box.items() if e["op"] == "create"]
    assert {u: e["op"] for u, e in box.items()} == {edited: "update", deleted: "delete", created: "create"}
    assert me.local_features()[edited]["properties"]["phone"] == PHONE
    assert deleted not in me.local_features()
    pending = pending_changeset(me)
    if mode in ("gdal", "qgis"):
        assert pending is None
    else:  # saved before the POST, with the UUID the child was sending
        assert pending is not None and pending["id"] == json.loads(child.stdout.splitlines()[-1])
    on_store = store_item(store, edited)["properties"]
    assert (on_store["phone"] == PHONE) is (mode == "after-post")

    report = me.sync()
    assert report.conflicts == 0 and not report.refused
    edits = {edited: "update", deleted: "delete", created: "create"}
    if pending is not None:
        assert_applied_once(store, pending["id"], edits)
    for fid, op in edits.items():  # in every case: one change per feature, by me
        assert [(h["op"], h["user"]) for h in history(store, fid)][1 if op != "create" else 0:] == \
            [(op, "ed_olsztyn")], fid
    assert store_item(store, edited)["properties"]["phone"] == PHONE
    assert api(store, "GET", f"/collections/aid_points/items/{deleted}").status_code == 404
    named = [f for f in store_features(store).values() if f["properties"]["name"] == name]
    assert [f["id"] for f in named] == [created]
    assert named[0]["properties"]["help_types"] == ["food"]
    assert_in_step(me, store, (edited, deleted, created))


# -- the store is down -------------------------------------------------------------------------------------------------


def test_offline_edits_wait_in_the_file_and_go_out_later(clone, store):
    edited, = points(store, 1, "Punkt offline")
    me = clone("ed_olsztyn")
    me.sync()
    store.stop()
    try:
        edit(me, edited, phone=PHONE)
        created = add_local(me, "Nowy punkt offline", [20.4877, 53.7799])
        run = cli_sync(me)
        assert run.returncode == 1, run.stdout + run.stderr
        assert "refused the connection" in run.stderr and store.url in run.stderr
        assert "Traceback" not in run.stderr
        assert set(outbox(me)) == {edited, created}
        # QGIS closed and opened again: the edits are in the file
        with WorkingCopy(me.path) as wc:
            assert {p["uuid"]: p["op"] for p in wc.pending()} == {edited: "update", created: "create"}
            assert wc.meta("pending_changeset") is None
        assert me.local_features()[edited]["properties"]["phone"] == PHONE
    finally:
        store.start()
    run = cli_sync(me)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 aid_points created" in run.stdout and "1 aid_points updated" in run.stdout
    assert store_item(store, edited)["properties"]["phone"] == PHONE
    assert store_item(store, created)["properties"]["name"] == "Nowy punkt offline"
    assert_in_step(me, store, (edited, created))
