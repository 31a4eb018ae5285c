"""`mapujpomoc service-areas`: run as a user would, its GeoPackage read back with GDAL.

- Helsinki's OSM roads, points from a GeoJSON file chosen by help type, a region and a population
  layer: the layers isochrones (minutes), catchments (aid_point_id) and gaps (minutes, population),
  with the same areas as the engine computes in this process;
- a working copy as the points: the catchments carry the aid points' uuids;
- mistakes end with exit status 1 and a message, writing nothing.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from e2elib import OLSZTYN_POINT, create, mapujpomoc, new_point

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from support.roadgen import grid_roads, write_layer  # noqa: E402

HELSINKI = [(24.9416, 60.1699, ["food"], 0), (24.9480, 60.1720, ["legal", "food"], 0),
            (24.9500, 60.1650, ["legal"], 0)]


def geojson(path: Path, features: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def point(x: float, y: float, **props: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [x, y]}}


def read(path: Path) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """layer -> (field names, [attributes + area])."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    out = {}
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(k).GetName() for k in range(defn.GetFieldCount())]
        rows = [{**{n: f.GetField(n) for n in names}, "_area": f.GetGeometryRef().GetArea()} for f in layer]
        out[layer.GetName()] = (names, rows)
    return out


def test_isochrones_catchments_and_gaps_from_osm(tmp_path: Path, shared_data: Path, qgis_app: Any) -> None:
    from qgis.core import QgsVectorLayer

    from mapujpomoc_qgis.core.service_areas import inputs, isochrones, profiles
    from mapujpomoc_qgis.core.service_areas import roads as road_layers

    points = geojson(tmp_path / "points.geojson", [point(x, y, name=f"p{i}", help_types=h)
                                                     for i, (x, y, h, _) in enumerate(HELSINKI)])
    region = geojson(tmp_path / "district.geojson", [{
        "type": "Feature", "properties": {"name": "centre"},
        "geometry": {"type": "Polygon", "coordinates": [[[24.936, 60.163], [24.955, 60.163], [24.955, 60.180],
                                                         [24.936, 60.180], [24.936, 60.163]]]}}])
    people = geojson(tmp_path / "people.geojson", [point(24.9481, 60.1721, n=50), point(24.9370, 60.1790, n=9),
                                                   point(24.9545, 60.1795, n=4)])
    roads = shared_data / "osm" / "helsinki.osm.pbf"
    out = tmp_path / "out" / "areas.gpkg"
    done = mapujpomoc("service-areas", "--roads", roads, "--points", points, "--help-type", "legal",
                      "--minutes", "2,4", "--profile", "walk", "--crs", "EPSG:3067", "--region", region,
                      "--population", people, "--population-field", "n", "--cell-size", "25", "--out", out)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"wrote {out}" in done.stdout and "road graph" in done.stderr
    layers = read(out)
    assert set(layers) == {"isochrones", "catchments", "gaps"}
    assert {"minutes"} <= set(layers["isochrones"][0]) and {"aid_point_id"} <= set(layers["catchments"][0])
    assert {"minutes", "population"} <= set(layers["gaps"][0])
    assert sorted(r["minutes"] for r in layers["isochrones"][1]) == [2, 4]
    assert {r["aid_point_id"] for r in layers["catchments"][1]} == {1, 2}  # GeoJSON feature ids of the legal ones
    # the same as the engine here
    roads_layer = QgsVectorLayer(f"{roads}|layername=lines", "roads", "ogr")
    graph = road_layers.graph_from_layer(roads_layer, profiles.WALK, "EPSG:3067")
    points_layer = QgsVectorLayer(str(points), "points", "ogr")
    xy, ids = inputs.read_points(points_layer, "EPSG:3067", ["legal"])
    region_geom = inputs.region_geometry(QgsVectorLayer(str(region), "r", "ogr"), "EPSG:3067")
    direct = isochrones.service_areas(graph, xy, [2, 4], ids=ids, cell_size=25, region=region_geom,
                                      population=QgsVectorLayer(str(people), "p", "ogr"), population_field="n",
                                      max_snap=1000)
    assert {r["minutes"]: r["_area"] for r in layers["isochrones"][1]} == pytest.approx(
        {m: g.area() for m, g in direct.bands}, rel=1e-9)
    assert {r["minutes"]: r["_area"] for r in layers["gaps"][1]} == pytest.approx(
        {m: g.area() for m, g, _ in direct.gaps}, rel=1e-9)
    assert {r["minutes"]: r["population"] for r in layers["gaps"][1]} == {m: p for m, _, p in direct.gaps}
    gaps = {r["minutes"]: r["population"] for r in layers["gaps"][1]}
    assert gaps[4] == 13 and gaps[2] >= 13  # the 50 people next to a point are covered
    assert "not covered within 4 min\t13" in done.stdout
    # again with another threshold: the file is replaced, not appended to
    done = mapujpomoc("service-areas", "--roads", roads, "--points", points, "--minutes", "3", "--crs", "EPSG:3067",
                      "--out", out, "--quiet")
    assert done.returncode == 0, done.stderr
    layers = read(out)
    assert set(layers) == {"isochrones", "catchments"} and [r["minutes"] for r in layers["isochrones"][1]] == [3]
    assert done.stderr.strip() == "" or "road graph" not in done.stderr


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_a_working_copy_gives_the_aid_points(clone: Any, store: Any, tmp_path: Path, qgis_app: Any) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    near = [create(store, new_point(f"Prawnik {i}", [OLSZTYN_POINT[0] + 0.003 * i, OLSZTYN_POINT[1]]))["id"]
            for i in range(2)]
    me = clone("ed_olsztyn")
    me.sync()
    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:2180"),
                                    QgsProject.instance()).transform(QgsPointXY(*OLSZTYN_POINT))
    roads = write_layer(grid_roads(16, spacing=100.0, seed=8, origin=(centre.x() - 750, centre.y() - 750)),
                        tmp_path / "streets.gpkg")
    out = tmp_path / "areas.gpkg"
    done = mapujpomoc("service-areas", "--roads", roads, "--points", me.path, "--help-type", "legal",
                      "--minutes", "5,10", "--out", out)
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(me.path)
    legal = {u for u, h in conn.execute("SELECT uuid, help_types FROM aid_points") if "legal" in json.loads(h)}
    conn.close()
    catchments = {r["aid_point_id"] for r in read(out)["catchments"][1]}
    assert set(near) <= catchments <= legal
    # the other legal aid points of the two voivodeships are far from these streets and left out
    assert f"{len(legal) - len(catchments)} point(s) farther than 1000 m" in done.stderr


def test_mistakes_are_reported(tmp_path: Path, shared_data: Path) -> None:
    roads = shared_data / "osm" / "helsinki.osm.pbf"
    points = geojson(tmp_path / "p.geojson", [point(24.9416, 60.1699, name="a", help_types=["food"])])
    out = tmp_path / "never.gpkg"
    cases = [
        (("--roads", tmp_path / "missing.gpkg", "--points", points), "does not exist"),
        (("--roads", roads, "--points", points, "--minutes", "5,ten"), "not a number"),
        (("--roads", roads, "--points", points, "--help-type", "legal"), "No aid point has the chosen help types."),
        (("--roads", roads, "--points", points, "--speeds", "primary:40"), "class=km/h"),
    ]
    for args, message in cases:
        done = mapujpomoc("service-areas", *args, "--out", out, "--crs", "EPSG:3067")
        assert done.returncode == 1, done.stdout + done.stderr
        assert message in done.stderr
    assert not out.exists()
    usage = mapujpomoc("service-areas", "--roads", roads)
    assert usage.returncode == 2 and "--points" in usage.stderr
