"""What matching compares, as keys (docs/ARCHITECTURE.md, "Import"): a phone number's last nine digits, an
e-mail in lower case, a folded name's character bigrams and their Dice coefficient. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGITS = re.compile(r"\D+")
PHONE_MARKS = str.maketrans("", "", " -()+./")
PHONE_BYTES = b" -()+./"  # the same marks, for `bytes.translate`


def phone_key(text: str) -> str:
    """The last 9 digits of a phone number (a Polish number with or without +48), '' when too short."""
    digits = (text or "").translate(PHONE_MARKS)
    if not digits.isdigit():
        digits = _DIGITS.sub("", digits)
    return digits[-9:] if len(digits) >= 6 else ""


def phone_keys(texts: Sequence[str]) -> list[str]:
    """`phone_key` of many texts: the marks dropped from all of them in one `translate` (a map's phones)."""
    joined = "\0".join(t or "" for t in texts)
    parts = joined.translate(PHONE_MARKS).split("\0")
    if len(parts) != len(texts):  # a text with a NUL in it: one by one
        return [phone_key(t) for t in texts]
    return [(d[-9:] if len(d) >= 6 else "") if d.isdigit() else (phone_key(t) if d else "")
            for d, t in zip(parts, texts)]


def phone_hits(joined: str | bytes, n: int, keys: set[str]) -> list[tuple[int, str]]:
    """(position, `phone_key`) of the `n` texts joined with NULs in `joined` (none holding a NUL; text, or
    UTF-8 as SQLite joins it) whose key is one of `keys` (keys of six digits or more). When every text is
    ASCII digits but for the marks, numpy reads the last nine digits of all at once; else each text is keyed
    by `phone_key`."""
    import numpy as np

    if not n:
        return []
    raw = joined if isinstance(joined, bytes) else joined.encode("utf-8", "surrogatepass")
    data = raw.translate(None, PHONE_BYTES)
    arr = np.frombuffer(data, np.uint8)
    ends = np.flatnonzero(arr == 0)
    if not data.isascii() or len(ends) != n - 1 or ((arr - 48 > 9) & (arr != 0)).any():
        texts = raw.decode("utf-8", "surrogatepass" if isinstance(joined, str) else "replace").split("\0")
        return [(i, k) for i, t in enumerate(texts) if (k := phone_key(t)) in keys]
    ends = np.append(ends, len(arr))
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    # a text's last nine digits as a number, and how many: (count, number) is its key
    value = np.zeros(n, np.int64)
    for j in range(9):
        at = ends - 1 - j
        value += np.where(at >= starts, arr[np.maximum(at, 0)].astype(np.int64) - 48, 0) * 10 ** j
    code = np.minimum(lengths, 9) * 10 ** 9 + value
    valid = [k for k in keys if k.isascii() and k.isdigit() and 6 <= len(k) <= 9]
    wanted = (np.fromiter(map(len, valid), np.int64, len(valid)) * 10 ** 9
              + np.asarray(valid, dtype=np.int64) if valid else np.zeros(0, np.int64))
    hit = np.flatnonzero(np.isin(code, wanted) & (lengths >= 6))
    return [(i, data[e - min(length, 9):e].decode("ascii"))
            for i, e, length in zip(hit.tolist(), ends[hit].tolist(), lengths[hit].tolist())]


def email_hits(joined: str | bytes, n: int, keys: set[str]) -> list[tuple[int, str]]:
    """(position, `email_key`) of the `n` texts joined with NULs in `joined` (text, or UTF-8) whose key is one
    of `keys`."""
    text = joined.decode("utf-8", "replace") if isinstance(joined, bytes) else joined
    return [(i, k) for i, t in enumerate(text.split("\0") if n else []) if (k := email_key(t)) in keys]


def email_key(text: str) -> str:
    return (text or "").strip().lower()


def bigrams(folded: str) -> frozenset[str]:
    text = f" {folded} "
    return frozenset(map("".join, zip(text, text[1:])))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets: 1 for the same text, near 0 for unrelated ones."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
