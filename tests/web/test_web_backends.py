"""The page's reads on both backends (SQLite and PostgreSQL, the `store` fixture of tests/conftest.py):
/web/nearest and /web/counts agree with a haversine ranking and a count over every point an anonymous
reader gets from the OGC items (a different code path: the items' own privacy and filters)."""

from __future__ import annotations

import math

import requests

LAT, LON = 53.7784, 20.4801
EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def public_points(url: str, **params: str) -> list[dict]:
    reply = requests.get(url + "/collections/aid_points/items", params={"limit": 10_000, **params}, timeout=60)
    assert reply.status_code == 200, reply.text
    return reply.json()["features"]


def test_nearest_and_counts_on_both_backends(store):
    points = public_points(store.url, help_type="food", status="active,unverified")
    ranked = sorted((haversine_km(LAT, LON, f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]), f["id"])
                    for f in points)
    reply = requests.get(store.url + "/web/nearest", params={"lat": LAT, "lon": LON, "limit": 10, "help_type": "food",
                                                              "status": "active,unverified"}, timeout=60)
    assert reply.status_code == 200, reply.text
    assert [f["id"] for f in reply.json()["features"]] == [fid for _, fid in ranked[:10]]
    box = (19.0, 53.0, 23.0, 55.0)  # warmińsko-mazurskie
    inside = [f for f in points if box[0] <= f["geometry"]["coordinates"][0] <= box[2]
              and box[1] <= f["geometry"]["coordinates"][1] <= box[3]]
    counts = requests.get(store.url + "/web/counts", params={"bbox": ",".join(map(str, box)), "cell": 0.5,
                                                              "help_type": "food", "status": "active,unverified"},
                          timeout=60).json()
    assert counts["total"] == len(inside) == sum(c[2] for c in counts["cells"]) > 0
