"""The sync's pull and push against an in-memory store (fake_store.py), with a real working copy.

No QGIS and no server: the working copy is a GeoPackage in tmp_path, written by the sync and, for the
user's edits, by plain SQLite as any program would (the outbox triggers record them). Expectations
come from what the test itself put in and from the fake's state, read straight from the GeoPackage
with sqlite3, never from the sync's own report alone. The same scenarios against the real store are
in tests/e2e.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fake_store import OTHER, USER, FakeClient, FakeStore

from mapujpomoc_model.gpkg_geom import decode, encode, register_functions
from mapujpomoc_qgis.core.connection.client import StoreError
from mapujpomoc_qgis.core.errors import Cancelled
from mapujpomoc_qgis.core.progress import CallbackFeedback
from mapujpomoc_qgis.core.sync import pull as pull_module
from mapujpomoc_qgis.core.sync.report import SyncReport
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

URL = "https://pomoc.example.org"
PHONE_A, PHONE_B, MAIL_B = "+48 89 111 11 11", "+48 89 222 22 22", "b@pomoc.example.org"
OLSZTYN = [20.48, 53.78]


# -- the working copy, read and written as other programs do -----------------------------------------------


def sync(path: Path, client: FakeClient, feedback: Any = None) -> SyncReport:
    with WorkingCopy.open_or_create(path, URL) as wc:
        return Syncer(wc, client, feedback).sync()


def sql(path: Path, query: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def local(path: Path) -> dict[str, dict[str, Any]]:
    """uuid -> the columns a test looks at, decoded (lists from JSON, the point's coordinates)."""
    out = {}
    for fid, name, phone, email, help_types, status, version, updated_by, geom in sql(
            path, "SELECT uuid, name, phone, email, help_types, status, version, updated_by, geom FROM aid_points"):
        out[fid] = {"name": name, "phone": phone, "email": email, "help_types": json.loads(help_types),
                    "status": status, "version": version, "updated_by": updated_by,
                    "coordinates": decode(geom)["coordinates"]}
    return out


def outbox(path: Path) -> dict[str, tuple[str, str, str | None]]:
    return {fid: (op, state, reason) for fid, op, state, reason in sql(
        path, "SELECT uuid, op, state, reason FROM mp_outbox")}


def conflicts(path: Path) -> list[tuple[str, str, Any, Any]]:
    return [(fid, field, json.loads(mine), json.loads(theirs)) for fid, field, mine, theirs in sql(
        path, "SELECT uuid, field, mine, theirs FROM mp_conflicts ORDER BY uuid, field")]


def meta(path: Path, key: str) -> str | None:
    row = sql(path, "SELECT value FROM mp_meta WHERE key = ?", (key,))
    return row[0][0] if row else None


def writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)  # GDAL's R-tree triggers call ST_* functions
    return conn


def edit(path: Path, fid: str, **values: Any) -> None:
    conn = writer(path)
    try:
        sets = ", ".join(f'"{k}" = ?' for k in values)
        assert conn.execute(f"UPDATE aid_points SET {sets} WHERE uuid = ?", (*values.values(), fid)).rowcount == 1
    finally:
        conn.close()


def add(path: Path, name: str) -> str:
    conn = writer(path)
    try:
        cur = conn.execute("INSERT INTO aid_points (geom, name, help_types) VALUES (?, ?, ?)",
                           (encode({"type": "Point", "coordinates": OLSZTYN}), name, '["legal"]'))
        return conn.execute("SELECT uuid FROM aid_points WHERE fid = ?", (cur.lastrowid,)).fetchone()[0]
    finally:
        conn.close()


def remove(path: Path, fid: str) -> None:
    conn = writer(path)
    try:
        assert conn.execute("DELETE FROM aid_points WHERE uuid = ?", (fid,)).rowcount == 1
    finally:
        conn.close()


def digest(path: Path) -> str:
    """Every row of every table: equal digests mean an unchanged working copy."""
    h = hashlib.sha256()
    conn = sqlite3.connect(path)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(row).encode())
    finally:
        conn.close()
    return h.hexdigest()


# -- fixtures ----------------------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> FakeStore:
    store = FakeStore(tmp_path)
    store.create({"name": "Punkt A", "help_types": ["legal"], "phone": "+48 89 000 00 01"}, [20.47, 53.77])
    store.create({"name": "Punkt B", "help_types": ["food", "legal"]}, [20.49, 53.79])
    return store


@pytest.fixture
def synced(tmp_path: Path, store: FakeStore) -> tuple[Path, FakeClient, str]:
    """A working copy after its first sync, and the id of one point in it."""
    path = tmp_path / "wc" / "olsztyn.gpkg"
    client = FakeClient(store)
    sync(path, client)
    return path, client, sorted(store.rows["aid_points"])[0]


