"""What the store keeps for item pages between requests: features' texts (feature_texts.FeatureTexts) within
their bound, least recently used out first, nothing too large; counts (match_counts.MatchCounts) per data version."""

from __future__ import annotations

from mapujpomoc_store.feature_texts import MAX_ITEM_CHARACTERS, FeatureTexts


def _key(i: int, version: int = 1) -> tuple[str, str, int, bool]:
    return ("aid_points", f"id-{i}", version, False)


def test_bounded_by_characters_least_recently_used_out_first():
    cache = FeatureTexts(max_characters=100)
    cache.put_many((_key(i), ("g" * 5, b"p" * 15)) for i in range(5))  # 20 characters each: full
    assert len(cache) == 5
    assert cache.get_many([_key(0)]) == {_key(0): ("g" * 5, b"p" * 15)}  # 0 used: 1 is now the oldest
    cache.put_many([(_key(5), (None, b"p" * 20))])
    assert set(cache.get_many([_key(i) for i in range(6)])) == {_key(i) for i in (0, 2, 3, 4, 5)}


def test_a_new_version_is_another_key_and_a_replaced_item_is_not_counted_twice():
    cache = FeatureTexts(max_characters=40)
    cache.put_many([(_key(1), (None, b"a" * 20))])
    cache.put_many([(_key(1), (None, b"b" * 20))])  # the same key again
    cache.put_many([(_key(2), (None, b"c" * 20))])
    assert len(cache) == 2
    assert cache.get_many([_key(1, version=2)]) == {}
    assert cache.get_many([_key(1)]) == {_key(1): (None, b"b" * 20)}


def test_nothing_too_large_is_kept():
    cache = FeatureTexts()
    cache.put_many([(_key(1), ("x" * MAX_ITEM_CHARACTERS, b"{}"))])
    assert len(cache) == 0 and cache.get_many([_key(1)]) == {}


class _Conn:
    """Answers the version query with `version`; the count itself is the test's `counted`."""

    def __init__(self, version: int) -> None:
        self.version = version

    def execute(self, _statement: object) -> _Conn:
        return self

    def scalar_one(self) -> int:
        return self.version


def test_a_count_is_kept_per_data_version_and_long_queries_are_not_kept():
    from mapujpomoc_store.match_counts import MAX_KEY_CHARACTERS, MatchCounts

    counts, calls = MatchCounts(size=2), []

    def counted(n: int):  # type: ignore[no-untyped-def]
        return lambda: calls.append(n) or n

    assert counts.count(_Conn(1), "q", counted(5)) == 5
    assert counts.count(_Conn(1), "q", counted(6)) == 5  # kept
    assert counts.count(_Conn(2), "q", counted(7)) == 7  # a write since: counted again
    long_key = "x" * MAX_KEY_CHARACTERS
    assert counts.count(_Conn(2), long_key, counted(8)) == 8
    assert counts.count(_Conn(2), long_key, counted(9)) == 9
    assert counts.count(_Conn(2), "a", counted(1)) == 1 and counts.count(_Conn(2), "b", counted(2)) == 2
    assert counts.count(_Conn(2), "q", counted(10)) == 10  # the oldest of size 2 dropped
    assert calls == [5, 7, 8, 9, 1, 2, 10]
