"""The privacy matrix (issue 15, README "Privacy"): every read endpoint x every role x a live public, a live
approximate, a live staff_only and a deleted aid point (each with a service area), on both backends.

What each role must get is worked out here from the store's database rows and the users table (who is in
scope of which commune) and from the PRG file (the commune's representative point, with shapely), never
from the store's replies; the replies are then searched for what must not be in them: editor names for
anonymous readers, the exact location and address of a generalised point, any trace of a hidden one.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
import shapely
from sqlalchemy import select
from storelib import ITEMS, PROBLEM, assert_problem, point, valid_props

from mapujpomoc_store import db

ROLES = (None, "viewer", "ed_powiat", "ed_olsztyn", "coord", "admin")
EDITOR = "ed_olsztyn"  # who makes and changes the features: its name must never reach anonymous readers
KINDS = ("public", "approximate", "staff_only", "deleted")
STREETS = {k: f"Ulica{k.capitalize()}Tajna" for k in KINDS}  # distinctive, to search replies for
POSTCODES = {k: f"10-77{i}" for i, k in enumerate(KINDS)}


def area(lon: float, lat: float, d: float = 0.001) -> dict[str, Any]:
    ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]
    return {"type": "Polygon", "coordinates": [ring]}


def send(api, ops: list[dict[str, Any]], user: str = EDITOR) -> dict[str, Any]:
    r = api.post("/changesets", user, json={"id": str(uuid.uuid4()), "operations": ops})
    assert r.status_code == 200, r.text
    return r.json()


class World:
    """The four points, their areas, and what the database says about them and the users."""

    def __init__(self, api, store, prg) -> None:  # type: ignore[no-untyped-def]
        self.api, self.prg = api, prg
        self.since = api.cursor()
        self.points: dict[str, str] = {}
        self.areas: dict[str, str] = {}
        self.exact_xy: dict[str, tuple[float, float]] = {}
        ops = []
        for i, kind in enumerate(KINDS):
            lon, lat = prg.place("olsztyn", 300 + i)
            pid, aid = str(uuid.uuid4()), str(uuid.uuid4())
            self.points[kind], self.areas[kind], self.exact_xy[kind] = pid, aid, (lon, lat)
            visibility = kind if kind in ("approximate", "staff_only") else "public"
            ops.append({"op": "create", "collection": "aid_points", "id": pid, "geometry": point(lon, lat),
                        "properties": valid_props(visibility=visibility, street=STREETS[kind], house_number="7",
                                                  postcode=POSTCODES[kind])})
            ops.append({"op": "create", "collection": "service_areas", "id": aid, "geometry": area(lon, lat),
                        "properties": {"aid_point_id": pid, "kind": "manual"}})
        created = send(api, ops)
        versions = {r["id"]: r["version"] for r in created["results"]}
        # a second version of each point (history with an update), then the deleted one goes
        send(api, [{"op": "update", "collection": "aid_points", "id": pid, "base_version": versions[pid],
                    "properties": {"house_number": "7a", "phone": "+48 89 777 00 01"}}
                   for pid in self.points.values()])
        deleted = self.points["deleted"]
        version = api.get(f"{ITEMS}/{deleted}", "admin").json()["properties"]["version"]
        send(api, [{"op": "delete", "collection": "aid_points", "id": deleted, "base_version": version}])
        engine = db.make_engine(store.db_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(select(db.features)).all()
                self.rows = {(r.collection, r.id): r for r in rows}
                self.users = {u.name: (u.role, json.loads(u.scope)) for u in conn.execute(select(db.users))}
                h = db.history.c
                self.history = {fid: conn.execute(select(db.history).where(h.feature_id == fid)
                                                  .order_by(h.version)).all()
                                for fid in [*self.points.values(), *self.areas.values()]}
        finally:
            engine.dispose()

    # -- what the database says

    def props(self, kind: str, collection: str = "aid_points") -> dict[str, Any]:
        fid = (self.points if collection == "aid_points" else self.areas)[kind]
        return json.loads(self.rows[(collection, fid)].properties)

    def geometry(self, kind: str, collection: str = "aid_points") -> Any:
        fid = (self.points if collection == "aid_points" else self.areas)[kind]
        return json.loads(self.rows[(collection, fid)].geometry)

    def teryt(self, kind: str) -> str:
        return self.rows[("aid_points", self.points[kind])].teryt

    def deleted(self, kind: str, collection: str = "aid_points") -> bool:
        fid = (self.points if collection == "aid_points" else self.areas)[kind]
        return bool(self.rows[(collection, fid)].deleted)

    def in_scope(self, role: str | None, kind: str) -> bool:
        if role is None:
            return False
        level, scope = self.users[role]
        return level == "admin" or any(self.teryt(kind).startswith(p) for p in scope)

    def expected(self, role: str | None, kind: str, collection: str = "aid_points") -> str:
        """'exact', 'generalised', 'absent' (hidden, or not live) for this role, from the rows alone."""
        if self.deleted(kind, collection):
            return "absent"
        if self.in_scope(role, kind):
            return "exact"
        visibility = self.props(kind).get("visibility") or "public"
        if collection == "service_areas":
            return "exact" if visibility == "public" else "absent"
        return {"public": "exact", "approximate": "generalised"}.get(visibility, "absent")

    def commune_point(self, kind: str) -> list[float]:
        """The representative point of the point's commune, from the PRG file (shapely point_on_surface)."""
        geom = self.prg.gminy[self.teryt(kind)][1]
        p = shapely.point_on_surface(geom)
        assert geom.contains(p)
        return [round(p.x, 6), round(p.y, 6)]

    def secrets(self, role: str | None, kind: str) -> list[str]:
        """Strings that must not appear anywhere in a reply to `role` about the `kind` point."""
        out = []
        if role is None:
            out.append(EDITOR)
        view = self.expected(role, kind)
        if view in ("generalised", "absent") and not self.in_scope(role, kind):
            lon, lat = self.exact_xy[kind]
            out += [STREETS[kind], POSTCODES[kind], json.dumps(lon), json.dumps(lat)]
        return out


