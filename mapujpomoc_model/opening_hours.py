"""A validator for the common part of OSM's `opening_hours` syntax.

Covers what help points actually publish: `24/7`, weekday and month
selectors, public/school holidays, time spans, `off`/`closed`, comments.
Rules are separated by `;` or `||`. Exotic parts (sunrise, week numbers,
nth weekday) are reported as not understood rather than silently accepted.

The rule is stated as a handful of patterns (`RULE_RE`, `EMPTY_RULE_RE`,
`EMPTY_SPAN_RE`, `LATE_START_RE`) that the store's check below and the
attribute form's QGIS expression (`form_rules`) both apply, so they agree.
They are written for Python's `re` and PCRE (QGIS's `regexp_match`) alike.
"""

from __future__ import annotations

import re

from .messages import field_message

_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
_DAYS = rf"(?:{_DAY}(?:-{_DAY})?|PH|SH)(?:,(?:{_DAY}(?:-{_DAY})?|PH|SH))*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTHS = rf"{_MONTH}(?: \d{{1,2}})?(?:-{_MONTH}(?: \d{{1,2}})?|-\d{{1,2}})?(?:,{_MONTH}(?:-{_MONTH})?)*"
_TIME = r"(?:[0-3]\d|4[0-8]):[0-5]\d"  # OSM allows spans past midnight up to 48:00
_SPAN = rf"{_TIME}(?:-{_TIME}|\+)?"
_TIMES = rf"{_SPAN}(?:,\s?{_SPAN})*"
_BODY = (
    rf"(?:(?:{_MONTHS})\s+)?"
    rf"(?:(?:{_DAYS})(?:\s+|$))?"
    rf"(?:{_TIMES})?\s*"
    r"(?:off|closed|open|unknown)?\s*"
    r'(?:"[^"]*")?'
)
SEPARATOR_RE = re.compile(r";|\|\|")
# one rule, stripped of surrounding blanks (an empty rule is caught by EMPTY_RULE_RE)
RULE_RE = re.compile(rf"^(?:24/7|{_BODY})$")
# a rule with nothing in it before a separator; one trailing separator is tolerated by OSM tools
EMPTY_RULE_RE = re.compile(r"(?:^|;|\|\|)\s*(?:;|\|\|)")
EMPTY_SPAN_RE = re.compile(rf"(?<![0-9:])({_TIME})-\1(?![0-9])")
# a span may end after midnight (26:00), not start there
LATE_START_RE = re.compile(rf"(?<![0-9:])(?:2[4-9]|3[0-9]|4[0-8]):[0-5][0-9]-{_TIME}")


def opening_hours_problem(value: str) -> str | None:
    """Why `value` is not valid opening hours (in English), or None."""
    issue = opening_hours_issue(value)
    return None if issue is None else field_message(*issue)


def opening_hours_issue(value: str) -> tuple[str, dict[str, str]] | None:
    """Why `value` is not valid opening hours, as (code, params) of `mapujpomoc_model.messages`, or None."""
    text = value.strip()
    if not text or EMPTY_RULE_RE.search(text):
        return "hours_empty_rule", {"value": value}
    for rule in (r.strip() for r in SEPARATOR_RE.split(text)):
        if rule and not RULE_RE.match(rule):
            return "hours_syntax", {"rule": rule}
    span = EMPTY_SPAN_RE.search(text)
    if span:
        return "hours_empty_span", {"span": span.group(0)}
    late = LATE_START_RE.search(text)
    if late:
        return "hours_bad_time", {"time": late.group(0).split("-")[0]}
    return None
