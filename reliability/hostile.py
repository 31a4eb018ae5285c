"""Hostile input: nothing a client sends makes the store fail, leak, or write where it must not.

- `fuzz`: schemathesis generates requests from the store's own OpenAPI document (`/api`), valid and
  invalid ones, for every operation, with the credentials of every role and bad ones. The document
  does not describe the request bodies (the store reads them itself), so the fuzzer is given body
  schemas for features, merge patches and changesets. Every answer must be below 500, and every error an
  RFC 9457 `application/problem+json` with the status and a detail.
- `catalogue`: hand-written bad requests: oversized and deeply nested bodies, SQL and CQL injection
  strings in every parameter (path, query, header, body), invalid, expired and revoked tokens, path
  tricks, wrong content types, huge limits. Each has an expected status; the store's tables are the same
  afterwards (no injected statement ran, no wildcard matched everything, no request took suspiciously long).
- `authorization`: every role x every write (Part 4 POST/PUT/PATCH/DELETE and changeset create/update/
  move/delete, for aid points and service areas) x places inside and outside the role's area, including
  moves across a commune border and deletes of points other users made. The expected answer is worked
  out from the roles and the PRG file, not asked from the store; the store's state is checked after each.
- `privacy`: every way to read a staff_only, approximate or deleted point for readers outside its area
  (leaks.py); a reply holding anything private is a *private leak*, counted on the summary line.
"""

from __future__ import annotations

import copy as copying
import gzip
import http.client
import json
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from . import leaks
from .common import Areas, StoreEnv, audit, covers, is_problem, log

GEOJSON = "application/geo+json"
MERGE = "application/merge-patch+json"

# -- request bodies for the fuzzer ------------------------------------------------------------------------------------

_POINT = {"type": "object", "properties": {"type": {"enum": ["Point"]}, "coordinates": {
    "type": "array", "items": {"type": "number", "minimum": 14, "maximum": 24.2}, "minItems": 2, "maxItems": 2}},
    "required": ["type", "coordinates"]}
_PROPS = {"type": "object", "properties": {
    "name": {"type": "string"}, "help_types": {"type": "array", "items": {"enum": ["legal", "food", "medical", "x"]}},
    "phone": {"type": "string"}, "email": {"type": "string"}, "status": {"type": "string"},
    "opening_hours": {"type": "string"}, "verified_at": {"type": "string"}, "teryt": {"type": "string"},
    "aid_point_id": {"type": "string"}, "kind": {"type": "string"}, "params": {"type": "object"}}}
_FEATURE = {"type": "object", "properties": {"type": {"enum": ["Feature"]}, "id": {"type": "string"},
                                             "geometry": _POINT, "properties": _PROPS},
            "required": ["type", "geometry", "properties"]}
_PATCH = {"type": "object", "properties": {"properties": _PROPS, "geometry": _POINT}}
_CHANGESET = {"type": "object", "properties": {
    "id": {"type": "string", "format": "uuid"},
    "operations": {"type": "array", "maxItems": 5, "items": {"type": "object", "properties": {
        "op": {"enum": ["create", "update", "delete", "merge"]},
        "collection": {"enum": ["aid_points", "service_areas", "gminy"]},
        "id": {"type": "string"}, "base_version": {"type": "integer"},
        "properties": _PROPS, "geometry": _POINT}}}},
    "required": ["id", "operations"]}
BODIES = {("/collections/{c}/items", "post"): (GEOJSON, _FEATURE),
          ("/collections/{c}/items/{fid}", "put"): (GEOJSON, _FEATURE),
          ("/collections/{c}/items/{fid}", "patch"): (MERGE, _PATCH),
          ("/changesets", "post"): ("application/json", _CHANGESET)}


@dataclass
class Findings:
    """What one part of the hostile input found."""

    name: str
    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    not_problem: list[str] = field(default_factory=list)  # an error without problem+json
    wrong: list[str] = field(default_factory=list)  # not the expected answer
    unauthorized: list[str] = field(default_factory=list)  # a write that must have been refused
    leaks: list[str] = field(default_factory=list)  # a reply holding something private its reader may not see
    note: str = ""

    def failures(self) -> list[str]:
        out = []
        for label, items in (("server errors", self.server_errors), ("errors not problem+json", self.not_problem),
                             ("unexpected answers", self.wrong), ("unauthorized writes", self.unauthorized),
                             ("private leaks", self.leaks)):
            if items:
                out.append(f"{self.name}: {len(items)} {label}: " + "; ".join(items[:4]))
        return out

    def line(self) -> str:
        top = ", ".join(f"{n}×{s}" for s, n in sorted(self.statuses.items()))
        state = "ok" if not self.failures() else "FAILED"
        return (f"  {self.name}: {state} — {self.requests} requests ({top}); {len(self.server_errors)} 5xx, "
                f"{len(self.not_problem)} errors without problem+json, {len(self.wrong)} unexpected, "
                f"{len(self.leaks)} private leaks" + (f"; {self.note}" if self.note else ""))

    def saw(self, what: str, status: int, content_type: str, body: bytes | str, expect: Any = None) -> None:
        self.requests += 1
        self.statuses[status] += 1
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        if status >= 500:
            self.server_errors.append(f"{what} -> {status} {text[:200]}")
        elif status >= 400 and not _problem_text(status, content_type, text):
            self.not_problem.append(f"{what} -> {status} {content_type} {text[:120]!r}")
        if expect is not None and status not in (expect if isinstance(expect, (tuple, set, list, range)) else (expect,)):
            self.wrong.append(f"{what} -> {status}, expected {expect}: {text[:160]}")


