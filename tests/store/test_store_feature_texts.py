"""What item pages keep between requests — features' texts (feature_texts.py), numberMatched (match_counts.py) —
never shows a reader what another may see, nor an old version: pages read again and again, by readers of every
kind in turn and around writes, equal what the database rows say each reader sees, and so do their counts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from storelib import ITEMS

from mapujpomoc_store import db

OLSZTYN = "2862011"
# who reads, in an order that alternates readers who see editors and exact locations with those who do not
READERS = ("admin", None, "ed_olsztyn", "viewer", None, "ed_powiat", "coord", None, "admin")
IN_SCOPE = {"admin": "", "coord": "28", "ed_olsztyn": OLSZTYN}  # the others see what the public view allows


@pytest.fixture(scope="module")
def points(api, prg) -> dict[str, str]:
    """A public and an approximate point in Olsztyn (made here, so the test does not depend on the seed)."""
    made = {}
    for i, visibility in enumerate(("public", "approximate")):
        lon, lat = prg.place("olsztyn", 400 + i)
        made[visibility] = api.create(lon, lat, visibility=visibility, street="Tajna", house_number="3")["id"]
    return made


def _rows(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    engine = db.make_engine(store.db_url)
    try:
        with engine.connect() as conn:
            t = db.features.c
            return {r.id: r for r in conn.execute(select(db.features).where(
                (t.collection == "aid_points") & (t.teryt == OLSZTYN) & ~t.deleted))}
    finally:
        engine.dispose()


def _expected(row: Any, reader: str | None) -> dict[str, Any] | None:
    """The feature `reader` may see of a stored row, worked out from the row alone (DESIGN's privacy rules)."""
    props = json.loads(row.properties)
    visibility = props.get("visibility") or "public"
    geometry = json.loads(row.geometry)
    if reader is None or not OLSZTYN.startswith(IN_SCOPE.get(reader, "-")):
        if visibility == "staff_only":
            return None
        if visibility == "approximate":
            props.update(street=None, house_number=None, postcode=None)
            geometry = {"type": "Point", "coordinates": [row.public_x, row.public_y]}
    if reader is None:
        props["updated_by"] = None
    return {"geometry": geometry, "properties": props}


def _page(api, reader: str | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    r = api.get(ITEMS, reader, params={"teryt": OLSZTYN, "limit": 10_000})
    assert r.status_code == 200, r.text
    return {f["id"]: {"geometry": f["geometry"], "properties": f["properties"]} for f in r.json()["features"]}


def _check_every_reader(api, store) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(store)
    for reader in READERS:
        expected = {fid: e for fid, row in rows.items() if (e := _expected(row, reader)) is not None}
        assert _page(api, reader) == expected, reader
        # a page of one: numberMatched is counted (or kept), not the length of the page
        r = api.get(ITEMS, reader, params={"teryt": OLSZTYN, "limit": 1})
        assert r.json()["numberMatched"] == len(expected), reader


def test_every_reader_in_turn_sees_what_the_rows_allow(api, store, points):
    _check_every_reader(api, store)
    page = _page(api, None)
    assert page[points["approximate"]]["properties"]["street"] is None  # the test's own premise
    assert _page(api, "admin")[points["approximate"]]["properties"]["street"] == "Tajna"


def test_a_written_point_is_shown_at_its_new_version(api, store, points):
    _check_every_reader(api, store)  # every reader's texts kept
    for visibility, fid in points.items():
        item = api.item(fid, "admin")
        r = api.merge_patch(fid, {"properties": {"name": f"Punkt {visibility} po zmianie"}}, item.headers["ETag"],
                            user="ed_olsztyn")
        assert r.status_code == 200, r.text
    _check_every_reader(api, store)
    assert _page(api, None)[points["public"]]["properties"]["name"] == "Punkt public po zmianie"
    assert _page(api, None)[points["public"]]["properties"]["updated_by"] is None


def test_a_new_point_is_counted_at_once(api, store, points, prg):
    _check_every_reader(api, store)  # every reader's count kept
    lon, lat = prg.place("olsztyn", 402)
    api.create(lon, lat, user="ed_olsztyn")
    _check_every_reader(api, store)


def test_a_point_made_staff_only_leaves_the_public_pages(api, store, points):
    _check_every_reader(api, store)
    fid = points["public"]
    r = api.merge_patch(fid, {"properties": {"visibility": "staff_only"}}, api.item(fid, "admin").headers["ETag"])
    assert r.status_code == 200, r.text
    _check_every_reader(api, store)
    assert fid not in _page(api, None) and fid in _page(api, "ed_olsztyn")
