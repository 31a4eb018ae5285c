"""Each row against the points already on the map: new, an update of one, or a probable duplicate.

- **update**: the row names an existing point by its uuid, or has the same name (case, diacritics and
  punctuation aside) within `distance` metres; `unchanged` when it would change nothing;
- **duplicate**: a similar name (character-bigram Dice ≥ `similarity` among the `NEAREST` points within
  `distance`) or the same organisation within `distance`, or the same phone number or e-mail anywhere;
- **new**: none of these.

Fast for big maps (docs/ARCHITECTURE.md, "Import"): the map's points are columns (`MapPoints`: numpy
coordinates, names and organisations as integer ids of their folded text) in a grid of `distance`-sized
cells in metres (an equirectangular projection, good to a fraction of a percent over Poland).
`PointIndex.surroundings` looks at the cells around many rows in one numpy pass: each row's map points
within the distance, nearest first, the nearest of the same name and organisation, and which of the
nearest could be similar (their bigram counts allow a Dice that high); `match` then only scores those.
Rows accepted as new are added to the index (a small grid of Python lists), so the file's own repeated
rows are found too. Pure Python with numpy (which every QGIS ships).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model.labels import fold

from .grid import EARTH_M_PER_DEG, Grid, distances
from .keys import bigrams, email_key, phone_key, phone_keys, similarity

NEW, UPDATE, UNCHANGED, DUPLICATE = "new", "update", "unchanged", "duplicate"
DEFAULT_DISTANCE = 250.0
DEFAULT_SIMILARITY = 0.75


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


@dataclass
class MapPoints:
    """The map's points as columns, in a fixed order (the order of `Known`s given, or of fids): what matching
    compares, without an object per point. `known(i)` makes point i's `Known` when a row matches it."""

    uid: Sequence[str]
    name: Sequence[str]
    lon: Any  # numpy float64
    lat: Any
    organization: Sequence[str]
    phone: Sequence[str]
    email: Sequence[str]
    teryt: Sequence[str]
    props: Callable[[int], dict[str, Any]] | None = None  # a new Known's props (e.g. the row loader)
    objects: list[Known] | None = None  # the Knowns these columns were made of, returned as they are
    # `phone_key` and `email_key` of each point when already known: the candidates of a list give only those
    # equal to a row's ('' for the others, which no row looks up)
    phone_keys: list[str] | None = None
    email_keys: list[str] | None = None

    @classmethod
    def of(cls, points: Iterable[Known]) -> MapPoints:
        import numpy as np

        objects = list(points)
        n = len(objects)
        return cls([p.uid for p in objects], [p.name for p in objects],
                   np.fromiter((p.lon for p in objects), float, n), np.fromiter((p.lat for p in objects), float, n),
                   [p.organization for p in objects], [p.phone for p in objects], [p.email for p in objects],
                   [p.teryt for p in objects], objects=objects)

    def __len__(self) -> int:
        return len(self.uid)

    def known(self, i: int) -> Known:
        if self.objects is not None:
            return self.objects[i]
        return Known(self.uid[i], self.name[i], float(self.lon[i]), float(self.lat[i]), self.organization[i],
                     self.phone[i], self.email[i], self.props(i) if self.props else {}, self.teryt[i])


def first_in(sorted_rows: Any, n: int) -> list[int]:
    """Where each row's pairs start in pairs sorted by row (row k: first[k]:first[k + 1])."""
    import numpy as np

    return np.searchsorted(sorted_rows, np.arange(n + 1)).tolist()


def text_ids(texts: Sequence[str], ids: dict[str, int]) -> Any:
    """Each text's id by its `fold` (numpy int64): equal folded texts, equal ids; `ids` (folded text -> id,
    ids in insertion order) grows."""
    import numpy as np

    raw: dict[str, int] = {}  # the same text repeats on a map (a chain's name): folded once
    out = np.fromiter((raw.setdefault(t or "", len(raw)) for t in texts), np.int64, len(texts))
    by_raw = np.fromiter((ids.setdefault(fold(text), len(ids)) for text in raw), np.int64, len(raw))
    return by_raw[out] if len(texts) else out


