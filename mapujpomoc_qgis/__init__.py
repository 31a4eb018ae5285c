"""Mapuj Pomoc for QGIS: help points for refugees from Ukraine in Poland.

QGIS calls `classFactory`; nothing here imports qgis at module level, so that
`python -m mapujpomoc_qgis.cli` and the unit tests start without loading Qt.

The shared model (`mapujpomoc_model`, docs/ARCHITECTURE.md) is a top-level
package. A source checkout has it beside this folder; the plugin zip carries a
copy in `libs/` (as QFieldSync carries libqfieldsync), put on `sys.path` here,
before anything imports it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

_LIBS = Path(__file__).resolve().parent / "libs"
if _LIBS.is_dir() and str(_LIBS) not in sys.path:
    sys.path.append(str(_LIBS))  # appended: an installed mapujpomoc_model of the same release wins

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

    from .plugin import MapujPomocPlugin


def classFactory(iface: QgisInterface) -> MapujPomocPlugin:
    """Entry point QGIS calls when the plugin is enabled."""
    from .plugin import MapujPomocPlugin  # lazy: keeps QGIS start-up free of our Qt imports until needed

    return MapujPomocPlugin(iface)
