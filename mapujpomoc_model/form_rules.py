"""The attribute form's rules, generated from the same fields and patterns the store validates with.

For each editable field, `form_rules` gives one QGIS expression that is true exactly when the store
would accept the value (docs/ARCHITECTURE.md, "The shared model"): required and empty, lengths,
enumerations, list codes, formats. The plugin sets it as the field's hard constraint, so the form
refuses what the store would refuse, before anything is saved. `tests/qgis/test_form_store_agreement.py`
runs one table of values through these expressions and through the store and asserts they agree.

The expressions are plain text in QGIS's expression language; nothing here imports QGIS. The regular
expressions are the model's own, written for both Python's `re` and PCRE (QGIS's `regexp_match`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import opening_hours as oh
from . import schema

# what a rule checks, for the plugin to say it in the UI language
REQUIRED, MAX_LENGTH, ONE_OF, CODES, UNIQUE, FORMAT = "required", "max_length", "one_of", "codes", "unique", "format"


@dataclass(frozen=True)
class FormRule:
    field: str
    expression: str  # true when the form may save the value
    checks: tuple[str, ...]  # which of REQUIRED, MAX_LENGTH, ... the expression holds
    max_len: int | None = None


def quoted_string(text: str) -> str:
    """A QGIS expression string literal (as QgsExpression.quotedString writes it)."""
    text = text.replace("'", "''").replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return f"'{text}'"


def quoted_column(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _matches(ref: str, pattern: re.Pattern[str]) -> str:
    return f"regexp_match({ref}, {quoted_string(pattern.pattern)})"


def _phone(ref: str) -> str:
    return (f"{_matches(ref, schema.PHONE_RE)} AND "
            f"length(regexp_replace({ref}, '[^0-9]', '')) >= {schema.PHONE_MIN_DIGITS}")


def _opening_hours(ref: str) -> str:
    rules = f"string_to_array(regexp_replace(trim({ref}), {quoted_string(oh.SEPARATOR_RE.pattern)}, ';'), ';')"
    bad_rule = f"trim(@element) <> '' AND NOT {_matches('trim(@element)', oh.RULE_RE)}"
    return (f"trim({ref}) <> '' AND NOT {_matches(f'trim({ref})', oh.EMPTY_RULE_RE)}"
            f" AND array_length(array_filter({rules}, {bad_rule})) = 0"
            f" AND NOT {_matches(ref, oh.EMPTY_SPAN_RE)} AND NOT {_matches(ref, oh.LATE_START_RE)}")


# field name -> the expression of its format, over the same patterns as schema's checks
FORMATS: dict[str, Callable[[str], str]] = {
    "postcode": lambda ref: _matches(ref, schema.POSTCODE_RE),
    "email": lambda ref: _matches(ref, schema.EMAIL_RE),
    "website": lambda ref: _matches(ref, schema.URL_RE),
    "phone": _phone,
    "opening_hours": _opening_hours,
}


def _text_array(values: tuple[str, ...]) -> str:
    return "array(" + ", ".join(quoted_string(v) for v in values) + ")"


def _value_checks(f: schema.Field, ref: str) -> list[tuple[str, str]]:
    """(check, expression) pairs for a value that is not empty."""
    checks: list[tuple[str, str]] = []
    if f.kind == schema.LIST:
        allowed = _text_array(f.allowed or ())
        checks.append((CODES, f"array_length(array_filter({ref}, NOT array_contains({allowed}, @element))) = 0"))
        checks.append((UNIQUE, f"array_length(array_distinct({ref})) = array_length({ref})"))
        return checks
    if f.kind in (schema.TEXT, schema.ENUM, schema.UUID) and f.max_len:
        checks.append((MAX_LENGTH, f"length({ref}) <= {f.max_len}"))
    if f.kind == schema.ENUM:
        checks.append((ONE_OF, f"array_contains({_text_array(f.allowed or ())}, {ref})"))
    if f.kind == schema.UUID:
        checks.append((FORMAT, _matches(ref, schema.UUID_RE)))
    if f.name in FORMATS:
        checks.append((FORMAT, FORMATS[f.name](ref)))
    return checks


def _empty(f: schema.Field, ref: str) -> str:
    if f.kind == schema.LIST:
        return f"({ref} IS NULL OR array_length({ref}) = 0)"
    if f.kind in (schema.TEXT, schema.ENUM, schema.UUID):
        return f"({ref} IS NULL OR {ref} = '')"
    return f"({ref} IS NULL)"  # a date column holds a date or nothing


_ARRAY_TEXT_PUNCTUATION = '^[{]|[}]$|"'  # the braces and quotes of PostgreSQL array text


def list_value(ref: str) -> str:
    """A list field's value as an array, also when the form holds it as text.

    QGIS 3.44's multi-select widget gives a GeoPackage JSON list as PostgreSQL array text
    ('{"pl","uk"}') when the provider types the field as a string list; the stored value is an array.
    """
    codes = f"regexp_replace({ref}, {quoted_string(_ARRAY_TEXT_PUNCTUATION)}, '')"
    return f"if({ref} LIKE '{{%}}', array_filter(string_to_array({codes}, ','), @element <> ''), {ref})"


def form_rule(f: schema.Field) -> FormRule | None:
    """The constraint of one editable field, or None when the form cannot get it wrong (a date, JSON)."""
    ref = list_value(quoted_column(f.name)) if f.kind == schema.LIST else quoted_column(f.name)
    checks = _value_checks(f, ref)
    if not checks and not f.required:
        return None
    value_ok = " AND ".join(f"({expr})" for _, expr in checks) or "TRUE"
    empty = _empty(f, ref)
    expression = f"NOT {empty} AND {value_ok}" if f.required else f"{empty} OR ({value_ok})"
    kinds = ((REQUIRED,) if f.required else ()) + tuple(dict.fromkeys(kind for kind, _ in checks))
    return FormRule(f.name, expression, kinds, f.max_len if MAX_LENGTH in kinds else None)


def form_rules(collection: str) -> dict[str, FormRule]:
    """Field name -> its form rule, for every editable field of `collection` that has one."""
    rules = (form_rule(f) for f in schema.editable_fields(collection))
    return {r.field: r for r in rules if r is not None}
