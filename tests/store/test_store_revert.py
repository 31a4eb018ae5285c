"""Undo (docs/ARCHITECTURE.md, *Undo*): a coordinator reverts a vandal's 200 edits, or one changeset, as a
new audited changeset under the same scope and conflict rules.

The state before is read from the store before the vandal starts (every feature of both editable
collections, as an admin sees it); after the revert the store must hold exactly that again, except
where someone else changed a field meanwhile: that field keeps their value and is reported.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import time
import uuid
from typing import Any

import pytest
from storelib import ITEMS, assert_problem, point, valid_props

OLSZTYN = "2862011"
STORE_OWNED = ("version", "updated_at", "updated_by")


# -- helpers -------------------------------------------------------------------------------------------


def all_features(api: Any, collection: str) -> dict[str, Any]:
    """Every live feature of `collection` as an admin sees it: id -> (geometry, properties without the
    store's version and editor fields)."""
    out: dict[str, Any] = {}
    url: str | None = f"{api.url}/collections/{collection}/items"
    params: dict[str, Any] | None = {"limit": 10_000}
    while url:
        r = api.get(url, "admin", params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        for f in page["features"]:
            props = {k: v for k, v in f["properties"].items() if k not in STORE_OWNED}
            out[f["id"]] = (f["geometry"], props)
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        params = None
    return out


def state(api: Any) -> dict[str, dict[str, Any]]:
    return {c: all_features(api, c) for c in ("aid_points", "service_areas")}


def post_changeset(api: Any, user: str, ops: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    cid = str(uuid.uuid4())
    r = api.post("/changesets", user, json={"id": cid, "operations": ops})
    assert r.status_code == 200, r.text[:3000]
    return cid, r.json()


def create_op(fid: str, lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {"op": "create", "collection": "aid_points", "id": fid, "geometry": point(lon, lat),
            "properties": valid_props(**props)}


def update_op(fid: str, base: int, geometry: Any = None, **props: Any) -> dict[str, Any]:
    op = {"op": "update", "collection": "aid_points", "id": fid, "base_version": base, "properties": props}
    if geometry is not None:
        op["geometry"] = geometry
    return op


def delete_op(fid: str, base: int) -> dict[str, Any]:
    return {"op": "delete", "collection": "aid_points", "id": fid, "base_version": base}


def version_of(api: Any, fid: str, collection: str = "aid_points") -> int:
    r = api.get(f"/collections/{collection}/items/{fid}", "admin")
    assert r.status_code == 200, r.text
    return r.json()["properties"]["version"]


def patch(api: Any, user: str, fid: str, props: dict[str, Any]) -> None:
    r = api.merge_patch(fid, {"properties": props}, f'"{version_of(api, fid)}"', user=user)
    assert r.status_code == 200, r.text


def history_of(api: Any, fid: str, collection: str = "aid_points") -> list[dict[str, Any]]:
    r = api.get(f"/collections/{collection}/items/{fid}/history", "admin")
    assert r.status_code == 200, r.text
    return r.json()["history"]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def global_version(api: Any) -> int:
    """The store's global version: the highest of both collections' change cursors."""
    return max(_cursor(api, c) for c in ("aid_points", "service_areas"))


def _cursor(api: Any, collection: str) -> int:
    since = 0
    while True:
        page = api.changes(since, 10_000, collection)
        since = page["cursor"]
        if not page["more"]:
            return since


def by_id(reply: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in reply["results"]}


@pytest.fixture(scope="module")
def users(store: Any) -> None:
    store.add_user("vandal", "editor", [OLSZTYN])
    store.add_user("other", "editor", [OLSZTYN])
    store.add_user("coord_far", "coordinator", ["08"])  # lubuskie: nowhere near Olsztyn
    store.add_user("coord_city", "coordinator", ["2862"])  # Olsztyn city only, not Elbląg


# -- a vandal's 200 edits ------------------------------------------------------------------------------


def _vandalise(api: Any, prg: Any, points: list[str], area: str, ver: dict[str, int]) -> dict[str, Any]:
    """200 edits by `vandal` in Olsztyn: creates, updates, moves, deletes, in three changesets and 20 Part 4
    requests, with `other` changing two of the points in between. Returns what the test checks."""
    rnd = random.Random(15)

    def note(reply: dict[str, Any]) -> None:
        for res in reply["results"]:
            if res["version"] is not None:
                ver[res["id"]] = res["version"]

    junk = [str(uuid.uuid4()) for _ in range(50)]
    # A: 30 creates, 30 updates of name and phone (60)
    ops = [create_op(fid, *prg.inside(OLSZTYN, 300 + i), name=f"SPAM {i}") for i, fid in enumerate(junk[:30])]
    ops += [update_op(fid, ver[fid], name=f"Zamknięte {i}", phone=f"+48 500 000 {i:03d}")
            for i, fid in enumerate(points[:30])]
    note(post_changeset(api, "vandal", ops)[1])
    # meanwhile: another editor changes the phone the vandal changed, and an e-mail the vandal did not touch
    patch(api, "other", points[5], {"phone": "+48 89 555 55 55"})
    patch(api, "other", points[6], {"email": "inny@pomoc.example.pl"})
    ver[points[5]], ver[points[6]] = version_of(api, points[5]), version_of(api, points[6])
    # B: 20 moves, a service area and 10 points deleted, 19 updates of own junk (50)
    ops = [update_op(fid, ver[fid], geometry=point(*prg.inside(OLSZTYN, 500 + i)))
           for i, fid in enumerate(points[10:30])]
    ops.append({"op": "delete", "collection": "service_areas", "id": area, "base_version": ver[area]})
    ops += [delete_op(fid, ver[fid]) for fid in points[30:40]]
    ops += [update_op(fid, ver[fid], description=f"śmieci {rnd.randint(0, 999)}") for fid in junk[:19]]
    note(post_changeset(api, "vandal", ops)[1])
    # Part 4: 10 merge patches of points, 10 deletes of own junk (20)
    for fid in points[:10]:
        patch(api, "vandal", fid, {"description": "Nieczynne do odwołania"})
    for fid in junk[:10]:
        r = api.delete(f"{ITEMS}/{fid}", "vandal", headers={"If-Match": f'"{version_of(api, fid)}"'})
        assert r.status_code == 204, r.text
    # C: 20 more creates, 30 updates of website (some points moved before), 20 updates of help types (70)
    ops = [create_op(fid, *prg.inside(OLSZTYN, 700 + i), name=f"SPAM bis {i}") for i, fid in enumerate(junk[30:])]
    ops += [update_op(fid, version_of(api, fid), website="https://spam.example.com/") for fid in points[:30]]
    ops += [update_op(fid, version_of(api, fid), help_types=["food"]) for fid in points[:20]]
    note(post_changeset(api, "vandal", ops)[1])
    return {"junk": junk}


def test_a_vandals_200_edits_are_reverted_by_a_coordinator(api: Any, prg: Any, users: None) -> None:
    # 40 points in Olsztyn, one with a service area; and a point the vandal made before the token was stolen
    points = [str(uuid.uuid4()) for _ in range(40)]
    _, reply = post_changeset(api, "admin", [create_op(fid, *prg.inside(OLSZTYN, 100 + i), name=f"Punkt {i}")
                                             for i, fid in enumerate(points)])
    ver = {res["id"]: res["version"] for res in reply["results"]}
    lon, lat = prg.inside(OLSZTYN, 130)
    area = str(uuid.uuid4())
    square = {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01],
                                                  [lon, lat + 0.01], [lon, lat]]]}
    _, reply = post_changeset(api, "admin", [{"op": "create", "collection": "service_areas", "id": area,
                                              "geometry": square,
                                              "properties": {"aid_point_id": points[30], "kind": "manual"}}])
    ver[area] = reply["version"]
    legit = str(uuid.uuid4())
    post_changeset(api, "vandal", [create_op(legit, *prg.inside(OLSZTYN, 140), name="Prawdziwy punkt")])
    time.sleep(0.05)
    since = now_iso()
    time.sleep(0.05)
    before = state(api)

    vandalised = _vandalise(api, prg, points, area, ver)
    junk = vandalised["junk"]
    after_vandal = state(api)
    assert after_vandal != before
    assert area not in after_vandal["service_areas"]

    path = f"/users/vandal/revert?since={since}"
    # editors, viewers and coordinators of another area may not
    for user in ("vandal", "other", "viewer"):
        assert_problem(api.post(path, user), 403, "coordinators")
    assert api.post(path, None).status_code == 401
    far = assert_problem(api.post(path, "coord_far"), 403, "outside your area")
    assert {r["outcome"] for r in far["results"]} == {"forbidden"}
    assert state(api) == after_vandal

    # a dry run reports and writes nothing
    r = api.post(path + "&dry_run=true", "coord")
    assert r.status_code == 200, r.text
    dry = r.json()
    assert dry["dry_run"] is True and dry["applied"] is False
    assert state(api) == after_vandal

    version_before = global_version(api)
    r = api.post(path, "coord")
    assert r.status_code == 200, r.text
    done = r.json()
    assert done["applied"] is True and done["dry_run"] is False
    assert done["changeset"] == dry["changeset"]  # the same plan, the same deterministic id
    assert [(x["id"], x["outcome"], x["action"]) for x in dry["results"]] == \
        [(x["id"], x["outcome"], x["action"]) for x in done["results"]]

    # the map is as before, except the one field someone else changed meanwhile
    expected = copy.deepcopy(before)
    expected["aid_points"][points[5]][1]["phone"] = "+48 89 555 55 55"
    expected["aid_points"][points[6]][1]["email"] = "inny@pomoc.example.pl"
    assert state(api) == expected
    assert legit in expected["aid_points"]  # made before `since`: not the vandal's doing to undo

    results = by_id(done)
    assert results[points[5]]["outcome"] == "conflict"
    assert results[points[5]]["conflicts"] == ["phone"]
    assert {"name", "website", "help_types", "description"} <= set(results[points[5]]["fields"])
    assert results[points[6]]["outcome"] == "reverted"
    assert "email" not in results[points[6]]["fields"]
    assert all(results[fid]["action"] == "restore" for fid in points[30:40])
    assert results[area]["action"] == "restore" and results[area]["collection"] == "service_areas"
    assert all(results[fid]["action"] == "delete" for fid in junk[10:])
    assert all(results[fid]["outcome"] == "unchanged" for fid in junk[:10])  # the vandal deleted them already
    assert done["counts"] == {"conflict": 1, "reverted": 80, "unchanged": 10}

    # the history shows the revert, by the coordinator, under the revert's changeset
    last = history_of(api, points[0])[-1]
    assert (last["user"], last["changeset"], last["op"]) == ("coord", done["changeset"], "update")
    restored = history_of(api, points[31])[-1]
    assert (restored["user"], restored["op"]) == ("coord", "restore")
    gone = api.get(f"{ITEMS}/{junk[40]}", "admin")
    assert gone.status_code == 404
    # sync clients learn of it like of any edit: restored points come back in the changes feed
    feed = {c["id"]: c for c in api.changes(version_before)["changes"]}
    assert feed[points[31]]["deleted"] is False and feed[junk[40]]["deleted"] is True

    # a second revert applies nothing
    version = global_version(api)
    r = api.post(path, "coord")
    assert r.status_code == 200, r.text
    again = r.json()
    assert again["applied"] is False
    assert set(again["counts"]) <= {"unchanged", "conflict"} and again["counts"].get("conflict") == 1
    assert global_version(api) == version
    assert state(api) == expected


# -- one changeset -------------------------------------------------------------------------------------


def test_revert_one_changeset_within_and_beyond_a_coordinators_area(api: Any, prg: Any, users: None) -> None:
    ours = api.create(*prg.place("olsztyn", 60), name="Punkt w Olsztynie")
    theirs = api.create(*prg.place("elblag", 61), name="Punkt w Elblągu")
    hidden = api.create(*prg.place("elblag", 65), name="Schronisko", visibility="staff_only")
    doomed = api.create(*prg.place("olsztyn", 62), name="Punkt do usunięcia")
    lon, lat = prg.place("olsztyn", 62)
    area = str(uuid.uuid4())
    post_changeset(api, "admin", [{"op": "create", "collection": "service_areas", "id": area,
                                   "geometry": {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.01, lat],
                                                                                    [lon, lat + 0.01], [lon, lat]]]},
                                   "properties": {"aid_point_id": doomed["id"], "kind": "manual"}}])
    new = str(uuid.uuid4())
    before = state(api)
    cid, _ = post_changeset(api, "admin", [
        update_op(ours["id"], ours["properties"]["version"], name="Zmieniony", geometry=point(*prg.place("olsztyn", 63))),
        update_op(theirs["id"], theirs["properties"]["version"], phone="+48 55 111 11 11"),
        update_op(hidden["id"], hidden["properties"]["version"], phone="+48 55 222 22 22"),
        delete_op(doomed["id"], doomed["properties"]["version"]),  # its service area goes with it
        create_op(new, *prg.place("olsztyn", 64)),
    ])
    assert area not in state(api)["service_areas"]

    assert_problem(api.post(f"/changesets/{uuid.uuid4()}/revert", "coord"), 404, "no change")
    assert_problem(api.post("/changesets/not-a-uuid/revert", "coord"), 400, "uuid")
    assert_problem(api.post(f"/changesets/{cid}/revert", "ed_olsztyn"), 403, "coordinators")

    # a coordinator of Olsztyn city reverts what is in the city; Elbląg's point is not theirs
    r = api.post(f"/changesets/{cid}/revert", "coord_city")
    assert r.status_code == 200, r.text
    partial = by_id(r.json())
    assert partial[theirs["id"]]["outcome"] == "forbidden"
    # a staff-only point outside the coordinator's area is counted, never shown
    assert hidden["id"] not in partial and r.json()["counts"]["forbidden"] == 2
    assert {partial[f]["outcome"] for f in (ours["id"], doomed["id"], new, area)} == {"reverted"}
    assert partial[area]["action"] == "restore"
    now = state(api)
    assert now["aid_points"][ours["id"]] == before["aid_points"][ours["id"]]
    assert now["aid_points"][doomed["id"]] == before["aid_points"][doomed["id"]]
    assert now["service_areas"][area] == before["service_areas"][area]
    assert new not in now["aid_points"]
    assert now["aid_points"][theirs["id"]][1]["phone"] == "+48 55 111 11 11"

    # an admin finishes it: only Elbląg's point is left to do
    r = api.post(f"/changesets/{cid}/revert", "admin")
    assert r.status_code == 200, r.text
    rest = by_id(r.json())
    assert rest[theirs["id"]]["outcome"] == rest[hidden["id"]]["outcome"] == "reverted"
    assert {rest[f]["outcome"] for f in (ours["id"], doomed["id"], new, area)} == {"unchanged"}
    assert state(api) == before

    # the revert is a changeset like any other: reverting it brings the change back
    revert_cid = r.json()["changeset"]
    r = api.post(f"/changesets/{revert_cid}/revert", "admin")
    assert r.status_code == 200, r.text
    assert api.item(theirs["id"]).json()["properties"]["phone"] == "+48 55 111 11 11"


