"""Regression tests for the store's findings of issue 15's hostile review (besides the privacy matrix in
test_store_privacy.py): each failed on the store before the fix."""

from __future__ import annotations

import json
import socket
import statistics
import time
import uuid
from typing import Any

import pytest
from storelib import ITEMS, PROBLEM, assert_problem, feature, point, valid_props


def changeset(api, ops, user="admin", cid=None):
    cid = cid or str(uuid.uuid4())
    return cid, api.post("/changesets", user, json={"id": cid, "operations": ops})


def create_op(lon, lat, fid=None, **props):
    return {"op": "create", "collection": "aid_points", "id": fid or str(uuid.uuid4()), "geometry": point(lon, lat),
            "properties": valid_props(**props)}


def square(lon: float, lat: float, d: float = 0.002) -> dict[str, Any]:
    ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]
    return {"type": "Polygon", "coordinates": [ring]}


def area_op(lon, lat, parent, fid=None):
    return {"op": "create", "collection": "service_areas", "id": fid or str(uuid.uuid4()),
            "geometry": square(lon, lat), "properties": {"aid_point_id": parent, "kind": "manual"}}


# -- 3. a changeset id reused with other operations ---------------------------------------------------


def test_a_reused_changeset_id_with_other_operations_is_refused(api, prg):
    cid, r = changeset(api, [create_op(*prg.place("olsztyn", 400), phone="+48 89 400 40 01")])
    assert r.status_code == 200, r.text
    first = r.json()
    # the same operations again, in another formatting and key order: the first reply, nothing applied twice
    body = {"id": cid, "operations": json.loads(r.request.body)["operations"]}
    again = api.post("/changesets", "admin", data=json.dumps(body, indent=2, sort_keys=True),
                     headers={"Content-Type": "application/json"})
    assert again.status_code == 200 and again.json() == first
    cursor = api.cursor()
    other = create_op(*prg.place("olsztyn", 401), phone="+48 89 400 40 02")
    body = assert_problem(changeset(api, [other], cid=cid)[1], 409, cid, "same operations")
    assert "applied" not in body or body.get("applied") is not True
    assert api.cursor() == cursor  # the new edit neither happened nor was reported as applied
    assert api.item(other["id"]).status_code == 404


# -- 4. geometry members ---------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", [{"bbox": [20, 53, 21, 54]}, {"crs": {"type": "name"}},
                                   {"x": [[[[1]]]] * 3}, {"properties": {"a": 1}}])
def test_geometry_holds_only_type_and_coordinates(api, prg, extra):
    lon, lat = prg.place("olsztyn", 402)
    geom = {**point(lon, lat), **extra}
    name = next(iter(extra))
    cursor = api.cursor()
    doc = {**feature(lon, lat, str(uuid.uuid4())), "geometry": geom}
    assert_problem(api.post(ITEMS, "admin", json=doc), 422, "geometry", name)
    _, r = changeset(api, [{**create_op(lon, lat), "geometry": geom}])
    assert_problem(r, 422, name)
    created = api.create(lon, lat)
    assert_problem(api.merge_patch(created["id"], {"geometry": geom}, created["_etag"]), 422, name)
    assert api.cursor() == cursor + 1  # only the plain create


def test_a_deeply_nested_geometry_or_params_is_refused_and_history_stays_readable(api, prg):
    lon, lat = prg.place("olsztyn", 403)
    deep: Any = 1
    for _ in range(250):
        deep = [deep]
    created = api.create(lon, lat)
    r = api.merge_patch(created["id"], {"geometry": {**point(lon, lat), "deep": deep}}, created["_etag"])
    assert_problem(r, 422, "deep")
    params: Any = {"a": 1}
    for _ in range(250):
        params = {"a": params}
    _, r = changeset(api, [{**area_op(lon, lat, created["id"]), "properties": {
        "aid_point_id": created["id"], "kind": "manual", "params": params}}])
    assert_problem(r, 422, "params", "nested")
    assert api.get(f"{ITEMS}/{created['id']}/history", "viewer").status_code == 200


# -- 5. service areas follow their point -----------------------------------------------------------------


