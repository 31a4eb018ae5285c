"""Other people's text made inert where it is shown: terminals, spreadsheets, HTML/XML, print.

Aid points are written by many editors and read by everyone, so a name or a description is hostile
input wherever it ends up (README, "Output safety"). Pure functions, no QGIS, so the store, the CLI
and the plugin's outputs share them:

- `neutralise_controls`: for a terminal or a log line. Control characters (C0, DEL, C1: an ESC starts
  a terminal escape sequence), line and paragraph separators, and bidirectional controls (a right-to-left
  override turns the rest of a line around) become visible escapes such as `\\x1b` and `<U+202E>`.
- `printable`: for print. Bidirectional and other control characters are removed (a line break stays).
- `spreadsheet_safe`: for CSV and XLSX cells, as OWASP advises against formula injection: a text that a
  spreadsheet would evaluate (first character `=`, `+`, `-`, `@`, tab, carriage return, line feed, NUL,
  their fullwidth and small forms, also after leading spaces) gets a leading apostrophe, which
  spreadsheets take as "this is text" and do not show. A text already starting with an apostrophe gets
  one too, so `spreadsheet_original` (drop one leading apostrophe) always gives back the original.
- `html_text`: for text inside HTML or XML that a viewer renders as HTML (KML descriptions and data in
  Google Earth): `&`, `<`, `>` as entities and characters XML 1.0 forbids replaced, so no element or
  attribute can come from the text; `html.unescape` gives back the original.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Explicit bidirectional formatting characters (Unicode TR 9): embeddings and overrides, isolates, marks.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SEPARATORS = frozenset("\u2028\u2029")  # break a line where a terminal or a layout does not expect it
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL_OR_BIDI = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS | LINE_SEPARATORS)) + "]")
_NOT_PRINTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")

FORMULA_STARTS = frozenset("=+-@\t\r\n\0")
QUOTE = "'"
_NOT_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _visible(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    if ord(ch) < 0x100:
        return f"\\x{ord(ch):02x}"
    return f"<U+{ord(ch):04X}>"


def neutralise_controls(text: object) -> str:
    """`text` (any value, as str) for a terminal: control, separator and bidi characters as visible escapes."""
    return _CONTROL_OR_BIDI.sub(_visible, str(text))


def printable(text: object) -> str:
    """`text` for print: bidirectional and control characters removed, a tab made a space, line breaks kept
    (a line or paragraph separator becomes a line break)."""
    value = str(text).replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _NOT_PRINTED.sub("", value)


def starts_a_formula(text: str) -> bool:
    """Whether a spreadsheet would take `text` as a formula (or a command) rather than as text."""
    if text[:1] in FORMULA_STARTS:
        return True
    stripped = text.lstrip()  # a spreadsheet may trim the cell before it looks at it
    first = stripped[:1]
    # fullwidth (＝＋－＠) and small (﹦﹢﹣﹫) forms normalise to the ASCII ones
    return bool(first) and (first in FORMULA_STARTS or unicodedata.normalize("NFKC", first)[:1] in FORMULA_STARTS)


def spreadsheet_safe(text: str) -> str:
    """A cell text no spreadsheet evaluates: an apostrophe before one that would start a formula (or that
    already starts with an apostrophe). `spreadsheet_original` reverses it."""
    if text and (text.startswith(QUOTE) or starts_a_formula(text)):
        return QUOTE + text
    return text


def spreadsheet_original(text: str) -> str:
    """The text `spreadsheet_safe` was given."""
    return text[1:] if text.startswith(QUOTE) else text


def xml_safe(text: str) -> str:
    """`text` with the characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/FFFF)
    replaced by U+FFFD: one such character would make the whole file unreadable."""
    return _NOT_IN_XML.sub("\ufffd", text)


def html_text(text: str) -> str:
    """`text` as HTML text content: shown as the characters it has, never as markup."""
    return html.escape(xml_safe(text), quote=False)
