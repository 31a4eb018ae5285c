"""Item pages carry a weak ETag of their text and answer If-None-Match with 304 (routers/shared.py,
cached_text): a phone or a browser asking again for the same page gets no body. Weak, so they stay gzipped."""

from __future__ import annotations

import gzip

import requests
from storelib import ITEMS


def test_an_unchanged_page_is_304_and_a_changed_one_is_not(api):
    params = {"limit": 50, "bbox": "14,49,24.2,55"}
    first = api.get(ITEMS, params=params)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag.startswith('W/"')
    again = api.get(ITEMS, params=params, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == tag
    # another page, another tag; the same page after a change in it, another tag and a full reply
    assert api.get(ITEMS, params={**params, "offset": 50}).headers["ETag"] != tag
    fid = first.json()["features"][0]["id"]
    item = api.item(fid, "admin")
    r = api.merge_patch(fid, {"properties": {"name": item.json()["properties"]["name"] + " (zmiana)"}},
                        item.headers["ETag"])
    assert r.status_code == 200, r.text
    after = api.get(ITEMS, params=params, headers={"If-None-Match": tag})
    assert after.status_code == 200 and after.headers["ETag"] != tag
    assert after.json()["features"][0]["properties"]["name"].endswith(" (zmiana)")


def test_a_page_with_an_etag_is_still_gzipped(store):
    url = store.url + ITEMS + "?limit=200"
    r = requests.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=60)
    raw = r.raw.read(decode_content=False)
    assert r.headers["content-encoding"] == "gzip" and r.headers["ETag"].startswith('W/"')
    assert gzip.decompress(raw).startswith(b'{"type":"FeatureCollection"')
