"""Store features <-> working copy rows.

Lists and JSON objects live in GeoPackage text columns with GDAL's JSON
subtype, which QGIS shows as lists; other programs may write them as plain
JSON or as `{a,b}` (the form QGIS uses for string fields), so reading
accepts all of these. Values are compared after `normalise`, never as text.
"""

from __future__ import annotations

import json
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.gpkg_geom import decode, encode

STORE_KEYS = schema.STORE_KEYS


def columns(collection: str) -> list[str]:
    """Data columns of the layer, in table order after fid and geom."""
    return ["uuid"] + [f.name for f in schema.COLLECTION_FIELDS[collection]]


def _parse_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    text = str(value).strip()
    if text.startswith("["):
        parsed = json.loads(text)
        return parsed if isinstance(parsed, list) else [parsed]
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    return [v.strip().strip('"') for v in text.split(",") if v.strip()]


def from_column(f: schema.Field, value: Any) -> Any:
    """A column value as the store represents it."""
    if f.kind == schema.LIST:
        return _parse_list(value)
    if value is None or value == "":
        return None
    if f.kind == schema.JSON:
        return json.loads(value) if isinstance(value, str) else value
    if f.kind == schema.DATE:
        return str(value)[:10].replace("/", "-")
    if f.kind == schema.INT:
        return int(value)
    return str(value) if not isinstance(value, str) else value


def to_column(f: schema.Field, value: Any) -> Any:
    if f.kind in (schema.LIST, schema.JSON):
        return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def normalise(collection: str, props: dict[str, Any]) -> dict[str, Any]:
    """Editable properties only, every field present, in store form: the columns decoded, then the
    shared model's one `schema.normalise`."""
    return schema.normalise(collection, {f.name: from_column(f, props.get(f.name))
                                         for f in schema.editable_fields(collection)})


def row_values(collection: str, feature: dict[str, Any]) -> tuple[Any, ...]:
    """(geom blob, uuid, field values...) for an INSERT of a store feature."""
    props = feature.get("properties") or {}
    return (encode(feature.get("geometry")), feature["id"],
            *(to_column(f, props.get(f.name)) for f in schema.COLLECTION_FIELDS[collection]))


def read_row(collection: str, row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(editable properties, geometry) of a local row, in store form."""
    fields = schema.fields_by_name(collection)
    props = {name: from_column(fields[name], row.get(name)) for name in fields if name not in STORE_KEYS}
    return props, decode(row.get("geom"))
