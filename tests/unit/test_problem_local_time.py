"""A store time inside a refusal (a revoked or expired token) is shown in the user's local time, as the
history shows it, not as the store's UTC text (core/connection/problem_text.py)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from mapujpomoc_qgis.core.connection.problem_text import local_time, problem_text


@pytest.fixture
def warsaw() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Warsaw"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize("lang", ["pl", "uk", "en"])
def test_a_revoked_token_names_the_local_time(warsaw, lang):
    doc = {"code": "token-revoked", "params": {"user": "ed_olsztyn", "at": "2026-12-05T00:39:25.832Z"},
           "detail": "The token of user 'ed_olsztyn' was revoked on 2026-12-05T00:39:25.832Z."}
    text = problem_text(doc, lang) or ""
    assert "2026-12-05 01:39" in text  # December: UTC+1 in Warsaw
    assert "T00:39" not in text and "ed_olsztyn" in text


def test_summer_time_and_other_values(warsaw):
    assert local_time("2026-07-01T10:00:00Z") == "2026-07-01 12:00"  # CEST, UTC+2
    assert local_time("2026-07-01") == "2026-07-01"  # a date is no moment
    assert local_time("ed_olsztyn") == "ed_olsztyn" and local_time(7) == 7
