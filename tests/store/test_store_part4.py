"""OGC API - Features Part 4 with optimistic locking: create, replace, merge patch, delete; teryt."""

from __future__ import annotations

import json
import uuid

import pytest
import shapely
from storelib import ITEMS, assert_problem, feature, point, valid_props

MERGE = {"Content-Type": "application/merge-patch+json"}


def test_create_201_location_etag(api, prg):
    lon, lat = prg.place("olsztyn")
    fid = str(uuid.uuid4())
    sent = feature(lon, lat, fid)
    r = api.post(ITEMS, "admin", json=sent)
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == f"{api.url}{ITEMS}/{fid}"
    tag = r.headers["ETag"]
    assert tag.startswith('"') and tag.endswith('"') and not tag.startswith("W/")  # strong
    body = r.json()
    assert body["id"] == fid and body["geometry"] == point(lon, lat)
    for k, v in sent["properties"].items():
        assert body["properties"][k] == v, k
    assert body["properties"]["updated_by"] == "admin"
    got = api.get(r.headers["Location"], "viewer")  # staff: with the editor (anonymous readers: README, Privacy)
    assert got.status_code == 200
    assert got.headers["ETag"] == tag
    shown = got.json()
    assert {k: v for k, v in shown.items() if k != "links"} == body  # a GET adds links (Part 1, f-links)
    assert {lk["rel"] for lk in shown["links"]} == {"self", "collection"}
    # a conditional GET with the current ETag is answered 304
    assert api.get(r.headers["Location"], headers={"If-None-Match": tag}).status_code == 304


def test_create_without_id_gets_a_uuid(api, prg):
    doc = feature(*prg.place("olsztyn", 1))
    r = api.post(ITEMS, "admin", json=doc)
    assert r.status_code == 201
    fid = r.json()["id"]
    assert str(uuid.UUID(fid)) == fid
    assert r.headers["Location"].endswith("/" + fid)


def test_ids_are_never_reused(api, prg):
    created = api.create(*prg.place("olsztyn", 2))
    again = api.post(ITEMS, "admin", json=feature(*prg.place("olsztyn", 3), created["id"]))
    assert_problem(again, 409, created["id"])
    assert api.delete(f"{ITEMS}/{created['id']}", "admin", headers={"If-Match": created["_etag"]}).status_code == 204
    assert_problem(api.post(ITEMS, "admin", json=feature(*prg.place("olsztyn", 3), created["id"])), 409, "deleted")


def test_put_round_trip(api, prg):
    created = api.create(*prg.place("olsztyn", 4))
    fid, tag = created["id"], created["_etag"]
    r = api.get(f"{ITEMS}/{fid}")
    assert r.headers["ETag"] == tag
    props = valid_props(name="Nieodpłatna pomoc prawna", phone="+48 500 100 200", help_types=["legal"])
    del props["email"]  # a replacement without a field clears it
    lon, lat = prg.place("olsztyn", 5)
    body = {"type": "Feature", "id": fid, "geometry": point(lon, lat), "properties": props}
    r = api.put(f"{ITEMS}/{fid}", "admin", json=body, headers={"If-Match": tag})
    assert r.status_code == 200, r.text
    new_tag = r.headers["ETag"]
    assert new_tag != tag
    got = api.get(f"{ITEMS}/{fid}")
    assert got.headers["ETag"] == new_tag
    doc = got.json()
    assert doc["properties"]["name"] == "Nieodpłatna pomoc prawna"
    assert doc["properties"]["phone"] == "+48 500 100 200"
    assert doc["properties"]["help_types"] == ["legal"]
    assert doc["properties"]["email"] is None
    assert doc["geometry"] == point(lon, lat)
    assert doc["properties"]["version"] > created["properties"]["version"]

    # the old ETag is stale now: 412, with the current one in the reply
    r = api.put(f"{ITEMS}/{fid}", "admin", json=body, headers={"If-Match": tag})
    assert_problem(r, 412, "changed")
    assert r.headers["ETag"] == new_tag
    # no If-Match at all: 428
    assert_problem(api.put(f"{ITEMS}/{fid}", "admin", json=body), 428, "If-Match")
    # a list of ETags holding the current one is fine
    r = api.put(f"{ITEMS}/{fid}", "admin", json=body, headers={"If-Match": f'"999999", {new_tag}'})
    assert r.status_code == 200, r.text
    # the body's id must match the URL's
    r = api.put(f"{ITEMS}/{fid}", "admin", json={**body, "id": str(uuid.uuid4())},
                headers={"If-Match": r.headers["ETag"]})
    assert_problem(r, 422, "id")


