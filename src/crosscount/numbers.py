"""Quantity phrases: numerals, number words and vague quantities as intervals.

``parse_quantity("two dozen") == Interval(24, 24)``; qualifiers ("at least",
"more than", ...) are applied by :func:`apply_qualifier`. Number words go
through text2num; the idioms it does not know ("a dozen", "dozens", "a
pair of", "several") are data in :data:`VAGUE` and :data:`IDIOMS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

#: Cardinal words text2num understands (the regex alternation is built from these).
UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ("hundred", "thousand")

#: Idioms with an exact value. ``a dozen`` is 12, ``a pair of`` is 2.
IDIOMS: dict[str, int] = {
    "a dozen": 12,
    "a single": 1,
    "a pair of": 2,
    "a couple of": 2,
    "a couple": 2,
    "half a dozen": 6,
    "half a million": 500_000,
    "both": 2,
}

#: Vague quantities as (low, high) following GOLD_SCHEMA conventions.
VAGUE: dict[str, tuple[int, int | None]] = {
    "several": (2, None),
    "multiple": (2, None),
    "numerous": (2, None),
    "a number of": (2, None),
    "a small number of": (2, None),
    "a relatively small number of": (2, None),
    "a few": (2, None),
    "a handful of": (2, 5),
    "several dozen": (24, None),  # dozens, by the same convention
    "a few dozen": (24, None),
    "dozens": (24, None),
    "dozens of": (24, None),
    "tens": (20, None),
    "tens of": (20, None),
    "scores of": (40, None),
    "hundreds": (200, None),
    "hundreds of": (200, None),
    "thousands": (2000, None),
    "thousands of": (2000, None),
    # "tens" is 20.. (GOLD_SCHEMA), so "tens of thousands" is 20,000..
    "tens of thousands": (20000, None),
    "tens of thousands of": (20000, None),
    "hundreds of thousands": (200000, None),
    "hundreds of thousands of": (200000, None),
}

_WORD = "|".join(sorted(UNITS + TENS + list(SCALES), key=len, reverse=True))
#: A run of cardinal words: "one hundred and nine", "twenty-five".
#: Never across a blank line: "the toll to four\n\nThree civilians" is two numbers.
WORD_NUMBER = rf"(?:{_WORD})(?:(?:(?=[\s-])[ \t]*-?[ \t]*\n?[ \t]*|\s+and\s+)(?:{_WORD}))*"
#: A numeral: 7, 1,500, 2.5 is not a count (decimal part rejected by callers).
DIGIT_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of counts; ``None`` means unbounded above."""

    low: int
    high: int | None


def word_value(phrase: str) -> int | None:
    """Value of a run of number words, or None when text2num rejects it.

    >>> word_value("one hundred and nine"), word_value("Twenty-Five")
    (109, 25)
    """
    cleaned = re.sub(r"[\s-]+", " ", phrase.strip().lower())
    try:
        return int(text2num(cleaned, "en"))
    except ValueError:
        return None


def parse_quantity(phrase: str) -> Interval | None:
    """Interval for a bare quantity phrase (no qualifier).

    >>> parse_quantity("1,500"), parse_quantity("two dozen"), parse_quantity("several")
    (Interval(low=1500, high=1500), Interval(low=24, high=24), Interval(low=2, high=None))
    >>> parse_quantity("34 or more"), parse_quantity("20+"), parse_quantity("30 or so")
    (Interval(low=34, high=None), Interval(low=20, high=None), Interval(low=30, high=30))
    """
    p = re.sub(r"\s+", " ", phrase.strip().lower())
    if p in VAGUE:
        return Interval(*VAGUE[p])
    if p in IDIOMS:
        return Interval(IDIOMS[p], IDIOMS[p])
    if p in ("a", "an", "one", "another", "single", "the last"):
        return Interval(1, 1)
    if p in ("no", "none", "zero", "nobody", "no one", "none of the"):
        return Interval(0, 0)
    if m := re.fullmatch(r"(.+?)(?: or (more|so)|\+|-plus)", p):
        # "34 or more" is at least 34; "30 or so" is about 30, a point (GOLD_SCHEMA)
        base = parse_quantity(m.group(1))
        return base if base is None or m.group(2) == "so" else Interval(base.low, None)
    m = re.fullmatch(r"(.+?) dozen", p)
    if m:
        base = parse_quantity(m.group(1))
        return Interval(base.low * 12, base.low * 12) if base and base.high == base.low else None
    if re.fullmatch(DIGIT_NUMBER, p):
        n = int(p.replace(",", ""))
        return Interval(n, n)
    n = word_value(p)
    return Interval(n, n) if n is not None else None


#: Qualifier phrase -> how it turns a value n into an interval.
#: "more than a dozen" is 13..None; "up to five" 0..5; "fewer than five" 0..4.
QUALIFIERS: dict[str, str] = {
    "at least": "min",
    "atleast": "min",  # typos wire copy lets through: "atleast 25", "at last 25 others injured"
    "at last": "min",
    "no fewer than": "min",
    "no less than": "min",
    "not less than": "min",
    "not fewer than": "min",
    "a minimum of": "min",
    "more than": "above",
    "over": "above",
    "upwards of": "above",
    "in excess of": "above",
    "tops": "above",
    "topped": "above",
    "exceeded": "above",
    "up to": "max",
    "as many as": "max",
    "at most": "max",
    "no more than": "max",
    "not more than": "max",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "some": "approx",
    "nearly": "approx",
    "almost": "approx",
    "close to": "approx",
    "a total of": "exact",
    "exactly": "exact",
    "just": "exact",
    "only": "exact",
}


def apply_qualifier(qualifier: str | None, value: Interval) -> Interval:
    """Widen a quantity by its qualifier, following GOLD_SCHEMA conventions.

    >>> apply_qualifier("more than", Interval(12, 12))
    Interval(low=13, high=None)
    >>> apply_qualifier("up to", Interval(5, 5))
    Interval(low=0, high=5)
    """
    kind = QUALIFIERS.get((qualifier or "").lower().strip(), "exact")
    top = value.high if value.high is not None else value.low
    if kind == "min":
        return Interval(value.low, None)
    if kind == "above":
        return Interval(top + 1, None)
    if kind == "max":
        return Interval(0, top)
    if kind == "below":
        return Interval(0, max(top - 1, 0))
    return value
