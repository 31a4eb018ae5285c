"""Scroll areas that let a dock or dialog fit a laptop screen (1366×768, issue 16).

A dock's minimum size is its content's: a tall form in a dock makes QGIS grow its window past the
screen, taking the status bar and the dock's lower controls out of reach. Inside a scroll area the
content keeps its own minimum size and the dock can shrink to whatever space QGIS gives it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(content: QWidget, horizontal: bool = True) -> QScrollArea:
    """`content` in a frameless scroll area that resizes it (scroll bars only when it does not fit)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if horizontal
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
