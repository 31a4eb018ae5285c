"""Field definitions, validation and normalisation shared by the store and the plugin.

The one rule set (docs/ARCHITECTURE.md, "The shared model"): the store refuses what
`validate_properties` reports, the plugin's pre-push checks call the same function, and the
attribute form's constraint expressions are generated from these fields (`form_rules`), so
whatever the form accepts the store accepts. Pure Python.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import catalog
from .opening_hours import opening_hours_problem

TEXT, LIST, ENUM, DATE, UUID, JSON, INT, DATETIME = (
    "text", "list", "enum", "date", "uuid", "json", "int", "datetime")

POSTCODE_RE = re.compile(r"^\d{2}-\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9(][0-9 ()\-]{4,22}[0-9]$")
URL_RE = re.compile(r"^https?://[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+(:\d{1,5})?([/?#]\S*)?$")
TERYT_RE = re.compile(r"^\d{7}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")  # canonical spelling only
PHONE_MIN_DIGITS = 6
JSON_MAX_DEPTH = 4  # objects and lists inside a JSON field (a service area's params are flat)
JSON_MAX_CHARS = 4000  # a JSON field's value, encoded
GEOMETRY_MEMBERS = ("type", "coordinates")  # nothing else: no bbox, crs or foreign members


def _phone_problem(value: str) -> str | None:
    if not PHONE_RE.match(value) or sum(c.isdigit() for c in value) < PHONE_MIN_DIGITS:
        return "is not a phone number (digits, spaces, dashes, brackets, optional leading +)"
    return None


def _regex_problem(regex: re.Pattern[str], what: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if regex.match(value) else f"is not {what}"
    return check


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    max_len: int | None = None
    required: bool = False
    entries: tuple[catalog.Entry, ...] | None = None
    store_assigned: bool = False
    check: Callable[[str], str | None] | None = None

    @property
    def allowed(self) -> tuple[str, ...] | None:
        return catalog.codes(self.entries) if self.entries else None


STORE_FIELDS = (
    Field("teryt", TEXT, store_assigned=True),
    Field("version", INT, store_assigned=True),
    Field("updated_at", DATETIME, store_assigned=True),
    Field("updated_by", TEXT, store_assigned=True),
)

AID_POINT_FIELDS: tuple[Field, ...] = (
    Field("name", TEXT, 200, required=True),
    Field("organization", TEXT, 200),
    Field("org_type", ENUM, entries=catalog.ORG_TYPES),
    Field("help_types", LIST, required=True, entries=catalog.HELP_TYPES),
    Field("forms", LIST, entries=catalog.FORMS),
    Field("languages", LIST, entries=catalog.SPOKEN_LANGUAGES),
    Field("description", TEXT, 2000),
    Field("street", TEXT, 200),
    Field("house_number", TEXT, 20),
    Field("postcode", TEXT, 6, check=_regex_problem(POSTCODE_RE, "a postcode of the form NN-NNN")),
    Field("city", TEXT, 100),
    Field("phone", TEXT, 40, check=_phone_problem),
    Field("email", TEXT, 200, check=_regex_problem(EMAIL_RE, "an e-mail address")),
    Field("website", TEXT, 500, check=_regex_problem(URL_RE, "a web address starting with http:// or https://")),
    Field("opening_hours", TEXT, 255, check=opening_hours_problem),
    Field("target_groups", LIST, entries=catalog.TARGET_GROUPS),
    Field("status", ENUM, entries=catalog.STATUSES),
    Field("verified_at", DATE),
    Field("visibility", ENUM, entries=catalog.VISIBILITIES),
) + STORE_FIELDS

SERVICE_AREA_FIELDS: tuple[Field, ...] = (
    Field("aid_point_id", UUID, required=True),
    Field("kind", ENUM, required=True, entries=catalog.SERVICE_AREA_KINDS),
    Field("params", JSON),
) + STORE_FIELDS

COLLECTION_FIELDS = {"aid_points": AID_POINT_FIELDS, "service_areas": SERVICE_AREA_FIELDS}
EDITABLE_COLLECTIONS = tuple(COLLECTION_FIELDS)  # what clients may write; boundaries are read-only
STORE_KEYS = tuple(f.name for f in STORE_FIELDS)  # assigned by the store, ignored when a client sends them
GEOMETRY_TYPES = {"aid_points": ("Point",), "service_areas": ("Polygon", "MultiPolygon")}
DEFAULTS = {"aid_points": {"status": "unverified", "visibility": "public"}, "service_areas": {}}


def fields_by_name(collection: str) -> dict[str, Field]:
    return {f.name: f for f in COLLECTION_FIELDS[collection]}


def editable_fields(collection: str) -> tuple[Field, ...]:
    return tuple(f for f in COLLECTION_FIELDS[collection] if not f.store_assigned)


def normalise(collection: str, props: dict[str, Any]) -> dict[str, Any]:
    """Every editable field present, in one canonical form: empty text as None, lists as lists ([]
    when empty), defaults filled in. Values are otherwise kept as they are, so validation still sees
    a wrong type. Store and plugin compare features only after this."""
    return with_defaults(collection, {f.name: normal_value(f, props.get(f.name)) for f in editable_fields(collection)})


def normal_value(f: Field, value: Any) -> Any:
    """One field's value in `normalise`'s canonical form."""
    if f.kind == LIST:
        return list(value or [])
    return None if value in ("", None) else value


def with_defaults(collection: str, props: dict[str, Any]) -> dict[str, Any]:
    """`props` (changed in place) with the collection's defaults where a value is missing."""
    for key, default in DEFAULTS[collection].items():
        if props.get(key) is None:
            props[key] = default
    return props


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def field_problem(f: Field, value: Any) -> str | None:
    """Why `value` is not acceptable for `f`, or None. `None` means 'empty'."""
    if value is None or value == "" or value == []:
        return "is required" if f.required else None
    if f.kind in (TEXT, ENUM, DATE, UUID):
        if not isinstance(value, str):
            return f"must be text, not {_type_name(value)}"
        if f.max_len and len(value) > f.max_len:
            return f"is {len(value)} characters long; at most {f.max_len} are allowed"
        if f.kind == ENUM and value not in (f.allowed or ()):
            return f"'{value}' is not one of: {', '.join(f.allowed or ())}"
        if f.kind == DATE:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"'{value}' is not a date (YYYY-MM-DD)"
        if f.kind == UUID and not UUID_RE.match(value):
            return f"'{value}' is not a UUID (lower-case, 8-4-4-4-12 hexadecimal digits)"
        if f.check:
            return f.check(value)
        return None
    if f.kind == LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"must be a list of codes, not {_type_name(value)}"
        unknown = [v for v in value if v not in (f.allowed or ())]
        if unknown:
            return f"unknown code(s) {', '.join(map(repr, unknown))}; known: {', '.join(f.allowed or ())}"
        if len(set(value)) != len(value):
            return "lists a code more than once"
        return None
    if f.kind == JSON:
        if not isinstance(value, dict):
            return f"must be an object, not {_type_name(value)}"
        return _json_problem(value)
    return None


