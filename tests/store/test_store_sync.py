"""The sync extensions: changes feed with tombstones, atomic and idempotent changesets, history."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import requests
from storelib import ITEMS, assert_problem, feature, point, valid_props


def changeset(api, ops, user="admin", cid=None):
    cid = cid or str(uuid.uuid4())
    return cid, api.post("/changesets", user, json={"id": cid, "operations": ops})


def create_op(lon, lat, **props):
    return {"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()), "geometry": point(lon, lat),
            "properties": valid_props(**props)}


def version_of(api, fid):
    return api.get(f"{ITEMS}/{fid}").json()["properties"]["version"]


def history_of(api, fid, user="viewer"):
    r = api.get(f"{ITEMS}/{fid}/history", user)
    assert r.status_code == 200, r.text
    return r.json()["history"]


def now():
    return dt.datetime.now(dt.UTC)


def parse_at(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


# -- changes feed ---------------------------------------------------------------------------------------


def test_changes_since_zero_paged_by_cursor(api):
    since, seen, versions, pages = 0, [], [], 0
    while True:
        page = api.changes(since, limit=45)
        assert page["since"] == since
        assert len(page["changes"]) <= 45
        seen += [c["id"] for c in page["changes"]]
        versions += [c["version"] for c in page["changes"]]
        if page["changes"]:
            assert page["cursor"] == page["changes"][-1]["version"]
        since = page["cursor"]
        pages += 1
        if not page["more"]:
            break
    assert pages >= 5  # 200+ features in pages of 45
    assert len(seen) == len(set(seen))  # each feature once, at its latest version
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    live = {f["id"] for f in api.all_items()}
    page = api.changes(0)
    tombstones = {c["id"] for c in page["changes"] if c["deleted"]}
    assert set(seen) == live | tombstones
    # nothing after the last cursor
    empty = api.changes(since)
    assert empty["changes"] == [] and empty["cursor"] == since and empty["more"] is False


def test_update_and_delete_appear_in_version_order_with_a_tombstone(api, prg):
    a = api.create(*prg.place("olsztyn", 1))
    b = api.create(*prg.place("olsztyn", 2))
    c = api.create(*prg.place("olsztyn", 3))
    cursor = api.changes(0)["cursor"]
    assert cursor == c["properties"]["version"]
    # an update of b, a delete of a, an update of c, another update of b
    r = api.merge_patch(b["id"], {"properties": {"phone": "+48 89 000 11 22"}}, b["_etag"])
    assert r.status_code == 200
    assert api.delete(f"{ITEMS}/{a['id']}", "admin", headers={"If-Match": a["_etag"]}).status_code == 204
    assert api.merge_patch(c["id"], {"properties": {"city": "Olsztyn-Zatorze"}}, c["_etag"]).status_code == 200
    r = api.merge_patch(b["id"], {"properties": {"house_number": "7a"}}, r.headers["ETag"])
    assert r.status_code == 200
    page = api.changes(cursor)
    got = [(ch["id"], ch["deleted"]) for ch in page["changes"]]
    assert got == [(a["id"], True), (c["id"], False), (b["id"], False)]
    versions = [ch["version"] for ch in page["changes"]]
    assert versions == sorted(versions) and versions[0] > cursor
    tomb = page["changes"][0]
    assert tomb["feature"] is None
    assert page["changes"][2]["feature"]["properties"]["house_number"] == "7a"
    assert page["changes"][2]["feature"]["properties"]["phone"] == "+48 89 000 11 22"
    assert page["cursor"] == versions[-1]
    assert api.changes(page["cursor"])["changes"] == []
    # the same from the middle: only what happened after
    mid = api.changes(versions[0])
    assert [ch["id"] for ch in mid["changes"]] == [c["id"], b["id"]]


def test_changes_parameters(api):
    assert_problem(api.get("/collections/aid_points/changes", params={"since": -1}), 400, "since")
    assert_problem(api.get("/collections/aid_points/changes", params={"limit": 0}), 400, "limit")
    assert_problem(api.get("/collections/gminy/changes"), 405)


# -- changesets -----------------------------------------------------------------------------------------


def test_changeset_is_atomic(api, prg):
    keep = api.create(*prg.place("olsztyn", 4))
    gone = api.create(*prg.place("olsztyn", 5))
    cursor = api.cursor()
    ok_create = create_op(*prg.place("olsztyn", 6))
    ops = [
        ok_create,
        {"op": "update", "collection": "aid_points", "id": keep["id"],
         "base_version": keep["properties"]["version"], "properties": {"phone": "+48 89 111 22 33"}},
        create_op(*prg.place("olsztyn", 7), postcode="1O-5I2"),  # invalid
        {"op": "delete", "collection": "aid_points", "id": gone["id"], "base_version": gone["properties"]["version"]},
    ]
    cid, r = changeset(api, ops)
    body = assert_problem(r, 422, "none was applied")
    assert body["applied"] is False and body["id"] == cid
    outcomes = [res["outcome"] for res in body["results"]]
    assert outcomes == ["not_applied", "not_applied", "invalid", "not_applied"]
    assert [res["index"] for res in body["results"]] == [0, 1, 2, 3]
    assert "postcode" in body["results"][2]["detail"]
    # nothing of it happened
    assert api.cursor() == cursor
    assert api.item(ok_create["id"]).status_code == 404
    assert api.item(keep["id"]).json()["properties"] == keep["properties"]
    assert api.item(gone["id"]).status_code == 200
    # the refused UUID was not burnt: the fixed changeset goes through under it
    ops[2] = create_op(*prg.place("olsztyn", 7))
    _, r = changeset(api, ops, cid=cid)
    assert r.status_code == 200, r.text
    assert [res["outcome"] for res in r.json()["results"]] == ["applied"] * 4
    assert api.item(gone["id"]).status_code == 404


def test_changeset_is_idempotent(api, prg):
    target = api.create(*prg.place("olsztyn", 8))
    cursor = api.cursor()
    new = create_op(*prg.place("olsztyn", 9))
    ops = [new, {"op": "update", "collection": "aid_points", "id": target["id"],
                 "base_version": target["properties"]["version"], "properties": {"city": "Olsztyn-Kortowo"}}]
    cid, first = changeset(api, ops, "ed_olsztyn")
    assert first.status_code == 200, first.text
    reply = first.json()
    assert reply["applied"] is True and reply["id"] == cid
    assert [res["outcome"] for res in reply["results"]] == ["applied", "applied"]
    v_new, v_target = (res["version"] for res in reply["results"])
    assert cursor < v_new < v_target == reply["version"]
    after_first = api.cursor()
    assert after_first == cursor + 2

    _, second = changeset(api, ops, "ed_olsztyn", cid=cid)
    assert second.status_code == 200
    assert second.json() == reply  # the first reply, word for word
    assert api.cursor() == after_first  # versions advanced once
    assert version_of(api, target["id"]) == v_target
    created = history_of(api, new["id"])
    assert len(created) == 1 and created[0]["changeset"] == cid and created[0]["op"] == "create"
    assert [h["version"] for h in history_of(api, target["id"])] == [target["properties"]["version"], v_target]
    # another user cannot take over the UUID
    _, other = changeset(api, ops, "coord", cid=cid)
    assert_problem(other, 409, cid)
    assert api.cursor() == after_first


def stale_setup(api, prg, shift):
    """A point at version v0, then changed by someone else in `phone` (now v1)."""
    base = api.create(*prg.place("olsztyn", shift))
    r = api.merge_patch(base["id"], {"properties": {"phone": "+48 89 222 33 44"}}, base["_etag"], user="coord")
    assert r.status_code == 200
    return base, r.json()


def test_stale_update_of_another_field_merges(api, prg):
    base, theirs = stale_setup(api, prg, 10)
    op = {"op": "update", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"],
          "properties": {"email": "nowy@pomoc.example.pl"}}
    _, r = changeset(api, [op], "ed_olsztyn")
    assert r.status_code == 200, r.text
    res = r.json()["results"][0]
    assert res["outcome"] == "applied" and res["version"] > theirs["properties"]["version"]
    now_props = api.item(base["id"]).json()["properties"]
    assert now_props["email"] == "nowy@pomoc.example.pl"
    assert now_props["phone"] == "+48 89 222 33 44"  # their change kept


def test_stale_update_to_the_same_value_is_no_conflict(api, prg):
    base, _ = stale_setup(api, prg, 11)
    op = {"op": "update", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"],
          "properties": {"phone": "+48 89 222 33 44"}}
    _, r = changeset(api, [op])
    assert r.status_code == 200, r.text


def test_stale_update_of_the_same_field_conflicts(api, prg):
    base, theirs = stale_setup(api, prg, 12)
    cursor = api.cursor()
    op = {"op": "update", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"],
          "properties": {"phone": "+48 89 999 88 77", "email": "inny@pomoc.example.pl"}}
    _, r = changeset(api, [op], "ed_olsztyn")
    body = assert_problem(r, 409)
    res = body["results"][0]
    assert res["outcome"] == "conflict"
    assert res["fields"] == ["phone"]
    assert "phone" in res["detail"]
    current = res["current"]
    assert current["id"] == base["id"]
    assert current["properties"]["phone"] == "+48 89 222 33 44"
    assert current["properties"]["version"] == theirs["properties"]["version"]
    assert api.cursor() == cursor
    assert api.item(base["id"]).json()["properties"]["email"] == base["properties"]["email"]


def test_stale_moves_conflict(api, prg):
    base = api.create(*prg.place("olsztyn", 13))
    r = api.merge_patch(base["id"], {"geometry": point(*prg.place("olsztyn", 14))}, base["_etag"])
    assert r.status_code == 200
    op = {"op": "update", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"],
          "geometry": point(*prg.place("olsztyn", 15))}
    _, r = changeset(api, [op])
    body = assert_problem(r, 409)
    assert body["results"][0]["fields"] == ["geometry"]


def test_delete_of_a_modified_feature_conflicts(api, prg):
    base, theirs = stale_setup(api, prg, 16)
    op = {"op": "delete", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"]}
    _, r = changeset(api, [op], "ed_olsztyn")
    body = assert_problem(r, 409)
    assert body["results"][0]["outcome"] == "conflict"
    assert body["results"][0]["current"]["properties"]["phone"] == "+48 89 222 33 44"
    assert api.item(base["id"]).status_code == 200
    # with the current version the delete goes through
    op["base_version"] = theirs["properties"]["version"]
    _, r = changeset(api, [op], "ed_olsztyn")
    assert r.status_code == 200, r.text
    assert api.item(base["id"]).status_code == 404


def test_update_of_a_deleted_feature_conflicts(api, prg):
    base = api.create(*prg.place("olsztyn", 17))
    assert api.delete(f"{ITEMS}/{base['id']}", "admin", headers={"If-Match": base["_etag"]}).status_code == 204
    op = {"op": "update", "collection": "aid_points", "id": base["id"], "base_version": base["properties"]["version"],
          "properties": {"city": "Olsztyn"}}
    _, r = changeset(api, [op])
    body = assert_problem(r, 409)
    assert body["results"][0]["outcome"] == "conflict" and "deleted" in body["results"][0]["detail"]


@pytest.mark.parametrize("body, fragment", [
    ({"operations": [{"op": "create"}]}, "UUID"),
    ({"id": "not-a-uuid", "operations": [{"op": "create"}]}, "UUID"),
    ({"id": "f0f3c4a2-6c1c-4a8c-9d7e-0a4b3b2f9d11", "operations": []}, "operations"),
    ({"id": "f0f3c4a2-6c1c-4a8c-9d7e-0a4b3b2f9d12", "operations": "all"}, "operations"),
    ([], "object"),
])
def test_malformed_changesets(api, body, fragment):
    cursor = api.cursor()
    assert_problem(api.post("/changesets", "admin", json=body), 400, fragment)
    assert api.cursor() == cursor


def test_bad_operations_are_reported_per_operation(api, prg):
    cursor = api.cursor()
    ops = [
        {"op": "rename", "collection": "aid_points", "id": str(uuid.uuid4())},
        {"op": "update", "collection": "aid_points", "id": str(uuid.uuid4()), "properties": {}},
        {"op": "create", "collection": "gminy", "id": str(uuid.uuid4())},
        "not an object",
        create_op(*prg.place("olsztyn", 18)),
    ]
    _, r = changeset(api, ops)
    body = assert_problem(r, 422)
    res = body["results"]
    assert [x["outcome"] for x in res] == ["invalid", "invalid", "invalid", "invalid", "not_applied"]
    assert "rename" in res[0]["detail"]
    assert "base_version" in res[1]["detail"]
    assert "collection" in res[2]["detail"]
    assert api.cursor() == cursor


def test_viewer_cannot_send_changesets(api, prg):
    _, r = changeset(api, [create_op(*prg.place("olsztyn", 19))], "viewer")
    assert_problem(r, 403, "viewer")
    _, r = changeset(api, [create_op(*prg.place("olsztyn", 19))], None)
    assert_problem(r, 401)


# -- history --------------------------------------------------------------------------------------------


def test_history_records_who_when_and_what(api, prg):
    t0 = now() - dt.timedelta(seconds=2)
    lon, lat = prg.place("olsztyn", 20)
    fid = str(uuid.uuid4())
    r = api.post(ITEMS, "ed_olsztyn", json=feature(lon, lat, fid, phone="+48 89 100 00 01"))
    assert r.status_code == 201
    r = api.merge_patch(fid, {"properties": {"phone": "+48 89 100 00 02", "status": "inactive"}},
                        r.headers["ETag"], user="coord")
    assert r.status_code == 200
    lon2, lat2 = prg.place("olsztyn", 21)
    r = api.merge_patch(fid, {"geometry": point(lon2, lat2)}, r.headers["ETag"], user="ed_olsztyn")
    assert r.status_code == 200
    assert api.delete(f"{ITEMS}/{fid}", "admin", headers={"If-Match": r.headers["ETag"]}).status_code == 204
    t1 = now() + dt.timedelta(seconds=2)

    hist = history_of(api, fid, "admin")  # a deleted feature's history: staff in scope only (README, Privacy)
    assert [h["op"] for h in hist] == ["create", "update", "update", "delete"]
    assert [h["user"] for h in hist] == ["ed_olsztyn", "coord", "ed_olsztyn", "admin"]
    versions = [h["version"] for h in hist]
    assert versions == sorted(versions) and len(set(versions)) == 4
    times = [parse_at(h["at"]) for h in hist]
    assert all(t0 <= t <= t1 for t in times) and times == sorted(times)

    created = {c["field"]: (c["old"], c["new"]) for c in hist[0]["changes"]}
    assert created["name"] == (None, valid_props()["name"])
    assert created["phone"] == (None, "+48 89 100 00 01")
    assert created["teryt"] == (None, "2862011")
    assert created["geometry"] == (None, point(lon, lat))

    updated = {c["field"]: (c["old"], c["new"]) for c in hist[1]["changes"]}
    assert updated == {"phone": ("+48 89 100 00 01", "+48 89 100 00 02"), "status": ("active", "inactive")}

    moved = {c["field"]: (c["old"], c["new"]) for c in hist[2]["changes"]}
    assert moved == {"geometry": (point(lon, lat), point(lon2, lat2))}

    assert hist[3]["changes"] == [] or all(c["new"] is None for c in hist[3]["changes"])
    # the tombstone in the changes feed carries the delete's version
    tomb = [c for c in api.changes(versions[2])["changes"] if c["id"] == fid]
    assert tomb == [{"id": fid, "version": versions[3], "deleted": True, "feature": None}]


def test_history_of_seeded_points_and_unknown_ids(api):
    some = api.get(ITEMS, params={"limit": 1}).json()["features"][0]
    hist = history_of(api, some["id"])
    assert hist[0]["op"] == "create"
    assert hist[-1]["version"] == some["properties"]["version"]
    assert_problem(api.get(f"{ITEMS}/{uuid.uuid4()}/history"), 404)


def test_a_retry_racing_the_first_attempt_applies_once(api, prg):
    """A client that timed out resends while the first request is still running: both get the one reply."""
    import concurrent.futures

    cursor = api.cursor()
    ops = [create_op(*prg.place("olsztyn", 100 + i)) for i in range(150)]
    cid = str(uuid.uuid4())

    def send(_):
        with requests.Session() as s:
            return s.post(api.url + "/changesets", json={"id": cid, "operations": ops},
                          headers=api.headers("ed_olsztyn"), timeout=120)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        replies = list(pool.map(send, range(4)))
    assert [r.status_code for r in replies] == [200] * 4, [r.text[:300] for r in replies]
    first = replies[0].json()
    assert all(r.json() == first for r in replies)
    assert api.cursor() == cursor + len(ops)
    assert all(len(history_of(api, op["id"])) == 1 for op in ops[:5])


def test_what_was_acknowledged_survives_a_crash(api, store, prg):
    """Kill the store (SIGKILL) right after a write, start it again: the write is there, same port."""
    created = api.create(*prg.place("olsztyn", 40))
    cursor = api.cursor()
    url = store.url
    store.kill()
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/", timeout=5)
    store.start()
    assert store.url == url
    api.session.close()  # drop the pooled connection to the killed process
    assert api.item(created["id"]).json()["properties"] == created["properties"]
    assert api.cursor() == cursor
    store.stop()
    store.start()
    r = api.merge_patch(created["id"], {"properties": {"city": "Olsztyn"}}, created["_etag"])
    assert r.status_code == 200, r.text
