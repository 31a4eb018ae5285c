"""Issue: travel-time service areas (docs/ARCHITECTURE.md, "Service areas") against QGIS's service area tool plus the dissolve it needs.

Per size N (road pieces; at least 100,000 for the target): a generated street grid
(tests/support/roadgen.py: a jittered grid of ~√(N/2) junctions a side, 100 m apart, 30 % of the
pieces bent through a middle vertex, 10 % one-way) written once, untimed, to a GeoPackage with the
OSM-like fields `highway` and `other_tags`, plus `speed` (km/h) for the anchor. 50 aid points near
random junctions; the walk profile (5 km/h); thresholds 5, 10 and 15 minutes; cells / buffers of
50 m.

- ours, cold: `api.travel_time_areas`: open the layer, build the graph (read the GeoPackage through
  GDAL's Arrow stream, the OGR fast path of `roads.graph_from_layer`; snap vertices; CSR), snap the points, one
  multi-source Dijkstra with a 15-minute cutoff, the reached cells, the areas reached within 5, 10
  and 15 minutes (cumulative bands, enclosed blocks filled as by default) and the 50 nearest-point
  catchments as polygons, in memory layers. A new graph cache each run, so the build is always timed.
- ours, warm: the same with the graph already cached for the layer (what the plugin does on the
  second click).
- anchor: what QGIS 3.22 offers for the same polygons: `native:serviceareafromlayer` (fastest
  path, the `speed` field, one run per threshold, since it takes one travel cost), then
  `native:explodelines` → `native:buffer` (25 m, so a road makes a 50 m wide strip like a row of
  cells) → `native:dissolve`, per threshold. Exploding first is the quick way: buffering the
  service area's multi-lines directly is several times slower.

As a check that both make the same areas, the areas reached within each threshold without filling
enclosed blocks (untimed) must be within 20 % of the anchor's dissolved strips; they are logged.

Walking is the profile here because driving 15 minutes covers the whole generated grid from almost
any point (nothing left to compare), and because the anchor's dissolve of a whole-grid drive area
would take far longer than `make bench` allows.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from common import REPO, Row, Timed, log, measure_all, qgis_app

sys.path.insert(0, str(REPO / "tests"))

POINTS = 50
MINUTES = (5.0, 10.0, 15.0)
CELL = 50.0
ORDER = 40
ANCHOR = "native:serviceareafromlayer ×3 + explodelines + buffer + dissolve"


def _init_processing() -> None:
    from qgis.core import QgsApplication

    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()


def _prepare(edges: int, wd: Path) -> tuple[str, list[tuple[float, float]], int]:
    from osgeo import ogr
    from support.roadgen import grid_roads, grid_size_for, random_points, write_layer

    n = grid_size_for(edges)
    roads = grid_roads(n, seed=1)
    source = write_layer(roads, wd / f"roads-{len(roads)}.gpkg")
    ds = ogr.Open(str(wd / f"roads-{len(roads)}.gpkg"), 1)
    ds.ExecuteSQL("ALTER TABLE roads ADD COLUMN speed REAL")
    ds.ExecuteSQL("UPDATE roads SET speed = 5")  # the walk profile: 5 km/h on every generated class
    ds = None
    return source, random_points(roads, POINTS, seed=2), len(roads)


class Ours:
    def __init__(self, source: str, points: list[tuple[float, float]]) -> None:
        from mapujpomoc_qgis.core.service_areas import roads

        self.source = source
        self.points = points
        self.cache = roads.GraphCache()
        self.layer = None
        self.result = None

    def run(self, cold: bool) -> None:
        from qgis.core import QgsVectorLayer

        from mapujpomoc_qgis.core.service_areas import api, roads

        if cold:
            self.cache = roads.GraphCache()
            self.layer = QgsVectorLayer(self.source, "roads", "ogr")
        request = api.TravelTimeRequest(self.layer, self.points, None, MINUTES, crs="EPSG:2180", cell_size=CELL,
                                        max_snap=None, cumulative=True, cache=self.cache)
        self.result = api.travel_time_areas(request)
        self.layers = self.result.layers()

    def run_cold(self) -> None:
        self.run(cold=True)

    def run_warm(self) -> None:
        self.run(cold=False)


class Anchor:
    def __init__(self, source: str, points: list[tuple[float, float]]) -> None:
        from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

        self.source = source
        self.starts = QgsVectorLayer("Point?crs=EPSG:2180&field=id:integer", "points", "memory")
        feats = []
        for i, (x, y) in enumerate(points):
            f = QgsFeature(self.starts.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([i])
            feats.append(f)
        self.starts.dataProvider().addFeatures(feats)
        self.outputs: list = []

    def run(self) -> None:
        import processing
        from qgis.core import QgsVectorLayer

        roads = QgsVectorLayer(self.source, "roads", "ogr")
        self.outputs = []
        for minutes in MINUTES:
            lines = processing.run("native:serviceareafromlayer", {
                "INPUT": roads, "STRATEGY": 1, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 5.0, "TOLERANCE": 0,
                "START_POINTS": self.starts, "TRAVEL_COST2": minutes / 60.0,  # hours for the fastest path
                "OUTPUT_LINES": "memory:"})["OUTPUT_LINES"]
            parts = processing.run("native:explodelines", {"INPUT": lines, "OUTPUT": "memory:"})["OUTPUT"]
            strips = processing.run("native:buffer", {"INPUT": parts, "DISTANCE": CELL / 2, "SEGMENTS": 5,
                                                      "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]
            area = processing.run("native:dissolve", {"INPUT": strips, "OUTPUT": "memory:"})["OUTPUT"]
            self.outputs.append(area)

    def areas(self) -> list[float]:
        return [sum(f.geometry().area() for f in layer.getFeatures()) for layer in self.outputs]


def run(sizes: list[int], workdir: Path) -> list[Row]:
    from mapujpomoc_qgis.core.service_areas import isochrones

    qgis_app()
    _init_processing()
    rows: list[Row] = []
    for size in sizes:
        wd = workdir / f"n{size}"
        wd.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        source, points, edges = _prepare(size, wd)
        log(f"generated {edges:,} road pieces in {time.perf_counter() - t0:.1f} s ({source})")
        ours = Ours(source, points)
        anchor = Anchor(source, points)
        cold_s, anchor_s = measure_all(
            Timed(f"ours cold, {edges:,} roads", ours.run_cold, repeats=3),
            Timed(f"anchor, {edges:,} roads", anchor.run, repeats=3, budget_s=45.0))
        ours.run(cold=True)
        (warm_s,) = measure_all(Timed(f"ours warm, {edges:,} roads", ours.run_warm, repeats=5))
        assert ours.result is not None
        # the same kind of polygons? without filling enclosed blocks (the anchor's strips leave them open)
        # the areas reached should agree to within the difference between 50 m cells and 25 m buffers
        mine = [g.area() for _, g in isochrones.band_polygons(ours.result.grid, MINUTES, cumulative=True,
                                                                fill_holes=0)]
        theirs = anchor.areas()
        graph_note = (f"graph {ours.result.reach.time.shape[0]:,} nodes; reached within "
                      + ", ".join(f"{m:g} min: {a / 1e6:.1f} km² unfilled (anchor {b / 1e6:.1f} km²)"
                                  for m, a, b in zip(MINUTES, mine, theirs)))
        for m, a, b in zip(MINUTES, mine, theirs):
            if not 0.8 < a / b < 1.25:
                raise RuntimeError(f"the {m:g}-minute areas differ too much: ours {a:.0f} m², anchor {b:.0f} m²")
        big = edges >= 100_000
        label = f"service areas 5/10/15 min walk, {POINTS} points, polygons"
        rows.append(Row(f"{label}, cold (graph built)", edges, cold_s, ANCHOR, anchor_s,
                        min_ratio=20.0 if big else None, notes=[graph_note]))
        rows.append(Row(f"{label}, warm (graph cached)", edges, warm_s, ANCHOR, anchor_s,
                        max_s=0.5 if big else None))
    return rows


if __name__ == "__main__":
    import argparse
    import tempfile

    p = argparse.ArgumentParser(description="service-area benchmark alone")
    p.add_argument("--sizes", default="100000")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sa-") as tmp:
        for row in run([int(s) for s in args.sizes.split(",")], Path(tmp)):
            print(f"{row.operation} | {row.size:,} | ours {row.ours_s:.3f} s | {row.anchor_name} "
                  f"{row.anchor_s:.2f} s | ratio {row.ratio:.1f}× | {'; '.join(row.notes)}")