@pytest.fixture(scope="module")
def world(api, store, prg) -> World:  # type: ignore[no-untyped-def]
    return World(api, store, prg)


def check_feature(world: World, role: str | None, kind: str, doc: dict[str, Any],
                  collection: str = "aid_points") -> None:
    """`doc` is the feature as `role` must see it."""
    view = world.expected(role, kind, collection)
    stored = world.props(kind, collection)
    props = doc["properties"]
    assert view != "absent", f"{role} got {collection} {kind}"
    if view == "exact":
        assert doc["geometry"] == world.geometry(kind, collection)
        for name, value in stored.items():
            if name != "updated_by":
                assert props[name] == value, name
    else:
        assert doc["geometry"]["type"] == "Point"
        assert doc["geometry"]["coordinates"] == pytest.approx(world.commune_point(kind), abs=1e-6)
        for name in ("street", "house_number", "postcode"):
            assert props[name] is None, name
        for name, value in stored.items():
            if name not in ("street", "house_number", "postcode", "updated_by"):
                assert props[name] == value, name
    assert props["updated_by"] == (None if role is None else stored["updated_by"])


def assert_no_secret(world: World, role: str | None, kind: str, text: str, where: str) -> None:
    for secret in world.secrets(role, kind):
        assert secret not in text, f"{where}: {secret!r} leaked to {role or 'anonymous'}"


