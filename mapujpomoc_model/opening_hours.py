"""A validator for the common part of OSM's `opening_hours` syntax.

Covers what help points actually publish: `24/7`, weekday and month
selectors, public/school holidays, time spans, `off`/`closed`, comments.
Rules are separated by `;` or `||`. Exotic parts (sunrise, week numbers,
nth weekday) are reported as not understood rather than silently accepted.
"""

from __future__ import annotations

import re

_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
_DAYS = rf"(?:{_DAY}(?:-{_DAY})?|PH|SH)(?:,(?:{_DAY}(?:-{_DAY})?|PH|SH))*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTHS = rf"{_MONTH}(?: \d{{1,2}})?(?:-{_MONTH}(?: \d{{1,2}})?|-\d{{1,2}})?(?:,{_MONTH}(?:-{_MONTH})?)*"
_TIME = r"(?:[0-3]\d|4[0-8]):[0-5]\d"  # OSM allows spans past midnight up to 48:00
_SPAN = rf"{_TIME}(?:-{_TIME}|\+)?"
_TIMES = rf"{_SPAN}(?:,\s?{_SPAN})*"
_RULE = re.compile(
    rf"^(?:(?P<months>{_MONTHS})\s+)?"
    rf"(?:(?P<days>{_DAYS})(?:\s+|$))?"
    rf"(?P<times>{_TIMES})?\s*"
    r"(?P<modifier>off|closed|open|unknown)?\s*"
    r'(?P<comment>"[^"]*")?$'
)
_SPAN_RE = re.compile(rf"({_TIME})-({_TIME})")


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def opening_hours_problem(value: str) -> str | None:
    """Why `value` is not valid opening hours, or None."""
    text = value.strip()
    if text == "24/7":
        return None
    rules = [r.strip() for r in re.split(r";|\|\|", text)]
    for rule in rules:
        if not rule:
            if rule is rules[-1] and len(rules) > 1:
                continue  # a trailing ';' is tolerated by OSM tools
            return f"'{value}' has an empty rule"
        if rule == "24/7":
            continue
        m = _RULE.match(rule)
        if not m or not any(m.groupdict().values()):
            return (f"'{rule}' is not understood as opening hours "
                    "(OSM syntax, e.g. 'Mo-Fr 08:00-16:00; Sa 10:00-14:00')")
        for start, end in _SPAN_RE.findall(m.group("times") or ""):
            if _minutes(end) == _minutes(start):
                return f"'{start}-{end}' is an empty time span"
            if _minutes(start) >= 24 * 60:
                return f"'{start}' is not a time of day"
    return None