def test_a_service_area_follows_its_point_to_another_commune_and_goes_with_it(api, prg):
    lon, lat = prg.place("olsztyn", 404)
    pid, aid = str(uuid.uuid4()), str(uuid.uuid4())
    _, r = changeset(api, [create_op(lon, lat, pid), area_op(lon, lat, pid, aid)], user="coord")
    assert r.status_code == 200, r.text
    before = api.get(f"/collections/service_areas/items/{aid}", "admin").json()["properties"]
    assert before["teryt"] == "2862011"
    point_doc = api.get(f"{ITEMS}/{pid}", "admin")
    lon2, lat2 = prg.place("dywity", 404)
    moved = api.merge_patch(pid, {"geometry": point(lon2, lat2)}, point_doc.headers["ETag"], user="coord")
    assert moved.status_code == 200, moved.text
    after = api.get(f"/collections/service_areas/items/{aid}", "admin").json()["properties"]
    assert after["teryt"] == prg.commune_at(lon2, lat2) == "2814042"
    assert after["version"] > before["version"]
    hist = api.get(f"/collections/service_areas/items/{aid}/history", "admin").json()["history"]
    assert hist[-1]["user"] == "coord"
    assert {c["field"]: [c["old"], c["new"]] for c in hist[-1]["changes"]} == {"teryt": ["2862011", "2814042"]}
    # the new commune's editor may edit it now, the old one may not
    sa_tag = api.get(f"/collections/service_areas/items/{aid}", "admin").headers["ETag"]
    r = api.patch(f"/collections/service_areas/items/{aid}", "ed_olsztyn", json={"properties": {"kind": "buffer"}},
                  headers={"Content-Type": "application/merge-patch+json", "If-Match": sa_tag})
    assert_problem(r, 403)
    r = api.patch(f"/collections/service_areas/items/{aid}", "ed_powiat", data=json.dumps(
        {"properties": {"kind": "buffer"}}), headers={"Content-Type": "application/merge-patch+json",
                                                       "If-Match": sa_tag})
    assert r.status_code == 200, r.text
    # deleting the point deletes its area in the same transaction
    cursor = api.cursor()
    tag = api.get(f"{ITEMS}/{pid}", "admin").headers["ETag"]
    assert api.delete(f"{ITEMS}/{pid}", "ed_powiat", headers={"If-Match": tag}).status_code == 204
    assert api.get(f"/collections/service_areas/items/{aid}", "admin").status_code == 404
    tombs = {c["id"]: c for c in api.changes(cursor, collection="service_areas")["changes"]}
    assert tombs[aid]["deleted"] is True


def test_deleting_a_point_and_its_area_in_one_changeset(api, prg):
    lon, lat = prg.place("olsztyn", 405)
    pid, aid = str(uuid.uuid4()), str(uuid.uuid4())
    _, r = changeset(api, [create_op(lon, lat, pid), area_op(lon, lat, pid, aid)])
    versions = {x["id"]: x["version"] for x in r.json()["results"]}
    _, r = changeset(api, [{"op": "delete", "collection": "aid_points", "id": pid, "base_version": versions[pid]},
                           {"op": "delete", "collection": "service_areas", "id": aid, "base_version": versions[aid]}])
    assert r.status_code == 200, r.text
    assert [x["outcome"] for x in r.json()["results"]] == ["applied", "applied"]
    hist = api.get(f"/collections/service_areas/items/{aid}/history", "admin").json()["history"]
    assert [h["op"] for h in hist] == ["create", "delete"]


# -- 8. 4xx, not 500 or 503 -----------------------------------------------------------------------------------


def test_a_401_digit_coordinate_is_a_422(api):
    big = "1" * 401
    body = ('{"type":"Feature","geometry":{"type":"Point","coordinates":[' + big + ',53.7]},'
            '"properties":{"name":"x","help_types":["legal"]}}')
    assert_problem(api.post(ITEMS, "admin", data=body, headers={"Content-Type": "application/geo+json"}),
                   422, "coordinates")


