"""The choice of the public or the staff version of an export, a print or a list (README, "Privacy")."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QComboBox, QWidget

from ..core.filtering.privacy import PUBLIC, STAFF
from ..core.i18n import tr


class VersionChoice(QComboBox):
    """Public version first (the default), staff version second; `version()` gives "public" or "staff"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(tr("Public version"), PUBLIC)
        self.addItem(tr("Staff version"), STAFF)
        self.setToolTip(tr("Public version: staff-only points are left out and approximate ones are shown at "
                           "their commune, without street, house number and postcode. Staff version: every "
                           "point exactly, for people who may see them."))

    def version(self) -> str:
        return str(self.currentData())

    def set_version(self, version: str) -> None:
        self.setCurrentIndex(max(self.findData(version), 0))
