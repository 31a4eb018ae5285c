"""The sync as a background task (core/task.WorkTask): the work runs in a worker thread, the outcome
reaches the GUI in the main thread (docs/ARCHITECTURE.md, "Progress and cancel").

`work()` touches no widget and no project layer; the GUI adds layers in `on_done(task)`, reading
`report`, `me`, `error` and `cancelled`.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsFeedback

from ..connection.client import StoreClient
from ..i18n import tr
from ..task import WorkTask
from .report import SyncReport, cancelled_message
from .syncer import Syncer
from .workcopy import WorkingCopy


class SyncTask(WorkTask):
    def __init__(self, store_url: str, workcopy: str, user: str, token: str, proxies: dict[str, str] | None,
                 on_done: Callable[[SyncTask], None], timeout: float = 60.0) -> None:
        super().__init__(tr("Mapuj Pomoc: sync"), on_done)
        self.store_url = store_url
        self.workcopy = workcopy
        self._client_args = (user, token, proxies, timeout)
        self.report: SyncReport | None = None
        self.me: dict | None = None

    def _drop_token(self) -> None:
        user, _token, proxies, timeout = self._client_args
        self._client_args = (user, "", proxies, timeout)

    def work(self, feedback: QgsFeedback) -> SyncReport:
        user, token, proxies, timeout = self._client_args
        client = StoreClient(self.store_url, token, user=user, proxies=proxies, timeout=timeout)
        try:
            with WorkingCopy.open_or_create(self.workcopy, self.store_url) as wc:
                self.report = Syncer(wc, client, feedback).sync()
                self.me = wc.meta_json("me")
            return self.report
        finally:
            client.close()
            self._drop_token()  # as soon as possible

    def failed_message(self, exc: Exception) -> str:
        return tr("Unexpected error during sync: {0}").format(exc)

    def finished(self, result: bool) -> None:
        self._drop_token()  # also when the task was cancelled before it ran
        if not result and self.error is None:  # cancelled before run() started: nothing was touched
            self.cancelled = True
            self.error = cancelled_message()
        super().finished(result)