def _problem_text(status: int, content_type: str, text: str) -> bool:
    if not content_type.startswith("application/problem+json"):
        return False
    try:
        body = json.loads(text)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == status and bool(body.get("detail"))


def _bound(check: Any, mode: str) -> Any:
    def test(case: Any) -> None:
        check(case, mode)
    return test


def _spec_with_bodies(env: StoreEnv, ids: dict[str, list[str]]) -> dict[str, Any]:
    """The store's OpenAPI document, with request bodies, the collections, some existing feature ids and
    If-Match filled in, so that generated requests get past routing into validation, scope and storage."""
    spec = copying.deepcopy(requests.get(env.url + "/api", timeout=30).json())
    every_id = [i for group in ids.values() for i in group]
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for param in op.get("parameters", []):
                if param["name"] == "c" and param["in"] == "path":
                    param["schema"] = {"enum": ["aid_points", "service_areas", "gminy", "powiaty", "wojewodztwa"]}
                if param["name"] == "fid" and param["in"] == "path":
                    param["schema"] = {"enum": every_id + ["2862011", str(uuid.uuid4())]}
            if method in ("put", "patch", "delete"):
                op.setdefault("parameters", []).append(
                    {"name": "If-Match", "in": "header", "required": False,
                     "schema": {"enum": ["*", '"1"', '"999999"', 'W/"1"']}})
            if (path, method) in BODIES:
                media, schema = BODIES[(path, method)]
                op["requestBody"] = {"required": True, "content": {media: {"schema": schema}}}
    spec["servers"] = [{"url": env.url}]
    return spec


# -- schemathesis -------------------------------------------------------------------------------------------------------


