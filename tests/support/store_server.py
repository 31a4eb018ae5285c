"""The real store, run the way an operator runs it: the `mapujpomoc-store` CLI in subprocesses.

    db = StoreDatabase(db_url, shared_data)
    db.prepare(seed_count=200, users=[("admin", "admin", [])])   # init, import PRG, seed, users
    server = StoreServer(db).start()                              # serve on a free port
    requests.get(server.url + "/collections", headers=server.auth("admin"))
    server.stop()

The launching itself is `mapujpomoc_store.launcher`, shared with the benchmarks; this module adds what
tests want of a running store: its database's tokens as headers, restarts on the same port, another
server on the same database.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from mapujpomoc_store.launcher import (
    CHECKOUT,
    LEVEL_FILES,
    StoreCliError,
    StoreDatabase,
    StoreProcess,
    shared_data_dir,
    sqlite_url,
    store_command,
)

REPO = CHECKOUT
CliError = StoreCliError  # the old name: a store CLI run that failed

__all__ = ["LEVEL_FILES", "REPO", "CliError", "StoreDatabase", "StoreServer", "shared_data_dir", "sqlite_url",
           "store_command"]


class StoreServer:
    """`mapujpomoc-store serve` on a free port of 127.0.0.1; `stop()`/`start()` restart it on that port."""

    def __init__(self, database: StoreDatabase, *, anonymous_read: bool = True, workers: int = 1,
                 port: int | None = None, extra_args: Iterable[str] = (), env: dict[str, str] | None = None,
                 log_dir: Path | None = None) -> None:
        self.database = database
        self.anonymous_read = anonymous_read
        self.workers = workers
        self.port = port
        self.extra_args = list(extra_args)
        self.env = dict(env or {})
        self._own_log_dir = log_dir is None  # a temporary one, removed by stop()
        self.log_dir = log_dir
        self.process: StoreProcess | None = None

    # -- what tests use ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self.port is not None, "the store was never started"
        return f"http://127.0.0.1:{self.port}"

    @property
    def db_url(self) -> str:
        return self.database.db_url

    @property
    def backend(self) -> str:
        return self.database.backend

    def token(self, name: str) -> str:
        return self.database.tokens[name]

    def auth(self, name: str | None) -> dict[str, str]:
        """Headers for user `name` (None: anonymous)."""
        return {"Authorization": f"Bearer {self.token(name)}"} if name else {}

    def add_user(self, name: str, role: str, scope: Iterable[str] = (), replace: bool = False) -> str:
        return self.database.add_user(name, role, scope, replace)

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.database.cli(*args, check=check)

    def log_text(self) -> str:
        path = self.log_dir / "serve.log" if self.log_dir else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    # -- lifecycle -------------------------------------------------------------------------------------

    @property
    def proc(self) -> subprocess.Popen[bytes] | None:
        return self.process.proc if self.process is not None else None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.running

    def start(self, timeout: float = 30) -> StoreServer:
        if self.running:
            return self
        if self.log_dir is None:
            self.log_dir = Path(tempfile.mkdtemp(prefix="mapujpomoc-store-log-"))
        args = [*self.extra_args] + ([] if self.anonymous_read else ["--no-anonymous-read"])
        self.process = StoreProcess(self.db_url, port=self.port, workers=self.workers, args=args, env=self.env,
                                    log_path=self.log_dir / "serve.log")
        try:
            self.process.start(timeout)
        except BaseException:
            self._close()
            raise
        self.port = self.process.port
        return self

    def stop(self, timeout: float = 10) -> None:
        """Terminate (SIGTERM), then kill what is left."""
        if self.process is not None:
            self.process.stop(timeout)
        self._close()

    def kill(self) -> None:
        """Kill the store at once (SIGKILL), as a crash would."""
        if self.process is not None:
            self.process.kill()
        self._close()

    def restart(self) -> StoreServer:
        self.stop()
        return self.start()

    def _close(self) -> None:
        self.process = None
        if self._own_log_dir and self.log_dir is not None:
            shutil.rmtree(self.log_dir, ignore_errors=True)
            self.log_dir = None

    def __enter__(self) -> StoreServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def spawn(self, **kwargs) -> StoreServer:  # type: ignore[no-untyped-def]
        """Another server on the same database (the service is stateless), e.g. with other settings."""
        return StoreServer(self.database, **kwargs)
