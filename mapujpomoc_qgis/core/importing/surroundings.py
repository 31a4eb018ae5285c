"""Each row's view of the map's points near it, for many rows in one numpy pass (docs/ARCHITECTURE.md,
"Import"): `matching.PointIndex.surroundings` and `surroundings_table`.

For every row: its map points within the distance, nearest first (ties: the lower index); the nearest of
the same folded name and of the same folded organisation; and the most similar name among the `NEAREST`
nearest (character-bigram Dice, ties: the nearer), scored once per row name and map name, and only where
the bigram counts allow a Dice that high. Pure Python with numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .dice import GramBits
from .keys import bigrams, similarity


class Surroundings:
    """One row's view of the map's points (not the rows added later), pairs as (metres, index):

    - `same_name`, `same_org`: the nearest of the same folded name (organisation) within the distance;
    - `best`: (score, metres, index) of the most similar name among the `NEAREST` nearest within the
      distance (ties: the nearer), None below the similarity;
    - `grams`: the bigrams of the row's folded name;
    - `nearest()`: those nearest, nearest first (ties: the lower index), and `scores()`: index -> score of
      those whose name could be similar enough (the others score below the similarity), for a row that
      rows added later may come between."""

    __slots__ = ("same_name", "same_org", "best", "_grams", "_lists", "_k")

    def __init__(self, same_name: tuple[float, int] | None, same_org: tuple[float, int] | None,
                 best: tuple[float, float, int] | None, grams: frozenset[str] | str, lists: tuple[Any, ...],
                 k: int = 0) -> None:
        """`grams`: the bigrams, or the folded name to make them of when first asked. `lists`: where the pairs
        of many rows start (row k: start[k]:start[k + 1]), their metres and indexes; where their scored pairs
        start, their indexes and scores (lists or numpy arrays)."""
        self.same_name, self.same_org, self.best, self._grams = same_name, same_org, best, grams
        self._lists, self._k = lists, k

    @property
    def grams(self) -> frozenset[str]:
        if isinstance(self._grams, str):
            self._grams = bigrams(self._grams)
        return self._grams

    def count(self) -> int:
        """How many points `nearest` gives."""
        first = self._lists[0]
        return int(first[self._k + 1] - first[self._k])

    def nearest(self) -> list[tuple[float, int]]:
        first, metres, index = self._lists[:3]
        a, b = first[self._k], first[self._k + 1]
        return sorted(zip(_plain(metres[a:b]), _plain(index[a:b])))

    def scores(self) -> dict[int, float]:
        first, index, score = self._lists[3:]
        a, b = first[self._k], first[self._k + 1]
        return dict(zip(_plain(index[a:b]), _plain(score[a:b])))


def _plain(values: Any) -> list[Any]:
    """Python numbers of a slice of a list or of a numpy array."""
    return values.tolist() if hasattr(values, "tolist") else list(values)


class SurroundingsTable:
    """Every row's surroundings as columns; `row(k)` makes row k's `Surroundings`."""

    def __init__(self, same_name: tuple[list[float], list[int]], same_org: tuple[list[float], list[int]],
                 best: tuple[list[float], list[float], list[int]], grams: list[frozenset[str] | str],
                 lists: tuple[Any, ...]) -> None:
        self.same_name, self.same_org, self.best, self.grams, self.lists = same_name, same_org, best, grams, lists

    def __len__(self) -> int:
        return len(self.grams)

    def grams_of(self, k: int) -> frozenset[str] | None:
        """The bigrams of row k's folded name, None when not made yet (nothing compared it)."""
        found = self.grams[k]
        return None if isinstance(found, str) else found

    def row(self, k: int) -> Surroundings:
        (nd, ni), (od, oi), (bs, bd, bi) = self.same_name, self.same_org, self.best
        return Surroundings((nd[k], ni[k]) if ni[k] >= 0 else None, (od[k], oi[k]) if oi[k] >= 0 else None,
                            (bs[k], bd[k], bi[k]) if bi[k] >= 0 else None, self.grams[k], self.lists, k)


