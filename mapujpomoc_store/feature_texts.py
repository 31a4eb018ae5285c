"""What a page of features shows its reader, with the texts of exact views kept between requests.

A page of 1,000 points used to read 1,000 table rows scattered by id (each holds about a kilobyte of
properties) and cut the editor out of each for anonymous readers: most of a page's time. A stored
feature's geometry and properties change only with its version (every write takes a new one from the
global counter), so the texts a reader kind is shown of an exact view are kept here by
(collection, id, version, anonymous): the page's ids come from a covering index with their version and
what decides the view (db.features_status_page, db.features_point_page), and only the rows not kept yet are read.
Generalised views are never kept: they depend on the commune's point, not only on the version.

The cache is bounded by the characters it holds, least recently used out first; each worker process has
its own (docs/ARCHITECTURE.md, *The store*).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from .lru import SizedLru
from .privacy import EXACT, HIDDEN, Reader

MAX_CHARACTERS = 40_000_000  # about 50,000 points' texts, some 50 MB per worker process
MAX_ITEM_CHARACTERS = 200_000  # a larger text (a detailed travel-time area) is read each time instead

Key = tuple[str, str, int, bool]  # collection, id, version, reader is anonymous
# the geometry's GeoJSON text and the properties' as UTF-8: a page is assembled as bytes, and a Polish text
# held as bytes takes half the memory of a str
Texts = tuple[str | None, bytes]
View = tuple[str, str | None, bytes]  # id, geometry text, properties (UTF-8 JSON)


class FeatureTexts(SizedLru[Texts]):
    """Exact views' Texts by Key, bounded by their characters, least recently used out first."""

    def __init__(self, max_characters: int = MAX_CHARACTERS) -> None:
        super().__init__(max_characters, lambda texts: len(texts[0] or "") + len(texts[1]), MAX_ITEM_CHARACTERS)


def shown_page(cache: FeatureTexts, reader: Reader, collection: str, entries: list[Any],
               read_rows: Callable[[list[str]], list[Any]]) -> list[View]:
    """What `reader` is shown of each entry, in order; hidden ones left out.

    `entries`: rows with id, version, deleted, teryt, public_view (what Reader.view needs), from an index.
    `read_rows(ids)`: the full rows (routers/items.FEATURE_COLUMNS) of those ids, for what is not kept."""
    anonymous = reader.anonymous
    keys = [(collection, e.id, e.version, anonymous) for e in entries]
    views = [reader.view(e) for e in entries]
    kept = cache.get_many([k for k, view in zip(keys, views) if view == EXACT])
    missing = [e.id for e, k, view in zip(entries, keys, views) if view != HIDDEN and k not in kept]
    read: dict[str, Texts] = {}
    new: list[tuple[Hashable, Texts]] = []
    for row in read_rows(missing) if missing else ():
        shown = reader.shown(row)
        if shown is None:  # written (deleted, moved out of view) between the two reads
            continue
        read[row.id] = texts = (shown[1], shown[2].encode())
        if shown[0] == EXACT:
            new.append(((collection, row.id, row.version, anonymous), texts))
    cache.put_many(new)
    page = []
    for e, k, view in zip(entries, keys, views):
        texts = kept.get(k) or read.get(e.id)
        if view != HIDDEN and texts is not None:
            page.append((e.id, *texts))
    return page
