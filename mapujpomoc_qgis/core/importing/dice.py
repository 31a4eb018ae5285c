"""The Dice coefficient of character bigrams (`keys.similarity` of `keys.bigrams`) of many pairs of texts at
once, with numpy (docs/ARCHITECTURE.md, "Import"): each text's distinct bigrams as a row of bits, a pair's
common bigrams counted by AND and the bits set. Equal to `similarity(bigrams(a), bigrams(b))` for every
pair (the same integer counts, the same division). Pure Python with numpy.
"""

from __future__ import annotations

from typing import Any

import numpy as np

MAX_BITS = 32_000_000  # texts × distinct bigrams above this (bytes while the bits are laid out): frozensets
_TABLE_LIMIT = 1 << 24  # code points up to 4096: bigrams numbered by a table, above by a sort
_POPCOUNT = np.asarray([bin(b).count("1") for b in range(256)], np.uint8)


class GramBits:
    """The distinct bigrams of " text " (`keys.bigrams`) of each of many texts, as rows of bits."""

    def __init__(self, bits: Any, counts: Any) -> None:
        self.bits, self.counts = bits, counts  # packed rows; distinct bigrams per text

    @classmethod
    def of(cls, texts: list[str]) -> GramBits | None:
        """None when the bits would take too much memory (the caller falls back to frozensets)."""
        n = len(texts)
        if n == 0:
            return cls(np.zeros((0, 1), np.uint8), np.zeros(0, np.int64))
        try:
            points = np.frombuffer("".join(f" {t} " for t in texts).encode("utf-32-le"), np.uint32).astype(np.int64)
        except UnicodeEncodeError:  # a lone surrogate
            return None
        lengths = np.fromiter(map(len, texts), np.int64, n) + 2
        ends = np.cumsum(lengths)
        code = points[:-1] * (int(points.max()) + 1) + points[1:]
        own = np.ones(len(code), bool)
        own[ends[:-1] - 1] = False  # a text's last character and the next text's first are no bigram
        owner = np.repeat(np.arange(n), lengths)[:-1][own]
        code = code[own]
        top = int(code.max()) + 1
        if top <= _TABLE_LIMIT:  # each bigram's number by a table of the bigrams present
            present = np.zeros(top, bool)
            present[code] = True
            gram = (np.cumsum(present) - 1)[code]
            width = int(present.sum())
        else:
            distinct, gram = np.unique(code, return_inverse=True)
            width = len(distinct)
        if n * width > MAX_BITS:
            return None
        rows = np.zeros((n, width), bool)
        rows[owner, gram] = True
        return cls(np.packbits(rows, axis=1), rows.sum(axis=1))

    def dice(self, a: Any, b: Any, chunk: int = 20_000) -> Any:
        """The Dice coefficient of the texts a[k] and b[k] (indexes into the texts) of every pair k."""
        common = np.zeros(len(a), np.int64)
        for start in range(0, len(a), chunk):
            end = start + chunk
            both = self.bits[a[start:end]] & self.bits[b[start:end]]
            common[start:end] = _POPCOUNT[both].sum(axis=1, dtype=np.int64)
        return 2 * common / (self.counts[a] + self.counts[b])
