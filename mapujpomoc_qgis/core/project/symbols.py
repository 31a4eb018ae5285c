"""Default colours and icon files of the help types (pure Python).

The SVG markers in resources/icons take their background colour from QGIS's
`param(fill)`, so a style may recolour them; COLOURS is the default each help
type gets in styles, legends and exports so they all agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

COLOURS: dict[str, str] = {
    "accommodation": "#3949ab",
    "food": "#2e7d32",
    "material": "#795548",
    "financial": "#c79100",
    "legal": "#4a148c",
    "psychological": "#ec407a",
    "medical": "#d32f2f",
    "information": "#0097a7",
    "translation": "#9c27b0",
    "education": "#ef6c00",
    "childcare": "#7cb342",
    "employment": "#37474f",
    "transport": "#827717",
    "disability": "#0277bd",
    "social_welfare": "#78909c",
    "reception": "#880e4f",
    "integration": "#00796b",
}

# Icons that are not help types: the plugin's own and its toolbar actions.
UI_ICONS = ("mapujpomoc", "sync", "settings")

_PACKAGE_DIR = Path(__file__).resolve().parents[2]  # the plugin folder (core/project/ is two below)
# The plugin zip copies resources/ into the plugin folder; a source checkout keeps it beside the package.
_RESOURCE_CANDIDATES = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")

_PARAM_RE = re.compile(r"param\((?P<name>[a-z-]+)\)\s*(?P<default>[^\"']*)")


def resources_dir() -> Path:
    """The resources/ folder of the installed plugin, else of the source tree."""
    for candidate in _RESOURCE_CANDIDATES:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("no resources/icons folder in " + " or ".join(map(str, _RESOURCE_CANDIDATES)))


def icon_path(code: str) -> Path:
    """SVG file of a help type code (or of one of UI_ICONS)."""
    if code not in COLOURS and code not in UI_ICONS:
        raise KeyError(f"no icon for {code!r}")
    path = resources_dir() / "icons" / f"{code}.svg"
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def icon_svg(code: str, fill: str | None = None) -> str:
    """The icon's SVG with QGIS's `param(...)` placeholders resolved.

    Qt's own SVG renderer (QIcon, QSvgRenderer) does not understand QGIS's
    parameters, so widgets that show the icon outside a symbol need this.
    """
    colours = {"fill": fill or COLOURS.get(code)}

    def resolve(m: re.Match[str]) -> str:
        return colours.get(m.group("name")) or m.group("default").strip() or "1"

    return _PARAM_RE.sub(resolve, icon_path(code).read_text(encoding="utf-8"))


def icon_type(codes: list[str], wanted: Iterable[str] = ()) -> str:
    """The help type whose icon marks a point: the first one the filter asks for, else the first one
    (the rule of the printed map)."""
    wanted = set(wanted)
    for code in codes:
        if code in wanted:
            return code
    return codes[0] if codes else ""
