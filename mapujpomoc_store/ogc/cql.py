"""OGC API - Features Part 3 filters: CQL2 text or JSON, parsed by pygeofilter (text with cql_text.py's
fixes of its grammar), turned into SQLAlchemy conditions over `db.features` (or `db.boundaries`) that run on
SQLite and PostgreSQL alike. Dates and times compared with a date or date-time property are read as such,
whether written as CQL2's DATE()/TIMESTAMP() or as text (`Translator.literal`).

A filter sees what the reader sees (privacy.py): the location fields of a feature shown generalised, and
the editor to an anonymous reader, are null in the filter too, and a spatial filter meets a point where
the reader sees it. List fields (help_types, forms, languages, target_groups) are stored as tags
(" help:legal form:online "), so for them:

- `help_types = 'legal'` means the list holds "legal" (`<>`: does not); `IN (...)`: holds any of them;
- `help_types LIKE 'leg%'`: holds a code matching the pattern; `IS NULL`: the list is empty;
- A_CONTAINS / A_OVERLAPS / A_CONTAINEDBY / A_EQUALS (CQL2 JSON; pygeofilter's text parser has no arrays)
  as CQL2 defines them, over the codes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from pygeofilter import ast, values
from pygeofilter.parsers.cql2_json import parse as parse_json
from sqlalchemy import ColumnElement, and_, case, cast, false, func, not_, null, or_, true
from sqlalchemy.dialects.postgresql import JSONB

from .. import db
from ..privacy import EXACT, LOCATION_FIELDS, Reader
from ..problems import Problem
from .cql_text import parse as parse_text
from .params import parse_instant, stored_instant
from .queryables import LIST_PREFIX, queryables

LANGS = ("cql2-text", "cql2-json")  # also read under the draft names: cql-text (what GDAL 3.6 sends), cql-json
_COMPARISONS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Equal: lambda a, b: a == b, ast.NotEqual: lambda a, b: a != b, ast.LessThan: lambda a, b: a < b,
    ast.LessEqual: lambda a, b: a <= b, ast.GreaterThan: lambda a, b: a > b, ast.GreaterEqual: lambda a, b: a >= b}
_COLUMNS = {"teryt": "teryt", "status": "status", "updated_at": "updated_at", "version": "version",
            "aid_point_id": "parent_id"}  # properties with a column of their own in db.features


def parse(text: str, lang: str | None) -> ast.Node:
    """The filter's syntax tree; a 400 naming the problem when it does not parse."""
    lang = {"cql-text": "cql2-text", "cql-json": "cql2-json"}.get(lang or "cql2-text", lang or "cql2-text")
    if lang not in LANGS:
        raise Problem(400, None, "invalid-parameter", code="filter-lang", params={"language": lang})
    try:
        return parse_text(text) if lang == "cql2-text" else parse_json(_lower_ops(json.loads(text)))
    except Exception as exc:  # noqa: BLE001 - lark and pygeofilter raise many kinds; all mean a bad filter
        raise Problem(400, None, "invalid-parameter", code="filter-syntax",
                      params={"language": lang, "error": str(exc).splitlines()[0][:200]}) from None


