"""A KML export's styles: one shared style per help type, and the icons they point to.

Each help type gets one shared <Style id="help-<code>"> in the root Document and each placemark a
<styleUrl> to the style of its icon type (`kml_writer` writes both, whichever KML driver GDAL has). The icons are PNGs in
`<name>_icons/` beside the .kml, written from the plugin's SVGs as white templates (white disc, black
glyph): KML multiplies the IconStyle colour into the icon, so the disc comes out in exactly the type's
colour. Not Google Earth's default pushpin: it is yellow, and yellow times the type colour turns the
blue and purple types green or near-black, so the colours would no longer match the legend; and no
remote icon URL, since the export must work offline. The folder has to travel with the .kml (the export
lists it among its files); QGIS does not need it: 3.22 never loads a KML icon image and draws each point
as a marker in its IconStyle colour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mapujpomoc_model import catalog
from mapujpomoc_model.catalog import LABEL_LANGUAGES, codes_of

from ..errors import MapujPomocError
from ..filtering.filters import AidFilter
from ..project import symbols

ICON_SIZE = 64  # px: Google Earth draws an icon at 32 px, so it stays sharp on HiDPI screens
LABEL_SCALE = 0.8


class KmlIconError(MapujPomocError, OSError):
    """An icon PNG could not be written (the path in the message; also an OSError, as file errors are)."""


def kml_colour(rgb: str, alpha: int = 255) -> str:
    """'#RRGGBB' as KML's 'aabbggrr'."""
    value = rgb.lstrip("#").lower()
    return f"{alpha:02x}{value[4:6]}{value[2:4]}{value[0:2]}"


def kml_style_id(code: str) -> str:
    return f"help-{code}"


def kml_icons_dir(out: str | Path) -> Path:
    """The folder of icon PNGs a KML export writes beside `out`."""
    out = Path(out)
    return out.with_name(f"{out.stem}_icons")


def kml_styles(codes: Iterable[str], icons_href: str) -> dict[str, tuple[str, str]]:
    """Style id -> (colour '#RRGGBB', icon URL) of the help types `codes`, their icons under `icons_href`."""
    return {kml_style_id(code): (symbols.COLOURS[code], f"{icons_href}/{code}.png") for code in codes}


def _template_svg(code: str) -> str:
    """The icon of `code` with its colours swapped for tinting: white where it has the type's colour,
    black where it is white."""
    stand_in = "#010203"
    svg = symbols.icon_svg(code, fill=stand_in)
    return re.sub("#ffffff", "#000000", svg, flags=re.IGNORECASE).replace(stand_in, "#FFFFFF")


def write_icons(folder: Path, codes: Iterable[str]) -> list[Path]:
    """One PNG (ICON_SIZE square) per help type in `folder`."""
    from qgis.PyQt.QtCore import QByteArray, Qt
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in codes:
        path = folder / f"{code}.png"
        renderer = QSvgRenderer(QByteArray(_template_svg(code).encode("utf-8")))
        image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not renderer.isValid() or not image.save(str(path), "PNG"):
            raise KmlIconError(str(path))
        written.append(path)
    return written


def remove_icons(folder: Path) -> None:
    """The icons an earlier KML export wrote (only those: the folder may hold the user's files too)."""
    if not folder.is_dir():
        return
    for code in symbols.COLOURS:
        (folder / f"{code}.png").unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


def kml_languages(lang: str) -> list[str]:
    """The languages of a KML description: the export's own, then Polish and Ukrainian."""
    return [lang] + [code for code in LABEL_LANGUAGES if code != lang]


@dataclass
class KmlStyling:
    """What a KML export adds to its placemarks: their rows (icon type, description) and the shared styles."""

    points: list[dict[str, Any]]  # rows of aid_points with "icon_type" and the KML "description"
    codes: list[str]  # the icon types in use, in catalog order: one style and one icon each
    icons: Path  # the folder of the icons

    @classmethod
    def of(cls, points: list[dict[str, Any]], flt: AidFilter | str | None, lang: str,
           out: Path) -> KmlStyling:
        wanted = flt.help_types if isinstance(flt, AidFilter) else []
        langs = kml_languages(lang)
        rows = []
        for p in points:
            codes = codes_of(p.get("help_types"))
            lines = [catalog.labels(catalog.HELP_TYPES, codes, language, ", ") for language in langs] if codes else []
            own = (p.get("description") or "").strip()
            # the help types, one line per language, then the point's own description
            text = "\n".join(lines + ([""] if lines and own else []) + ([own] if own else []))
            rows.append({**p, "description": text, "icon_type": symbols.icon_type(codes, wanted)})
        used = {r["icon_type"] for r in rows}
        codes = [c for c in catalog.codes(catalog.HELP_TYPES) if c in used and c in symbols.COLOURS]
        return cls(rows, codes, kml_icons_dir(out))

    @property
    def styles(self) -> dict[str, tuple[str, str]]:
        return kml_styles(self.codes, quote(self.icons.name))

    def style_id(self, row: dict[str, Any]) -> str | None:
        return kml_style_id(row["icon_type"]) if row["icon_type"] in self.codes else None
