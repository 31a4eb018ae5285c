"""Filtering aid points: the filter model, its SQL for the layer, and an in-memory index.

The same `AidFilter` drives the map (as an OGR subset string on the working
copy layer), the counts in the filter dock, printing and export. Counts and
matches come from `AidIndex`: numpy bit masks over all points, so a change of
filter costs a few milliseconds even at 100,000 points, and typing in the
search box does not wait for the database.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np

from mapujpomoc_model import catalog

TEXT_COLUMNS = ("name", "organization", "street", "house_number", "postcode", "city", "description")
# after NFD decomposition: drop the combining marks (U+0300-U+036F: Polish ą ć ę ń ó ś ź ż, Ukrainian
# ї й ё) and fold the letters that do not decompose (ł, ґ, є); str.translate runs at C speed
_FOLD = str.maketrans({**{chr(c): None for c in range(0x300, 0x370)}, "ł": "l", "ґ": "г", "є": "е"})


def fold(text: str) -> str:
    """Lower case without diacritics: 'Łódź' -> 'lodz', 'Їжак' -> 'іжак', 'Ґанок' -> 'ганок'."""
    return unicodedata.normalize("NFD", text.casefold()).translate(_FOLD)


def months_ago(months: int, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    year, month = divmod(today.month - 1 - months, 12)
    month += 1
    year += today.year
    day = min(today.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
                          30, 31, 31, 30, 31, 30, 31][month - 1])
    return dt.date(year, month, day)


@dataclass
class AidFilter:
    """Every list means "any of"; empty lists and empty text mean "no restriction"."""

    help_types: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    verified_within_months: int | None = None
    regions: list[str] = field(default_factory=list)  # TERYT prefixes of 2, 4 or 7 digits
    text: str = ""

    @property
    def empty(self) -> bool:
        return self == AidFilter()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AidFilter:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def without(self, name: str) -> AidFilter:
        """The same filter with one criterion lifted (for "how many would match with this one too")."""
        data = self.to_json()
        data[name] = None if name == "verified_within_months" else ("" if name == "text" else [])
        return AidFilter.from_json(data)

    def to_sql(self, text_fids: list[int] | None = None, today: dt.date | None = None) -> str:
        """A WHERE clause for the working copy's aid_points table (an OGR subset string).

        Free text is matched in Python (SQLite cannot fold Polish or Ukrainian
        letters), so the caller passes the matching fids in `text_fids`.
        """
        parts: list[str] = []
        for column, codes in (("help_types", self.help_types), ("languages", self.languages),
                              ("forms", self.forms), ("target_groups", self.target_groups)):
            valid = [c for c in codes if c in catalog.codes(catalog.LISTS[column])]
            if valid:
                parts.append("(" + " OR ".join(f"\"{column}\" LIKE '%\"{c}\"%'" for c in valid) + ")")
        statuses = [s for s in self.statuses if s in catalog.codes(catalog.STATUSES)]
        if statuses:
            parts.append("\"status\" IN (" + ", ".join(f"'{s}'" for s in statuses) + ")")
        if self.verified_within_months is not None:
            parts.append(f"\"verified_at\" >= '{months_ago(int(self.verified_within_months), today).isoformat()}'")
        regions = [r for r in self.regions if r.isdigit()]
        if regions:
            parts.append("(" + " OR ".join(f"\"teryt\" LIKE '{r}%'" for r in regions) + ")")
        if self.text.strip():
            ids = text_fids or []
            parts.append("fid IN (" + ",".join(str(int(i)) for i in ids) + ")" if ids else "0")
        return " AND ".join(parts)


def _bits(codes_: tuple[str, ...]) -> dict[str, int]:
    return {code: 1 << i for i, code in enumerate(codes_)}


class AidIndex:
    """Bit masks of every aid point of a working copy, for fast matching and counting."""

    LIST_COLUMNS = ("help_types", "languages", "forms", "target_groups")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.bits = {col: _bits(catalog.codes(catalog.LISTS[col])) for col in self.LIST_COLUMNS}
        cols = ", ".join(f'"{c}"' for c in ("fid", "teryt", "status", "verified_at", *self.LIST_COLUMNS,
                                               *TEXT_COLUMNS))
        rows = conn.execute(f"SELECT {cols} FROM aid_points ORDER BY fid").fetchall()
        n = len(rows)
        self.fids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
        self.teryt = np.array([r[1] or "" for r in rows], dtype="<U7")
        statuses = catalog.codes(catalog.STATUSES)
        self.status = np.fromiter((statuses.index(r[2]) if r[2] in statuses else -1 for r in rows),
                                  dtype=np.int8, count=n)
        self.verified = np.array([r[3] or "" for r in rows], dtype="<U10")
        self.masks: dict[str, np.ndarray] = {}
        for offset, col in enumerate(self.LIST_COLUMNS, start=4):
            table = self.bits[col]
            seen: dict[Any, int] = {}  # few distinct combinations repeat over many points
            self.masks[col] = np.fromiter(
                (seen[v] if v in seen else seen.setdefault(v, self._mask(v, table)) for v in (r[offset] for r in rows)),
                dtype=np.int64, count=n)
        self.text = [fold(" ".join(str(v) for v in r[8:] if v)) for r in rows]

    @staticmethod
    def _mask(value: Any, table: dict[str, int]) -> int:
        if not value:
            return 0
        try:
            codes_ = json.loads(value) if isinstance(value, str) else value
        except ValueError:
            return 0
        return sum(table.get(c, 0) for c in set(codes_)) if isinstance(codes_, list) else 0

    def __len__(self) -> int:
        return len(self.fids)

    def text_match(self, text: str) -> np.ndarray:
        words = fold(text).split()
        if not words:
            return np.ones(len(self), dtype=bool)
        return np.fromiter((all(w in t for w in words) for t in self.text), dtype=bool, count=len(self))

    def match(self, flt: AidFilter, today: dt.date | None = None) -> np.ndarray:
        """Boolean mask of the points `flt` keeps."""
        keep = np.ones(len(self), dtype=bool)
        for col in self.LIST_COLUMNS:
            wanted = getattr(flt, col)
            if wanted:
                bits = sum(self.bits[col].get(c, 0) for c in wanted)
                keep &= (self.masks[col] & bits) != 0
        if flt.statuses:
            codes_ = catalog.codes(catalog.STATUSES)
            keep &= np.isin(self.status, [codes_.index(s) for s in flt.statuses if s in codes_])
        if flt.verified_within_months is not None:
            keep &= self.verified >= months_ago(int(flt.verified_within_months), today).isoformat()
        if flt.regions:
            region_keep = np.zeros(len(self), dtype=bool)
            for prefix in flt.regions:
                region_keep |= np.char.startswith(self.teryt, prefix)
            keep &= region_keep
        if flt.text.strip():
            keep &= self.text_match(flt.text)
        return keep

    def matching_fids(self, flt: AidFilter, today: dt.date | None = None) -> np.ndarray:
        return self.fids[self.match(flt, today)]

    def counts(self, flt: AidFilter, column: str = "help_types") -> dict[str, int]:
        """For each code of a list column: how many points match `flt` with that code (others lifted)."""
        base = self.match(flt.without(column))
        masks = self.masks[column][base]
        return {code: int(np.count_nonzero(masks & bit)) for code, bit in self.bits[column].items()}

    def subset(self, flt: AidFilter, today: dt.date | None = None) -> str:
        """The subset string for the layer, with text matches resolved to fids."""
        text_fids = None
        if flt.text.strip():
            text_fids = self.fids[self.text_match(flt.text)].tolist()
        return flt.to_sql(text_fids, today)
