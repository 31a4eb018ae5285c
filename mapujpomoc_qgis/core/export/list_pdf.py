"""The filter dock's list of points as a PDF to read at arm's length (docs/ARCHITECTURE.md, "Export").

A4 landscape (six columns at reading size need its width), body text BODY_PT (never under 8 pt), one table row per point: number, name and
organisation, address, phone, opening hours in the readers' words (`mapujpomoc_model.hours_text`),
help types, with the column headings in each language of the chosen pair and repeated on every page;
under each page "Strona 2 z 5 · Сторінка 2 з 5". The line under the title (how many points, as of when,
which version) is in the UI language of whoever made the list, the version also in the pair. Laid out by QTextDocument on the PDF
writer itself, so the point sizes are the printed ones, and paged here so each page gets its number.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from mapujpomoc_model import catalog
from mapujpomoc_model.hours_text import hours_text
from mapujpomoc_model.text_safety import printable

from ..filtering import privacy
from ..i18n import tr
from ..printing.map_texts import TEXTS
from .list_export import address

BODY_PT = 9.0
TITLE_PT = 14.0
FOOTER_PT = 8.0
MARGIN_MM = 12.0
FOOTER_MM = 8.0  # below the table, for the page number
FONT = "DejaVu Sans"  # has Polish and Ukrainian letters, and is installed wherever QGIS is
# (key of map_texts.TEXTS, share of the width)
COLUMNS = (("nr", 4), ("name", 26), ("address", 18), ("phone", 12), ("hours", 16), ("types", 24))


def _e(text: str | None) -> str:
    """Other people's text: escaped, and without the controls that turn words around."""
    return html.escape(printable(text or ""))


def _heading(key: str, langs: tuple[str, ...]) -> str:
    words = dict.fromkeys(TEXTS[key].get(lang, TEXTS[key]["en"]) for lang in langs)
    return "<br/>".join(_e(w) for w in words)


def list_html(title: str, rows: list[dict[str, Any]], languages: tuple[str, ...] = ("pl", "uk")) -> str:
    versions = sorted({p["version"] for p in rows if p.get("version")})
    counted = tr("%n point(s), as of {0}", None, len(rows)).format(dt.date.today().isoformat())
    if versions:
        counted += " · " + ", ".join(privacy.version_label(v) for v in versions)
    langs = tuple(dict.fromkeys(languages))
    # which version it is, for its readers too ("Wersja publiczna / Публічна версія")
    which = "; ".join(" / ".join(dict.fromkeys(TEXTS[v].get(lang, TEXTS[v]["en"]) for lang in langs))
                      for v in versions)
    heads = "".join(f"<th width='{share}%' align='left'>{_heading(key, langs[:1] if key == 'nr' else langs)}</th>"
                    for key, share in COLUMNS)
    body = []
    for nr, p in enumerate(rows, start=1):
        types = "<br/>".join(f"<i>{_e(catalog.labels(catalog.HELP_TYPES, p['help_types'], lang))}</i>" if i else
                             _e(catalog.labels(catalog.HELP_TYPES, p["help_types"], lang))
                             for i, lang in enumerate(langs))
        org = f"<br/>{_e(p['organization'])}" if p.get("organization") else ""
        body.append(f"<tr><td align='center'>{nr}</td><td><b>{_e(p['name'])}</b>{org}</td><td>{_e(address(p))}</td>"
                    f"<td style='white-space: nowrap'>{_e(p.get('phone'))}</td><td>{_e(hours_text(p.get('opening_hours'), langs))}</td>"
                    f"<td>{types}</td></tr>")
    return (f"<html><body style='font-family: \"{FONT}\"; font-size: {BODY_PT}pt'>"
            f"<p style='font-size: {TITLE_PT}pt; font-weight: bold'>{_e(title)}</p>"
            f"<p>{_e(counted)}</p>" + (f"<p><b>{_e(which)}</b></p>" if which else "") +
            "<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse'>"
            f"<thead><tr>{heads}</tr></thead>{''.join(body)}</table></body></html>")


def write_pdf(path: str | Path, title: str, rows: list[dict[str, Any]],
              languages: tuple[str, ...] = ("pl", "uk")) -> Path:
    """An A4 PDF of the list (Qt's PDF writer: works headless, embeds the fonts)."""
    from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from qgis.PyQt.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(printable(title))
    writer.setCreator("Mapuj Pomoc")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # point sizes in the writer's resolution: printed as given
    font = QFont(FONT)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(list_html(title, rows, languages))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = FOOTER_MM / 25.4 * writer.resolution()
    page = QSizeF(area.width(), area.height() - footer)
    doc.setPageSize(page)
    pages = doc.pageCount()
    langs = tuple(dict.fromkeys(languages))
    painter = QPainter(writer)
    try:
        small = QFont(FONT)
        small.setPointSizeF(FOOTER_PT)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            painter.setFont(small)
            numbers = " · ".join(TEXTS["page"].get(lang, TEXTS["page"]["en"]).format(page=index + 1, pages=pages)
                                 for lang in langs)
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, numbers)
    finally:
        painter.end()
    return path

