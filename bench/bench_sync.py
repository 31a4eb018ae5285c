"""Issue 3: the first sync and an incremental pull, against QGIS 3.22's own OAPIF provider.

Rows, per size N (aid points in the store):

- first sync: a fresh working copy + `Syncer.pull()` end to end (who am I, boundaries, the changes
  feed, the GeoPackage written), against QGIS's OAPIF provider reading the same collection from the
  same store (a new layer, every feature iterated and counted; pageSize = the store's maximum page).
- first sync against the raw GDAL floor: `gdal.VectorTranslate` writing the same N points from a
  GeoJSON file (made before the timer) into a GeoPackage; no network, no sync state.
- incremental pull of 100 changes (one changeset made through the API before the timer) into the
  synced working copy of N, against the OAPIF provider re-reading the whole collection (it has no
  incremental mode, so re-reading is what a plain QGIS user does), and against our own first sync
  (re-downloading everything).
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from pathlib import Path

import requests
from common import Row, Store, Timed, measure_all, qgis_app, template_store

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync.report import SyncReport
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

OAPIF_PAGE = 10_000  # the store's largest page (MAX_LIMIT): the most favourable setting for the anchor
CHANGES = 100
TARGET_SIZE = 100_000
ORDER = 10  # first in the table


def first_sync(store: Store, path: Path) -> SyncReport:
    """What the plugin does on a first sync: a new working copy, then pull everything."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with WorkingCopy.create(path, store.url) as wc, StoreClient(store.url, store.tokens["admin"]) as client:
        return Syncer(wc, client).pull()


def pull(store: Store, path: Path) -> SyncReport:
    with WorkingCopy(path) as wc, StoreClient(store.url, store.tokens["admin"]) as client:
        return Syncer(wc, client).pull()


def oapif_read_all(store: Store, expected: int) -> int:
    """QGIS's own OAPIF provider: a new layer on the collection, every feature iterated."""
    qgis_app()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"url='{store.url}' typename='aid_points' pageSize={OAPIF_PAGE}", "aid_points", "OAPIF")
    if not layer.isValid():
        raise RuntimeError(f"QGIS's OAPIF provider could not open {store.url}")
    n = 0
    for _feature in layer.getFeatures():
        n += 1
    del layer
    if n != expected:
        raise RuntimeError(f"the OAPIF provider read {n} features, the store has {expected}")
    return n


def oapif_warm_up(store: Store) -> None:
    """Start QGIS and load the OAPIF provider once, untimed, so no timed run pays for it."""
    qgis_app()
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(f"url='{store.url}' typename='aid_points' pageSize=10", "warm-up", "OAPIF")
    if not layer.isValid():
        raise RuntimeError(f"QGIS's OAPIF provider could not open {store.url}")
    for _feature in layer.getFeatures(QgsFeatureRequest().setLimit(1)):
        break
    del layer


