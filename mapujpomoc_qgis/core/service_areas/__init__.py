"""Service areas of aid points: drawn areas, distance buffers, travel-time areas and coverage gaps
(docs/ARCHITECTURE.md, "Service areas").

`api` holds the entry points the dock, the Processing algorithms and `mapujpomoc service-areas`
call. Pure modules (no QGIS): `profiles` (speeds per road class), `graph` (the road graph and the
one-pass search), `cells` (the grid of reached cells). With QGIS: `roads` (line layers into a
graph, cached per layer), `isochrones` (polygons from the grid), `inputs` (what users give:
numbers, speeds, points, a region, files) and `storage` (areas into a working copy or a file).
"""

from __future__ import annotations

from ..errors import InputError


class ServiceAreaError(InputError):
    """Input the service areas cannot use, or areas that cannot be saved; the message says which."""
