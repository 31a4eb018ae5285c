"""Opening hours in the reader's words (mapujpomoc_model/hours_text.py): what print and list export show."""

from __future__ import annotations

import pytest

from mapujpomoc_model.hours_text import hours_text
from mapujpomoc_model.opening_hours import opening_hours_problem


@pytest.mark.parametrize(("value", "pl", "uk", "en"), [
    ("Mo-Fr 09:00-17:00", "pon.–pt. 9:00–17:00", "пн–пт 9:00–17:00", "Mon–Fri 9:00–17:00"),
    ("Mo-Fr 08:00-16:00; Sa 10:00-14:00; PH off", "pon.–pt. 8:00–16:00; sob. 10:00–14:00; święta nieczynne",
     "пн–пт 8:00–16:00; сб 10:00–14:00; свята зачинено", "Mon–Fri 8:00–16:00; Sat 10:00–14:00; holidays closed"),
    ("24/7", "całodobowo", "цілодобово", "24/7"),
    ("Mo,We,Fr 10:00-15:00", "pon., śr., pt. 10:00–15:00", "пн, ср, пт 10:00–15:00", "Mon, Wed, Fri 10:00–15:00"),
    ("Tu 08:00-12:00,13:00-16:00", "wt. 8:00–12:00, 13:00–16:00", "вт 8:00–12:00, 13:00–16:00",
     "Tue 8:00–12:00, 13:00–16:00"),
    ("Su closed", "niedz. nieczynne", "нд зачинено", "Sun closed"),
    ("Jun-Aug Mo-Fr 08:00-12:00", "cze–sie pon.–pt. 8:00–12:00", "черв–серп пн–пт 8:00–12:00",
     "Jun–Aug Mon–Fri 8:00–12:00"),
    ("Mo-Fr 08:00+", "pon.–pt. od 8:00", "пн–пт з 8:00", "Mon–Fri from 8:00"),
    ("Th 18:00-26:00", "czw. 18:00–26:00", "чт 18:00–26:00", "Thu 18:00–26:00"),
    ('Sa 10:00-12:00 "po umówieniu"', "sob. 10:00–12:00 po umówieniu", "сб 10:00–12:00 po umówieniu",
     "Sat 10:00–12:00 po umówieniu"),
])
def test_each_language(value: str, pl: str, uk: str, en: str) -> None:
    assert opening_hours_problem(value) is None  # only what the store accepts is printed this way
    assert (hours_text(value, "pl"), hours_text(value, "uk"), hours_text(value, "en")) == (pl, uk, en)
    assert "Mo" not in hours_text(value, "uk") and "Fr" not in hours_text(value, "pl")


def test_a_pair_names_the_days_in_both_and_the_times_once() -> None:
    assert hours_text("Mo-Fr 09:00-17:00", ("pl", "uk")) == "pon.–pt./пн–пт 9:00–17:00"
    assert hours_text("Mo-Fr 09:00-17:00; Sa 10:00-14:00", ("pl", "en")) == \
        "pon.–pt./Mon–Fri 9:00–17:00; sob./Sat 10:00–14:00"
    assert hours_text("24/7", ("uk", "en")) == "цілодобово/24/7"
    assert hours_text("Mo-Fr 09:00-17:00", ("pl", "pl")) == "pon.–pt. 9:00–17:00"


@pytest.mark.parametrize("value", ["sunrise-sunset", "Mo-Fr 9-17", "Mo[1] 10:00-12:00", "po umówieniu"])
def test_what_it_does_not_know_is_printed_as_it_is(value: str) -> None:
    assert hours_text(value, ("pl", "uk")) == value


def test_empty_and_unknown_language() -> None:
    assert hours_text(None, "pl") == hours_text("  ", "uk") == ""
    assert hours_text("Mo 10:00-12:00", "de") == "Mon 10:00–12:00"  # English for a language it has no words in
