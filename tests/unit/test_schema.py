"""Field validation shared by the store and the plugin (core/schema.py, core/opening_hours.py).

Pure Python. Each case names the rule it pins down, so a failure says what broke.
"""

from __future__ import annotations

import math
import uuid

import pytest

from mapujpomoc_model import catalog, schema
from mapujpomoc_model.opening_hours import opening_hours_problem

AID = schema.fields_by_name("aid_points")
AREA = schema.fields_by_name("service_areas")


def valid_aid_point(**changes: object) -> dict[str, object]:
    props: dict[str, object] = {
        "name": "Punkt Informacyjny dla Obywateli Ukrainy",
        "organization": "Urząd Miasta Olsztyn",
        "org_type": "local_government",
        "help_types": ["information", "legal"],
        "forms": ["on_site", "hotline"],
        "languages": ["pl", "uk", "ru"],
        "description": "Informacja o PESEL UKR, zasiłkach i zakwaterowaniu.",
        "street": "Plac Jana Pawła II",
        "house_number": "1",
        "postcode": "10-101",
        "city": "Olsztyn",
        "phone": "+48 89 527 31 11",
        "email": "ukraina@olsztyn.eu",
        "website": "https://olsztyn.eu/ukraina",
        "opening_hours": "Mo-Fr 08:00-16:00; PH off",
        "target_groups": ["families", "elderly"],
        "status": "active",
        "verified_at": "2024-03-01",
    }
    props.update(changes)
    return props


# -- field definitions --------------------------------------------------------------------------

def test_aid_point_fields_are_the_designed_ones() -> None:
    assert list(AID) == [
        "name", "organization", "org_type", "help_types", "forms", "languages", "description", "street",
        "house_number", "postcode", "city", "phone", "email", "website", "opening_hours", "target_groups",
        "status", "verified_at", "visibility", "teryt", "version", "updated_at", "updated_by"]


def test_store_assigned_fields_are_not_editable() -> None:
    editable = {f.name for f in schema.editable_fields("aid_points")}
    assert {"teryt", "version", "updated_at", "updated_by"}.isdisjoint(editable)
    assert {"name", "help_types", "status"} <= editable
    assert {f.name for f in schema.editable_fields("aid_points") if f.required} == {"name", "help_types"}
    assert {f.name for f in schema.editable_fields("service_areas") if f.required} == {"aid_point_id", "kind"}


def test_coded_fields_allow_exactly_the_catalog_codes() -> None:
    assert AID["help_types"].allowed == catalog.codes(catalog.HELP_TYPES)
    assert AID["forms"].allowed == catalog.codes(catalog.FORMS)
    assert AID["languages"].allowed == catalog.codes(catalog.SPOKEN_LANGUAGES)
    assert AID["target_groups"].allowed == catalog.codes(catalog.TARGET_GROUPS)
    assert AID["status"].allowed == catalog.codes(catalog.STATUSES)
    assert AID["org_type"].allowed == catalog.codes(catalog.ORG_TYPES)
    assert AREA["kind"].allowed == catalog.codes(catalog.SERVICE_AREA_KINDS)
    assert AID["name"].allowed is None


def test_default_status_is_a_valid_status() -> None:
    assert schema.DEFAULTS["aid_points"]["status"] == "unverified"
    assert schema.field_problem(AID["status"], schema.DEFAULTS["aid_points"]["status"]) is None


# -- one field at a time ------------------------------------------------------------------------

@pytest.mark.parametrize("empty", [None, "", []])
def test_empty_is_fine_unless_required(empty: object) -> None:
    assert schema.field_problem(AID["organization"], empty) is None
    assert schema.field_problem(AID["forms"], empty) is None
    assert schema.field_problem(AID["name"], empty) == "is required"
    assert schema.field_problem(AID["help_types"], empty) == "is required"


def test_text_length_limits() -> None:
    assert schema.field_problem(AID["name"], "x" * 200) is None
    assert "at most 200" in (schema.field_problem(AID["name"], "x" * 201) or "")
    assert schema.field_problem(AID["description"], "ż" * 2000) is None  # characters, not bytes
    assert "at most 2000" in (schema.field_problem(AID["description"], "x" * 2001) or "")


