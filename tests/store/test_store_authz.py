"""Who may do what where: the authorization matrix, tokens, anonymous read.

Users of the `store` fixture: anonymous, viewer, ed_olsztyn (editor of gmina Olsztyn 2862011),
ed_powiat (editor of powiat olsztyński 2814, which does not contain the city of Olsztyn),
coord (coordinator of warmińsko-mazurskie 28) and admin. The expected outcome of every cell is
derived from the roles and scopes below and the PRG files, not from the store.
"""

from __future__ import annotations

import uuid
import zlib

import pytest
import requests
import shapely
from storelib import ITEMS, assert_problem, feature, point

USERS = {  # name: (role, scope)
    None: ("anonymous", ()),
    "viewer": ("viewer", ()),
    "ed_olsztyn": ("editor", ("2862011",)),
    "ed_powiat": ("editor", ("2814",)),
    "coord": ("coordinator", ("28",)),
    "admin": ("admin", ()),
}

# (action, place, destination for a move)
ACTIONS = [("read", "olsztyn", None)]
ACTIONS += [("create", p, None) for p in ("olsztyn", "dywity", "elblag", "zielona_gora", "germany", "warsaw")]
ACTIONS += [("update", p, None) for p in ("olsztyn", "dywity", "zielona_gora")]
ACTIONS += [("delete", p, None) for p in ("olsztyn", "dywity", "zielona_gora")]
ACTIONS += [("move", a, b) for a, b in (("olsztyn", "dywity"), ("dywity", "barczewo"), ("dywity", "olsztyn"),
                                        ("olsztyn", "elblag"), ("elblag", "zielona_gora"), ("olsztyn", "germany"))]

SUCCESS = {"read": 200, "create": 201, "update": 200, "delete": 204, "move": 200}


def covers(user, teryt):
    role, scope = USERS[user]
    if role == "admin":
        return True
    return teryt is not None and any(teryt.startswith(p) for p in scope)


def expected(user, action, old, new):
    """(status, teryt the refusal names) for `user` doing `action` at teryt `old` (-> `new` for a move)."""
    role, _ = USERS[user]
    if action == "read":
        return 200, None
    if role == "anonymous":
        return 401, None
    if role == "viewer":
        return 403, None
    if action == "create":
        if old is None and role != "admin":
            return 422, None
        return (201, None) if covers(user, old) else (403, old)
    if not covers(user, old):
        return 403, old
    if action == "move":
        if new is None and role != "admin":
            return 422, None
        if not covers(user, new):
            return 403, new
    return SUCCESS[action], None


def cell_id(val):
    return "anonymous" if val is None else val


@pytest.mark.parametrize("user", list(USERS), ids=cell_id)
@pytest.mark.parametrize("action, place, dest", ACTIONS, ids=lambda v: v or "-")
def test_matrix(api, prg, user, action, place, dest):
    n = zlib.crc32(f"{user}/{action}/{place}/{dest}".encode()) % 1000  # stable across runs
    lon, lat = prg.place(place, n)
    old = prg.commune_at(lon, lat)
    new = None
    if dest:
        lon2, lat2 = prg.place(dest, n)
        new = prg.commune_at(lon2, lat2)
    status, refused_teryt = expected(user, action, old, new)

    fid = str(uuid.uuid4())
    if action != "create":
        target = api.create(lon, lat, "admin")  # the admin may put it anywhere
        fid, tag = target["id"], target["_etag"]
    url = f"{ITEMS}/{fid}"
    if action == "read":
        r = api.get(url, user)
    elif action == "create":
        r = api.post(ITEMS, user, json=feature(lon, lat, fid))
    elif action == "update":
        r = api.merge_patch(fid, {"properties": {"phone": "+48 89 765 43 21"}}, tag, user=user)
    elif action == "move":
        r = api.merge_patch(fid, {"geometry": point(lon2, lat2)}, tag, user=user)
    else:
        r = api.delete(url, user, headers={"If-Match": tag})

    if status < 400:
        assert r.status_code == status, r.text
    else:
        body = assert_problem(r, status)
        if status == 401:
            assert r.headers["WWW-Authenticate"].lower().startswith("bearer")
        if status == 403 and refused_teryt:
            # the refusal names the commune, by name and code
            assert prg.name(refused_teryt) in body["detail"] and refused_teryt in body["detail"]
            assert body.get("teryt") == refused_teryt
        if status == 403 and USERS[user][0] == "viewer":
            assert "viewer" in body["detail"]
        if status == 422:
            assert "commune" in body["detail"].lower()

    # what the store holds afterwards
    after = api.item(fid, "admin")
    if action == "read":
        assert after.status_code == 200
    elif action == "create":
        assert after.status_code == (200 if status == 201 else 404)
        if status == 201:
            assert after.json()["properties"]["teryt"] == old
            assert after.json()["properties"]["updated_by"] == user
    elif action == "delete":
        assert after.status_code == (404 if status == 204 else 200)
    else:
        doc = after.json()
        if status == 200:
            assert doc["properties"]["updated_by"] == user
            if action == "move":
                assert doc["geometry"] == point(lon2, lat2) and doc["properties"]["teryt"] == new
            else:
                assert doc["properties"]["phone"] == "+48 89 765 43 21"
        else:
            assert after.headers["ETag"] == tag
            assert doc["geometry"] == point(lon, lat) and doc["properties"]["teryt"] == old