class Surroundings:
    """One row's view of the map's points (not the rows added later), pairs as (metres, index):

    - `same_name`, `same_org`: the nearest of the same folded name (organisation) within the distance;
    - `best`: (score, metres, index) of the most similar name among the `NEAREST` nearest within the
      distance (ties: the nearer), None below the similarity;
    - `nearest()`: those nearest, nearest first (ties: the lower index), and `scores()`: index -> score of
      those whose name could be similar enough (the others score below the similarity), for a row that
      rows added later may come between."""

    __slots__ = ("same_name", "same_org", "best", "grams", "_lists", "_k")

    def __init__(self, same_name: tuple[float, int] | None, same_org: tuple[float, int] | None,
                 best: tuple[float, float, int] | None, grams: frozenset[str], lists: tuple[list[Any], ...],
                 k: int = 0) -> None:
        """`lists`: where the pairs of many rows start (row k: start[k]:start[k + 1]), their metres and
        indexes; where their scored pairs start, their indexes and scores."""
        self.same_name, self.same_org, self.best, self.grams = same_name, same_org, best, grams
        self._lists, self._k = lists, k

    def nearest(self) -> list[tuple[float, int]]:
        first, metres, index = self._lists[:3]
        a, b = first[self._k], first[self._k + 1]
        return list(zip(metres[a:b], index[a:b]))

    def scores(self) -> dict[int, float]:
        first, index, score = self._lists[3:]
        a, b = first[self._k], first[self._k + 1]
        return dict(zip(index[a:b], score[a:b]))


