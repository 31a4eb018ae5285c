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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from . import catalog
from .messages import Issue, field_message
from .opening_hours import opening_hours_issue

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


_NO_DIGITS = str.maketrans("", "", "0123456789")  # PHONE_RE lets no other digits in


def _phone_issue(value: str) -> Issue | None:
    if not PHONE_RE.match(value) or len(value) - len(value.translate(_NO_DIGITS)) < PHONE_MIN_DIGITS:
        return "bad_phone", {}
    return None


def _regex_issue(regex: re.Pattern[str], code: str) -> Callable[[str], Issue | None]:
    def check(value: str) -> Issue | None:
        return None if regex.match(value) else (code, {})
    return check


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    max_len: int | None = None
    required: bool = False
    entries: tuple[catalog.Entry, ...] | None = None
    store_assigned: bool = False
    check: Callable[[str], Issue | None] | None = None  # a text's format: (code, params) of mapujpomoc_model.messages

    @cached_property
    def allowed(self) -> tuple[str, ...] | None:
        # worked out once per field: the validation asks for it on every value (a frozen dataclass keeps
        # a cached_property, which writes the instance's __dict__ directly)
        return catalog.codes(self.entries) if self.entries else None

    @cached_property
    def allowed_set(self) -> frozenset[str]:
        """`allowed` for membership tests (empty when the field has no codes)."""
        return frozenset(self.allowed or ())


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
    Field("postcode", TEXT, 6, check=_regex_issue(POSTCODE_RE, "bad_postcode")),
    Field("city", TEXT, 100),
    Field("phone", TEXT, 40, check=_phone_issue),
    Field("email", TEXT, 200, check=_regex_issue(EMAIL_RE, "bad_email")),
    Field("website", TEXT, 500, check=_regex_issue(URL_RE, "bad_url")),
    Field("opening_hours", TEXT, 255, check=opening_hours_issue),
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
    return dict(_fields_of(collection)[0])


def editable_fields(collection: str) -> tuple[Field, ...]:
    return _fields_of(collection)[1]


_FIELDS_CACHE: dict[str, tuple[tuple[Field, ...], dict[str, Field], tuple[Field, ...]]] = {}


def _fields_of(collection: str) -> tuple[dict[str, Field], tuple[Field, ...]]:
    """(fields by name, editable fields) of a collection, made once (validation runs per feature); made
    again if `COLLECTION_FIELDS` is given another tuple. The dict is shared: callers get copies."""
    fields = COLLECTION_FIELDS[collection]
    cached = _FIELDS_CACHE.get(collection)
    if cached is None or cached[0] is not fields:
        cached = _FIELDS_CACHE[collection] = (fields, {f.name: f for f in fields},
                                              tuple(f for f in fields if not f.store_assigned))
    return cached[1], cached[2]


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
    """The JSON type of `value`, as `messages.TYPE_NAMES` names it."""
    return {dict: "object", list: "list", str: "text", bool: "boolean",
            int: "number", float: "number", type(None): "null"}.get(type(value), type(value).__name__)


def field_problem(f: Field, value: Any) -> str | None:
    """Why `value` is not acceptable for `f` (in English), or None. `None` means 'empty'."""
    issue = field_issue(f, value)
    return None if issue is None else field_message(*issue)


def plain_texts_pass(f: Field, values: Iterable[Any]) -> bool:
    """Whether `field_issue` finds nothing in any of `values`, known without asking it value by value: the
    texts of a plain text field (no format check), none too long nor, when required, empty. False says only
    that they must be asked one by one."""
    if f.kind != TEXT or f.check is not None:
        return False
    values = list(values)
    return (all(type(v) is str for v in values) and (not f.required or all(values))
            and (not f.max_len or max(map(len, values), default=0) <= f.max_len))


def field_issue(f: Field, value: Any) -> Issue | None:
    """Why `value` is not acceptable for `f` as (code, params) of `mapujpomoc_model.messages`, or None."""
    if value is None or value == "" or value == []:
        return ("required", {}) if f.required else None
    if f.kind in (TEXT, ENUM, DATE, UUID):
        if not isinstance(value, str):
            return "not_text", {"type": _type_name(value)}
        if f.max_len and len(value) > f.max_len:
            return "too_long", {"length": len(value), "max": f.max_len}
        if f.kind == ENUM and value not in f.allowed_set:
            return "not_one_of", {"value": value, "allowed": list(f.allowed or ())}
        if f.kind == DATE:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return "not_date", {"value": value}
        if f.kind == UUID and not UUID_RE.match(value):
            return "not_uuid", {"value": value}
        if f.check:
            return f.check(value)
        return None
    if f.kind == LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "not_code_list", {"type": _type_name(value)}
        allowed = f.allowed_set
        unknown = [v for v in value if v not in allowed]
        if unknown:
            return "unknown_codes", {"codes": unknown, "known": list(f.allowed or ())}
        if len(set(value)) != len(value):
            return "duplicate_codes", {}
        return None
    if f.kind == JSON:
        if not isinstance(value, dict):
            return "not_object", {"type": _type_name(value)}
        return _json_issue(value)
    return None


