"""Boundaries leave the store as MultiPolygons with RFC 7946 winding (exterior counter-clockwise, holes
clockwise), the same areas as the PRG files, and GDAL reads the layer as Multi Polygon."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from shapely.geometry import shape


def _signed_area(ring: list[list[float]]) -> float:
    """Shoelace formula: positive for a counter-clockwise ring."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


@pytest.mark.parametrize("collection", ["gminy", "powiaty", "wojewodztwa"])
def test_boundaries_are_multipolygons_wound_as_rfc7946_says(api, prg, collection):
    page = api.get(f"/collections/{collection}/items", params={"limit": 1000}).json()
    expected = getattr(prg, collection)
    assert {f["id"] for f in page["features"]} == set(expected)
    for f in page["features"]:
        geometry = f["geometry"]
        assert geometry["type"] == "MultiPolygon", f["id"]
        for polygon in geometry["coordinates"]:
            assert _signed_area(polygon[0]) > 0, f["id"]
            assert all(_signed_area(hole) < 0 for hole in polygon[1:]), f["id"]
        original = expected[f["id"]][1]
        assert abs(shape(geometry).area - original.area) <= 1e-9 + 1e-6 * original.area, f["id"]
    single = api.get(f"/collections/{collection}/items/{page['features'][0]['id']}").json()
    assert single["geometry"] == page["features"][0]["geometry"]


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")
def test_gdal_sees_one_geometry_type(store):
    r = subprocess.run(["ogrinfo", "-ro", "-so", f"OAPIF:{store.url}/collections/gminy", "gminy"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Geometry: Multi Polygon" in r.stdout, r.stdout
