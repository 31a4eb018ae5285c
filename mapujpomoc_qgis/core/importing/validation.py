"""The shared model's rules on an imported row, with the reasons in the UI language; the user's scope.

`problems` is `mapujpomoc_model.schema.validate_properties`, the function the store runs, so a row
accepted here is accepted by the store. `reason` words a problem as the attribute form does (the
field's name and the rule it breaks, in the UI language); without QGIS the model's English stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from mapujpomoc_model import form_rules, schema

from .columns import COLLECTION


def problems(props: dict[str, Any], *, partial: bool = False) -> list[tuple[str, str]]:
    """(field, the model's message) of everything wrong with `props`."""
    return schema.validate_properties(COLLECTION, props, partial=partial)


_ABSENT = object()


def problems_of_rows(rows: list[dict[str, Any]]) -> list[list[tuple[str, str]]]:
    """`problems` of many rows' properties as created (`schema.with_defaults`), column by column: the model
    checks each field's value without looking at the others (`schema.field_issue`), so each distinct value
    of a field is checked once, and the required fields once per row; a row with any finding is then checked
    whole by `problems`, whose list it gets (tests/unit/test_import_columns.py compares the two)."""
    fields = schema.fields_by_name(COLLECTION)
    editable = {f.name for f in schema.editable_fields(COLLECTION)}
    defaults = schema.with_defaults(COLLECTION, {})
    flagged: set[int] = set()
    for f in schema.editable_fields(COLLECTION):
        if f.required and f.name not in defaults:
            flagged.update(k for k, props in enumerate(rows) if f.name not in props)
    names: set[str] = set().union(*rows, defaults) if rows else set()
    if names - editable:  # a field the model does not know, or one the store assigns: the model says
        flagged.update(k for k, props in enumerate(rows) if not props.keys() <= editable)
    for name in names & editable:
        if name in defaults:  # what `with_defaults` leaves
            default = defaults[name]
            values = [default if (v := props.get(name)) is None else v for props in rows]
        else:
            values = [props.get(name, _ABSENT) for props in rows]
        # a value as a key: a list as a tuple (with its type, as any value but text)
        keys = [v if type(v) is str else (type(v), tuple(v) if type(v) is list else v) for v in values]
        try:
            distinct = dict(zip(keys, values))
        except TypeError:  # a value that cannot be a key: the rows with this field are checked whole
            flagged.update(k for k, v in enumerate(values) if v is not _ABSENT)
            continue
        f = fields[name]
        if schema.plain_texts_pass(f, distinct.values()):
            continue
        refused = {key for key, value in distinct.items()
                   if value is not _ABSENT and schema.field_issue(f, value) is not None}
        if refused:
            flagged.update(k for k, key in enumerate(keys) if key in refused)
    return [problems(schema.with_defaults(COLLECTION, dict(props))) if k in flagged else []
            for k, props in enumerate(rows)]


def field_label(field: str) -> str:
    """A field's name in the UI language (the attribute form's alias)."""
    try:
        from ..project.layers import field_aliases
    except ImportError:  # no QGIS (the unit tier)
        return field
    return field_aliases().get(field, field)


def reason(field: str, message: str) -> str:
    """One problem for the user: "Phone: A phone number has digits, …" in the UI language."""
    try:
        from ..project.layers import field_aliases, rule_message
    except ImportError:  # no QGIS (the unit tier): the model's own words
        return f"{field}: {message}"
    alias = field_aliases().get(field, field)
    rule = form_rules.form_rules(COLLECTION).get(field)
    check = _check_of(message)
    if rule is None or check is None:
        return f"{alias}: {message}"
    return f"{alias}: {rule_message(replace(rule, checks=(check,)))}"


def _check_of(message: str) -> str | None:
    """Which of the form's checks a model message is about (the form's words say it in the UI language)."""
    if message == "is required":
        return form_rules.REQUIRED
    if "characters long" in message:
        return form_rules.MAX_LENGTH
    if message.startswith("unknown code") or "is not one of" in message:
        return form_rules.CODES
    if message == "lists a code more than once":
        return form_rules.UNIQUE
    if message.startswith(("must be", "is nested", "is longer")):
        return None
    return form_rules.FORMAT


def reasons(found: list[tuple[str, str]]) -> str:
    return "; ".join(reason(f, m) for f, m in found)


def outside_scope(teryt: str | None, me: dict[str, Any] | None) -> bool:
    """Whether the store would refuse a point in commune `teryt` from this user (None: no commune)."""
    me = me or {}
    if me.get("writes_anywhere") or me.get("role") == "admin" or not me:
        return False
    if me.get("role") == "viewer":
        return True
    return not teryt or not any(str(teryt).startswith(p) for p in me.get("scope") or [])
