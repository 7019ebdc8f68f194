from __future__ import annotations

import datetime as dt

import pytest

from crosscount.dates import infer_published, resolve_incident_date, resolve_weekday


@pytest.mark.parametrize(("day", "published", "expected"), [
    ("thursday", dt.date(2022, 1, 14), dt.date(2022, 1, 13)),
    ("friday", dt.date(2022, 1, 14), dt.date(2022, 1, 14)),  # same weekday = same day
    ("Sunday", dt.date(2020, 12, 21), dt.date(2020, 12, 20)),
])
def test_resolve_weekday(day, published, expected):
    assert resolve_weekday(day, published) == expected


def test_dateline_without_year_takes_year_from_weekday():
    text = "Title\n\nBASRA, Mar 6 (Reuters) - Three rockets hit a base on Wednesday morning.\n"
    guess, outlet = infer_published(text, today=dt.date(2026, 11, 22))
    assert outlet == "Reuters"
    assert guess.date is not None and guess.date.weekday() == 2 and (guess.date.month, guess.date.day) == (3, 6)
    assert guess.basis == "text"


def test_page_date_line():
    guess, _ = infer_published(" date 2021-02-16\nRockets hit Erbil.")
    assert guess.date == dt.date(2021, 2, 16)


@pytest.mark.parametrize(("sentence", "published", "expected", "basis"), [
    ("Rockets struck the base late Monday night.", dt.date(2021, 2, 16), dt.date(2021, 2, 15), "weekday"),
    ("In the early hours of Friday, rockets hit the zone.", dt.date(2020, 1, 4), dt.date(2020, 1, 3), "weekday"),
    ("Rockets hit the embassy on Jan. 26, 2020.", None, dt.date(2020, 1, 26), "explicit"),
    ("Rockets hit the embassy on Sunday.", None, None, "unknown"),
])
def test_resolve_incident_date(sentence, published, expected, basis):
    got = resolve_incident_date(sentence, published, [sentence])
    assert (got.date, got.basis) == (expected, basis)


def test_weekday_that_does_not_fit_is_recorded():
    s = "The rockets hit on Friday, Jan. 26, 2020."
    got = resolve_incident_date(s, None, [s])
    assert got.date == dt.date(2020, 1, 26)
    assert got.note and "Friday" in got.note