class PointIndex:
    """The grid and dictionaries over the known points (see the module doc).

    `points` are `MapPoints` or `Known`s. Rows the file adds later go to a small grid of Python lists and
    take the indexes after the map's points."""

    NEAREST = 64  # similar names are looked for among this many nearest points within the distance

    def __init__(self, points: Iterable[Known] | MapPoints, distance: float = DEFAULT_DISTANCE,
                 similarity_min: float = DEFAULT_SIMILARITY) -> None:
        import numpy as np

        self.np = np
        self.distance = float(distance)
        self.similarity_min = similarity_min
        self.points = points if isinstance(points, MapPoints) else MapPoints.of(points)
        self.base = len(self.points)
        self.lon, self.lat = self.points.lon, self.points.lat
        self.grid = Grid(self.lon, self.lat, self.distance)
        self.name_ids: dict[str, int] = {}
        self.org_ids: dict[str, int] = {}
        self.name_id = text_ids(self.points.name, self.name_ids)
        self.org_id = text_ids(self.points.organization, self.org_ids)
        self._name_texts = list(self.name_ids)  # id -> folded name
        self._name_grams: dict[int, frozenset[str]] = {}
        self._gram_count = np.full(len(self.name_ids), -1, np.int64)  # made when a row first comes near
        self._knowns: dict[int, Known] = {}
        self.extra: list[Known] = []  # rows added later: index base + k
        self._extra_keys: list[tuple[str, str, frozenset[str]]] = []  # folded name, folded org, bigrams
        self.extra_cells: dict[tuple[int, int], list[int]] = {}
        self._extras_around: dict[tuple[int, int], list[int]] = {}  # the rows added in the 3×3 cells around
        self._by_uid: dict[str, int] | None = None  # made on the first lookup: most lists carry no uuid
        self._by_phone: dict[str, list[int]] | None = None
        self._by_email: dict[str, list[int]] | None = None

    # -- points ----------------------------------------------------------------------------------------

    def known(self, i: int) -> Known:
        if i >= self.base:
            return self.extra[i - self.base]
        point = self._knowns.get(i)
        if point is None:
            point = self._knowns[i] = self.points.known(i)
        return point

    def _xy(self, i: int) -> tuple[float, float]:
        if i >= self.base:
            p = self.extra[i - self.base]
            return p.lon, p.lat
        return float(self.lon[i]), float(self.lat[i])

    def metres(self, i: int, lon: float, lat: float) -> float:
        plon, plat = self._xy(i)
        dx = (plon - lon) * EARTH_M_PER_DEG * math.cos(math.radians((plat + lat) / 2))
        dy = (plat - lat) * EARTH_M_PER_DEG
        return math.hypot(dx, dy)

    def grams(self, i: int) -> frozenset[str]:
        if i >= self.base:
            return self._extra_keys[i - self.base][2]
        return self._grams_of_name(int(self.name_id[i]))

    def _grams_of_name(self, k: int) -> frozenset[str]:
        value = self._name_grams.get(k)
        if value is None:
            value = self._name_grams[k] = bigrams(self._name_texts[k])
        return value

    def add(self, point: Known, grams: frozenset[str] | None = None) -> None:
        """A row found new: later rows of the file are matched against it too (`grams`: of its folded name,
        when its `Surroundings` have them)."""
        i = self.base + len(self.extra)
        self.extra.append(point)
        folded = fold(point.name)
        self._extra_keys.append((folded, fold(point.organization), bigrams(folded) if grams is None else grams))
        cx, cy = self.grid.cell(point.lon, point.lat)
        self.extra_cells.setdefault((cx, cy), []).append(i)
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                self._extras_around.setdefault((gx, gy), []).append(i)
        if self._by_uid is not None:
            self._by_uid[point.uid] = i
        if self._by_phone is not None and (key := phone_key(point.phone)):
            self._by_phone.setdefault(key, []).append(i)
        if self._by_email is not None and point.email:
            self._by_email.setdefault(email_key(point.email), []).append(i)

    # -- uuids, phones and e-mails: dictionaries made on the first lookup -------------------------------

    def _uids(self) -> dict[str, int]:
        if self._by_uid is None:
            self._by_uid = {uid: i for i, uid in enumerate(self.points.uid)}
            self._by_uid.update((p.uid, self.base + k) for k, p in enumerate(self.extra))
        return self._by_uid

    @staticmethod
    def _keyed(keys: Iterable[str]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            if k:
                out.setdefault(k, []).append(i)
        return out

    def _phones(self) -> dict[str, list[int]]:
        if self._by_phone is None:
            base = self.points.phone_keys
            if base is None:
                base = phone_keys(self.points.phone)
            self._by_phone = self._keyed([*base, *phone_keys([p.phone for p in self.extra])])
        return self._by_phone

    def _emails(self) -> dict[str, list[int]]:
        if self._by_email is None:
            base = self.points.email_keys
            if base is None:
                base = [email_key(e) if e else "" for e in self.points.email]
            self._by_email = self._keyed([*base, *(email_key(p.email) if p.email else "" for p in self.extra)])
        return self._by_email

    # -- the map's points around rows, many rows at once ---------------------------------------------

    def _pairs(self, qlon: Any, qlat: Any) -> tuple[Any, Any, Any]:
        """(row, point, metres) of the map's points within the distance, by row, nearest first (ties: index)."""
        np = self.np
        q, p = self.grid.around(qlon, qlat)
        d = distances(self.lon[p], self.lat[p], np.asarray(qlon, float)[q], np.asarray(qlat, float)[q])
        keep = d <= self.distance
        q, p, d = q[keep], p[keep], d[keep]
        order = np.lexsort((p, d, q))
        return q[order], p[order], d[order]

    def surroundings(self, lons: Sequence[float], lats: Sequence[float], names: Sequence[str],
                     organizations: Sequence[str]) -> list[Surroundings]:
        """Each row's `Surroundings` (rows by their location, name and organisation), all in numpy but the
        Dice scores, which are worked out once per row name and map name."""
        np = self.np
        n = len(lons)
        folded = [fold(t) for t in names]
        q, p, d = self._pairs(np.asarray(lons, float), np.asarray(lats, float))
        first = np.searchsorted(q, np.arange(n + 1))  # row k's pairs are first[k]:first[k + 1]
        same_name = self._first_equal(q, p, d, self.name_id, self._ids(folded, self.name_ids), n)
        same_org = self._first_equal(q, p, d, self.org_id, self._ids([fold(t) for t in organizations], self.org_ids), n)
        near = np.arange(len(q)) - first[q] < self.NEAREST
        q, p, d = q[near], p[near], d[near]
        row_names: dict[str, int] = {}
        row_id = np.fromiter((row_names.setdefault(t, len(row_names)) for t in folded), np.int64, n)
        grams_of = [bigrams(t) for t in row_names]
        grams = [grams_of[k] for k in row_id.tolist()]
        gated = np.nonzero(self._could_be_similar(q, p, grams))[0]
        gq, gp = q[gated], p[gated]
        combos, inverse = np.unique(row_id[gq] * max(len(self.name_ids), 1) + self.name_id[gp], return_inverse=True)
        size = max(len(self.name_ids), 1)
        score = np.fromiter((similarity(grams_of[c // size], self._grams_of_name(c % size)) for c in combos.tolist()),
                            float, len(combos))[inverse]
        best = self._best_per_row(gq, score, d[gated], gp, n)
        lists = (first_in(q, n), d.tolist(), p.tolist(), first_in(gq, n), gp.tolist(), score.tolist())
        return [Surroundings(same_name[k], same_org[k], best[k], grams[k], lists, k) for k in range(n)]

    def _best_per_row(self, q: Any, score: Any, d: Any, p: Any, n: int) -> list[tuple[float, float, int] | None]:
        """Per row, (score, metres, index) of its first pair of the highest score at least `similarity_min`."""
        np = self.np
        out: list[tuple[float, float, int] | None] = [None] * n
        ok = np.nonzero(score >= self.similarity_min)[0]
        order = ok[np.lexsort((ok, -score[ok], q[ok]))]
        rows, at = np.unique(q[order], return_index=True)
        for k, j in zip(rows.tolist(), order[at].tolist()):
            out[k] = (float(score[j]), float(d[j]), int(p[j]))
        return out

    def surroundings_of(self, lon: float, lat: float, name: str, organization: str) -> Surroundings:
        """One row's `Surroundings`, without the fixed cost of `surroundings`' whole-array steps."""
        np = self.np
        idx = self.grid.points_around(lon, lat)
        d = distances(self.lon[idx], self.lat[idx], lon, lat)
        keep = d <= self.distance
        idx, d = idx[keep], d[keep]
        order = np.lexsort((idx, d))
        p_list, d_list = idx[order].tolist(), d[order].tolist()
        folded, org = fold(name), fold(organization)
        pairs = list(zip(d_list, p_list))
        same_name = same_org = None
        if folded and (want := self.name_ids.get(folded)) is not None:
            same_name = next((pair for pair, k in zip(pairs, self.name_id[idx[order]].tolist()) if k == want), None)
        if org and (want := self.org_ids.get(org)) is not None:
            same_org = next((pair for pair, k in zip(pairs, self.org_id[idx[order]].tolist()) if k == want), None)
        nearest = pairs[:self.NEAREST]
        grams = bigrams(folded)
        gates = self._could_be_similar(np.zeros(len(nearest), np.int64), np.asarray(p_list[:self.NEAREST], np.int64),
                                       [grams]).tolist()
        scores = {i: similarity(grams, self.grams(i)) for (_d, i), ok in zip(nearest, gates) if ok}
        best = None
        for dist, i in nearest:
            score = scores.get(i, 0.0)
            if score >= self.similarity_min and i in scores and (best is None or score > best[0]):
                best = (score, dist, i)
        return Surroundings(same_name, same_org, best, grams, ([0, len(nearest)], [d for d, _i in nearest],
                            [i for _d, i in nearest], [0, len(scores)], list(scores), list(scores.values())))

    def _ids(self, folded: list[str], ids: dict[str, int]) -> Any:
        return self.np.fromiter((ids.get(t, -2) if t else -2 for t in folded), self.np.int64, len(folded))

    def _first_equal(self, q: Any, p: Any, d: Any, point_ids: Any, row_ids: Any, n: int
                     ) -> list[tuple[float, int] | None]:
        """Per row, the first (nearest) pair whose point's id equals the row's, or None."""
        np = self.np
        out: list[tuple[float, int] | None] = [None] * n
        if len(q) == 0:
            return out
        hit = np.nonzero(point_ids[p] == row_ids[q])[0]
        rows, at = np.unique(q[hit], return_index=True)
        for k, j in zip(rows.tolist(), hit[at].tolist()):
            out[k] = (float(d[j]), int(p[j]))
        return out

    def _could_be_similar(self, q: Any, p: Any, row_grams: list[frozenset[str]]) -> Any:
        """Which pairs' bigram counts allow a Dice of `similarity_min`: 2·min/(a+b) bounds it from above."""
        np = self.np
        if len(q) == 0 or self.similarity_min <= 0:
            return np.ones(len(q), bool)
        ids = self.name_id[p]
        counts = self._gram_count
        missing = np.unique(ids[counts[ids] < 0])
        for k in missing.tolist():
            counts[k] = len(self._grams_of_name(k))
        a = counts[ids].astype(float)
        b = np.fromiter((len(g) for g in row_grams), float, len(row_grams))[q]
        return 2 * np.minimum(a, b) / (a + b) >= self.similarity_min

    # -- one row ----------------------------------------------------------------------------------------

    def _extras_near(self, lon: float, lat: float) -> list[tuple[float, int]]:
        if not self.extra:
            return []
        cx, cy = self.grid.cell(lon, lat)
        if -54.9 < lat < 54.9:  # one column each side (Grid.reach): the rows added around this cell, at once
            found = self._extras_around.get((cx, cy))
        else:
            get = self.extra_cells.get
            found = [i for gx in range(cx - Grid.reach(lat), cx + Grid.reach(lat) + 1) for gy in (cy - 1, cy, cy + 1)
                     for i in get((gx, gy), ())]
        if not found:
            return []
        out = [(dist, i) for i in found if (dist := self.metres(i, lon, lat)) <= self.distance]
        out.sort()
        return out

    def near(self, lon: float, lat: float, limit: int | None = None) -> list[tuple[float, int]]:
        """(metres, index) of the known points within `distance`, nearest first (at most `limit`)."""
        idx = self.grid.points_around(lon, lat)
        d = distances(self.lon[idx], self.lat[idx], lon, lat)
        keep = d <= self.distance
        out = sorted(list(zip(d[keep].tolist(), idx[keep].tolist())) + self._extras_near(lon, lat))
        return out[:limit] if limit is not None else out

    def match(self, name: str, lon: float, lat: float, *, uid: str = "", organization: str = "",
              phone: str = "", email: str = "", around: Surroundings | None = None) -> Match:
        """What the row is (without `unchanged`: that needs its values, see `changes`). `around` is the row's
        `surroundings`, worked out for many rows at once; without it they are worked out here."""
        if uid and (i := self._uids().get(uid)) is not None:
            return Match(UPDATE, self.known(i), "id", self.metres(i, lon, lat))
        if around is None:
            around = self.surroundings_of(lon, lat, name, organization)
        extras = self._extras_near(lon, lat)
        folded = fold(name)
        same = around.same_name if folded else None
        if folded and extras:
            same = _nearer(same, next(((d, i) for d, i in extras if self._extra_keys[i - self.base][0] == folded),
                                      None))
        if same is not None:
            return Match(UPDATE, self.known(same[1]), "name", same[0])
        best = self._most_similar(around, extras)
        if best is not None:
            return Match(DUPLICATE, self.known(best[2]), "similar name", best[1])
        org = fold(organization)
        same = around.same_org if org else None
        if org and extras:
            same = _nearer(same, next(((d, i) for d, i in extras if self._extra_keys[i - self.base][1] == org), None))
        if same is not None:
            return Match(DUPLICATE, self.known(same[1]), "organisation", same[0])
        for key, table, why in ((phone_key(phone), self._phones, "phone"), (email_key(email), self._emails, "e-mail")):
            if key and key in (found := table()):
                i = found[key][0]
                return Match(DUPLICATE, self.known(i), why, self.metres(i, lon, lat))
        return Match(NEW)

    def _most_similar(self, around: Surroundings, extras: list[tuple[float, int]]
                      ) -> tuple[float, float, int] | None:
        """(score, metres, index) of the most similar name among the NEAREST nearest (ties: the nearer)."""
        if not extras:
            return around.best
        # rows added later may push map points out of the nearest: the map's points keep their scores
        scores = around.scores()
        best: tuple[float, float, int] | None = None
        for d, i in sorted(around.nearest() + extras)[:self.NEAREST]:
            if i >= self.base:
                score = similarity(around.grams, self._extra_keys[i - self.base][2])
            elif i in scores:
                score = scores[i]
            else:
                continue
            if score >= self.similarity_min and (best is None or score > best[0]):
                best = (score, d, i)
        return best


def _nearer(a: tuple[float, int] | None, b: tuple[float, int] | None) -> tuple[float, int] | None:
    """The nearer of two (metres, index) pairs; on a tie the map's point (the lower index)."""
    if a is None:
        return b
    if b is None:
        return a
    return b if b[0] < a[0] else a


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
