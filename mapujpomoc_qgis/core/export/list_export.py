"""A list of points as a CSV table or a printable PDF (name, address, phone, hours, help types PL + UK).

Like every export, the public version by default (`filtering.privacy`: staff-only points left out,
approximate ones without street, house number and postcode), saying which version it is; CSV cells a
spreadsheet would evaluate get a leading apostrophe and the PDF's texts lose bidirectional controls
(README, "Output safety").
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mapujpomoc_model import catalog
from mapujpomoc_model.text_safety import spreadsheet_safe

from ..filtering import privacy

COLUMNS = ("name", "organization", "street", "house_number", "postcode", "city", "phone", "email", "website",
           "opening_hours", "help_types", "visibility")


def points(conn: sqlite3.Connection, fids: Iterable[int], version: str = privacy.PUBLIC) -> list[dict[str, Any]]:
    """The listed points, sorted by city and name, as the public or the staff `version` shows them."""
    version = privacy.check_version(version)
    ids = [int(f) for f in fids]
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        chunk = ids[start:start + 900]
        cur = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM aid_points WHERE fid IN "
                           f"({', '.join('?' * len(chunk))})", chunk)
        for row in cur.fetchall():
            item = dict(zip(COLUMNS, row))
            item["help_types"] = json.loads(item["help_types"]) if item["help_types"] else []
            visibility = privacy.visibility_of(item)
            if version == privacy.PUBLIC and visibility != "public":
                if visibility != "approximate":
                    continue
                item.update(dict.fromkeys(privacy.HIDDEN_ADDRESS))
            item["version"] = version
            out.append(item)
    return sorted(out, key=lambda p: ((p["city"] or "").casefold(), (p["name"] or "").casefold()))


def address(p: dict[str, Any]) -> str:
    street = " ".join(x for x in (p.get("street"), p.get("house_number")) if x)
    place = " ".join(x for x in (p.get("postcode"), p.get("city")) if x)
    return ", ".join(x for x in (street, place) if x)


def write_csv(path: str | Path, rows: list[dict[str, Any]]) -> Path:
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets spreadsheet programs see UTF-8
        writer = csv.writer(fh)
        writer.writerow(["name", "organization", "address", "phone", "email", "website", "opening_hours",
                         "help_types", "help_types_pl", "help_types_uk", "export_version"])
        for p in rows:
            cells = [p["name"], p["organization"] or "", address(p), p["phone"] or "", p["email"] or "",
                     p["website"] or "", p["opening_hours"] or "", ";".join(p["help_types"]),
                     catalog.labels(catalog.HELP_TYPES, p["help_types"], "pl", "; "),
                     catalog.labels(catalog.HELP_TYPES, p["help_types"], "uk", "; "), p.get("version") or ""]
            writer.writerow([spreadsheet_safe(str(c or "")) for c in cells])
    return path


def list_html(title: str, rows: list[dict[str, Any]], languages: tuple[str, ...] = ("pl", "uk")) -> str:
    """The list PDF's HTML (export/list_pdf.py)."""
    from .list_pdf import list_html as html_of

    return html_of(title, rows, languages)


def write_pdf(path: str | Path, title: str, rows: list[dict[str, Any]],
              languages: tuple[str, ...] = ("pl", "uk")) -> Path:
    """An A4 PDF of the list to read at arm's length, headings in `languages` (export/list_pdf.py)."""
    from .list_pdf import write_pdf as write

    return write(path, title, rows, languages)
