"""Issue 4: edits of several users' working copies against one store — merge, conflicts, resolve, scope.

Every test uses two (or more) working copies of different users: `ed_olsztyn` (editor of the city of
Olsztyn) and `coord` (coordinator of the voivodeship, so both may edit points in Olsztyn). The
conflict tests drive the `mapujpomoc` command the way a user would, and check its exit codes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from e2elib import (
    OLSZTYN_POINT,
    add_local,
    api,
    cli_sync,
    create,
    edit,
    history,
    mapujpomoc,
    new_point,
    open_conflicts,
    outbox,
    patch,
    remove,
    store_features,
)
from shapely.geometry import shape

from mapujpomoc_model.merge import DELETED
from mapujpomoc_qgis.core.progress import CallbackFeedback

PHONE_A, PHONE_B, PHONE_0 = "+48 89 111 11 11", "+48 89 222 22 22", "+48 89 000 00 00"
MAIL_A, MAIL_B, MAIL_0 = "a@pomoc.example.org", "b@pomoc.example.org", "biuro@pomoc.example.org"


def store_item(store, fid: str) -> dict:  # type: ignore[no-untyped-def]
    r = api(store, "GET", f"/collections/aid_points/items/{fid}")
    assert r.status_code == 200, r.text
    return r.json()


def after_create(store, fid: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """The history of a feature without its creation."""
    return [h for h in history(store, fid) if h["op"] != "create"]


@pytest.fixture
def pair(clone, store):  # type: ignore[no-untyped-def]
    """A new point in Olsztyn, and the synced working copies of ed_olsztyn and coord."""
    point = create(store, new_point("Punkt wspólny", OLSZTYN_POINT, phone=PHONE_0, email=MAIL_0))
    mine, theirs = clone("ed_olsztyn"), clone("coord")
    mine.sync()
    theirs.sync()
    return mine, theirs, point["id"]


def status(clone):  # type: ignore[no-untyped-def]
    return mapujpomoc("status", "--workcopy", clone.path)


def resolve(clone, fid: str, choice: str, field: str | None = None):  # type: ignore[no-untyped-def]
    args = ["resolve", "--workcopy", clone.path, "--id", fid, f"--{choice}"]
    if field:
        args += ["--field", field]
    return mapujpomoc(*args)


# -- merging ------------------------------------------------------------------------------------------------------


def test_edits_of_different_fields_both_survive(pair, store):
    mine, theirs, fid = pair
    version = store_item(store, fid)["properties"]["version"]
    edit(mine, fid, phone=PHONE_A)
    edit(theirs, fid, email=MAIL_B, languages=["pl", "uk"])

    assert mine.sync().pushed["aid_points updated"] == 1
    report = theirs.sync()
    assert report.conflicts == 0 and report.new_conflicts == 0
    assert report.pushed["aid_points updated"] == 1
    mine.sync()

    on_store = store_item(store, fid)["properties"]
    assert (on_store["phone"], on_store["email"], on_store["languages"]) == (PHONE_A, MAIL_B, ["pl", "uk"])
    assert on_store["version"] > version
    for copy in (mine, theirs):
        local = copy.local_features()[fid]
        assert local["properties"] == on_store, copy.user
        assert outbox(copy) == {} and open_conflicts(copy) == []
    # each user's change went to the store once, with only the field that user changed
    changes = [(h["user"], sorted(c["field"] for c in h["changes"])) for h in after_create(store, fid)]
    assert changes == [("ed_olsztyn", ["phone"]), ("coord", ["email", "languages"])]


def test_identical_edits_are_not_a_conflict(pair, store):
    mine, theirs, fid = pair
    edit(mine, fid, phone=PHONE_A, status="active")
    edit(theirs, fid, phone=PHONE_A, status="active")
    mine.sync()
    report = theirs.sync()
    assert report.conflicts == 0 and report.new_conflicts == 0
    assert sum(report.pushed.values()) == 0  # nothing left to send: the store has it already
    assert outbox(theirs) == {} and open_conflicts(theirs) == []
    assert theirs.local_features()[fid]["properties"] == store_item(store, fid)["properties"]
    assert [h["user"] for h in after_create(store, fid)] == ["ed_olsztyn"]


class _JustBeforeSending(CallbackFeedback):
    """Sync feedback that lets another user write to the store between my pull and my push."""

    def __init__(self, action) -> None:  # type: ignore[no-untyped-def]
        super().__init__(on_progress=self._progress)
        self.action = action

    def _progress(self, percent: float, message: str) -> None:
        if message.startswith("sending") and self.action:
            self.action()
            self.action = None


def test_a_change_accepted_alongside_mine_is_not_written_back(pair, store):
    """Someone changes another field between my pull and my push: the store applies my change on top
    of theirs; my copy takes theirs from the reply and never sends the old value back."""
    mine, theirs, fid = pair
    edit(mine, fid, phone=PHONE_A)
    report = mine.sync(feedback=_JustBeforeSending(lambda: patch(store, fid, {"email": MAIL_B}, user="coord")))
    assert report.pushed["aid_points updated"] == 1 and report.conflicts == 0
    on_store = store_item(store, fid)["properties"]
    assert (on_store["phone"], on_store["email"]) == (PHONE_A, MAIL_B)
    assert mine.local_features()[fid]["properties"] == on_store
    assert outbox(mine) == {}
    again = mine.sync()
    assert sum(again.pushed.values()) == 0
    assert store_item(store, fid)["properties"]["email"] == MAIL_B
    assert [h["user"] for h in after_create(store, fid)] == ["coord", "ed_olsztyn"]


def test_what_the_store_fills_in_is_taken_over_after_a_push(clone, store):
    """A new point sent without a status gets the store's default; the copy takes it and is settled."""
    me = clone("ed_olsztyn")
    me.sync()
    fid = add_local(me, "Punkt bez statusu", [20.4777, 53.7766], phone=PHONE_A)
    assert me.local_features()[fid]["properties"]["status"] is None
    assert me.sync().pushed["aid_points created"] == 1
    on_store = store_item(store, fid)["properties"]
    assert on_store["status"] == "unverified"
    assert me.local_features()[fid]["properties"] == on_store
    assert outbox(me) == {}
    assert sum(me.sync().pushed.values()) == 0
    assert [h["op"] for h in history(store, fid)] == ["create"]


