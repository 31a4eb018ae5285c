"""Changesets applied as a batch: several operations on one feature, features created in the same
changeset, and changesets larger than one prefetch chunk (the store reads rows 900 ids at a time)."""

from __future__ import annotations

import uuid

from storelib import AID, ITEMS, point, valid_props


def changeset(api, ops, user="admin", cid=None):
    cid = cid or str(uuid.uuid4())
    return cid, api.post("/changesets", user, json={"id": cid, "operations": ops})


def update_op(fid, base, geometry=None, **props):
    op = {"op": "update", "collection": "aid_points", "id": fid, "base_version": base, "properties": props}
    if geometry is not None:
        op["geometry"] = geometry
    return op


def history_of(api, fid):
    r = api.get(f"{ITEMS}/{fid}/history", "admin")  # staff in scope: deleted features' history too
    assert r.status_code == 200, r.text
    return r.json()["history"]


def test_later_operations_see_the_earlier_ones_of_the_same_changeset(api, prg):
    a = api.create(*prg.place("olsztyn", 40))
    v0 = a["properties"]["version"]
    # both updates start from v0: the second is stale against the first, in another field: merged
    ops = [update_op(a["id"], v0, phone="+48 89 400 00 01"), update_op(a["id"], v0, city="Olsztyn-Jaroty")]
    _, r = changeset(api, ops)
    assert r.status_code == 200, r.text
    first, second = r.json()["results"]
    assert second["version"] == first["version"] + 1
    assert second["feature"]["properties"]["phone"] == "+48 89 400 00 01"
    assert second["feature"]["properties"]["city"] == "Olsztyn-Jaroty"
    stored = api.item(a["id"]).json()["properties"]
    assert stored["version"] == second["version"]
    assert (stored["phone"], stored["city"]) == ("+48 89 400 00 01", "Olsztyn-Jaroty")
    hist = history_of(api, a["id"])
    assert [h["version"] for h in hist] == [v0, first["version"], second["version"]]
    assert [c["field"] for c in hist[2]["changes"]] == ["city"]

    # the same field changed twice from one base: the second is a conflict with the first's result
    v1 = second["version"]
    cursor = api.cursor()
    ops = [update_op(a["id"], v1, phone="+48 89 400 00 02"), update_op(a["id"], v1, phone="+48 89 400 00 03")]
    _, r = changeset(api, ops)
    assert r.status_code == 409, r.text
    results = r.json()["results"]
    assert [res["outcome"] for res in results] == ["not_applied", "conflict"]
    assert results[1]["fields"] == ["phone"]
    assert results[1]["current"]["properties"]["phone"] == "+48 89 400 00 02"  # as the first left it
    assert api.cursor() == cursor and api.item(a["id"]).json()["properties"]["version"] == v1

    # a delete after an update of the same base sees the update
    ops = [update_op(a["id"], v1, email="x@pomoc.example.pl"),
           {"op": "delete", "collection": "aid_points", "id": a["id"], "base_version": v1}]
    _, r = changeset(api, ops)
    assert r.status_code == 409
    assert r.json()["results"][1]["fields"] == ["email"]
    # an update, then a delete from the version the update made: the feature ends deleted
    _, r = changeset(api, [update_op(a["id"], v1, email="x@pomoc.example.pl")])
    v2 = r.json()["results"][0]["version"]
    _, r = changeset(api, [update_op(a["id"], v2, status="inactive"),
                           {"op": "delete", "collection": "aid_points", "id": a["id"], "base_version": v2 + 1}])
    assert r.status_code == 200, r.text
    assert [res["version"] for res in r.json()["results"]] == [v2 + 1, v2 + 2]
    assert api.item(a["id"]).status_code == 404
    assert [h["op"] for h in history_of(api, a["id"])][-2:] == ["update", "delete"]


