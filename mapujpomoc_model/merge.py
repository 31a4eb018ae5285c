"""Three-way merge of one feature, field by field, against the base copy.

A field only one side changed takes that side's value; both sides changing it
to the same value is no conflict; both changing it differently is a conflict
that keeps the local value until the user chooses. Nothing is decided by
"last writer wins".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

GEOMETRY = "geometry"
DELETED = "__deleted__"  # the pseudo-field of an edit-versus-delete conflict


@dataclass
class MergeResult:
    merged: dict[str, Any]
    conflicts: list[str] = field(default_factory=list)
    taken_from_theirs: list[str] = field(default_factory=list)


def merge(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Merge `mine` and `theirs`, both derived from `base` (dicts of field -> value, geometry included)."""
    result = MergeResult({})
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == t or t == b:
            result.merged[key] = m
        elif m == b:
            result.merged[key] = t
            result.taken_from_theirs.append(key)
        else:
            result.merged[key] = m
            result.conflicts.append(key)
    return result


def changed_fields(base: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The fields of `current` that differ from `base`, with their new values."""
    return {k: v for k, v in current.items() if base.get(k) != v}
