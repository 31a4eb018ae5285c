"""The chosen street basemap on screen, under the working copy's layers (docs/ARCHITECTURE.md, "Print").

One basemap at a time: choosing another replaces the one the plugin added before (marked with
BASEMAP_PROPERTY), never a layer the user added themselves. The attribution goes into the layer's
properties, so QGIS's own layouts and the plugin's print can name it.
"""

from __future__ import annotations

from qgis.core import QgsMapLayer, QgsProject

from ..basemaps import Basemap, set_last_choice

BASEMAP_PROPERTY = "mapujpomoc/basemap"  # on a layer the plugin added as the basemap: the preset key


def plugin_basemaps(project: QgsProject | None = None) -> list[QgsMapLayer]:
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if layer.customProperty(BASEMAP_PROPERTY) is not None]


def add_basemap(basemap: Basemap, project: QgsProject | None = None) -> QgsMapLayer:
    """Add `basemap` at the bottom of the layer tree (under the points and boundaries), replacing the
    basemap added before; raises basemaps.BasemapError when it cannot be opened."""
    project = project or QgsProject.instance()
    layer = basemap.make_layer()  # first: a failure leaves the old basemap in place
    layer.setCustomProperty(BASEMAP_PROPERTY, basemap.key or "layer")
    if basemap.attribution:
        _set_attribution(layer, basemap.attribution)
    for old in plugin_basemaps(project):
        project.removeMapLayer(old.id())
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    root.insertLayer(len(root.children()), layer)
    if basemap.key:
        set_last_choice(basemap.key)
    return layer


def remove_basemap(project: QgsProject | None = None) -> int:
    """Remove the basemap the plugin added; returns how many layers went."""
    project = project or QgsProject.instance()
    found = plugin_basemaps(project)
    for layer in found:
        project.removeMapLayer(layer.id())
    return len(found)


def _set_attribution(layer: QgsMapLayer, text: str) -> None:
    """The layer's attribution (QGIS 3.38 moved it to the server properties) and its metadata's rights."""
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if server is not None and hasattr(server, "setAttribution"):
        server.setAttribution(text)
    else:
        layer.setAttribution(text)
    metadata = layer.metadata()
    metadata.setRights([text])
    layer.setMetadata(metadata)
