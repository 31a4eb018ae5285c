"""Issue 18: importing 10,000 rows of a list against a map of N aid points, matching included.

- ours, finding duplicates: `core.importing.api.plan_import` of a CSV file (semicolons, Polish headers,
  comma decimals, Windows-1250): read, map, locate, validate and match every row against the N points;
  the anchor's job, so this row carries the 5× target;
- ours, importing: `run_import`, the same and the accepted rows written as one edit of the aid_points
  layer of a copy of the synced working copy (the copy made before the timer): the 10 s target.
- anchor: how an analyst finds duplicates in QGIS today: the CSV as a delimited-text layer, both layers
  reprojected to EPSG:2180, `native:joinbynearest` (1 neighbour, maximum distance 250 m) and a
  `levenshtein()` name comparison in the field calculator (`native:fieldcalculator`). It only finds
  candidates; it writes nothing into the map.

The rows: 10 % the names of points on the map at their place (updates or unchanged), 30 % spelled
differently within 60 m (probable duplicates), 60 % new names 0.5-2 km from a point (new). Both sides
are checked to find at least the planted duplicates.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
from pathlib import Path

from common import Row, Timed, log, measure_all, qgis_app, template_store

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.region import point_xy
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy, pin_gdal_journal_mode

ORDER = 60
ROWS = 10_000
DISTANCE = 250
REPEATS = 5
HEADERS = ["Nazwa placówki", "Rodzaj pomocy", "Telefon", "Szerokość", "Długość"]


def run(sizes: list[int], workdir: Path) -> list[Row]:
    return [row for n in sizes for row in _run_size(n, workdir)]


def make_rows(points: list[tuple[str, float, float]], rng: random.Random) -> list[list[str]]:
    rows = []
    for i in range(ROWS):
        name, lon, lat = points[rng.randrange(len(points))]
        kind = rng.random()
        if kind < 0.1:  # the point itself
            pass
        elif kind < 0.4:  # a probable duplicate: another spelling, a few dozen metres away
            name = name.upper().replace("Ł", "L").replace("–", "-") + " (filia)"
            lon, lat = lon + rng.uniform(-0.0005, 0.0005), lat + rng.uniform(-0.0003, 0.0003)
        else:  # new: another name, 0.5-2 km away
            name = f"Nowy punkt pomocy nr {i}"
            lon, lat = lon + rng.choice((-1, 1)) * rng.uniform(0.008, 0.03), lat + rng.uniform(-0.01, 0.01)
        rows.append([name, "pomoc prawna; psychologiczna", f"22 {500_000 + i:06d}".replace(" ", " 5"),
                     f"{lat:.6f}".replace(".", ","), f"{lon:.6f}".replace(".", ",")])
    return rows


def _run_size(n: int, workdir: Path) -> list[Row]:
    qgis_app()
    pin_gdal_journal_mode()
    from mapujpomoc_qgis.core.importing.api import ImportRequest, plan_import, run_import

    wd = workdir / f"import{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    synced = wd / "synced.gpkg"
    with store, WorkingCopy.create(synced, store.url) as wc, StoreClient(store.url, store.tokens["admin"]) as client:
        Syncer(wc, client).pull()
    conn = sqlite3.connect(synced)
    points = [(name, *point_xy(blob)) for name, blob in conn.execute("SELECT name, geom FROM aid_points")]
    conn.close()
    source = wd / "lista.csv"
    with source.open("w", encoding="cp1250", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(make_rows(points, random.Random(18)))
    copy = wd / "wc.gpkg"
    results: dict[str, object] = {}

    def fresh_copy() -> None:
        results.pop("ours", None)  # the previous run's result freed before the timer, not in it
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        shutil.copy(synced, copy)

    def ours() -> None:
        results["ours"] = run_import(ImportRequest(copy, source, distance=DISTANCE))

    def ours_matching() -> None:
        results["plan"] = plan_import(ImportRequest(synced, source, distance=DISTANCE))

    def anchor() -> None:
        results["anchor"] = join_by_nearest(synced, source)

    join_by_nearest(synced, source)  # QGIS's Processing started before the timer, as in a running QGIS
    # five runs each: a plan's first run in a process fills caches (the map's folded names) that a second one
    # finds, as the anchor's first run loads Processing; the median of five leaves either's first out
    match_s, import_s, anchor_s = measure_all(
        Timed(f"match {ROWS:,} rows against {n:,}", ours_matching, setup=lambda: results.pop("plan", None),
              repeats=REPEATS),
        Timed(f"import {ROWS:,} rows against {n:,}", ours, setup=fresh_copy, repeats=REPEATS),
        Timed(f"joinbynearest + levenshtein {n:,}", anchor, repeats=REPEATS, budget_s=45))
    counts = results["ours"].plan.counts()  # type: ignore[attr-defined]
    log(f"ours: {counts}; anchor: {results['anchor']} candidate pairs within {DISTANCE} m")
    found = counts["duplicate"] + counts["update"] + counts["unchanged"]
    if found < 0.3 * ROWS:
        raise RuntimeError(f"the import found {found} matches, fewer than the planted {int(0.4 * ROWS)}")
    anchor_name = f"native:joinbynearest ({DISTANCE} m) + levenshtein()"
    return [
        Row(f"find duplicates of {ROWS:,} list rows on the map (read, map, locate, validate, match)", n, match_s,
            anchor_name, anchor_s, min_ratio=5),
        Row(f"import {ROWS:,} list rows, matching and writing included ({counts['new']:,} new, {found:,} on the "
            "map)", n, import_s, anchor_name, anchor_s, max_s=10),
    ]


def join_by_nearest(workcopy: Path, source: Path) -> int:
    """The analyst's way: CSV layer and aid points to EPSG:2180, nearest within 250 m, a levenshtein column."""
    from bench_service_areas import _init_processing
    from qgis.core import QgsVectorLayer

    if not getattr(join_by_nearest, "ready", False):  # QGIS's own Processing plugin, once
        _init_processing()
        join_by_nearest.ready = True  # type: ignore[attr-defined]
    import processing
    from qgis.PyQt.QtCore import QUrl, QUrlQuery

    url = QUrl.fromLocalFile(str(source))
    query = QUrlQuery()
    for key, value in (("type", "csv"), ("delimiter", ";"), ("xField", "Długość"), ("yField", "Szerokość"),
                       ("crs", "EPSG:4326"), ("decimalPoint", ","), ("encoding", "windows-1250"),
                       ("detectTypes", "no")):
        query.addQueryItem(key, value)
    url.setQuery(query)
    rows = QgsVectorLayer(url.toString(QUrl.ComponentFormattingOption.FullyEncoded), "lista", "delimitedtext")
    points = QgsVectorLayer(f"{workcopy}|layername=aid_points", "aid_points", "ogr")
    if not rows.isValid() or not points.isValid():
        raise RuntimeError("the anchor's layers are not valid")
    rows_2180 = processing.run("native:reprojectlayer", {"INPUT": rows, "TARGET_CRS": "EPSG:2180",
                                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    # the memory layers of Processing take no list fields: keep the name, the one field compared
    names = processing.run("native:retainfields", {"INPUT": points, "FIELDS": ["name"],
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    points_2180 = processing.run("native:reprojectlayer", {"INPUT": names, "TARGET_CRS": "EPSG:2180",
                                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    joined = processing.run("native:joinbynearest", {
        "INPUT": rows_2180, "INPUT_2": points_2180, "FIELDS_TO_COPY": ["name"], "DISCARD_NONMATCHING": False,
        "PREFIX": "map_", "NEIGHBORS": 1, "MAX_DISTANCE": DISTANCE, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    scored = processing.run("native:fieldcalculator", {
        "INPUT": joined, "FIELD_NAME": "name_distance", "FIELD_TYPE": 1, "FIELD_LENGTH": 10, "FIELD_PRECISION": 0,
        "FORMULA": 'levenshtein(lower("Nazwa placówki"), lower("map_name"))', "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return sum(1 for f in scored.getFeatures() if f["map_name"])
