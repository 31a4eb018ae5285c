"""The Processing provider "Mapuj Pomoc" (id `mapujpomoc`).

Algorithms are listed in `ALGORITHMS` as "module:Class" strings and imported
when the provider loads, so a new algorithm (service areas, coverage gaps…)
joins by appending one line here. A module that is missing or fails to import
is logged and skipped instead of taking the other algorithms down with it.
"""

from __future__ import annotations

import importlib

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.log import log

ALGORITHMS: list[str] = [
    f"{__package__}.export_algorithm:ExportRegionAlgorithm",
    f"{__package__}.print_algorithm:PrintMapAlgorithm",
    f"{__package__}.service_area_algorithms:BufferAlgorithm",
    f"{__package__}.service_area_algorithms:NetworkServiceAreaAlgorithm",
    f"{__package__}.service_area_algorithms:CoverageGapsAlgorithm",
    f"{__package__}.import_algorithm:ImportListAlgorithm",
]


def algorithm_classes() -> list[type[QgsProcessingAlgorithm]]:
    """The classes named in ALGORITHMS that can be imported."""
    classes = []
    for spec in ALGORITHMS:
        module_name, _, class_name = spec.partition(":")
        try:
            classes.append(getattr(importlib.import_module(module_name), class_name))
        except (ImportError, AttributeError) as exc:
            log(tr("Processing algorithm {0} is not available: {1}").format(spec, exc), Qgis.MessageLevel.Warning)
    return classes


class MapujPomocProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "mapujpomoc"

    def name(self) -> str:
        return tr("Mapuj Pomoc")

    def longName(self) -> str:
        return tr("Mapuj Pomoc: help points for refugees from Ukraine")

    def icon(self) -> QIcon:
        try:
            from qgis.PyQt.QtCore import QByteArray
            from qgis.PyQt.QtGui import QPixmap

            from ..core.project.symbols import icon_svg

            pixmap = QPixmap(64, 64)
            if pixmap.loadFromData(QByteArray(icon_svg("mapujpomoc").encode("utf-8")), "SVG"):
                return QIcon(pixmap)
        except (FileNotFoundError, KeyError):
            pass
        return QgsProcessingProvider.icon(self)

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
