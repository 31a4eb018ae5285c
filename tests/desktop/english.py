"""Which texts on screen are the plugin's English sources left untranslated.

The English side is every message of the translation catalogues (i18n/*.ts) plus every string literal the
plugin passes to tr() (a message the catalogues do not have yet is English on screen too) plus the
catalog's English labels. A text shown in a Polish or Ukrainian QGIS is English when it is one of those
messages (a message with placeholders or a count matches with anything in their place) and is not what
that message is in the language's catalogue. A short allow-list keeps proper names and format names.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "mapujpomoc_qgis"

# names that are the same in every language: the product, programs, formats, standards
ALLOWED = {"Mapuj Pomoc", "QGIS", "OpenStreetMap", "GeoPackage", "GeoJSON", "CSV", "XLSX", "KML", "PDF", "TERYT",
           "OSM", "WMS", "WMTS", "EPSG:2180", "EPSG:4326", "PUWG 1992", "E-mail", "Email", "OK", "URL", "km/h",
           "Basic", "http://", "https://"}
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d+")
MIN_LETTERS = 6  # a pattern needs this many letters of its own, or it would match anything


@dataclass(frozen=True)
class Message:
    source: str
    translations: tuple[str, ...]  # every form the language's catalogue has for it (empty: none)


def _ts_messages(lang: str) -> dict[str, tuple[str, ...]]:
    path = ROOT / "i18n" / f"mapujpomoc_{lang}.ts"
    out: dict[str, tuple[str, ...]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms: tuple[str, ...] = ()
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
            numerus = [f.text or "" for f in translation.iter("numerusform")]
            forms = tuple(f for f in (numerus or [translation.text or ""]) if f)
        out[source] = forms
    return out


def _tr_literals() -> set[str]:
    """The first argument of every tr("...") call in the plugin's source."""
    found = set()
    for path in PLUGIN.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def _catalog_english() -> dict[str, str]:
    """English label -> its label in each language, for the model's catalog (help types, languages...)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from mapujpomoc_model import catalog

    out = {}
    for name in dir(catalog):
        entries = getattr(catalog, name)
        if isinstance(entries, tuple) and entries and isinstance(entries[0], catalog.Entry):
            for entry in entries:
                out[entry.label("en")] = entry
    return out


@cache
def messages(lang: str) -> list[Message]:
    ts = _ts_messages(lang)
    out = [Message(src, ts.get(src, ())) for src in sorted(set(ts) | _tr_literals())]
    for english, entry in _catalog_english().items():
        out.append(Message(english, (entry.label(lang),)))
    return out


def _pattern(source: str) -> re.Pattern[str] | None:
    parts = PLACEHOLDER.split(source)
    if len(parts) == 1:
        return None
    if sum(ch.isalpha() for part in parts for ch in part) < MIN_LETTERS:
        return None
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


@cache
def _matchers(lang: str) -> tuple[dict[str, Message], list[tuple[re.Pattern[str], Message]]]:
    exact, patterns = {}, []
    for m in messages(lang):
        if len(m.source.strip()) < 2 or m.source in ALLOWED:
            continue
        exact[m.source.strip()] = m
        pattern = _pattern(m.source)
        if pattern is not None:
            patterns.append((pattern, m))
    return exact, patterns


def _translated(text: str, message: Message) -> bool:
    """Whether `text` is what the catalogue makes of `message` (same words as the source: a name)."""
    for form in message.translations:
        if form.strip() == text:
            return True
        pattern = _pattern(form)
        if pattern is not None and pattern.match(text):
            return True
    return False


def english_texts(texts: list[str], lang: str, data: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The texts among `texts` that are untranslated English messages of the plugin (`data`: texts that
    are the window's data, e.g. user names, whatever messages they resemble)."""
    exact, patterns = _matchers(lang)
    found = []
    for text in texts:
        text = text.strip()
        if not text or text in ALLOWED or text in data:
            continue
        candidates = [exact[text]] if text in exact else [m for p, m in patterns if p.match(text)]
        if candidates and not any(_translated(text, m) for m in candidates):
            found.append(text)
    return sorted(set(found))


def plain(text: str) -> list[str]:
    """A message bar's or log's text (HTML-escaped, <br/> between lines): whole, and line by line."""
    import html

    text = html.unescape(re.sub(r"<br\s*/?>", "\n", text))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [text.strip(), *lines] if len(lines) > 1 else lines
