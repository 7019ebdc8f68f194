"""Dates: publication date from the text, and the main attack's date.

Explicit dates ("Jan. 26, 2020", "Dec 8") are parsed by dateparser;
weekdays ("Thursday night", "early hours of Friday") are resolved by plain
arithmetic against the publication date, because dateparser sends a weekday
equal to the base's weekday a week back, while news uses "Thursday" on a
Thursday for the same day.

>>> import datetime as dt
>>> resolve_weekday("thursday", dt.date(2022, 1, 14))
datetime.date(2022, 1, 13)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import dateparser

from crosscount import rules as R

_I = re.IGNORECASE
WEEKDAYS = R.WEEKDAYS
MONTHS = R.MONTHS
#: A weekday or a month: every WEEKDAY_EXPR and EXPLICIT_DATE match holds one as a word.
DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS.split("|"))
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

#: Dateline: "BAGHDAD, Dec 8 (Reuters) –", "WASHINGTON, Feb. 10 (UPI) --".
DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Z .'/-]{{2,40}}(?:,\s+[A-Z][\w .'-]{{2,30}})?),?\s+(?P<date>(?:{MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*\((?P<outlet>[A-Za-z][\w .&-]{{1,30}})\)",
    re.MULTILINE | _I,
)
#: A page-store date line: " date 2020-01-04".
DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b", re.MULTILINE)
#: A printed date near the top: "January 26, 2020", "26 January 2020", "Published: Jan. 26, 2020".
PRINTED_DATE = re.compile(
    rf"(?<![\w])(?P<date>(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)|(?:\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+(?:19|20)\d\d))",
    _I,
)
#: A machine date on a short line near the top: "Posted on 2023-10-17 by admin",
#: "2023-10-17T14:02:00Z" (a page's time stamp, not a date in the story).
ISO_DATE = re.compile(r"^[^\n]{0,40}?(?<![\w-])(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)(?=$|[\s,|.;)]|T\d)[^\n]{0,40}$", re.MULTILINE)
#: A sentence opening on its day: "On Sunday, ...", "Late on Monday night, ...", "On Jan. 4, ...".
OPENS_ON_A_DAY = (
    rf"^\W*(?:(?:early|late)\s+)?on\s+(?:(?:{'|'.join(WEEKDAYS)})(?:\s+(?:night|morning|evening|afternoon))?"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}})\b"
)
#: Expressions that date the attack relative to publication.
WEEKDAY_EXPR = re.compile(
    rf"\b(?:(?:on|late|early|early\s+on|late\s+on|in\s+the\s+early\s+hours\s+of|overnight|since|last)\s+)?(?P<day>{'|'.join(WEEKDAYS)})(?:['’]s)?(?:\s+(?:night|morning|evening|afternoon))?\b",
    _I,
)
#: A date in figures, day and month either way round, with its year: "26-10-2023",
#: "26/10/2023", "26.10.2023", "10/26/2023". Not ISO "2023-10-26": in news copy
#: that is a page's time stamp (see ISO_DATE), not the date of an attack.
NUMERIC_DATE = r"(?<![\d/.-])(?P<fa>\d{1,2})(?P<sep>[-/.])(?P<fb>\d{1,2})(?P=sep)(?P<fyear>(?:19|20)\d\d)(?![\d/-]|\.\d)"
EXPLICIT_DATE = re.compile(
    rf"\b(?:on\s+)?(?P<date>(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})(?:,?\s+(?:19|20)\d\d)?|{NUMERIC_DATE})\b",
    _I,
)
#: In every EXPLICIT_DATE match: a cheap test before the costly pattern.
_MONTH_WORD = re.compile(R.trie(MONTHS.split("|")), _I)
_NUMERIC_DATE = re.compile(NUMERIC_DATE)
#: A page's time stamp in figures on a short line near the top: "14:32 09.08.2025",
#: "Modified: 17/02/2021 - 05:10" (a clock time or a label tells it from a date in the story).
STAMP_DATE = re.compile(rf"^[^\n]{{0,40}}?{NUMERIC_DATE}[^\n]{{0,60}}$", re.MULTILINE)
_STAMP_MARK = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:published|updated|modified|posted)\b", _I)


_YEAR_AFTER_SEPARATOR = re.compile(r"[-/.](?:19|20)\d\d")  # in every NUMERIC_DATE, found five times faster


def numeric_date_offsets(text: str) -> list[int]:
    """Where dates in figures stand ("26-10-2023"): text scans for day words miss them."""
    if _YEAR_AFTER_SEPARATOR.search(text) is None:
        return []
    return [m.start() for m in _NUMERIC_DATE.finditer(text)]


def _may_name_date(sentence: str) -> bool:
    """Whether ``sentence`` may hold an EXPLICIT_DATE match (cheap tests first)."""
    return _DIGIT.search(sentence) is not None and (
        _MONTH_WORD.search(sentence) is not None or _NUMERIC_DATE.search(sentence) is not None)
CAPTION = re.compile(r"\b(?:photo|picture|image|file|taken|pictured|shows|seen)\b", _I)
RELATIVE = re.compile(r"\b(?P<rel>today|tonight|this\s+(?:morning|evening|afternoon)|yesterday|last\s+night|overnight)\b", _I)
_RELATIVE_WORDS = ("today", "tonight", "this", "yesterday", "last", "overnight")  # one is in every RELATIVE match
#: Words one of which every expression that dates an attack holds.
DATING_WORDS = DAY_WORDS | frozenset(_RELATIVE_WORDS)
_DIGIT = re.compile(r"\d")  # in every PRINTED_DATE and EXPLICIT_DATE match


@dataclass(frozen=True, slots=True)
class DateGuess:
    date: dt.date | None
    basis: str  # manifest | text | unknown (published) / expression kind (incident)
    evidence: str | None = None
    note: str | None = None


#: The shapes the date patterns above capture: "Jan. 8, 2020", "8 January", "March 1st".
_SIMPLE_DATE = re.compile(
    rf"(?:(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTHS})\.?)"
    rf"(?:,?\s*(?P<year>(?:19|20)\d\d))?",
    _I,
)
_MONTH_NO = {m[:3]: i for i, m in enumerate(MONTHS.split("|")[:12], start=1)}
_SEPT = re.compile(r"\bSept\b", _I)


#: How far past its base a date without a year may fall in the base's year: an
#: update's "Dec. 15" on a page dated Dec. 14 (US time, the attack's local date).
AHEAD_OF_BASE = dt.timedelta(days=2)


def parse_date(s: str, *, base: dt.date | None = None) -> dt.date | None:
    """Parse one explicit date string; a missing year comes from ``base``
    (the latest such date up to :data:`AHEAD_OF_BASE` after it).

    The plain shapes the patterns here capture are read directly, as
    dateparser reads them (tests/test_dates.py compares the two) but without
    its cost of a millisecond or more a call; anything else goes to dateparser.
    """
    if f := _NUMERIC_DATE.fullmatch(s.strip()):
        return _date_in_figures(f, base)
    m = _SIMPLE_DATE.fullmatch(s.strip())
    if m and (m["year"] or base):
        month = _MONTH_NO[(m["m1"] or m["m2"]).lower()[:3]]
        day = int(m["d1"] or m["d2"])
        try:
            if m["year"]:
                return dt.date(int(m["year"]), month, day)
            d = dt.date(base.year, month, day)
            return d if d <= base + AHEAD_OF_BASE else dt.date(base.year - 1, month, day)
        except ValueError:
            pass  # "Feb 29" in a common year and the like: dateparser decides
    return _dateparser(s, base)


def _date_in_figures(m: re.Match[str], base: dt.date | None) -> dt.date | None:
    """"26-10-2023" (day first), "10/26/2023" (month first, US): a part above 12 is
    the day, and with dots ("09.08.2025") the first always is; when both could be,
    the reading nearest before ``base`` (none without one)."""
    a, b, year = int(m["fa"]), int(m["fb"]), int(m["fyear"])
    fits = []
    # dots are day first ("09.08.2025", as in Europe and Russia); dashes and slashes go either way
    for month, day in ((b, a),) if "." in m.group() else ((b, a), (a, b)):
        try:
            fits.append(dt.date(year, month, day))
        except ValueError:
            pass
    if len(set(fits)) > 1:
        if base is None:
            return None
        fits = sorted((d for d in fits if d <= base + AHEAD_OF_BASE), key=lambda d: base - d)[:1]
    return fits[0] if fits else None


def _dateparser(s: str, base: dt.date | None) -> dt.date | None:
    settings = dict(_SETTINGS)
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        settings["PREFER_DATES_FROM"] = "past"
    # dateparser knows "Sep" and "September" but not "Sept"
    got = dateparser.parse(_SEPT.sub("Sep", s), languages=["en"], settings=settings)
    return got.date() if got else None


def resolve_weekday(day: str, published: dt.date) -> dt.date:
    """The latest date on or before ``published`` falling on ``day``.

    A weekday six days back is read as the next day instead: copy dated in US
    time often names the local day of an attack abroad ("early Wednesday" in a
    story dated Tuesday evening), while a week-old attack is "last Wednesday".
    """
    back = (published.weekday() - WEEKDAYS.index(day.lower())) % 7
    if back == 6:
        return published + dt.timedelta(days=1)
    return published - dt.timedelta(days=back)


#: A year in a text; not a clock time on the 24-hour dial ("at 11:40 p.m. (2040 GMT)").
_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|local\s+time|[ap]\.?m\b))", _I)


def _years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_IN_TEXT.findall(text)]


URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")


def date_from_url(url: str | None) -> dt.date | None:
    """A date in a URL path: ".../2020/01/24/pentagon-says..." -> 2020-01-24."""
    m = URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def infer_published(text: str, *, today: dt.date | None = None) -> tuple[DateGuess, str | None]:
    """Publication date and wire outlet from the text; (guess, outlet or None)."""
    today = today or dt.date.today()
    m = DATE_LINE.search(text[:400])
    if m:
        return DateGuess(dt.date.fromisoformat(m.group("date")), "text", m.group(0).strip()), None
    m = DATELINE.search(text[:1500])
    if m:
        outlet = m.group("outlet").strip()
        raw = m.group("date")
        if re.search(r"\d{4}", raw):
            return DateGuess(parse_date(raw), "text", m.group(0).strip()), outlet
        return _year_from_weekday(text, raw, m.group(0).strip(), today), outlet
    for m in PRINTED_DATE.finditer(text[:1500]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        context = text[line_start : m.start()]
        if CAPTION.search(context + text[m.end() : m.end() + 20]):
            continue  # "A picture taken on November 24, 2018": a photo's date, not the page's
        d = parse_date(m.group("date"))
        if d:
            return DateGuess(d, "text", m.group("date")), None
    for m in ISO_DATE.finditer(text[:600]):
        try:
            return DateGuess(dt.date.fromisoformat(m.group("date")), "text", m.group(0)), None
        except ValueError:
            continue  # "2023-13-45": not a date
    for m in STAMP_DATE.finditer(text[:600]):
        if _STAMP_MARK.search(m.group()) and (d := parse_date(text[m.start("fa") : m.end("fyear")])):
            return DateGuess(d, "text", m.group(0).strip()), None
    return DateGuess(None, "unknown"), None


def _year_from_weekday(text: str, raw: str, evidence: str, today: dt.date) -> DateGuess:
    """Dateline without a year: the year in which the weekday the text names
    for the attack fits (see :func:`fit_year`)."""
    day_m = WEEKDAY_EXPR.search(text)
    base = parse_date(raw, base=today)
    if base is None:
        return DateGuess(None, "unknown", evidence)
    if not day_m:
        return DateGuess(None, "unknown", evidence, "dateline has no year and no weekday to infer it")
    # The attack's weekday is the dateline's day, else the day before (overnight copy).
    fits = fit_year(base, day_m.group("day"), _years_in(text), today, day_before=True, current=current_year(text))
    if not fits:
        return DateGuess(None, "unknown", evidence, "no year fits the dateline and weekday")
    note = "year inferred from weekday; also fits " + ", ".join(str(f.year) for f in fits[1:]) if len(fits) > 1 else None
    return DateGuess(fits[0], "text", evidence, note)


#: A year a story speaks of as its own: "so far in 2021", "since the beginning of 2021".
_CURRENT_YEAR = re.compile(r"\b(?:so\s+far\s+in|since\s+the\s+(?:beginning|start)\s+of|earlier\s+in|(?:since|from)\s+january)"
                           r"(?:\s+(?:\d{1,2},?\s+)?)((?:19|20)\d\d)\b", _I)


def current_year(text: str) -> int | None:
    """The year a story speaks of as its own, if it says so.

    >>> current_year("Shares had risen 9% so far in 2021.")
    2021
    """
    m = _CURRENT_YEAR.search(text)
    return int(m.group(1)) if m else None


def fit_year(base: dt.date, day: str, years: list[int], today: dt.date, *, day_before: bool = False,
             current: int | None = None) -> list[dt.date]:
    """``base``'s month and day in the years where it falls on ``day`` (or, with
    ``day_before``, the day after it), best first: the latest up to ``today``
    and from the latest year the text names, on the day itself before the day after.

    The latest fit, not the first after a year named: stories name old years
    ("seized large swaths ... in 2014") more often than their own, unless the
    story calls a year its own (``current``).
    """
    want = WEEKDAYS.index(day.lower())
    # The latest year named is the floor, else the one before it, and so on: a story of
    # 2024 may name a timetable's 2025 ("wind down by September 2025"), and a story read
    # years later a future year ("hopes to join NATO by 2030": never a floor).
    floors = sorted({y for y in years if y <= today.year}, reverse=True) + [today.year - 30]
    for floor in floors:
        cands = []
        for year in range(floor, today.year + 1):
            try:
                cands.append(base.replace(year=year))
            except ValueError:
                continue  # 29 February
        exact = [c for c in cands if c <= today and c.weekday() == want]
        after = [c for c in cands if c <= today and day_before and (c.weekday() - 1) % 7 == want]
        if fits := exact[::-1] + after[::-1]:
            return sorted(fits, key=lambda d: d.year != current) if current else fits
    return []


#: A statement's day for an attack "overnight": the night before it may be named later.
_OVERNIGHT = re.compile(r"\bovernight\b", _I)
_DAY_BEFORE = re.compile(r"\b(?:the\s+previous\s+day|the\s+day\s+before|a\s+day\s+earlier)\b(?!\s+(?:yesterday|that|the))", _I)


def resolve_incident_date(text: str, published: dt.date | None, sentences: Iterable[str]) -> DateGuess:
    """Date of the main attack from the first sentences that date it.

    ``sentences`` are the main-event sentences in reading order. The day of a
    statement ("the Pentagon said Monday") gives way to an explicit date
    ("the Jan. 8 attack"), since follow-up stories report on later days, but
    not to a weekday named in a later sentence.
    """
    years = functools.cache(lambda: _years_in(text))  # both scan the whole text: only when asked
    weapon = functools.cache(lambda: dominant_weapon(text))
    # Each pattern below needs a digit or a word these cheap tests look for first.
    if published is None:
        # No publication date: a full date printed in the text anchors the weekdays.
        sentences = list(sentences)
        full = [parse_date(m.group("date")) for sent in sentences if _DIGIT.search(sent) for m in PRINTED_DATE.finditer(sent)]
        published = max((d for d in full if d), default=None)
    fallback = DateGuess(None, "unknown")
    overnight = False  # the fallback is the day of a story of an attack "overnight"
    # Usually the first sentence or two decide: the rest are never looked at.
    for sent in sentences:
        may_date = _may_name_date(sent)
        low = sent.lower()
        if any(w in low for w in _PHOTO_WORDS) and _PHOTO.search(sent):
            continue  # "In this Monday, Jan. 13, 2020 photo, ...": a caption
        for m in EXPLICIT_DATE.finditer(sent) if may_date else ():
            if (_dates_report(sent, m) or _other_weapon(sent[m.end() :], weapon) or re.match(r"\s*\([A-Z]", sent[m.end() :])
                    or _DATELINE_DATE.match(sent[: m.start()]) and _DATELINE_END.match(sent, m.end())):
                continue  # a dateline ("Dec 8 (Reuters)") dates the story, not the attack (not "6 October (from 19:00 on 5 October)")
            has_year = re.search(r"\d{4}", m.group("date")) is not None
            base = published
            if not has_year and base is None:
                if not years():
                    continue  # "Jan. 8" with no year anywhere: never guess today's year
                base = dt.date(max(years()), 12, 31)
            d = parse_date(m.group("date"), base=base)
            if d is None:
                continue
            if not has_year and published is None and (day := WEEKDAY_EXPR.search(sent[max(0, m.start() - 12) : m.end() + 12])):
                # "late on Monday, April 18": the year in which it was a Monday
                d = next(iter(fit_year(d, day.group("day"), years(), dt.date.today(), current=current_year(text))), d)
            d += _small_hours_of_next_day(sent, m)
            note = _weekday_conflict(sent, d)
            return DateGuess(d, "explicit", m.group(0), note)
        if not published:
            continue
        earlier = fallback  # a statement's day from an earlier sentence
        for m in WEEKDAY_EXPR.finditer(sent) if "day" in low else ():
            if _dates_no_attack(sent, m):
                continue
            d = resolve_weekday(m.group("day"), published) + _small_hours_of_next_day(sent, m)
            if not _dates_statement(sent, m):
                # A statement's day in an earlier sentence beats a weekday named
                # later (often another event's), as in attack_weekday; in the same
                # sentence the attack's own day wins ("said Friday that rockets
                # hit on Wednesday"), and so does a day named for "the attack".
                if earlier.date and not _names_the_attack(sent, m) and not (
                        overnight and d == earlier.date - dt.timedelta(days=1)):
                    return earlier  # (but "killed six overnight, a monitor said on Friday" ... "late on Thursday": Thursday)
                return DateGuess(d, "weekday", m.group(0))
            if _DAY_BEFORE.search(sent):
                # "said on Tuesday they had carried out a strike the previous day"
                return earlier if earlier.date else DateGuess(d - dt.timedelta(days=1), "weekday", m.group(0),
                                                                  "the day before the statement")
            if fallback.date is None:
                fallback = DateGuess(d, "statement", m.group(0), "only the day the attack was reported")
                overnight = _OVERNIGHT.search(sent) is not None
        m = RELATIVE.search(sent) if any(w in low for w in _RELATIVE_WORDS) else None
        if m and not _dates_statement(sent, m):
            rel = m.group("rel").lower()
            shift = 1 if rel in ("yesterday", "last night") else 0
            guess = DateGuess(published - dt.timedelta(days=shift), "relative", m.group(0))
            if rel == "overnight" and fallback.date in (None, guess.date):
                # "killed six overnight, a monitor said on Friday": the night may be named in a
                # later sentence ("late on Thursday"), else the day of the story it is
                fallback, overnight = guess, True
                continue
            return guess
    return fallback


#: The first day of a night that spans two: "the night of Sunday and Monday",
#: "the night of June 11 to 12", "the night from 3 to 4 May" (the match is the first day).
_NIGHT_OF_BEFORE = re.compile(r"\bnight\s+(?:of|between|from)\s+(?:the\s+)?$", _I)
_NIGHT_TO_AFTER = re.compile(rf"\s*(?:and|to|into|-|–)\s+(?:{'|'.join(WEEKDAYS)}|\d{{1,2}}(?:st|nd|rd|th)?)\b", _I)
#: A clock time in the small hours: "at 1:40 am", "around 3 a.m.", "at 03:10", "02.30 local time".
_SMALL_HOURS = re.compile(
    r"(?<![\d:.])(?:0?[0-5](?:[:.][0-5]\d)?\s*a\.?m\b|0[0-5][:.h][0-5]\d\b|[0-5]:[0-5]\d\s*(?:hrs|hours|local|GMT|\())"
    r"|\bafter\s+midnight\b|\bearly\s+hours\b|\bbefore\s+dawn\b", _I)


#: A day told of the attack itself: "after the attack late on Tuesday", "Tuesday's strike".
_ATTACK_NOUNS = R.ATTACK_NOUN
#: Words that open another clause, or are its verb: the day after them is not the attack's.
_CLAUSE_WORDS = (r"(?:and|but|which|that|who|when|while|as|after|before|since|because|following|amid|until|was|were|is|are"
                 r"|had|has|have|came|comes|killed|wounded|injured|said|says|fired|launched)")
_ATTACK_NOUN_BEFORE = re.compile(
    rf"\b{_ATTACK_NOUNS}\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
    # "in the attack on Shante air base near Meiktila on Saturday night": the attack, then its target
    rf"|\bthe\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS}\s+(?:on|at|in|near|against)\s+(?:(?!{_CLAUSE_WORDS}\b)[\w’'-]+\s+){{1,7}}?(?:(?:late|early)\s+)?(?:on\s+)?$", _I)
#: A sentence whose subject is the attack: "The strike hit Kyauk Sin village in Sagaing on Tuesday".
_ATTACK_SUBJECT = re.compile(rf"^\W*the\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS}\s+(?:hit|struck|happened|took\s+place|occurred|targeted|began|started)\b(?:(?!{_CLAUSE_WORDS}\b)[^.;:])*$", _I)
_ATTACK_NOUN_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUNS}\b", _I)


def _names_the_attack(sentence: str, m: re.Match[str]) -> bool:
    """Whether the day ``m`` is told of "the attack" by name."""
    return bool(_ATTACK_NOUN_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
                or _ATTACK_NOUN_AFTER.match(sentence, m.end("day"))
                or _ATTACK_SUBJECT.match(sentence[: m.start()]))


def _small_hours_of_next_day(sentence: str, m: re.Match[str]) -> dt.timedelta:
    """One day when ``m`` opens a night spanning two days and the sentence puts the
    attack in its small hours, which fall on the second day ("the intervening night of
    Sunday and Monday at 1:40 am" is locally Monday); else none."""
    if (_NIGHT_OF_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
            and _NIGHT_TO_AFTER.match(sentence, m.end()) and _SMALL_HOURS.search(sentence)):
        return dt.timedelta(days=1)
    return dt.timedelta(0)


_WEAPON = re.compile(r"\b(rocket|missile|drone|mortar)s?\b", _I)
_WEAPON_STRIKE = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(rocket|missile|drone|mortar)s?\s+(?:attacks?|strikes?)\b", _I)


def dominant_weapon(text: str) -> str | None:
    """The projectile an article names most often ("rocket", "missile", ...)."""
    counts: dict[str, int] = {}
    for m in _WEAPON.finditer(text):
        w = m.group(1).lower()
        counts[w] = counts.get(w, 0) + 1
    return max(sorted(counts), key=counts.__getitem__) if counts else None


def _other_weapon(after: str, weapon: Callable[[], str | None]) -> bool:
    """"a Jan. 3 drone strike" in a story about rockets (``weapon()``, the
    article's :func:`dominant_weapon`) dates another attack."""
    m = _WEAPON_STRIKE.search(after[:60])
    return bool(m and (w := weapon()) and m.group(1).lower() != w)


#: "the Pentagon said Monday", "confirmed on Tuesday local time", "at a news conference
#: on Jan. 4", "by Jan. 31 the number had risen": the day of a statement, not of the attack.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|acknowledged|told\s+(?:\w+\s+){0,2}?reporters|told\s+\w+|reported|stated|added|tweeted|wrote|disclosed|revealed"
    r"|conference|briefing|statement|interview|hearing|release|remarks|speech|tweet"
    r"|speaking(?:\s+(?:in|at|to|before)(?:\s+[\w-]+){1,3})?"  # "Speaking in the Commons on 5 May, the minister said"
    r"|as\s+of|by)\s+(?:on\s+|late\s+|early\s+)?$",  # "as of Monday, 109 troops": a tally's day
    _I,
)
#: Days that date no attack of the story: "the death toll rose to 11 on Saturday" (an
#: update), "the two who died on Friday" (a death from wounds), "in response to Israeli
#: strikes on the Bekaa valley on Tuesday" (what the attack answers).
_NO_ATTACK_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|reached|stood)\s+(?:to|at)\s+[\w,]+\s+(?:on\s+|late\s+|early\s+|by\s+)?$"
    r"|\b(?:died|succumbed|passed\s+away|buried)\s+(?:(?!(?:following|after|since|from)\b)[\w-]+\s+){0,5}?(?:on\s+)?$"  # "died in hospital in Goma on Thursday"; not "died of his wounds following Thursday's clash"
    r"|\b(?:in\s+response\s+to|in\s+retaliation\s+for|to\s+avenge|revenge\s+for)\b[^.;,]*$"
    # "the cease-fire that took effect on October 10": an agreement's day, no attack's
    r"|\b(?:took|take|takes|came|come|comes|went|go|goes)\s+(?:into\s+)?(?:effect|force)\s+(?:on\s+)?$"
    r"|\b(?:entered|enters)\s+into\s+force\s+(?:on\s+)?$|\b(?:was|were|been)\s+signed\s+(?:on\s+)?$",
    _I,
)


