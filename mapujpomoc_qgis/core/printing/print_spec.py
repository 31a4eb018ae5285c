"""What to print, and the error when it cannot be printed (docs/ARCHITECTURE.md, "Print"): the region,
the filter, the template (resources/layouts/*.qpt or any .qpt with the same item ids), the language pair,
whether to make an atlas, the public or the staff version (`filtering.privacy`), and the basemap under the
points (`core/basemaps.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..basemaps import Basemap
from ..errors import MapujPomocError
from ..filtering.filters import AidFilter
from ..i18n import tr
from ..project.symbols import resources_dir
from ..region import Region

TEMPLATES = {"a4_portrait": "a4_portrait.qpt", "a3_landscape": "a3_landscape.qpt"}
DEFAULT_TEMPLATE = "a4_portrait"
LANGUAGE_PAIRS = (("pl", "uk"), ("pl", "en"), ("uk", "en"))


class PrintError(MapujPomocError):
    """A map that cannot be printed, with what to do about it."""


@dataclass
class PrintSpec:
    """What to print."""

    region: str | Region  # a TERYT code (2, 4 or 7 digits) or a Region
    flt: AidFilter | str | None = None  # the current filter, a saved list's filter, or a subset string
    template: str = DEFAULT_TEMPLATE
    languages: tuple[str, str] = ("pl", "uk")
    atlas: bool = False  # one page per commune of the region
    title: str = ""  # default: map_texts.TEXTS["title"] in the language pair
    version: str = "public"  # "public" or "staff" (filtering.privacy); the print says which in its source line
    basemap: Basemap | None = None  # a street map under the points, its attribution printed on the map


def check_languages(langs: tuple[str, ...] | list[str] | str) -> tuple[str, str]:
    """A language pair as ("pl", "uk"); also accepts "pl+uk", "pl,uk", "pl-uk"."""
    if isinstance(langs, str):
        langs = tuple(x for x in re.split(r"[+,/ \-]", langs) if x)
    pair = tuple(langs)
    if pair not in LANGUAGE_PAIRS:
        raise PrintError(tr("The language pair must be one of: {0}.").format(
            ", ".join("+".join(p) for p in LANGUAGE_PAIRS)))
    return pair  # type: ignore[return-value]


def template_path(template: str | Path) -> Path:
    """A template's .qpt: a name from TEMPLATES or the path of any .qpt."""
    name = str(template)
    if name in TEMPLATES:
        return resources_dir() / "layouts" / TEMPLATES[name]
    path = Path(name)
    if path.suffix.lower() == ".qpt" and path.is_file():
        return path
    raise PrintError(tr("Unknown template {0}; use one of: {1}, or the path of a .qpt file.").format(
        name, ", ".join(TEMPLATES)))
