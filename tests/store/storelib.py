"""Helpers for the store tests: an independent reading of the PRG files and a small HTTP client.

Expectations are computed here from ../shared/data with shapely, never taken
from the store's own answers.
"""

from __future__ import annotations

import json
import uuid
from functools import cached_property
from pathlib import Path
from typing import Any

import requests
import shapely
from shapely.geometry import shape

AID = "/collections/aid_points"
ITEMS = AID + "/items"
PROBLEM = "application/problem+json"

# Places used across the tests, by the commune that holds them (checked against the PRG files in
# test_store_places_are_where_the_tests_assume).
PLACE_COMMUNES = {
    "olsztyn": "2862011",  # Olsztyn, city with county rights (powiat 2862)
    "dywity": "2814042",  # gmina Dywity, powiat olsztyński, borders Olsztyn
    "barczewo": "2814013",  # gmina Barczewo, powiat olsztyński, borders Olsztyn
    "elblag": "2861011",  # Elbląg, warmińsko-mazurskie, outside powiat 2814
    "zielona_gora": "0862011",  # Zielona Góra, lubuskie
}
NO_COMMUNE_PLACES = {
    "germany": (13.0, 52.5),  # Brandenburg, outside Poland
    "warsaw": (21.0122, 52.2297),  # mazowieckie: a voivodeship whose communes are not imported
}


class Prg:
    """The PRG files read directly with shapely."""

    def __init__(self, shared_data: Path) -> None:
        self.dir = shared_data / "prg"

    def _load(self, name: str) -> dict[str, tuple[str, Any]]:
        with open(self.dir / name, encoding="utf-8") as fh:
            feats = json.load(fh)["features"]
        return {f["properties"]["JPT_KOD_JE"]: (f["properties"]["JPT_NAZWA_"], shape(f["geometry"])) for f in feats}

    @cached_property
    def gminy(self) -> dict[str, tuple[str, Any]]:
        return self._load("gminy.geojson")

    @cached_property
    def powiaty(self) -> dict[str, tuple[str, Any]]:
        return self._load("powiaty.geojson")

    @cached_property
    def wojewodztwa(self) -> dict[str, tuple[str, Any]]:
        return self._load("wojewodztwa.geojson")

    @cached_property
    def _tree(self) -> tuple[shapely.STRtree, list[str]]:
        codes = sorted(self.gminy)
        return shapely.STRtree([self.gminy[c][1] for c in codes]), codes

    def commune_at(self, lon: float, lat: float) -> str | None:
        """The commune holding the point; on a shared border the lowest code (as documented by the store)."""
        tree, codes = self._tree
        hits = [codes[i] for i in tree.query(shapely.Point(lon, lat), predicate="intersects")]
        return min(hits) if hits else None

    def name(self, code: str) -> str:
        for table in (self.gminy, self.powiaty, self.wojewodztwa):
            if code in table:
                return table[code][0]
        raise KeyError(code)

    def inside(self, code: str, shift: int = 0) -> tuple[float, float]:
        """A point well inside commune `code` (different `shift` values give different points)."""
        geom = self.gminy[code][1]
        inner = geom.buffer(-0.01) if not geom.buffer(-0.01).is_empty else geom
        base = inner.representative_point()
        minx, miny, maxx, maxy = inner.bounds
        for k in range(200):
            step = (shift * 7919 + k * 104729) % 1000 / 1000.0
            x = round(base.x + (step - 0.5) * (maxx - minx) * 0.5, 6)
            y = round(base.y + ((step * 7) % 1 - 0.5) * (maxy - miny) * 0.5, 6)
            if inner.contains(shapely.Point(x, y)):
                return x, y
        return round(base.x, 6), round(base.y, 6)

    def place(self, name: str, shift: int = 0) -> tuple[float, float]:
        if name in NO_COMMUNE_PLACES:
            return NO_COMMUNE_PLACES[name]
        return self.inside(PLACE_COMMUNES[name], shift)


def point(lon: float, lat: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [lon, lat]}


def valid_props(**overrides: Any) -> dict[str, Any]:
    props = {
        "name": "Punkt informacyjny dla obywateli Ukrainy",
        "organization": "Fundacja Testowa",
        "org_type": "ngo",
        "help_types": ["information", "legal"],
        "forms": ["on_site", "hotline"],
        "languages": ["pl", "uk"],
        "description": "Pomoc prawna i informacja / Юридична допомога",
        "street": "Kopernika", "house_number": "12", "postcode": "10-512", "city": "Olsztyn",
        "phone": "+48 89 123 45 67", "email": "punkt@pomoc.example.pl", "website": "https://pomoc.example.pl/punkt",
        "opening_hours": "Mo-Fr 08:00-16:00; Sa 10:00-14:00",
        "target_groups": ["families"],
        "status": "active",
        "verified_at": "2024-03-01",
    }
    props.update(overrides)
    return props