def _dates_no_attack(sentence: str, m: re.Match[str]) -> bool:
    """Whether the day or date ``m`` is one of those in :data:`_NO_ATTACK_BEFORE`."""
    return _NO_ATTACK_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) is not None


#: A sentence that opens on the day someone spoke: "On Wednesday, a police spokesman
#: told KabulNow that ...", not "On Wednesday, rockets hit the base, officials said".
_OPENS_ON_A_STATEMENT = re.compile(
    r"\W*(?:on\s+|late\s+|early\s+)?$"
)
_STATEMENT_AFTER = re.compile(
    r"[^,.;:]{0,12}?,?\s+(?:(?!(?:fired|launched|hit|struck|killed|wounded|injured|were|was|attacked|targeted|shelled)\b)[\w.’'-]+\s+){1,8}?"
    r"(?:said|says|told|announced|reported|confirmed|stated|added|claimed)\b(?!\s+by\b)",  # not "a bomber claimed by ISIS-K"
    _I,
)


#: The day between a speaker and the verb: "The army on Sunday said that ...".
_STATEMENT_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:said|says|told|announced|reported|confirmed|stated|claimed|tweeted|wrote)\b(?!\s+by\b)", _I)


def _dates_statement(sentence: str, m: re.Match[str]) -> bool:
    if _STATEMENT_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()]) or _STATEMENT_RIGHT_AFTER.match(sentence, m.end()):
        return True
    return m.start() < 20 and bool(_OPENS_ON_A_STATEMENT.match(sentence[: m.start()])) and bool(
        _STATEMENT_AFTER.match(sentence, m.end()))