def test_create_then_use_in_the_same_changeset(api, prg):
    fid, area = str(uuid.uuid4()), str(uuid.uuid4())
    lon, lat = prg.place("olsztyn", 41)
    tri = {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.01, lat], [lon, lat + 0.01], [lon, lat]]]}
    ops = [
        {"op": "create", "collection": "aid_points", "id": fid, "geometry": point(lon, lat),
         "properties": valid_props()},
        # the service area's aid point exists only in this changeset so far
        {"op": "create", "collection": "service_areas", "id": area, "geometry": tri,
         "properties": {"aid_point_id": fid, "kind": "manual"}},
        # the create's version is the base of an update that follows it
        {"op": "update", "collection": "aid_points", "id": fid, "base_version": api.cursor() + 1,
         "properties": {"phone": "+48 89 410 00 00"}},
    ]
    # with the same id created twice: refused as taken, and nothing of it stays
    _, r = changeset(api, ops + [{"op": "create", "collection": "aid_points", "id": fid, "geometry": point(lon, lat),
                                  "properties": valid_props()}])
    assert r.status_code == 409, r.text
    assert [res["outcome"] for res in r.json()["results"]] == ["not_applied"] * 3 + ["conflict"]
    assert "already exists" in r.json()["results"][3]["detail"]
    assert api.item(fid).status_code == 404

    _, r = changeset(api, ops)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert results[1]["feature"]["properties"]["teryt"] == "2862011"  # the aid point's commune
    assert results[2]["feature"]["properties"]["phone"] == "+48 89 410 00 00"
    assert api.item(fid).json()["properties"]["version"] == results[2]["version"]
    assert api.get(f"/collections/service_areas/items/{area}").json()["properties"]["teryt"] == "2862011"
    assert [h["op"] for h in history_of(api, fid)] == ["create", "update"]


def test_a_changeset_larger_than_a_chunk(api, prg):
    """1,000 creates, then 1,000 updates (description everywhere, a few moves, a few stale bases, a few
    no-ops) in single changesets: each row, teryt, version and history entry as if applied one by one."""
    n = 1000
    places = [prg.place("olsztyn", k) for k in range(5)] + [prg.place("dywity", k) for k in range(5)]
    ids = [str(uuid.uuid4()) for _ in range(n)]
    ops = [{"op": "create", "collection": "aid_points", "id": fid, "geometry": point(*places[i % len(places)]),
            "properties": valid_props(name=f"Punkt {i}")} for i, fid in enumerate(ids)]
    cursor = api.cursor()
    _, r = changeset(api, ops)
    assert r.status_code == 200, r.text
    created = r.json()["results"]
    assert [res["version"] for res in created] == list(range(cursor + 1, cursor + n + 1))
    for i, res in enumerate(created):
        assert res["feature"]["properties"]["teryt"] == prg.commune_at(*places[i % len(places)])

    # someone else changes the phone of the first ten
    for i in range(10):
        rr = api.merge_patch(ids[i], {"properties": {"phone": "+48 89 999 00 00"}}, f'"{created[i]["version"]}"',
                             user="coord")
        assert rr.status_code == 200, rr.text
    moved = {10: prg.place("barczewo", 1), 11: prg.place("dywity", 7), 12: places[2]}  # 12: moved onto itself
    ops = []
    for i, fid in enumerate(ids):
        base = created[i]["version"]
        if i >= n - 5:  # no-ops: the values they already have
            ops.append(update_op(fid, base, name=f"Punkt {i}"))
        else:
            ops.append(update_op(fid, base, point(*moved[i]) if i in moved else None,
                                 description=f"Nowy opis {i} / Новий опис"))
    cursor = api.cursor()
    _, r = changeset(api, ops)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert r.json()["version"] == cursor + n - 5  # the five no-ops keep their versions
    assert [res["version"] for res in results[:n - 5]] == list(range(cursor + 1, cursor + n - 4))
    assert [res["version"] for res in results[n - 5:]] == [res["version"] for res in created[n - 5:]]
    for i in range(10):  # stale bases, another field: merged, their phone kept
        assert results[i]["feature"]["properties"]["phone"] == "+48 89 999 00 00"
    for i, place in moved.items():
        assert results[i]["feature"]["properties"]["teryt"] == prg.commune_at(*place)
        assert results[i]["feature"]["geometry"] == point(*place)
    feed = {c["id"]: c for c in api.changes(cursor)["changes"]}
    assert set(feed) == set(ids[:n - 5])
    for i, fid in enumerate(ids[:n - 5]):
        assert feed[fid]["version"] == results[i]["version"]
        assert feed[fid]["feature"] == results[i]["feature"]
    hist = history_of(api, ids[10])
    assert [h["op"] for h in hist] == ["create", "update"]
    assert {c["field"] for c in hist[1]["changes"]} == {"description", "teryt", "geometry"}
    assert {c["field"] for c in history_of(api, ids[12])[1]["changes"]} == {"description"}
    assert len(history_of(api, ids[-1])) == 1  # the no-op left no entry
    page = api.get(ITEMS, params={"limit": 1, "teryt": prg.commune_at(*moved[10])}).json()
    assert page["numberMatched"] >= 1
    assert api.get(AID).status_code == 200
