"""The third step of a print: the layout to one PDF, text kept as text so it can be searched
(docs/ARCHITECTURE.md, "Print").

An atlas is written one sheet per commune: `atlas_pages.AtlasPages` plans each page so its table fits
(a shorter map, smaller type, then a shortened list with a note), and `FittedAtlas` lays each page out
by its plan while QGIS's layout exporter draws it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeedback, QgsLayoutExporter, QgsLayoutItemMap, QgsPrintLayout, QgsRenderContext

from ..errors import Cancelled
from ..i18n import tr
from ..progress import checkpoint
from . import print_table
from .atlas_pages import AtlasPages, FittedAtlas, PagePlan
from .layout_builder import LANGUAGES_PROPERTY
from .map_texts import TEXTS
from .print_spec import PrintError, check_languages
from .scaled_feedback import ScaledFeedback


@dataclass
class Pdf:
    pages: int
    shortened: list[PagePlan] = field(default_factory=list)  # atlas pages listing only part of their points


def _pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText  # searchable, and pdftotext can read it
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.dpi = 300
    return settings


def count_pdf_pages(path: str | Path) -> int:
    """Pages of a PDF, from the /Count of its (last written) page tree."""
    data = Path(path).read_bytes()
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)
    return int(next(a or b for a, b in reversed(counts))) if counts else 0


def _shortened_note(layout: QgsPrintLayout) -> Callable[[PagePlan], str]:
    """The note under a shortened list, in the layout's language pair."""
    langs = check_languages(str(layout.customProperty(LANGUAGES_PROPERTY, "pl+uk")))
    has_map = isinstance(layout.itemById("map"), QgsLayoutItemMap)
    return lambda plan: " ".join(
        TEXTS["shortened"][lang].format(listed=plan.listed, points=plan.points, code=plan.code,
                                        map=TEXTS["all_on_map"][lang] if has_map else "")
        for lang in dict.fromkeys(langs))


def _export_atlas(layout: QgsPrintLayout, out: Path, settings: QgsLayoutExporter.PdfExportSettings,
                  feedback: QgsFeedback | None) -> tuple[int, str, list[PagePlan]]:
    """(exporter's result, its error, the shortened pages) of an atlas written one sheet per page."""
    if layout.atlas().updateFeatures() == 0:
        raise PrintError(tr("The region has no communes to make atlas pages of."))
    pages = AtlasPages(layout, _shortened_note(layout)) if print_table.points_table(layout) else None
    shortened: list[PagePlan] = []
    try:
        if pages is not None:
            plans = pages.plan(ScaledFeedback(feedback, 0, 25))
            checkpoint(feedback, cancelled=tr("Printing cancelled."))
            shortened = [p for p in plans if p.shortened]
        iterator = FittedAtlas(pages) if pages is not None else layout.atlas()
        result, error = QgsLayoutExporter.exportToPdf(iterator, str(out), settings, ScaledFeedback(feedback, 25, 75))
        if isinstance(iterator, FittedAtlas) and iterator.error is not None:
            out.unlink(missing_ok=True)
            raise iterator.error
    finally:
        if pages is not None:
            pages.restore()
    return result, error, shortened


def export_pdf(layout: QgsPrintLayout, out: str | Path, atlas: bool = False,
               feedback: QgsFeedback | None = None) -> Pdf:
    """Write `layout` (with `atlas`: one sheet per atlas page, each fitted to it) to one PDF."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    settings = _pdf_settings()
    shortened: list[PagePlan] = []
    if atlas:
        result, error, shortened = _export_atlas(layout, out, settings, feedback)
    else:
        result = QgsLayoutExporter(layout).exportToPdf(str(out), settings)
        error = ""
    if result == QgsLayoutExporter.ExportResult.Canceled or (feedback is not None and feedback.isCanceled()):
        if out.exists():
            out.unlink()
        raise Cancelled(tr("Printing cancelled."))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise PrintError(tr("QGIS could not write the PDF {0}: {1}").format(out, error or result))
    return Pdf(count_pdf_pages(out), shortened)