@pytest.mark.parametrize("value", [12, 1.5, True, ["a"], {"a": 1}])
def test_text_fields_refuse_other_types(value: object) -> None:
    assert (schema.field_problem(AID["name"], value) or "").startswith("must be text")


def test_enum_values() -> None:
    for status in catalog.codes(catalog.STATUSES):
        assert schema.field_problem(AID["status"], status) is None
    assert "not one of" in (schema.field_problem(AID["status"], "deleted") or "")
    assert "not one of" in (schema.field_problem(AID["org_type"], "NGO") or "")  # codes are case-sensitive
    assert "not one of" in (schema.field_problem(AREA["kind"], "isochrone") or "")


@pytest.mark.parametrize(("value", "ok"), [
    ("2024-02-29", True),
    ("2023-02-28", True),
    ("2023-02-29", False),  # not a leap year
    ("29.02.2024", False),
    ("2024-13-01", False),
    ("yesterday", False),
])
def test_dates(value: str, ok: bool) -> None:
    assert (schema.field_problem(AID["verified_at"], value) is None) is ok


def test_uuids() -> None:
    assert schema.field_problem(AREA["aid_point_id"], str(uuid.uuid4())) is None
    assert "not a UUID" in (schema.field_problem(AREA["aid_point_id"], "point-1") or "")


def test_lists_of_codes() -> None:
    f = AID["help_types"]
    assert schema.field_problem(f, ["legal"]) is None
    assert schema.field_problem(f, list(catalog.codes(catalog.HELP_TYPES))) is None
    assert "unknown code" in (schema.field_problem(f, ["legal", "teleportation"]) or "")
    assert "'teleportation'" in (schema.field_problem(f, ["teleportation"]) or "")
    assert "more than once" in (schema.field_problem(f, ["legal", "legal"]) or "")
    # A comma-separated string is not a list: the wire format is a JSON array.
    assert (schema.field_problem(f, "legal,food") or "").startswith("must be a list")
    assert (schema.field_problem(f, ["legal", 3]) or "").startswith("must be a list")
    assert schema.field_problem(AID["languages"], ["pl", "uk", "pjm"]) is None
    assert "unknown code" in (schema.field_problem(AID["languages"], ["ua"]) or "")  # the ISO code is uk


def test_json_params() -> None:
    assert schema.field_problem(AREA["params"], {"minutes": [5, 10], "profile": "walk"}) is None
    assert (schema.field_problem(AREA["params"], "minutes=5") or "").startswith("must be an object")
    assert (schema.field_problem(AREA["params"], [5, 10]) or "").startswith("must be an object")


@pytest.mark.parametrize(("value", "ok"), [
    ("10-001", True),
    ("00-950", True),
    ("10001", False),
    ("1-0001", False),
    ("10-0012", False),
    ("ab-cde", False),
    ("10 001", False),
])
def test_postcode_nn_nnn(value: str, ok: bool) -> None:
    assert (schema.field_problem(AID["postcode"], value) is None) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("punkt@gmina.olsztyn.pl", True),
    ("a.b+c@x.eu", True),
    ("UKRAINA@Olsztyn.EU", True),
    ("a@b", False),
    ("no at sign", False),
    ("a@@b.pl", False),
    ("a@b.c", False),
    (" a@b.pl", False),
    ("a@b.pl, c@d.pl", False),
])
def test_email(value: str, ok: bool) -> None:
    assert (schema.field_problem(AID["email"], value) is None) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("+48 89 527 31 11", True),
    ("+48 800 100 100", True),
    ("0048891234567", True),
    ("89-527-31-11", True),
    ("112233", True),
    ("12345", False),  # too few digits
    ("tel. 123456", False),
    ("+48 abc def", False),
    ("12-34-5", False),
    ("+48 89 527 31 11 wew. 12", False),
])
def test_phone(value: str, ok: bool) -> None:
    assert (schema.field_problem(AID["phone"], value) is None) is ok


def test_phone_with_bracketed_area_code() -> None:
    assert schema.field_problem(AID["phone"], "(89) 527-31-11") is None


