"""Mapuj Pomoc for QGIS: help points for refugees from Ukraine in Poland.

QGIS calls `classFactory`. Nothing here imports qgis at module level, because
the store imports `mapujpomoc_qgis.core.catalog`/`schema` without QGIS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

    from .plugin import MapujPomocPlugin


def classFactory(iface: QgisInterface) -> MapujPomocPlugin:
    """Entry point QGIS calls when the plugin is enabled."""
    from .plugin import MapujPomocPlugin  # lazy: keeps QGIS start-up and the store free of Qt imports

    return MapujPomocPlugin(iface)
