"""Saved filters ("lists", as Mapuj Pomoc's own site calls them), kept in the QGIS project."""

from __future__ import annotations

import json

from qgis.core import QgsProject

from .filters import AidFilter

SCOPE, KEY = "MapujPomoc", "lists"


def load(project: QgsProject | None = None) -> dict[str, AidFilter]:
    project = project or QgsProject.instance()
    text, ok = project.readEntry(SCOPE, KEY, "{}")
    try:
        data = json.loads(text) if ok and text else {}
    except ValueError:
        data = {}
    return {name: AidFilter.from_json(value) for name, value in data.items() if isinstance(value, dict)}


def _write(lists: dict[str, AidFilter], project: QgsProject | None) -> None:
    project = project or QgsProject.instance()
    project.writeEntry(SCOPE, KEY, json.dumps({n: f.to_json() for n, f in lists.items()}, ensure_ascii=False))
    project.setDirty(True)


def save(name: str, flt: AidFilter, project: QgsProject | None = None) -> None:
    lists = load(project)
    lists[name] = flt
    _write(lists, project)


def remove(name: str, project: QgsProject | None = None) -> None:
    lists = load(project)
    lists.pop(name, None)
    _write(lists, project)