@pytest.mark.parametrize("base", [2**63, 2**64 + 5, -1])
def test_a_base_version_beyond_64_bits_is_a_422(api, prg, base):
    created = api.create(*prg.place("olsztyn", 406))
    _, r = changeset(api, [{"op": "update", "collection": "aid_points", "id": created["id"], "base_version": base,
                            "properties": {"phone": "+48 89 406 00 01"}}])
    assert_problem(r, 422, "base_version")


def test_a_thousand_filter_codes_are_an_answer(api):
    codes = ",".join(f"code{i}" for i in range(1500)) + ",legal"
    for param in ("help_type", "form", "language", "target_group", "status"):
        r = api.get(ITEMS, params={param: codes, "limit": 1})
        assert r.status_code == 200, r.text
    legal = api.get(ITEMS, params={"help_type": "legal", "limit": 1}).json()["numberMatched"]
    assert api.get(ITEMS, params={"help_type": codes, "limit": 1}).json()["numberMatched"] == legal > 0
    assert api.get(ITEMS, params={"help_type": "%,_", "limit": 1}).json()["numberMatched"] == 0


def test_one_uuid_is_one_feature_whatever_its_spelling(api, prg):
    lon, lat = prg.place("olsztyn", 407)
    fid = str(uuid.uuid4())
    for spelling in (fid.upper(), "{" + fid + "}", "urn:uuid:" + fid, fid.replace("-", "")):
        assert_problem(api.post(ITEMS, "admin", json=feature(lon, lat, spelling)), 422, fid)
        _, r = changeset(api, [create_op(lon, lat, spelling)])
        assert_problem(r, 422, fid)
    created = api.post(ITEMS, "admin", json=feature(lon, lat, fid))
    assert created.status_code == 201, created.text
    for spelling in (fid.upper(), "{" + fid + "}", "urn:uuid:" + fid, fid.replace("-", "")):
        got = api.get(f"{ITEMS}/{spelling}", "viewer")
        assert got.status_code == 200 and got.json()["id"] == fid, spelling
        assert api.get(f"{ITEMS}/{spelling}/history", "viewer").json()["id"] == fid
    version = created.json()["properties"]["version"]
    _, r = changeset(api, [{"op": "update", "collection": "aid_points", "id": "{" + fid.upper() + "}",
                            "base_version": version, "properties": {"phone": "+48 89 407 00 01"}}])
    assert r.status_code == 200, r.text
    assert api.get(f"{ITEMS}/{fid}", "viewer").json()["properties"]["phone"] == "+48 89 407 00 01"


# -- 9. slow bodies and headers, rate limits, public URL, bbox cost -----------------------------------------


def _connect(server) -> socket.socket:  # type: ignore[no-untyped-def]
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=15)
    return sock


def _read_all(sock: socket.socket) -> bytes:
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            break
        if not chunk:
            break
        data += chunk
    return data


@pytest.fixture(scope="module")
def strict(store):  # type: ignore[no-untyped-def]
    """Another server on the same database with short timeouts, low rate limits and a public URL."""
    server = store.spawn(extra_args=["--body-timeout", "1", "--header-timeout", "1", "--read-limit", "5/minute",
                                     "--write-limit", "3/minute", "--public-url", "https://pomoc.example.org/store"])
    server.start()
    yield server
    server.stop()


def test_a_slow_body_times_out_with_408(strict):
    sock = _connect(strict)
    t0 = time.monotonic()
    sock.sendall(f"POST /changesets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {strict.token('admin')}\r\n"
                 "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\": ".encode())
    for _ in range(10):  # a byte now and then, never the whole body
        time.sleep(0.3)
        try:
            sock.sendall(b" ")
        except OSError:
            break
    reply = _read_all(sock)
    sock.close()
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert PROBLEM.encode() in reply and b"did not arrive" in reply
    assert time.monotonic() - t0 < 8


def test_slow_headers_time_out_with_408(strict):
    sock = _connect(strict)
    t0 = time.monotonic()
    sock.sendall(b"GET /collections HTTP/1.1\r\nHost: x\r\n")
    for _ in range(10):  # a header byte now and then (which resets uvicorn's keep-alive timer)
        time.sleep(0.3)
        try:
            sock.sendall(b"X")
        except OSError:
            break
    reply = _read_all(sock)
    sock.close()
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert PROBLEM.encode() in reply
    assert time.monotonic() - t0 < 8
    # an idle connection that never sends a request is closed too
    sock = _connect(strict)
    assert _read_all(sock).startswith(b"HTTP/1.1 408")
    sock.close()


