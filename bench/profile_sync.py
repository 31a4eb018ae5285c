"""Profile one sync operation against a real store: the plugin side with cProfile, the store with py-spy.

    .venv/bin/python bench/profile_sync.py [--what first-sync|incremental|push] [--size 100000] [--top 30]
                                           [--server] [--out DIR]

The plugin side runs in this process under cProfile (the top functions by own time and by cumulative
time are printed; the .pstats file stays in --out). With --server, py-spy (`pip install py-spy`)
samples the store process during the same operation and writes a flame graph and a top list of the
store's own functions. Not part of `make bench`: a tool for finding hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_push  # noqa: E402
import bench_sync  # noqa: E402
from common import REPO, log, template_store  # noqa: E402

from mapujpomoc_qgis.core.connection.client import StoreClient  # noqa: E402
from mapujpomoc_qgis.core.sync.report import SyncReport  # noqa: E402
from mapujpomoc_qgis.core.sync.syncer import Syncer  # noqa: E402
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy  # noqa: E402


def _py_spy() -> str | None:
    exe = Path(sys.executable).with_name("py-spy")
    return str(exe) if exe.exists() else shutil.which("py-spy")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--what", choices=("first-sync", "incremental", "push"), default="first-sync")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--server", action="store_true", help="also sample the store with py-spy")
    p.add_argument("--out", type=Path, default=HERE / "results" / "profile")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="mapujpomoc-profile-"))
    try:
        store = template_store(args.size, work / "stores").clone(work / "store.db")
        with store:
            wc_path = work / "wc.gpkg"
            if args.what == "first-sync":
                def op() -> object:
                    return bench_sync.first_sync(store, wc_path)
            else:
                bench_sync.first_sync(store, wc_path)
                if args.what == "incremental":
                    bench_sync.change_features(store, wc_path, bench_sync.CHANGES, 1)

                    def op() -> object:
                        return bench_sync.pull(store, wc_path)
                else:
                    with WorkingCopy(wc_path) as wc:
                        bench_push.edit_rows(wc, 0, "profile")

                    def op() -> object:
                        with WorkingCopy(wc_path) as wc, StoreClient(store.url, store.tokens["admin"]) as client:
                            report = SyncReport()
                            Syncer(wc, client).push(report)
                            return report
            spy = None
            stem = f"{args.what}-{args.size}"
            if args.server:
                exe = _py_spy()
                if exe is None:
                    log("py-spy is not installed (pip install py-spy); profiling the plugin side only")
                else:
                    spy = subprocess.Popen([exe, "record", "--pid", str(store.proc.pid), "--rate", "250",  # type: ignore[union-attr]
                                            "--format", "raw", "--output", str(args.out / f"{stem}-store.txt")],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    time.sleep(1.0)  # py-spy attaches
            prof = cProfile.Profile()
            t0 = time.perf_counter()
            prof.enable()
            report = op()
            prof.disable()
            elapsed = time.perf_counter() - t0
            if spy is not None:
                spy.send_signal(2)  # SIGINT: py-spy writes its output and exits
                spy.wait(60)
        prof.dump_stats(args.out / f"{stem}-plugin.pstats")
        print(f"{args.what} of {args.size:,}: {elapsed:.2f} s under cProfile; {report.summary()}")  # type: ignore[attr-defined]
        for key in ("tottime", "cumulative"):
            buf = io.StringIO()
            stats = pstats.Stats(prof, stream=buf)
            stats.sort_stats(key).print_stats(args.top)
            text = buf.getvalue().replace(str(REPO) + "/", "")
            print(f"\n== plugin side, by {key} ==\n" + text[text.find("   ncalls"):])
        if spy is not None:
            print(store_top(args.out / f"{stem}-store.txt", args.top))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def store_top(raw: Path, top: int) -> str:
    """Own-time and inclusive-time tops from py-spy's collapsed stacks (frames 'func (file:line)')."""
    if not raw.exists():
        return f"(no py-spy output at {raw})"
    own: dict[str, int] = {}
    incl: dict[str, int] = {}
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count_s = line.rpartition(" ")
        if not count_s.isdigit():
            continue
        count = int(count_s)
        frames = [f.replace(str(REPO) + "/", "") for f in stack.split(";")]
        total += count
        own[frames[-1]] = own.get(frames[-1], 0) + count
        for f in set(frames):
            incl[f] = incl.get(f, 0) + count
    lines = [f"\n== store side (py-spy samples: {total}; idle threads included) =="]
    for title, table in (("own time", own), ("inclusive, project files only", {
            k: v for k, v in incl.items() if "mapujpomoc_" in k})):
        lines.append(f"-- {title} --")
        for frame, n in sorted(table.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"{100 * n / max(total, 1):5.1f}%  {frame}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
