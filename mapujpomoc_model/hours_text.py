"""Opening hours as a reader says them: OSM's `Mo-Fr 09:00-17:00` printed as "pon.–pt. 9:00–17:00",
"пн–пт 9:00–17:00" or "Mon–Fri 9:00–17:00" (docs/ARCHITECTURE.md, "The shared model").

Reads the subset `opening_hours` validates (its patterns decide what a rule is); a value outside it is
returned as it was, so nothing a point publishes is lost on paper. With several languages (a print's
pair), the words are given in each, once when they agree ("pon.–pt./пн–пт 9:00–17:00"); times and
numbers are written once. Pure Python: the print, the list export and anything else may use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .opening_hours import _DAYS, _MONTH, _MONTHS, _TIMES, RULE_RE, SEPARATOR_RE

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAY_NAMES = {
    "pl": ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
    "uk": ("пн", "вт", "ср", "чт", "пт", "сб", "нд"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTH_NAMES = {
    "pl": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    "uk": ("січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"),
    "en": MONTHS,
}
WORDS = {
    "24/7": {"pl": "całodobowo", "uk": "цілодобово", "en": "24/7"},
    "PH": {"pl": "święta", "uk": "свята", "en": "holidays"},
    "SH": {"pl": "ferie", "uk": "канікули", "en": "school holidays"},
    "off": {"pl": "nieczynne", "uk": "зачинено", "en": "closed"},
    "open": {"pl": "otwarte", "uk": "відчинено", "en": "open"},
    "unknown": {"pl": "godziny do ustalenia", "uk": "час уточнюється", "en": "hours to be confirmed"},
    "from": {"pl": "od {0}", "uk": "з {0}", "en": "from {0}"},
}
DASH = "–"  # an en dash between the ends of a range, as Polish and Ukrainian typography write it

_PARTS = re.compile(
    rf"^(?:(?P<months>{_MONTHS})\s+)?"
    rf"(?:(?P<days>{_DAYS})(?:\s+|$))?"
    rf"(?P<times>{_TIMES})?\s*"
    r"(?P<state>off|closed|open|unknown)?\s*"
    r'(?:"(?P<comment>[^"]*)")?$')
_TIME = re.compile(r"(\d{1,2}):(\d\d)")


def _languages(langs: str | Sequence[str]) -> list[str]:
    chosen = [langs] if isinstance(langs, str) else list(langs)
    return [lang if lang in DAY_NAMES else "en" for lang in chosen] or ["en"]


def _each(langs: list[str], word: str) -> str:
    """`word` ("off", "PH"…) in each language, once each."""
    return "/".join(dict.fromkeys(WORDS[word][lang] for lang in langs))


def _time(text: str) -> str:
    """"09:00" -> "9:00" (the hour without a leading zero)."""
    return _TIME.sub(lambda m: f"{int(m.group(1))}:{m.group(2)}", text)


def _times(text: str, langs: list[str]) -> str:
    spans = []
    for span in (s.strip() for s in text.split(",")):
        if span.endswith("+"):  # an open end: "from 9:00"
            spans.append("/".join(dict.fromkeys(WORDS["from"][lang].format(_time(span[:-1])) for lang in langs)))
        else:
            spans.append(DASH.join(_time(t) for t in span.split("-")))
    return ", ".join(spans)


def _days_in(text: str, lang: str) -> str:
    out = []
    for item in text.split(","):
        ends = item.split("-")
        out.append(DASH.join(DAY_NAMES[lang][DAYS.index(e)] if e in DAYS else WORDS[e][lang] for e in ends))
    return ", ".join(out)


def _months_in(text: str, lang: str) -> str:
    def month(m: re.Match[str]) -> str:
        return MONTH_NAMES[lang][MONTHS.index(m.group(0))]

    return re.sub(_MONTH, month, text.strip()).replace("-", DASH)


def _rule(rule: str, langs: list[str]) -> str | None:
    """One rule in words, or None when it is not one the patterns know."""
    if rule == "24/7":
        return _each(langs, "24/7")
    parts = _PARTS.match(rule)
    if not parts or not RULE_RE.match(rule):
        return None
    words = []
    if parts["months"]:
        words.append("/".join(dict.fromkeys(_months_in(parts["months"], lang) for lang in langs)))
    if parts["days"]:
        words.append("/".join(dict.fromkeys(_days_in(parts["days"], lang) for lang in langs)))
    if parts["times"]:
        words.append(_times(parts["times"], langs))
    if parts["state"]:
        words.append(_each(langs, "off" if parts["state"] == "closed" else parts["state"]))
    if parts["comment"]:
        words.append(parts["comment"].strip())
    return " ".join(w for w in words if w)


def hours_text(value: str | None, langs: str | Sequence[str] = "pl") -> str:
    """`value` (OSM opening_hours) in the words of `langs` ("pl", or a print's pair ("pl", "uk")).

    A value outside the validated subset comes back unchanged."""
    text = (value or "").strip()
    if not text:
        return ""
    chosen = _languages(langs)
    rules = [r.strip() for r in SEPARATOR_RE.split(text)]
    out = []
    for rule in rules:
        if not rule:
            continue
        words = _rule(rule, chosen)
        if words is None:
            return text
        out.append(words)
    return "; ".join(out)