@pytest.mark.parametrize(("value", "ok"), [
    ("https://mapujpomoc.pl", True),
    ("http://example.org:8080/a?b=c", True),
    ("https://gmina.pl/", True),
    ("https://www.gov.pl/web/udsc#ukraina", True),
    ("www.example.org", False),
    ("ftp://example.org", False),
    ("https://localhost", False),
    ("https://exa mple.org", False),
    ("javascript:alert(1)", False),
])
def test_website(value: str, ok: bool) -> None:
    assert (schema.field_problem(AID["website"], value) is None) is ok


# -- opening hours (OSM syntax) -----------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "24/7",
    "Mo-Fr 08:00-16:00",
    "Mo-Fr 08:00-16:00; Sa 10:00-14:00",
    "Mo,We 09:00-12:00,13:00-17:00",
    "Mo-Su 22:00-02:00",  # over midnight
    "Mo-Fr 08:00-24:00",
    "Sa 10:00+",  # open end
    "PH off",
    "Mo-Fr 08:00-16:00; PH closed",
    "Jan-Mar Mo-Fr 08:00-12:00",
    "Dec 24 off",
    'Mo-Fr 08:00-16:00 "by appointment"',
    'Mo-Fr 08:00-16:00 || "call first"',
    "Mo-Fr 08:00-16:00;",  # trailing separator, tolerated by OSM tools
    "Fr-Sa 20:00-26:00",  # past midnight, as OSM writes it
])
def test_valid_opening_hours(value: str) -> None:
    assert opening_hours_problem(value) is None
    assert schema.field_problem(AID["opening_hours"], value) is None


@pytest.mark.parametrize(("value", "why"), [
    ("Mon-Fri 8-16", "not understood"),
    ("8:00-16:00", "not understood"),  # hours need two digits
    ("Mo-Fr 08:60-10:00", "not understood"),
    ("Mo-Fr 25:00-26:00", "not a time of day"),  # may end after midnight, not start there
    ("Fr 22:00-49:00", "not understood"),
    ("Mo-Fr 08:00-08:00", "empty time span"),
    ("; Mo 08:00-10:00", "empty rule"),
    ("Mo-Fr 08:00-16:00;;Sa 10:00-12:00", "empty rule"),
    ("sunrise-sunset", "not understood"),  # exotic parts are reported, not silently accepted
    ("week 1-53 Mo 10:00-12:00", "not understood"),
    ("open always", "not understood"),
])
def test_invalid_opening_hours(value: str, why: str) -> None:
    problem = opening_hours_problem(value)
    assert problem is not None and why in problem
    assert schema.field_problem(AID["opening_hours"], value) == problem


def test_opening_hours_problem_names_the_bad_rule() -> None:
    problem = opening_hours_problem("Mo-Fr 08:00-16:00; Sat 10-14")
    assert problem is not None and "'Sat 10-14'" in problem


# -- whole property sets ------------------------------------------------------------------------

def test_a_complete_aid_point_is_valid() -> None:
    assert schema.validate_properties("aid_points", valid_aid_point()) == []


def test_the_minimum_aid_point() -> None:
    assert schema.validate_properties("aid_points", {"name": "Punkt", "help_types": ["food"]}) == []


def test_missing_required_fields_are_reported() -> None:
    problems = schema.validate_properties("aid_points", {"city": "Olsztyn"})
    assert sorted(problems) == [("help_types", "is required"), ("name", "is required")]


def test_every_problem_is_reported_not_just_the_first() -> None:
    props = valid_aid_point(postcode="10101", email="nope", help_types=["legal", "nope"], status="gone")
    assert {field for field, _ in schema.validate_properties("aid_points", props)} == {
        "postcode", "email", "help_types", "status"}


def test_unknown_fields_are_refused() -> None:
    problems = schema.validate_properties("aid_points", valid_aid_point(colour="red"))
    assert problems == [("colour", "is not a field of aid_points")]


def test_store_assigned_fields_are_ignored_not_trusted() -> None:
    # A client may echo what it received; the store assigns these itself.
    props = valid_aid_point(teryt="not-a-code", version="x", updated_by=42)
    assert schema.validate_properties("aid_points", props) == []


def test_a_patch_checks_only_what_it_carries() -> None:
    assert schema.validate_properties("aid_points", {"phone": "+48 89 527 31 11"}, partial=True) == []
    assert schema.validate_properties("aid_points", {"phone": "call us"}, partial=True) == [
        ("phone", schema.field_problem(AID["phone"], "call us"))]
    # Clearing a required field is still refused in a patch.
    assert schema.validate_properties("aid_points", {"name": ""}, partial=True) == [("name", "is required")]


