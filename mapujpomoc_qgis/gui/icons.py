"""QIcons of the project's SVGs, with QGIS's `param(...)` colours resolved for plain Qt."""

from __future__ import annotations

from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtGui import QIcon, QPixmap

from ..core.project.symbols import icon_svg


def svg_icon(code: str, size: int = 48) -> QIcon:
    pixmap = QPixmap(size, size)
    if not pixmap.loadFromData(QByteArray(icon_svg(code).encode("utf-8")), "SVG"):
        return QIcon()
    return QIcon(pixmap)
