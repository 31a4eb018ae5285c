"""The filter dock's list PDF (core/export/list_pdf.py), read back as its reader gets it: pdftotext for the
words and the page numbers, pdftotext -bbox for where each word stands and how tall it is."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from mapujpomoc_model import catalog
from mapujpomoc_model.hours_text import hours_text
from mapujpomoc_qgis.core.export import list_export

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                                reason="needs poppler-utils (pdfinfo, pdftotext)")

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PT_PER_MM = 72 / 25.4
# DejaVu Sans's ascent + descent is 1.164 em: poppler's word box of 8 pt type is 9.3 pt tall
MIN_BOX = 8.0 * 1.164 - 0.05


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(out)]


@pytest.fixture(scope="module")
def rows(synced_workcopy: Any) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(synced_workcopy.path)) as conn:
        fids = [f for (f,) in conn.execute("SELECT fid FROM aid_points ORDER BY fid")]
        listed = list_export.points(conn, fids, "staff")
    assert len(listed) > 60  # more than a page
    return listed


def test_a_list_to_read_at_arms_length(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    pdf = list_export.write_pdf(tmp_path / "lista.pdf", "Punkty pomocy – Olsztyn", rows)
    count = pages(pdf)
    assert count > 1
    whole = ""
    numbers: list[int] = []
    for page in range(1, count + 1):
        text = page_text(pdf, page)
        whole += " " + text
        # page numbers in both languages; the headings on every page
        assert f"Strona {page} z {count}" in text and f"Сторінка {page} з {count}" in text
        if page == 1:
            assert "Wersja dla pracowników / Версія для працівників" in text
        for heading in ("Nazwa", "Назва", "Adres", "Адреса", "Telefon", "Телефон", "Godziny otwarcia",
                        "Години роботи", "Rodzaje pomocy", "Види допомоги"):
            assert heading in text, (page, heading)
        placed = words(pdf, page)
        # every word at least 8 pt: the type a reader holds at arm's length
        assert min(w[3] - w[1] for w in placed) >= MIN_BOX, sorted(placed, key=lambda w: w[3] - w[1])[:3]
        # the first column numbers the rows
        head = max(w[3] for w in placed if w[4] in ("Nr", "Назва"))  # the heading row's foot
        numbers += [int(w[4]) for w in placed if w[4].isdigit() and w[1] > head
                    and w[2] < (12 + 273 * 0.04) * PT_PER_MM]
    # one row per point, in the list's order
    assert numbers == list(range(1, len(rows) + 1))
    solid = "".join(whole.split())  # a cell wraps its lines where it must
    for p in rows:
        assert "".join(p["name"].split()) in solid
        for code in p["help_types"]:
            assert "".join(catalog.label(catalog.HELP_TYPES, code, "uk").split()) in solid
        if p.get("opening_hours"):
            assert "".join(hours_text(p["opening_hours"], ("pl", "uk")).split()) in solid
    assert not re.search(r"\b(?:Mo|Tu|We|Th|Fr|Sa|Su)-(?:Mo|Tu|We|Th|Fr|Sa|Su)\b", whole)  # no OSM syntax


def test_the_chosen_languages(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    pdf = list_export.write_pdf(tmp_path / "список.pdf", "Пункти допомоги", rows[:5], ("uk", "en"))
    text = page_text(pdf, 1)
    assert pages(pdf) == 1 and "Сторінка 1 з 1 · Page 1 of 1" in text
    assert "Назва" in text and "Name" in text and "Години роботи" in text and "Opening hours" in text
    assert "Nazwa" not in text and "Strona" not in text
    with_hours = next(p for p in rows[:5] if p.get("opening_hours"))
    assert "".join(hours_text(with_hours["opening_hours"], ("uk", "en")).split()) in "".join(text.split())
