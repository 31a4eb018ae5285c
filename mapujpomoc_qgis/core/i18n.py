"""Translation helpers.

All plugin strings go through `tr()` in one Qt context, so a single pair of
.ts files (i18n/mapujpomoc_pl.ts, i18n/mapujpomoc_uk.ts) covers the plugin.
pylupdate5 files bare `tr("...")` calls under `@default`; scripts/i18n.py moves
them to CONTEXT.

Pure capabilities (sync, the road-graph search) call `tr()` too; without QGIS (the unit tier, a
machine without QGIS running the sync CLI) it returns the English source with its plurals settled.
The `mapujpomoc` command line has no QGIS interface language: it picks one with `use_language`
(its --language, else the locale of LC_ALL, LC_MESSAGES or LANG, as `command_line_language` reads
them) and translates from the same compiled catalogues the plugin installs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QLocale
except ImportError:  # no QGIS: English only
    QgsSettings = QCoreApplication = QLocale = None  # type: ignore[assignment,misc]

CONTEXT = "MapujPomoc"
SUPPORTED = ("pl", "uk", "en")
QM_DIR = Path(__file__).resolve().parents[1] / "i18n"  # mapujpomoc_<lang>.qm, compiled by scripts/i18n.py
_CHOSEN: dict[str, Any] = {}  # the command line's language ("language") and its catalogue ("translator")


_ENGLISH_PLURAL = re.compile(r"y\(ies\)|\(s\)")


def tr(message: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`message` translated into the QGIS UI language (the source text when untranslated).

    With a count `n` (pass it positionally: pylupdate5 marks only those messages as plural), the
    catalogs give Polish and Ukrainian their plural forms; the English source's "point(s)" and
    "boundary(ies)" are settled here, as there is no English catalog.
    """
    translator = _CHOSEN.get("translator")
    if translator is not None:  # the command line's own catalogue, which needs no QCoreApplication
        text = translator.translate(CONTEXT, message, disambiguation, n) or message
    elif QCoreApplication is None:
        text = message
    else:
        text = QCoreApplication.translate(CONTEXT, message, disambiguation, n)
    if n < 0:
        return text
    text = text.replace("%n", str(n))  # QCoreApplication.translate does this, a QTranslator or no Qt does not
    return _ENGLISH_PLURAL.sub(lambda m: ("y" if n == 1 else "ies") if m.group(0).startswith("y")
                               else ("" if n == 1 else "s"), text)


def ui_locale() -> str:
    """The QGIS UI locale, e.g. 'pl_PL'.

    QGIS writes locale/userLocale at start-up even without an override, so
    plugins follow the interface language rather than the system one.
    """
    if "language" in _CHOSEN:
        return str(_CHOSEN["language"])
    if QgsSettings is None:
        return "en"
    value = QgsSettings().value("locale/userLocale", "", type=str)
    return value or QLocale().name()


def current_language() -> str:
    """'pl', 'uk' or 'en': the language to pick catalog labels in."""
    lang = ui_locale()[:2].lower()
    return lang if lang in SUPPORTED else "en"


def command_line_language(environ: dict[str, str] | None = None) -> str:
    """'pl', 'uk' or 'en' from the locale variables, in POSIX order (LC_ALL, LC_MESSAGES, LANG): the
    language a terminal user has chosen; English for C, POSIX and languages without a translation."""
    env = os.environ if environ is None else environ
    value = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    lang = value[:2].lower()
    return lang if lang in SUPPORTED else "en"


@contextmanager
def language_of_command(lang: str) -> Iterator[str]:
    """`use_language(lang)` for one command, then the choice before it back: `cli.main` called inside
    QGIS (its Python console, Processing, a test) must not leave the plugin speaking the terminal's language."""
    before = dict(_CHOSEN)
    try:
        yield use_language(lang)
    finally:
        _CHOSEN.clear()
        _CHOSEN.update(before)


def use_language(lang: str) -> str:
    """Speak `lang` ('pl', 'uk', 'en' or a locale such as 'pl_PL.UTF-8') from now on, whatever the QGIS
    settings say: the command line's choice. Loads the compiled catalogue the plugin ships; returns the
    language in use ('en' when there is no catalogue or no Qt to read it)."""
    code = lang[:2].lower() if lang[:2].lower() in SUPPORTED else "en"
    _CHOSEN.clear()
    qm = QM_DIR / f"mapujpomoc_{code}.qm"
    if code != "en" and QCoreApplication is not None and qm.is_file():
        from qgis.PyQt.QtCore import QTranslator

        translator = QTranslator()
        if translator.load(str(qm)):
            _CHOSEN["translator"] = translator
        else:
            code = "en"
    elif code != "en":
        code = "en"
    _CHOSEN["language"] = code
    return code
