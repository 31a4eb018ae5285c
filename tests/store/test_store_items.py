"""Reading aid points: paging by next links, bbox, property filters, parameter errors."""

from __future__ import annotations

from collections import Counter

import pytest
import shapely
from storelib import ITEMS, assert_problem


@pytest.fixture(scope="module")
def everything(api):
    """All live aid points, counted independently of the items endpoint: from the changes feed."""
    changes, _ = api.all_changes(0)
    latest: dict[str, dict] = {}
    for ch in changes:
        latest[ch["id"]] = ch
    live = {fid: ch["feature"] for fid, ch in latest.items() if not ch["deleted"]}
    assert len(live) >= 200  # the seeded points
    return live


def test_paging_collects_every_feature_once(api, everything):
    limit = 37
    seen: list[str] = []
    url, params = api.url + ITEMS, {"limit": limit}
    pages = 0
    while url:
        r = api.get(url, params=params)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/geo+json")
        page = r.json()
        assert page["type"] == "FeatureCollection"
        assert page["numberMatched"] == len(everything)
        assert page["numberReturned"] == len(page["features"]) <= limit
        seen += [f["id"] for f in page["features"]]
        nxt = [link["href"] for link in page["links"] if link["rel"] == "next"]
        assert len(nxt) <= 1
        url, params = (nxt[0] if nxt else None), None
        pages += 1
        assert pages < 100
    assert pages == -(-len(everything) // limit)
    dupes = [fid for fid, n in Counter(seen).items() if n > 1]
    assert not dupes
    assert set(seen) == set(everything)


def test_items_equal_the_changes_feed(api, everything):
    items = {f["id"]: f for f in api.all_items()}
    assert items == everything


def test_last_page_has_no_next_and_first_has_no_prev(api, everything):
    first = api.get(ITEMS, params={"limit": 50}).json()
    assert not [link for link in first["links"] if link["rel"] == "prev"]
    last = api.get(ITEMS, params={"limit": 50, "offset": len(everything) - 3}).json()
    assert last["numberReturned"] == 3
    assert not [link for link in last["links"] if link["rel"] == "next"]


@pytest.mark.parametrize("bbox", [
    (20.36, 53.72, 20.57, 53.83),  # around Olsztyn
    (14.5, 51.5, 16.0, 52.5),  # a part of lubuskie
    (19.0, 54.0, 19.6, 54.3),  # Elbląg and around
    (0.0, 0.0, 1.0, 1.0),  # nothing there
])
def test_bbox_filter(api, everything, bbox):
    x0, y0, x1, y1 = bbox
    expected = {fid for fid, f in everything.items()
                if x0 <= f["geometry"]["coordinates"][0] <= x1 and y0 <= f["geometry"]["coordinates"][1] <= y1}
    got = api.all_items(bbox=",".join(map(str, bbox)))
    assert {f["id"] for f in got} == expected
    r = api.get(ITEMS, params={"bbox": ",".join(map(str, bbox)), "limit": 1}).json()
    assert r["numberMatched"] == len(expected)


def test_bbox_of_one_point_finds_it(api, everything):
    fid, f = sorted(everything.items())[0]
    lon, lat = f["geometry"]["coordinates"]
    got = api.all_items(bbox=f"{lon},{lat},{lon},{lat}")
    assert fid in {g["id"] for g in got}


@pytest.mark.parametrize("codes", ["legal", "food", "social_welfare", "legal,psychological", "reception"])
def test_help_type_filter(api, everything, codes):
    wanted = set(codes.split(","))
    expected = {fid for fid, f in everything.items() if wanted & set(f["properties"]["help_types"])}
    got = {f["id"] for f in api.all_items(help_type=codes)}
    assert got == expected
    if codes == "social_welfare":
        # the generator gives communes their welfare office first: a fifth of the points
        assert len(expected) >= 200 // 5


@pytest.mark.parametrize("status", ["active", "inactive", "unverified", "inactive,unverified"])
def test_status_filter(api, everything, status):
    wanted = set(status.split(","))
    expected = {fid for fid, f in everything.items() if f["properties"]["status"] in wanted}
    assert expected  # the seed has every status
    assert {f["id"] for f in api.all_items(status=status)} == expected


@pytest.mark.parametrize("prefix", ["28", "08", "2814", "2862011", "2862", "0862011", "14"])
def test_teryt_prefix_filter(api, everything, prg, prefix):
    # which commune each point lies in, computed from the PRG file, not read from the store
    expected = {fid for fid, f in everything.items()
                if (prg.commune_at(*f["geometry"]["coordinates"]) or "").startswith(prefix)}
    if prefix != "14":
        assert expected
    assert {f["id"] for f in api.all_items(teryt_prefix=prefix)} == expected


def test_filters_combine(api, everything, prg):
    expected = {fid for fid, f in everything.items()
                if "information" in f["properties"]["help_types"] and f["properties"]["status"] == "active"
                and (prg.commune_at(*f["geometry"]["coordinates"]) or "").startswith("28")}
    got = {f["id"] for f in api.all_items(help_type="information", status="active", teryt_prefix="28")}
    assert got == expected


def test_seeded_points_carry_the_commune_of_their_location(everything, prg):
    wrong = {fid: (f["properties"]["teryt"], prg.commune_at(*f["geometry"]["coordinates"]))
             for fid, f in everything.items()
             if f["properties"]["teryt"] != prg.commune_at(*f["geometry"]["coordinates"])}
    assert not wrong


@pytest.mark.parametrize("params, fragment", [
    ({"limit": 0}, "limit"),
    ({"limit": -5}, "limit"),
    ({"limit": "many"}, "limit"),
    ({"offset": -1}, "offset"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"teryt": "28x"}, "teryt"),
])
def test_bad_parameters_are_400_problems(api, params, fragment):
    assert_problem(api.get(ITEMS, params=params), 400, fragment)


