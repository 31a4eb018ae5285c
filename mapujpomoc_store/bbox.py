"""Which areas (service areas, boundaries) meet a bounding box, without parsing every polygon per request.

The stored bounds preselect in SQL. An area whose bounds lie inside the box meets it, no geometry needed;
only the areas whose bounds cross the box's edge are tested exactly, with their polygons parsed once and
kept (prepared) in a cache bounded by the number of coordinates, keyed by the version of the area, so an
anonymous `bbox` over large travel-time areas costs a few milliseconds instead of parsing megabytes of
GeoJSON each time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

import shapely

from .lru import SizedLru

MAX_COORDINATES = 2_000_000  # what the cache may hold, summed over its polygons (about 100 MB)

Box = tuple[float, float, float, float]


class GeometryCache:
    """Prepared shapely geometries by key (which includes the version), least recently used out first."""

    def __init__(self, max_coordinates: int = MAX_COORDINATES) -> None:
        self._kept: SizedLru[Any] = SizedLru(max_coordinates, lambda g: int(shapely.get_num_coordinates(g)))

    def get_many(self, keys: list[Hashable], load: Callable[[list[Hashable]], Iterable[tuple[Hashable, str]]],
                 ) -> dict[Hashable, Any]:
        """The geometries of `keys`; `load(missing keys)` yields (key, GeoJSON text) for those not cached."""
        found = self._kept.get_many(keys)
        missing = [k for k in keys if k not in found]
        if missing:
            loaded = list(load(missing))
            geoms = shapely.from_geojson([text for _, text in loaded]) if loaded else []
            shapely.prepare(geoms)
            new = [(key, geom) for (key, _), geom in zip(loaded, geoms)]
            found.update(new)
            self._kept.put_many(new)
        return found


def meeting(candidates: list[Any], box: Box, cache: GeometryCache, key: Callable[[Any], Hashable],
            load: Callable[[list[Hashable]], Iterable[tuple[Hashable, str]]]) -> list[Any]:
    """The candidates (rows with minx, miny, maxx, maxy whose bounds meet `box`) whose geometry meets it,
    in their order. `key(row)` names a row's geometry in the cache, `load(keys)` reads geometries."""
    x0, y0, x1, y1 = box
    inside = [x0 <= r.minx and r.maxx <= x1 and y0 <= r.miny and r.maxy <= y1 for r in candidates]
    edge = [key(r) for r, contained in zip(candidates, inside) if not contained]
    hits: set[Hashable] = set()
    if edge:
        geoms = cache.get_many(edge, load)
        keys = [k for k in edge if k in geoms]
        if keys:
            met = shapely.intersects([geoms[k] for k in keys], shapely.box(*box))
            hits = {k for k, hit in zip(keys, met.tolist()) if hit}
    return [r for r, contained in zip(candidates, inside) if contained or key(r) in hits]
