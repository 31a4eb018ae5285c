"""CSV files as their makers save them: any delimiter, UTF-8 (with or without BOM), UTF-16, Windows-1250
or ISO-8859-2 (Polish Excel saves Windows-1250 with semicolons). Encoding and delimiter are sniffed when
not given. Pure Python.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..i18n import tr
from . import ImportingError
from .table import SourceTable, unique_headers

DELIMITERS = ";,\t|"
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
SNIFF_CHARS = 64 * 1024


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used) of a file's bytes."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportingError(tr("The file cannot be read as {0}: {1}").format(encoding, exc)) from exc
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # one byte per letter: Windows-1250 or ISO-8859-2 put Polish letters at different codes; the one that
    # gives more Polish letters is the one the file was written in
    best = ("", "", -1)
    for name in ("cp1250", "iso-8859-2"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        # one byte per letter: the bytes of Polish letters are as many as the letters in the text
        score = len(data.translate(None, _other_bytes(name)))
        if score > best[2]:
            best = (text, name, score)
    if best[2] < 0:
        raise ImportingError(tr("The file's encoding is not recognised; save it as UTF-8 and try again."))
    return best[0], best[1]


@cache
def _other_bytes(encoding: str) -> bytes:
    """The bytes an 8-bit encoding writes anything but Polish letters as."""
    return bytes(b for b in range(256) if bytes([b]).decode(encoding, errors="ignore") not in POLISH_LETTERS)


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the candidate found the same number of times on the first lines (the
    most often when several are), else what `csv.Sniffer` says (slow, and confused by quoted text)."""
    lines = [ln for ln in text[:SNIFF_CHARS].splitlines()[:20] if ln.strip()]
    if len(lines) > 1 and '"' not in "".join(lines):
        steady = [d for d in DELIMITERS if lines[0].count(d) > 0
                  and all(ln.count(d) == lines[0].count(d) for ln in lines)]
        if steady:
            return max(steady, key=lambda d: lines[0].count(d))
    try:
        return csv.Sniffer().sniff(text[:SNIFF_CHARS // 4], delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    if not lines:
        return ","
    counts = {d: [ln.count(d) for ln in lines] for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (min(counts[d]) > 0, counts[d][0] if counts[d] else 0))


def read_csv(path: str | Path, encoding: str | None = None, delimiter: str | None = None,
             on_headers: Callable[[list[str]], None] | None = None) -> SourceTable:
    """A CSV file as a table; the first non-empty row is the header. `on_headers` hears the headers before
    the other rows are read (an import starts reading the map then)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportingError(tr("Cannot read {0}: {1}").format(path, exc)) from exc
    text, used = decode(data, encoding)
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    for r in reader:  # the first row that is not empty
        first = list(map(str.strip, r))
        if any(first):
            break
    else:
        raise ImportingError(tr("{0} has no rows.").format(path.name))
    headers = unique_headers(first)
    if on_headers is not None:
        on_headers(headers)
    rows = [list(map(str.strip, r)) for r in reader]
    rows = [r for r in rows if any(r)]  # empty rows left out
    return SourceTable(path.stem, headers, rows, encoding=used, delimiter=delim)
