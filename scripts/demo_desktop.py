#!/usr/bin/env python3
"""`make demo-desktop`: QGIS on your display with the plugin installed and connected to the demo store.

After `make demo` (which leaves the store database in demo-out/store.db):

1. uses the store already listening on 127.0.0.1:PORT, or starts one on demo-out/store.db (stopped
   again when QGIS closes);
2. gives the demo editor `demo-desktop` (commune Olsztyn, 2862011) a fresh token;
3. makes the QGIS profile "mapujpomoc-demo" (in demo-out/qgis, apart from your own profiles) with only
   the plugin, installed from the built zip; the token goes into that profile's authentication
   database, unlocked for this session with a generated master password (kept in demo-out/qgis);
4. syncs a working copy, opens a project of it in QGIS, syncs again from inside QGIS, zooms to the
   editor's commune and opens the filter dock and the Sync panel. QGIS is then yours.

Without a display (DISPLAY unset: X11, or XWayland in a Wayland session) it says so and exits with code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "desktop")]

from harness import DRIVER, DesktopProfile, build_plugin_zip, qgis_command, qgis_env  # noqa: E402

BIN = Path(sys.executable).parent
USER, SCOPE = "demo-desktop", "2862011"
LOCALES = {"pl": "pl_PL", "uk": "uk_UA", "en": "en_GB"}


def store_cli(db: str, *args: str) -> str:
    return subprocess.run([str(BIN / "mapujpomoc-store"), "--db", db, *args], check=True, capture_output=True,
                          text=True).stdout


def store_answers(url: str) -> bool:
    try:
        r = requests.get(url + "/collections", timeout=2)
        return r.status_code == 200 and any(c.get("id") == "aid_points" for c in r.json().get("collections", []))
    except (requests.RequestException, ValueError):
        return False


def start_store(db: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(BIN / "mapujpomoc-store"), "--db", db, "serve", "--port", str(port)],
                            stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 30
    while not store_answers(url):
        if proc.poll() is not None:
            raise SystemExit(f"the store exited with code {proc.returncode}; see {log}")
        if time.monotonic() > deadline:
            proc.terminate()
            raise SystemExit(f"the store did not answer at {url} within 30 s; see {log}")
        time.sleep(0.2)
    return proc


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--demo-out", type=Path, default=ROOT / "demo-out", help="where `make demo` left its outputs")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--lang", choices=sorted(LOCALES), default="pl", help="QGIS's interface language")
    args = p.parse_args()
    if not os.environ.get("DISPLAY"):
        print("make demo-desktop opens the QGIS desktop, which needs a display: none is set (DISPLAY is empty).\n"
              "Run it in a desktop session or over `ssh -X`.\n"
              "Without a display, `make demo` runs the same story headless and `make screenshots` shows the "
              "plugin's screens.", file=sys.stderr)
        return 2
    out = args.demo_out.resolve()
    db_path = out / "store.db"
    if not db_path.exists():
        print(f"no demo store at {db_path}: run `make demo` first", file=sys.stderr)
        return 1
    db = f"sqlite:///{db_path}"
    url = f"http://127.0.0.1:{args.port}"
    store = None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop what we started on `kill` too
    try:
        if store_answers(url):
            print(f"using the store that answers at {url}")
        else:
            store = start_store(db, args.port, out / "store-desktop.log")
            print(f"started the store on {db_path} at {url} (log: {out / 'store-desktop.log'})")
        token = store_cli(db, "user", "add", USER, "--role", "editor", "--scope", SCOPE,
                          "--replace").strip().splitlines()[-1].strip()
        print(f"user {USER}: editor of Olsztyn ({SCOPE}), with a fresh token")

        zip_path = build_plugin_zip(out / "mapujpomoc_qgis.zip")
        profile = DesktopProfile(out / "qgis", "mapujpomoc-demo", LOCALES[args.lang]).create(zip_path)
        project = out / "desktop.qgz"
        prepared = profile.prepare(url, USER, token, out / "desktop-workcopy.gpkg", project)
        print(f"QGIS profile {profile.folder} with the plugin from {zip_path.name}; "
              f"working copy with {prepared['points']} aid points; project {project}")
        print(f"master password of this profile's authentication database: in {profile.password_file}")
        config = out / "qgis" / "driver-config.json"
        config.write_text(json.dumps({"mode": "demo", "report": str(out / "qgis" / "demo-report.json"),
                                      "store_url": url, "project": str(project)}), encoding="utf-8")
        env = qgis_env(profile, os.environ["DISPLAY"], config)
        print("starting QGIS; close it to end the demo")
        qgis = subprocess.run(qgis_command(profile, project, DRIVER), env=env, cwd=out)
        return qgis.returncode
    finally:
        if store is not None:
            store.terminate()
            try:
                store.wait(10)
            except subprocess.TimeoutExpired:
                store.kill()
            print("stopped the store")


if __name__ == "__main__":
    sys.exit(main())
