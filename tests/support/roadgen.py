"""Generated road networks for the network tests and the service-area benchmark.

`grid_roads(n)` makes a jittered street grid of n × n junctions in EPSG:2180 (around Warsaw): every
junction is joined to its right and upper neighbour, so there are 2·n·(n-1) road pieces, each an
OSM-like line with a `highway` class and an `other_tags` string (`"oneway"=>"yes"` on some of
them, `"oneway"=>"-1"` on a few). Some pieces bend through a middle vertex, so lines have 2 or 3
vertices. The same seed gives the same network.

`write_layer(roads, path)` writes it as a GeoPackage line layer with the fields of QGIS's OSM
`lines` layer that the engine reads (`highway`, `other_tags`), and `memory_layer(roads)` makes the
same as a memory layer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

# (class, weight): mostly residential streets, some main roads, a few footways (walk only)
CLASSES = (("residential", 50), ("tertiary", 12), ("secondary", 8), ("primary", 5), ("unclassified", 10),
           ("service", 8), ("footway", 5), ("living_street", 2))
ORIGIN = (630_000.0, 480_000.0)  # EPSG:2180, Warsaw


@dataclass(frozen=True)
class Road:
    coords: tuple[tuple[float, float], ...]
    highway: str
    other_tags: str | None


def grid_roads(n: int, spacing: float = 100.0, seed: int = 1, oneway_share: float = 0.1,
               origin: tuple[float, float] = ORIGIN) -> list[Road]:
    """A jittered n × n street grid: 2·n·(n-1) roads (see the module docstring)."""
    rnd = random.Random(seed)
    names = [c for c, _ in CLASSES]
    weights = [w for _, w in CLASSES]
    # junction coordinates rounded to the centimetre, as surveyed data would be
    pts = [[(round(origin[0] + i * spacing + rnd.uniform(-0.3, 0.3) * spacing, 2),
             round(origin[1] + j * spacing + rnd.uniform(-0.3, 0.3) * spacing, 2)) for j in range(n)]
           for i in range(n)]
    roads: list[Road] = []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if i + di >= n or j + dj >= n:
                    continue
                a, b = pts[i][j], pts[i + di][j + dj]
                coords: tuple[tuple[float, float], ...]
                if rnd.random() < 0.3:  # bend through a middle vertex
                    mid = (round((a[0] + b[0]) / 2 + rnd.uniform(-0.1, 0.1) * spacing, 2),
                           round((a[1] + b[1]) / 2 + rnd.uniform(-0.1, 0.1) * spacing, 2))
                    coords = (a, mid, b)
                else:
                    coords = (a, b)
                highway = rnd.choices(names, weights)[0]
                tags = None
                r = rnd.random()
                if highway != "footway" and r < oneway_share:
                    tags = '"oneway"=>"yes"' if r < oneway_share * 0.8 else '"oneway"=>"-1"'
                roads.append(Road(coords, highway, tags))
    return roads


def grid_size_for(edges: int) -> int:
    """The smallest n whose grid has at least `edges` roads."""
    n = 2
    while 2 * n * (n - 1) < edges:
        n += 1
    return n


def random_points(roads: list[Road], count: int, seed: int = 2, offset: float = 20.0) -> list[tuple[float, float]]:
    """`count` points near random road vertices (up to `offset` metres off the road)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        x, y = rnd.choice(roads).coords[0]
        out.append((x + rnd.uniform(-offset, offset), y + rnd.uniform(-offset, offset)))
    return out


def _fields():  # type: ignore[no-untyped-def]
    from qgis.core import QgsFields
    from qgis.PyQt.QtCore import QMetaType

    from mapujpomoc_qgis.core.compat import field  # QgsField(name, QVariant.X) is deprecated from QGIS 3.38

    fields = QgsFields()
    fields.append(field("highway", QMetaType.Type.QString))
    fields.append(field("other_tags", QMetaType.Type.QString))
    return fields


def _features(roads: list[Road]):  # type: ignore[no-untyped-def]
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    fields = _fields()
    for road in roads:
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in road.coords]))
        f.setAttributes([road.highway, road.other_tags])
        yield f


def memory_layer(roads: list[Road], crs: str = "EPSG:2180", name: str = "roads"):  # type: ignore[no-untyped-def]
    """The roads as a QGIS memory layer."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"LineString?crs={crs}&field=highway:string&field=other_tags:string", name, "memory")
    layer.dataProvider().addFeatures(list(_features(roads)))
    layer.updateExtents()
    return layer


def write_layer(roads: list[Road], path: Path, crs: str = "EPSG:2180", layer_name: str = "roads") -> str:
    """Write the roads to a GeoPackage; returns the QGIS source string of the layer."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter, QgsWkbTypes

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    writer = QgsVectorFileWriter.create(str(path), _fields(), QgsWkbTypes.Type.LineString,
                                        QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext(), options)
    if writer.hasError():
        raise RuntimeError(writer.errorMessage())
    for f in _features(roads):
        writer.addFeature(f)
    del writer  # closes the file
    return f"{path}|layername={layer_name}"
