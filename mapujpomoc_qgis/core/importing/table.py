"""What every reader gives: a table of text cells, and the rows' points when the source is a layer. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter


@dataclass
class SourceTable:
    """Rows of text cells under `headers`; `points[i]` is row i's (x, y) in `crs` for a point layer."""

    name: str
    headers: list[str]
    rows: list[list[str]]
    points: list[tuple[float, float] | None] | None = None
    crs: str = ""  # authid (or WKT) of `points`
    encoding: str = ""  # what a CSV was read as, for the user to check
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)

    def cells(self, index: int) -> dict[str, str]:
        """Row `index` as header -> cell text."""
        row = self.rows[index]
        if len(row) < len(self.headers):
            row = row + [""] * (len(self.headers) - len(row))
        return dict(zip(self.headers, row))

    def column(self, header: str) -> list[str]:
        """The cells of one column, in row order ('' where a row is short, and for an unknown header)."""
        if header not in self.headers:
            return [""] * len(self.rows)
        i = self.headers.index(header)
        if min(map(len, self.rows), default=0) > i:
            return list(map(itemgetter(i), self.rows))
        return [r[i] if i < len(r) else "" for r in self.rows]

    def distinct(self, header: str) -> list[str]:
        """The distinct non-empty cells of one column, in the order they first appear."""
        if header not in self.headers:
            return []
        i = self.headers.index(header)
        return list(dict.fromkeys(r[i].strip() for r in self.rows if i < len(r) and r[i].strip()))


def unique_headers(headers: list[str]) -> list[str]:
    """Header names stripped, empty ones named by position, repeated ones numbered ("Telefon (2)")."""
    out: list[str] = []
    for i, h in enumerate(headers):
        name = (h or "").strip() or f"column {i + 1}"
        base, n = name, 2
        while name in out:
            name = f"{base} ({n})"
            n += 1
        out.append(name)
    return out