def test_rate_limits_answer_429_with_retry_after(api, strict, prg):
    import requests

    s = requests.Session()
    statuses = [s.get(strict.url + "/collections/aid_points/items?limit=1", timeout=30).status_code
                for _ in range(7)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
    r = s.get(strict.url + "/collections/aid_points/items?limit=1", timeout=30)
    assert_problem(r, 429, "wait", "token")
    assert int(r.headers["Retry-After"]) >= 1
    # with a token, reads are not limited per address
    assert all(s.get(strict.url + "/collections/aid_points/items?limit=1", headers=strict.auth("viewer"),
                     timeout=30).status_code == 200 for _ in range(7))
    # writes: per user
    ops = lambda: [create_op(*prg.place("olsztyn", 408))]  # noqa: E731
    codes = [s.post(strict.url + "/changesets", json={"id": str(uuid.uuid4()), "operations": ops()},
                    headers=strict.auth("coord"), timeout=30).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    other = s.post(strict.url + "/changesets", json={"id": str(uuid.uuid4()), "operations": ops()},
                   headers=strict.auth("ed_olsztyn"), timeout=30)
    assert other.status_code == 200, other.text
    s.close()


def test_links_use_the_configured_public_url_not_the_host_header(strict):
    import requests

    headers = {**strict.auth("viewer"), "Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    base = "https://pomoc.example.org/store"
    landing = requests.get(strict.url + "/", headers=headers, timeout=30).json()
    assert all(link["href"].startswith(base + "/") for link in landing["links"])
    cols = requests.get(strict.url + "/collections", headers=headers, timeout=30).json()
    hrefs = [lk["href"] for c in cols["collections"] for lk in c["links"]] + [lk["href"] for lk in cols["links"]]
    assert hrefs and all(h.startswith(base + "/") for h in hrefs)
    page = requests.get(strict.url + "/collections/aid_points/items?limit=2", headers=headers, timeout=30).json()
    assert {lk["rel"] for lk in page["links"]} >= {"self", "next"}
    assert all(lk["href"].startswith(base + "/collections/aid_points/items?") for lk in page["links"])
    assert "evil" not in json.dumps(page["links"])


def test_a_bbox_over_large_service_areas_is_cheap(api, prg):
    """Forty travel-time-like areas of 8,000 vertices each, whose bounds a bbox crosses: parsed once,
    not per request (it cost about a second of CPU per anonymous request)."""
    import math

    lon, lat = prg.place("olsztyn", 409)
    pid = api.create(lon, lat)["id"]
    ops = []
    for k in range(40):
        n, r0 = 8000, 0.02 + k * 0.0005
        ring = [[round(lon + r0 * math.cos(2 * math.pi * i / n), 7), round(lat + r0 * math.sin(2 * math.pi * i / n), 7)]
                for i in range(n)]
        ring.append(ring[0])
        ops.append({"op": "create", "collection": "service_areas", "id": str(uuid.uuid4()),
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                    "properties": {"aid_point_id": pid, "kind": "network"}})
    for i in range(0, len(ops), 10):
        _, r = changeset(api, ops[i:i + 10])
        assert r.status_code == 200, r.text[:300]
    inner = f"{lon - 0.01},{lat - 0.01},{lon + 0.01},{lat + 0.01}"  # inside every area
    edge = f"{lon + 0.015},{lat - 0.001},{lon + 0.05},{lat + 0.001}"  # across every area's boundary
    outer = f"{lon - 0.1},{lat - 0.1},{lon + 0.1},{lat + 0.1}"  # around every area
    for box in (inner, edge, outer):
        api.get("/collections/service_areas/items", params={"bbox": box, "limit": 1})  # the first may parse
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            r = api.get("/collections/service_areas/items", params={"bbox": box, "limit": 1})
            times.append(time.perf_counter() - t0)
            assert r.status_code == 200
        assert r.json()["numberMatched"] >= 40
        assert statistics.median(times) < 0.25, times
