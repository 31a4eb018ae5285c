#!/usr/bin/env python3
"""Fill unfinished messages of i18n/*.ts from a table file: `fill_translations.py TABLE.py`.

TABLE.py defines T = {source: (polish, ukrainian)}. Used when adding a batch of
strings; `scripts/i18n.py check` then proves nothing is left unfinished.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fill(table: dict[str, tuple[str, str]]) -> int:
    missing = 0
    for index, lang in enumerate(("pl", "uk")):
        path = ROOT / "i18n" / f"mapujpomoc_{lang}.ts"
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or source is None:
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                if source in table:
                    translation.text = table[source][index]
                    translation.attrib.pop("type", None)
                else:
                    missing += 1
                    print(f"{lang}: no translation for {source!r}")
        ET.indent(tree)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(runpy.run_path(sys.argv[1])["T"]) else 0)
