#!/usr/bin/env python3
"""`make demo`: the story end to end on the embedded SQLite store, headless.

Starts a store with the real PRG boundaries and generated aid points, creates
a commune editor, syncs a working copy, builds a styled QGIS project of it and
renders the editor's commune. Prints what it did and where each output is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EDITOR_SCOPE = "2862011"  # Olsztyn
COUNTY = "2814"  # powiat olsztyński, the county around Olsztyn


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def store_cli(db: str, *args: str) -> str:
    out = subprocess.run([str(BIN / "mapujpomoc-store"), "--db", db, *args], check=True, capture_output=True,
                         text=True).stdout
    return out


def free_port(preferred: int) -> int:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the store exited with code {proc.returncode}")
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit(f"the store did not answer at {url} within {timeout} s")


def indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def run_cli(token: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MAPUJPOMOC_TOKEN=token)
    return subprocess.run([str(BIN / "mapujpomoc"), *args], env=env, capture_output=True, text=True)


def _connect(workcopy: Path):  # type: ignore[no-untyped-def]
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from mapujpomoc_model.gpkg_geom import register_functions

    conn = sqlite3.connect(workcopy)
    register_functions(conn)  # GDAL's spatial-index triggers need them
    return conn


def show_filter(workcopy: Path) -> str | None:
    from mapujpomoc_qgis.core.filtering.filters import AidFilter, AidIndex

    conn = _connect(workcopy)
    try:
        index = AidIndex(conn)
        flt = AidFilter(help_types=["legal"], languages=["uk"], regions=[EDITOR_SCOPE])
        fids = index.matching_fids(flt).tolist()
        print(f"  {len(fids)} of {len(index)} points; subset string for the layer: {index.subset(flt)}")
        rows = conn.execute(f"SELECT uuid, name, street, house_number FROM aid_points WHERE fid IN "
                            f"({','.join(map(str, fids)) or 0}) LIMIT 3").fetchall()
        for _, name, street, number in rows:
            print(f"  - {name}, ul. {street} {number}")
        return rows[0][0] if rows else None
    finally:
        conn.close()


def first_point(workcopy: Path) -> str:
    conn = _connect(workcopy)
    try:
        return conn.execute("SELECT uuid FROM aid_points WHERE teryt = ? LIMIT 1", (EDITOR_SCOPE,)).fetchone()[0]
    finally:
        conn.close()


def edit(workcopy: Path, fid: str, **values: str) -> None:
    conn = _connect(workcopy)
    try:
        with conn:
            conn.execute(f"UPDATE aid_points SET {', '.join(f'{k} = ?' for k in values)} WHERE uuid = ?",
                         (*values.values(), fid))
    finally:
        conn.close()


# A few help points in central Helsinki, whose streets are the OSM extract the demo has (© OSM, ODbL)
HELSINKI_POINTS = [("Punkt informacyjny – Kamppi", 24.9316, 60.1685), ("Pomoc prawna – Kluuvi", 24.9480, 60.1710),
                   ("Punkt recepcyjny – Kallio", 24.9500, 60.1840)]


def helsinki_inputs(out: Path) -> tuple[Path, Path]:
    """GeoJSON files of the demo points and of the region to look for gaps in."""
    import json

    points = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]},
         "properties": {"name": name, "uuid": f"demo-{i}"}} for i, (name, x, y) in enumerate(HELSINKI_POINTS)]}
    region = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "centre"},
              "geometry": {"type": "Polygon", "coordinates": [[[24.915, 60.155], [24.975, 60.155],
                                                               [24.975, 60.195], [24.915, 60.195],
                                                               [24.915, 60.155]]]}}]}
    points_path, region_path = out / "helsinki-points.geojson", out / "helsinki-region.geojson"
    points_path.write_text(json.dumps(points), encoding="utf-8")
    region_path.write_text(json.dumps(region), encoding="utf-8")
    return points_path, region_path


def describe_areas(path: Path) -> str:
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lines = []
    for layer in ds:
        total = sum(f.GetGeometryRef().GetArea() for f in layer if f.GetGeometryRef())
        lines.append(f"{layer.GetName()}: {layer.GetFeatureCount()} polygon(s), {total / 1e6:.2f} km²")
    return "\n".join(lines)


def render_project(workcopy: Path, out: Path) -> tuple[Path, Path]:
    """A QGIS project with the working copy's layers, and a PNG of the editor's commune."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from mapujpomoc_qgis.core.project import layers
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

    app = QgsApplication([], False)
    app.initQgis()
    with WorkingCopy(workcopy) as wc:
        me = wc.meta_json("me")
    project = QgsProject.instance()
    found = layers.add_to_project(str(workcopy), me, project)
    project_path = out / "demo.qgz"
    project.write(str(project_path))
    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(QSize(1000, 800))
    settings.setBackgroundColor(QColor("white"))
    settings.setLayers([found.aid_points, found.scope, *found.boundaries.values()])
    settings.setExtent(layers.scope_extent(me, project.crs()))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    png = out / "my-area.png"
    job.renderedImage().save(str(png))
    return project_path, png


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    p.add_argument("--out", type=Path, default=ROOT / "demo-out")
    p.add_argument("--count", type=int, default=3000, help="generated aid points")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--keep-serving", action="store_true", help="leave the store running until Ctrl-C")
    args = p.parse_args()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    db = f"sqlite:///{out / 'store.db'}"

    step("Store on SQLite: boundaries from PRG, generated aid points, users")
    store_cli(db, "init")
    for level, name in (("wojewodztwo", "wojewodztwa"), ("powiat", "powiaty"), ("gmina", "gminy")):
        report = store_cli(db, "import-boundaries", "--level", level, str(args.shared / "prg" / f"{name}.geojson"))
        print("  " + report.strip().splitlines()[0] + f" ({len(report.strip().splitlines()) - 1} repaired)")
    print("  " + store_cli(db, "seed-demo", "--count", str(args.count), "--seed", "2022").strip())
    editor_token = store_cli(db, "user", "add", "olsztyn", "--role", "editor", "--scope", EDITOR_SCOPE
                             ).strip().splitlines()[-1]
    colleague_token = store_cli(db, "user", "add", "olsztyn2", "--role", "editor", "--scope", EDITOR_SCOPE
                                ).strip().splitlines()[-1]
    store_cli(db, "user", "add", "koordynator", "--role", "coordinator", "--scope", "28")
    print(f"  users: olsztyn and olsztyn2 (editors, scope {EDITOR_SCOPE} Olsztyn), koordynator (coordinator, 28)")

    port = free_port(args.port)
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(BIN / "mapujpomoc-store"), "--db", db, "serve", "--port", str(port)],
                            stdout=open(out / "store.log", "w"), stderr=subprocess.STDOUT)
    try:
        wait_ready(url + "/", proc)
        step(f"Store listening on {url}  (OpenAPI: {url}/api, docs: {url}/api.html)")
        print(f"  demo editor token (olsztyn): {editor_token}")

        outputs: list[Path] = []
        step("First sync of a working copy (mapujpomoc sync)")
        workcopy = out / "workcopy.gpkg"
        t0 = time.time()
        sync = run_cli(editor_token, "sync", "--store", url, "--workcopy", str(workcopy))
        print("  " + sync.stdout.strip() + f"  [{time.time() - t0:.2f} s]")
        if sync.returncode != 0:
            print(sync.stderr)
            return sync.returncode

        step("Filter: legal aid in Ukrainian in the editor's commune")
        legal = show_filter(workcopy)

        step("Edit a point and push it")
        target = legal or first_point(workcopy)
        edit(workcopy, target, phone="+48 89 535 35 35")
        print(f"  changed the phone of {target} in the working copy (the outbox trigger caught it)")
        print("  " + run_cli(editor_token, "sync", "--store", url, "--workcopy", str(workcopy)).stdout.strip())

        step("A colleague changes the same field; the conflict is shown and resolved")
        colleague = out / "colleague.gpkg"
        run_cli(colleague_token, "sync", "--store", url, "--workcopy", str(colleague))
        edit(colleague, target, phone="+48 89 600 00 01", email="dyzur@pomoc.example.pl")
        print("  olsztyn2: " + run_cli(colleague_token, "sync", "--store", url, "--workcopy",
                                       str(colleague)).stdout.strip())
        edit(workcopy, target, phone="+48 89 535 00 99")
        clash = run_cli(editor_token, "sync", "--store", url, "--workcopy", str(workcopy))
        print(indent(f"olsztyn: {clash.stdout.strip()}\n(exit code {clash.returncode}: conflicts to resolve)"))
        status = run_cli(editor_token, "status", "--workcopy", str(workcopy))
        print(indent(status.stdout.strip()))
        print("  " + run_cli(editor_token, "resolve", "--workcopy", str(workcopy), "--id", target,
                             "--theirs").stdout.strip())
        print("  " + run_cli(editor_token, "sync", "--store", url, "--workcopy", str(workcopy)).stdout.strip())
        final = requests.get(f"{url}/collections/aid_points/items/{target}", timeout=10).json()["properties"]
        print(f"  on the store: phone {final['phone']}, e-mail {final['email']} (the colleague's e-mail merged in)")
        # who changed what is staff information (README, Privacy): the editor asks with their token
        history = requests.get(f"{url}/collections/aid_points/items/{target}/history", timeout=10,
                               headers={"Authorization": f"Bearer {editor_token}"}).json()
        for entry in [e for e in history["history"] if e["op"] != "create"][-3:]:
            fields = ", ".join(f"{c['field']}: {c['old']} → {c['new']}" for c in entry["changes"])
            print(f"  history v{entry['version']} {entry['user']}: {fields}")

        step("10-minute walking areas and coverage gaps over real roads (OSM, Helsinki)")
        roads = args.shared / "osm" / "helsinki.osm.pbf"
        points_path, region_path = helsinki_inputs(out)
        areas_path = out / "helsinki-service-areas.gpkg"
        t0 = time.time()
        areas = run_cli(editor_token, "service-areas", "--roads", str(roads), "--points", str(points_path),
                        "--minutes", "5,10", "--profile", "walk", "--region", str(region_path), "--quiet",
                        "--crs", "EPSG:3067",  # metric CRS for Finland (EPSG:2180, the default, is Poland's)
                        "--out", str(areas_path))
        print(indent((areas.stdout.strip() or areas.stderr.strip()) + f"\n[{time.time() - t0:.2f} s]"))
        print(indent(describe_areas(areas_path)))
        outputs.append(areas_path)

        step("Regional export of a county (powiat olsztyński, 2814) to GeoPackage, with styles")
        export_path = out / "powiat-olsztynski.gpkg"
        print(indent(run_cli(editor_token, "export", "--workcopy", str(workcopy), "--region", COUNTY, "--format",
                             "gpkg", "--boundaries", "--quiet", "--out", str(export_path)).stdout.strip()
                     or f"written {export_path}"))

        step("County atlas for reception points: one sheet per commune, legend in Polish and Ukrainian")
        atlas_path = out / "powiat-olsztynski-atlas.pdf"
        printed = run_cli(editor_token, "print", "--workcopy", str(workcopy), "--region", COUNTY, "--atlas",
                          "--quiet", "--out", str(atlas_path))
        print(indent(printed.stdout.strip() or printed.stderr.strip()))
        outputs += [export_path, atlas_path]

        step("QGIS project with the styled layers, rendered headless")
        project_path, png = render_project(workcopy, out)
        print(f"  project: {project_path}\n  map of the editor's commune: {png}")

        step("Outputs")
        for path in (out / "store.db", workcopy, project_path, png, *outputs, out / "store.log"):
            print(f"  {path}")
        if args.keep_serving:
            print(f"\nThe store keeps running at {url}; press Ctrl-C to stop.")
            proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
