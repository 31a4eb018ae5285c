"""Each row against the points already on the map: new, an update of one, or a probable duplicate.

- **update**: the row names an existing point by its uuid, or has the same name (case, diacritics and
  punctuation aside) within `distance` metres; `unchanged` when it would change nothing;
- **duplicate**: a similar name (character-bigram Dice ≥ `similarity`) or the same organisation within
  `distance`, or the same phone number or e-mail anywhere;
- **new**: none of these.

Fast for big maps (docs/ARCHITECTURE.md, "Import"): the points go into a grid of `distance`-sized cells in
metres (an equirectangular projection, good to a fraction of a percent over Poland), so a row looks only
at the cells around it; names, organisations, phones and e-mails go into dictionaries. Rows accepted
as new are added to the index, so the file's own repeated rows are found too. Pure Python with numpy
(which every QGIS ships).
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


_PHONE_MARKS = str.maketrans("", "", " -()+./")


def phone_key(text: str) -> str:
    """The last 9 digits of a phone number (a Polish number with or without +48), '' when too short."""
    digits = (text or "").translate(_PHONE_MARKS)
    if not digits.isdigit():
        digits = _DIGITS.sub("", digits)
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
    """The grid and dictionaries over the known points (see the module doc).

    The map's points are indexed at once with numpy (a grid of sorted cell keys, distances computed for a
    whole cell at a time); the rows a file adds later go to a small grid of Python lists. Names and
    organisations are looked up in dictionaries of folded text, so a common name on a crowded map costs
    one vector of distances, not a loop."""

    NEAREST = 64  # similar names are looked for among this many nearest points within the distance

    def __init__(self, points: Iterable[Known], distance: float = DEFAULT_DISTANCE,
                 similarity_min: float = DEFAULT_SIMILARITY) -> None:
        import numpy as np

        self.np = np
        self.distance = float(distance)
        self.similarity_min = similarity_min
        # cells are `distance` wide at 55°N (Poland's north): farther south they are wider, so the nine cells
        # around a row hold every point within `distance`; farther north `near` looks at more columns
        self.cos_lat = math.cos(math.radians(55.0))
        self.known: list[Known] = list(points)
        n = len(self.known)
        self.lon = np.fromiter((p.lon for p in self.known), float, n)
        self.lat = np.fromiter((p.lat for p in self.known), float, n)
        cx, cy = self._cells(self.lon, self.lat)
        keys = cx * (1 << 32) + cy
        self.order = np.argsort(keys, kind="stable")
        uniq, starts = np.unique(keys[self.order], return_index=True)
        ends = np.append(starts[1:], n)
        self.base_cells = dict(zip(uniq.tolist(), zip(starts.tolist(), ends.tolist())))
        self.extra_cells: dict[tuple[int, int], list[int]] = {}  # rows added later, by cell
        self._grams: dict[int, frozenset[str]] = {}  # made when a row first comes near a point
        self.by_uid: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_org: dict[str, list[int]] = {}
        self.by_phone: dict[str, list[int]] = {}
        self.by_email: dict[str, list[int]] = {}
        self._arrays: dict[int, Any] = {}  # id(list) -> its numpy copy, for long lists of a common name
        for i, point in enumerate(self.known):
            self._keys(i, point)

    def _cells(self, lon: Any, lat: Any) -> tuple[Any, Any]:
        np = self.np
        return (np.floor(lon * (EARTH_M_PER_DEG * self.cos_lat / self.distance)).astype(np.int64),
                np.floor(lat * (EARTH_M_PER_DEG / self.distance)).astype(np.int64) + (1 << 31))

    def _cell(self, lon: float, lat: float) -> tuple[int, int]:
        return (int(math.floor(lon * EARTH_M_PER_DEG * self.cos_lat / self.distance)),
                int(math.floor(lat * EARTH_M_PER_DEG / self.distance)) + (1 << 31))

    def _keys(self, i: int, point: Known) -> None:
        self.by_uid[point.uid] = i
        self.by_name.setdefault(fold(point.name), []).append(i)
        if point.organization:
            self.by_org.setdefault(fold(point.organization), []).append(i)
        phone = phone_key(point.phone)
        if phone:
            self.by_phone.setdefault(phone, []).append(i)
        if point.email:
            self.by_email.setdefault(email_key(point.email), []).append(i)

    def add(self, point: Known) -> None:
        """A row found new: later rows of the file are matched against it too."""
        i = len(self.known)
        self.known.append(point)
        self._keys(i, point)
        self.extra_cells.setdefault(self._cell(point.lon, point.lat), []).append(i)

    def grams(self, i: int) -> frozenset[str]:
        value = self._grams.get(i)
        if value is None:
            value = self._grams[i] = bigrams(fold(self.known[i].name))
        return value

    def metres(self, i: int, lon: float, lat: float) -> float:
        p = self.known[i]
        dx = (p.lon - lon) * EARTH_M_PER_DEG * math.cos(math.radians((p.lat + lat) / 2))
        dy = (p.lat - lat) * EARTH_M_PER_DEG
        return math.hypot(dx, dy)

    def _distances(self, idx: Any, lon: float, lat: float) -> Any:
        np = self.np
        lats = self.lat[idx]
        dx = (self.lon[idx] - lon) * EARTH_M_PER_DEG * np.cos(np.radians((lats + lat) / 2))
        return np.hypot(dx, (lats - lat) * EARTH_M_PER_DEG)

    def nearest_of(self, found: list[int], lon: float, lat: float) -> tuple[float, int] | None:
        """(metres, index) of the nearest of `found` within `distance`, or None."""
        base = len(self.lon)
        best: tuple[float, int] | None = None
        if len(found) > 16:
            arr = self._arrays.get(id(found))
            if arr is None or len(arr) != len(found):
                arr = self._arrays[id(found)] = self.np.asarray(found)
            inside = arr[arr < base]
            if len(inside):
                d = self._distances(inside, lon, lat)
                k = int(d.argmin())
                if d[k] <= self.distance:
                    best = (float(d[k]), int(inside[k]))
            found = [i for i in found if i >= base]
        for i in found:
            d = self.metres(i, lon, lat)
            if d <= self.distance and (best is None or d < best[0]):
                best = (d, i)
        return best

    def near(self, lon: float, lat: float, limit: int | None = None) -> list[tuple[float, int]]:
        """(metres, index) of the known points within `distance`, nearest first (at most `limit`)."""
        np = self.np
        cx, cy = self._cell(lon, lat)
        reach = max(1, math.ceil(self.cos_lat / max(math.cos(math.radians(lat + 0.01)), 1e-6)))
        slices, extra = [], []
        for gx in range(cx - reach, cx + reach + 1):
            for gy in (cy - 1, cy, cy + 1):
                span = self.base_cells.get(gx * (1 << 32) + gy)
                if span is not None:
                    slices.append(self.order[span[0]:span[1]])
                extra.extend(self.extra_cells.get((gx, gy), ()))
        out: list[tuple[float, int]] = []
        if slices:
            idx = np.concatenate(slices) if len(slices) > 1 else slices[0]
            d = self._distances(idx, lon, lat)
            keep = d <= self.distance
            idx, d = idx[keep], d[keep]
            if limit is not None and len(d) > limit:
                part = np.argpartition(d, limit)[:limit]
                idx, d = idx[part], d[part]
            out = list(zip(d.tolist(), idx.tolist()))
        for i in extra:
            dist = self.metres(i, lon, lat)
            if dist <= self.distance:
                out.append((dist, i))
        out.sort()
        return out[:limit] if limit is not None else out

    def match(self, name: str, lon: float, lat: float, *, uid: str = "", organization: str = "",
              phone: str = "", email: str = "") -> Match:
        """What the row is (without `unchanged`: that needs its values, see `changes`)."""
        if uid and uid in self.by_uid:
            i = self.by_uid[uid]
            return Match(UPDATE, self.known[i], "id", self.metres(i, lon, lat))
        folded, org = fold(name), fold(organization)
        same = self.nearest_of(self.by_name.get(folded, []), lon, lat) if folded else None
        if same is not None:
            return Match(UPDATE, self.known[same[1]], "name", same[0])
        near = self.near(lon, lat, self.NEAREST)
        best: tuple[float, float, int] | None = None
        grams = bigrams(folded) if near else frozenset()
        for d, i in near:
            score = similarity(grams, self.grams(i))
            if score >= self.similarity_min and (best is None or score > best[0]):
                best = (score, d, i)
        if best is not None:
            return Match(DUPLICATE, self.known[best[2]], "similar name", best[1])
        same = self.nearest_of(self.by_org.get(org, []), lon, lat) if org else None
        if same is not None:
            return Match(DUPLICATE, self.known[same[1]], "organisation", same[0])
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