def _lower_ops(node: Any) -> Any:
    """CQL2 JSON with its operators in lower case: the standard spells "a_containedBy", pygeofilter
    knows "a_containedby"."""
    if isinstance(node, dict):
        return {k: (v.lower() if k == "op" and isinstance(v, str) else _lower_ops(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_lower_ops(v) for v in node]
    return node


class Translator:
    """Turns a filter's syntax tree into a condition for collection `c` as `reader` sees it."""

    def __init__(self, c: str, reader: Reader, dialect: str, known_codes: dict[str, frozenset[str]]) -> None:
        self.c, self.reader, self.dialect, self.known_codes = c, reader, dialect, known_codes
        self.names = queryables(c)
        self.boundaries = c not in _EDITABLE_COLLECTIONS

    def sql(self, node: Any) -> ColumnElement[bool]:
        if isinstance(node, ast.And):
            return and_(self.sql(node.lhs), self.sql(node.rhs))
        if isinstance(node, ast.Or):
            return or_(self.sql(node.lhs), self.sql(node.rhs))
        if isinstance(node, ast.Not):
            return not_(self.sql(node.sub_node))
        if isinstance(node, bool):  # CQL2's TRUE / FALSE as a whole condition
            return true() if node else false()
        name = node.lhs.name if isinstance(getattr(node, "lhs", None), ast.Attribute) else None
        if name in LIST_PREFIX and not self.boundaries:
            return self._list(node, name)
        if isinstance(node, ast.GeometryIntersects):
            return self._intersects(node)
        if type(node) in _COMPARISONS:
            return _COMPARISONS[type(node)](self.value(node.lhs), self.literal(node.lhs, node.rhs))
        if isinstance(node, ast.Like):
            value = self.value(node.lhs)
            if node.nocase:
                value = func.lower(value)
            # SQLite's LIKE ignores case, PostgreSQL's does not: GLOB is SQLite's case-sensitive match
            cond = (value.op("GLOB")(_pattern(node, "*?", _GLOB_LITERAL)) if self.dialect == "sqlite"
                    else value.like(_pattern(node, "%_", _LIKE_LITERAL), escape="\\"))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.In):
            cond = self.value(node.lhs).in_([self.literal(node.lhs, v) for v in node.sub_nodes])
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.Between):
            cond = self.value(node.lhs).between(self.literal(node.lhs, node.low), self.literal(node.lhs, node.high))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.IsNull):
            cond = self.value(node.lhs).is_(None)
            return not_(cond) if node.not_ else cond
        raise _unsupported(node)

    def value(self, node: Any) -> Any:
        """A property's SQL expression, or a literal as the store writes it."""
        if isinstance(node, ast.Attribute):
            return self._property(node.name)
        if isinstance(node, ast.Function) and node.name == "lower" and len(node.arguments) == 1:  # CASEI
            return func.lower(self.value(node.arguments[0]))
        if isinstance(node, dt.datetime):
            return stored_instant(node)
        if isinstance(node, dt.date):
            return node.isoformat()
        if isinstance(node, str | int | float | bool):
            return node
        raise _unsupported(node)

    def literal(self, lhs: Any, node: Any) -> Any:
        """`node` compared with `lhs`: against a date or date-time property, a date or time (written as
        CQL2's DATE()/TIMESTAMP() or, as GDAL and QGIS do, as text: '2025-06-01', GDAL's '2025-06-01T',
        '2025-06-01T10:00:00Z') is written the way the store stores that property, so that comparing the
        texts compares the days or instants: text compared as it came would put '2025-06-01' before
        '2025-06-01T' and '2025-06-01T00:00:00.000Z' before '2025-06-01T00:00:00Z'."""
        kind = self.names.get(lhs.name, {}).get("format") if isinstance(lhs, ast.Attribute) else None
        if kind not in ("date", "date-time") or not isinstance(node, str | dt.date):
            return self.value(node)
        try:
            if isinstance(node, str):
                instant, precision = parse_instant(node)
                day = precision == dt.timedelta(days=1)
            else:
                day = not isinstance(node, dt.datetime)
                instant = (dt.datetime.combine(node, dt.time(), dt.UTC) if day
                           else node if node.tzinfo else node.replace(tzinfo=dt.UTC))
        except ValueError:
            raise Problem(400, None, "invalid-parameter", code="filter-not-date" if kind == "date" else
                          "filter-not-datetime", params={"value": str(node), "property": lhs.name}) from None
        if kind == "date-time":
            return stored_instant(instant)
        if not day and instant.astimezone(dt.UTC).time() != dt.time():
            raise Problem(400, None, "invalid-parameter", code="filter-date-with-time",
                          params={"property": lhs.name, "value": str(node)})
        return instant.astimezone(dt.UTC).date().isoformat() if not day else instant.date().isoformat()

    def _property(self, name: str) -> Any:
        if name not in self.names or name == "geometry" or name in LIST_PREFIX:
            raise Problem(400, None, "invalid-parameter", code="filter-property", params={
                "name": name, "layer": self.c, "queryables": [n for n in self.names if n != "geometry"]})
        if self.boundaries:
            b = db.boundaries.c
            return {"teryt": b.code, "name": b.name, "level": b.level}[name]
        t = db.features.c
        if name in _COLUMNS:
            return getattr(t, _COLUMNS[name])
        if self.dialect == "postgresql":
            stored = cast(t.properties, JSONB).op("->>")(name)
        else:
            stored = func.json_extract(t.properties, f'$."{name}"')
        if name == "updated_by" and self.reader.anonymous:
            return null()
        if name in LOCATION_FIELDS:  # null where the reader gets the feature generalised
            return case((self.reader.sql_exact() | (t.public_view == EXACT), stored), else_=null())
        return stored

    def _list(self, node: Any, name: str) -> ColumnElement[bool]:
        prefix, known = LIST_PREFIX[name], self.known_codes[name]
        tags = db.features.c.tags

        def has(code: Any) -> ColumnElement[bool]:
            return tags.contains(f" {prefix}:{code} ", autoescape=True) if code in known else false()

        def codes(node_value: Any) -> list[Any]:
            return list(node_value) if isinstance(node_value, list | tuple) else [node_value]
        if isinstance(node, ast.Equal):
            return has(node.rhs)
        if isinstance(node, ast.NotEqual):
            return not_(has(node.rhs))
        if isinstance(node, ast.In):
            cond = or_(false(), *(has(v) for v in node.sub_nodes))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.Like):
            pattern = re.compile(_regex(node), re.IGNORECASE if node.nocase else 0)
            cond = or_(false(), *(has(code) for code in sorted(known) if pattern.fullmatch(code)))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.IsNull):
            cond = not_(tags.contains(f" {prefix}:", autoescape=True))
            return not_(cond) if node.not_ else cond
        if isinstance(node, ast.ArrayContains):
            return and_(true(), *(has(v) for v in codes(node.rhs)))
        if isinstance(node, ast.ArrayOverlaps):
            return or_(false(), *(has(v) for v in codes(node.rhs)))
        if isinstance(node, ast.ArrayContainedBy):
            return and_(true(), *(not_(has(code)) for code in sorted(known - set(codes(node.rhs)))))
        if isinstance(node, ast.ArrayEquals):
            wanted = set(codes(node.rhs))
            return and_(true(), *(has(v) for v in wanted), *(not_(has(c)) for c in sorted(known - wanted)))
        raise _unsupported(node)

    def _intersects(self, node: Any) -> ColumnElement[bool]:
        """S_INTERSECTS(geometry, BBOX(...)) or with an envelope: where the reader sees the feature."""
        rhs = node.rhs
        if isinstance(rhs, ast.Function) and rhs.name.lower() == "bbox" and len(rhs.arguments) in (4, 6):
            a = [float(v) for v in rhs.arguments]
            box = (a[0], a[1], a[2], a[3]) if len(a) == 4 else (a[0], a[1], a[3], a[4])
        elif isinstance(rhs, values.Envelope):
            box = (rhs.x1, rhs.y1, rhs.x2, rhs.y2)
        else:
            raise _unsupported(node, "filter-spatial-unsupported")
        if self.boundaries:  # bounds only: exact geometry tests are the bbox parameter's job
            b = db.boundaries.c
            return (b.maxx >= box[0]) & (b.minx <= box[2]) & (b.maxy >= box[1]) & (b.miny <= box[3])
        return self.reader.sql_bbox(*box)


