"""Issue 3: first sync and later pulls of a working copy against the real store over HTTP."""

from __future__ import annotations

import hashlib

import pytest
from e2elib import create, delete, new_point, patch, store_features

from mapujpomoc_qgis.core.connection.client import StoreClient, StoreError
from mapujpomoc_qgis.core.errors import Cancelled
from mapujpomoc_qgis.core.progress import CallbackFeedback
from mapujpomoc_qgis.core.sync import pull as pull_module
from mapujpomoc_qgis.core.sync.pull import Puller
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

AREA = {"type": "Polygon", "coordinates": [[[20.47, 53.77], [20.49, 53.77], [20.49, 53.785], [20.47, 53.77]]]}


@pytest.mark.parametrize("path", ["snapshot", "changes feed"])
def test_first_sync_equals_the_store(clone, store, monkeypatch, path):
    me = clone("ed_olsztyn")
    if path == "changes feed":  # what an older store without snapshots gets
        monkeypatch.setattr(Puller, "fetch_snapshot", lambda self, collection: None)
    else:
        fetched = []
        original = Puller.fetch_snapshot
        monkeypatch.setattr(Puller, "fetch_snapshot",
                            lambda self, collection: fetched.append(collection) or original(self, collection))
        sent = []  # what the snapshot requests asked for and got
        request = StoreClient.request

        def recording(self, method, url_path, **kw):  # type: ignore[no-untyped-def]
            resp = request(self, method, url_path, **kw)
            if url_path.endswith("/snapshot"):
                sent.append((kw.get("params"), resp.headers["Content-Type"]))
            return resp
        monkeypatch.setattr(StoreClient, "request", recording)
    report = me.sync()
    if path == "snapshot":
        assert fetched == ["aid_points", "service_areas"]
        # format 4, bzip2-compressed (docs/ARCHITECTURE.md, *Sync*), decompressed by the plugin
        assert sent == [({"format": "4", "compression": "bz2"}, "application/x-bzip2")] * 2
        assert not list(me.path.parent.glob(f".{me.path.name}.*.snapshot"))  # temporary files removed
    expected = store_features(store)
    local = me.local_features()
    assert report.pulled["aid_points created"] == len(expected) > 0
    assert local.keys() == expected.keys()
    for fid, feature in expected.items():
        assert local[fid]["properties"] == feature["properties"], fid
        assert local[fid]["geometry"] == feature["geometry"], fid
    # boundaries, catalog and scope metadata came along
    assert me.sql("SELECT count(*) FROM gminy")[0][0] == 198
    assert me.sql("SELECT count(*) FROM mp_catalog WHERE list = 'help_types'")[0][0] == 17
    with me.open() as wc:
        assert wc.meta_json("me")["scope"] == ["2862011"]
        assert wc.pending() == []


def test_changes_of_another_user_arrive_exactly(clone, store):
    me = clone("ed_olsztyn")
    me.sync()
    with me.open() as wc:
        cursor_before = wc.cursor("aid_points")
    created = create(store, new_point("Nowy punkt"))
    some = sorted(store_features(store))[:3]
    updated = patch(store, some[0], {"phone": "+48 500 600 700"})
    moved = patch(store, some[1], {}, geometry={"type": "Point", "coordinates": [20.5, 53.79]})
    delete(store, some[2])
    area = create(store, {"type": "Feature", "geometry": AREA,
                          "properties": {"aid_point_id": created["id"], "kind": "manual"}}, "service_areas")

    report = me.sync()
    assert report.pulled["aid_points created"] == 1
    assert report.pulled["aid_points updated"] == 2
    assert report.pulled["aid_points deleted"] == 1
    assert report.pulled["service_areas created"] == 1
    local = me.local_features()
    assert local[created["id"]]["properties"]["name"] == "Nowy punkt"
    assert local[updated["id"]]["properties"]["phone"] == "+48 500 600 700"
    assert local[moved["id"]]["geometry"]["coordinates"] == [20.5, 53.79]
    assert some[2] not in local
    assert local.keys() == store_features(store).keys()
    areas = me.local_features("service_areas")
    assert areas[area["id"]]["geometry"]["type"] == "MultiPolygon"
    assert areas[area["id"]]["properties"]["aid_point_id"] == created["id"]

    # service area update and delete arrive too
    patch(store, area["id"], {"params": {"minutes": 10}}, "service_areas")
    me.sync()
    assert me.local_features("service_areas")[area["id"]]["properties"]["params"] == {"minutes": 10}
    delete(store, area["id"], "service_areas")
    me.sync()
    assert area["id"] not in me.local_features("service_areas")

    # the cursor is in the file: a reopened working copy asks only for what is new
    with me.open() as wc:
        cursor = wc.cursor("aid_points")
    assert cursor > cursor_before
    with WorkingCopy(me.path) as wc, StoreClient(store.url, store.token("ed_olsztyn")) as client:
        assert wc.cursor("aid_points") == cursor
        report = Syncer(wc, client).pull()
    assert sum(report.pulled.values()) == 0


def _digest(path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for table in ("aid_points", "service_areas", "mp_base", "mp_meta", "mp_outbox", "gminy"):
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        conn.close()


class _KillAfterFirstPage(CallbackFeedback):
    def __init__(self, store) -> None:  # type: ignore[no-untyped-def]
        super().__init__(on_progress=self._progress)
        self.store = store
        self.pages = 0

    def _progress(self, percent: float, message: str) -> None:
        if "changes downloaded" in message:
            self.pages += 1
            if self.pages == 1:
                self.store.stop()


def test_pull_interrupted_by_stopping_the_store_changes_nothing(clone, store, monkeypatch):
    me = clone("ed_olsztyn")
    me.sync()
    for i in range(6):
        create(store, new_point(f"Punkt {i}"))
    before = _digest(me.path)
    monkeypatch.setattr(pull_module, "PAGE", 2)  # several pages, so the store dies in the middle
    killer = _KillAfterFirstPage(store)
    try:
        with me.open() as wc, StoreClient(store.url, store.token("ed_olsztyn"), timeout=5) as client, \
                pytest.raises(StoreError) as err:
            Syncer(wc, client, killer).pull()
        assert "refused the connection" in str(err.value) or "Cannot reach" in str(err.value)
        assert killer.pages == 1
        assert _digest(me.path) == before
    finally:
        store.start()
    report = me.sync()
    assert report.pulled["aid_points created"] == 6
    assert me.local_features().keys() == store_features(store).keys()


def test_cancel_leaves_the_working_copy_unchanged(clone, store):
    me = clone("ed_olsztyn")
    cancel = CallbackFeedback()
    cancel.cancel()
    with me.open() as wc, StoreClient(store.url, store.token("ed_olsztyn")) as client, \
            pytest.raises(Cancelled, match="Sync cancelled; the working copy is unchanged."):
        Syncer(wc, client, cancel).sync()
    assert me.sql("SELECT count(*) FROM aid_points")[0][0] == 0
    with me.open() as wc:
        assert wc.cursor("aid_points") == 0