def test_merge_patch(api, prg):
    created = api.create(*prg.place("olsztyn", 6))
    fid, tag = created["id"], created["_etag"]
    before = created["properties"]

    r = api.merge_patch(fid, {"properties": {"phone": "+48 22 555 00 11", "website": None}}, tag)
    assert r.status_code == 200, r.text
    tag2 = r.headers["ETag"]
    assert tag2 != tag
    after = api.get(f"{ITEMS}/{fid}", "viewer").json()["properties"]
    assert after["phone"] == "+48 22 555 00 11"
    assert after["website"] is None  # null clears a field
    untouched = {k for k in before if k not in ("phone", "website", "version", "updated_at")}
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}

    # clearing a required field is refused
    assert_problem(api.merge_patch(fid, {"properties": {"name": None}}, tag2), 422, "name")
    # geometry: null is refused, a new point moves the feature
    assert_problem(api.merge_patch(fid, {"geometry": None}, tag2), 422, "geometry")
    lon, lat = prg.place("dywity")
    r = api.merge_patch(fid, {"geometry": point(lon, lat)}, tag2)
    assert r.status_code == 200, r.text
    tag3 = r.headers["ETag"]
    moved = api.get(f"{ITEMS}/{fid}").json()
    assert moved["geometry"] == point(lon, lat)
    assert moved["properties"]["teryt"] == prg.commune_at(lon, lat) == "2814042"
    assert moved["properties"]["phone"] == "+48 22 555 00 11"

    # the wrong media type: 415 (a plain JSON body is not a merge patch)
    r = api.patch(f"{ITEMS}/{fid}", "admin", data=json.dumps({"properties": {"phone": "+48 22 555 00 12"}}),
                  headers={"Content-Type": "application/json", "If-Match": tag3})
    assert_problem(r, 415, "merge-patch")
    assert_problem(api.merge_patch(fid, {"properties": {"city": "Dywity"}}, None), 428)
    assert_problem(api.merge_patch(fid, {"properties": {"city": "Dywity"}}, tag2), 412)
    assert_problem(api.merge_patch(fid, {"propertiez": {"city": "Dywity"}}, tag3), 422, "propertiez")
    assert api.get(f"{ITEMS}/{fid}").headers["ETag"] == tag3


def test_update_that_changes_nothing_keeps_the_version(api, prg):
    created = api.create(*prg.place("olsztyn", 6))
    same = {"city": created["properties"]["city"], "name": created["properties"]["name"]}
    r = api.merge_patch(created["id"], {"properties": same}, created["_etag"])
    assert r.status_code == 200 and r.headers["ETag"] == created["_etag"]
    assert len(api.get(f"{ITEMS}/{created['id']}/history").json()["history"]) == 1


def test_delete(api, prg):
    created = api.create(*prg.place("olsztyn", 7))
    fid, tag = created["id"], created["_etag"]
    assert_problem(api.delete(f"{ITEMS}/{fid}", "admin"), 428)
    patched = api.merge_patch(fid, {"properties": {"city": "Olsztyn-Zatorze"}}, tag)
    assert patched.status_code == 200
    assert_problem(api.delete(f"{ITEMS}/{fid}", "admin", headers={"If-Match": tag}), 412)
    r = api.delete(f"{ITEMS}/{fid}", "admin", headers={"If-Match": patched.headers["ETag"]})
    assert r.status_code == 204
    assert r.content == b""
    assert_problem(api.get(f"{ITEMS}/{fid}"), 404, fid)
    assert fid not in {f["id"] for f in api.all_items(teryt="2862011")}
    again = api.delete(f"{ITEMS}/{fid}", "admin", headers={"If-Match": patched.headers["ETag"]})
    assert again.status_code in (404, 409, 410)
    assert_problem(again, again.status_code, "deleted")


