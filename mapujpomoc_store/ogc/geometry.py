"""Boundaries served with one geometry type and RFC 7946 winding, whatever the imported file held.

PRG communes come as Polygon or MultiPolygon, and some rings wind clockwise; GDAL names a layer after the
first geometry type it meets (and then writes non-conformant GeoPackages), and RFC 7946 (3.1.6) wants
exterior rings counter-clockwise, holes clockwise. So every boundary leaves the store as a MultiPolygon
with its rings oriented, computed on output so databases imported before keep working unchanged.
"""

from __future__ import annotations

import shapely


def boundary_texts(texts: list[str]) -> list[str]:
    """GeoJSON texts of (Multi)Polygons as MultiPolygons, exterior rings counter-clockwise, holes clockwise."""
    if not texts:
        return texts
    geoms = shapely.orient_polygons(shapely.from_geojson(texts), exterior_cw=False)
    multi = [shapely.multipolygons([g]) if shapely.get_type_id(g) == 3 else g for g in geoms.tolist()]
    return shapely.to_geojson(multi).tolist()