def fuzz(env: StoreEnv, max_examples: int = 150, seed: int = 1) -> Findings:
    """About `max_examples` generated requests over every operation, positive and negative, every role."""
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis.generation import GenerationMode

    found = Findings("schemathesis fuzzing of the OpenAPI")
    # a few features for the generated requests to read, change and delete
    ids: dict[str, list[str]] = {"aid_points": [], "service_areas": []}
    ops = [_create_op("aid_points", str(uuid.uuid4()), 20.47 + i * 0.003, 53.77) for i in range(6)]
    ops.append(_create_op("service_areas", str(uuid.uuid4()), 20.47, 53.77, ops[0]["id"]))
    r = requests.post(env.url + "/changesets", json={"id": str(uuid.uuid4()), "operations": ops},
                      headers=env.auth("admin"), timeout=60)
    r.raise_for_status()
    for op in ops:
        ids[op["collection"]].append(op["id"])
    schema = schemathesis.openapi.from_dict(_spec_with_bodies(env, ids))
    operations = [r.ok() for r in schema.get_all_operations()]
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    credentials = [env.auth("admin"), env.auth("f_editor"), env.auth("viewer"), {},
                   {"Authorization": "Bearer mp_" + "x" * 43}]
    counter = iter(range(10**9))
    session = requests.Session()

    def check(case: Any, mode: str) -> None:
        headers = credentials[next(counter) % len(credentials)]
        what = f"{case.method} {case.formatted_path} ({mode})"
        try:
            resp = case.call(base_url=env.url, session=session, headers=headers, timeout=30)
        except Exception as exc:  # the connection itself failed: the store crashed or hung up
            found.server_errors.append(f"{what}: {type(exc).__name__}: {str(exc)[:160]}")
            return
        ctype = (resp.headers.get("content-type") or [""])[0]
        found.saw(what, resp.status_code, ctype, resp.content)

    skipped = 0
    slots = len(operations) * len(modes)
    for k, (op, mode) in enumerate((op, mode) for op in operations for mode in modes):
        # spread what is left of the budget over what is left to fuzz (hypothesis skips duplicates)
        per = max(1, -(-(max_examples - found.requests) // (slots - k)))
        test = given(case=op.as_strategy(generation_mode=mode))(_bound(check, mode.value))
        test = settings(max_examples=per, deadline=None, database=None, derandomize=True,
                        phases=[Phase.generate], suppress_health_check=list(HealthCheck))(test)
        try:
            test()
        except Unsatisfiable:  # nothing invalid to send (an operation without parameters or body)
            skipped += 1
    session.close()
    found.note = (f"{len(operations)} operations x valid and invalid requests "
                  f"({skipped} without anything invalid to send), credentials of every role and bad ones")
    return found


# -- the catalogue of bad requests ---------------------------------------------------------------------------------------

SQL = ["' OR '1'='1", "1; DROP TABLE features; --", "\" OR 1=1 --", "') UNION SELECT token_hash, name FROM users --",
       "%' OR 1=1 --", "\\'; DELETE FROM history; --", "1 OR 1=1", "'||pg_sleep(3)||'", "1) OR pg_sleep(3)--",
       "$1", "%", "_", "\\", "'; UPDATE users SET role='admin'; --", "\x00", "' AND 1=CAST((SELECT version()) AS int)--"]
CQL = ["name = 'x' OR 1=1", "INTERSECTS(geometry, POLYGON((14 49, 24 49, 24 55, 14 49)))",
       "S_INTERSECTS(geom, BBOX(0,0,90,90))", "help_types LIKE '%'", "teryt IN ('28') OR TRUE", "1=1) OR (1=1",
       "\"properties\".\"name\" IS NOT NULL"]
ODD = ["Zażółć gęślą jaźń", "\u202egnp.exe", "🙂" * 50, "A" * 5000, "../../etc/passwd", "%00", "%2e%2e%2f",
       "${jndi:ldap://x}", "{{7*7}}", "<script>alert(1)</script>", "-1", "1e309", "NaN", "999999999999999999999999"]
INJECTIONS = SQL + CQL + ODD
QUERY = {"/collections/aid_points/items": ("limit", "offset", "bbox", "help_type", "form", "language",
                                           "target_group", "status", "teryt", "aid_point_id", "filter", "filter-lang",
                                           "sortby", "datetime", "crs", "f"),
         "/collections/gminy/items": ("limit", "offset", "bbox", "teryt"),
         "/collections/aid_points/changes": ("since", "limit"),
         "/collections/service_areas/items": ("aid_point_id", "teryt", "bbox")}
PATHS = ("/collections/{v}", "/collections/{v}/items", "/collections/aid_points/items/{v}",
         "/collections/aid_points/items/{v}/history", "/collections/{v}/changes", "/collections/{v}/snapshot",
         "/collections/gminy/items/{v}")


def _raw(env: StoreEnv, method: str, target: str, headers: dict[str, str] | None = None,
         body: bytes | Iterator[bytes] | None = None) -> tuple[int, str, bytes]:
    """One request exactly as written (no normalisation of the path by a client library)."""
    parts = urlsplit(env.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.putrequest(method, target, skip_accept_encoding=True)
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        if body is not None and not isinstance(body, (bytes, bytearray)):
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            for chunk in body:
                conn.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            conn.send(b"0\r\n\r\n")
        else:
            if body is not None and "Content-Length" not in (headers or {}):
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, resp.getheader("content-type") or "", resp.read()
    except (ConnectionError, http.client.HTTPException) as exc:
        return 0, "", f"connection closed: {type(exc).__name__}".encode()
    finally:
        conn.close()


def _snapshot(env: StoreEnv) -> dict[str, Any]:
    """What must not change: the users, the tables, the number of features, history entries, the version."""
    return {"users": env.sql("SELECT name, role, scope, token_hash, expires_at, revoked_at FROM users ORDER BY name"),
            "tables": env.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"),
            "features": env.sql("SELECT count(*) FROM features")[0][0],
            "history": env.sql("SELECT count(*) FROM history")[0][0],
            "version": env.sql("SELECT value FROM counter")[0][0]}


def catalogue(env: StoreEnv, areas: Areas) -> Findings:
    found = Findings("bad-request catalogue")
    s = requests.Session()
    admin = env.auth("admin")
    editor = env.auth("f_editor")
    point = [20.4801, 53.7784]  # Olsztyn
    created = s.post(env.url + "/collections/aid_points/items", headers={**admin, "Content-Type": GEOJSON},
                     data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                                      "properties": {"name": "Cel", "help_types": ["legal"]}}), timeout=30)
    target, tag = created.json()["id"], created.headers["ETag"]
    before = _snapshot(env)
    slow: list[str] = []

    created_on_purpose = []

    def go(what: str, method: str, path: str, expect: Any = None, **kw: Any) -> requests.Response | None:
        t0 = time.monotonic()
        try:
            r = s.request(method, env.url + path, timeout=60, **kw)
        except requests.RequestException as exc:
            found.server_errors.append(f"{what}: {type(exc).__name__}: {str(exc)[:120]}")
            return None
        took = time.monotonic() - t0
        if took > 2.5:
            slow.append(f"{what}: {took:.1f} s")
        found.saw(what, r.status_code, r.headers.get("content-type", ""), r.content, expect)
        if method == "POST" and path.endswith("/items") and r.status_code == 201:
            created_on_purpose.append(r.json()["id"])
        return r

    def raw(what: str, method: str, target_: str, expect: Any = None, **kw: Any) -> None:
        status, ctype, body = _raw(env, method, target_, **kw)
        if status == 0:  # the HTTP server hung up: refused, but not with an answer; only the store's own count
            found.requests += 1
            found.statuses[0] += 1
            if expect is not None and 0 not in expect:
                found.wrong.append(f"{what}: {body.decode()}")
            return
        found.saw(what, status, ctype, body, expect)

    # 1. oversized bodies
    big = b'{"id": "' + str(uuid.uuid4()).encode() + b'", "operations": [' + b'{"op": "create"},' * 700_000 + b"{}]}"
    go("11 MB changeset", "POST", "/changesets", 413, data=big, headers={**admin, "Content-Type": "application/json"})
    raw("11 MB changeset, chunked", "POST", "/changesets", (413,),
        headers={**admin, "Content-Type": "application/json"}, body=(big[i:i + 65536] for i in range(0, len(big), 65536)))
    go("11 MB feature", "POST", "/collections/aid_points/items", 413, headers={**admin, "Content-Type": GEOJSON},
       data=b'{"type": "Feature", "properties": {"name": "' + b"x" * (11 << 20) + b'"}}')
    raw("Content-Length says 20 GB", "POST", "/changesets", (413,), body=b"{}",
        headers={**admin, "Content-Type": "application/json", "Content-Length": str(20 << 30)})
    ops = [{"op": "delete", "collection": "aid_points", "id": str(uuid.uuid4()), "base_version": 1}] * 10_001
    go("10,001 operations", "POST", "/changesets", 413, json={"id": str(uuid.uuid4()), "operations": ops},
       headers=admin)
    go("a 1 MB name", "POST", "/collections/aid_points/items", 422, headers={**admin, "Content-Type": GEOJSON},
       data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                        "properties": {"name": "n" * (1 << 20), "help_types": ["legal"]}}))
    go("100,000 unknown properties", "POST", "/collections/aid_points/items", 422,
       headers={**admin, "Content-Type": GEOJSON},
       data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                        "properties": {f"k{i}": i for i in range(100_000)}}))
    go("a point with 1,000,000 coordinates", "POST", "/collections/aid_points/items", (400, 422),
       headers={**admin, "Content-Type": GEOJSON},
       data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": [20.0] * 1_000_000},
                        "properties": {"name": "x", "help_types": ["legal"]}}))

    # 2. deep JSON
    for name, body in (("100,000 nested arrays", b"[" * 100_000 + b"]" * 100_000),
                       ("50,000 nested objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000)):
        go(name, "POST", "/changesets", 400, data=body, headers={**admin, "Content-Type": "application/json"})
        go(name + " as a feature", "POST", "/collections/aid_points/items", 400, data=body,
           headers={**admin, "Content-Type": GEOJSON})
    go("3,000 levels inside a property", "POST", "/changesets", (400, 422),
       data=b'{"id": "' + str(uuid.uuid4()).encode() + b'", "operations": [{"op": "create", "collection": '
                                                       b'"service_areas", "properties": {"params": '
            + b'{"a":' * 3000 + b"1" + b"}" * 3000 + b"}}]}",
       headers={**admin, "Content-Type": "application/json"})

    # 3. injection strings in every query and path parameter
    counts = {}
    for path, params in QUERY.items():
        for param in params:
            for value in INJECTIONS:
                params = {param: value} if param == "limit" else {"limit": 1, param: value}
                r = go(f"GET {path}?{param}={value[:30]!r}", "GET", path, None, params=params, headers=admin)
                if r is not None and r.status_code == 200 and "items" in path and param in (
                        "help_type", "form", "language", "target_group", "status", "aid_point_id"):
                    counts[(path, param, value)] = r.json()["numberMatched"]
    # a wildcard or an OR in a filter value must match nothing, not everything
    everything = [k for k, n in counts.items() if n > 0]
    found.wrong += [f"GET {p}?{k}={v!r} matched {counts[(p, k, v)]} features" for p, k, v in everything]
    for template in PATHS:
        for value in INJECTIONS:
            go(f"GET {template.format(v=value[:30])!r}", "GET", template.format(v=quote(value, safe="")),
               range(200, 500), headers=admin)
    for value in SQL + CQL:  # in the changeset: id, op, collection, feature id, base version, field names
        go(f"changeset id {value!r}", "POST", "/changesets", 400, json={"id": value, "operations": [{}]},
           headers=admin)
        for key in ("op", "collection", "id", "base_version"):
            op = {"op": "update", "collection": "aid_points", "id": target, "base_version": 1,
                  "properties": {"phone": "+48 89 000 00 00"}, key: value}
            go(f"changeset operation {key}={value!r}", "POST", "/changesets",
               (400,) if "\x00" in value else (403, 409, 422),
               json={"id": str(uuid.uuid4()), "operations": [op]}, headers=admin)
        go(f"field name {value!r}", "POST", "/changesets", 400 if "\x00" in value else 422, headers=admin,
           json={"id": str(uuid.uuid4()), "operations": [
               {"op": "create", "collection": "aid_points", "geometry": {"type": "Point", "coordinates": point},
                "properties": {"name": "x", "help_types": ["legal"], value: 1}}]})
    for where_, body in (("a value", {"name": "a\x00b", "help_types": ["legal"]}),
                         ("a field name", {"name": "x", "help_types": ["legal"], "a\x00": 1})):
        go(f"NUL in {where_}", "POST", "/collections/aid_points/items", 400, headers={**admin, "Content-Type": GEOJSON},
           data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point}, "properties": body}))
    # ... and as values they are just text, stored and returned as sent
    for value in SQL + CQL:
        if "\x00" in value:
            continue
        r = go(f"name {value!r}", "POST", "/collections/aid_points/items", 201,
               headers={**admin, "Content-Type": GEOJSON},
               data=json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                                "properties": {"name": value, "help_types": ["legal"], "description": value}}))
        if r is not None and r.status_code == 201:
            back = s.get(r.headers["Location"], headers=admin, timeout=30).json()["properties"]
            if back["name"] != value or back["description"] != value:
                found.wrong.append(f"{value!r} came back as {back['name']!r}")
    for value in ("If-Match", "If-None-Match"):
        go(f"{value} with injection", "PATCH", f"/collections/aid_points/items/{target}", 412,
           headers={**admin, "Content-Type": MERGE, value: "\"1' OR '1'='1\"", "If-Match": "\"1' OR '1'='1\""},
           data=b'{"properties": {"phone": "+48 89 000 00 01"}}')
        go(f"{value}: 1,000 tags", "GET", f"/collections/aid_points/items/{target}", (200, 304),
           headers={**admin, value: ", ".join(f'"{i}"' for i in range(1000))})

    # 4. tokens
    tokens = {"garbage": "Bearer garbage", "empty bearer": "Bearer ", "bearer, 8 KB": "Bearer " + "A" * 8000,
              "basic, bad base64": "Basic !!!", "basic, no colon": "Basic " + "YWRtaW4=",
              "basic, another user's name": "Basic " + _b64(f"viewer:{env.token('admin')}"),
              "token with a suffix": f"Bearer {env.token('admin')}x", "token prefix": f"Bearer {env.token('admin')[:20]}",
              "scheme Token": f"Token {env.token('admin')}", "injection": "Bearer ' OR 1=1 --",
              "another scheme": "Digest username=\"admin\""}
    for label, header in tokens.items():
        for method, path, body in (("GET", "/me", None), ("POST", "/changesets", b"{}"),
                                   ("DELETE", f"/collections/aid_points/items/{target}", None)):
            r = go(f"{label}: {method} {path}", method, path, 401, data=body,
                   headers={"Authorization": header, "Content-Type": "application/json", "If-Match": tag})
            if r is not None and r.status_code == 401 and "bearer" not in r.headers.get("www-authenticate", "").lower():
                found.wrong.append(f"{label}: 401 without WWW-Authenticate")
    raw("a token in Latin-1 bytes", "GET", "/me", (401,), headers={"Authorization": "Bearer \xe9\xe8"})
    # through the operator's CLI: an admin whose token expired yesterday, one whose token was revoked
    expired = env.database.cli("user", "add", "expired", "--role", "admin", "--expires-days=-1")
    env.database.tokens["expired"] = expired.stdout.strip().splitlines()[-1]
    env.database.add_user("revoked", "admin")
    env.database.revoke("revoked")
    for who in ("expired", "revoked"):
        h = env.auth(who)
        for method, path, kw in (
                ("GET", "/me", {}),
                ("GET", "/collections/aid_points/items", {}),
                ("POST", "/changesets", {"json": {"id": str(uuid.uuid4()), "operations": [
                    {"op": "delete", "collection": "aid_points", "id": target, "base_version": 1}]}}),
                ("PATCH", f"/collections/aid_points/items/{target}", {"data": b'{"properties": {"phone": "+48 1 2"}}',
                                                                      "headers": {**h, "If-Match": tag,
                                                                                  "Content-Type": MERGE}}),
                ("DELETE", f"/collections/aid_points/items/{target}", {"headers": {**h, "If-Match": tag}})):
            r = go(f"{who} token: {method} {path}", method, path, 401, **{"headers": h, **kw})
            if r is not None and who not in r.text:
                found.wrong.append(f"{who} token: the 401 does not say the token is {who}")

    # 5. path tricks (sent exactly as written)
    for trick in ("/collections/..%2f..%2fetc%2fpasswd/items", "/collections/aid_points/items/..%2F..%2Fusers",
                  "/collections/aid_points/items/%00", "//collections", "/collections/aid_points/items/../../../api",
                  "/collections/aid_points%00/items", "/collections/AID_POINTS/items", "/%2e%2e/%2e%2e/etc/passwd",
                  "/collections/aid_points/snapshot/../../../../etc/passwd", "/api/../../etc/passwd",
                  "/collections/aid_points/items/" + "a" * 7000, "/collections/aid_points/items?limit=1&limit=abc",
                  "/collections/%ff%fe/items", "/collections/aid_points/items/%C0%AE%C0%AE%2F",
                  "/collections/aid_points/items/" + target + "/history/../../" + target,
                  "http://evil.example/collections", "*"):
        status, ctype, body = _raw(env, "GET", trick, {**admin})
        if b"root:" in body or b"token_hash" in body:
            found.wrong.append(f"{trick}: leaked a file or a table")
        if status == 0:
            found.requests += 1
            found.statuses[0] += 1
            continue
        found.saw(f"path {trick[:60]}", status, ctype, body, range(200, 500))
    for method in ("TRACE", "PUT", "CONNECT"):
        raw(f"{method} /collections", method, "/collections", range(400, 500), headers=admin)
    raw("OPTIONS /collections", "OPTIONS", "/collections", (204,), headers=admin)  # answers with Allow
    go("DELETE a boundary", "DELETE", "/collections/gminy/items/2862011", 405, headers={**admin, "If-Match": '"1"'})
    go("POST to a boundary layer", "POST", "/collections/gminy/items", 405, headers={**admin, "Content-Type": GEOJSON},
       data=b"{}")

    # 6. content types
    feature = json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                          "properties": {"name": "Typ treści", "help_types": ["legal"]}})
    for ctype in ("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                  "", "application/json-patch+json", "application/geo+json; charset=utf-8; x=\"", "*/*"):
        go(f"create as {ctype or 'no content type'!r}", "POST", "/collections/aid_points/items",
           (201, 415) if ctype.startswith("application/geo+json") else 415,
           headers={**admin, "Content-Type": ctype} if ctype else admin, data=feature.encode())
    go("merge patch sent as GeoJSON", "PATCH", f"/collections/aid_points/items/{target}", 415,
       headers={**admin, "Content-Type": GEOJSON, "If-Match": tag}, data=b'{"properties": {}}')
    go("changeset as form data", "POST", "/changesets", 415, headers=admin, data={"id": "x"})
    go("changeset in UTF-16", "POST", "/changesets", (400, 415, 422),
       headers={**admin, "Content-Type": "application/json; charset=utf-16"},
       data=json.dumps({"id": str(uuid.uuid4()), "operations": [{}]}).encode("utf-16"))
    go("gzip body without asking", "POST", "/changesets", 400,
       headers={**admin, "Content-Type": "application/json", "Content-Encoding": "gzip"},
       data=gzip.compress(json.dumps({"id": str(uuid.uuid4()), "operations": [{}]}).encode()))
    go("a JSON string", "POST", "/changesets", 400, headers={**admin, "Content-Type": "application/json"},
       data=b'"x"')
    go("empty body", "POST", "/changesets", 400, headers={**admin, "Content-Type": "application/json"}, data=b"")

    # 7. limits (OGC API Features: a limit above the maximum is clamped to it, not refused)
    for path, param, value, expect in (
            ("/collections/aid_points/items", "limit", 10**9, 200), ("/collections/aid_points/items", "limit", 10_000, 200),
            ("/collections/aid_points/items", "limit", -1, 400), ("/collections/aid_points/items", "limit", 0, 400),
            ("/collections/aid_points/items", "limit", "1e3", 400),
            ("/collections/aid_points/items", "limit", "99999999999999999999999999", 200),
            ("/collections/aid_points/items", "offset", 10**18, 400), ("/collections/aid_points/items", "offset", 10**9, 200),
            ("/collections/aid_points/changes", "since", 2**63, 400), ("/collections/aid_points/changes", "since", -5, 400),
            ("/collections/aid_points/changes", "since", 10**12, 200), ("/collections/aid_points/changes", "limit", 100_001, 400),
            ("/collections/gminy/items", "limit", 10**6, 200),
            ("/collections/aid_points/items", "bbox", "nan,nan,nan,nan", (200, 400)),
            ("/collections/aid_points/items", "bbox", "inf,-inf,inf,-inf", (200, 400)),
            ("/collections/aid_points/items", "bbox", "1e308,1e308,-1e308,-1e308", (200, 400)),
            ("/collections/service_areas/items", "bbox", "nan,0,1,1", (200, 400)),
            ("/collections/aid_points/items", "bbox", "1,2,3", 400), ("/collections/aid_points/items", "bbox", ",,,", 400)):
        go(f"{path}?{param}={value}", "GET", path, expect, params={param: value}, headers=editor)

    _numbers_ids_geometries(go, admin, target, point)

    after = _snapshot(env)
    # only the features this catalogue created on purpose changed the counts
    for key in ("users",):
        if key == "users":
            names_before = {r[0] for r in before["users"]}
            changed = [r for r in after["users"] if r[0] in names_before and r not in before["users"]]
            if changed:
                found.unauthorized.append(f"users changed: {changed}")
    if after["tables"] != before["tables"]:
        found.unauthorized.append(f"tables changed: {before['tables']} -> {after['tables']}")
    made, stored = after["features"] - before["features"], len(created_on_purpose)
    if made != stored or after["history"] - before["history"] != stored:
        found.unauthorized.append(f"{made} features and {after['history'] - before['history']} history entries "
                                  f"appeared; {stored} were created on purpose")
    found.wrong += [f"slow answer (an injected sleep?): {x}" for x in slow]
    s.close()
    found.note = f"{len(INJECTIONS)} injection strings, the database unchanged"
    return found


