"""Query parameters of OGC API - Features Part 1 read as the standard says: `datetime`, `bbox`, unknown names.

Every mistake is a 400 problem naming the parameter, never a silently wider or empty answer (a client such
as GDAL or QGIS does not re-check what the server returns).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from ..problems import Problem

Box = tuple[float, float, float, float]

# RFC 3339 date-time (lower-case t/z allowed, as RFC 3339 says), or a full date alone
# (GDAL 3.6 writes a date as "2025-06-01T": read as the date)
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?|T)?$")
_OPEN = ("..", "")
# QGIS 3.22's OAPIF provider writes an open start as the year 0 (which Python's datetime cannot hold)
_YEAR_ZERO = "0000-"
_MS = dt.timedelta(milliseconds=1)


def stored_instant(t: dt.datetime) -> str:
    """`t` written the way the store writes `updated_at` (auth.now_iso): UTC, milliseconds, "Z". All stored
    values share this fixed width, so comparing the text compares the instants."""
    return t.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_instant(text: str) -> tuple[dt.datetime, dt.timedelta]:
    """(the instant, its precision: a day for a date, a second or a millisecond for a time)."""
    m = _DATE_TIME.match(text)
    if not m:
        raise ValueError(text)
    day, clock, fraction, zone = m.groups()
    if clock is None:
        return dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC), dt.timedelta(days=1)
    zone = "+00:00" if zone in (None, "Z", "z") else zone  # no offset: read as UTC rather than refused
    fraction = (fraction or "")[:7]  # Python reads at most microseconds
    t = dt.datetime.fromisoformat(f"{day}T{clock}{fraction}{zone}")
    return t, (_MS if fraction else dt.timedelta(seconds=1))


def parse_instant(text: str) -> tuple[dt.datetime, dt.timedelta]:
    """An RFC 3339 date-time or date (also GDAL's "2025-06-01T") as (the instant, its precision); ValueError
    when it is neither."""
    return _parse_instant(text)


def parse_datetime(value: str) -> tuple[str | None, str | None]:
    """The `datetime` parameter as (from, until): stored-format texts with `from <= t < until`, None for an
    open end. An instant matches everything within its precision (a date: that day); an interval's end is
    inclusive (a date: to the end of that day). Intervals are "start/end", either end open as ".." or empty."""
    try:
        if "/" not in value:
            t, precision = _parse_instant(value)
            return stored_instant(t), stored_instant(t + precision)
        if value.count("/") != 1:
            raise ValueError(value)
        start, end = value.split("/")
        if start == end == "":
            raise ValueError(value)  # "/" alone says nothing
        lo = None if start in _OPEN or start.startswith(_YEAR_ZERO) else _parse_instant(start)[0]
        hi = None
        if end not in _OPEN:
            t, precision = _parse_instant(end)
            hi = t + (precision if precision == dt.timedelta(days=1) else _MS)  # inclusive end, stored to the ms
    except (ValueError, OverflowError):
        raise Problem(400, None, "invalid-parameter", code="bad-datetime", params={"value": value}) from None
    if lo is not None and hi is not None and lo >= hi:
        raise Problem(400, None, "invalid-parameter", code="datetime-reversed", params={"value": value})
    return (stored_instant(lo) if lo else None), (stored_instant(hi) if hi else None)


def parse_bbox(value: str, lon_lat: bool = True) -> list[Box]:
    """The `bbox` parameter (4 numbers, or 6 with heights, which a 2D store ignores) as one box, or two
    when it crosses the antimeridian (minLon > maxLon, OGC API - Features Part 1, 7.15.3).
    `lon_lat` False: coordinates in metres (a projected bbox-crs), no wrapping, no range checks."""
    try:
        numbers = [float(v) for v in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) not in (4, 6) or not all(math.isfinite(n) for n in numbers):
        raise Problem(400, None, "invalid-parameter", code="bbox-not-numbers", params={"value": value})
    if len(numbers) == 6:
        numbers = [numbers[0], numbers[1], numbers[3], numbers[4]]
    x0, y0, x1, y1 = numbers
    if y0 > y1:
        raise Problem(400, None, "invalid-parameter", code="bbox-y-reversed", params={"value": value})
    if not lon_lat:
        if x0 > x1:
            raise Problem(400, None, "invalid-parameter", code="bbox-x-reversed", params={"value": value})
        return [(x0, y0, x1, y1)]
    if not (-90 <= y0 <= 90 and -90 <= y1 <= 90 and -180 <= x0 <= 180 and -180 <= x1 <= 180):
        raise Problem(400, None, "invalid-parameter", code="bbox-out-of-range", params={"value": value})
    if x0 > x1:  # across the antimeridian: east of minLon and west of maxLon
        return [(x0, y0, 180.0, y1), (-180.0, y0, x1, y1)]
    return [(x0, y0, x1, y1)]


def refuse_unknown(given: Iterable[str], known: Iterable[str], where: str) -> None:
    """A 400 naming every parameter the endpoint does not know: a misspelt filter must not widen the answer."""
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise Problem(400, None, "invalid-parameter", unknown=unknown, code="unknown-parameters",
                      params={"unknown": unknown, "where": where, "known": sorted(known)})
