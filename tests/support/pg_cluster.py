"""A throwaway PostgreSQL cluster for tests.

`PgCluster` runs `initdb` into a fresh temporary directory, starts the server
with `pg_ctl` on a free port of 127.0.0.1 (its unix socket inside that
directory, trust authentication), and hands out one database per caller via
`create_database()`. `stop()` shuts the server down and removes the
directory; it also runs at interpreter exit, so a crashed test run leaves
nothing behind.

PostgreSQL refuses to run as root, so when the tests run as root every server
command goes through `runuser -u postgres` (or `nobody` where there is no
postgres account) and the directory is handed to that user.

The binaries are found through `MAPUJPOMOC_PG_BIN`, then the newest
`/usr/lib/postgresql/*/bin`, then `PATH`.

`running_or_skip()` is the rule of the pytest fixtures: a running cluster, or the
test skipped where PostgreSQL is missing (failed instead under CI or with
MAPUJPOMOC_REQUIRE_POSTGRES set).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from mapujpomoc_store.launcher import free_port

SUPERUSER = "postgres"


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bindir() -> Path:
    env = os.environ.get("MAPUJPOMOC_PG_BIN")
    if env:
        if not (Path(env) / "initdb").exists():
            raise PgUnavailable(f"MAPUJPOMOC_PG_BIN={env} has no initdb")
        return Path(env)

    def major(p: str) -> float:
        m = re.search(r"/postgresql/(\d+(?:\.\d+)?)/bin", p)
        return float(m.group(1)) if m else 0.0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major, reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PgUnavailable("PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql "
                        "or set MAPUJPOMOC_PG_BIN")


def _os_user() -> str | None:
    """The account the server runs as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PgUnavailable("running as root but there is neither a 'postgres' nor a 'nobody' account")


class PgCluster:
    def __init__(self, bindir: Path | None = None, host: str = "127.0.0.1") -> None:
        self.bindir = bindir or find_bindir()
        self.host = host
        self.port: int | None = None
        self.os_user = _os_user()
        self.base: Path | None = None
        self._running = False

    # -- paths and commands -------------------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        assert self.base is not None
        return self.base / "data"

    @property
    def sockdir(self) -> Path:
        assert self.base is not None
        return self.base / "sock"

    @property
    def logfile(self) -> Path:
        assert self.base is not None
        return self.base / "server.log"

    def _cmd(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / tool), *args]
        if self.os_user:
            cmd = ["runuser", "-u", self.os_user, "--", *cmd]
        return cmd

    def _run(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(self._cmd(tool, *args), capture_output=True, text=True, timeout=timeout,
                              cwd=self.base, env={**os.environ, "LC_ALL": "C", "LANG": "C"})
        if proc.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-3000:] if self.logfile.exists() else ""
            raise RuntimeError(f"{tool} {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
                               f"\n--- server log ---\n{log}")
        return proc

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> PgCluster:
        self.base = Path(tempfile.mkdtemp(prefix="mapujpomoc-pg-"))
        atexit.register(self.stop)
        try:
            self.sockdir.mkdir()
            if self.os_user:
                # tempfile makes the directory 0700 for us; the server's account needs it
                pw = pwd.getpwnam(self.os_user)
                for p in (self.base, self.sockdir):
                    os.chown(p, pw.pw_uid, pw.pw_gid)
            self._run("initdb", "-D", str(self.datadir), "--auth=trust", f"--username={SUPERUSER}",
                      "--encoding=UTF8", "--locale=C", "--no-sync")
            last: Exception | None = None
            for _ in range(5):  # the free port may be taken between asking and binding
                self.port = free_port(self.host)
                opts = (f"-p {self.port} -h {self.host} -k {self.sockdir} -F -c max_connections=300 "
                        "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB")
                try:
                    self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.logfile), "-o", opts, "-w",
                              "-t", "60", "start")
                    self._running = True
                    break
                except RuntimeError as exc:
                    last = exc
            else:
                raise RuntimeError(f"PostgreSQL did not start: {last}")
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.base is None:
            return
        try:
            if self._running:
                with contextlib.suppress(Exception):
                    self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "-t", "30", "stop")
                self._running = False
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- databases ---------------------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=SUPERUSER, dbname="postgres",
                               autocommit=True, connect_timeout=10)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """Create a database (optionally a copy of `template`) and return its URL."""
        name = name or "t_" + uuid.uuid4().hex[:12]
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or (template and not re.fullmatch(r"[a-z_][a-z0-9_]*",
                                                                                          template)):
            raise ValueError(f"database names must be lower-case identifiers: {name!r} {template!r}")
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    @contextlib.contextmanager
    def database(self, template: str | None = None) -> Iterator[str]:
        """A fresh database for the duration of the block (dropped afterwards)."""
        url = self.create_database(template=template)
        try:
            yield url
        finally:
            with contextlib.suppress(Exception):
                self.drop_database(url.rsplit("/", 1)[1])


@contextlib.contextmanager
def running_or_skip() -> Iterator[PgCluster]:
    """A fresh running cluster for a pytest fixture; without PostgreSQL the test is skipped, or fails
    when CI or MAPUJPOMOC_REQUIRE_POSTGRES is set (there a missing server is a broken setup)."""
    import pytest

    try:
        cluster = PgCluster()
    except PgUnavailable as exc:
        if os.environ.get("CI") or os.environ.get("MAPUJPOMOC_REQUIRE_POSTGRES"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    with cluster:
        yield cluster
