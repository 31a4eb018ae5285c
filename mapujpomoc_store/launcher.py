"""Run a store from Python the way an operator runs it: the `mapujpomoc-store` CLI in subprocesses.

    db = StoreDatabase("sqlite:///work/store.db")
    db.prepare(seed_count=200, users=[("admin", "admin", ())])   # init, import PRG, seed, users
    with StoreProcess(db.db_url) as server:                       # serve on a free port of 127.0.0.1
        requests.get(server.url + "/collections", headers={"Authorization": f"Bearer {db.tokens['admin']}"})

The tests, the benchmarks and the reliability suite all start their stores through this module, so a
store is launched one way everywhere. Only the standard library is used here: the store runs in its own
process and this module never imports it.

A prepared database can be copied cheaply (`StoreDatabase.clone_to`): SQLite by copying the file,
PostgreSQL with `CREATE DATABASE ... TEMPLATE` on a server the caller names. Tokens live hashed in the
database, so a copy keeps them valid.
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

CHECKOUT = Path(__file__).resolve().parents[1]  # the repository (the package is installed editable)
# the PRG boundary files under <shared data>/prg, in the order the store imports them
LEVEL_FILES = (("wojewodztwo", "wojewodztwa.geojson"), ("powiat", "powiaty.geojson"), ("gmina", "gminy.geojson"))


def shared_data_dir() -> Path:
    """`MAPUJPOMOC_SHARED_DATA`, or `../shared/data` beside the repository."""
    env = os.environ.get("MAPUJPOMOC_SHARED_DATA")
    return Path(env) if env else (CHECKOUT.parent / "shared" / "data").resolve()


def store_command() -> list[str]:
    """The `mapujpomoc-store` script beside this interpreter, or `python -m mapujpomoc_store.cli`."""
    exe = Path(sys.executable).with_name("mapujpomoc-store")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mapujpomoc_store.cli"]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (another process may still take it before we bind)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class StoreCliError(RuntimeError):
    """`mapujpomoc-store` exited with an error; the message carries its output."""


def run_cli(db_url: str, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `mapujpomoc-store --db URL ARGS...`; with `check`, a non-zero exit raises StoreCliError."""
    proc = subprocess.run([*store_command(), "--db", db_url, *args], capture_output=True, text=True,
                          timeout=timeout, cwd=CHECKOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if check and proc.returncode != 0:
        raise StoreCliError(f"mapujpomoc-store {' '.join(args)} exited {proc.returncode}:\n"
                            f"{proc.stdout}\n{proc.stderr}")
    return proc


class DatabaseServer(Protocol):
    """What cloning a PostgreSQL database needs of its server (the tests' PgCluster is one)."""

    def create_database(self, name: str | None = None, template: str | None = None) -> str: ...


class StoreDatabase:
    """A store database and the CLI that operates it; remembers the tokens it issued."""

    def __init__(self, db_url: str, shared_data: Path | None = None, tokens: dict[str, str] | None = None,
                 *, timeout: float = 120) -> None:
        self.db_url = db_url
        self.shared_data = shared_data or shared_data_dir()
        self.tokens: dict[str, str] = dict(tokens or {})
        self.timeout = timeout  # of one CLI run; seeding 100,000 points takes minutes

    @property
    def backend(self) -> str:
        return "sqlite" if self.db_url.startswith("sqlite") else "postgresql"

    def cli(self, *args: str, check: bool = True, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
        """Run `mapujpomoc-store --db URL ARGS...`; with `check`, a non-zero exit raises StoreCliError."""
        return run_cli(self.db_url, *args, check=check, timeout=timeout or self.timeout)

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
        """Add (or with `replace`, re-issue) a user; returns the token, also kept in `tokens`."""
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
        """init, the PRG boundaries, `seed_count` demo points and `users` (name, role, scope)."""
        self.init()
        self.import_boundaries()
        if seed_count:
            self.seed(seed_count, seed)
        for name, role, scope in users:
            self.add_user(name, role, scope)
        return self

    def clone_to(self, db_url: str, pg_server: DatabaseServer | None = None) -> StoreDatabase:
        """Copy this (idle) database to `db_url`: a new SQLite file, or a PostgreSQL database that
        `pg_server` creates from this one as template."""
        if self.backend == "sqlite":
            src = Path(self.db_url.removeprefix("sqlite:///"))
            dst = Path(db_url.removeprefix("sqlite:///"))
            with contextlib.closing(sqlite3.connect(src)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dst.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):  # a journal left by an earlier copy would be replayed into this one
                Path(f"{dst}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(src, dst)
        else:
            if pg_server is None:
                raise ValueError("cloning a PostgreSQL database needs its server")
            pg_server.create_database(db_url.rsplit("/", 1)[1], template=self.db_url.rsplit("/", 1)[1])
        return StoreDatabase(db_url, self.shared_data, self.tokens, timeout=self.timeout)


class StoreProcess:
    """`mapujpomoc-store serve` for one database on 127.0.0.1.

    `start()` picks a free port (kept for later starts, so a restarted store has the same URL) and
    returns once the store answers `GET /`; `stop()` ends it (SIGTERM, then SIGKILL), `kill()` at once,
    as a crash would. Its output goes to `log_path` (a temporary file when none is given, removed on
    stop). No store outlives the interpreter.
    """

    def __init__(self, db_url: str, *, port: int | None = None, workers: int = 1, args: Iterable[str] = (),
                 env: dict[str, str] | None = None, log_path: Path | None = None) -> None:
        self.db_url = db_url
        self.port = port
        self.workers = workers
        self.args = list(args)  # more `serve` options, e.g. --no-anonymous-read
        self.env = dict(env or {})
        self.log_path = log_path
        self._own_log = log_path is None
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("the store was never started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_text(self) -> str:
        path = self.log_path
        return path.read_text(errors="replace") if path is not None and path.exists() else ""

    def start(self, timeout: float = 30) -> StoreProcess:
        if self.running:
            return self
        if self.port is None:
            self.port = free_port()
        if self.log_path is None:
            fd, name = tempfile.mkstemp(prefix="mapujpomoc-store-", suffix=".log")
            os.close(fd)
            self.log_path = Path(name)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - kept open while the server runs
        args = [*store_command(), "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(self.port),
                "--workers", str(self.workers), *self.args]
        # a session of its own: stop() can end the worker processes of `--workers N` with it
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT, cwd=CHECKOUT,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1", **self.env},
                                     start_new_session=True)
        atexit.register(self.stop)  # stop() is idempotent
        self._wait_until_it_answers(timeout)
        return self

    def _wait_until_it_answers(self, timeout: float) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.proc.poll() is not None:
                code, log = self.proc.returncode, self.log_text()[-4000:]
                self._close()
                raise RuntimeError(f"the store exited ({code}) while starting:\n{log}")
            if time.monotonic() > deadline:
                log = self.log_text()[-4000:]
                self.stop()
                raise RuntimeError(f"the store did not answer on {self.url} within {timeout}s:\n{log}")
            time.sleep(0.05)

    def _answers(self) -> bool:
        # http.client, not urllib/requests: a proxy from the environment must never stand in between
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
        try:
            conn.request("GET", "/")
            return conn.getresponse().status == 200
        except (OSError, http.client.HTTPException):
            return False
        finally:
            conn.close()

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
        if self._own_log and self.log_path is not None:
            self.log_path.unlink(missing_ok=True)
            self.log_path = None

    def __enter__(self) -> StoreProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