# -- pull ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("snapshots", [False, True], ids=["changes feed", "snapshot"])
def test_first_pull(tmp_path: Path, store: FakeStore, snapshots: bool) -> None:
    store.snapshots = snapshots
    gone = store.create({"name": "Zamknięty", "help_types": ["legal"]}, OLSZTYN)
    store.delete(gone)
    path = tmp_path / "wc.gpkg"
    report = sync(path, FakeClient(store))
    rows = local(path)
    assert sorted(p["name"] for p in rows.values()) == ["Punkt A", "Punkt B"]
    assert gone not in rows
    for fid, row in rows.items():
        assert row["version"] == store.rows["aid_points"][fid]["version"]
        assert row["status"] == "unverified"  # the store's default arrived with the feature
    by_name = {p["name"]: p for p in rows.values()}
    assert by_name["Punkt A"]["phone"] == "+48 89 000 00 01"
    assert by_name["Punkt B"]["help_types"] == ["food", "legal"]
    assert by_name["Punkt B"]["coordinates"] == [20.49, 53.79]
    assert report.pulled["aid_points created"] == 2
    assert meta(path, "cursor:aid_points") == str(store.version)
    assert json.loads(meta(path, "me") or "{}")["user"] == USER
    assert sql(path, "SELECT teryt, name FROM gminy") == [("2862011", "Olsztyn")]
    assert outbox(path) == {} and conflicts(path) == []
    assert store.posted == []  # nothing to send
    assert [p.name for p in path.parent.iterdir() if "snapshot" in p.name] == []  # no temporary file left


