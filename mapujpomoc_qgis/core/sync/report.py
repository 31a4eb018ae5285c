"""What a sync tells while it runs (progress, the cancel check) and when it ends (`SyncReport`).

Progress and cancel follow core/progress (docs/ARCHITECTURE.md, "Progress and cancel"): the sync
checks for a cancel only before it writes, so a cancel leaves the working copy as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mapujpomoc_model.messages import COLLECTION_LABELS

from ..i18n import current_language, tr
from ..progress import Feedback, checkpoint


@dataclass
class SyncReport:
    pulled: Counter[str] = field(default_factory=Counter)
    pushed: Counter[str] = field(default_factory=Counter)
    refused: list[dict[str, Any]] = field(default_factory=list)
    new_conflicts: int = 0
    conflicts: int = 0
    boundaries: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """'pulled 3 aid_points updated; pushed nothing' in the UI language (English as it always was)."""
        pulled = ", ".join(_count(k, n) for k, n in sorted(self.pulled.items())) or tr("nothing")
        pushed = ", ".join(_count(k, n) for k, n in sorted(self.pushed.items())) or tr("nothing")
        text = tr("pulled {0}; pushed {1}").format(pulled, pushed)
        if self.boundaries:
            text += tr("; boundaries updated: {0}").format(", ".join(self.boundaries))
        if self.refused:
            text += tr("; {0} refused by the store").format(len(self.refused))
        if self.conflicts:
            text += tr("; {0} conflict(s) to resolve").format(self.conflicts)
        return text


def _count(key: str, n: int) -> str:
    """One entry of a summary: '200 aid_points created' ("<collection> <what happened>", the report's key)."""
    collection, _, what = key.rpartition(" ")
    label = _collection_label(collection)
    if what == "created":
        return tr("%n {0} created", None, n).format(label)
    if what == "updated":
        return tr("%n {0} updated", None, n).format(label)
    if what == "deleted":
        return tr("%n {0} deleted", None, n).format(label)
    if what == "merged":
        return tr("%n {0} merged", None, n).format(label)
    return f"{n} {key}"


def _collection_label(collection: str) -> str:
    row = COLLECTION_LABELS.get(collection)
    return row[("en", "pl", "uk").index(current_language())] if row else collection


def cancelled_message() -> str:
    return tr("Sync cancelled; the working copy is unchanged.")


def check_cancel(feedback: Feedback, percent: float | None = None, text: str | None = None) -> None:
    """Raise `errors.Cancelled` if the user cancelled (nothing written yet); else report progress."""
    checkpoint(feedback, percent, text, cancelled=cancelled_message())


def show_progress(feedback: Feedback, percent: float, text: str) -> None:
    """Report progress without a cancel check: for the moments after a write, when a cancel could no
    longer leave the working copy unchanged."""
    if hasattr(feedback, "setProgressText"):
        feedback.setProgressText(text)
    feedback.setProgress(percent)
