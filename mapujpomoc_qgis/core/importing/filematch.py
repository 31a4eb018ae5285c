"""The rows of one file matched against the map and against each other, in file order (docs/ARCHITECTURE.md,
"Import"): what `matching.PointIndex.match` gives row after row, a row found new joining the index
(`PointIndex.add`) so that its repeats further down are duplicates, worked out with less per row.

Every row's verdict against the map alone comes first (`PointIndex.map_verdicts`, from the rows'
`Surroundings`); a row is decided again (`PointIndex.verdict`) only when a row that joined before it could
change that: one within the distance (found among the rows before it, `grid.earlier_within`), one with its
phone or e-mail key, or when it names a uuid. tests/unit/test_import_columns.py compares the verdicts with
`match` and `add` row by row. Pure Python with numpy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .grid import earlier_within
from .matching import DUPLICATE, NEW, UPDATE, Known, PointIndex
from .surroundings import SurroundingsTable

Verdict = tuple[str, int, str, float]  # kind, the point's index in the index, why, metres (None: new)


def file_verdicts(index: PointIndex, around: SurroundingsTable, keys: tuple[Sequence[str], ...],
                  lons: Sequence[float], lats: Sequence[float],
                  judged: Callable[[int, str], Known | None], verdicts: list[Verdict | None] | None = None,
                  earlier: tuple[Any, Any] | None = None) -> list[Verdict | None]:
    """Each row's verdict in file order. `keys`: the rows' uuids, folded names and organisations, phone and
    e-mail keys; `judged(k, status)` hears row k's status (new, update, or duplicate, also of a row matching
    one that joined: the file names the point twice) and gives the row as a point when it joins `index`.
    `verdicts`: `PointIndex.map_verdicts` when already made (a list this changes); `earlier`:
    `grid.earlier_within` of the rows when already made."""
    uids, names, orgs, phones, emails = keys
    first, before = (x.tolist() for x in (earlier or earlier_within(lons, lats, index.distance)))
    if verdicts is None:
        verdicts = index.map_verdicts(around, (names, orgs, phones, emails), lons, lats)
    added = [-1] * len(lons)  # a row's index in `index` once it joined
    joined_phones: set[str] = set()  # the keys of the rows that joined
    joined_emails: set[str] = set()
    base, distance = index.base, index.distance
    for k in range(len(lons)):
        a, b = first[k], first[k + 1]
        extras = [(d, e) for j in before[a:b] if (e := added[j]) >= 0
                  and (d := index.metres(e, lons[k], lats[k])) <= distance] if a != b else []
        if uids[k] or extras or (phones[k] and phones[k] in joined_phones) or (emails[k] and emails[k] in joined_emails):
            if uids[k] and (i := index.uid_index(uids[k])) is not None:
                verdicts[k] = (UPDATE, i, "id", index.metres(i, lons[k], lats[k]))
            else:
                extras.sort()
                verdicts[k] = index.verdict(around.row(k), extras, names[k], orgs[k], phones[k], emails[k],
                                            lons[k], lats[k])
        found = verdicts[k]
        point = judged(k, NEW if found is None else DUPLICATE if found[1] >= base else found[0])
        if point is not None:
            added[k] = base + len(index.extra)
            joined_phones.add(phones[k])
            joined_emails.add(emails[k])
            index.add(point, around.grams_of(k), cells=False, keys=(names[k], orgs[k], phones[k], emails[k]))
    return verdicts
