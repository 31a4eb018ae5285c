"""OGC API - Features Part 3 queryables: what a filter may name, per collection, as a JSON Schema.

Types come from the shared model (mapujpomoc_model.schema). The list fields (help_types, forms, languages,
target_groups) are stored as tags in `features.tags` (" help:legal form:online "): they are queryable as
arrays of codes; cql.py says how each operator reads them.
"""

from __future__ import annotations

from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.schema import fields_by_name

from ..features import EDITABLE

LIST_PREFIX = {"help_types": "help", "forms": "form", "languages": "lang", "target_groups": "group"}
BOUNDARY_QUERYABLES = {"teryt": {"type": "string", "title": "TERYT code"},
                       "name": {"type": "string", "title": "name"},
                       "level": {"type": "string", "enum": ["wojewodztwo", "powiat", "gmina"]}}
_GEOMETRY = {"aid_points": "geometry-point", "service_areas": "geometry-any"}


def _field_schema(field: schema.Field) -> dict[str, Any]:
    if field.kind == schema.LIST:
        return {"type": "array", "items": {"type": "string", "enum": list(field.allowed or ())}}
    out: dict[str, Any] = {"type": "integer" if field.kind == schema.INT else "string"}
    if field.kind == schema.DATE:
        out["format"] = "date"
    elif field.kind == schema.DATETIME:
        out["format"] = "date-time"
    elif field.kind == schema.UUID:
        out["format"] = "uuid"
    if field.allowed and field.kind == schema.ENUM:
        out["enum"] = list(field.allowed)
    if field.max_len:
        out["maxLength"] = field.max_len
    return out


def queryables(c: str) -> dict[str, dict[str, Any]]:
    """name -> JSON Schema of each queryable property of collection `c` (geometry included)."""
    if c not in EDITABLE:
        return {**BOUNDARY_QUERYABLES, "geometry": {"format": "geometry-multipolygon", "x-ogc-role": "primary-geometry"}}
    props = {name: _field_schema(f) for name, f in fields_by_name(c).items() if f.kind != schema.JSON}
    return {**props, "geometry": {"format": _GEOMETRY[c], "x-ogc-role": "primary-geometry"}}


def queryables_document(c: str, title: str, href: str) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": href, "type": "object",
            "title": title, "properties": queryables(c), "additionalProperties": False}


def feature_schema_document(c: str, title: str, href: str) -> dict[str, Any]:
    """A JSON Schema of one GeoJSON feature of collection `c`, the target of the collection's `describedBy` link:
    what GDAL's OAPIF driver reads for the layer's fields and their types (a list: StringList, a date: Date),
    so that they do not depend on the features of the first page, or on there being any (an empty collection).

    GDAL (3.6) reads `type` only as one name, so a property that may be null says so with OpenAPI 3.0's
    `nullable` instead of a list of types."""
    if c in EDITABLE:
        fields = fields_by_name(c)
        props = {name: {**_field_schema(f), **({} if f.required else {"nullable": True})}
                 for name, f in fields.items() if f.kind != schema.JSON}
        props.update({name: {"type": "object", "nullable": True} for name, f in fields.items()
                      if f.kind == schema.JSON})
    else:
        props = dict(BOUNDARY_QUERYABLES)
    geometry = {"type": "object", "required": ["type", "coordinates"], "properties": {
        "type": {"type": "string", "enum": list(schema.GEOMETRY_TYPES.get(c, ("MultiPolygon",)))},
        "coordinates": {"type": "array"}}}
    return {"$id": href, "title": f"A feature of {title}", "type": "object",
            "required": ["type", "id", "geometry", "properties"],
            "properties": {"type": {"type": "string", "enum": ["Feature"]},
                           "id": {"type": "string"},
                           "geometry": geometry,
                           "properties": {"type": "object", "properties": props},
                           "links": {"type": "array", "items": {"type": "object"}}}}


def property_parameters(c: str, taken: tuple[str, ...]) -> tuple[str, ...]:
    """The queryables usable as query parameters (`city=Olsztyn`: equality; a list: holds the code), but
    those the items endpoint already reads its own way (`status`, `teryt`...)."""
    return tuple(n for n in queryables(c) if n != "geometry" and n not in taken)