def test_boundary_collections_page_too(api, prg):
    got = []
    url, params = api.url + "/collections/gminy/items", {"limit": 50}
    while url:
        page = api.get(url, params=params).json()
        got += page["features"]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        params = None
    assert sorted(f["id"] for f in got) == sorted(prg.gminy)
    olsztyn = api.get("/collections/gminy/items", params={"teryt_prefix": "2862"}).json()
    assert [f["properties"]["name"] for f in olsztyn["features"]] == [prg.name("2862011")]


@pytest.mark.parametrize("collection, table", [("gminy", "gminy"), ("powiaty", "powiaty"),
                                               ("wojewodztwa", "wojewodztwa")])
@pytest.mark.parametrize("bbox", [(20.3, 53.9, 20.31, 53.91), (20.36, 53.72, 20.57, 53.83), (15.0, 52.0, 15.6, 52.3)])
def test_bbox_on_areas_means_the_geometry_intersects(api, prg, collection, table, bbox):
    """OGC API Features: only features whose geometry intersects the bbox, not merely its bounds."""
    box = shapely.box(*bbox)
    expected = {code for code, (_, g) in getattr(prg, table).items() if g.intersects(box)}
    page = api.get(f"/collections/{collection}/items", params={"bbox": ",".join(map(str, bbox)), "limit": 500}).json()
    assert {f["id"] for f in page["features"]} == expected
    assert page["numberMatched"] == len(expected)


def test_bbox_on_service_areas(api, prg):
    parent = api.get(ITEMS, params={"limit": 1}).json()["features"][0]["id"]
    # a thin triangle: its bounds cover the query box, the triangle itself does not
    tri = {"type": "Polygon", "coordinates": [[[20.40, 53.70], [20.50, 53.70], [20.40, 53.80], [20.40, 53.70]]]}
    r = api.post("/collections/service_areas/items", "admin", json={
        "type": "Feature", "geometry": tri, "properties": {"aid_point_id": parent, "kind": "manual"}})
    assert r.status_code == 201, r.text
    fid = r.json()["id"]
    far = api.get("/collections/service_areas/items", params={"bbox": "20.48,53.78,20.49,53.79"}).json()
    near = api.get("/collections/service_areas/items", params={"bbox": "20.41,53.71,20.42,53.72"}).json()
    assert fid not in {f["id"] for f in far["features"]}
    assert fid in {f["id"] for f in near["features"]}
