"""Shared pieces of the benchmarks: result rows, timing, a real store in a subprocess, QGIS.

A store is prepared once per size and run (`template_store`), the way an
operator does it (`mapujpomoc-store init`, `import-boundaries`, `seed-demo`,
`user add`); each benchmark works on its own copy (`Store.clone`), so what one
benchmark writes never changes what another measures.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

LEVEL_FILES = (("wojewodztwo", "wojewodztwa.geojson"), ("powiat", "powiaty.geojson"), ("gmina", "gminy.geojson"))


@dataclass
class Row:
    """One line of the results table; ratio = anchor_s / ours_s (above 1: we are faster)."""

    operation: str
    size: int
    ours_s: float
    anchor_name: str
    anchor_s: float
    # optional targets, checked and printed under the table
    max_s: float | None = None  # ours must take at most this long
    min_ratio: float | None = None  # ours must be at least this many times faster than the anchor
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.anchor_s / self.ours_s if self.ours_s > 0 else float("inf")


def log(message: str) -> None:
    """Progress on stderr; stdout carries only the table."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass
class Timed:
    """One thing to time: `fn()` after an untimed `setup()`."""

    label: str
    fn: Callable[[], object]
    setup: Callable[[], object] | None = None
    repeats: int = 3
    budget_s: float = 60.0  # no further runs once the timed runs together exceed this
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def wants_more(self) -> bool:
        return len(self.times) < self.repeats and (not self.times or sum(self.times) <= self.budget_s)

    def once(self) -> None:
        if self.setup is not None:
            self.setup()
        t0 = time.perf_counter()
        self.fn()
        self.times.append(time.perf_counter() - t0)


def measure_all(*tasks: Timed) -> list[float]:
    """Median wall time of each task, the tasks' runs interleaved (a, b, a, b, ...).

    Interleaving keeps a ratio fair when the machine's background load drifts during the run; the
    budget lets a slow anchor run fewer times instead of blowing the time limit of `make bench`.
    Every task runs at least once.
    """
    while any(t.wants_more() for t in tasks):
        for t in tasks:
            if t.wants_more():
                t.once()
    for t in tasks:
        log(f"{t.label}: median {t.median:.3f} s of {len(t.times)} run(s) [{', '.join(f'{x:.3f}' for x in t.times)}]")
    return [t.median for t in tasks]


def measure(label: str, fn: Callable[[], object], *, setup: Callable[[], object] | None = None, repeats: int = 3,
            budget_s: float = 60.0) -> float:
    """Median wall time of `fn()` (see `measure_all`)."""
    return measure_all(Timed(label, fn, setup, repeats, budget_s))[0]


def load_average() -> str:
    try:
        return f"load average {os.getloadavg()[0]:.2f}"
    except OSError:
        return "load average unknown"


# -- the store -------------------------------------------------------------------------------------------

def shared_data_dir() -> Path:
    env = os.environ.get("MAPUJPOMOC_SHARED_DATA")
    return Path(env) if env else (REPO.parent / "shared" / "data").resolve()


def store_command() -> list[str]:
    exe = Path(sys.executable).with_name("mapujpomoc-store")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mapujpomoc_store.cli"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Store:
    """A SQLite store database and the tokens issued on it; `serve()` runs it on a free port."""

    def __init__(self, path: Path, tokens: dict[str, str] | None = None) -> None:
        self.path = path
        self.tokens = dict(tokens or {})
        self.proc: subprocess.Popen[bytes] | None = None
        self.port: int | None = None

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.path}"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        proc = subprocess.run([*store_command(), "--db", self.db_url, *args], capture_output=True, text=True,
                              cwd=REPO, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"mapujpomoc-store {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n"
                               f"{proc.stderr}")
        return proc.stdout

    def prepare(self, count: int) -> Store:
        self.cli("init")
        prg = shared_data_dir() / "prg"
        for level, name in LEVEL_FILES:
            self.cli("import-boundaries", "--level", level, str(prg / name))
        if count:
            self.cli("seed-demo", "--count", str(count), "--seed", "1")
        out = self.cli("user", "add", "admin", "--role", "admin")
        self.tokens["admin"] = out.strip().splitlines()[-1].strip()
        return self

    def clone(self, path: Path) -> Store:
        """A copy of this (idle) database; tokens stay valid (they are stored hashed)."""
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.path, path)
        return Store(path, self.tokens)

    def auth(self, user: str = "admin") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def serve(self, timeout: float = 60) -> Store:
        self.port = free_port()
        log_path = self.path.with_suffix(".serve.log")
        self._log = open(log_path, "ab")  # noqa: SIM115 - open while the server runs
        self.proc = subprocess.Popen([*store_command(), "--db", self.db_url, "serve", "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=self._log, stderr=subprocess.STDOUT, cwd=REPO)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the store exited while starting; see {log_path}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/", timeout=2).status_code == 200:
                    return self
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the store did not answer on {self.url}; see {log_path}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(15)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(15)
            self.proc = None
            self._log.close()

    def __enter__(self) -> Store:
        return self.serve()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_TEMPLATES: dict[tuple[Path, int], Store] = {}


def template_store(size: int, cache_dir: Path) -> Store:
    """A store seeded with `size` aid points, built once per run and size; clone it before writing to it."""
    key = (cache_dir.resolve(), size)
    if key not in _TEMPLATES:
        path = cache_dir / f"store-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        cache_dir.mkdir(parents=True, exist_ok=True)
        log(f"preparing a store with {size:,} aid points (init, PRG boundaries, seed-demo, admin)")
        t0 = time.perf_counter()
        _TEMPLATES[key] = Store(path).prepare(size)
        log(f"store with {size:,} aid points ready in {time.perf_counter() - t0:.1f} s")
    return _TEMPLATES[key]


# -- QGIS ------------------------------------------------------------------------------------------------

_QGIS_APP = None


def qgis_app():  # type: ignore[no-untyped-def]
    """One headless QgsApplication for the whole run (the OAPIF provider needs it)."""
    global _QGIS_APP
    if _QGIS_APP is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from qgis.core import QgsApplication

        _QGIS_APP = QgsApplication([], False)
        _QGIS_APP.initQgis()
    return _QGIS_APP