_OTHER_BEFORE = re.compile(r"\b(?:since|following|after|before|until|updated)\s+(?:the\s+)?$", _I)
#: "since the Jan. 8 ballistic missile attacks": the date names the attack being counted.
_WEAPON_ATTACK_AFTER = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:missile|rocket|mortar|drone)s?\s+(?:attacks?|strikes?|barrage|salvo)\b(?!\s+(?:that|which)\s+killed)",
    _I,
)


def _dates_report(sentence: str, m: re.Match[str]) -> bool:
    """A date that names another event ("since the October 7 attacks"), the
    report ("updated Jan. 5") or a statement ("said on Jan. 9") does not date
    the attack."""
    before = sentence[max(0, m.start() - 40) : m.start()]
    if _STATEMENT_BEFORE.search(before) or _dates_no_attack(sentence, m) or _STATEMENT_RIGHT_AFTER.match(sentence, m.end()):
        return True
    if before.rstrip().endswith("(") and _CLOSES_TITLE.match(sentence, m.end()):
        return True  # "Flash Update No. 1 (25 August 2025)": the report's date
    if _OTHER_BEFORE.search(before[-30:]):
        return not _WEAPON_ATTACK_AFTER.search(sentence[m.end() : m.end() + 60])
    return False


_CLOSES_TITLE = re.compile(r"\s*\)\s*$")


