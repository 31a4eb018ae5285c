"""The store's cache of features' texts (feature_texts.FeatureTexts) stays within its bound, drops the least
recently used first and keeps nothing too large."""

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
