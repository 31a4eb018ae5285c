"""The store's problems in English, Polish or Ukrainian by `Accept-Language`, with stable codes and fields.

Every expected text is written out here, not taken from mapujpomoc_model.messages, so a wrong template
(or a lost English text old clients match on) fails."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import requests
from storelib import Api, assert_problem, feature

ITEMS = "/collections/aid_points/items"
OLSZTYN = (20.4801, 53.7784)


def _create_invalid(api: Api, lang: str | None) -> Any:
    doc = feature(*OLSZTYN, str(uuid.uuid4()), name="", opening_hours="codziennie", phone="12")
    headers = {"Accept-Language": lang} if lang else {}
    return api.post(ITEMS, "admin", json=doc, headers=headers)


def test_a_refusal_names_codes_and_fields_and_stays_english_by_default(api: Api) -> None:
    body = assert_problem(_create_invalid(api, None), 422, "name is required")
    assert body["code"] == "invalid" and body["type"].endswith("/invalid")
    by_field = {e["field"]: e for e in body["errors"]}
    assert set(by_field) == {"name", "opening_hours", "phone"}
    assert by_field["name"]["code"] == "required" and by_field["name"]["message"] == "is required"
    assert by_field["opening_hours"]["code"] == "hours_syntax"
    assert by_field["opening_hours"]["params"] == {"rule": "codziennie"}
    assert by_field["phone"]["code"] == "bad_phone"
    assert body["detail"].startswith("The feature is not valid: ")
    assert "phone is not a phone number (digits, spaces, dashes, brackets, optional leading +)" in body["detail"]
    r = _create_invalid(api, "en-GB, en;q=0.8")
    assert r.headers["Content-Language"] == "en" and r.json()["detail"] == body["detail"]


def test_a_refusal_in_polish_names_the_fields_as_the_form_does(api: Api) -> None:
    r = _create_invalid(api, "pl-PL,pl;q=0.9,en-US;q=0.8")
    body = assert_problem(r, 422, "Obiekt jest nieprawidłowy")
    assert r.headers["Content-Language"] == "pl"
    assert "Nazwa: pole wymagane" in body["detail"]
    assert "Godziny otwarcia: „codziennie” nie jest zrozumiałe jako godziny otwarcia" in body["detail"]
    assert "Telefon: to nie jest numer telefonu" in body["detail"]
    assert "is required" not in body["detail"] and "opening_hours" not in body["detail"]
    messages = {e["field"]: e["message"] for e in body["errors"]}
    assert messages["name"] == "pole wymagane"
    assert [e["code"] for e in body["errors"]] == [e["code"] for e in _create_invalid(api, None).json()["errors"]]


def test_a_refusal_in_ukrainian(api: Api) -> None:
    r = _create_invalid(api, "uk")
    body = assert_problem(r, 422, "Об'єкт некоректний")
    assert r.headers["Content-Language"] == "uk"
    assert "Назва: обов'язкове поле" in body["detail"] and "Години роботи: «codziennie»" in body["detail"]


@pytest.mark.parametrize(("header", "lang"), [
    ("de-DE, uk;q=0.8, pl;q=0.5", "uk"), ("fr", "en"), ("*", "en"), ("pl;q=0.2, uk;q=0.1", "pl"),
    ("uk;q=0, pl", "pl"), ("en;q=0.9, pl", "pl")])
def test_the_language_is_negotiated_by_quality(api: Api, header: str, lang: str) -> None:
    r = api.get(f"{ITEMS}/{uuid.uuid4()}", "viewer", headers={"Accept-Language": header})
    assert r.status_code == 404 and r.headers["Content-Language"] == lang
    assert r.json()["code"] == "not-found"


def test_not_found_and_tokens_in_each_language(api: Api) -> None:
    fid = str(uuid.uuid4())
    r = api.get(f"{ITEMS}/{fid}", "viewer", headers={"Accept-Language": "pl"})
    assert r.json()["detail"] == f"W warstwie punkty pomocy nie ma obiektu {fid}."
    r = api.get(f"{ITEMS}/{fid}", "viewer")
    assert r.json()["detail"] == f"There is no feature {fid} in aid_points."
    bad = {"Authorization": "Bearer mp_not-a-token"}
    r = api.get("/me", None, headers={**bad, "Accept-Language": "uk"})
    body = assert_problem(r, 401, "Це сховище не знає цього токена")
    assert body["code"] == "token-unknown"
    r = api.get("/me", None, headers=bad)
    assert r.json()["detail"] == "The token is not known to this store. Ask the operator for a new one."


def test_a_rejected_changeset_explains_each_operation_in_polish(api: Api, prg: Any) -> None:
    outside = prg.place("barczewo")
    changeset = {"id": str(uuid.uuid4()), "operations": [
        {"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
         "geometry": {"type": "Point", "coordinates": list(outside)}, "properties": feature(*outside)["properties"]},
        {"op": "create", "collection": "aid_points", "id": str(uuid.uuid4()),
         "geometry": {"type": "Point", "coordinates": list(OLSZTYN)},
         "properties": {**feature(*OLSZTYN)["properties"], "postcode": "10512"}}]}
    english = api.post("/changesets", "ed_olsztyn", json=changeset).json()
    polish = api.post("/changesets", "ed_olsztyn", json=changeset, headers={"Accept-Language": "pl"}).json()
    assert english["code"] == polish["code"] == "changeset-rejected"
    scope, invalid = english["results"]
    assert scope["code"] == "out-of-scope" and scope["params"]["action"] == "create points"
    assert "is outside your area (Olsztyn (2862011)); you may not create points there." in scope["detail"]
    assert invalid["code"] == "invalid" and invalid["errors"][0]["code"] == "bad_postcode"
    assert invalid["detail"] == "The feature is not valid: postcode is not a postcode of the form NN-NNN"
    assert english["detail"].startswith("2 of 2 operations were refused, so none was applied (operation 0: ")
    pl_scope, pl_invalid = polish["results"]
    assert "leży poza Twoim obszarem (Olsztyn (2862011)); nie możesz tam tworzyć punktów." in pl_scope["detail"]
    assert pl_invalid["detail"] == "Obiekt jest nieprawidłowy: Kod pocztowy: to nie jest kod pocztowy w postaci NN-NNN"
    assert polish["detail"].startswith("Odrzucono 2 z 2 operacji, więc nie zastosowano żadnej (operacja 0: ")
    assert pl_scope["detail"] in polish["detail"]


@pytest.fixture(scope="module")
def limited(store: Any) -> Any:
    """Another server on the same database that allows two reads a minute without a token."""
    server = store.spawn(extra_args=["--read-limit", "2/minute"])
    server.start()
    yield server
    server.stop()


def test_a_rate_limit_says_how_long_to_wait_in_the_language_asked(limited: Any) -> None:
    with requests.Session() as s:
        url = limited.url + ITEMS + "?limit=1"
        assert [s.get(url, timeout=30).status_code for _ in range(2)] == [200, 200]
        r = s.get(url, headers={"Accept-Language": "pl"}, timeout=30)
        body = assert_problem(r, 429, "Za dużo zapytań bez tokenu z Twojego adresu (najwyżej 2/minute)")
        assert body["code"] == "reads-limited" and body["params"]["wait"] == int(r.headers["Retry-After"])
        assert f"Odczekaj {r.headers['Retry-After']} s" in body["detail"]
        english = s.get(url, timeout=30).json()["detail"]
        assert english.startswith("Too many requests without a token from your address (at most 2/minute). Wait ")