#: A dateline without an outlet: "Kharkiv, April 12, 2025 - Russian forces ..." dates the story.
# "KABUL, Afghanistan, April 8 -" and the press release's "KABUL, Afghanistan (April 8, 2011) -"
_DATELINE_DATE = re.compile(r"^\W*[A-Z][\w.'’ /-]{1,40}(?:,(?:\s+[A-Z][\w.'’ -]{1,30},)?\s+|(?:,\s+[A-Z][\w.'’ -]{1,30})?\s*\()$")
_DATELINE_END = re.compile(r"\)?\s*[-–—]")
#: A caption: "In this Monday, Jan. 13, 2020 photo, ...", "A picture taken on ...", "(AP Photo/...)".
_PHOTO = re.compile(
    r"\bin\s+this\b.{0,60}?\b(?:photo|photograph|picture|image|file)\b"
    r"|\b(?:photo|photograph|picture|image)\s+(?:taken|shows|showing|provided|released|dated|made)\b"
    r"|\bfile\s+(?:photo|picture|image)\b|\((?:AP|AFP|Reuters|Getty)[^)]{0,20}(?:Photo|Images)",
    _I,
)


_PHOTO_WORDS = ("photo", "picture", "image", "file")  # one is in every _PHOTO match


def _weekday_conflict(sentence: str, d: dt.date) -> str | None:
    m = WEEKDAY_EXPR.search(sentence)
    if m and WEEKDAYS.index(m.group("day").lower()) != d.weekday():
        return f"text says {m.group('day')} but {d.isoformat()} is a {WEEKDAYS[d.weekday()].title()}"
    return None


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", _I)