def surroundings_table(index: Any, folded: Sequence[str], organizations: Sequence[str],
                       pairs: tuple[Any, Any, Any], *, named_only: bool = False) -> SurroundingsTable:
    """The rows' surroundings in `index` (a `matching.PointIndex`), the rows given by their folded names and
    organisations and their `pairs` with the map's points: (row, point, metres) within the distance, grouped
    by row (in any order within a row: ties are broken by the point's index here). `named_only`: a row with
    a point of its name near (which decides it, see `PointIndex.verdict`) gets no similar names (`best`,
    `scores`, `nearest`)."""
    import numpy as np

    n = len(folded)
    q, p, d = pairs
    same_name = _first_equal(q, p, d, index.name_id, _ids(folded, index.name_ids), n)
    same_org = _first_equal(q, p, d, index.org_id, _ids(organizations, index.org_ids), n)
    if named_only:  # the rows a name decides need no scores
        scored = np.asarray([not (t and i >= 0) for t, i in zip(folded, same_name[1])], bool)
        q, p, d = q[scored[q]], p[scored[q]], d[scored[q]]
    q, p, d = _nearest(q, p, d, n, index.NEAREST)
    row_names: dict[str, int] = {}
    row_id = np.asarray([row_names.setdefault(t, len(row_names)) for t in folded], np.int64)
    gated, score, grams_of = _scores(index, list(row_names), row_id, q, p)
    gq, gp = q[gated], p[gated]
    best = _best_per_row(gq, score, d[gated], gp, n, index.similarity_min)
    lists = (np.searchsorted(q, np.arange(n + 1)), d, p, np.searchsorted(gq, np.arange(n + 1)), gp, score)
    return SurroundingsTable(same_name, same_org, best, [grams_of[k] for k in row_id.tolist()], lists)


