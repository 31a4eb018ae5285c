"""Shared pieces of the benchmarks: result rows, timing, a real store in a subprocess, QGIS.

A store is prepared once per size and run (`template_store`), the way an
operator does it (`mapujpomoc-store init`, `import-boundaries`, `seed-demo`,
`user add`); each benchmark works on its own copy (`Store.clone`), so what one
benchmark writes never changes what another measures.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from mapujpomoc_store.launcher import StoreDatabase, StoreProcess, shared_data_dir, sqlite_url  # noqa: E402


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


class Store(StoreDatabase):
    """A SQLite store database and the tokens issued on it; `serve()` runs it on a free port.

    The launching is `mapujpomoc_store.launcher`, the same the tests use.
    """

    def __init__(self, path: Path, tokens: dict[str, str] | None = None) -> None:
        super().__init__(sqlite_url(path), shared_data_dir(), tokens, timeout=600)
        self.path = path
        self.process: StoreProcess | None = None

    @property
    def url(self) -> str:
        assert self.process is not None, "the store is not served"
        return self.process.url

    @property
    def proc(self) -> subprocess.Popen[bytes] | None:
        return self.process.proc if self.process is not None else None

    def prepare(self, count: int) -> Store:  # type: ignore[override]
        """init, the PRG boundaries, `count` demo points (seed 1) and a user `admin`."""
        super().prepare(seed_count=count, seed=1, users=[("admin", "admin", ())])
        return self

    def clone(self, path: Path) -> Store:
        """A copy of this (idle) database; tokens stay valid (they are stored hashed)."""
        self.clone_to(sqlite_url(path))
        return Store(path, self.tokens)

    def auth(self, user: str = "admin") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def serve(self, timeout: float = 60, workers: int = 1) -> Store:
        self.process = StoreProcess(self.db_url, workers=workers,
                                    log_path=self.path.with_suffix(".serve.log")).start(timeout)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop(15)

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
