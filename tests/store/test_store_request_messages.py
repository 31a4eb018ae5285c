"""Every refusal the store makes of a request, in Polish and Ukrainian by `Accept-Language`, over HTTP.

Each row provokes one problem code of `mapujpomoc_model.request_messages` on the real store; the reply in
`pl` and `uk` must carry the same code and params as in English, a detail that is not the English one,
that is the table's rendering of those params, and that leaves no template placeholder and no English
sentence behind. A coverage test checks that every code of the table is provoked here or named, with the
reason, among the few a test store cannot reach. A static test (tests/unit/test_store_problem_codes.py)
checks that every place the store makes a problem names a code of the table."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests
from storelib import Api, feature

from mapujpomoc_model import messages
from mapujpomoc_model.request_messages import REQUEST_MESSAGES

ITEMS = "/collections/aid_points/items"
OLSZTYN = (20.4801, 53.7784)
EPSG2180 = "http://www.opengis.net/def/crs/EPSG/0/2180"
MERGE = {"Content-Type": "application/merge-patch+json"}
PLACEHOLDER = re.compile(r"\{\w+\}")
# English sentence words that neither Polish nor Ukrainian uses (a parameter's own text is removed first)
ENGLISH = re.compile(r"\b(the|is|are|must|not|of|with|There|Send|send|which|only|cannot)\b")
UNREACHABLE = {  # codes a test store cannot be made to send, and why
    "header-timeout": "answered before any header, Accept-Language included, arrives: English, worded by clients",
    "body-timeout": "needs a body that stalls for the store's 60 s body timeout (test_store_hardening checks it)",
    "too-many-cells": "needs more than 4096 occupied grid cells; the test store holds ~200 points",
    "no-user": "only the operator's command line reverts as a named user",
    "web-not-built": "one of web-not-built/no-web-file, depending on whether `make web` ran",
    "no-web-file": "one of web-not-built/no-web-file, depending on whether `make web` ran",
}
Send = Callable[[Api, dict[str, str]], requests.Response]


def _created(api: Api) -> dict[str, Any]:
    return api.create(*OLSZTYN)


def _deleted(api: Api) -> dict[str, Any]:
    doc = _created(api)
    r = api.delete(f"{ITEMS}/{doc['id']}", "admin", headers={"If-Match": doc["_etag"]})
    assert r.status_code in (200, 204), r.text
    return doc


def _chunks(size: int) -> Any:
    block = b" " * 65536
    for _ in range(size // len(block) + 2):
        yield block


def _changeset(ops: list[Any], cid: str | None = None) -> dict[str, Any]:
    return {"id": cid or str(uuid.uuid4()), "operations": ops}


def _create_op() -> dict[str, Any]:
    return {"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
            **{k: v for k, v in feature(*OLSZTYN).items() if k in ("properties", "geometry")}}


def _q(**params: str) -> Send:
    return lambda api, h: api.get(ITEMS, "viewer", params=params, headers=h)


def _filter(text: str) -> Send:
    return _q(filter=text)


def _post(path: str, user: str = "admin", headers: dict[str, str] | None = None, **kw: Any) -> Send:
    return lambda api, h: api.post(path, user, headers={**h, **(headers or {})}, **kw)


def _patch(body: Any, etag: str | None = "*", raw: bool = False) -> Send:
    def send(api: Api, h: dict[str, str]) -> requests.Response:
        doc = _created(api)
        headers = {**h, **MERGE, **({"If-Match": etag if etag != "ok" else doc["_etag"]} if etag else {})}
        data = body if raw else json.dumps(body)
        return api.patch(f"{ITEMS}/{doc['id']}", "admin", data=data, headers=headers)
    return send


def _put(body: Callable[[str], Any]) -> Send:
    def send(api: Api, h: dict[str, str]) -> requests.Response:
        doc = _created(api)
        return api.put(f"{ITEMS}/{doc['id']}", "admin", json=body(doc["id"]), headers={**h, "If-Match": "*"})
    return send


def _reused_id(api: Api, h: dict[str, str]) -> requests.Response:
    doc = _deleted(api)
    return api.post(ITEMS, "admin", json=feature(*OLSZTYN, doc["id"]), headers=h)


def _existing_id(api: Api, h: dict[str, str]) -> requests.Response:
    doc = _created(api)
    return api.post(ITEMS, "admin", json=feature(*OLSZTYN, doc["id"]), headers=h)


def _deleted_item(api: Api, h: dict[str, str]) -> requests.Response:
    return api.get(f"{ITEMS}/{_deleted(api)['id']}", "admin", headers=h)


def _changeset_again(user: str, second_ops: bool) -> Send:
    def send(api: Api, h: dict[str, str]) -> requests.Response:
        cid = str(uuid.uuid4())
        assert api.post("/changesets", "admin", json=_changeset([_create_op()], cid)).status_code == 200
        return api.post("/changesets", user, json=_changeset([_create_op()] if second_ops else [], cid), headers=h)
    return send


def _op(op: Any) -> Send:
    return _post("/changesets", json=_changeset([op]))


CASES: list[tuple[str, int, Send]] = [
    # query parameters
    ("unknown-parameters", 400, _q(colour="red")),
    ("invalid-request-parameters", 400, _q(limit="0")),
    ("invalid-request-parameters", 400, _q(limit="many")),
    ("bad-datetime", 400, _q(datetime="yesterday")),
    ("datetime-reversed", 400, _q(datetime="2024-05-31/2024-05-01")),
    ("bbox-not-numbers", 400, _q(bbox="20,53,21")),
    ("bbox-y-reversed", 400, _q(bbox="20,54,21,53")),
    ("bbox-x-reversed", 400, _q(bbox="600000,500000,500000,600000", **{"bbox-crs": EPSG2180})),
    ("bbox-out-of-range", 400, _q(bbox="200,0,201,1")),
    ("crs-unsupported", 400, _q(crs="EPSG:3857")),
    ("filter-crs", 400, _q(filter="status = 'active'", **{"filter-crs": EPSG2180})),
    ("filter-lang", 400, _q(filter="status = 'active'", **{"filter-lang": "sql"})),
    ("filter-syntax", 400, _filter("status === ")),
    ("filter-not-date", 400, _filter("verified_at = 'soon'")),
    ("filter-not-datetime", 400, _filter("updated_at > 'soon'")),
    ("filter-date-with-time", 400, _filter("verified_at = '2025-06-01T12:30:00Z'")),
    ("filter-property", 400, _filter("colour = 'red'")),
    ("filter-spatial-unsupported", 400, _filter("S_INTERSECTS(geometry, POINT(20.48 53.77))")),
    ("filter-unsupported", 400, _filter("version + 1 = 2")),
    ("request-nul", 400, _q(city="Ols\x00ztyn")),
    # paths and methods
    ("no-path", 404, lambda api, h: api.get("/no/such/place", "viewer", headers=h)),
    ("method-not-allowed", 405, lambda api, h: api.delete("/collections", "admin", headers=h)),
    ("no-collection", 404, lambda api, h: api.get("/collections/hospitals/items", "viewer", headers=h)),
    ("read-only-collection", 405, _post("/collections/gminy/items", json=feature(*OLSZTYN))),
    ("was-deleted", 404, _deleted_item),
    ("no-swagger-file", 404, lambda api, h: api.get("/api.html-assets/nothing.js", headers=h)),
    ("changeset-id-invalid", 400, _post("/changesets/yesterday/revert")),
    ("since-invalid", 400, _post("/users/ed_olsztyn/revert?since=yesterday")),
    # bodies
    ("media-type", 415, _post(ITEMS, data=b"{}", headers={"Content-Type": "text/plain"})),
    ("media-type-missing", 415, _post(ITEMS, data=b"{}")),
    ("json-too-deep", 400, _post(ITEMS, data=b"[" * 200_000 + b"]" * 200_000,
                                 headers={"Content-Type": "application/json"})),
    ("malformed-json", 400, _post(ITEMS, data=b"{", headers={"Content-Type": "application/json"})),
    ("json-nul", 400, _post(ITEMS, data=b'{"type": "Feature", "properties": {"name": "a\\u0000"}}',
                            headers={"Content-Type": "application/json"})),
    ("json-surrogate", 400, _post(ITEMS, data=b'{"type": "Feature", "properties": {"name": "\\ud800"}}',
                                  headers={"Content-Type": "application/json"})),
    ("body-too-large", 413, _post(ITEMS, data=b" " * (10 * 1024 * 1024 + 1),
                                  headers={"Content-Type": "application/json"})),
    ("body-too-large-streamed", 413, lambda api, h: api.post(
        ITEMS, "admin", data=_chunks(10 * 1024 * 1024), headers={**h, "Content-Type": "application/json"})),
    ("not-a-feature", 400, _post(ITEMS, json=[])),
    ("feature-members", 422, _post(ITEMS, json={**feature(*OLSZTYN), "colour": "red"})),
    ("id-not-text", 422, _post(ITEMS, json={**feature(*OLSZTYN), "id": 5})),
    ("id-mismatch", 422, _put(lambda fid: feature(*OLSZTYN, str(uuid.uuid4())))),
    ("properties-required", 422, _put(lambda fid: {"type": "Feature", "geometry": None, "properties": None})),
    ("not-a-patch", 400, _patch([])),
    ("patch-members", 422, _patch({"colour": "red"})),
    ("geometry-null", 422, _patch({"geometry": None})),
    # versions and ids
    ("if-match-required", 428, _patch({"properties": {"phone": "+48 89 000 00 00"}}, etag=None)),
    ("stale", 412, _patch({"properties": {"phone": "+48 89 000 00 00"}}, etag='"999999"')),
    ("id-exists", 409, _existing_id),
    ("id-deleted", 409, _reused_id),
    # changesets
    ("changeset-not-object", 400, _post("/changesets", json=[])),
    ("changeset-id", 400, _post("/changesets", json={"id": "first", "operations": [_create_op()]})),
    ("operations-empty", 400, _post("/changesets", json=_changeset([]))),
    ("too-many-operations", 413, _post("/changesets", json=_changeset([{}] * 10_001))),
    ("changeset-id-taken", 409, _changeset_again("ed_olsztyn", True)),
    ("id-reused", 409, _changeset_again("admin", True)),
    ("op-not-object", 422, _op(5)),
    ("op-collection", 422, _op({**_create_op(), "collection": "hospitals"})),
    ("op-id-missing", 422, _op({"op": "update", "collection": "aid_points", "properties": {}})),
    ("op-base-version", 422, _op({"op": "delete", "collection": "aid_points", "id": str(uuid.uuid4())})),
    ("op-kind", 422, _op({**_create_op(), "op": "upsert"})),
]


def _problem(body: dict[str, Any], code: str) -> dict[str, Any]:
    """The problem of `code`: the document itself or, for a refused changeset, its refused operation."""
    if body.get("code") == "changeset-rejected":
        return next(r for r in body["results"] if r.get("code") == code)
    return body


def _english_left(text: str, params: dict[str, Any]) -> list[str]:
    for value in params.values():  # a parameter (a value sent, a parser's message) is quoted, not translated
        for item in value if isinstance(value, list) else [value]:
            text = text.replace(str(item), " ")
    return ENGLISH.findall(text)


@pytest.mark.parametrize(("code", "status", "send"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_refusal_in_polish_and_ukrainian(api: Api, code: str, status: int, send: Send) -> None:
    replies = {lang: send(api, {"Accept-Language": lang}) for lang in ("en", "pl", "uk")}
    english = _problem(replies["en"].json(), code)
    assert replies["en"].status_code == status and english["code"] == code, replies["en"].text[:500]
    assert english["detail"] == messages.render_problem(english, "en"), "English is rendered from the table"
    for lang in ("pl", "uk"):
        r = replies[lang]
        assert r.status_code == status and r.headers["Content-Language"] == lang
        doc = _problem(r.json(), code)
        assert doc["code"] == code and set(doc["params"]) == set(english["params"])  # ids differ per request
        detail = doc["detail"]
        assert detail != english["detail"], f"{code} answered in English for {lang}"
        assert detail == messages.render_problem(doc, lang), detail
        assert not PLACEHOLDER.search(detail), f"{code}: an unfilled template in {detail!r}"
        params = dict(doc["params"], errors=[e.get("message") for e in doc.get("errors") or []])
        assert not _english_left(detail, params), f"{code} ({lang}) still English: {detail!r}"


def test_every_code_of_the_table_is_provoked_here_or_unreachable() -> None:
    provoked = {code for code, _, _ in CASES}
    assert provoked.isdisjoint(UNREACHABLE)
    assert set(REQUEST_MESSAGES) == provoked | set(UNREACHABLE)


def test_some_replies_word_for_word(api: Api) -> None:
    """Expected texts written out (not from the table): a wrong template fails here."""
    r = api.get(ITEMS, "viewer", params={"bbox": "20,54,21,53"}, headers={"Accept-Language": "pl"})
    assert r.json()["detail"] == ("bbox „20,54,21,53”: najmniejsza szerokość geograficzna (lub y) jest większa "
                                  "od największej.")
    r = api.get(ITEMS, "viewer", params={"colour": "red"}, headers={"Accept-Language": "uk"})
    assert r.json()["detail"].startswith("Невідомі параметри запиту colour для /collections/aid_points/items. ")
    r = api.get(ITEMS, "viewer", params={"limit": "0"}, headers={"Accept-Language": "pl"})
    assert r.json()["detail"] == "Nieprawidłowe parametry zapytania: limit: wartość musi być nie mniejsza niż 1"
    assert r.json()["errors"] == [{"field": "limit", "code": "greater_than_equal", "params": {"ge": 1},
                                   "message": "wartość musi być nie mniejsza niż 1"}]
    r = api.get(ITEMS, "viewer", params={"limit": "0"})
    assert r.json()["detail"] == "Invalid request parameters: limit: Input should be greater than or equal to 1"
    r = api.get("/no/such/place", headers={"Accept-Language": "uk"})
    assert r.json()["detail"] == "За адресою /no/such/place нічого немає. Доступні адреси описує /api."
    doc = _created(api)
    r = api.merge_patch(doc["id"], {"properties": {"phone": "+48 89 000 00 00"}}, None)
    assert r.status_code == 428 and r.json()["detail"] == (
        "Writes need an 'If-Match' header with the feature's ETag (GET the item first), so nobody overwrites a "
        "change they have not seen.")
    r = api.patch(f"{ITEMS}/{doc['id']}", "admin", data="{}", headers={**MERGE, "Accept-Language": "pl"})
    assert r.json()["detail"].startswith("Zapis wymaga nagłówka 'If-Match' z ETagiem obiektu")
