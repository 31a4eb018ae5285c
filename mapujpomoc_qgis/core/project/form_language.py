"""The working copy's forms and legend in the UI language of whoever opens the project.

A project keeps the field aliases, the value lists' labels and the constraint messages in the
language of the person who saved it. When a Ukrainian colleague opens a project a Polish one saved,
`follow_ui_language` puts them, and the names of the plugin's layers, in the current language again
(the plugin calls it whenever a project has been read: `watch_project`). The forms are configured by
`layers.configure_form`, the one place that knows them; the legend keeps its symbols and only its
labels change (docs/ARCHITECTURE.md, "The attribute form").
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from mapujpomoc_model import catalog, schema

from ..i18n import current_language, tr
from ..sync.workcopy import CATALOG_TABLE
from . import layers


def _relabel_legend(layer: QgsVectorLayer, lang: str) -> None:
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    labels = {e.code: e.label(lang) for e in catalog.HELP_TYPES}
    for index, category in enumerate(renderer.categories()):
        value = category.value()
        if value in labels:
            renderer.updateCategoryLabel(index, labels[value])
        elif value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
            renderer.updateCategoryLabel(index, tr("Other"))


def _rename_group_layers(project: QgsProject) -> None:
    """The names of the layers in the plugin's group, as `add_to_project` would give them now (it finds
    "My area" by its name, so a name in another language would make it add a second one)."""
    group = project.layerTreeRoot().findGroup(layers.GROUP)
    if group is None:
        return
    titles = layers.layer_titles()
    for node in group.findLayers():
        layer = node.layer()
        if not isinstance(layer, QgsVectorLayer):
            continue
        table = layers.source_parts(layer)[1]
        key = "scope" if table == "gminy" and layer.subsetString() else table
        if key in titles and layer.name() != titles[key]:
            layer.setName(titles[key])


def follow_ui_language(project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Aliases, value lists, constraint messages and legend labels of every working copy's editable
    layers in `project`, in the current UI language; returns the layers it configured."""
    project = project or QgsProject.instance()
    lang = current_language()
    done = []
    for layer in list(project.mapLayers().values()):
        if not isinstance(layer, QgsVectorLayer):
            continue
        path, table = layers.source_parts(layer)
        if table not in schema.EDITABLE_COLLECTIONS:
            continue
        catalog_layer = next(iter(layers.workcopy_layers(path, project, CATALOG_TABLE)), None)
        if catalog_layer is None:  # not the plugin's layout: the lists would have nothing to read
            continue
        layers.configure_form(layer, catalog_layer, table, lang)
        if table == "aid_points":
            _relabel_legend(layer, lang)
            layer.triggerRepaint()
        done.append(layer)
    _rename_group_layers(project)
    return done


def watch_project(project: QgsProject | None = None) -> Callable[[], None]:
    """Re-apply the UI language each time `project` has been read; returns the function that stops it."""
    project = project or QgsProject.instance()

    def on_read(*_args: object) -> None:
        follow_ui_language(project)

    project.readProject.connect(on_read)

    def stop() -> None:
        try:
            project.readProject.disconnect(on_read)
        except (TypeError, RuntimeError):  # already disconnected, or the project is gone
            pass

    return stop
