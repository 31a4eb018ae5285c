"""The "Street basemap" menu: a preset (or none) under the working copy's layers on screen, and where the
presets come from ("Basemap addresses…", gui/basemap_addresses.py).

Thin: each entry calls core.project.basemap with a preset of core.basemaps; the print dialog offers the
same choice for paper.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QActionGroup, QMenu, QWidget

from ..core import basemaps
from ..core.i18n import tr
from ..core.log import log
from ..core.project import basemap as project_basemap


class BasemapMenu(QMenu):
    """One checkable entry per preset and "No basemap"; the last choice is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Street basemap"), parent)
        self.group = QActionGroup(self)
        titles = basemaps.preset_titles()
        for key in (basemaps.NONE, *basemaps.PRESETS):
            action = self.addAction(titles[key])
            action.setCheckable(True)
            action.setData(key)
            self.group.addAction(action)
            action.triggered.connect(lambda _checked=False, k=key: self.choose(k))
        self.addSeparator()
        self.addresses = self.addAction(tr("Basemap addresses…"))
        self.addresses.triggered.connect(lambda _checked=False: self.edit_addresses())
        self.aboutToShow.connect(self._tick)

    def _tick(self) -> None:
        chosen = basemaps.last_choice() if project_basemap.plugin_basemaps() else basemaps.NONE
        for action in self.group.actions():
            action.setChecked(action.data() == chosen)

    def edit_addresses(self) -> Any:
        from .basemap_addresses import BasemapAddressesDialog

        self.dialog = BasemapAddressesDialog(self.parentWidget())
        self.dialog.open()  # window-modal without a nested event loop
        return self.dialog

    def choose(self, key: str) -> Any:
        """Put the preset `key` under the layers (NONE: take the plugin's basemap away)."""
        if key == basemaps.NONE:
            project_basemap.remove_basemap()
            basemaps.set_last_choice(basemaps.NONE)
            return None
        try:
            layer = project_basemap.add_basemap(basemaps.preset(key))
        except basemaps.BasemapError as exc:
            log(str(exc), Qgis.MessageLevel.Warning, push=True)
            return None
        return layer
