"""GeoPackage blobs written by sync must read back identically, and read what GDAL writes."""

import sqlite3

import pytest

from mapujpomoc_model import gpkg_geom

POINT = {"type": "Point", "coordinates": [20.4912345, 53.7765432]}
POLY = {"type": "Polygon", "coordinates": [[[20, 53], [21, 53], [21, 54], [20, 53]]]}
MULTI = {"type": "MultiPolygon", "coordinates": [POLY["coordinates"],
                                                 [[[22, 50], [23, 50], [23, 51], [22, 50]],
                                                  [[22.2, 50.2], [22.4, 50.2], [22.4, 50.4], [22.2, 50.2]]]]}


def test_point_round_trip():
    assert gpkg_geom.decode(gpkg_geom.encode(POINT)) == POINT


def test_polygons_come_back_as_multipolygons():
    assert gpkg_geom.decode(gpkg_geom.encode(POLY)) == {"type": "MultiPolygon", "coordinates": [POLY["coordinates"]]}
    assert gpkg_geom.decode(gpkg_geom.encode(MULTI)) == MULTI


def test_null_and_garbage():
    assert gpkg_geom.encode(None) is None and gpkg_geom.decode(None) is None
    with pytest.raises(ValueError):
        gpkg_geom.decode(b"XX\x00\x01")


def test_sql_functions_read_bounds():
    conn = sqlite3.connect(":memory:")
    gpkg_geom.register_functions(conn)
    blob = gpkg_geom.encode(MULTI)
    row = conn.execute("SELECT ST_MinX(?), ST_MaxX(?), ST_MinY(?), ST_MaxY(?), ST_IsEmpty(?)",
                       (blob,) * 5).fetchone()
    assert row == (20.0, 23.0, 50.0, 54.0, 0)
    assert conn.execute("SELECT ST_IsEmpty(NULL)").fetchone() == (1,)


def test_reads_gdal_blobs(tmp_path):
    ogr = pytest.importorskip("osgeo.ogr")
    path = tmp_path / "g.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("t", None, ogr.wkbUnknown)
    for geojson in ('{"type":"Point","coordinates":[20.5,53.5,100]}',
                    '{"type":"Polygon","coordinates":[[[20,53],[21,53],[21,54],[20,53]]]}'):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromJson(geojson))
        lyr.CreateFeature(f)
    ds = None
    blobs = [r[0] for r in sqlite3.connect(path).execute("SELECT geom FROM t ORDER BY fid")]
    assert gpkg_geom.decode(blobs[0]) == {"type": "Point", "coordinates": [20.5, 53.5]}  # Z dropped
    assert gpkg_geom.decode(blobs[1]) == POLY