_EDITABLE_COLLECTIONS = ("aid_points", "service_areas")


def _regex(node: Any) -> str:
    out, escaped = [], False
    for ch in node.pattern:
        if escaped:
            out.append(re.escape(ch))
            escaped = False
        elif ch == node.escapechar:
            escaped = True
        elif ch == node.wildcard:
            out.append(".*")
        elif ch == "_":
            out.append(".")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _pattern(node: Any, wildcards: str, literal: Callable[[str], str]) -> str:
    """The CQL2 LIKE pattern (% any text, _ one character, backslash escapes) in a SQL matching syntax:
    `wildcards` its (any text, one character), `literal(ch)` a character matching itself."""
    out, escaped = [], False
    for ch in (node.pattern.lower() if node.nocase else node.pattern):
        if escaped:
            out.append(literal(ch))
            escaped = False
        elif ch == node.escapechar:
            escaped = True
        elif ch == node.wildcard:
            out.append(wildcards[0])
        elif ch == "_":  # CQL2's single character (pygeofilter reports "." but its grammar follows CQL2)
            out.append(wildcards[1])
        else:
            out.append(literal(ch))
    return "".join(out)


def _GLOB_LITERAL(ch: str) -> str:  # noqa: N802 - a constant-like helper
    return f"[{ch}]" if ch in "*?[" else ch


def _LIKE_LITERAL(ch: str) -> str:  # noqa: N802
    return "\\" + ch if ch in "%_\\" else ch


def _unsupported(node: Any, code: str = "filter-unsupported") -> Problem:
    """A 400 naming the construct (`code` says why: mapujpomoc_model.request_messages)."""
    return Problem(400, None, "invalid-parameter", code=code, params={"what": type(node).__name__})
