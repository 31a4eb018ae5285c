#!/usr/bin/env python3
"""Fill unfinished messages of i18n/*.ts from a table file: `fill_translations.py TABLE.py`.

TABLE.py defines T = {source: (polish, ukrainian)}. Used when adding a batch of
strings; `scripts/i18n.py check` then proves nothing is left unfinished.

A message with a count (`tr("%n point(s)", None, n)`, numerus="yes" in the .ts) takes its
plural forms as a tuple or list, in Qt's order for the language: Polish and Ukrainian have
three, (1, 2-4, 5+); Ukrainian's first form also serves 21, 31, ..., its second 22-24, 32-34, ...

    T = {"%n point(s) selected": (("Zaznaczono %n punkt", "Zaznaczono %n punkty", "Zaznaczono %n punktów"),
                                  ("Вибрано %n пункт", "Вибрано %n пункти", "Вибрано %n пунктів"))}

A plain string for a numerus message, or forms for a plain one, is refused (reported like a
missing translation), as is the wrong number of forms.
"""

from __future__ import annotations

import importlib.util
import runpy
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("pl", "uk")  # the order of the table's tuples

Text = str | Sequence[str]


def _i18n_tool() -> ModuleType:
    """scripts/i18n.py (numerus form counts, the unfinished test), loaded by path."""
    name = "mapujpomoc_i18n_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _problem(value: Text, numerus: bool, forms: int | None) -> str | None:
    """Why `value` cannot translate a (numerus) message, or None when it can."""
    plural = not isinstance(value, str)
    if numerus and not plural:
        return f"needs {forms or 'its'} plural forms as a tuple, got a string"
    if not numerus and plural:
        return "is not a counted message (no numerus): give one string, not plural forms"
    if plural and forms is not None and len(value) != forms:
        return f"needs {forms} plural forms, got {len(value)}"
    if plural and not all(isinstance(v, str) and v.strip() for v in value):
        return "has an empty plural form"
    return None


def _write(translation: ET.Element, value: Text) -> None:
    for old in list(translation):
        translation.remove(old)
    translation.attrib.pop("type", None)
    if isinstance(value, str):
        translation.text = value
        return
    translation.text = None
    for form in value:
        ET.SubElement(translation, "numerusform").text = form


def fill(table: dict[str, tuple[Text, Text]], ts_dir: Path | None = None) -> int:
    """Translate the unfinished messages of `ts_dir` (default i18n/) found in `table`; returns how many are left."""
    tool = _i18n_tool()
    ts_dir = ts_dir or ROOT / "i18n"
    missing = 0
    for index, lang in enumerate(LANGS):
        path = ts_dir / f"mapujpomoc_{lang}.ts"
        tree = ET.parse(path)
        forms = tool.numerus_forms(tree.getroot().get("language") or lang)
        for element in tree.iter("message"):
            message = tool.Message("", element)
            source = element.findtext("source")
            translation = message.translation
            if translation is None or source is None or not tool.needs_translation(message, forms):
                continue
            if source not in table:
                missing += 1
                print(f"{lang}: no translation for {source!r}")
                continue
            value = table[source][index]
            problem = _problem(value, element.get("numerus") == "yes", forms)
            if problem:
                missing += 1
                print(f"{lang}: the translation of {source!r} {problem}")
                continue
            _write(translation, value)
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(runpy.run_path(sys.argv[1])["T"]) else 0)