def test_a_created_point_someone_else_gave_a_service_area_is_not_deleted(api: Any, prg: Any, users: None) -> None:
    fid, area = str(uuid.uuid4()), str(uuid.uuid4())
    lon, lat = prg.place("olsztyn", 70)
    cid, _ = post_changeset(api, "vandal", [create_op(fid, lon, lat, name="Nowy punkt")])
    square = {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01],
                                                  [lon, lat + 0.01], [lon, lat]]]}
    post_changeset(api, "other", [{"op": "create", "collection": "service_areas", "id": area, "geometry": square,
                                   "properties": {"aid_point_id": fid, "kind": "manual"}}])
    r = api.post(f"/changesets/{cid}/revert", "coord")
    assert r.status_code == 200, r.text
    result = by_id(r.json())[fid]
    assert (result["outcome"], result["action"], result["conflicts"]) == ("conflict", None, ["service_areas"])
    assert api.item(fid).status_code == 200
    assert api.get(f"/collections/service_areas/items/{area}").status_code == 200


def test_the_revert_endpoints_are_documented(api: Any) -> None:
    paths = api.get("/api").json()["paths"]
    for path in ("/changesets/{cid}/revert", "/users/{name}/revert"):
        post = paths[path]["post"]
        assert post["summary"] and "coordinator" in post["description"].lower()
        assert "dry_run" in {p["name"] for p in post["parameters"]}


