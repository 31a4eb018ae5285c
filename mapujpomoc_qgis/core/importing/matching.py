"""Each row against the points already on the map: new, an update of one, or a probable duplicate.

- **update**: the row names an existing point by its uuid, or has the same name (case, diacritics and
  punctuation aside) within `distance` metres; `unchanged` when it would change nothing;
- **duplicate**: a similar name (character-bigram Dice ≥ `similarity`) or the same organisation within
  `distance`, or the same phone number or e-mail anywhere;
- **new**: none of these.

Fast for big maps (docs/ARCHITECTURE.md, "Import"): the points go into a grid of `distance`-sized cells in
metres (an equirectangular projection, good to a fraction of a percent over Poland), so a row looks only
at the nine cells around it; names, organisations, phones and e-mails go into dictionaries. Rows accepted
as new are added to the index, so the file's own repeated rows are found too. Pure Python.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model.labels import fold

NEW, UPDATE, UNCHANGED, DUPLICATE = "new", "update", "unchanged", "duplicate"
EARTH_M_PER_DEG = 111_195.0
DEFAULT_DISTANCE = 250.0
DEFAULT_SIMILARITY = 0.75
_DIGITS = re.compile(r"\D+")


@dataclass
class Known:
    """A point on the map (or a row already accepted as new): its identity and what matching compares."""

    uid: str
    name: str
    lon: float
    lat: float
    organization: str = ""
    phone: str = ""
    email: str = ""
    props: dict[str, Any] = field(default_factory=dict)
    teryt: str = ""


@dataclass
class Match:
    kind: str
    known: Known | None = None
    why: str = ""  # the rule that matched: "id", "name", "similar name", "organisation", "phone", "e-mail"
    metres: float | None = None


def phone_key(text: str) -> str:
    """The last 9 digits of a phone number (a Polish number with or without +48), '' when too short."""
    digits = _DIGITS.sub("", text or "")
    return digits[-9:] if len(digits) >= 6 else ""


def email_key(text: str) -> str:
    return (text or "").strip().lower()


def bigrams(folded: str) -> frozenset[str]:
    text = f" {folded} "
    return frozenset(map("".join, zip(text, text[1:])))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets: 1 for the same text, near 0 for unrelated ones."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


class PointIndex:
    """The grid and dictionaries over the known points (see the module doc)."""

    def __init__(self, points: Iterable[Known], distance: float = DEFAULT_DISTANCE,
                 similarity_min: float = DEFAULT_SIMILARITY) -> None:
        self.distance = float(distance)
        self.similarity_min = similarity_min
        # cells are `distance` wide at 55°N (Poland's north): farther south they are wider, so the nine cells
        # around a row hold every point within `distance`; farther north `near` looks at more columns
        self.cos_lat = math.cos(math.radians(55.0))
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.known: list[Known] = []
        # a point's folded name and bigrams, made when a row first comes near it (most never do)
        self._grams: list[frozenset[str] | None] = []
        self._folded: list[str | None] = []
        self.by_uid: dict[str, int] = {}
        self.by_phone: dict[str, list[int]] = {}
        self.by_email: dict[str, list[int]] = {}
        for point in points:
            self.add(point)

    def _cell(self, lon: float, lat: float) -> tuple[int, int]:
        return (int(math.floor(lon * EARTH_M_PER_DEG * self.cos_lat / self.distance)),
                int(math.floor(lat * EARTH_M_PER_DEG / self.distance)))

    def add(self, point: Known) -> None:
        i = len(self.known)
        self.known.append(point)
        self._folded.append(None)
        self._grams.append(None)
        self.by_uid[point.uid] = i
        self.cells.setdefault(self._cell(point.lon, point.lat), []).append(i)
        if phone_key(point.phone):
            self.by_phone.setdefault(phone_key(point.phone), []).append(i)
        if email_key(point.email):
            self.by_email.setdefault(email_key(point.email), []).append(i)

    def folded(self, i: int) -> str:
        value = self._folded[i]
        if value is None:
            value = self._folded[i] = fold(self.known[i].name)
        return value

    def grams(self, i: int) -> frozenset[str]:
        value = self._grams[i]
        if value is None:
            value = self._grams[i] = bigrams(self.folded(i))
        return value

    def metres(self, i: int, lon: float, lat: float) -> float:
        p = self.known[i]
        dx = (p.lon - lon) * EARTH_M_PER_DEG * math.cos(math.radians((p.lat + lat) / 2))
        dy = (p.lat - lat) * EARTH_M_PER_DEG
        return math.hypot(dx, dy)

    def near(self, lon: float, lat: float) -> list[tuple[float, int]]:
        """(metres, index) of the known points within `distance`, nearest first."""
        cx, cy = self._cell(lon, lat)
        reach = max(1, math.ceil(self.cos_lat / max(math.cos(math.radians(lat)), 1e-6)))
        out = []
        for gx in range(cx - reach, cx + reach + 1):
            for gy in (cy - 1, cy, cy + 1):
                for i in self.cells.get((gx, gy), ()):
                    d = self.metres(i, lon, lat)
                    if d <= self.distance:
                        out.append((d, i))
        out.sort()
        return out

    def match(self, name: str, lon: float, lat: float, *, uid: str = "", organization: str = "",
              phone: str = "", email: str = "") -> Match:
        """What the row is (without `unchanged`: that needs its values, see `changes`)."""
        if uid and uid in self.by_uid:
            i = self.by_uid[uid]
            return Match(UPDATE, self.known[i], "id", self.metres(i, lon, lat))
        folded, org = fold(name), fold(organization)
        near = self.near(lon, lat)
        for d, i in near:
            if folded and self.folded(i) == folded:
                return Match(UPDATE, self.known[i], "name", d)
        best: tuple[float, float, int] | None = None
        grams = bigrams(folded) if near else frozenset()
        for d, i in near:
            score = similarity(grams, self.grams(i))
            if score >= self.similarity_min and (best is None or score > best[0]):
                best = (score, d, i)
        if best is not None:
            return Match(DUPLICATE, self.known[best[2]], "similar name", best[1])
        if org:
            for d, i in near:
                if fold(self.known[i].organization) == org:
                    return Match(DUPLICATE, self.known[i], "organisation", d)
        for key, table, why in ((phone_key(phone), self.by_phone, "phone"), (email_key(email), self.by_email, "e-mail")):
            if key and key in table:
                i = table[key][0]
                return Match(DUPLICATE, self.known[i], why, self.metres(i, lon, lat))
        return Match(NEW)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return sorted(a or []) == sorted(b or [])
    return (a or None) == (b or None)


def changes(props: dict[str, Any], existing: dict[str, Any]) -> dict[str, Any]:
    """The fields the row would change on the existing point: values it gives that differ. A name that
    differs only in case or diacritics keeps the map's spelling."""
    out = {}
    for name, value in props.items():
        if name == "name" and fold(value) == fold(existing.get("name")):
            continue
        if not _same(value, existing.get(name)):
            out[name] = value
    return out