def _json_issue(value: Any) -> Issue | None:
    """Limits of a JSON field: nesting and size (iterative: a deep value must not exhaust the stack)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > JSON_MAX_DEPTH:
            return "too_deep", {"max": JSON_MAX_DEPTH}
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    if len(json.dumps(value, ensure_ascii=False)) > JSON_MAX_CHARS:
        return "json_too_long", {"max": JSON_MAX_CHARS}
    return None


def validate_properties(collection: str, props: Any, *, partial: bool = False) -> list[tuple[str, str]]:
    """All problems with `props` as (field, message) pairs, in English (see `validate_issues`)."""
    return [(name, field_message(code, params) or code) for name, code, params in
            validate_issues(collection, props, partial=partial)]


def validate_issues(collection: str, props: Any, *, partial: bool = False) -> list[tuple[str, str, dict[str, Any]]]:
    """All problems with `props` as (field, code, params) of `mapujpomoc_model.messages`.

    `partial` checks only the fields present (a patch); otherwise required
    fields must be there. Store-assigned and unknown fields are refused.
    """
    if not isinstance(props, dict):
        return [("properties", "not_object", {"type": _type_name(props)})]
    known = _fields_of(collection)[0]
    problems: list[tuple[str, str, dict[str, Any]]] = []
    for name, value in props.items():
        f = known.get(name)
        if f is None:
            problems.append((name, "unknown_field", {"collection": collection}))
        elif f.store_assigned:
            continue  # echoed back by clients; the store ignores them
        else:
            issue = field_issue(f, value)
            if issue:
                problems.append((name, *issue))
    if not partial:
        for f in editable_fields(collection):
            if f.required and f.name not in props:
                problems.append((f.name, "required", {}))
    return problems


def _position_issue(pos: Any) -> Issue | None:
    if not isinstance(pos, list) or len(pos) not in (2, 3):
        return "position_shape", {}
    if not all(isinstance(c, (int, float)) and not isinstance(c, bool) and _finite(c) for c in pos):
        return "coordinates_not_finite", {}
    lon, lat = pos[0], pos[1]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return "position_out_of_range", {"lon": lon, "lat": lat}
    return None


def _finite(c: int | float) -> bool:
    try:
        return math.isfinite(c)
    except OverflowError:  # an integer of hundreds of digits: no float holds it
        return False


def geometry_problem(collection: str, geom: Any) -> str | None:
    """Structural check of a GeoJSON geometry for `collection`, in English (see `geometry_issue`)."""
    issue = geometry_issue(collection, geom)
    return None if issue is None else field_message(*issue)


def geometry_issue(collection: str, geom: Any) -> Issue | None:
    """Structural check of a GeoJSON geometry for `collection` (the store adds topology checks), as
    (code, params) of `mapujpomoc_model.messages`."""
    allowed = GEOMETRY_TYPES[collection]
    if not isinstance(geom, dict):
        return "geometry_not_object", {}
    extra = sorted(str(k) for k in geom if k not in GEOMETRY_MEMBERS)
    if extra:
        return "geometry_members", {"members": ", ".join(extra)[:200]}
    gtype, coords = geom.get("type"), geom.get("coordinates")
    if gtype not in allowed:
        return "geometry_type", {"allowed": list(allowed), "type": str(gtype)}
    if gtype == "Point":
        return _position_issue(coords)
    polygons = [coords] if gtype == "Polygon" else coords
    if not isinstance(polygons, list) or not polygons:
        return "no_coordinates", {}
    for poly in polygons:
        if not isinstance(poly, list) or not poly:
            return "polygon_rings", {}
        for ring in poly:
            if not isinstance(ring, list) or len(ring) < 4:
                return "ring_too_short", {}
            for pos in ring:
                issue = _position_issue(pos)
                if issue:
                    return issue
            if ring[0][:2] != ring[-1][:2]:
                return "ring_not_closed", {}
    return None