# -- same field: a conflict, kept until resolved ----------------------------------------------------------------------


def test_same_field_conflict_keeps_both_values_until_resolved_per_field(pair, store):
    mine, theirs, fid = pair
    edit(theirs, fid, phone=PHONE_B, email=MAIL_B)
    edit(mine, fid, phone=PHONE_A, email=MAIL_A, description="Opis z Olsztyna")
    assert theirs.sync().pushed["aid_points updated"] == 1

    run = cli_sync(mine)
    assert run.returncode == 3, run.stdout + run.stderr
    assert "conflict" in run.stdout and "mapujpomoc status" in run.stdout
    # mine stays local, theirs is in mp_conflicts and on the store; the other field merged
    local = mine.local_features()[fid]["properties"]
    assert (local["phone"], local["email"], local["description"]) == (PHONE_A, MAIL_A, "Opis z Olsztyna")
    conflicts = {c["field"]: c for c in open_conflicts(mine)}
    assert set(conflicts) == {"phone", "email"}
    assert (conflicts["phone"]["base"], conflicts["phone"]["mine"], conflicts["phone"]["theirs"]) == \
        (PHONE_0, PHONE_A, PHONE_B)
    assert (conflicts["email"]["mine"], conflicts["email"]["theirs"]) == (MAIL_A, MAIL_B)
    on_store = store_item(store, fid)["properties"]
    assert (on_store["phone"], on_store["email"], on_store["description"]) == (PHONE_B, MAIL_B, None)

    st = status(mine)
    assert st.returncode == 3, st.stdout + st.stderr
    line = next(ln for ln in st.stdout.splitlines() if ln.startswith("conflict") and "\tphone\t" in ln)
    assert fid in line and PHONE_A in line and PHONE_B in line and PHONE_0 in line
    assert "2 conflicting field(s)" in st.stdout

    # keep my phone; the feature stays blocked while the e-mail is open
    r = resolve(mine, fid, "mine", "phone")
    assert r.returncode == 0, r.stderr
    assert "1 conflicting field(s) left" in r.stdout
    run = cli_sync(mine)
    assert run.returncode == 3, run.stdout + run.stderr
    assert store_item(store, fid)["properties"]["phone"] == PHONE_B

    # take their e-mail: now my phone and my description go to the store, their e-mail stays
    r = resolve(mine, fid, "theirs", "email")
    assert r.returncode == 0, r.stderr
    assert mine.local_features()[fid]["properties"]["email"] == MAIL_B
    run = cli_sync(mine)
    assert run.returncode == 0, run.stdout + run.stderr
    on_store = store_item(store, fid)["properties"]
    assert (on_store["phone"], on_store["email"], on_store["description"]) == (PHONE_A, MAIL_B, "Opis z Olsztyna")
    last = after_create(store, fid)[-1]
    assert last["user"] == "ed_olsztyn"
    assert sorted(c["field"] for c in last["changes"]) == ["description", "phone"]
    assert status(mine).returncode == 0

    theirs.sync()
    for copy in (mine, theirs):
        assert copy.local_features()[fid]["properties"] == on_store
        assert outbox(copy) == {} and open_conflicts(copy) == []


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_resolve_without_field_settles_every_field(pair, store, choice):
    mine, theirs, fid = pair
    edit(theirs, fid, phone=PHONE_B, email=MAIL_B)
    edit(mine, fid, phone=PHONE_A, email=MAIL_A)
    theirs.sync()
    assert cli_sync(mine).returncode == 3
    version = store_item(store, fid)["properties"]["version"]

    r = resolve(mine, fid, choice)
    assert r.returncode == 0, r.stderr
    assert "email, phone" in r.stdout or "phone, email" in r.stdout
    assert open_conflicts(mine) == []
    run = cli_sync(mine)
    assert run.returncode == 0, run.stdout + run.stderr

    on_store = store_item(store, fid)["properties"]
    if choice == "mine":
        assert (on_store["phone"], on_store["email"]) == (PHONE_A, MAIL_A)
        assert on_store["version"] > version
    else:
        assert (on_store["phone"], on_store["email"]) == (PHONE_B, MAIL_B)
        assert on_store["version"] == version  # nothing was sent
    assert mine.local_features()[fid]["properties"] == on_store
    assert outbox(mine) == {}


