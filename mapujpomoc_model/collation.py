"""Polish alphabetical order for names (docs/ARCHITECTURE.md, "The shared model").

Python sorts by code point, which puts "Łukta" and "Świątki" after every name in Z. `polish_key` orders
as a Polish reader expects: a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż,
letters before their accented forms and case only breaking ties; digits before letters, spaces and
hyphens before both ("Nowe Miasto" before "Nowemiasto"), other characters by code point after them.
Pure Python (no locale: the ICU or glibc collation is not on every QGIS machine).
"""

from __future__ import annotations

import unicodedata

ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
_SEPARATORS = " -–‑_/.,()"
_OTHER = 1000  # characters outside the alphabet rank after it, by code point


def _rank(ch: str) -> tuple[int, int]:
    if ch in _SEPARATORS:
        return (0, 0)
    if ch.isdigit():
        return (1, int(ch) if ch.isascii() else ord(ch))
    if ch in _RANK:
        return (2, _RANK[ch])
    base = unicodedata.normalize("NFD", ch)[0]  # é -> e: a letter Polish does not have sorts as its base
    if base in _RANK:
        return (2, _RANK[base])
    return (3, _OTHER + ord(ch))


def polish_key(text: str | None) -> tuple[tuple[tuple[int, int], ...], str]:
    """A sort key: `sorted(names, key=polish_key)` is Polish alphabetical order."""
    value = unicodedata.normalize("NFC", (text or "").strip())
    folded = value.casefold()
    # a separator run counts once ("Nowe  Miasto" = "Nowe Miasto"); case decides only between equal names
    ranks: list[tuple[int, int]] = []
    for ch in folded:
        rank = _rank(ch)
        if rank == (0, 0) and ranks and ranks[-1] == (0, 0):
            continue
        ranks.append(rank)
    return tuple(ranks), value