def test_properties_must_be_an_object() -> None:
    assert schema.validate_properties("aid_points", ["name"]) == [("properties", "must be an object, not a list")]
    assert schema.validate_properties("aid_points", None) == [("properties", "must be an object, not null")]


def test_service_area_properties() -> None:
    ok = {"aid_point_id": str(uuid.uuid4()), "kind": "buffer", "params": {"metres": 500}}
    assert schema.validate_properties("service_areas", ok) == []
    assert sorted(schema.validate_properties("service_areas", {})) == [
        ("aid_point_id", "is required"), ("kind", "is required")]
    assert [f for f, _ in schema.validate_properties("service_areas", {**ok, "name": "x"})] == ["name"]


# -- geometry -----------------------------------------------------------------------------------

SQUARE = [[20.0, 53.0], [20.1, 53.0], [20.1, 53.1], [20.0, 53.1], [20.0, 53.0]]


@pytest.mark.parametrize("coords", [[20.48, 53.78], [20.48, 53.78, 120.0], [-180, -90], [180, 90], [0, 0]])
def test_valid_points(coords: list[float]) -> None:
    assert schema.geometry_problem("aid_points", {"type": "Point", "coordinates": coords}) is None


@pytest.mark.parametrize(("coords", "why"), [
    ([200.0, 53.0], "outside"),
    ([20.0, 95.0], "outside"),
    ([7_400_000.0, 5_900_000.0], "EPSG:4326 expected"),  # EPSG:2180 metres sent by mistake
    ([20.0], "[longitude, latitude]"),
    ([20.0, 53.0, 1.0, 2.0], "[longitude, latitude]"),
    (["20.0", 53.0], "finite numbers"),
    ([True, 53.0], "finite numbers"),
    ([math.nan, 53.0], "finite numbers"),
    ([math.inf, 53.0], "finite numbers"),
    (None, "[longitude, latitude]"),
])
def test_invalid_points(coords: object, why: str) -> None:
    problem = schema.geometry_problem("aid_points", {"type": "Point", "coordinates": coords})
    assert problem is not None and why in problem


def test_geometry_type_per_collection() -> None:
    polygon = {"type": "Polygon", "coordinates": [SQUARE]}
    point = {"type": "Point", "coordinates": [20.0, 53.0]}
    assert "must be Point" in (schema.geometry_problem("aid_points", polygon) or "")
    assert "must be Polygon or MultiPolygon" in (schema.geometry_problem("service_areas", point) or "")
    assert schema.geometry_problem("aid_points", "POINT(20 53)") == "geometry must be a GeoJSON object"
    assert schema.geometry_problem("aid_points", None) == "geometry must be a GeoJSON object"


def test_polygons() -> None:
    assert schema.geometry_problem("service_areas", {"type": "Polygon", "coordinates": [SQUARE]}) is None
    hole = [[20.02, 53.02], [20.08, 53.02], [20.08, 53.08], [20.02, 53.02]]
    assert schema.geometry_problem("service_areas", {"type": "Polygon", "coordinates": [SQUARE, hole]}) is None
    multi = {"type": "MultiPolygon", "coordinates": [[SQUARE], [SQUARE]]}
    assert schema.geometry_problem("service_areas", multi) is None


@pytest.mark.parametrize(("geom", "why"), [
    ({"type": "Polygon", "coordinates": [SQUARE[:-1]]}, "closed"),
    ({"type": "Polygon", "coordinates": [SQUARE[:3]]}, "at least 4"),
    ({"type": "Polygon", "coordinates": []}, "list of rings"),
    ({"type": "MultiPolygon", "coordinates": []}, "no coordinates"),
    ({"type": "Polygon", "coordinates": [[]]}, "at least 4"),
    ({"type": "MultiPolygon", "coordinates": [[]]}, "list of rings"),
    ({"type": "Polygon", "coordinates": [[*SQUARE[:2], [500.0, 53.1], *SQUARE[3:]]]}, "outside"),
])
def test_invalid_polygons(geom: dict[str, object], why: str) -> None:
    problem = schema.geometry_problem("service_areas", geom)
    assert problem is not None and why in problem