# -- edit versus delete -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_they_deleted_what_i_edited(pair, store, choice):
    mine, theirs, fid = pair
    edit(mine, fid, phone=PHONE_A)
    remove(theirs, fid)
    assert theirs.sync().pushed["aid_points deleted"] == 1

    run = cli_sync(mine)
    assert run.returncode == 3, run.stdout + run.stderr
    [conflict] = open_conflicts(mine)
    assert (conflict["uuid"], conflict["field"], conflict["mine"], conflict["theirs"]) == \
        (fid, DELETED, "edited", "deleted")
    assert mine.local_features()[fid]["properties"]["phone"] == PHONE_A  # my edit is still here
    st = status(mine)
    assert st.returncode == 3 and DELETED in st.stdout

    known = set(mine.local_features())
    r = resolve(mine, fid, choice)
    assert r.returncode == 0, r.stderr
    run = cli_sync(mine)
    assert run.returncode == 0, run.stdout + run.stderr
    gone = api(store, "GET", f"/collections/aid_points/items/{fid}")
    assert gone.status_code == 404 and "deleted" in gone.json()["detail"]  # the old id stays deleted
    assert history(store, fid)[-1]["op"] == "delete"
    local = mine.local_features()
    assert fid not in local
    if choice == "theirs":
        assert local.keys() == store_features(store).keys()  # nothing of mine came back
        assert outbox(mine) == {}
        return
    # mine: my version came back as a new feature with a new id
    [new_id] = set(local) - known
    assert local[new_id]["properties"]["phone"] == PHONE_A
    created = store_item(store, new_id)
    assert created["properties"] == local[new_id]["properties"]
    assert created["properties"]["name"] == "Punkt wspólny" and created["properties"]["email"] == MAIL_0
    assert created["geometry"]["coordinates"] == OLSZTYN_POINT
    assert [h["op"] for h in history(store, new_id)] == ["create"]
    assert outbox(mine) == {} and open_conflicts(mine) == []
    theirs.sync()
    assert theirs.local_features()[new_id]["properties"] == created["properties"]


@pytest.mark.parametrize("choice", ["theirs", "mine"])
def test_i_deleted_what_they_edited(pair, store, choice):
    mine, theirs, fid = pair
    remove(mine, fid)
    edit(theirs, fid, phone=PHONE_B)
    theirs.sync()

    run = cli_sync(mine)
    assert run.returncode == 3, run.stdout + run.stderr
    [conflict] = open_conflicts(mine)
    assert (conflict["field"], conflict["mine"]) == (DELETED, "deleted")
    assert conflict["theirs"]["properties"]["phone"] == PHONE_B
    assert fid not in mine.local_features()
    assert store_item(store, fid)["properties"]["phone"] == PHONE_B  # not deleted while unresolved

    r = resolve(mine, fid, choice)
    assert r.returncode == 0, r.stderr
    if choice == "theirs":
        restored = mine.local_features()[fid]["properties"]
        assert restored == store_item(store, fid)["properties"]  # their version, back locally
        assert outbox(mine) == {}
        run = cli_sync(mine)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "pushed nothing" in run.stdout
        assert store_item(store, fid)["properties"]["phone"] == PHONE_B
        return
    run = cli_sync(mine)
    assert run.returncode == 0, run.stdout + run.stderr
    assert api(store, "GET", f"/collections/aid_points/items/{fid}").status_code == 404
    assert [h["op"] for h in history(store, fid)][-1] == "delete"
    assert outbox(mine) == {} and open_conflicts(mine) == []
    theirs.sync()
    assert fid not in theirs.local_features()


