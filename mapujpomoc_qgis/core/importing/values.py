"""A row's cells into the properties of an aid point: list and enum cells to catalog codes (the user's
assignments first, then `mapujpomoc_model.labels`), dates, postcodes and web addresses in the form the
model checks; what cannot be mapped is listed for the user to assign. A whole table column by column
(`map_table`). Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model import schema
from mapujpomoc_model.labels import code_for, fold, split_values

from .columns import COLLECTION, FIELD_TARGETS, ColumnMapping
from .table import SourceTable

FIELDS = schema.fields_by_name(COLLECTION)
CODED = tuple(n for n in FIELD_TARGETS if FIELDS[n].kind in (schema.LIST, schema.ENUM))
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_POSTCODE_DIGITS = re.compile(r"^\d{5}$")
_BLANKS = re.compile(r"\s+")
_REWRITTEN = ("postcode", "website", "email", "verified_at")  # the fields `clean_text` does more to


@dataclass
class MappedRow:
    """The properties a row gives (only the fields it fills) and its values nobody could map."""

    props: dict[str, Any] = field(default_factory=dict)
    unmapped: list[tuple[str, str]] = field(default_factory=list)  # (field, source value)


def coded(target: str, text: str, mapping: ColumnMapping) -> str | None:
    """The code `text` means for `target`: the user's assignment, else the catalog's labels and spellings."""
    assigned = mapping.values.get(target, {}).get(fold(text))
    if assigned is not None:
        return assigned or None  # an empty assignment: the user chose to leave this value out
    return code_for(target, text)


def _date(text: str) -> str:
    m = _DMY.match(text)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else text


def clean_text(name: str, text: str) -> str:
    """A text cell as the model wants it: blanks collapsed; postcodes with their dash, web addresses with a
    scheme, dates as YYYY-MM-DD. Anything else (a bad phone) is left for the validation to refuse."""
    # printable text without two spaces in a row has no blanks to collapse (`isprintable` is False for any
    # other blank than the space)
    value = text.strip() if text.isprintable() and "  " not in text else _BLANKS.sub(" ", text).strip()
    if name == "postcode" and _POSTCODE_DIGITS.match(value):
        return f"{value[:2]}-{value[2:]}"
    if name == "website" and value.lower().startswith("www."):
        return "https://" + value
    if name == "email":
        return value.removeprefix("mailto:")
    if name == "verified_at":
        return _date(value)
    return value


class RowMapper:
    """`map_row` for the rows of one table under one mapping: the mapped fields found once, and each distinct
    text of a coded column mapped once (a list repeats "pomoc prawna; psychologiczna" on every row)."""

    def __init__(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.targets = [(name, header, FIELDS[name].kind) for name in FIELD_TARGETS
                        if (header := mapping.columns.get(name))]
        self._coded: dict[tuple[str, str], tuple[Any, list[tuple[str, str]]]] = {}

    def __call__(self, cells: dict[str, str]) -> MappedRow:
        out = MappedRow()
        for name, header, kind in self.targets:
            text = (cells.get(header) or "").strip()
            if not text:
                continue
            if name in CODED:
                value, unmapped = self._code(name, kind, text)
                if unmapped:
                    out.unmapped.extend(unmapped)
                if value is not None:
                    out.props[name] = list(value) if kind == schema.LIST else value
            else:
                out.props[name] = clean_text(name, text)
        return out

    def _code(self, name: str, kind: str, text: str) -> tuple[Any, list[tuple[str, str]]]:
        """(the codes of a list cell as a tuple, or an enum's code; None when none) and the values unmapped."""
        found = self._coded.get((name, text))
        if found is None:
            parts = split_values(text) if kind == schema.LIST else [text]
            codes: list[str] = []
            unmapped: list[tuple[str, str]] = []
            for part in parts:
                code = coded(name, part, self.mapping)
                if code is None:
                    if fold(part) not in self.mapping.values.get(name, {}):
                        unmapped.append((name, part))
                elif code not in codes:
                    codes.append(code)
            value = (tuple(codes) if kind == schema.LIST else codes[0]) if codes else None
            found = self._coded[(name, text)] = (value, unmapped)
        return found


def map_table(table: SourceTable, mapping: ColumnMapping) -> tuple[list[dict[str, Any]], list[list[tuple[str, str]]]]:
    """`map_row` of every row of `table`, column by column: each distinct cell of a column mapped once.
    (properties, values nobody could map) of each row, the properties' fields in `map_row`'s order."""
    mapper = RowMapper(mapping)
    n = len(table.rows)
    props: list[dict[str, Any]] = [{} for _ in range(n)]
    unmapped: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    for name, header, kind in mapper.targets:
        cells = table.column(header)
        distinct = list(dict.fromkeys(cells))
        texts = [c.strip() for c in distinct]
        if name not in CODED:
            found = dict(zip(distinct, clean_texts(name, texts)))
            for row, value in zip(props, [found[c] for c in cells]):
                if value is not None:
                    row[name] = value
            continue
        coded_cells = dict(zip(distinct, [mapper._code(name, kind, t) if t else None for t in texts]))
        copy = kind == schema.LIST  # each row its own list
        for k, got in enumerate([coded_cells[c] for c in cells]):
            if got is not None:
                value, missing = got
                if missing:
                    unmapped[k].extend(missing)
                if value is not None:
                    props[k][name] = list(value) if copy else value
    return props, unmapped


def clean_texts(name: str, texts: list[str]) -> list[str | None]:
    """`clean_text` of many stripped cells (None for an empty one): printable text without two spaces in a
    row, of a field `clean_text` leaves alone otherwise, is kept as it is."""
    if name not in _REWRITTEN and all(map(str.isprintable, texts)) and "  " not in "\0".join(texts):
        return [t or None for t in texts]
    return [clean_text(name, t) if t else None for t in texts]


def map_row(cells: dict[str, str], mapping: ColumnMapping) -> MappedRow:
    """The fields of one row (cells by header) under `mapping` (many rows: `RowMapper`)."""
    return RowMapper(mapping)(cells)


def unmapped_values(rows: list[dict[str, str]], mapping: ColumnMapping) -> dict[str, list[str]]:
    """field -> the distinct source values of the coded columns no code was found for."""
    out: dict[str, dict[str, None]] = {}
    mapper = RowMapper(mapping)
    for cells in rows:
        for name, value in mapper(cells).unmapped:
            out.setdefault(name, {})[value] = None
    return {k: list(v) for k, v in out.items()}