def since_dates(sentence: str, base: dt.date) -> list[dt.date]:
    """The explicit dates a sentence counts from ("Since October 10, Russia has fired ...").

    >>> since_dates("Since Oct. 10, Russia has fired 600 missiles.", dt.date(2022, 12, 3))
    [datetime.date(2022, 10, 10)]
    """
    if not _may_name_date(sentence):
        return []
    found = (parse_date(m.group("date"), base=base) for m in EXPLICIT_DATE.finditer(sentence)
             if _SINCE.search(sentence, max(0, m.start() - 12), m.start()))
    return [d for d in found if d]


def named_dates(sentence: str, base: dt.date) -> list[dt.date]:
    """The dates a sentence names for an event, counted back from ``base``
    (the publication date): explicit dates other than a report's or a
    statement's, and weekdays other than a statement's.

    >>> named_dates("On Jan. 4, ten rockets struck the base, officials said Tuesday.", dt.date(2020, 1, 9))
    [datetime.date(2020, 1, 4)]
    """
    low = sentence.lower()
    if any(w in low for w in _PHOTO_WORDS) and _PHOTO.search(sentence):
        return []
    found = []
    for m in EXPLICIT_DATE.finditer(sentence) if _may_name_date(sentence) else ():
        if not (_dates_report(sentence, m) or re.match(r"\s*\(\w", sentence[m.end() :])):
            found.append(parse_date(m.group("date"), base=base))
    found += [resolve_weekday(day, base) for day in event_weekdays(sentence)]
    return [d for d in found if d]