def export_geojson(store: Store, path: Path) -> int:
    """All aid points as one GeoJSON file, through the public items API (paged)."""
    session = requests.Session()
    session.headers.update(store.auth())
    features: list[str] = []
    offset = 0
    while True:
        page = session.get(f"{store.url}/collections/aid_points/items",
                           params={"limit": 10_000, "offset": offset}, timeout=120).json()
        features.extend(json.dumps(f, ensure_ascii=False) for f in page["features"])
        offset += page["numberReturned"]
        if not page["numberReturned"] or offset >= page["numberMatched"]:
            break
    path.write_text('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}", encoding="utf-8")
    return len(features)


def gdal_floor(src: Path, dst: Path) -> None:
    from osgeo import gdal

    gdal.UseExceptions()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    # lists read as JSON text (ARRAY_AS_STRING), as the working copy stores them
    src_ds = gdal.OpenEx(str(src), gdal.OF_VECTOR, open_options=["ARRAY_AS_STRING=YES"])
    ds = gdal.VectorTranslate(str(dst), src_ds, format="GPKG", layerName="aid_points")
    src_ds = None
    if ds is None:
        raise RuntimeError("gdal.VectorTranslate failed")
    ds = None  # flush and close


def change_features(store: Store, wc_path: Path, count: int, seed: int) -> None:
    """`count` updates through the API as one changeset (admin), base versions from the working copy."""
    with WorkingCopy(wc_path) as wc:
        known = wc.conn.execute("SELECT uuid, version FROM mp_base WHERE collection = 'aid_points'").fetchall()
    picked = random.Random(seed).sample(known, count)
    ops = [{"op": "update", "collection": "aid_points", "id": fid, "base_version": version,
            "properties": {"description": f"Zmiana testowa {seed}-{i}: punkt czynny do odwołania."}}
           for i, (fid, version) in enumerate(picked)]
    r = requests.post(f"{store.url}/changesets", headers={**store.auth(), "Content-Type": "application/json"},
                      data=json.dumps({"id": str(uuid.uuid4()), "operations": ops}), timeout=120)
    if r.status_code != 200:
        raise RuntimeError(f"the store refused the benchmark's changeset: {r.status_code} {r.text[:500]}")


def run(sizes: list[int], workdir: Path) -> list[Row]:
    out: list[Row] = []
    incremental: dict[int, float] = {}
    for n in sizes:
        rows = _run_size(n, workdir)
        incremental[n] = rows[-1].ours_s
        out.extend(rows)
    if len(incremental) > 1:
        lo, hi = min(incremental), max(incremental)
        for row in out:
            if row.operation.startswith("incremental") and row.size == hi:
                row.notes.append(f"{incremental[hi] / incremental[lo]:.2f}× its time at {lo:,} features "
                                 f"(layer {hi / lo:.0f}× larger)")
    return out


def _run_size(n: int, workdir: Path) -> list[Row]:
    out: list[Row] = []
    wd = workdir / f"n{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    with store:
        targets = {"max_s": 3.0, "min_ratio": 10.0} if n == TARGET_SIZE else {}

        oapif_warm_up(store)
        geojson = wd / "points.geojson"  # the floor's input, made before anything is timed
        exported = export_geojson(store, geojson)
        if exported != n:
            raise RuntimeError(f"exported {exported} points, the store has {n}")

        # -- first sync (ours, the OAPIF provider and the GDAL floor, runs interleaved) ----------------
        wc_path = wd / "wc.gpkg"
        reports: list[SyncReport] = []
        ours, anchor, floor = measure_all(
            Timed(f"first sync {n:,}", lambda: reports.append(first_sync(store, wc_path))),
            Timed(f"OAPIF read {n:,}", lambda: oapif_read_all(store, n), budget_s=45),
            Timed(f"GDAL floor {n:,}", lambda: gdal_floor(geojson, wd / "floor.gpkg")))
        pulled = reports[-1].pulled["aid_points created"]
        if pulled != n:
            raise RuntimeError(f"the first sync pulled {pulled} aid points, the store has {n}")
        out.append(Row("first sync", n, ours, f"QGIS {_qgis_version()} OAPIF provider, full read "
                       f"(pageSize {OAPIF_PAGE:,})", anchor, **targets))
        out.append(Row("first sync", n, ours, "raw GDAL floor: GeoJSON file → GeoPackage (VectorTranslate)", floor))
        first_sync_s = ours

        # -- incremental pull -----------------------------------------------------------------------
        seeds = iter(range(1000, 2000))
        reports.clear()
        ours, anchor = measure_all(
            Timed(f"incremental pull {CHANGES} of {n:,}", lambda: reports.append(pull(store, wc_path)),
                  setup=lambda: change_features(store, wc_path, CHANGES, next(seeds)), repeats=5),
            Timed(f"OAPIF re-read {n:,}", lambda: oapif_read_all(store, n), budget_s=45))
        updated = reports[-1].pulled["aid_points updated"]
        if updated != CHANGES or sum(reports[-1].pulled.values()) != CHANGES:
            raise RuntimeError(f"the incremental pull applied {dict(reports[-1].pulled)}, expected {CHANGES} "
                               "updates")
        with WorkingCopy(wc_path) as wc:
            if wc.count("aid_points") != n:
                raise RuntimeError("the working copy lost or gained rows in the incremental pull")
        op = f"incremental pull, {CHANGES} changes"
        out.append(Row(op, n, ours, "our own first sync (re-downloading everything)", first_sync_s, max_s=0.3))
        out.append(Row(op, n, ours, "OAPIF provider re-reading the whole collection", anchor, max_s=0.3))
    return out


def _qgis_version() -> str:
    from qgis.core import Qgis

    return Qgis.QGIS_VERSION.split("-")[0]
