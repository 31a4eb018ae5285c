"""Issue 5: applying a filter (three help types, one language, a county) to N aid points.

- ours: what the filter dock does on a change of filter: match with the in-memory index (`AidIndex`,
  built once when the dock opens, before the timer), count, and set the layer's subset string.
- anchor: the same condition as a QGIS expression (`array_contains` on the list fields, a `LIKE` on
  the commune code) evaluated over all features of the same layer with a feature request.

Both results are checked to be the same set of features.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from common import Row, Timed, measure_all, qgis_app, template_store

from mapujpomoc_qgis.core.connection.client import StoreClient
from mapujpomoc_qgis.core.filtering.filters import AidFilter, AidIndex
from mapujpomoc_qgis.core.sync.syncer import Syncer
from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy, pin_gdal_journal_mode

ORDER = 30
HELP = ["legal", "psychological", "food"]
LANGUAGE = "uk"


def expression(county: str) -> str:
    helps = " OR ".join(f"array_contains(\"help_types\", '{h}')" for h in HELP)
    return f"({helps}) AND array_contains(\"languages\", '{LANGUAGE}') AND \"teryt\" LIKE '{county}%'"


def run(sizes: list[int], workdir: Path) -> list[Row]:
    return [_run_size(n, workdir) for n in sizes]


def _run_size(n: int, workdir: Path) -> Row:
    from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer

    qgis_app()
    pin_gdal_journal_mode()
    wd = workdir / f"filter{n}"
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    store = template_store(n, workdir.parent / "stores").clone(wd / "store.db")
    with store, WorkingCopy.create(wd / "wc.gpkg", store.url) as wc, \
            StoreClient(store.url, store.tokens["admin"]) as client:
        Syncer(wc, client).pull()
    conn = sqlite3.connect(wd / "wc.gpkg")
    index = AidIndex(conn)
    # the county with the most points, so the filter keeps a realistic share
    county = conn.execute("SELECT substr(teryt, 1, 4) AS c FROM aid_points GROUP BY c ORDER BY count(*) DESC "
                          "LIMIT 1").fetchone()[0]
    conn.close()
    flt = AidFilter(help_types=HELP, languages=[LANGUAGE], regions=[county])
    layer = QgsVectorLayer(f"{wd / 'wc.gpkg'}|layername=aid_points", "aid_points", "ogr")
    assert layer.isValid()
    results: dict[str, set[int]] = {}
    toggle = [AidFilter(help_types=["information"]), flt]  # each run really changes the filter

    def ours() -> None:
        toggle.reverse()
        mask = index.match(toggle[0])
        count = int(mask.sum())
        layer.setSubsetString(index.subset(toggle[0]))
        results["ours_count"] = {count}

    def anchor() -> None:
        request = QgsFeatureRequest(QgsExpression(expression(county)))
        request.setFlags(QgsFeatureRequest.NoGeometry)
        results["anchor"] = {f.id() for f in layer.getFeatures(request)}

    def reset() -> None:
        layer.setSubsetString("")

    ours_s, anchor_s = measure_all(Timed(f"filter {n:,}", ours, repeats=8),
                                   Timed(f"expression filter {n:,}", anchor, setup=reset, budget_s=40))
    # the last 'ours' run may have applied the other filter: apply ours once more and compare sets
    layer.setSubsetString(index.subset(flt))
    got = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))}
    if got != results["anchor"] or not got:
        raise RuntimeError(f"the filter kept {len(got)} features, the expression {len(results['anchor'])}")
    return Row(f"apply a filter (3 help types, 1 language, county {county}; {len(got):,} kept)", n, ours_s,
               "QGIS expression over all features", anchor_s, max_s=0.05, min_ratio=5)