# -- the endpoints ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_item(api, world, role):
    for kind in KINDS:
        for collection, ids in (("aid_points", world.points), ("service_areas", world.areas)):
            fid = ids[kind]
            r = api.get(f"/collections/{collection}/items/{fid}", role)
            view = world.expected(role, kind, collection)
            assert_no_secret(world, role, kind, r.text, f"item {collection} {kind}")
            if view == "absent":
                if world.deleted(kind, collection) and world.in_scope(role, kind):
                    assert_problem(r, 404, "deleted by", EDITOR)  # the audit: staff in scope learn who
                    continue
                body = assert_problem(r, 404, fid)
                row = world.rows[(collection, fid)]
                for trace in (row.updated_by, row.updated_at, "deleted"):
                    assert trace not in body["detail"], f"{trace!r} in the 404 of {kind} to {role}"
                continue
            assert r.status_code == 200, r.text
            check_feature(world, role, kind, r.json(), collection)
            version = world.rows[(collection, fid)].version
            assert r.headers["ETag"] == (f'"{version}"' if view == "exact" else f'"{version}-generalised"')


@pytest.mark.parametrize("role", ROLES)
def test_items(api, world, role):
    for collection, ids in (("aid_points", world.points), ("service_areas", world.areas)):
        r = api.get(f"/collections/{collection}/items", role, params={"teryt": "2862011", "limit": 10_000})
        assert r.status_code == 200, r.text
        got = {f["id"]: f for f in r.json()["features"]}
        for kind in KINDS:
            assert_no_secret(world, role, kind, r.text, f"items {collection}")
            if world.expected(role, kind, collection) == "absent":
                assert ids[kind] not in got and ids[kind] not in r.text
            else:
                check_feature(world, role, kind, got[ids[kind]], collection)
    # a bbox finds a point where the reader sees it, never where it is hidden from the reader
    for kind in KINDS:
        lon, lat = world.exact_xy[kind]
        exact_box = f"{lon - 1e-5},{lat - 1e-5},{lon + 1e-5},{lat + 1e-5}"
        found = {f["id"] for f in api.get(ITEMS, role, params={"bbox": exact_box}).json()["features"]}
        assert (world.points[kind] in found) == (world.expected(role, kind) == "exact")
        if world.expected(role, kind) == "generalised":
            x, y = world.commune_point(kind)
            box = f"{x - 1e-5},{y - 1e-5},{x + 1e-5},{y + 1e-5}"
            found = {f["id"] for f in api.get(ITEMS, role, params={"bbox": box}).json()["features"]}
            assert world.points[kind] in found


@pytest.mark.parametrize("role", ROLES)
def test_changes(api, world, role):
    for collection, ids in (("aid_points", world.points), ("service_areas", world.areas)):
        r = api.get(f"/collections/{collection}/changes", role, params={"since": world.since})
        assert r.status_code == 200, r.text
        changes = {c["id"]: c for c in r.json()["changes"]}
        for kind in KINDS:
            assert_no_secret(world, role, kind, r.text, f"changes {collection}")
            change = changes[ids[kind]]
            assert change["version"] == world.rows[(collection, ids[kind])].version
            if world.expected(role, kind, collection) == "absent":  # a tombstone: a client that had it drops it
                assert change == {"id": ids[kind], "version": change["version"], "deleted": True, "feature": None}
            else:
                assert change["deleted"] is False
                check_feature(world, role, kind, change["feature"], collection)


@pytest.mark.parametrize("role", ROLES)
def test_snapshot(api, world, role):
    for collection, ids in (("aid_points", world.points), ("service_areas", world.areas)):
        r = api.get(f"/collections/{collection}/snapshot", role)
        assert r.status_code == 200, r.text
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "snapshot.sqlite"
            path.write_bytes(r.content)
            conn = sqlite3.connect(path)
            conn.row_factory = sqlite3.Row
            rows = {row["id"]: dict(row) for row in conn.execute("SELECT * FROM features")}
            conn.close()
        for kind in KINDS:
            row = rows.get(ids[kind])
            view = world.expected(role, kind, collection)
            if view == "absent":
                assert row is None, f"{collection} {kind} in the snapshot of {role}"
                continue
            stored = world.props(kind, collection)
            assert row["p_updated_by"] == (None if role is None else stored["updated_by"])
            if collection == "aid_points":
                xy = [row["minx"], row["miny"]]
                if view == "exact":
                    assert xy == world.geometry(kind)["coordinates"] and row["p_street"] == stored["street"]
                else:
                    assert xy == pytest.approx(world.commune_point(kind), abs=1e-6)
                    assert (row["p_street"], row["p_house_number"], row["p_postcode"]) == (None, None, None)
                    assert row["p_phone"] == stored["phone"] and row["p_city"] == stored["city"]
        if role is None:
            assert EDITOR.encode() not in r.content