# -- the operator's command ----------------------------------------------------------------------------


def test_operator_cli_reverts_a_changeset_and_a_users_changes(api: Any, prg: Any, store: Any, users: None) -> None:
    a = api.create(*prg.place("olsztyn", 80), name="Punkt CLI")
    cid, _ = post_changeset(api, "admin", [update_op(a["id"], a["properties"]["version"], name="Zepsuty")])

    dry = store.cli("revert", "--changeset", cid, "--dry-run")
    assert "dry run" in dry.stdout and a["id"] in dry.stdout and "reverted" in dry.stdout
    assert api.item(a["id"]).json()["properties"]["name"] == "Zepsuty"
    done = store.cli("revert", "--changeset", cid)
    assert done.returncode == 0, done.stderr
    assert api.item(a["id"]).json()["properties"]["name"] == "Punkt CLI"
    assert history_of(api, a["id"])[-1]["user"] == "operator"

    since = now_iso()
    time.sleep(0.02)
    patch(api, "vandal", a["id"], {"name": "Znowu zepsuty"})
    done = store.cli("revert", "--user", "vandal", "--since", since, "--as", "coord")
    assert done.returncode == 0, done.stderr
    assert "reverted changes by vandal" in done.stdout
    assert api.item(a["id"]).json()["properties"]["name"] == "Punkt CLI"
    assert history_of(api, a["id"])[-1]["user"] == "coord"

    bad = store.cli("revert", "--changeset", str(uuid.uuid4()), check=False)
    assert bad.returncode == 2 and "error:" in bad.stderr
    bad = store.cli("revert", "--user", "vandal", "--since", "yesterday", check=False)
    assert bad.returncode == 2 and "ISO 8601" in bad.stderr
    bad = store.cli("revert", "--user", "vandal", "--since", since, "--as", "ed_olsztyn", check=False)
    assert bad.returncode == 2 and "coordinators" in bad.stderr
