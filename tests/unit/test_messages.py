"""The shared message table (mapujpomoc_model/messages.py): complete in three languages, English as the
store always wrote it, Polish and Ukrainian with the form's field labels; and no plugin string hidden
from the translation tools."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mapujpomoc_model import messages, schema

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
AID = schema.fields_by_name("aid_points")


@pytest.mark.parametrize("table", [messages.FIELD_MESSAGES, messages.PROBLEM_MESSAGES])
def test_every_code_has_three_texts_with_the_same_placeholders(table: dict[str, tuple[str, str, str]]) -> None:
    for code, texts in table.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), code
        names = [sorted(set(PLACEHOLDER.findall(t))) for t in texts]
        assert names[0] == names[1] == names[2], (code, names)
        assert texts[1] != texts[0] and texts[2] != texts[0], f"{code} is not translated"


def test_english_is_the_text_the_store_always_sent() -> None:
    assert schema.field_problem(AID["name"], "") == "is required"
    assert schema.field_problem(AID["name"], 5) == "must be text, not a number"
    assert schema.field_problem(AID["name"], "x" * 201) == "is 201 characters long; at most 200 are allowed"
    assert schema.field_problem(AID["help_types"], ["nope"]) == (
        "unknown code(s) 'nope'; known: " + ", ".join(AID["help_types"].allowed or ()))
    assert schema.field_problem(AID["postcode"], "10512") == "is not a postcode of the form NN-NNN"
    assert schema.field_problem(AID["opening_hours"], "Mo-Fr 09:00-09:00") == "'09:00-09:00' is an empty time span"
    assert schema.geometry_problem("aid_points", {"type": "Point", "coordinates": [200, 10]}) == (
        "[200, 10] is outside longitude -180..180 / latitude -90..90 (EPSG:4326 expected)")
    assert schema.geometry_problem("service_areas", {"type": "Point", "coordinates": [20, 50]}) == (
        "geometry must be Polygon or MultiPolygon, not 'Point'")
    assert schema.validate_properties("aid_points", {"name": "A", "help_types": ["legal"], "x": 1}) == [
        ("x", "is not a field of aid_points")]


def test_polish_and_ukrainian_name_fields_as_the_form_does() -> None:
    errors = [{"field": f, "code": c, "params": p}
              for f, c, p in schema.validate_issues("aid_points", {"name": "", "phone": "12", "help_types": ["legal"]})]
    assert messages.field_errors(errors, "en") == (
        "name is required; phone is not a phone number (digits, spaces, dashes, brackets, optional leading +)")
    assert messages.field_errors(errors, "pl") == (
        "Nazwa: pole wymagane; Telefon: to nie jest numer telefonu (cyfry, spacje, myślniki, nawiasy, "
        "opcjonalnie + na początku)")
    assert messages.field_errors(errors, "uk").startswith("Назва: обов'язкове поле; Телефон: це не номер телефону")
    doc = {"code": "out-of-scope", "params": {"place": "Barczewo (2814013)", "area": "Olsztyn (2862011)",
                                              "action": "move points"}}
    assert messages.render_problem(doc, "pl") == (
        "Barczewo (2814013) leży poza Twoim obszarem (Olsztyn (2862011)); nie możesz tam przenosić punktów. "
        "Poproś koordynatora tego obszaru o wprowadzenie zmiany.")
    geometry = schema.geometry_issue("service_areas", {"type": "Point", "coordinates": [20, 50]})
    assert geometry is not None
    assert messages.field_error("geometry", *geometry, "pl") == "Położenie: musi być typu Polygon lub MultiPolygon, nie „Point”"
    assert messages.field_error("geometry", *geometry, "en") == (
        "geometry geometry must be Polygon or MultiPolygon, not 'Point'")  # as the store always wrote it
    assert messages.render_problem({"code": "out-of-scope", "detail": "x"}, "pl") is None  # no params: no template
    assert messages.render_problem({"code": "no-such-code", "params": {}}, "pl") is None


@pytest.mark.parametrize(("header", "lang"), [
    (None, "en"), ("", "en"), ("pl", "pl"), ("pl-PL,pl;q=0.9,en;q=0.8", "pl"), ("uk-UA", "uk"),
    ("de, uk;q=0.5", "uk"), ("uk;q=0.3, pl;q=0.6", "pl"), ("uk;q=abc, pl;q=0.1", "pl"), ("fr, de", "en")])
def test_negotiate(header: str | None, lang: str) -> None:
    assert messages.negotiate(header) == lang


def test_field_labels_match_the_plugin_translations() -> None:
    """The labels the store uses are the words the attribute form shows (the plugin's .ts translations)."""
    import xml.etree.ElementTree as ET

    for i, lang in ((1, "pl"), (2, "uk")):
        ts = {m.findtext("source"): m.findtext("translation")
              for m in ET.parse(ROOT / "i18n" / f"mapujpomoc_{lang}.ts").iter("message")}
        for name, texts in messages.FIELD_LABELS.items():
            if name in ("properties", "id"):
                continue  # not a field of the form
            assert ts.get(texts[0]) == texts[i], (lang, name, texts[0], ts.get(texts[0]))


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """pylupdate5 does not see tr() inside an f-string's braces: such a text would stay English."""
    hidden = []
    for path in (ROOT / "mapujpomoc_qgis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "tr":
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden, hidden
