from __future__ import annotations

import pytest

from crosscount.numbers import Interval, apply_qualifier, parse_quantity


@pytest.mark.parametrize(("text", "expected"), [
    ("eight", (8, 8)), ("30", (30, 30)), ("1,500", (1500, 1500)), ("twenty-five", (25, 25)),
    ("one hundred and nine", (109, 109)), ("a dozen", (12, 12)), ("two dozen", (24, 24)),
    ("a pair of", (2, 2)), ("several", (2, None)), ("multiple", (2, None)), ("a number of", (2, None)),
    ("dozens", (24, None)), ("tens", (20, None)), ("hundreds", (200, None)), ("no", (0, 0)),
])
def test_parse_quantity(text, expected):
    assert parse_quantity(text) == Interval(*expected)


def test_parse_quantity_rejects_words():
    assert parse_quantity("rockets") is None


@pytest.mark.parametrize(("qualifier", "value", "expected"), [
    ("at least", 3, (3, None)), ("more than", 12, (13, None)), ("over", 40, (41, None)),
    ("tops", 100, (101, None)), ("up to", 5, (0, 5)), ("fewer than", 5, (0, 4)),
    ("about", 15, (15, 15)), ("nearly", 100, (100, 100)), ("some", 900, (900, 900)), (None, 4, (4, 4)),
])
def test_apply_qualifier(qualifier, value, expected):
    assert apply_qualifier(qualifier, Interval(value, value)) == Interval(*expected)


def test_less_than_a_handful():
    assert apply_qualifier("less than", parse_quantity("a handful of")) == Interval(0, 4)
