"""A thread-safe cache bounded by the summed sizes of its values, least recently used out first.

What the store keeps between requests (bbox.GeometryCache, feature_texts.FeatureTexts, match_counts.MatchCounts)
is keyed by versions, so nothing kept can be stale; this bounds how much is kept."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

V = TypeVar("V")


class SizedLru(Generic[V]):
    """Values by key; `size_of(value)` summed stays within `max_size`; a value larger than `max_item` is not kept."""

    def __init__(self, max_size: int, size_of: Callable[[V], int], max_item: int | None = None) -> None:
        self.max_size = max_size
        self.max_item = max_size if max_item is None else max_item
        self._size_of = size_of
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get_many(self, keys: Iterable[Hashable]) -> dict[Hashable, V]:
        """The kept values of `keys` (the others left out), now the most recently used."""
        found: dict[Hashable, V] = {}
        with self._lock:
            for key in keys:
                item = self._items.get(key)
                if item is not None:
                    self._items.move_to_end(key)
                    found[key] = item[0]
        return found

    def put_many(self, items: Iterable[tuple[Hashable, V]]) -> None:
        with self._lock:
            for key, value in items:
                size = self._size_of(value)
                if size > self.max_item:
                    continue
                old = self._items.pop(key, None)
                if old is not None:
                    self._size -= old[1]
                self._items[key] = (value, size)
                self._size += size
            while self._size > self.max_size:
                _, (_, dropped) = self._items.popitem(last=False)
                self._size -= dropped

    def __len__(self) -> int:
        return len(self._items)
