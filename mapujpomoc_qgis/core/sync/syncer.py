"""The sync of a working copy with the store: pull, then push (docs/ARCHITECTURE.md, "Sync").

The pull (pull.py) brings the store's changes and merges them with local edits; the push (push.py)
sends what is left in the outbox. Cancel reaches the sync through the `feedback`
(core/progress); it is honoured only before a write, so a cancelled sync leaves the working copy
unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..connection.client import StoreClient
from ..progress import Feedback, NullFeedback
from .pull import Puller
from .push import Pusher
from .report import SyncReport, check_cancel
from .workcopy import WorkingCopy


class Syncer:
    def __init__(self, wc: WorkingCopy, client: StoreClient, feedback: Feedback | None = None) -> None:
        self.wc = wc
        self.feedback = feedback or NullFeedback()
        self.puller = Puller(wc, client, self.feedback)
        self.pusher = Pusher(wc, client, self.feedback)

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        return self.puller.pull(report)

    def push(self, report: SyncReport) -> bool:
        """Send the outbox as one changeset; True when the store rejected it (nothing applied)."""
        return self.pusher.push(report)

    def sync(self) -> SyncReport:
        """Pull, merge, push. A rejected changeset (someone edited meanwhile, or some operations were
        refused), or a resent one whose reply was lost, is followed by another pull and a push of what is
        left, a few times at most."""
        report = SyncReport()
        for _attempt in range(3):
            self.pull(report)
            check_cancel(self.feedback)
            # a changeset whose reply was lost goes first, as it was; edits made since follow it
            resent = self.wc.meta("pending_changeset") is not None
            if not self.push(report) and not resent:
                break
        with self.wc.transaction():
            self.wc.set_meta("last_sync", datetime.now(UTC).isoformat(timespec="seconds"))
        report.conflicts = len(self.pusher.blocked())
        return report