def event_weekdays(sentence: str) -> list[str]:
    """The weekdays a sentence names for an event (lower case), not a statement's.

    >>> event_weekdays("Rockets hit the base on Sunday, the army said Monday.")
    ['sunday']
    """
    if "day" not in sentence.lower():
        return []
    return [m.group("day").lower() for m in WEEKDAY_EXPR.finditer(sentence)
            if not (_dates_statement(sentence, m) or _dates_no_attack(sentence, m))]


def weekday_gap(a: str, b: str) -> int:
    """Days between two weekdays, either way round (0 to 3)."""
    d = (WEEKDAYS.index(a) - WEEKDAYS.index(b)) % 7
    return min(d, 7 - d)


def attack_weekday(sentences: Iterable[str]) -> str | None:
    """The weekday the main-attack sentences name for the attack (lower case).

    In the first sentence naming one, a day that is not a statement's wins
    ("the Pentagon said Monday that rockets hit late on Sunday"); a sentence
    naming only a statement's day gives that day, since leads report an
    attack on the day they say it ("Iran said early on Wednesday it fired").
    """
    for sent in sentences:
        if "day" not in sent.lower():
            continue  # every weekday ends so
        days = [(m.group("day").lower(), _dates_statement(sent, m)) for m in WEEKDAY_EXPR.finditer(sent)
                if not _dates_no_attack(sent, m)]
        if days:
            return next((d for d, said in days if not said), days[0][0])
    return None