def feature(lon: float, lat: float, fid: str | None = None, **overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"type": "Feature", "geometry": point(lon, lat), "properties": valid_props(**overrides)}
    if fid:
        doc["id"] = fid
    return doc


def assert_problem(r: requests.Response, status: int, *fragments: str) -> dict[str, Any]:
    """`r` is an RFC 9457 problem with `status` whose detail mentions every fragment (case-insensitive)."""
    assert r.status_code == status, f"expected {status}, got {r.status_code}: {r.text[:1000]}"
    assert r.headers.get("content-type", "").split(";")[0] == PROBLEM, r.headers.get("content-type")
    body = r.json()
    assert body["status"] == status
    assert isinstance(body.get("title"), str) and body["title"]
    assert isinstance(body.get("detail"), str) and len(body["detail"]) > 15, body
    for frag in fragments:
        assert frag.lower() in body["detail"].lower(), f"{frag!r} not in detail: {body['detail']}"
    return body


class Api:
    """requests against one running store; `user` is a name from the store's tokens, None for anonymous."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.session = requests.Session()

    @property
    def url(self) -> str:
        return self.store.url

    def headers(self, user: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {**self.store.auth(user), **(extra or {})}

    def request(self, method: str, path: str, user: str | None = None, headers: dict[str, str] | None = None,
                **kw: Any) -> requests.Response:
        url = path if path.startswith("http") else self.url + path
        return self.session.request(method, url, headers=self.headers(user, headers), timeout=60, **kw)

    def get(self, path: str, user: str | None = None, **kw: Any) -> requests.Response:
        return self.request("GET", path, user, **kw)

    def post(self, path: str, user: str | None = None, **kw: Any) -> requests.Response:
        return self.request("POST", path, user, **kw)

    def put(self, path: str, user: str | None = None, **kw: Any) -> requests.Response:
        return self.request("PUT", path, user, **kw)

    def patch(self, path: str, user: str | None = None, **kw: Any) -> requests.Response:
        return self.request("PATCH", path, user, **kw)

    def delete(self, path: str, user: str | None = None, **kw: Any) -> requests.Response:
        return self.request("DELETE", path, user, **kw)

    # -- conveniences ------------------------------------------------------------------------------

    def create(self, lon: float, lat: float, user: str = "admin", **props: Any) -> dict[str, Any]:
        """Create an aid point (asserting 201); returns the feature, with its ETag under '_etag'."""
        fid = str(uuid.uuid4())
        r = self.post(ITEMS, user, json=feature(lon, lat, fid, **props))
        assert r.status_code == 201, r.text
        doc = r.json()
        doc["_etag"] = r.headers["ETag"]
        return doc

    def item(self, fid: str, user: str | None = "viewer") -> requests.Response:
        return self.get(f"{ITEMS}/{fid}", user)

    def merge_patch(self, fid: str, body: dict[str, Any], etag: str | None, user: str = "admin") -> requests.Response:
        headers = {"Content-Type": "application/merge-patch+json"}
        if etag:
            headers["If-Match"] = etag
        return self.patch(f"{ITEMS}/{fid}", user, data=json.dumps(body), headers=headers)

    def changes(self, since: int, limit: int = 10_000, collection: str = "aid_points") -> dict[str, Any]:
        r = self.get(f"/collections/{collection}/changes", "viewer", params={"since": since, "limit": limit})
        assert r.status_code == 200, r.text
        return r.json()

    def all_changes(self, since: int = 0, limit: int = 10_000) -> tuple[list[dict[str, Any]], int]:
        """Every change after `since`, following the cursor; returns (changes, final cursor)."""
        out: list[dict[str, Any]] = []
        while True:
            page = self.changes(since, limit)
            out += page["changes"]
            assert page["cursor"] >= since
            since = page["cursor"]
            if not page["more"]:
                return out, since

    def cursor(self) -> int:
        return self.all_changes(0)[1]

    def all_items(self, user: str | None = "viewer", **params: Any) -> list[dict[str, Any]]:
        """Every feature of aid_points matching `params`, following next links."""
        out: list[dict[str, Any]] = []
        url: str | None = self.url + ITEMS
        query: dict[str, Any] | None = {"limit": 1000, **params}
        while url:
            r = self.get(url, user, params=query)
            assert r.status_code == 200, r.text
            page = r.json()
            out += page["features"]
            url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
            query = None
        return out
