"""Street basemaps under the aid points, on screen and on paper (docs/ARCHITECTURE.md, "Print").

A `Basemap` is what QGIS needs to make the layer again anywhere (a provider, a source, for a vector
layer its style) plus the attribution printed with it, so the print's private project in a worker
thread builds its own copy. It comes from a preset (OpenStreetMap tiles, the national geoportal's
topographic map or orthophoto, whose addresses are settings that an office may point at its own
mirror), an XYZ address, or any layer of the user's project. `core/project/basemap.py` adds one to
the project; `printing/print_layers.py` puts one under a printed map.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsRasterLayer, QgsSettings, QgsVectorLayer

from .compat import made_by_qgis
from .errors import InputError
from .i18n import tr

SETTINGS = "mapujpomoc/basemaps/"  # + "<key>/url", "<key>/attribution"; "mapujpomoc/basemaps/last": the last chosen
NONE, OSM, TOPO, ORTO, XYZ, LAYER = "none", "osm", "geoportal_topo", "geoportal_orto", "xyz", "layer"


@dataclass(frozen=True)
class Preset:
    key: str
    kind: str  # "xyz" (a {z}/{x}/{y} template) or "wms"
    url: str
    attribution: str
    wms_layer: str = ""
    wms_format: str = "image/png"


# The geoportal's services are what Polish municipalities use; GUGiK asks to be named as the source.
PRESETS = {
    OSM: Preset(OSM, "xyz", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors"),
    TOPO: Preset(TOPO, "wms", "https://mapy.geoportal.gov.pl/wss/service/img/guest/TOPO/MapServer/WMSServer",
                 "© GUGiK, geoportal.gov.pl", "Raster"),
    ORTO: Preset(ORTO, "wms", "https://mapy.geoportal.gov.pl/wss/service/PZGIK/ORTO/WMS/StandardResolution",
                 "© GUGiK, geoportal.gov.pl", "Raster", "image/jpeg"),
}


def preset_titles() -> dict[str, str]:
    return {NONE: tr("No basemap"), OSM: tr("OpenStreetMap"), TOPO: tr("Topographic map (geoportal.gov.pl)"),
            ORTO: tr("Orthophoto (geoportal.gov.pl)"), LAYER: tr("A layer of the project")}


class BasemapError(InputError):
    """A basemap that cannot be made, with what to do about it."""


@dataclass(frozen=True)
class Basemap:
    """A layer to draw under the points: enough to make it again in any project and thread."""

    title: str
    provider: str  # "wms" (QGIS's provider of XYZ, WMS and WMTS), "gdal", "ogr", …
    source: str
    attribution: str = ""
    style: str = ""  # a vector layer's QML, so the copy looks like the user's layer
    key: str = ""  # the preset it came from, if any

    def make_layer(self) -> QgsMapLayer:
        """A new layer (not in any project), valid or BasemapError."""
        if self.provider in ("ogr", "spatialite", "postgres", "delimitedtext", "memory", "virtual", "wfs", "oapif"):
            layer: QgsMapLayer = QgsVectorLayer(self.source, self.title, self.provider)
        else:
            layer = QgsRasterLayer(self.source, self.title, self.provider)
        if not layer.isValid():
            raise BasemapError(tr("The basemap {0} cannot be opened ({1}); check its address in the settings.")
                               .format(self.title, self.source))
        if self.style:
            from qgis.PyQt.QtXml import QDomDocument

            doc = QDomDocument()
            if doc.setContent(self.style)[0]:
                layer.importNamedStyle(doc)
        return made_by_qgis(layer)


def preset_url(key: str) -> str:
    """The address of a preset: the setting when there is one, else the public service's."""
    return str(QgsSettings().value(f"{SETTINGS}{key}/url", PRESETS[key].url) or PRESETS[key].url)


def set_preset_url(key: str, url: str | None, attribution: str | None = None) -> None:
    """Point a preset at another address (a mirror, a cache, a test's server); None: the public one again."""
    settings = QgsSettings()
    for name, value in (("url", url), ("attribution", attribution)):
        if value:
            settings.setValue(f"{SETTINGS}{key}/{name}", value)
        else:
            settings.remove(f"{SETTINGS}{key}/{name}")


def xyz_source(url: str, zmax: int = 19) -> str:
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", url)
    uri.setParam("zmin", "0")
    uri.setParam("zmax", str(zmax))
    return bytes(uri.encodedUri()).decode()


def wms_source(url: str, layer: str, fmt: str = "image/png", crs: str = "EPSG:2180") -> str:
    uri = QgsDataSourceUri()
    for key, value in (("contextualWMSLegend", "0"), ("crs", crs), ("dpiMode", "7"), ("featureCount", "10"),
                       ("format", fmt), ("layers", layer), ("styles", ""), ("url", url)):
        uri.setParam(key, value)
    return bytes(uri.encodedUri()).decode()


def preset(key: str) -> Basemap:
    """The preset `key` (OSM, TOPO, ORTO) at its configured address."""
    if key not in PRESETS:
        raise BasemapError(tr("Unknown basemap {0}; use one of: {1}, or the address of XYZ tiles.").format(
            key, ", ".join((NONE, *PRESETS))))
    p = PRESETS[key]
    url = preset_url(key)
    attribution = str(QgsSettings().value(f"{SETTINGS}{key}/attribution", p.attribution) or p.attribution)
    source = xyz_source(url) if p.kind == "xyz" else wms_source(url, p.wms_layer, p.wms_format)
    return Basemap(preset_titles()[key], "wms", source, attribution, key=key)


def from_xyz(url: str, attribution: str = "", title: str = "") -> Basemap:
    """XYZ tiles at `url` (with {z}, {x} and {y})."""
    if not all(part in url for part in ("{z}", "{x}", "{y}")) or not url.lower().startswith(("http://", "https://",
                                                                                               "file:")):
        raise BasemapError(tr("'{0}' is not an address of XYZ tiles: it needs {{z}}, {{x}} and {{y}}, e.g. "
                              "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png").format(url))
    return Basemap(title or tr("Basemap"), "wms", xyz_source(url), attribution, key=XYZ)


def from_layer(layer: QgsMapLayer) -> Basemap:
    """Any layer of a project as a basemap; its attribution from the layer's properties or metadata."""
    if layer is None or not layer.isValid():
        raise BasemapError(tr("Choose a valid layer for the basemap."))
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    own = server.attribution() if hasattr(server, "attribution") else layer.attribution()  # moved in QGIS 3.38
    attribution = own or "; ".join(layer.metadata().rights())
    style = ""
    if isinstance(layer, QgsVectorLayer):
        from qgis.PyQt.QtXml import QDomDocument

        doc = QDomDocument()
        layer.exportNamedStyle(doc)
        style = doc.toString()
    return Basemap(layer.name(), layer.providerType(), layer.source(), attribution, style, key=LAYER)


def parse(text: str | None, attribution: str = "") -> Basemap | None:
    """A basemap from the CLI's or Processing's words: "none", a preset key, or an XYZ address."""
    value = (text or "").strip()
    if not value or value.lower() == NONE:
        return None
    key = value.lower().replace("-", "_")
    if key in PRESETS:
        found = preset(key)
        return Basemap(found.title, found.provider, found.source, attribution or found.attribution, key=key)
    return from_xyz(value, attribution)


def last_choice() -> str:
    """The basemap chosen last (a preset key or NONE): the print dialog and the map start from it."""
    return str(QgsSettings().value(f"{SETTINGS}last", NONE) or NONE)


def set_last_choice(key: str) -> None:
    QgsSettings().setValue(f"{SETTINGS}last", key)
