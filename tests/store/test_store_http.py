"""HTTP plumbing of the store (mapujpomoc_store/http.py): gzip, HEAD, OPTIONS, CORS (issue 14)."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from storelib import ITEMS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from store_server import StoreServer  # noqa: E402

SQLITE_MAGIC = b"SQLite format 3\x00"
ORIGIN = "https://mapa.example.org"


def raw_get(url: str, encoding: str, **kw) -> requests.Response:
    """The reply as sent, not decompressed (in `.content_raw`)."""
    r = requests.get(url, headers={"Accept-Encoding": encoding, **kw.pop("headers", {})}, stream=True, timeout=60,
                     **kw)
    r.content_raw = r.raw.read(decode_content=False)  # type: ignore[attr-defined]
    return r


def test_json_and_geojson_replies_are_gzipped_when_accepted(store):
    url = store.url + ITEMS + "?limit=200"
    packed, plain = raw_get(url, "gzip"), raw_get(url, "identity")
    assert packed.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["vary"]
    assert "content-encoding" not in plain.headers
    assert gzip.decompress(packed.content_raw) == plain.content_raw
    assert len(packed.content_raw) * 3 < len(plain.content_raw)
    collections = raw_get(store.url + "/collections", "gzip")
    assert collections.headers["content-encoding"] == "gzip"
    assert requests.get(url, timeout=60).json()["numberReturned"] == 200  # requests decompresses by itself


def test_snapshot_download_is_gzipped_when_accepted(store):
    url = store.url + "/collections/aid_points/snapshot"
    packed, plain = raw_get(url, "gzip", headers=store.auth("viewer")), raw_get(url, "identity",
                                                                                  headers=store.auth("viewer"))
    assert packed.status_code == plain.status_code == 200
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["x-mapujpomoc-version"] == plain.headers["x-mapujpomoc-version"]
    assert plain.content_raw.startswith(SQLITE_MAGIC)
    assert gzip.decompress(packed.content_raw) == plain.content_raw
    assert len(packed.content_raw) * 2 < len(plain.content_raw)


def test_replies_with_an_etag_are_not_recompressed(api):
    fid = api.get(ITEMS, params={"limit": 1}).json()["features"][0]["id"]
    r = raw_get(api.url + f"{ITEMS}/{fid}", "gzip")
    assert r.headers.get("etag") and "content-encoding" not in r.headers
    assert r.content_raw.startswith(b"{")


@pytest.mark.parametrize("path,user", [
    ("/", None), ("/conformance", None), ("/collections", None), ("/collections/gminy", None),
    (ITEMS + "?limit=5", None), ("/collections/aid_points/changes?limit=5", "viewer"),
    ("/collections/aid_points/snapshot", "viewer"), ("/me", "viewer"), ("/api", None), ("/api.html", None),
    ("/collections/nothing", None), ("/me", None)])
def test_head_answers_like_get_without_a_body(api, path, user):
    get = api.get(path, user)
    head = api.request("HEAD", path, user)
    assert head.status_code == get.status_code
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_head_of_a_feature_carries_its_etag(api):
    fid = api.get(ITEMS, params={"limit": 1}).json()["features"][0]["id"]
    assert api.request("HEAD", f"{ITEMS}/{fid}").headers["etag"] == api.get(f"{ITEMS}/{fid}").headers["etag"]


@pytest.mark.parametrize("path,allowed", [
    ("/", "GET, HEAD, OPTIONS"),
    (ITEMS, "GET, HEAD, OPTIONS, POST"),
    (ITEMS + "/00000000-0000-4000-8000-000000000000", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT"),
    ("/changesets", "OPTIONS, POST"),
    ("/api.html-assets/swagger-ui.css", "GET, HEAD, OPTIONS")])
def test_options_lists_the_allowed_methods(api, path, allowed):
    r = api.request("OPTIONS", path)
    assert r.status_code == 204, r.text
    assert r.headers["allow"] == allowed


def test_options_of_nothing_is_404(api):
    assert api.request("OPTIONS", "/nothing/here").status_code == 404


def test_cors_is_off_by_default(api):
    r = api.get("/collections", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in r.headers
    r = api.request("OPTIONS", ITEMS, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers


@pytest.fixture(scope="module")
def cors_store(store) -> Iterator[StoreServer]:
    server = StoreServer(store.database, extra_args=["--cors-origins", ORIGIN])
    server.start()
    yield server
    server.stop()


def test_cors_lets_listed_origins_read_only(cors_store):
    url = cors_store.url + ITEMS
    r = requests.get(url, params={"limit": 1}, headers={"Origin": ORIGIN}, timeout=60)
    assert r.headers["access-control-allow-origin"] == ORIGIN
    fid = r.json()["features"][0]["id"]
    r = requests.get(f"{url}/{fid}", headers={"Origin": ORIGIN}, timeout=60)
    assert "etag" in r.headers["access-control-expose-headers"].lower()
    preflight = requests.options(url, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"}, timeout=60)
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == ORIGIN
    for method in ("POST", "DELETE"):
        refused = requests.options(url, headers={"Origin": ORIGIN, "Access-Control-Request-Method": method},
                                   timeout=60)
        assert refused.status_code == 400, method
        assert method not in refused.headers.get("access-control-allow-methods", "")
    other = requests.get(url, params={"limit": 1}, headers={"Origin": "https://evil.example"}, timeout=60)
    assert "access-control-allow-origin" not in other.headers


def test_swagger_ui_files_are_gzipped(api):
    r = raw_get(api.url + "/api.html-assets/swagger-ui-bundle.js", "gzip")
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert r.headers["etag"].startswith("W/")
    assert len(r.content_raw) * 2 < len(gzip.decompress(r.content_raw))
