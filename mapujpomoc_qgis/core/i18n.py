"""Translation helpers.

All plugin strings go through `tr()` in one Qt context, so a single pair of
.ts files (i18n/mapujpomoc_pl.ts, i18n/mapujpomoc_uk.ts) covers the plugin.
pylupdate5 files bare `tr("...")` calls under `@default`; scripts/i18n.py moves
them to CONTEXT.

Pure capabilities (sync, the road-graph search) call `tr()` too; without QGIS (the unit tier, a
machine without QGIS running the sync CLI) it returns the English source with its plurals settled.
"""

from __future__ import annotations

import re

try:
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QLocale
except ImportError:  # no QGIS: English only
    QgsSettings = QCoreApplication = QLocale = None  # type: ignore[assignment,misc]

CONTEXT = "MapujPomoc"
SUPPORTED = ("pl", "uk", "en")


_ENGLISH_PLURAL = re.compile(r"y\(ies\)|\(s\)")


def tr(message: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`message` translated into the QGIS UI language (the source text when untranslated).

    With a count `n` (pass it positionally: pylupdate5 marks only those messages as plural), the
    catalogs give Polish and Ukrainian their plural forms; the English source's "point(s)" and
    "boundary(ies)" are settled here, as there is no English catalog.
    """
    text = message if QCoreApplication is None else QCoreApplication.translate(CONTEXT, message, disambiguation, n)
    if n < 0:
        return text
    return _ENGLISH_PLURAL.sub(lambda m: ("y" if n == 1 else "ies") if m.group(0).startswith("y")
                               else ("" if n == 1 else "s"), text)


def ui_locale() -> str:
    """The QGIS UI locale, e.g. 'pl_PL'.

    QGIS writes locale/userLocale at start-up even without an override, so
    plugins follow the interface language rather than the system one.
    """
    if QgsSettings is None:
        return "en"
    value = QgsSettings().value("locale/userLocale", "", type=str)
    return value or QLocale().name()


def current_language() -> str:
    """'pl', 'uk' or 'en': the language to pick catalog labels in."""
    lang = ui_locale()[:2].lower()
    return lang if lang in SUPPORTED else "en"
