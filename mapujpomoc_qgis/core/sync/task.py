"""The sync as a QgsTask: the work runs in a worker thread, results reach the GUI in `finished`.

`run()` touches no widget and no project layer; `finished()` runs in the main
thread and hands the outcome to a callback (the GUI adds layers there).
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsTask

from ..connection.client import StoreClient, StoreError
from ..i18n import tr
from .syncer import SyncCancelled, Syncer, SyncReport
from .workcopy import WorkingCopy, WorkingCopyError


class _TaskFeedback:
    def __init__(self, task: QgsTask) -> None:
        self.task = task

    def progress(self, percent: float, message: str) -> None:
        self.task.setProgress(percent)

    def cancelled(self) -> bool:
        return self.task.isCanceled()


class SyncTask(QgsTask):
    def __init__(self, store_url: str, workcopy: str, user: str, token: str, proxies: dict[str, str] | None,
                 on_done: Callable[[SyncTask], None], timeout: float = 60.0) -> None:
        super().__init__(tr("Mapuj Pomoc: sync"), QgsTask.CanCancel)
        self.store_url = store_url
        self.workcopy = workcopy
        self._client_args = (user, token, proxies, timeout)
        self.on_done = on_done
        self.report: SyncReport | None = None
        self.error: str | None = None
        self.me: dict | None = None

    def run(self) -> bool:
        user, token, proxies, timeout = self._client_args
        client = StoreClient(self.store_url, token, user=user, proxies=proxies, timeout=timeout)
        try:
            with WorkingCopy.open_or_create(self.workcopy, self.store_url) as wc:
                self.report = Syncer(wc, client, _TaskFeedback(self)).sync()
                self.me = wc.meta_json("me")
            return True
        except SyncCancelled:
            self.error = tr("Sync cancelled; the working copy is unchanged.")
        except (StoreError, WorkingCopyError) as exc:
            self.error = str(exc)
        except Exception as exc:  # report, never crash QGIS from a worker thread
            self.error = tr("Unexpected error during sync: {0}").format(exc)
        finally:
            client.close()
            self._client_args = (user, "", proxies, timeout)  # drop the token as soon as possible
        return False

    def finished(self, result: bool) -> None:
        self.on_done(self)
