""""Basemap addresses…": where each preset's tiles or WMS come from, and the attribution printed with them.

Thin: reads and writes the settings of core.basemaps (an office may point OpenStreetMap at its own tile
cache, or the geoportal's services at a mirror); empty fields mean the public services.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core import basemaps
from ..core.i18n import tr


class BasemapAddressesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Basemap addresses"))
        titles = basemaps.preset_titles()
        form = QFormLayout()
        self.urls: dict[str, QLineEdit] = {}
        self.attributions: dict[str, QLineEdit] = {}
        settings = QgsSettings()
        for key, preset in basemaps.PRESETS.items():
            url, attribution = QLineEdit(), QLineEdit()
            url.setPlaceholderText(preset.url)
            attribution.setPlaceholderText(preset.attribution)
            url.setText(str(settings.value(f"{basemaps.SETTINGS}{key}/url", "") or ""))
            attribution.setText(str(settings.value(f"{basemaps.SETTINGS}{key}/attribution", "") or ""))
            url.setClearButtonEnabled(True)
            attribution.setClearButtonEnabled(True)
            form.addRow(QLabel(f"<b>{titles[key]}</b>"))
            form.addRow(tr("Address"), url)
            form.addRow(tr("Attribution"), attribution)
            self.urls[key], self.attributions[key] = url, attribution
        note = QLabel(tr("Empty fields use the public services. OpenStreetMap needs an address with {z}, {x} "
                         "and {y}; the geoportal's maps the address of a WMS with the layer \"Raster\"."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for key in basemaps.PRESETS:
            basemaps.set_preset_url(key, self.urls[key].text().strip() or None,
                                    self.attributions[key].text().strip() or None)
        super().accept()