@pytest.mark.parametrize("role", ROLES)
def test_history(api, world, role):
    for kind in KINDS:
        for collection, ids in (("aid_points", world.points), ("service_areas", world.areas)):
            fid = ids[kind]
            r = api.get(f"/collections/{collection}/items/{fid}/history", role)
            assert_no_secret(world, role, kind, r.text, f"history {collection} {kind}")
            stored = world.history[fid]
            exact = world.in_scope(role, kind)
            if world.expected(role, kind, collection) == "absent" and not exact:
                body = assert_problem(r, 404, fid)
                assert EDITOR not in body["detail"] and "deleted" not in body["detail"]
                continue
            assert r.status_code == 200, r.text
            entries = r.json()["history"]
            assert [e["version"] for e in entries] == [h.version for h in stored]
            assert [e["op"] for e in entries] == [h.op for h in stored]
            if role is None:  # the role and the commune, not the user
                assert all(set(e) >= {"role", "commune"} and "user" not in e for e in entries)
                assert {e["role"] for e in entries} == {world.users[EDITOR][0]}
                assert {e["commune"] for e in entries} == {world.teryt(kind)}
            else:
                assert [e["user"] for e in entries] == [h.user_name for h in stored]
            if exact:  # staff in scope: every change as stored
                assert [{c["field"]: [c["old"], c["new"]] for c in e["changes"]} for e in entries] \
                    == [json.loads(h.changes) for h in stored]


def test_anonymous_404_of_a_deleted_point_names_nobody(api, world):
    """Finding 1: the 404 named who deleted the point and when; its history gave every old value."""
    fid = world.points["deleted"]
    row = world.rows[("aid_points", fid)]
    for path in (f"{ITEMS}/{fid}", f"{ITEMS}/{fid}/history"):
        r = api.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith(PROBLEM)
        for trace in (EDITOR, row.updated_at, STREETS["deleted"], "+48 89 777 00 01"):
            assert trace not in r.text


def test_a_point_made_staff_only_becomes_a_tombstone_for_the_public(api, world, prg):
    """A public point turned staff_only: its next version is a tombstone in the public changes feed, and
    so is its service area (which would show where it is); staff in scope still get both."""
    lon, lat = prg.place("olsztyn", 320)
    pid, aid = str(uuid.uuid4()), str(uuid.uuid4())
    reply = send(api, [
        {"op": "create", "collection": "aid_points", "id": pid, "geometry": point(lon, lat), "properties": valid_props()},
        {"op": "create", "collection": "service_areas", "id": aid, "geometry": area(lon, lat),
         "properties": {"aid_point_id": pid, "kind": "manual"}}])
    since = reply["version"]
    send(api, [{"op": "update", "collection": "aid_points", "id": pid, "base_version": reply["results"][0]["version"],
                "properties": {"visibility": "staff_only"}}])
    for collection, fid in (("aid_points", pid), ("service_areas", aid)):
        public = {c["id"]: c for c in api.get(f"/collections/{collection}/changes", None,
                                              params={"since": since}).json()["changes"]}
        assert public[fid]["deleted"] is True and public[fid]["feature"] is None
        staff = {c["id"]: c for c in api.get(f"/collections/{collection}/changes", "coord",
                                             params={"since": since}).json()["changes"]}
        assert staff[fid]["deleted"] is False and staff[fid]["feature"]["id"] == fid