def test_the_places_are_where_the_matrix_assumes(prg):
    where = {p: prg.commune_at(*prg.place(p)) for p in ("olsztyn", "dywity", "barczewo", "elblag", "zielona_gora")}
    assert where["olsztyn"] == "2862011"
    assert where["dywity"].startswith("2814") and where["barczewo"].startswith("2814")
    assert where["dywity"] != where["barczewo"]
    assert where["elblag"].startswith("28") and not where["elblag"].startswith(("2814", "2862"))
    assert where["zielona_gora"].startswith("08")
    assert prg.commune_at(*prg.place("germany")) is None and prg.commune_at(*prg.place("warsaw")) is None
    # mazowieckie is a voivodeship whose communes are not in the file
    assert prg.wojewodztwa["14"][1].contains(shapely.Point(*prg.place("warsaw")))
    # the city of Olsztyn and the county around it touch, so a move between them crosses a commune border
    assert prg.gminy["2862011"][1].touches(prg.gminy[where["dywity"]][1])


def test_changesets_check_scope_per_operation(api, prg):
    inside = {"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
              "geometry": point(*prg.place("olsztyn", 1)), "properties": feature(0, 0)["properties"]}
    outside = {**inside, "id": str(uuid.uuid4()), "geometry": point(*prg.place("dywity", 1))}
    r = api.post("/changesets", "ed_olsztyn", json={"id": str(uuid.uuid4()), "operations": [inside, outside]})
    body = assert_problem(r, 403)
    assert [x["outcome"] for x in body["results"]] == ["not_applied", "forbidden"]
    assert prg.name("2814042") in body["results"][1]["detail"]
    assert api.item(inside["id"]).status_code == 404


def test_revoked_token_is_401(api, store, prg):
    token = store.add_user("ed_temp", "editor", ["2862011"])
    headers = {"Authorization": f"Bearer {token}"}
    assert requests.get(api.url + "/me", headers=headers, timeout=30).json()["user"] == "ed_temp"
    created = api.create(*prg.place("olsztyn", 30), "ed_temp")
    store.database.revoke("ed_temp")
    for method, path, kw in [
        ("GET", "/me", {}),
        ("GET", ITEMS, {}),  # a bad token is refused even where anonymous reading is allowed
        ("DELETE", f"{ITEMS}/{created['id']}", {"headers": {**headers, "If-Match": created["_etag"]}}),
    ]:
        r = requests.request(method, api.url + path, timeout=30, **({"headers": headers} | kw))
        assert_problem(r, 401, "revoked")
        assert "invalid_token" in r.headers["WWW-Authenticate"]
    assert api.item(created["id"]).status_code == 200
    # a fresh token for the same user works again
    token2 = store.add_user("ed_temp", "editor", ["2862011"], replace=True)
    assert requests.get(api.url + "/me", headers={"Authorization": f"Bearer {token2}"}, timeout=30).status_code == 200


@pytest.mark.parametrize("header", ["Bearer mp_not-a-real-token", "Basic dXNlcjpwYXNz", "Bearer "])
def test_bad_credentials_are_401(api, header):
    r = requests.get(api.url + "/me", headers={"Authorization": header}, timeout=30)
    assert_problem(r, 401)
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


def test_anonymous_read_can_be_turned_off(store):
    closed = store.spawn(anonymous_read=False)
    with closed:
        for path in ("/collections", ITEMS, "/collections/aid_points/changes"):
            r = requests.get(closed.url + path, timeout=30)
            assert_problem(r, 401, "token")
            assert r.headers["WWW-Authenticate"].startswith("Bearer")
            assert requests.get(closed.url + path, headers=closed.auth("viewer"), timeout=30).status_code == 200
        # the landing page stays open so clients can discover the API
        assert requests.get(closed.url + "/", timeout=30).status_code == 200
    # the original server is unaffected
    assert requests.get(store.url + ITEMS, timeout=30).status_code == 200



def test_expired_token_is_401(api, store):
    out = store.cli("user", "add", "viewer_old", "--role", "viewer", "--expires-days=-1").stdout
    token = out.strip().splitlines()[-1]
    r = requests.get(api.url + "/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert_problem(r, 401, "expired")
    assert "invalid_token" in r.headers["WWW-Authenticate"]
