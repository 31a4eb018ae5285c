"""numberMatched of recent item queries, kept by the store's data version.

Counting the matches of a common filter (85,000 active points) took longer than the rest of its page. Every
write takes a new version from the global counter in the transaction that writes (features.Writer), so a
count read under a version stays right until the next version; a new version makes every kept count
unreachable, and those age out (docs/ARCHITECTURE.md, *The store*). The version is read before the count:
on PostgreSQL, where each statement sees what is committed when it starts, the count is then at least as
new as the version it is kept under.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from sqlalchemy import Connection, select

from . import db
from .lru import SizedLru

MAX_COUNTS = 4_096
MAX_KEY_CHARACTERS = 2_000  # a query with a longer text (a long CQL2 filter) is counted each time: bounded memory


class MatchCounts:
    """Counts by (query key, data version), least recently used out first."""

    def __init__(self, size: int = MAX_COUNTS) -> None:
        self._kept: SizedLru[int] = SizedLru(size, lambda _: 1)

    def count(self, conn: Connection, key: Hashable, counted: Callable[[], int]) -> int:
        """The count of query `key` in the data `conn` reads; `counted()` counts when it is not kept."""
        if len(repr(key)) > MAX_KEY_CHARACTERS:
            return counted()
        version = conn.execute(select(db.counter.c.value).where(db.counter.c.name == "version")).scalar_one()
        kept = self._kept.get_many([(key, version)])
        if kept:
            return kept[(key, version)]
        n = counted()
        self._kept.put_many([((key, version), n)])
        return n
