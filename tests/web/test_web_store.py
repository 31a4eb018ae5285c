"""What the store serves for the web page, over HTTP: `/` by content negotiation, the page's files with
their cache headers, and the two reads /web/counts and /web/places, checked against the database."""

from __future__ import annotations

import json
import math

import requests
import shapely
from conftest import SECRET_NAME, TILE_ATTRIBUTION, db_rows

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def test_browsers_get_the_page_json_clients_the_landing_page(web_world):
    url = web_world.url
    page = requests.get(url, headers={"Accept": BROWSER_ACCEPT}, timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Accept" in page.headers["vary"]
    assert TILE_ATTRIBUTION in page.text and web_world.tiles.url in page.text  # the basemap setting, inline
    for headers, query in (({}, ""), ({"Accept": "application/json"}, ""), ({"Accept": "*/*"}, ""),
                           ({"Accept": BROWSER_ACCEPT}, "?f=json"), ({"Accept": "application/json, text/html;q=0.5"}, "")):
        landing = requests.get(url + query, headers=headers, timeout=30)
        assert landing.headers["content-type"].startswith("application/json"), (headers, query)
        assert any(link["rel"] == "conformance" for link in landing.json()["links"])
        assert "Accept" in landing.headers["vary"]
    assert requests.get(url + "?f=html", headers={"Accept": "application/json"}, timeout=30).text.startswith("<!doctype")


def test_files_are_compressed_cached_and_revalidated(web_world, web_built):
    page = requests.get(web_world.url, headers={"Accept": "text/html"}, timeout=30)
    assert page.headers["content-encoding"] == "gzip" and page.headers["cache-control"] == "no-cache"
    again = requests.get(web_world.url, headers={"Accept": "text/html", "If-None-Match": page.headers["etag"]},
                         timeout=30)
    assert again.status_code == 304
    script = next(p.name for p in (web_built / "assets").glob("app-*.js"))
    reply = requests.get(f"{web_world.url}web/assets/{script}", timeout=30)
    assert reply.status_code == 200 and "immutable" in reply.headers["cache-control"]
    assert reply.headers["content-type"].startswith("text/javascript")
    assert requests.get(f"{web_world.url}web/assets/../../app.py", timeout=30).status_code == 404
    worker = requests.get(f"{web_world.url}sw.js", timeout=30)
    assert worker.status_code == 200 and script in worker.text  # the files it keeps offline
    assert requests.get(f"{web_world.url}manifest.webmanifest", timeout=30).json()["start_url"] == "./"


def _visible_positions(world) -> list[tuple[str, float, float, str]]:
    """(id, lon, lat, tags) of what an anonymous reader sees, straight from the database rows."""
    out = []
    for r in db_rows(world):
        if r["public_view"] == "hidden":
            continue
        x, y = (r["minx"], r["miny"]) if r["public_view"] == "exact" else (r["public_x"], r["public_y"])
        out.append((r["id"], x, y, r["tags"]))
    return out


def test_counts_per_cell_agree_with_the_database(web_world):
    bbox, cell = (20.2, 53.6, 20.8, 54.0), 0.1
    reply = requests.get(web_world.url + "web/counts", params={
        "bbox": ",".join(map(str, bbox)), "cell": cell, "help_type": "legal"}, timeout=30)
    assert reply.status_code == 200, reply.text
    expected: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for _, x, y, tags in _visible_positions(web_world):
        if bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3] and " help:legal " in tags:
            expected.setdefault((math.floor((x + 180) / cell), math.floor((y + 90) / cell)), []).append((x, y))
    body = reply.json()
    assert body["total"] == sum(len(v) for v in expected.values()) > 0
    got = sorted((c[2], round(c[0], 3), round(c[1], 3)) for c in body["cells"])
    want = sorted((len(v), round(sum(p[0] for p in v) / len(v), 3), round(sum(p[1] for p in v) / len(v), 3))
                  for v in expected.values())
    assert got == want
    assert requests.get(reply.url, headers={"If-None-Match": reply.headers["etag"]}, timeout=30).status_code == 304


def test_counts_never_count_a_staff_only_point(web_world):
    """A box around only the staff-only point counts nothing for the public (the admin sees it)."""
    r = next(r for r in db_rows(web_world) if r["id"] == web_world.secret_id)
    box = f"{r['minx'] - 1e-6},{r['miny'] - 1e-6},{r['minx'] + 1e-6},{r['miny'] + 1e-6}"
    public = requests.get(web_world.url + "web/counts", params={"bbox": box, "cell": 0.01}, timeout=30).json()
    staff = requests.get(web_world.url + "web/counts", params={"bbox": box, "cell": 0.01},
                         headers=web_world.server.auth("admin"), timeout=30).json()
    assert public["total"] == 0 and staff["total"] == 1


def test_places_match_latin_and_cyrillic_names(web_world, prg):
    for typed in ("olsztyn", "OLSZ", "Ольштин", "ольштин"):
        places = requests.get(web_world.url + "web/places", params={"q": typed}, timeout=30).json()["places"]
        assert places and places[0]["teryt"] == "2862011", typed
    first = requests.get(web_world.url + "web/places", params={"q": "olsztyn"}, timeout=30).json()["places"][0]
    assert prg.gminy["2862011"][1].contains(shapely.Point(first["lon"], first["lat"]))
    assert requests.get(web_world.url + "web/places", params={"q": "x"}, timeout=30).status_code == 400


def test_the_openapi_document_describes_the_page_reads(web_world):
    doc = requests.get(web_world.url + "api", headers={"Accept": "application/json"}, timeout=30).json()
    for path, params in (("/web/counts", {"bbox", "cell", "help_type"}), ("/web/places", {"q", "limit"}),
                         ("/web/nearest", {"lat", "lon", "limit", "help_type"})):
        names = {p["name"] for p in doc["paths"][path]["get"]["parameters"]}
        assert params <= names, (path, names)
    assert SECRET_NAME not in json.dumps(doc)


def test_nearest_answers_if_none_match_with_304(web_world):
    params = {"lat": 53.7784, "lon": 20.4801, "limit": 5, "help_type": "legal"}
    reply = requests.get(web_world.url + "web/nearest", params=params, timeout=30)
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/geo+json")
    assert len(reply.json()["features"]) == 5
    again = requests.get(web_world.url + "web/nearest", params=params, headers={"If-None-Match": reply.headers["etag"]},
                         timeout=30)
    assert again.status_code == 304 and not again.content
