"""Each row against the points already on the map: new, an update of one, or a probable duplicate.

- **update**: the row names an existing point by its uuid, or has the same name (case, diacritics and
  punctuation aside) within `distance` metres; `unchanged` when it would change nothing;
- **duplicate**: a similar name (character-bigram Dice ≥ `similarity` among the `NEAREST` points within
  `distance`) or the same organisation within `distance`, or the same phone number or e-mail anywhere;
- **new**: none of these.

Fast for big maps (docs/ARCHITECTURE.md, "Import"): the map's points are columns (`MapPoints`: numpy
coordinates, names and organisations as integer ids of their folded text) in a grid of `distance`-sized
cells in metres (an equirectangular projection, good to a fraction of a percent over Poland).
`PointIndex.surroundings` (`surroundings.py`) looks at the cells around many rows in one numpy pass:
each row's map points within the distance, the nearest of the same name and organisation, and the most
similar name among the nearest. `verdict` decides a row from its surroundings and the rows added near it;
`match` finds those itself. Rows accepted as new are added to the index (a small grid of Python lists, or
found by the caller: `filematch.py`), so the file's own repeated rows are found too. Pure Python with
numpy (which every QGIS ships).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model.labels import fold

from .grid import EARTH_M_PER_DEG, Grid, distances, pairs_within
from .keys import bigrams, email_key, phone_key, phone_keys, similarity
from .surroundings import Surroundings, SurroundingsTable, could_be_similar, surroundings_table

NEW, UPDATE, UNCHANGED, DUPLICATE = "new", "update", "unchanged", "duplicate"
DEFAULT_DISTANCE = 250.0
DEFAULT_SIMILARITY = 0.75


@dataclass(slots=True)
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


@dataclass(slots=True)
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
    # reads the uid, phone, email and teryt of the points given that are still None, and the columns named
    # (into their `Known`'s props as "_columns"): the candidates of a list, only the points rows match need them
    fill: Callable[[list[int], Sequence[str]], None] | None = None

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
        return len(self.name)

    def preload(self, indices: Iterable[int], columns: Sequence[str] = ()) -> None:
        """The columns `fill` reads, for these points at once."""
        if self.fill is not None:
            self.fill([i for i in indices if self.teryt[i] is None], columns)

    def known(self, i: int) -> Known:
        if self.objects is not None:
            return self.objects[i]
        if self.teryt[i] is None:
            self.preload([i])
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

    # the same text repeats on a map (a chain's name); None (not read) is ''
    by_raw = {t: ids.setdefault(fold(t or ""), len(ids)) for t in dict.fromkeys(texts)}
    return np.fromiter(map(by_raw.__getitem__, texts), np.int64, len(texts))


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
        self._grid: Grid | None = None  # made on the first lookup around one location
        self._kx, self._ky = Grid.scales(self.distance)
        self.name_ids: dict[str, int] = {}
        self.org_ids: dict[str, int] = {}
        self.name_id = text_ids(self.points.name, self.name_ids)
        self.org_id = text_ids(self.points.organization, self.org_ids)
        self.name_texts = list(self.name_ids)  # id -> folded name
        self._name_grams: dict[int, frozenset[str]] = {}
        self._gram_count = np.full(len(self.name_ids), -1, np.int64)  # made when a row first comes near
        self._knowns: dict[int, Known] = {}
        self.extra: list[Known] = []  # rows added later: index base + k
        # folded name, folded org, bigrams (None until a later row compares them)
        self._extra_keys: list[tuple[str, str, frozenset[str] | None]] = []
        self.extra_cells: dict[tuple[int, int], list[int]] = {}
        self._extras_around: dict[tuple[int, int], list[int]] = {}  # the rows added in the 3×3 cells around
        self._by_uid: dict[str, int] | None = None  # made on the first lookup: most lists carry no uuid
        self._by_phone: dict[str, list[int]] | None = None
        self._by_email: dict[str, list[int]] | None = None

    # -- points ----------------------------------------------------------------------------------------

    @property
    def grid(self) -> Grid:
        if self._grid is None:
            self._grid = Grid(self.lon, self.lat, self.distance)
        return self._grid

    def cell(self, lon: float, lat: float) -> tuple[int, int]:
        """The grid cell of a location (as `Grid.cell`, without making the grid)."""
        return int(math.floor(lon * self._kx)), int(math.floor(lat * self._ky))

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
            return self._extra_grams(i - self.base)
        return self.grams_of_name(int(self.name_id[i]))

    def grams_of_name(self, k: int) -> frozenset[str]:
        value = self._name_grams.get(k)
        if value is None:
            value = self._name_grams[k] = bigrams(self.name_texts[k])
        return value

    def _extra_grams(self, j: int) -> frozenset[str]:
        folded, org, grams = self._extra_keys[j]
        if grams is None:
            grams = bigrams(folded)
            self._extra_keys[j] = (folded, org, grams)
        return grams

    def add(self, point: Known, grams: frozenset[str] | None = None, *, cells: bool = True,
            keys: tuple[str, str, str, str] | None = None) -> None:
        """A row found new: later rows of the file are matched against it too (`grams`: of its folded name,
        when known). `cells`: False when the caller finds the rows added near a row itself (and gives them to
        `verdict`): `match` would not find this one. `keys`: the point's folded name and organisation, phone
        and e-mail keys, when known."""
        i = self.base + len(self.extra)
        self.extra.append(point)
        if keys is None:
            keys = (fold(point.name), fold(point.organization), phone_key(point.phone),
                    email_key(point.email) if point.email else "")
        folded, org, phone, email = keys
        self._extra_keys.append((folded, org, grams))
        if cells:
            cx, cy = self.cell(point.lon, point.lat)
            self.extra_cells.setdefault((cx, cy), []).append(i)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    self._extras_around.setdefault((gx, gy), []).append(i)
        if self._by_uid is not None:
            self._by_uid[point.uid] = i
        if self._by_phone is not None and phone:
            self._by_phone.setdefault(phone, []).append(i)
        if self._by_email is not None and point.email:
            self._by_email.setdefault(email, []).append(i)

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

    def surroundings(self, lons: Sequence[float], lats: Sequence[float], names: Sequence[str],
                     organizations: Sequence[str], pairs: tuple[Any, Any, Any] | None = None) -> list[Surroundings]:
        """Each row's `Surroundings` (rows by their location, name and organisation), see `surroundings_table`."""
        table = self.surroundings_table(lons, lats, [fold(t) for t in names], [fold(t) for t in organizations],
                                        pairs)
        return [table.row(k) for k in range(len(table))]

    def surroundings_table(self, lons: Sequence[float], lats: Sequence[float], folded: Sequence[str],
                           organizations: Sequence[str], pairs: tuple[Any, Any, Any] | None = None, *,
                           named_only: bool = False) -> SurroundingsTable:
        """Every row's surroundings in one numpy pass (`surroundings.surroundings_table`), the rows by their
        location, folded name and folded organisation. `pairs`: (row, point, metres) of the map's points within
        the distance, grouped by row, when already known."""
        if pairs is None:
            pairs = pairs_within(self.grid, self.lon, self.lat, lons, lats, self.distance)
        return surroundings_table(self, folded, organizations, pairs, named_only=named_only)

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
        gates = could_be_similar(self, np.asarray(p_list[:self.NEAREST], np.int64),
                                 np.full(len(nearest), float(len(grams)))).tolist()
        scores = {i: similarity(grams, self.grams(i)) for (_d, i), ok in zip(nearest, gates) if ok}
        best = None
        for dist, i in nearest:
            score = scores.get(i, 0.0)
            if score >= self.similarity_min and i in scores and (best is None or score > best[0]):
                best = (score, dist, i)
        return Surroundings(same_name, same_org, best, grams, ([0, len(nearest)], [d for d, _i in nearest],
                            [i for _d, i in nearest], [0, len(scores)], list(scores), list(scores.values())))

    def gram_counts(self, name_ids: Any) -> Any:
        """How many bigrams each of these map names (by id) has (float), counted when first asked."""
        counts = self._gram_count
        missing = self.np.unique(name_ids[counts[name_ids] < 0])
        for k in missing.tolist():
            counts[k] = len(self.grams_of_name(k))
        return counts[name_ids].astype(float)

    # -- one row ----------------------------------------------------------------------------------------

    def _extras_near(self, lon: float, lat: float) -> list[tuple[float, int]]:
        if not self.extra:
            return []
        cx, cy = self.cell(lon, lat)
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

    def uid_index(self, uid: str) -> int | None:
        """The point (or row added) a uuid names."""
        return self._uids().get(uid)

    def match(self, name: str, lon: float, lat: float, *, uid: str = "", organization: str = "",
              phone: str = "", email: str = "", around: Surroundings | None = None) -> Match:
        """What the row is (without `unchanged`: that needs its values, see `changes`). `around` is the row's
        `surroundings`, worked out for many rows at once; without it they are worked out here."""
        if uid and (i := self._uids().get(uid)) is not None:
            return Match(UPDATE, self.known(i), "id", self.metres(i, lon, lat))
        if around is None:
            around = self.surroundings_of(lon, lat, name, organization)
        return self.decide(around, self._extras_near(lon, lat), fold(name), fold(organization), phone_key(phone),
                           email_key(email), lon, lat)

    def decide(self, around: Surroundings, extras: list[tuple[float, int]], folded: str, org: str, phone: str,
               email: str, lon: float, lat: float) -> Match:
        """`match` after the uuid (see `verdict`)."""
        found = self.verdict(around, extras, folded, org, phone, email, lon, lat)
        if found is None:
            return Match(NEW)
        return Match(found[0], self.known(found[1]), found[2], found[3])

    def verdict(self, around: Surroundings, extras: list[tuple[float, int]], folded: str, org: str, phone: str,
                email: str, lon: float, lat: float) -> tuple[str, int, str, float] | None:
        """`match` after the uuid, as (kind, index, why, metres), None for new: `extras` are (metres, index) of
        the rows added within the distance, nearest first (ties: the index); `folded`, `org`: the row's folded
        name and organisation; `phone`, `email`: its keys (`phone_key`, `email_key`)."""
        same = around.same_name if folded else None
        if folded and extras:
            same = _nearer(same, next(((d, i) for d, i in extras if self._extra_keys[i - self.base][0] == folded),
                                      None))
        if same is not None:
            return UPDATE, same[1], "name", same[0]
        best = self._most_similar(around, extras)
        if best is not None:
            return DUPLICATE, best[2], "similar name", best[1]
        same = around.same_org if org else None
        if org and extras:
            same = _nearer(same, next(((d, i) for d, i in extras if self._extra_keys[i - self.base][1] == org), None))
        if same is not None:
            return DUPLICATE, same[1], "organisation", same[0]
        if phone and phone in (found := self._phones()):
            i = found[phone][0]
            return DUPLICATE, i, "phone", self.metres(i, lon, lat)
        if email and email in (found := self._emails()):
            i = found[email][0]
            return DUPLICATE, i, "e-mail", self.metres(i, lon, lat)
        return None

    def map_verdicts(self, around: SurroundingsTable, keys: tuple[list[str], ...], lons: list[float],
                     lats: list[float]) -> list[tuple[str, int, str, float] | None]:
        """`verdict` of every row against the map's points alone (no rows added), from its surroundings;
        `keys`: the rows' folded names and organisations, phone and e-mail keys."""
        names, orgs, phones, emails = keys
        (nd, ni), (od, oi), (_bs, bd, bi) = around.same_name, around.same_org, around.best
        by_phone, by_email = (self._phones() if any(phones) else {}), (self._emails() if any(emails) else {})
        out: list[tuple[str, int, str, float] | None] = []
        for k, name in enumerate(names):
            if name and ni[k] >= 0:
                out.append((UPDATE, ni[k], "name", nd[k]))
            elif bi[k] >= 0:
                out.append((DUPLICATE, bi[k], "similar name", bd[k]))
            elif orgs[k] and oi[k] >= 0:
                out.append((DUPLICATE, oi[k], "organisation", od[k]))
            elif (phone := phones[k]) and phone in by_phone:
                i = by_phone[phone][0]
                out.append((DUPLICATE, i, "phone", self.metres(i, lons[k], lats[k])))
            elif (email := emails[k]) and email in by_email:
                i = by_email[email][0]
                out.append((DUPLICATE, i, "e-mail", self.metres(i, lons[k], lats[k])))
            else:
                out.append(None)
        return out

    def _most_similar(self, around: Surroundings, extras: list[tuple[float, int]]
                      ) -> tuple[float, float, int] | None:
        """(score, metres, index) of the most similar name among the NEAREST nearest (ties: the nearer)."""
        if not extras:
            return around.best
        if around.count() + len(extras) <= self.NEAREST:  # nothing pushed out: the best of either
            best = around.best
            for d, i in extras:
                score = similarity(around.grams, self._extra_grams(i - self.base))
                if score >= self.similarity_min and (best is None or (-score, d, i) < (-best[0], best[1], best[2])):
                    best = (score, d, i)
            return best
        # rows added later may push map points out of the nearest: the map's points keep their scores
        scores = around.scores()
        best: tuple[float, float, int] | None = None
        for d, i in sorted(around.nearest() + extras)[:self.NEAREST]:
            if i >= self.base:
                score = similarity(around.grams, self._extra_grams(i - self.base))
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
