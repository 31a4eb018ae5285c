"""What matching compares, as keys (docs/ARCHITECTURE.md, "Import"): a phone number's last nine digits, an
e-mail in lower case, a folded name's character bigrams and their Dice coefficient. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGITS = re.compile(r"\D+")
PHONE_MARKS = str.maketrans("", "", " -()+./")


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
