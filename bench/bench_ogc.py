"""OGC API Features reads as a web map or another GIS makes them, against pygeoapi; the first sync over 10 Mbit/s.

Reads (issue 14, *Benchmark*): pages of 1,000 aid points in a bbox, a filter on the status, and a bbox page in
EPSG:2180, each as sequential requests (median, p95) and as throughput with 8 concurrent clients, ours and
pygeoapi's interleaved. The store keeps features' texts and counts between requests (feature_texts.py,
match_counts.py), so those pages are asked for again and again as a web map would; one more workload asks for
every page of the commonest status once each, first, on a store just started: what nothing kept can help. pygeoapi serves the very points an anonymous reader gets from the store (exported
through the store's items API into a SpatiaLite database by GDAL); before anything is timed,
both servers must return the same ids for every bbox and filter used. Requests send `Accept-Encoding:
identity` (127.0.0.1: compression would only cost CPU, see the sync rows for it).

The first sync: the plugin's `Syncer.pull()` into a new working copy through `throttle.ThrottlingProxy`
(10 Mbit/s): the snapshot in format 4 compressed with bzip2 (what the plugin asks for) and gzipped, against
format 3 gzipped (what the plugin asked for before format 4).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import statistics
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import requests
from common import Row, Store, Timed, log, measure_all, template_store
from pygeoapi_anchor import EPSG2180, WORKERS, PygeoapiServer, version
from throttle import ThrottlingProxy

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.sync import pull
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

ORDER = 30
TARGET_SIZE = 100_000
PAGE = 1_000
CLIENTS = 8
SEQUENTIAL = 24  # requests per server and workload, interleaved
SEQUENTIAL_BUDGET_S = 45.0  # ... fewer (at least 12) once a server's requests took this long in all
PER_CLIENT = 4  # requests per client in one throughput round; two rounds per server, interleaved
BOX_POINTS = 1_500  # each bbox is grown around a city until it holds this many points
LINK_BITS = 10_000_000
CITIES = 12  # bbox centres: the communes with the most points (the PRG data may cover a few voivodeships only)
STATUSES = ("inactive", "unverified")
IDENTITY = {"Accept-Encoding": "identity"}


@dataclass
class Workload:
    name: str
    ours: list[dict[str, str]]  # query parameters, one set per request variant (cycled)
    anchor: list[dict[str, str]]
    anchor_note: str
    checked: bool = True  # whether check_same compares the selections (not again for pages of one already checked)


# -- data -----------------------------------------------------------------------------------------------


def export_public(store: Store, geojson: Path, db_path: Path) -> dict[str, Any]:
    """The points an anonymous reader gets, paged through the items API, as GeoJSON and as a SpatiaLite
    database (pygeoapi_anchor says why not a GeoPackage)."""
    from osgeo import gdal

    session = requests.Session()
    features: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = session.get(f"{store.url}/collections/aid_points/items", params={"limit": 10_000, "offset": offset},
                           timeout=300).json()
        features.extend(page["features"])
        offset += page["numberReturned"]
        if not page["numberReturned"] or offset >= page["numberMatched"]:
            break
    for f in features:  # GDAL makes the GeoJSON id a field called id; keep it a plain column
        f["properties"] = {"id": f["id"], **{k: v for k, v in f["properties"].items() if k != "id"}}
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                       encoding="utf-8")
    gdal.UseExceptions()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    src = gdal.OpenEx(str(geojson), gdal.OF_VECTOR, open_options=["ARRAY_AS_STRING=YES"])
    if gdal.VectorTranslate(str(db_path), src, format="SQLite", layerName="aid_points",
                            datasetCreationOptions=["SPATIALITE=YES"], layerCreationOptions=["GEOMETRY_NAME=geom"],
                            ) is None:
        raise RuntimeError("gdal.VectorTranslate failed")
    src = None
    # GDAL declares text columns VARCHAR; pygeoapi's provider knows only TEXT ones as properties (and ignores
    # a status=... filter on any other). Same affinity in SQLite, so only the declaration changes.
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ' VARCHAR', ' TEXT') "
                     "WHERE type = 'table' AND name = 'aid_points'")
        conn.commit()
    coords = np.array([f["geometry"]["coordinates"][:2] for f in features])
    return {"ids": np.array([f["id"] for f in features]), "x": coords[:, 0], "y": coords[:, 1],
            "status": np.array([f["properties"].get("status") or "" for f in features]),
            "teryt": np.array([f["properties"].get("teryt") or "" for f in features])}


def city_boxes(points: dict[str, Any]) -> list[tuple[float, float, float, float]]:
    """Around each of the busiest communes, the smallest box (1.6:1, about square on the ground) holding
    BOX_POINTS points."""
    x, y = points["x"], points["y"]
    codes, counts = np.unique(points["teryt"], return_counts=True)
    boxes = []
    for code in codes[np.argsort(-counts, kind="stable")][:CITIES]:
        cx, cy = float(np.median(x[points["teryt"] == code])), float(np.median(y[points["teryt"] == code]))
        lo, hi = 0.005, 4.0
        for _ in range(30):
            h = (lo + hi) / 2
            inside = np.count_nonzero((np.abs(x - cx) <= 1.6 * h) & (np.abs(y - cy) <= h))
            lo, hi = (h, hi) if inside < BOX_POINTS else (lo, h)
        boxes.append((round(cx - 1.6 * hi, 5), round(cy - hi, 5), round(cx + 1.6 * hi, 5), round(cy + hi, 5)))
    return boxes


def workloads(boxes: list[tuple[float, float, float, float]], points: dict[str, Any]) -> list[Workload]:
    bbox = [{"bbox": ",".join(map(str, b)), "limit": str(PAGE)} for b in boxes]
    # every page of the commonest status, each asked for once (the sequential requests, then each throughput
    # request its own): nothing a server keeps between requests helps, as when GDAL reads a whole layer
    statuses, counts = np.unique(points["status"], return_counts=True)
    common = str(statuses[np.argmax(counts)])
    pages = range(0, int(counts.max()) - PAGE + 1, PAGE)
    return [  # the pages in turn first: the store starts it with nothing kept (see _run_size)
        Workload(f"status filter, its {len(pages)} pages in turn",
                 [{"filter": f"status='{common}'", "limit": str(PAGE), "offset": str(o)} for o in pages],
                 [{"status": common, "limit": str(PAGE), "offset": str(o)} for o in pages],
                 "SQLiteGPKG provider, status=…, offset", checked=False),
        Workload("bbox page of 1,000", bbox, bbox, "SQLiteGPKG provider, bbox"),
        Workload("status filter, page of 1,000",
                 [{"filter": f"status='{s}'", "limit": str(PAGE)} for s in STATUSES],
                 [{"status": s, "limit": str(PAGE)} for s in STATUSES],
                 "SQLiteGPKG provider (no CQL2: status=… equality instead)"),
        Workload("bbox page of 1,000 in EPSG:2180", [{**p, "crs": EPSG2180} for p in bbox],
                 [{**p, "crs": EPSG2180} for p in bbox], "SQLiteGPKG provider, bbox, crs=EPSG:2180"),
    ]


def all_ids(session: requests.Session, url: str, params: dict[str, str]) -> set[str]:
    """Every id a query selects, paged (pygeoapi's SQLite provider has no numberMatched)."""
    ids: set[str] = set()
    offset = 0
    while True:
        r = session.get(f"{url}/collections/aid_points/items", params={**params, "limit": "10000",
                                                                        "offset": str(offset)}, timeout=300)
        r.raise_for_status()
        feats = r.json()["features"]
        ids.update(f["id"] for f in feats)
        offset += len(feats)
        if len(feats) < 10_000:
            return ids


def check_same(ours: str, anchor: str, w: Workload, points: dict[str, Any]) -> None:
    """Both servers select the same points, and those the exported data says they should."""
    session = requests.Session()
    for po, pa in zip(w.ours, w.anchor):
        plain_o = {k: v for k, v in po.items() if k not in ("limit", "crs")}
        plain_a = {k: v for k, v in pa.items() if k not in ("limit", "crs")}
        got_o, got_a = all_ids(session, ours, plain_o), all_ids(session, anchor, plain_a)
        if "bbox" in po:
            x0, y0, x1, y1 = map(float, po["bbox"].split(","))
            sel = (points["x"] >= x0) & (points["x"] <= x1) & (points["y"] >= y0) & (points["y"] <= y1)
        else:
            sel = points["status"] == pa["status"]
        expected = set(points["ids"][sel].tolist())
        if got_o != expected or got_a != expected:
            raise RuntimeError(f"{w.name} {po}: the store selects {len(got_o)}, pygeoapi {len(got_a)}, the data "
                               f"{len(expected)} points")


# -- timing ---------------------------------------------------------------------------------------------


def fetch(session: requests.Session, url: str, params: dict[str, str]) -> int:
    r = session.get(f"{url}/collections/aid_points/items", params=params, headers=IDENTITY, timeout=120)
    if r.status_code != 200:
        raise RuntimeError(f"{url} answered {r.status_code}: {r.text[:300]}")
    return len(r.content)


def sequential(ours: str, anchor: str, w: Workload) -> tuple[list[float], list[float]]:
    """Latencies of SEQUENTIAL requests to each server, interleaved (ours, anchor, ours, ...); fewer when a slow
    server would hold the run up."""
    times: tuple[list[float], list[float]] = ([], [])
    sessions = (requests.Session(), requests.Session())
    for i in range(SEQUENTIAL):
        if i >= 12 and max(sum(times[0]), sum(times[1])) > SEQUENTIAL_BUDGET_S:
            break
        for k, (url, variants) in enumerate(((ours, w.ours), (anchor, w.anchor))):
            t0 = time.perf_counter()
            fetch(sessions[k], url, variants[i % len(variants)])
            times[k].append(time.perf_counter() - t0)
    return times


def throughput(url: str, variants: list[dict[str, str]], first: int) -> tuple[int, float]:
    """(requests, seconds) of CLIENTS clients making PER_CLIENT requests each at once, from a common start;
    client k asks for variants first + k * PER_CLIENT ... (cycled), so a long list is asked for once each."""
    start = threading.Barrier(CLIENTS + 1)
    errors: list[BaseException] = []

    def client(k: int) -> None:
        session = requests.Session()
        try:
            fetch(session, url, variants[k % len(variants)])  # connect before the start (keep-alive)
        except BaseException as exc:  # noqa: BLE001 - reported below, in the calling thread
            errors.append(exc)
        start.wait()
        if errors:
            return
        try:
            for i in range(PER_CLIENT):
                fetch(session, url, variants[(first + k * PER_CLIENT + i) % len(variants)])
        except BaseException as exc:  # noqa: BLE001 - reported below, in the calling thread
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    if errors:
        raise errors[0]
    return CLIENTS * PER_CLIENT, elapsed


def concurrent(ours: str, anchor: str, w: Workload) -> tuple[float, float]:
    """Requests per second of each server with CLIENTS clients, two rounds each, interleaved."""
    done = [[0, 0.0], [0, 0.0]]
    for r in range(2):
        for k, (url, variants) in enumerate(((ours, w.ours), (anchor, w.anchor))):
            n, s = throughput(url, variants, SEQUENTIAL + r * CLIENTS * PER_CLIENT)
            done[k][0] += n
            done[k][1] += s
    return done[0][0] / done[0][1], done[1][0] / done[1][1]


def p95(times: list[float]) -> float:
    return float(np.percentile(times, 95))


def read_rows(n: int, store: Store, anchor: PygeoapiServer, w: Workload, anchor_name: str) -> list[Row]:
    target = n == TARGET_SIZE
    seq_o, seq_a = sequential(store.url, anchor.url, w)
    thr_o, thr_a = concurrent(store.url, anchor.url, w)
    log(f"{w.name}: ours median {statistics.median(seq_o) * 1000:.0f} ms p95 {p95(seq_o) * 1000:.0f} ms "
        f"{thr_o:.1f} req/s; pygeoapi median {statistics.median(seq_a) * 1000:.0f} ms p95 "
        f"{p95(seq_a) * 1000:.0f} ms {thr_a:.1f} req/s")
    name = f"{anchor_name} {w.anchor_note}"
    return [
        Row(f"{w.name}, sequential median", n, statistics.median(seq_o), name, statistics.median(seq_a)),
        Row(f"{w.name}, sequential p95", n, p95(seq_o), name, p95(seq_a), max_s=0.1 if target else None),
        Row(f"{w.name}, {CLIENTS} clients (1 / throughput)", n, 1 / thr_o, name, 1 / thr_a,
            min_ratio=2.0 if target else None,
            notes=[f"{thr_o:.1f} req/s against pygeoapi's {thr_a:.1f} req/s"]),
    ]


# -- the first sync over a slow link --------------------------------------------------------------------


def first_sync(store: Store, proxy_url: str, path: Path, headers: dict[str, str], snapshot: str = "bz2") -> None:
    """A new working copy and `Syncer.pull()`; `snapshot` is what the plugin asks for: "bz2" (format 4 bzip2, the
    plugin's default), "gzip" (format 4, gzipped on the way) or "format 3" (the plugin before format 4)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    asked = (pull.SNAPSHOT_FORMAT, pull.SNAPSHOT_COMPRESSION)
    pull.SNAPSHOT_FORMAT, pull.SNAPSHOT_COMPRESSION = {"bz2": (4, "bz2"), "gzip": (4, None),
                                                       "format 3": (3, None)}[snapshot]
    try:
        with WorkingCopy.create(path, store.url) as wc, StoreClient(proxy_url, store.tokens["admin"]) as client:
            client.session.headers.update(headers)
            report = Syncer(wc, client).pull()
    finally:
        pull.SNAPSHOT_FORMAT, pull.SNAPSHOT_COMPRESSION = asked
    pulled = report.pulled["aid_points created"]
    if pulled != store_count(store):
        raise RuntimeError(f"the first sync pulled {pulled} aid points")


_COUNTS: dict[str, int] = {}


def store_count(store: Store) -> int:
    if store.url not in _COUNTS:
        page = requests.get(f"{store.url}/collections/aid_points/items", params={"limit": 1},
                            headers=store.auth(), timeout=60).json()
        _COUNTS[store.url] = page["numberMatched"]
    return _COUNTS[store.url]


SYNC_KINDS = ("bz2", "gzip", "format 3")  # the snapshot asked for, see first_sync


def sync_rows(n: int, store: Store, wd: Path) -> list[Row]:
    """The plugin's first sync (format 4, bzip2), the same with format 4 gzipped, against format 3 gzipped (what
    the plugin did before format 4)."""
    with ThrottlingProxy("127.0.0.1", int(store.url.rsplit(":", 1)[1]), LINK_BITS) as proxy:
        sent: dict[str, list[int]] = {kind: [] for kind in SYNC_KINDS}

        def timed(kind: str) -> Callable[[], None]:
            def run() -> None:
                before = proxy.bytes_down
                first_sync(store, proxy.url, wd / f"wc-{kind.replace(' ', '')}.gpkg", {}, kind)
                sent[kind].append(proxy.bytes_down - before)
            return run
        for kind in SYNC_KINDS:  # the store's snapshots made (and compressed) and cached, untimed
            first_sync(store, store.url, wd / "wc-warm.gpkg", {}, kind)
        bz, gz, old = measure_all(*(Timed(f"first sync {n:,} over 10 Mbit/s, {kind}", timed(kind), budget_s=40)
                                    for kind in SYNC_KINDS))
    mb = {kind: sent[kind][-1] / 1e6 for kind in SYNC_KINDS}
    op = "first sync over 10 Mbit/s"
    anchor = "format 3 gzipped (the plugin before format 4)"
    target = 15.0 if n == TARGET_SIZE else None
    return [Row(f"{op}, format 4 bzip2 (the plugin)", n, bz, anchor, old, max_s=target,
                notes=[f"{mb['bz2']:.1f} MB transferred with format 4 bzip2, {mb['gzip']:.1f} MB format 4 gzipped, "
                       f"{mb['format 3']:.1f} MB format 3 gzipped"]),
            Row(f"{op}, format 4 gzipped", n, gz, anchor, old, max_s=target)]


# -- the benchmark --------------------------------------------------------------------------------------


def run(sizes: list[int], workdir: Path) -> list[Row]:
    out: list[Row] = []
    for n in sizes:
        out.extend(_run_size(n, workdir))
    return out


def _run_size(n: int, workdir: Path) -> list[Row]:
    wd = workdir / f"n{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    out: list[Row] = []
    store.serve(workers=WORKERS)
    try:
        points = export_public(store, wd / "points.geojson", wd / "points.sqlite")
        boxes = city_boxes(points)
        store.stop()  # the export read every point: start again with nothing kept (feature_texts.py)
        store.serve(workers=WORKERS)
        anchor_name = f"pygeoapi {version()}"
        with PygeoapiServer(wd / "points.sqlite", wd / "pygeoapi", gzip=False) as anchor:
            for w in workloads(boxes, points):
                if w.checked and not any("crs" in p for p in w.ours):  # in another CRS: checked already
                    check_same(store.url, anchor.url, w, points)
                out.extend(read_rows(n, store, anchor, w, anchor_name))
        # one process for the sync, so the snapshot the warm-up builds is the one the timed runs download
        store.stop()
        store.serve()
        try:
            out.extend(sync_rows(n, store, wd))
        except Exception as exc:  # keep the read rows; the failure is a finding, shown in the table
            log(f"the first sync over 10 Mbit/s failed:\n{traceback.format_exc()}")
            out.append(Row(f"first sync over 10 Mbit/s FAILED: {str(exc)[:160]}", n, float("nan"), "-",
                           float("nan")))
    finally:
        store.stop()
    return out
