"""OGC API - Features Part 2 (coordinate reference systems by reference): `crs`, `bbox-crs`, `Content-Crs`.

The store keeps every geometry in CRS84 (longitude, latitude). Replies in another CRS are projected on the
way out, with the CRS's own axis order, as Part 2 requires: EPSG:4326 is latitude, longitude and EPSG:2180
(PUWG 1992, what Polish municipal GIS works in) is northing, easting. A `bbox` in another CRS is turned
into the CRS84 box enclosing it (edges densified), so near its edges a few features just outside the
projected box may be returned too.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import Transformer

from ..problems import Problem
from .params import Box

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
EPSG = "http://www.opengis.net/def/crs/EPSG/0/"
SUPPORTED = {CRS84: "OGC:CRS84", EPSG + "4326": "EPSG:4326", EPSG + "2180": "EPSG:2180"}
STORAGE_CRS = CRS84
LON_LAT = frozenset({CRS84})  # the CRSs whose bbox is longitude, latitude (the others: their axis order)


def crs_of(value: str | None, parameter: str) -> str:
    """The CRS URI a `crs`/`bbox-crs` parameter names (CRS84 when absent); unsupported ones are a 400."""
    if value is None:
        return CRS84
    uri = value.strip().removeprefix("[").removesuffix("]")
    if uri.startswith("https://www.opengis.net/"):
        uri = "http://" + uri[len("https://"):]
    if uri.upper().startswith("EPSG:"):
        uri = EPSG + uri[5:]
    if uri not in SUPPORTED:
        raise Problem(400, None, "invalid-parameter", code="crs-unsupported",
                      params={"parameter": parameter, "value": value, "supported": list(SUPPORTED)})
    return uri


@lru_cache(maxsize=8)
def _transformer(source: str, target: str) -> Transformer:
    # always_xy=False: each side in its authority's axis order (CRS84 lon/lat, 4326 lat/lon, 2180 N/E)
    return Transformer.from_crs(SUPPORTED[source], SUPPORTED[target], always_xy=False)


def to_crs84(box: Box, crs: str) -> Box:
    """The CRS84 box enclosing `box` (first axis min, second axis min, first max, second max in `crs`)."""
    if crs == CRS84:
        return box
    x0, y0, x1, y1 = _transformer(crs, CRS84).transform_bounds(*box, densify_pts=21)
    return x0, y0, x1, y1


def project_texts(texts: list[str | None], crs: str) -> list[str | None]:
    """GeoJSON geometry texts (CRS84) projected to `crs`, in its axis order; None stays None."""
    if crs == CRS84:
        return texts
    at = [i for i, text in enumerate(texts) if text]
    if not at:
        return texts
    transformer = _transformer(CRS84, crs)

    def project(xy: np.ndarray) -> np.ndarray:
        a, b = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([a, b])

    geoms = shapely.transform(shapely.from_geojson([texts[i] for i in at]), project)
    out = list(texts)
    for i, text in zip(at, shapely.to_geojson(geoms).tolist()):
        out[i] = text
    return out


def content_crs(crs: str) -> dict[str, str]:
    """The `Content-Crs` header of a reply in `crs` (Part 2, /req/crs/ogc-crs-header)."""
    return {"Content-Crs": f"<{crs}>"}
