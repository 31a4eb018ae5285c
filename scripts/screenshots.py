#!/usr/bin/env python3
"""`make screenshots`: the main screens of the plugin in the real QGIS desktop, in Polish and Ukrainian.

For each language: a store on SQLite with the PRG boundaries and generated aid points (the same for
both languages), a fresh QGIS profile with only the plugin installed from the built zip, QGIS in that
language under Xvfb, and scripts/desktop_driver.py walking through the plugin (sync, filter dock and
Sync panel, attribute form, a conflict and its dialog, printing). Writes

    docs/screen-map-<lang>.png       the map of the editor's commune with the filter dock and the Sync panel
    docs/screen-form-<lang>.png      the attribute form of an aid point
    docs/screen-conflict-<lang>.png  the conflict dialog (the same field changed here and on the store)
    docs/screen-print-<lang>.png     the print dialog
    docs/filter-dock.png, sync-dock.png, conflict-dialog.png, attribute-form.png   (Polish) the README's
                                     pictures of one dock or dialog each

all on a 1366×768 screen with QGIS maximised, the common municipal laptop (issue 16).

Needs QGIS, Xvfb and the shared PRG data (../shared/data); no display of your own.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "desktop")]

from harness import LAPTOP, DesktopProfile, build_plugin_zip, run_qgis  # noqa: E402
from support.store_server import StoreDatabase, StoreServer, shared_data_dir, sqlite_url  # noqa: E402

LANGUAGES = {"pl": "pl_PL", "uk": "uk_UA"}
SCREENS = ("map", "form", "conflict", "print")
SINGLE = {"filter-dock": "filter-dock", "sync-panel": "sync-dock", "conflict": "conflict-dialog",
          "form": "attribute-form"}  # the driver's shot -> docs/<name>.png, from the Polish walk
EDITOR, EDITOR_SCOPE = "olsztyn", "2862011"  # as in `make demo`


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=ROOT / "docs")
    p.add_argument("--shared", type=Path, default=shared_data_dir())
    p.add_argument("--count", type=int, default=3000, help="generated aid points (as `make demo`)")
    p.add_argument("--lang", choices=sorted(LANGUAGES), action="append", help="only these languages")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (profiles, logs, every shot)")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="mapujpomoc-screenshots-"))
    failures = []
    try:
        print("building the plugin zip", flush=True)
        zip_path = build_plugin_zip(tmp / "mapujpomoc_qgis.zip")
        print(f"preparing a store with {args.count} aid points", flush=True)
        template = StoreDatabase(sqlite_url(tmp / "template.db"), args.shared).prepare(
            seed_count=args.count, seed=2022, users=[("admin", "admin", ()), (EDITOR, "editor", (EDITOR_SCOPE,))])
        for lang in args.lang or list(LANGUAGES):
            work = tmp / lang
            work.mkdir()
            # each language starts from the same store: the walk changes it (the conflict)
            database = template.clone_to(sqlite_url(work / "store.db"))
            with StoreServer(database, log_dir=work / "store-log") as store:
                profile = DesktopProfile(work / "qgis", "mapujpomoc", LANGUAGES[lang]).create(zip_path)
                project = work / "olsztyn.qgz"
                profile.prepare(store.url, EDITOR, store.token(EDITOR), work / "olsztyn.gpkg", project)
                print(f"[{lang}] QGIS is walking through the plugin", flush=True)
                run = run_qgis(profile, project, {
                    "mode": "screenshots", "store_url": store.url, "admin_token": store.token("admin"),
                    "project": str(project), "shots": str(work / "shots"), "work": str(work / "out"),
                    "pdf_shown": "/home/gis/MapujPomoc/olsztyn.pdf"}, timeout=240, work=work / "run",
                    screen=LAPTOP)
            report = run.report or {}
            bad = [f"{s['name']}: {s.get('error')}" for s in report.get("steps", []) if not s["ok"]]
            bad += [f"[{e['tag']}] {e['message']}" for e in report.get("python_errors", [])]
            if run.timed_out or not report:
                bad.append(f"QGIS did not finish (see {run.log_path})")
            for name in SCREENS:
                shot = report.get("screenshots", {}).get(name)
                if shot is None:
                    bad.append(f"no screenshot of {name}")
                    continue
                target = args.out / f"screen-{name}-{lang}.png"
                shutil.copyfile(shot, target)
                print(f"[{lang}] {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
            for name, doc in SINGLE.items() if lang == "pl" else ():
                shot = report.get("screenshots", {}).get(name)
                if shot is None:
                    bad.append(f"no screenshot of {name}")
                    continue
                target = args.out / f"{doc}.png"
                shutil.copyfile(shot, target)
                print(f"[{lang}] {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
            failures += [f"[{lang}] {b}" for b in bad]
    finally:
        if args.keep or failures:
            print(f"work folder kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