def _scores(index: Any, names: list[str], row_id: Any, q: Any, p: Any) -> tuple[Any, Any, list[Any]]:
    """(positions among the pairs, score) of the pairs whose names could be similar enough (their bigram
    counts allow it), and the row names' bigrams (or folded names, to make them of when asked): the Dice coefficients once per row
    name and map name, with numpy (`dice.GramBits`), else with frozensets."""
    import numpy as np

    # the row names and map names of any pair (ascending ids; a count per id, no sort)
    rows_near = np.flatnonzero(np.bincount(row_id[q], minlength=len(names)))
    names_near = np.flatnonzero(np.bincount(index.name_id[p], minlength=len(index.name_ids)))
    bits = GramBits.of([names[i] for i in rows_near.tolist()] + [index.name_texts[j] for j in names_near.tolist()])
    if bits is None:
        return _scores_by_sets(index, names, row_id, q, p)
    row_slot = np.full(len(names), -1, np.int64)
    row_slot[rows_near] = np.arange(len(rows_near))
    name_slot = np.full(max(len(index.name_ids), 1), -1, np.int64)
    name_slot[names_near] = len(rows_near) + np.arange(len(names_near))
    gated = np.nonzero(_could_be_similar(bits.counts[name_slot[index.name_id[p]]].astype(float),
                                         bits.counts[row_slot[row_id[q]]].astype(float), index.similarity_min))[0]
    size = max(len(index.name_ids), 1)
    combos, inverse = np.unique(row_id[q[gated]] * size + index.name_id[p[gated]], return_inverse=True)
    score = bits.dice(row_slot[combos // size], name_slot[combos % size])[inverse] if len(combos) else np.zeros(0)
    return gated, score, list(names)


def _scores_by_sets(index: Any, names: list[str], row_id: Any, q: Any, p: Any) -> tuple[Any, Any, list[Any]]:
    """`_scores` with a frozenset of bigrams per name."""
    import numpy as np

    wanted = np.zeros(len(names), bool)
    wanted[row_id[q]] = True
    grams_of: list[frozenset[str] | str] = [bigrams(t) if w else t for t, w in zip(names, wanted.tolist())]
    counts = np.asarray([len(g) if w else 0 for g, w in zip(grams_of, wanted.tolist())], float)
    gated = np.nonzero(could_be_similar(index, p, counts[row_id[q]]))[0]
    size = max(len(index.name_ids), 1)
    combos, inverse = np.unique(row_id[q[gated]] * size + index.name_id[p[gated]], return_inverse=True)
    grams_of_name = index.grams_of_name
    score = np.asarray([similarity(grams_of[c // size], grams_of_name(c % size))  # type: ignore[arg-type]
                        for c in combos.tolist()], float).reshape(-1)[inverse]
    return gated, score, grams_of


def _nearest(q: Any, p: Any, d: Any, n: int, limit: int) -> tuple[Any, Any, Any]:
    """The pairs (grouped by row) of each row's `limit` nearest (ties: the lower index), still grouped."""
    import numpy as np

    counts = np.bincount(q, minlength=n)
    dense = np.flatnonzero(counts[q] > limit)
    if len(dense) == 0:
        return q, p, d
    order = dense[np.lexsort((p[dense], d[dense], q[dense]))]
    rows = q[order]
    rank = np.arange(len(order)) - np.searchsorted(rows, rows)
    keep = np.ones(len(q), bool)
    keep[order[rank >= limit]] = False
    return q[keep], p[keep], d[keep]


def _ids(folded: list[str], ids: dict[str, int]) -> Any:
    import numpy as np

    return np.asarray([ids.get(t, -2) if t else -2 for t in folded], np.int64)


def _first_equal(q: Any, p: Any, d: Any, point_ids: Any, row_ids: Any, n: int) -> tuple[list[float], list[int]]:
    """Per row, (metres, index) of the nearest pair (ties: the lower index) whose point's id equals the row's
    (index -1: none)."""
    import numpy as np

    metres, index = np.zeros(n), np.full(n, -1, np.int64)
    if len(q):
        hit = np.nonzero(point_ids[p] == row_ids[q])[0]
        hit = hit[np.lexsort((p[hit], d[hit], q[hit]))]
        rows, at = np.unique(q[hit], return_index=True)
        metres[rows], index[rows] = d[hit[at]], p[hit[at]]
    return metres.tolist(), index.tolist()


def could_be_similar(index: Any, p: Any, row_counts: Any) -> Any:
    """Which pairs' bigram counts allow a Dice of `similarity_min` (the map's names' counts from `index`)."""
    return _could_be_similar(index.gram_counts(index.name_id[p]) if len(p) else row_counts, row_counts,
                             index.similarity_min)


def _could_be_similar(a: Any, b: Any, similarity_min: float) -> Any:
    """Which pairs of bigram counts `a`, `b` (float) allow a Dice of `similarity_min`: 2·min/(a+b) bounds it
    from above."""
    import numpy as np

    if len(a) == 0 or similarity_min <= 0:
        return np.ones(len(a), bool)
    return 2 * np.minimum(a, b) / (a + b) >= similarity_min


def _best_per_row(q: Any, score: Any, d: Any, p: Any, n: int, similarity_min: float
                  ) -> tuple[list[float], list[float], list[int]]:
    """Per row, (score, metres, index) of its pair of the highest score at least `similarity_min`, the nearest
    of those (ties: the lower index) (index -1: none)."""
    import numpy as np

    best_score, best_d, best_i = np.zeros(n), np.zeros(n), np.full(n, -1, np.int64)
    ok = np.nonzero(score >= similarity_min)[0]
    order = ok[np.lexsort((p[ok], d[ok], -score[ok], q[ok]))]
    rows, at = np.unique(q[order], return_index=True)
    j = order[at]
    best_score[rows], best_d[rows], best_i[rows] = score[j], d[j], p[j]
    return best_score.tolist(), best_d.tolist(), best_i.tolist()