def _numbers_ids_geometries(go: Any, admin: dict[str, str], target: str, point: list[float]) -> None:
    """8. What once answered 500 or a false 503 (issue 15): huge numbers, UUID spellings, geometry members."""
    items = "/collections/aid_points/items"
    big = "1" * 401
    go("a 401-digit coordinate", "POST", items, 422, headers={**admin, "Content-Type": GEOJSON},
       data=('{"type":"Feature","geometry":{"type":"Point","coordinates":[' + big + ',53.7]},'
             '"properties":{"name":"x","help_types":["legal"]}}').encode())
    for base in (2**63, 2**70, -1):
        go(f"base_version {base}", "POST", "/changesets", 422, headers=admin, json={"id": str(uuid.uuid4()), "operations": [
            {"op": "update", "collection": "aid_points", "id": target, "base_version": base,
             "properties": {"phone": "+48 89 000 00 02"}}]})
    for param in ("help_type", "status", "language"):
        go(f"1,500 {param} codes", "GET", items, 200, headers=admin,
           params={param: ",".join(f"c{i}" for i in range(1500)), "limit": 1})
    new = str(uuid.uuid4())
    for spelling in ("{" + new + "}", "urn:uuid:" + new, new.upper(), new.replace("-", "")):
        go(f"create with the id {spelling}", "POST", "/changesets", 422, headers=admin, json={
            "id": str(uuid.uuid4()), "operations": [{"op": "create", "collection": "aid_points", "id": spelling,
                                                      "geometry": {"type": "Point", "coordinates": point},
                                                      "properties": {"name": "x", "help_types": ["legal"]}}]})
    for spelling in ("{" + target + "}", "urn:uuid:" + target, target.upper()):
        go(f"read {spelling}", "GET", f"{items}/{quote(spelling, safe='')}", 200, headers=admin)
    deep: Any = 1
    for _ in range(250):
        deep = [deep]
    for member, value in (("crs", {"type": "name", "properties": {"name": "EPSG:2180"}}), ("bbox", [0, 0, 1, 1]),
                          ("deep", deep), ("padding", "x" * 100_000)):
        go(f"a geometry with a {member} member", "POST", items, 422, headers={**admin, "Content-Type": GEOJSON},
           data=json.dumps({"type": "Feature", "properties": {"name": "x", "help_types": ["legal"]},
                            "geometry": {"type": "Point", "coordinates": point, member: value}}))


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


