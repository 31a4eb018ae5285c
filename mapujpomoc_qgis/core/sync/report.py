"""What a sync tells while it runs (progress, the cancel check) and when it ends (`SyncReport`).

Progress and cancel follow core/progress (docs/ARCHITECTURE.md, "Progress and cancel"): the sync
checks for a cancel only before it writes, so a cancel leaves the working copy as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..i18n import tr
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
        pulled = ", ".join(f"{n} {k}" for k, n in sorted(self.pulled.items())) or "nothing"
        pushed = ", ".join(f"{n} {k}" for k, n in sorted(self.pushed.items())) or "nothing"
        text = f"pulled {pulled}; pushed {pushed}"
        if self.boundaries:
            text += f"; boundaries updated: {', '.join(self.boundaries)}"
        if self.refused:
            text += f"; {len(self.refused)} refused by the store"
        if self.conflicts:
            text += f"; {self.conflicts} conflict(s) to resolve"
        return text


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