def _json_problem(value: Any) -> str | None:
    """Limits of a JSON field: nesting and size (iterative: a deep value must not exhaust the stack)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > JSON_MAX_DEPTH:
            return f"is nested more than {JSON_MAX_DEPTH} levels deep"
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    if len(json.dumps(value, ensure_ascii=False)) > JSON_MAX_CHARS:
        return f"is longer than {JSON_MAX_CHARS} characters as JSON"
    return None


def validate_properties(collection: str, props: Any, *, partial: bool = False) -> list[tuple[str, str]]:
    """All problems with `props` as (field, message) pairs.

    `partial` checks only the fields present (a patch); otherwise required
    fields must be there. Store-assigned and unknown fields are refused.
    """
    if not isinstance(props, dict):
        return [("properties", f"must be an object, not {_type_name(props)}")]
    known = fields_by_name(collection)
    problems: list[tuple[str, str]] = []
    for name, value in props.items():
        f = known.get(name)
        if f is None:
            problems.append((name, "is not a field of " + collection))
        elif f.store_assigned:
            continue  # echoed back by clients; the store ignores them
        else:
            msg = field_problem(f, value)
            if msg:
                problems.append((name, msg))
    if not partial:
        for f in editable_fields(collection):
            if f.required and f.name not in props:
                problems.append((f.name, "is required"))
    return problems


def _position_problem(pos: Any) -> str | None:
    if not isinstance(pos, list) or len(pos) not in (2, 3):
        return "a position must be [longitude, latitude]"
    if not all(isinstance(c, (int, float)) and not isinstance(c, bool) and _finite(c) for c in pos):
        return "coordinates must be finite numbers (degrees, EPSG:4326)"
    lon, lat = pos[0], pos[1]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return f"[{lon}, {lat}] is outside longitude -180..180 / latitude -90..90 (EPSG:4326 expected)"
    return None


def _finite(c: int | float) -> bool:
    try:
        return math.isfinite(c)
    except OverflowError:  # an integer of hundreds of digits: no float holds it
        return False


def geometry_problem(collection: str, geom: Any) -> str | None:
    """Structural check of a GeoJSON geometry for `collection` (the store adds topology checks)."""
    allowed = GEOMETRY_TYPES[collection]
    if not isinstance(geom, dict):
        return "geometry must be a GeoJSON object"
    extra = sorted(str(k) for k in geom if k not in GEOMETRY_MEMBERS)
    if extra:
        return (f"geometry has the member(s) {', '.join(extra)[:200]}; a geometry holds only "
                f"{' and '.join(GEOMETRY_MEMBERS)} (coordinates in EPSG:4326), remove the others")
    gtype, coords = geom.get("type"), geom.get("coordinates")
    if gtype not in allowed:
        return f"geometry must be {' or '.join(allowed)}, not {gtype!r}"
    if gtype == "Point":
        return _position_problem(coords)
    polygons = [coords] if gtype == "Polygon" else coords
    if not isinstance(polygons, list) or not polygons:
        return "geometry has no coordinates"
    for poly in polygons:
        if not isinstance(poly, list) or not poly:
            return "a polygon must be a list of rings"
        for ring in poly:
            if not isinstance(ring, list) or len(ring) < 4:
                return "a polygon ring needs at least 4 positions"
            for pos in ring:
                msg = _position_problem(pos)
                if msg:
                    return msg
            if ring[0][:2] != ring[-1][:2]:
                return "a polygon ring must be closed (first position = last)"
    return None