# -- scope: refused with the commune named, kept until fixed or discarded ------------------------------------------


def _gminy(shared_data: Path) -> dict[str, tuple[str, object]]:
    data = json.loads((shared_data / "prg" / "gminy.geojson").read_text())
    return {f["properties"]["JPT_KOD_JE"]: (f["properties"]["JPT_NAZWA_"], shape(f["geometry"]).buffer(0))
            for f in data["features"]}


def test_out_of_scope_edits_are_refused_with_the_commune_named(clone, store, shared_data: Path):
    gminy = _gminy(shared_data)
    olsztyn = gminy["2862011"][1]
    # a neighbouring commune of Olsztyn (powiat olsztyński), and a point well inside it
    code, (name, area) = next((k, v) for k, v in sorted(gminy.items())
                              if k.startswith("2814") and v[1].distance(olsztyn) < 1e-6)
    inside_neighbour = area.representative_point()
    moved_point = create(store, new_point("Punkt do przeniesienia", [20.47, 53.77]))["id"]
    fine_point = create(store, new_point("Punkt do poprawy", [20.49, 53.78]))["id"]
    outside_id, outside = next((fid, f) for fid, f in sorted(store_features(store).items())
                               if f["properties"]["teryt"] and not f["properties"]["teryt"].startswith("2862"))
    outside_teryt = outside["properties"]["teryt"]
    outside_name = gminy[outside_teryt][0]

    me = clone("ed_olsztyn")
    me.sync()
    before = me.local_features()
    edit(me, moved_point, geometry={"type": "Point", "coordinates": [inside_neighbour.x, inside_neighbour.y]})
    edit(me, outside_id, phone=PHONE_A)
    edit(me, fine_point, phone=PHONE_A)
    new_id = add_local(me, "Nowy punkt w Olsztynie", [20.485, 53.775])

    run = cli_sync(me)
    assert run.returncode == 4, run.stdout + run.stderr
    assert f"{name} ({code})" in run.stdout and f"{outside_name} ({outside_teryt})" in run.stdout

    # the other pending edits of the same sync got through
    assert store_item(store, fine_point)["properties"]["phone"] == PHONE_A
    assert store_item(store, new_id)["properties"]["name"] == "Nowy punkt w Olsztynie"
    # the refused ones did not
    assert store_item(store, moved_point)["properties"]["teryt"] == "2862011"
    assert store_item(store, outside_id)["properties"] == outside["properties"]

    box = outbox(me)
    assert set(box) == {moved_point, outside_id}
    assert {e["state"] for e in box.values()} == {"refused"}
    assert f"{name} ({code})" in box[moved_point]["reason"] and "move" in box[moved_point]["reason"]
    assert f"{outside_name} ({outside_teryt})" in box[outside_id]["reason"]
    assert "Olsztyn (2862011)" in box[outside_id]["reason"]  # and the user's own area

    # the store's 403 names the commune; the stored reason is its detail, word for word
    op = {"op": "update", "collection": "aid_points", "id": moved_point,
          "base_version": before[moved_point]["properties"]["version"],
          "geometry": {"type": "Point", "coordinates": [inside_neighbour.x, inside_neighbour.y]}}
    r = api(store, "POST", "/changesets", "ed_olsztyn",
            json={"id": "0c6e52c8-8a4f-4b8e-9f0a-5d6c7e8f9a01", "operations": [op]})
    assert r.status_code == 403, r.text
    assert r.json()["results"][0]["detail"] == box[moved_point]["reason"]

    st = status(me)
    assert st.returncode == 4, st.stdout + st.stderr
    refused = [ln for ln in st.stdout.splitlines() if ln.startswith("refused")]
    assert len(refused) == 2 and any(moved_point in ln and f"{name} ({code})" in ln for ln in refused)

    # a later sync does not resend them
    again = cli_sync(me)
    assert "pushed nothing" in again.stdout
    assert outbox(me)[moved_point]["state"] == "refused"

    for fid in (moved_point, outside_id):
        r = mapujpomoc("discard", "--workcopy", me.path, "--id", fid)
        assert r.returncode == 0, r.stderr
        assert me.local_features()[fid] == before[fid]  # back as last synced
    assert outbox(me) == {}
    assert status(me).returncode == 0
    run = cli_sync(me)
    assert run.returncode == 0 and "pushed nothing" in run.stdout
