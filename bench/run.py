"""Run the benchmarks in bench/bench_*.py and print one Markdown table.

    .venv/bin/python bench/run.py [--sizes 10000,100000] [--only sync,push] [--out FILE.md] [--workdir DIR]

Each module exposes `run(sizes, workdir) -> list[Row]`; every row compares this project against a named
anchor measured in the same run (ratio = anchor time / our time: above 1 means we are faster). The table
also goes to bench/results/latest.md (gitignored); progress goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import REPO, Row, load_average, log  # noqa: E402

HEADER = "| operation | size | this project (s) | anchor | anchor (s) | ratio |"


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        pass
    return "RAM unknown"


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "mapujpomoc_qgis", "mapujpomoc_store"],
                               cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        return f"commit {head}{' + uncommitted changes' if dirty else ''}" if head else "commit unknown"
    except (OSError, subprocess.SubprocessError):
        return "commit unknown"


def machine_line(load: str) -> str:
    try:
        from qgis.core import Qgis

        qgis = Qgis.QGIS_VERSION
    except ImportError:
        qgis = "not importable"
    try:
        from osgeo import gdal

        gdal_v = gdal.__version__
    except ImportError:
        gdal_v = "not importable"
    return (f"Machine: {_cpu_model()}, {os.cpu_count()} cores, {_ram_gib()}; QGIS {qgis}, GDAL {gdal_v}, "
            f"Python {platform.python_version()}; {platform.system()} {platform.release()}; "
            f"{dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}; {_commit()}; {load} at the start")


def _secs(v: float) -> str:
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    if v >= 1:
        return f"{v:.2f}"
    return f"{v:.3f}"


def _ratio(v: float) -> str:
    return f"{v:.1f}×" if v >= 1 else f"{v:.2f}×"


def table(rows: list[Row]) -> str:
    lines = [HEADER, "|---|---:|---:|---|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.operation} | {r.size:,} | {_secs(r.ours_s)} | {r.anchor_name} | {_secs(r.anchor_s)} | "
                     f"{_ratio(r.ratio)} |")
    return "\n".join(lines)


def targets(rows: list[Row]) -> list[str]:
    out = []
    for r in rows:
        checks = []
        if r.max_s is not None:
            checks.append(f"{_secs(r.ours_s)} s (target ≤ {r.max_s:g} s: {'met' if r.ours_s <= r.max_s else 'MISSED'})")
        if r.min_ratio is not None:
            checks.append(f"ratio {_ratio(r.ratio)} (target ≥ {r.min_ratio:g}×: {'met' if r.ratio >= r.min_ratio else 'MISSED'})")
        if checks or r.notes:
            out.append(f"- {r.operation}, {r.size:,}: " + "; ".join(checks + r.notes))
    # the same operation may appear with two anchors; say each check once
    return list(dict.fromkeys(out))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10000,100000", help="comma-separated feature counts (default 10000,100000)")
    p.add_argument("--only", help="comma-separated benchmark names (e.g. sync or bench_push); default: all")
    p.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    p.add_argument("--workdir", type=Path, help="keep stores and working copies here (default: a temporary "
                                                "directory, removed afterwards)")
    args = p.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    names = discover()
    if args.only:
        wanted = [w.strip().removeprefix("bench_").removesuffix(".py") for w in args.only.split(",")]
        unknown = [w for w in wanted if w not in names]
        if unknown:
            p.error(f"no benchmark {', '.join(unknown)}; there are: {', '.join(names)}")
        names = [n for n in names if n in wanted]

    root = args.workdir or Path(tempfile.mkdtemp(prefix="mapujpomoc-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    failed: list[str] = []
    started = time.perf_counter()
    load = load_average()
    try:
        modules = {}
        for name in names:
            try:
                modules[name] = importlib.import_module(f"bench_{name}")
            except Exception:
                failed.append(name)
                log(f"bench_{name} cannot be imported:\n{traceback.format_exc()}")
        for name in sorted(modules, key=lambda m: (getattr(modules[m], "ORDER", 100), m)):
            log(f"running bench_{name} at sizes {', '.join(f'{s:,}' for s in sizes)}")
            try:
                rows.extend(modules[name].run(sizes, root / name))
            except Exception:  # report it, run the others, exit non-zero
                failed.append(name)
                log(f"bench_{name} failed:\n{traceback.format_exc()}")
    finally:
        if args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)

    text = [machine_line(load), "", table(rows)]
    checks = targets(rows)
    if checks:
        text += ["", "Targets:", *checks]
    if failed:
        text += ["", f"FAILED: {', '.join(failed)} (see the log above)"]
    text += ["", f"Total benchmark time {time.perf_counter() - started:.0f} s; times are medians of up to "
                 "3-5 runs; ratio = anchor / this project."]
    report = "\n".join(text) + "\n"
    print(report)
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "latest.md").write_text(report, encoding="utf-8")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