# -- authorization ---------------------------------------------------------------------------------------------------

PLACES = {"olsztyn": "2862011", "dywity": "2814042", "barczewo": "2814013", "elblag": "2861011",
          "zielona_gora": "0862011", "germany": None}
ROLES = {  # user: (role, scope)
    None: ("anonymous", []),
    "viewer": ("viewer", []),
    "a_city": ("editor", ["2862011"]),
    "a_county": ("editor", ["2814"]),
    "a_coord": ("coordinator", ["28"]),
    "admin": ("admin", []),
}
MOVES = (("olsztyn", "dywity"), ("dywity", "barczewo"), ("dywity", "olsztyn"), ("olsztyn", "elblag"),
         ("elblag", "zielona_gora"), ("olsztyn", "germany"))
SA_MOVES = (("olsztyn", "dywity"), ("dywity", "barczewo"), ("olsztyn", "elblag"), ("elblag", "zielona_gora"))
WRITE_PLACES = ("olsztyn", "dywity", "elblag", "zielona_gora", "germany")


def expected(user: str | None, action: str, collection: str, old: str | None, new: str | None) -> str:
    """'ok', 'unauthenticated', 'forbidden' or 'invalid', from the roles and the PRG file alone."""
    role, scope = ROLES[user]
    if action == "read":
        return "ok"
    if role == "anonymous":
        return "unauthenticated"
    if role == "viewer":
        return "forbidden"
    if action == "create":
        if old is None and role != "admin" and collection == "aid_points":
            return "invalid"
        return "ok" if covers(role, scope, old) else "forbidden"
    if not covers(role, scope, old):
        return "forbidden"
    if action == "move":
        if new is None and role != "admin" and collection == "aid_points":
            return "invalid"
        if not covers(role, scope, new):
            return "forbidden"
    return "ok"


