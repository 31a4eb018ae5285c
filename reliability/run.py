"""`make reliability`: load, faults, hostile input and corrupt working copies, one report.

    python reliability/run.py [--editors 50] [--seconds 120] [--short] [--only load,faults,hostile,corrupt]

Starts a throwaway PostgreSQL cluster, prepares one store database (PRG boundaries, seeded points) and
serves a copy of it for each part with `mapujpomoc-store serve --workers 2`. Progress goes to stderr,
the report to stdout, ending with one line:

    reliability: <edits> edits, <lost> lost, <duplicated> duplicated, <unauthorized> unauthorized writes, <5xx> server errors,
    <leaks> private leaks, <injections> injections rendered

Exit code 0 when every check held, 1 when any failed (the report says which), 2 when it could not run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reliability.common import Areas, PgCluster, PgUnavailable, StoreEnv, log, make_template  # noqa: E402

PARTS = ("load", "faults", "hostile", "corrupt")
# the summary line, in this order: (key of `totals`, what it counts); a part adds to totals[key]
SUMMARY = (("edits", "edits"), ("lost", "lost"), ("duplicated", "duplicated"), ("unauthorized", "unauthorized writes"),
           ("5xx", "server errors"), ("leaks", "private leaks"), ("injections", "injections rendered"))


def summary_line(totals: dict[str, int]) -> str:
    return "reliability: " + ", ".join(f"{totals.get(key, 0)} {label}" for key, label in SUMMARY)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--editors", type=int, default=50, help="concurrent editors in the load test (default 50)")
    p.add_argument("--seconds", type=float, default=120, help="how long they edit (default 120)")
    p.add_argument("--edits", type=int, default=300, help="at most this many edits per editor (default 300)")
    p.add_argument("--copies", type=int, default=5, help="editors using a working copy and the plugin's sync")
    p.add_argument("--workers", type=int, default=2, help="store worker processes (default 2)")
    p.add_argument("--examples", type=int, default=600, help="requests schemathesis generates (default 600)")
    p.add_argument("--short", action="store_true", help="the quick version: 8 editors for 10 s, smaller faults")
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts to run ({','.join(PARTS)})")
    p.add_argument("--keep", action="store_true", help="keep the working directory (logs, working copies)")
    args = p.parse_args(argv)
    if args.short:
        args.editors, args.seconds, args.copies, args.examples = min(args.editors, 8), min(args.seconds, 10), 1, 150
    parts = [x.strip() for x in args.only.split(",") if x.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s): {', '.join(sorted(unknown))}")

    from reliability import corrupt, faults, hostile, injections, load

    workdir = Path(tempfile.mkdtemp(prefix="mapujpomoc-reliability-"))
    began = time.monotonic()
    report: list[str] = []
    failures: list[str] = []
    totals = dict.fromkeys((key for key, _ in SUMMARY), 0)
    try:
        try:
            cluster = PgCluster().start()
        except (PgUnavailable, RuntimeError) as exc:
            print(f"reliability: cannot start PostgreSQL: {exc}", file=sys.stderr)
            return 2
        try:
            log("preparing the store database (PRG boundaries, seeded points) ...")
            template = make_template(cluster)
            areas = Areas()

            if "load" in parts:
                cfg = load.LoadConfig(editors=args.editors, seconds=args.seconds, edits=args.edits,
                                      copies=min(args.copies, args.editors), workers=args.workers)
                with StoreEnv(cluster, template, "load", workdir, workers=args.workers) as env:
                    res = load.run_load(env, cfg, areas, workdir)
                report += res.lines()
                failures += res.failures()
                a = res.audit
                totals["edits"] += a.edits
                totals["lost"] += len(a.lost)
                totals["duplicated"] += len(a.duplicated)
                totals["unauthorized"] += len(a.unauthorized) + len(a.refused_but_applied)
                totals["5xx"] += res.server_errors

            if "faults" in parts:
                results = faults.run_faults(cluster, template, areas, workdir, short=args.short)
                report.append("faults:")
                for f in results:
                    report.append(f.line())
                    report += [f"    {c}" for c in f.checks]
                    failures += f.failures()
                    totals["edits"] += f.audit.edits
                    totals["lost"] += len(f.audit.lost)
                    totals["duplicated"] += len(f.audit.duplicated)
                    totals["unauthorized"] += len(f.audit.unauthorized) + len(f.audit.refused_but_applied)
                    totals["5xx"] += len(f.server_errors)

            if "hostile" in parts:
                env = StoreEnv(cluster, template, "hostile", workdir, workers=args.workers)
                env.add_users(hostile.HOSTILE_USERS)
                with env:
                    found = hostile.run_hostile(env, areas, examples=args.examples)
                    injected = injections.run_injections(env, workdir)  # hostile names through every output
                report.append("hostile input:")
                for f in found:
                    report.append(f.line())
                    failures += f.failures()
                    totals["unauthorized"] += len(f.unauthorized)
                    totals["5xx"] += len(f.server_errors)
                    totals["leaks"] += len(f.leaks)
                report.append(injected.line())
                failures += injected.failures()
                totals["injections"] += len(injected.rendered)

            if "corrupt" in parts:
                env = StoreEnv(cluster, template, "corrupt", workdir, workers=args.workers)
                env.add_users([(corrupt.USER, "editor", ["2862011"])])
                with env:
                    res_c = corrupt.run_corrupt(env, workdir)
                report += res_c.lines()
                failures += res_c.failures()
        finally:
            cluster.stop()
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print("\n".join(report))
    if failures:
        print(f"\n{len(failures)} check(s) failed:")
        print("\n".join(f"  - {f}" for f in failures))
    print(f"\n({', '.join(parts)} in {time.monotonic() - began:.0f} s)")
    print(summary_line(totals))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