def test_unknown_feature(api):
    fid = str(uuid.uuid4())
    assert_problem(api.get(f"{ITEMS}/{fid}"), 404, fid)
    body = feature(20.48, 53.77)
    assert_problem(api.put(f"{ITEMS}/{fid}", "admin", json=body, headers={"If-Match": '"1"'}), 404, fid)
    assert_problem(api.delete(f"{ITEMS}/{fid}", "admin", headers={"If-Match": '"1"'}), 404, fid)
    for odd in ("x" * 300, "zażółć gęślą jaźń", "50%25_"):
        assert_problem(api.get(f"{ITEMS}/{odd}"), 404)
        assert_problem(api.get(f"{ITEMS}/{odd}/history"), 404)


def test_boundaries_are_read_only(api, prg):
    r = api.post("/collections/gminy/items", "admin", json=feature(20.48, 53.77))
    assert_problem(r, 405, "read-only")
    one = api.get("/collections/gminy/items/2862011")
    assert one.status_code == 200
    assert one.json()["properties"]["name"] == prg.name("2862011")


@pytest.mark.parametrize("place", ["olsztyn", "dywity", "barczewo", "elblag", "zielona_gora"])
def test_teryt_comes_from_the_location_not_the_client(api, prg, place):
    lon, lat = prg.place(place, 11)
    fid = str(uuid.uuid4())
    doc = feature(lon, lat, fid, teryt="1465011", version=12345, updated_by="mallory",
                  updated_at="2000-01-01T00:00:00Z")
    r = api.post(ITEMS, "admin", json=doc)
    assert r.status_code == 201, r.text
    stored = api.get(f"{ITEMS}/{fid}", "viewer").json()["properties"]
    assert stored["teryt"] == prg.commune_at(lon, lat)
    assert stored["version"] != 12345 and stored["updated_by"] == "admin"
    assert not stored["updated_at"].startswith("2000")
    # a patch naming another teryt is ignored too
    r = api.merge_patch(fid, {"properties": {"teryt": "1465011", "city": "X"}}, r.headers["ETag"])
    assert r.status_code == 200, r.text
    assert api.get(f"{ITEMS}/{fid}").json()["properties"]["teryt"] == prg.commune_at(lon, lat)


def test_many_points_get_their_commune(api, prg):
    """Points spread over every commune of powiat olsztyński land in the right one."""
    codes = sorted(c for c in prg.gminy if c.startswith("2814"))
    for i, code in enumerate(codes):
        lon, lat = prg.inside(code, i)
        doc = api.create(lon, lat, "coord")
        assert doc["properties"]["teryt"] == prg.commune_at(lon, lat) == code


def test_point_on_a_shared_border_gets_the_lowest_code(api, prg):
    a, b = prg.gminy["2862011"][1], prg.gminy["2814042"][1]
    shared = sorted(set(map(tuple, shapely.get_coordinates(a).tolist()))
                    & set(map(tuple, shapely.get_coordinates(b).tolist())))
    assert shared, "Olsztyn and Dywity share boundary vertices"
    lon, lat = shared[len(shared) // 2]
    assert prg.commune_at(lon, lat) == "2814042"  # both communes touch it; the lower code wins
    doc = api.create(lon, lat, "admin")
    assert doc["properties"]["teryt"] == "2814042"


def test_admin_may_place_a_point_outside_every_commune(api, prg):
    doc = api.create(13.0, 52.5, "admin")
    assert doc["properties"]["teryt"] is None
    assert prg.commune_at(13.0, 52.5) is None