STATUS = {"part4": {"ok": {"create": 201, "delete": 204}, "unauthenticated": 401, "forbidden": 403, "invalid": 422},
          "changeset": {"ok": 200, "unauthenticated": 401, "forbidden": 403, "invalid": 422}}


def authorization(env: StoreEnv, areas: Areas) -> Findings:
    found = Findings("authorization matrix")
    s = requests.Session()
    where = {name: _spot(areas, name) for name in PLACES}
    for name, code in PLACES.items():  # the places are where the matrix assumes (PRG, not the store)
        if areas.commune_at(*where[name]) != code:
            found.wrong.append(f"{name} is in {areas.commune_at(*where[name])}, not {code}")
    actions: list[tuple[str, str, str, str, str | None]] = [("part4", "read", "aid_points", "olsztyn", None)]
    for channel in ("part4", "changeset"):
        for place in WRITE_PLACES:
            actions.append((channel, "create", "aid_points", place, None))
            actions.append((channel, "update", "aid_points", place, None))
            if channel == "part4":
                actions.append(("part4-put", "update", "aid_points", place, None))
            actions.append((channel, "delete", "aid_points", place, None))
        for a, b in MOVES:
            actions.append((channel, "move", "aid_points", a, b))
        for place in ("olsztyn", "dywity", "elblag", "zielona_gora"):
            for action in ("create", "update", "delete"):
                actions.append((channel, action, "service_areas", place, None))
        for a, b in SA_MOVES:
            actions.append((channel, "move", "service_areas", a, b))

    # the targets: points and service areas made by another user (the owner is never the one acting)
    owners: dict[str, str] = {}
    cells = [(user, act) for user in ROLES for act in actions]
    ops, plan = [], []
    for user, (channel, action, collection, place, dest) in cells:
        n = zlib.crc32(f"{user}/{channel}/{action}/{collection}/{place}/{dest}".encode()) % 997
        lon, lat = _near(where[place], n)
        parent = target = None
        if collection == "service_areas" or action != "create":
            parent = str(uuid.uuid4())
            ops.append(_create_op("aid_points", parent, lon, lat))
        if collection == "service_areas" and action != "create":
            target = str(uuid.uuid4())
            ops.append(_create_op("service_areas", target, lon, lat, parent))
        elif collection == "aid_points" and action != "create":
            target = parent
        other_parent = None
        if collection == "service_areas" and action == "move":
            other_parent = str(uuid.uuid4())
            ops.append(_create_op("aid_points", other_parent, *_near(where[dest], n + 1)))
        plan.append((user, channel, action, collection, place, dest, n, parent, target, other_parent))
    # made by the admin (anywhere) in one changeset: for every editor these are other people's points
    for i in range(0, len(ops), 5000):
        r = s.post(env.url + "/changesets", headers=env.auth("admin"), timeout=300,
                   json={"id": str(uuid.uuid4()), "operations": ops[i:i + 5000]})
        if r.status_code != 200:
            found.wrong.append(f"setting up the targets: {r.status_code} {r.text[:300]}")
            return found
        for res in r.json()["results"]:
            owners[res["id"]] = res["feature"]["properties"]["version"]

    for user, channel, action, collection, place, dest, n, parent, target, other_parent in plan:
        old = PLACES[place]
        new = PLACES[dest] if dest else None
        want = expected(user, action, collection, old, new)
        label = f"{ROLES[user][0]} {user or ''} {channel} {action} {collection} {place}{'→' + dest if dest else ''}"
        headers = env.auth(user)
        fid = target or str(uuid.uuid4())
        lon, lat = _near(where[place], n)
        geom_new = {"type": "Point", "coordinates": list(_near(where[dest], n))} if dest else None
        before = s.get(f"{env.url}/collections/{collection}/items/{fid}", headers=env.auth("admin"), timeout=30)
        props_change = ({"phone": "+48 89 765 43 21"} if collection == "aid_points" else {"kind": "buffer"})
        if action == "move" and collection == "service_areas":
            props_change = {"aid_point_id": other_parent}
        body_geom = geom_new if (action == "move" and collection == "aid_points") else None
        version = owners.get(fid, 0)
        if action == "read":
            r = s.get(f"{env.url}/collections/{collection}/items/{fid}", headers=headers, timeout=30)
            found.saw(label, r.status_code, r.headers.get("content-type", ""), r.content, 200)
            continue
        if channel.startswith("part4"):
            url = f"{env.url}/collections/{collection}/items"
            if action == "create":
                feature = _create_op(collection, fid, lon, lat, parent)
                r = s.post(url, headers={**headers, "Content-Type": GEOJSON}, timeout=30,
                           data=json.dumps({"type": "Feature", "id": fid, "geometry": feature["geometry"],
                                            "properties": feature["properties"]}))
            elif action == "delete":
                r = s.delete(f"{url}/{fid}", headers={**headers, "If-Match": f'"{version}"'}, timeout=30)
            elif channel == "part4-put":
                current = before.json()
                props = {k: v for k, v in current["properties"].items()}
                props.update(props_change)
                r = s.put(f"{url}/{fid}", headers={**headers, "Content-Type": GEOJSON, "If-Match": f'"{version}"'},
                          data=json.dumps({"type": "Feature", "geometry": current["geometry"], "properties": props}),
                          timeout=30)
            else:
                patch: dict[str, Any] = {"properties": props_change} if not body_geom else {"geometry": body_geom}
                r = s.patch(f"{url}/{fid}", headers={**headers, "Content-Type": MERGE, "If-Match": f'"{version}"'},
                            data=json.dumps(patch), timeout=30)
            code = STATUS["part4"][want]
            if isinstance(code, dict):
                code = code.get(action, 200)
        else:
            if action == "create":
                op = _create_op(collection, fid, lon, lat, parent)
            elif action == "delete":
                op = {"op": "delete", "collection": collection, "id": fid, "base_version": version}
            else:
                op = {"op": "update", "collection": collection, "id": fid, "base_version": version,
                      "properties": {} if body_geom else props_change}
                if body_geom:
                    op["geometry"] = body_geom
            r = s.post(f"{env.url}/changesets", headers=headers, timeout=30,
                       json={"id": str(uuid.uuid4()), "operations": [op]})
            code = STATUS["changeset"][want]
        found.saw(label, r.status_code, r.headers.get("content-type", ""), r.content, code)
        if r.status_code == 403 and want == "forbidden" and ROLES[user][0] in ("editor", "coordinator"):
            detail = r.json().get("detail", "") if is_problem(r) else ""
            results = r.json().get("results") or [] if is_problem(r) else []
            text = detail + " ".join(x.get("detail", "") for x in results)
            refused_at = old if not covers(*ROLES[user], old) else new
            if refused_at and (refused_at not in text or areas.names[refused_at] not in text):
                found.wrong.append(f"{label}: the refusal does not name the commune {refused_at}: {text[:160]}")
        # what the store holds now
        after = s.get(f"{env.url}/collections/{collection}/items/{fid}", headers=env.auth("admin"), timeout=30)
        changed = _changed(before, after)
        if want != "ok" and changed:
            found.unauthorized.append(f"{label}: answered {r.status_code} and the feature changed")
        if want == "ok" and not changed:
            found.wrong.append(f"{label}: accepted but the feature did not change")
    s.close()
    # and in the history: no write by anyone outside their area (admins exempt)
    result = audit(env, items=False)
    found.unauthorized += result.unauthorized
    found.wrong += result.mismatches + result.broken_chain
    found.note = (f"{len(ROLES)} roles x {len(actions)} actions = {len(cells)} cells; history: "
                  f"{len(result.unauthorized)} writes outside the writer's area")
    return found


