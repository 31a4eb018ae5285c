"""The real store, run the way an operator runs it: the `mapujpomoc-store` CLI in subprocesses.

    db = StoreDatabase(db_url, shared_data)
    db.prepare(seed_count=200, users=[("admin", "admin", [])])   # init, import PRG, seed, users
    server = StoreServer(db).start()                              # serve on a free port
    requests.get(server.url + "/collections", headers=server.auth("admin"))
    server.stop()

A prepared database can be copied cheaply (`clone_to`): SQLite by copying the
file, PostgreSQL with `CREATE DATABASE ... TEMPLATE`. Tokens live hashed in
the database, so a copy keeps them valid.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import requests

from .pg_cluster import free_port

REPO = Path(__file__).resolve().parents[2]
LEVEL_FILES = (("wojewodztwo", "wojewodztwa.geojson"), ("powiat", "powiaty.geojson"), ("gmina", "gminy.geojson"))


def shared_data_dir() -> Path:
    """`../shared/data` beside the repository, or `MAPUJPOMOC_SHARED_DATA`."""
    env = os.environ.get("MAPUJPOMOC_SHARED_DATA")
    return Path(env) if env else (REPO.parent / "shared" / "data").resolve()


def store_command() -> list[str]:
    exe = Path(sys.executable).with_name("mapujpomoc-store")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mapujpomoc_store.cli"]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class CliError(AssertionError):
    pass


class StoreDatabase:
    """A store database and the CLI that operates it; remembers the tokens it issued."""

    def __init__(self, db_url: str, shared_data: Path | None = None, tokens: dict[str, str] | None = None) -> None:
        self.db_url = db_url
        self.shared_data = shared_data or shared_data_dir()
        self.tokens: dict[str, str] = dict(tokens or {})

    @property
    def backend(self) -> str:
        return "sqlite" if self.db_url.startswith("sqlite") else "postgresql"

    def cli(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run `mapujpomoc-store --db URL ARGS...`; with `check`, a non-zero exit fails the test."""
        proc = subprocess.run([*store_command(), "--db", self.db_url, *args], capture_output=True, text=True,
                              timeout=timeout, cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        if check and proc.returncode != 0:
            raise CliError(f"mapujpomoc-store {' '.join(args)} exited {proc.returncode}:\n"
                           f"{proc.stdout}\n{proc.stderr}")
        return proc

    def init(self) -> None:
        self.cli("init")

    def import_boundaries(self, levels: Iterable[str] = ("wojewodztwo", "powiat", "gmina")) -> dict[str, str]:
        """Import the PRG files of `levels`; returns each level's CLI report."""
        wanted = set(levels)
        reports = {}
        for level, name in LEVEL_FILES:
            if level in wanted:
                reports[level] = self.cli("import-boundaries", "--level", level,
                                          str(self.shared_data / "prg" / name)).stdout
        return reports

    def seed(self, count: int, seed: int = 1) -> None:
        self.cli("seed-demo", "--count", str(count), "--seed", str(seed))

    def add_user(self, name: str, role: str, scope: Iterable[str] = (), replace: bool = False) -> str:
        scope = list(scope)
        args = ["user", "add", name, "--role", role]
        if scope:
            args += ["--scope", *scope]
        if replace:
            args.append("--replace")
        token = self.cli(*args).stdout.strip().splitlines()[-1].strip()
        self.tokens[name] = token
        return token

    def revoke(self, name: str) -> None:
        self.cli("user", "revoke", name)

    def prepare(self, *, seed_count: int = 0, seed: int = 1,
                users: Iterable[tuple[str, str, Iterable[str]]] = ()) -> StoreDatabase:
        self.init()
        self.import_boundaries()
        if seed_count:
            self.seed(seed_count, seed)
        for name, role, scope in users:
            self.add_user(name, role, scope)
        return self

    def clone_to(self, db_url: str, pg_cluster=None) -> StoreDatabase:  # type: ignore[no-untyped-def]
        """Copy this (idle) database to `db_url` (a new SQLite file, or a PostgreSQL database the
        cluster will create from this one as template)."""
        if self.backend == "sqlite":
            src = self.db_url.removeprefix("sqlite:///")
            dst = db_url.removeprefix("sqlite:///")
            with contextlib.closing(sqlite3.connect(src)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copyfile(src, dst)
        else:
            assert pg_cluster is not None, "cloning a PostgreSQL database needs its cluster"
            pg_cluster.create_database(db_url.rsplit("/", 1)[1], template=self.db_url.rsplit("/", 1)[1])
        return StoreDatabase(db_url, self.shared_data, self.tokens)


class StoreServer:
    """`mapujpomoc-store serve` on a free port of 127.0.0.1; `stop()`/`start()` restart it."""

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
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = None

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
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 30) -> StoreServer:
        if self.running:
            return self
        if self.port is None:
            self.port = free_port()
        args = [*store_command(), "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--workers", str(self.workers), *self.extra_args]
        if not self.anonymous_read:
            args.append("--no-anonymous-read")
        if self.log_dir is None:
            self.log_dir = Path(tempfile.mkdtemp(prefix="mapujpomoc-store-log-"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_dir / "serve.log", "ab")  # noqa: SIM115 - kept open while the server runs
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT, cwd=REPO,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
                                     start_new_session=True)
        atexit.register(self.stop)  # no store outlives the test run (stop() is idempotent)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                code, log = self.proc.returncode, self.log_text()[-4000:]
                self._close()
                raise RuntimeError(f"the store exited ({code}) while starting:\n{log}")
            try:
                if requests.get(self.url + "/", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                log = self.log_text()[-4000:]
                self.stop()
                raise RuntimeError(f"the store did not answer on {self.url} within {timeout}s:\n{log}")
            time.sleep(0.05)

    def stop(self, timeout: float = 10) -> None:
        """Terminate (SIGTERM), then kill what is left."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                return
        self._reap_group()
        self._close()

    def kill(self) -> None:
        """Kill the store at once (SIGKILL), as a crash would."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._reap_group()
        self._close()

    def restart(self) -> StoreServer:
        self.stop()
        return self.start()

    def _reap_group(self) -> None:
        # worker processes (serve --workers N) live in the session we started; end them too
        assert self.proc is not None
        if self.workers <= 1:
            return  # a single uvicorn process has no children
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)

    def _close(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None
        self.proc = None
        atexit.unregister(self.stop)
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

