"""Validation the writer adds to the shared model's: complete features (with a memo of recurring values),
merges of normalised properties, and feature ids in canonical UUID spelling."""

from __future__ import annotations

import uuid
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.messages import Issue

_FIELDS_BY_NAME = {c: schema.fields_by_name(c) for c in schema.EDITABLE_COLLECTIONS}
_EDITABLE_FIELDS = {c: schema.editable_fields(c) for c in schema.EDITABLE_COLLECTIONS}


def canonical_id(fid: str) -> str:
    """The canonical spelling of a UUID given in another one ({...}, urn:uuid:, upper case, no hyphens);
    anything else as it is. One UUID is one feature, however it is written."""
    if schema.UUID_RE.match(fid) or len(fid) > 45:
        return fid
    try:
        return str(uuid.UUID(fid))
    except ValueError:
        return fid


def new_id_problem(fid: Any) -> Issue | None:
    """Why `fid` cannot be the id of a new feature (code, params): only canonical UUIDs are stored."""
    if isinstance(fid, str) and schema.UUID_RE.match(fid):
        return None
    if isinstance(fid, str) and canonical_id(fid) != fid:
        return "id_spelling", {"value": fid, "canonical": canonical_id(fid)}
    return "id_not_uuid", {"value": str(fid)}


# -- validation of complete features --------------------------------------------------------------

# field_issue is a pure function of the field and the value, and its result depends on a list's
# items only when they are all text; values that recur (codes, lists of codes, postcodes, opening
# hours, dates...) are checked once per process. Plain text without a check is cheap and mostly
# unique, so it is not remembered.
_PLANS = {c: tuple((f.name, f, not (f.kind == schema.TEXT and f.check is None)) for f in fields)
          for c, fields in _EDITABLE_FIELDS.items()}
_MEMO: dict[tuple[Any, ...], Issue | None] = {}
_MEMO_MAX = 50_000


def complete_problems(collection: str, props: dict[str, Any], valid: Any = ()) -> list[tuple[str, str, dict[str, Any]]]:
    """`schema.validate_issues(collection, props)` for normalised `props` (see `normalise`).

    `valid` holds the names of fields already known to pass: ones that passed `validate_properties`
    as sent, which normalising cannot make invalid (empty text becomes null, a missing list [], a
    missing status its default). Every other field is checked, stored values included.
    """
    problems = []
    memo = _MEMO
    for name, f, remember in _PLANS[collection]:
        if name in valid:
            continue
        value = props[name]
        if remember:
            kind = type(value)
            key = (collection, name, kind, tuple(value) if kind is list else value)
            try:
                issue = memo[key]
            except KeyError:
                issue = schema.field_issue(f, value)
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[key] = issue
            except TypeError:  # not hashable (objects, nested lists)
                issue = schema.field_issue(f, value)
        else:
            issue = schema.field_issue(f, value)
        if issue:
            problems.append((name, *issue))
    return problems


def merge_normalised(collection: str, before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """`normalise(collection, {**before, **changes})` for a normalised `before` and known fields in `changes`."""
    fields = _FIELDS_BY_NAME[collection]
    merged = dict(before)
    merged.update((name, schema.normal_value(fields[name], value)) for name, value in changes.items())
    return schema.with_defaults(collection, merged)
