"""Settling main-attack dates across a corpus of similar articles."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from crosscount.corpus_dates import settle_incident_dates

D = dt.date
EMBASSY = "Five rockets fell on the international zone and one struck the embassy dining facility on {day}, the security media cell said."
EMBASSY_B = "Rockets hit the embassy dining facility in the international zone on {day}; the security media cell reported five rockets."
OTHER = "A drone struck Erbil airport on {day}, wounding a contractor, Kurdish counter-terrorism officials said."
OTHER_B = "Kurdish counter-terrorism officials said a drone hit near Erbil airport on {day}, and a contractor was wounded."


def row(doc_id, text, *, published=None, date=None, basis="unknown", weekday=None):
    return {"doc_id": doc_id, "text": text, "published": published, "incident_date": date,
            "incident_date_basis": basis, "incident_date_evidence": None, "incident_date_note": None, "weekday": weekday}


def settle(rows):
    schema = {"doc_id": pl.String, "text": pl.String, "published": pl.Date, "incident_date": pl.Date,
              "incident_date_basis": pl.String, "incident_date_evidence": pl.String,
              "incident_date_note": pl.String, "weekday": pl.String}
    out = settle_incident_dates(pl.DataFrame(rows, schema=schema))
    assert "weekday" not in out.columns
    return {r["doc_id"]: r for r in out.iter_rows(named=True)}


def background(n):
    """Unrelated articles, so that word rarity means something."""
    return [row(f"bg{i}", f"Parliament debated the {w} budget and the {v} reform in session {i}.")
            for i, (w, v) in enumerate([("water", "pension"), ("school", "tax"), ("health", "land")][:n])]


@pytest.mark.parametrize(("weekday", "published", "expected", "basis"), [
    ("sunday", None, D(2020, 1, 26), "corpus"),  # the weekday fits: borrowed
    ("friday", None, None, None),  # it does not: never forced
    # The date would be after the article's own publication: its publication date is the guess.
    (None, D(2020, 1, 20), D(2020, 1, 20), "published"),
    (None, D(2020, 1, 27), D(2020, 1, 26), "corpus"),
    ("friday", D(2020, 1, 20), None, None),  # 2020-01-20 is a Monday: not even the publication date fits
])
def test_undated_article_borrows_a_date_that_fits(weekday, published, expected, basis):
    got = settle([
        row("dated", EMBASSY.format(day="Sunday"), published=D(2020, 1, 26), date=D(2020, 1, 26), basis="weekday", weekday="sunday"),
        row("undated", EMBASSY_B.format(day=(weekday or "").title()), published=published, weekday=weekday),
        row("erbil", OTHER.format(day="Monday"), published=D(2021, 2, 16), date=D(2021, 2, 15), basis="weekday", weekday="monday"),
        *background(3),
    ])
    assert got["undated"]["incident_date"] == expected
    assert got["undated"]["incident_date_basis"] == (basis or "unknown")
    if basis == "corpus":
        assert "dated" in got["undated"]["incident_date_evidence"]
    if basis == "published":
        assert "guess" in got["undated"]["incident_date_note"]


def test_unrelated_article_is_never_dated_from_another_attack():
    got = settle([
        row("dated", EMBASSY.format(day="Sunday"), published=D(2020, 1, 26), date=D(2020, 1, 26), basis="weekday", weekday="sunday"),
        row("erbil", OTHER.format(day="Sunday"), weekday="sunday"),
        *background(3),
    ])
    assert got["erbil"]["incident_date"] is None


def test_repost_page_date_is_overruled_by_two_agreeing_reports():
    got = settle([
        row("a", EMBASSY.format(day="Sunday"), published=D(2020, 1, 26), date=D(2020, 1, 26), basis="weekday", weekday="sunday"),
        row("b", EMBASSY_B.format(day="Sunday"), published=D(2020, 1, 27), date=D(2020, 1, 26), basis="explicit", weekday="sunday"),
        row("repost", EMBASSY.format(day="Sunday") + " Reposted.", published=D(2020, 2, 20), date=D(2020, 2, 16), basis="weekday", weekday="sunday"),
        *background(3),
    ])
    r = got["repost"]
    assert (r["incident_date"], r["incident_date_basis"]) == (D(2020, 1, 26), "corpus")
    assert "2020-02-16" in r["incident_date_note"]  # what was overruled is recorded
    assert got["a"]["incident_date_basis"] == "weekday"  # agreeing articles keep their own


def test_explicit_date_a_week_apart_is_not_overruled():
    got = settle([
        row("a", EMBASSY.format(day="Sunday"), published=D(2020, 1, 26), date=D(2020, 1, 26), basis="weekday", weekday="sunday"),
        row("b", EMBASSY_B.format(day="Sunday"), published=D(2020, 1, 27), date=D(2020, 1, 26), basis="weekday", weekday="sunday"),
        row("c", EMBASSY.format(day="Feb. 2"), published=D(2020, 2, 3), date=D(2020, 2, 2), basis="explicit"),
        *background(3),
    ])
    assert got["c"]["incident_date"] == D(2020, 2, 2)


def test_one_day_apart_is_read_as_a_time_zone():
    got = settle([
        row("a", OTHER.format(day="Monday"), published=D(2021, 2, 16), date=D(2021, 2, 15), basis="weekday", weekday="monday"),
        row("b", OTHER_B.format(day="Monday"), published=D(2021, 2, 16), date=D(2021, 2, 15), basis="weekday", weekday="monday"),
        row("us", OTHER.format(day="Feb. 14") + " Pentagon time.", published=D(2021, 2, 15), date=D(2021, 2, 14), basis="explicit"),
        *background(3),
    ])
    assert got["us"]["incident_date"] == D(2021, 2, 15)
    assert "time-zone" in got["us"]["incident_date_note"]


def test_no_borrowing_when_a_contradicting_article_is_more_similar():
    # Reports on one embassy over the years read alike: the closest one names
    # another weekday, so similarity here is the topic, not the attack.
    got = settle([
        row("dated", EMBASSY.format(day="Friday"), published=D(2023, 12, 8), date=D(2023, 12, 8), basis="weekday", weekday="friday"),
        row("closest", EMBASSY_B.format(day="Sunday") + " Militias were blamed.", weekday="sunday"),
        row("undated", EMBASSY_B.format(day="Friday") + " Militias were blamed.", weekday="friday"),
        *background(3),
    ])
    assert got["undated"]["incident_date"] is None