def _spot(areas: Areas, name: str) -> tuple[float, float]:
    if PLACES[name] is None:
        return (13.0, 52.5)  # Brandenburg: in no Polish commune
    c = areas.inner[PLACES[name]].representative_point()
    return (round(c.x, 6), round(c.y, 6))


def _near(p: tuple[float, float], n: int) -> tuple[float, float]:
    return (round(p[0] + (n % 31) * 1e-5, 6), round(p[1] + (n // 31) * 1e-5, 6))


def _create_op(collection: str, fid: str, lon: float, lat: float, parent: str | None = None) -> dict[str, Any]:
    if collection == "aid_points":
        return {"op": "create", "collection": "aid_points", "id": fid,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"name": "Punkt macierzy uprawnień", "help_types": ["legal"]}}
    d = 0.002
    ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]
    return {"op": "create", "collection": "service_areas", "id": fid,
            "geometry": {"type": "Polygon", "coordinates": [ring]},
            "properties": {"aid_point_id": parent, "kind": "manual"}}


def _changed(before: requests.Response, after: requests.Response) -> bool:
    if before.status_code != after.status_code:
        return True
    if before.status_code != 200:
        return False
    return before.headers.get("ETag") != after.headers.get("ETag") or before.json() != after.json()


HOSTILE_USERS = [("f_editor", "editor", ["2862011"])] + [(u, r, sc) for u, (r, sc) in ROLES.items()
                                                           if u and u.startswith("a_")] + leaks.USERS


def privacy(env: StoreEnv, areas: Areas) -> Findings:
    """The privacy catalogue (leaks.py): every way to read a hidden, generalised or deleted point."""
    found = Findings("privacy catalogue")
    cat = leaks.catalogue(env, areas)
    found.requests, found.statuses = cat.requests, Counter(cat.statuses)
    found.leaks, found.wrong = cat.leaks, cat.wrong
    found.server_errors = [w for w in cat.wrong if ": 5" in w]
    found.note = f"{len(leaks.OUTSIDERS)} readers outside the points' area, every read endpoint and UUID spelling"
    return found


def run_hostile(env: StoreEnv, areas: Areas, examples: int = 150) -> list[Findings]:
    """The four parts against one store; `env` needs HOSTILE_USERS."""
    out = []
    for name, fn in (("fuzz", lambda: fuzz(env, examples)), ("catalogue", lambda: catalogue(env, areas)),
                     ("authorization", lambda: authorization(env, areas)), ("privacy", lambda: privacy(env, areas))):
        t0 = time.monotonic()
        log(f"hostile: {name} ...")
        out.append(fn())
        log(f"{out[-1].line()} [{time.monotonic() - t0:.1f} s]")
    return out
