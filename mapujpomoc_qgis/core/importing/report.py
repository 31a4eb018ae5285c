"""The import report: one CSV line per row with what was done and why (created, updated, merged, skipped,
refused). Cells quote other people's text, so each is made inert for spreadsheets
(`mapujpomoc_model.text_safety.spreadsheet_safe`). Written to a temporary name, renamed when complete.
Pure Python.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from mapujpomoc_model.text_safety import spreadsheet_safe

HEADER = ("row", "outcome", "status", "name", "uuid", "matched_uuid", "matched_name", "match", "metres",
          "location", "changed_fields", "reason")


def report_rows(rows: list[Any]) -> list[list[str]]:
    """The report's lines for the planned (and applied) rows."""
    out = []
    for r in rows:
        known = r.match.known if r.match else None
        on_map = known is not None and not known.uid.startswith("row:")
        fields = sorted(r.changes) if r.outcome == "updated" else sorted(r.merge_fields) if r.outcome == "merged" else []
        out.append([str(r.row), r.outcome or r.action, r.status, r.name, r.uuid,
                    known.uid if on_map else "", known.name if known else "",
                    r.match.why if r.match and known else "",
                    f"{r.match.metres:.0f}" if r.match and r.match.metres is not None and known else "",
                    ("to check" if r.located and r.located.to_check else (r.located.how if r.located else "")),
                    ", ".join(fields), "; ".join(r.reasons)])
    return out


def write_report(rows: list[Any], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    try:
        with part.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM: Excel opens it as UTF-8
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for line in report_rows(rows):
                writer.writerow([spreadsheet_safe(c) for c in line])
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path
