"""One table of values, run through the attribute form's constraints and through the real store.

Whatever the form accepts the store accepts, and the other way round (issue 13; the rules come from
`mapujpomoc_model.form_rules`, docs/ARCHITECTURE.md "The shared model"). The form side is QGIS's
own constraint check (`QgsVectorLayerUtils.validateAttribute`, hard constraints) on the working copy's
layer as the plugin configures it; the store side is a POST over HTTP: 201 or a 422 naming the field.
Neither side's answer is written in this file: only that they are the same.
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
from qgis.core import QgsExpression, QgsFeature, QgsFieldConstraints, QgsVectorLayer, QgsVectorLayerUtils

from mapujpomoc_model import form_rules, schema
from mapujpomoc_qgis.core.project import layers

OLSZTYN = [20.4801, 53.7784]
SQUARE = [[[20.47, 53.77], [20.49, 53.77], [20.49, 53.79], [20.47, 53.79], [20.47, 53.77]]]
VALID_POINT = {"name": "Punkt pomocy", "help_types": ["legal"]}

OPENING_HOURS = [
    "24/7", "Mo-Fr 08:00-16:00", "Mo-Fr 08:00-16:00; Sa 10:00-14:00", "Mo,We 09:00-12:00,13:00-17:00",
    "Mo-Su 22:00-02:00", "Sa 10:00+", "PH off", "Jan-Mar Mo-Fr 08:00-12:00", "Dec 24 off",
    'Mo-Fr 08:00-16:00 "by appointment"', 'Mo-Fr 08:00-16:00 || "call first"', "Mo-Fr 08:00-16:00;",
    "Fr-Sa 20:00-26:00", "  Mo 10:00-12:00  ",
    "pon-pt 9-17", "Mon-Fri 8-16", "8:00-16:00", "Mo-Fr 08:60-10:00", "Mo-Fr 25:00-26:00", "Fr 22:00-49:00",
    "Mo-Fr 08:00-08:00", "; Mo 08:00-10:00", "Mo-Fr 08:00-16:00;;Sa 10:00-12:00", "Mo 10:00-12:00;;",
    "sunrise-sunset", "week 1-53 Mo 10:00-12:00", "open always", "   ", 'Mo 10:00-12:00 "25:00-26:00"',
    "Mo-Fr 10:00-12:00 || ", "x" * 256,
]

AID_POINT_TABLE: dict[str, list[Any]] = {
    "name": ["Punkt pomocy", "", None, " ", "Ł" * 200, "x" * 201, "=HYPERLINK(1)"],
    "organization": ["Caritas", "", None, "x" * 200, "x" * 201],
    "org_type": ["ngo", "local_government", "club", "", None],
    "help_types": [["legal"], ["legal", "food"], [], None, ["legal", "legal"], ["legal", "nonsense"]],
    "forms": [["on_site", "hotline"], [], None, ["phone"], ["online", "online"]],
    "languages": [["pl", "uk"], [], ["xx"], ["PL"]],
    "target_groups": [["children", "elderly"], [], ["aliens"]],
    "description": ["Opis", "", "x" * 2000, "x" * 2001],
    "street": ["ul. Grunwaldzka", "x" * 200, "x" * 201],
    "house_number": ["93", "12a/3", "x" * 20, "x" * 21],
    "postcode": ["10-001", "00-950", "", "10001", "10-01", "1O-001", "10-0011", "ab-cde", " 10-001"],
    "city": ["Olsztyn", "x" * 100, "x" * 101],
    "phone": ["+48 89 527 31 11", "(89) 527-31-11", "895273111", "+48", "12-3", "telefon",
              "+48 89 527 31 11 w. 5", "-48 89 527 31 11", "1-2-3-4-5", ""],
    "email": ["punkt@olsztyn.eu", "a.b-c+d@pomoc.org.pl", "punkt@olsztyn", "punkt.olsztyn.eu", "@olsztyn.eu",
              "punkt@@olsztyn.eu", "punkt@olsztyn.e", "pun kt@olsztyn.eu"],
    "website": ["https://olsztyn.eu", "http://pomoc.olsztyn.eu/punkty?id=3", "https://olsztyn.eu:8443/x",
                "www.olsztyn.eu", "ftp://olsztyn.eu", "https://olsztyn", "https://olsztyn.eu/a b"],
    "opening_hours": OPENING_HOURS,
    "status": ["active", "inactive", "unverified", "deleted", "", None],
    "visibility": ["public", "approximate", "staff_only", "secret", "", None],
}


def _form_accepts(layer: QgsVectorLayer, name: str, value: Any) -> bool:
    feature = QgsFeature(layer.fields())
    feature[name] = value
    ok, _errors = QgsVectorLayerUtils.validateAttribute(
        layer, feature, layer.fields().indexOf(name), QgsFieldConstraints.ConstraintStrengthHard)
    return ok


def _store_accepts(store: Any, collection: str, props: dict[str, Any], field: str) -> bool:
    geometry = {"type": "Point", "coordinates": OLSZTYN} if collection == "aid_points" else \
        {"type": "Polygon", "coordinates": SQUARE}
    reply = requests.post(f"{store.url}/collections/{collection}/items", headers=store.auth("admin"), timeout=30,
                          json={"type": "Feature", "geometry": geometry, "properties": props})
    assert reply.status_code in (201, 422), (reply.status_code, reply.text)
    if reply.status_code == 422:
        assert field in {e["field"] for e in reply.json().get("errors", [])}, reply.text  # refused for this field
    return reply.status_code == 201


@pytest.fixture(scope="module")
def form_layers(synced_workcopy: Any) -> dict[str, QgsVectorLayer]:
    """The working copy's layers with the plugin's form configuration (no project needed)."""
    path = synced_workcopy.path
    catalog_layer = QgsVectorLayer(f"{path}|layername=mp_catalog", "catalog", "ogr")
    out = {}
    for collection in schema.EDITABLE_COLLECTIONS:
        layer = QgsVectorLayer(f"{path}|layername={collection}", collection, "ogr")
        assert layer.isValid()
        layers.configure_form(layer, catalog_layer, collection)
        out[collection] = layer
    return out


def test_the_table_covers_every_editable_aid_point_field() -> None:
    writable_in_form = {f.name for f in schema.editable_fields("aid_points")} - {"verified_at"}  # a date widget
    assert set(AID_POINT_TABLE) == writable_in_form


@pytest.mark.parametrize("name", sorted(AID_POINT_TABLE))
def test_form_and_store_agree_on_aid_points(form_layers: dict[str, QgsVectorLayer], store: Any, name: str) -> None:
    layer = form_layers["aid_points"]
    answers = {repr(value)[:60]: (_form_accepts(layer, name, value),
                                  _store_accepts(store, "aid_points", {**VALID_POINT, name: value}, name))
               for value in AID_POINT_TABLE[name]}
    disagreements = {value: f"form {'accepts' if f else 'refuses'}, store {'accepts' if s else 'refuses'}"
                     for value, (f, s) in answers.items() if f != s}
    assert disagreements == {}
    assert any(s for _, s in answers.values()), answers  # the rest of the feature is valid: the field decides


def test_form_and_store_agree_on_service_areas(form_layers: dict[str, QgsVectorLayer], store: Any,
                                               synced_workcopy: Any) -> None:
    layer = form_layers["service_areas"]
    point = requests.get(f"{store.url}/collections/aid_points/items?limit=1&teryt=2862011", timeout=30).json()
    point_id = point["features"][0]["id"]
    table = {
        "aid_point_id": [point_id, point_id.upper(), "{" + point_id + "}", point_id.replace("-", ""), "point-1", ""],
        "kind": ["manual", "buffer", "network", "isochrone", "", None],
    }
    valid = {"aid_point_id": point_id, "kind": "manual"}
    disagreements = {}
    for name, values in table.items():
        for value in values:
            form = _form_accepts(layer, name, value)
            store_ok = _store_accepts(store, "service_areas", {**valid, name: value}, name)
            if form != store_ok:
                disagreements[(name, value)] = (form, store_ok)
    assert disagreements == {}


def test_every_rule_parses_in_qgis() -> None:
    for collection in schema.EDITABLE_COLLECTIONS:
        for rule in form_rules.form_rules(collection).values():
            expression = QgsExpression(rule.expression)
            assert not expression.hasParserError(), (rule.field, expression.parserErrorString())


@pytest.mark.parametrize("text", ["plain", "it's", "back\\slash", "new\nline", "tab\there", "'\\'"])
def test_string_literals_are_quoted_as_qgis_quotes_them(text: str) -> None:
    assert form_rules.quoted_string(text) == QgsExpression.quotedString(text)