def test_incremental_pull_over_several_pages(synced: tuple[Path, FakeClient, str], store: FakeStore,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, client, fid = synced
    other = next(f for f in store.rows["aid_points"] if f != fid)
    monkeypatch.setattr(pull_module, "PAGE", 2)
    new = [store.create({"name": f"Nowy {i}", "help_types": ["legal"]}, OLSZTYN) for i in range(3)]
    store.update(fid, phone=PHONE_B)
    store.delete(other)
    report = sync(path, client)
    rows = local(path)
    assert set(rows) == {fid, *new}
    assert rows[fid]["phone"] == PHONE_B and rows[fid]["updated_by"] == OTHER
    assert rows[fid]["version"] == store.rows["aid_points"][fid]["version"]
    assert sorted(rows[f]["name"] for f in new) == ["Nowy 0", "Nowy 1", "Nowy 2"]
    assert dict(report.pulled) == {"aid_points created": 3, "aid_points updated": 1, "aid_points deleted": 1}
    assert meta(path, "cursor:aid_points") == str(store.version)
    assert outbox(path) == {}


# -- push ----------------------------------------------------------------------------------------------------


def test_local_edits_are_pushed(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    other = next(f for f in store.rows["aid_points"] if f != fid)
    version = store.rows["aid_points"][fid]["version"]
    edit(path, fid, phone=PHONE_A)
    created = add(path, "Nowy punkt")
    remove(path, other)
    assert {f: op for f, (op, _, _) in outbox(path).items()} == {fid: "update", created: "create", other: "delete"}
    report = sync(path, client)
    on_store = store.rows["aid_points"]
    assert on_store[fid]["properties"]["phone"] == PHONE_A and on_store[fid]["by"] == USER
    assert on_store[fid]["version"] > version
    assert on_store[created]["properties"]["name"] == "Nowy punkt" and on_store[created]["by"] == USER
    assert on_store[other]["deleted"]
    assert len(store.posted) == 1
    rows = local(path)
    assert set(rows) == {fid, created}
    assert rows[fid]["version"] == on_store[fid]["version"] and rows[fid]["updated_by"] == USER
    assert rows[created]["status"] == "unverified"  # the store's default came back with the reply
    assert outbox(path) == {}
    assert dict(report.pushed) == {"aid_points updated": 1, "aid_points created": 1, "aid_points deleted": 1}


def test_edits_of_different_fields_are_merged(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    edit(path, fid, phone=PHONE_A)
    store.update(fid, email=MAIL_B)
    report = sync(path, client)
    row = local(path)[fid]
    assert (row["phone"], row["email"]) == (PHONE_A, MAIL_B)
    on_store = store.rows["aid_points"][fid]["properties"]
    assert (on_store["phone"], on_store["email"]) == (PHONE_A, MAIL_B)
    assert conflicts(path) == [] and outbox(path) == {}
    assert report.conflicts == 0


def test_edits_of_the_same_field_conflict(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    edit(path, fid, phone=PHONE_A, email=MAIL_B)
    store.update(fid, phone=PHONE_B)
    report = sync(path, client)
    assert conflicts(path) == [(fid, "phone", PHONE_A, PHONE_B)]
    assert local(path)[fid]["phone"] == PHONE_A  # mine is kept until the user chooses
    on_store = store.rows["aid_points"][fid]
    assert on_store["properties"]["phone"] == PHONE_B and on_store["by"] == OTHER  # nothing sent
    assert outbox(path)[fid][:2] == ("update", "pending")
    assert report.conflicts == 1 and report.new_conflicts == 1


def test_my_edit_against_their_delete_conflicts(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    edit(path, fid, phone=PHONE_A)
    store.delete(fid)
    report = sync(path, client)
    assert conflicts(path) == [(fid, "__deleted__", "edited", "deleted")]
    assert local(path)[fid]["phone"] == PHONE_A
    assert store.rows["aid_points"][fid]["deleted"] and store.posted == []
    assert report.conflicts == 1


def test_my_delete_against_their_edit_conflicts(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    remove(path, fid)
    store.update(fid, phone=PHONE_B)
    sync(path, client)
    [(cid, name, mine, theirs)] = conflicts(path)
    assert (cid, name, mine) == (fid, "__deleted__", "deleted")
    assert theirs["properties"]["phone"] == PHONE_B  # their feature, to take back if the user wants it
    assert not store.rows["aid_points"][fid]["deleted"] and store.posted == []
    assert outbox(path)[fid][0] == "delete"


def test_refused_operations_stay_in_the_outbox_with_the_reason(synced: tuple[Path, FakeClient, str],
                                                               store: FakeStore) -> None:
    path, client, fid = synced
    forbidden = next(f for f in store.rows["aid_points"] if f != fid)
    store.forbidden.add(forbidden)
    invalid = add(path, "Zły telefon")
    edit(path, invalid, phone="call us")
    edit(path, forbidden, phone=PHONE_B)
    edit(path, fid, phone=PHONE_A)
    report = sync(path, client)
    box = outbox(path)
    assert set(box) == {forbidden, invalid}
    assert box[forbidden][1] == "refused" and "outside your area" in (box[forbidden][2] or "")
    assert box[invalid][1] == "refused" and "phone is not a phone number" in (box[invalid][2] or "")
    assert {r["id"] for r in report.refused} == {forbidden, invalid}
    on_store = store.rows["aid_points"]
    assert on_store[fid]["properties"]["phone"] == PHONE_A  # the rest went through
    assert on_store[forbidden]["properties"]["phone"] != PHONE_B and invalid not in on_store
    assert local(path)[forbidden]["phone"] == PHONE_B  # the user's change is kept, to fix or discard
    posted = len(store.posted)
    sync(path, client)  # nothing new: refused changes are not sent again until edited
    assert len(store.posted) == posted and outbox(path) == box


def test_a_resent_changeset_applies_once(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    synced_version = store.rows["aid_points"][fid]["version"]
    edit(path, fid, phone=PHONE_A)
    store.lose_next_reply = True
    with pytest.raises(StoreError, match="did not answer"):
        sync(path, client)
    assert store.rows["aid_points"][fid]["properties"]["phone"] == PHONE_A  # the store applied it
    pending = json.loads(meta(path, "pending_changeset") or "null")
    assert pending is not None and fid in outbox(path)
    sync(path, client)
    assert store.posted == [pending["id"], pending["id"]]  # the same changeset again, not a new one
    since = [fields for v, fields in store.changed[("aid_points", fid)] if v > synced_version]
    assert since == [{"phone"}]  # applied once
    assert meta(path, "pending_changeset") is None and outbox(path) == {}
    row = local(path)[fid]
    assert (row["phone"], row["version"]) == (PHONE_A, store.rows["aid_points"][fid]["version"])


# -- cancel ----------------------------------------------------------------------------------------------------


def test_cancel_leaves_the_working_copy_unchanged(synced: tuple[Path, FakeClient, str], store: FakeStore) -> None:
    path, client, fid = synced
    edit(path, fid, phone=PHONE_A)
    store.update(fid, email=MAIL_B)
    store.create({"name": "Nowy", "help_types": ["legal"]}, OLSZTYN)
    before = digest(path)
    seen: list[str] = []
    # cancelled once everything is downloaded, just before it would be applied
    feedback = CallbackFeedback(on_progress=lambda percent, text: seen.append(text),
                                is_cancelled=lambda: any(t.startswith("service_areas:") for t in seen))
    with pytest.raises(Cancelled, match="Sync cancelled; the working copy is unchanged."):
        sync(path, client, feedback)
    assert any(t.startswith("aid_points: ") and "changes downloaded" in t for t in seen)
    assert digest(path) == before
    assert store.posted == []
    report = sync(path, client)  # and a sync afterwards does all of it
    assert local(path)[fid]["email"] == MAIL_B and store.rows["aid_points"][fid]["properties"]["phone"] == PHONE_A
    assert report.pulled["aid_points created"] == 1


def test_cancel_before_the_first_sync_leaves_an_empty_working_copy(tmp_path: Path, store: FakeStore) -> None:
    path = tmp_path / "wc.gpkg"
    feedback = CallbackFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        sync(path, FakeClient(store), feedback)
    assert sql(path, "SELECT count(*) FROM aid_points") == [(0,)]
    assert meta(path, "cursor:aid_points") is None and meta(path, "me") is None
