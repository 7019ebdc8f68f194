from __future__ import annotations

import datetime as dt

import pytest

from crosscount.dates import (
    AHEAD_OF_BASE,
    attack_weekday,
    dominant_weapon,
    event_weekdays,
    fit_year,
    infer_published,
    named_dates,
    parse_date,
    resolve_incident_date,
    resolve_weekday,
    weekday_gap,
)


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


@pytest.mark.parametrize(("text", "expected"), [
    # A year the story names is a floor; the latest fit wins, as stories name old years.
    ("BAGHDAD, Dec 8 (Reuters) - Two rockets hit on Friday. Islamic State seized the city in 2014.",
     dt.date(2023, 12, 8)),
    # Only the day after the weekday fits from the year named ("late on Tuesday" in a story dated Wednesday).
    ("TEL AVIV, Nov 20 (Reuters) - Rockets hit the city late on Wednesday. Shares rose 9% in 2025.",
     dt.date(2025, 11, 20)),
    # ... unless the story calls a year its own ("so far in 2021"): there the day after the Tuesday.
    ("TEL AVIV, May 12 (Reuters) - Rockets hit the city late on Tuesday. Shares had risen 9% so far in 2021.",
     dt.date(2021, 5, 12)),
    # A dateline of a city and its country.
    ("PESHAWAR, Pakistan, March 3 (Reuters) - Mortar fire hit the crossing on Tuesday.", dt.date(2026, 3, 3)),
    # A dateline of two places.
    ("KYIV/MOSCOW, May 21 (Reuters) - Drones struck a refinery overnight into Wednesday, as in February 2025.",
     dt.date(2025, 5, 21)),
    # No year anywhere: the latest year in which the dateline's day is the weekday itself.
    ("KABUL, Aug 30 (Reuters) - Rockets were fired at the airport early on Monday.", dt.date(2021, 8, 30)),
])
def test_dateline_year_from_the_years_the_text_names(text, expected):
    assert infer_published(text, today=dt.date(2026, 11, 22))[0].date == expected


def test_explicit_date_without_year_takes_the_year_its_weekday_fits():
    s = "In a statement late on Monday, April 18, the group said it fired 10 rockets at the base."
    text = s + " The group has grown since the Taliban took Kabul in 2021."
    assert resolve_incident_date(text, None, [s]).date == dt.date(2022, 4, 18)


def test_page_date_line():
    guess, _ = infer_published(" date 2021-02-16\nRockets hit Erbil.")
    assert guess.date == dt.date(2021, 2, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("Posted on 2023-10-17 by admin\nRockets hit the base.", dt.date(2023, 10, 17)),
    ("2023-10-17T14:02:00Z\nRockets hit the base.", dt.date(2023, 10, 17)),
    ("Updated 3:45 PM EST, Tue January 28, 2024\nRockets hit the base.", dt.date(2024, 1, 28)),
    ("Last modified on Wed 18 Oct 2023 09.15 BST\nRockets hit the base.", dt.date(2023, 10, 18)),
    ("Rockets hit the base, officials said in a statement sent to the press on 2023-10-17 after dark.", None),
    ("Ref 2023-10-17-55\nRockets hit the base.", None),  # an id, not a date
    ("Posted on 2023-13-45\nRockets hit the base.", None),
    # time stamps in figures: dots are day first; a clock time or a label marks a stamp
    ("Shelling kills two\n\n14:32 09.08.2025 (updated: 17:05 09.08.2025)\n\nBELGOROD, 9 Aug.", dt.date(2025, 8, 9)),
    ("Modified: 17/02/2021 - 05:10\nRockets hit the base.", dt.date(2021, 2, 17)),
    ("He was born on 09.08.1990 in Kyiv.\nRockets hit the base.", None),
])
def test_page_time_stamps(text, expected):
    assert infer_published(text, today=dt.date(2026, 11, 22))[0].date == expected


@pytest.mark.parametrize(("sentence", "published", "expected", "basis"), [
    ("Rockets struck the base late Monday night.", dt.date(2021, 2, 16), dt.date(2021, 2, 15), "weekday"),
    ("In the early hours of Friday, rockets hit the zone.", dt.date(2020, 1, 4), dt.date(2020, 1, 3), "weekday"),
    ("Rockets hit the embassy on Jan. 26, 2020.", None, dt.date(2020, 1, 26), "explicit"),
    ("Rockets hit the embassy on Sunday.", None, None, "unknown"),
    ("Russia launched 40 drones at Odesa overnight, officials said.", dt.date(2022, 12, 3), dt.date(2022, 12, 3), "relative"),
    # a parenthesis that is no outlet's dateline
    ("On the night of 6 October (from 19:00 on 5 October), the enemy attacked with 48 drones.", dt.date(2024, 10, 6),
     dt.date(2024, 10, 6), "explicit"),
    # a dateline without an outlet dates the story
    ("Kharkiv, April 12, 2025 - Russian drones attacked the city late on Friday night.", dt.date(2025, 4, 12),
     dt.date(2025, 4, 11), "weekday"),
    # dates in figures and with ordinals; not an ISO page stamp
    ("Gunmen attacked the checkpoint on 26-10-2023, killing four.", dt.date(2023, 10, 28), dt.date(2023, 10, 26), "explicit"),
    ("Gunmen attacked the checkpoint on the 26th of October, killing four.", dt.date(2023, 10, 28),
     dt.date(2023, 10, 26), "explicit"),
    ("date 2023-10-27\nGunmen attacked the checkpoint on Thursday.", dt.date(2023, 10, 27), dt.date(2023, 10, 26), "weekday"),
    # a night spanning two days: its small hours are the second day, else the first is kept
    ("Militants attacked the post in the intervening night of Sunday and Monday at around 1:40 am.",
     dt.date(2024, 3, 19), dt.date(2024, 3, 18), "weekday"),
    ("Militants attacked the post in the intervening night of Sunday and Monday.", dt.date(2024, 3, 19),
     dt.date(2024, 3, 17), "weekday"),
    ("On the night of June 11 to 12, a drone hit the depot at 03:10, the governor said.", dt.date(2025, 6, 13),
     dt.date(2025, 6, 12), "explicit"),
    ("On the night of June 11 to 12, drones hit the depot.", dt.date(2025, 6, 13), dt.date(2025, 6, 11), "explicit"),
    ("Drones struck the port on the night of Friday into Saturday, shortly after midnight.", dt.date(2025, 6, 15),
     dt.date(2025, 6, 14), "weekday"),
    ("Rockets hit the base on Friday night at 11:30 pm and again at 2:15 am.", dt.date(2025, 6, 15),
     dt.date(2025, 6, 13), "weekday"),  # no night "of A and B": the day named is kept
])
def test_resolve_incident_date(sentence, published, expected, basis):
    got = resolve_incident_date(sentence, published, [sentence])
    assert (got.date, got.basis) == (expected, basis)


def test_the_day_of_a_death_from_wounds_dates_no_attack():
    assert event_weekdays("Three of the wounded died later, while the two who died on Friday were brothers.") == []
    assert event_weekdays("A second soldier died of his wounds following Thursday evening's exchange of fire.") == ["thursday"]
    assert event_weekdays("Rockets hit the market on Friday.") == ["friday"]


def test_the_day_a_toll_rose_dates_nothing():
    sentences = ["The death toll from the missile strike rose to 11 on Saturday, officials said.",
                 "The strike on Friday afternoon destroyed part of a building."]
    got = resolve_incident_date(" ".join(sentences), dt.date(2024, 6, 29), sentences)
    assert (got.date, got.basis) == (dt.date(2024, 6, 28), "weekday")
    assert attack_weekday(sentences) == "friday"


def test_weekday_that_does_not_fit_is_recorded():
    s = "The rockets hit on Friday, Jan. 26, 2020."
    got = resolve_incident_date(s, None, [s])
    assert got.date == dt.date(2020, 1, 26)
    assert got.note and "Friday" in got.note


@pytest.mark.parametrize(("sentences", "published", "expected", "basis"), [
    # The day of a statement dates the attack only when nothing else does.
    (["Rockets landed in the Green Zone, a security source said on Tuesday."], dt.date(2020, 11, 18),
     dt.date(2020, 11, 17), "statement"),
    (["The number of troops hurt in the attack rose to 60, the Pentagon said Monday.",
      "The Jan. 8 missile attack on the base was retaliation for the strike."], dt.date(2020, 2, 11),
     dt.date(2020, 1, 8), "explicit"),
    (["The toll has risen since the Jan. 8 ballistic missile attacks, officials announced Friday."],
     dt.date(2020, 2, 14), dt.date(2020, 1, 8), "explicit"),
    # ... but a statement's day in the lead beats a weekday named later.
    (["Iran said early on Wednesday that it fired missiles at the base.", "Its general was killed on Friday in a strike."],
     dt.date(2020, 1, 8), dt.date(2020, 1, 8), "statement"),
    # ... unless the later day is named for the attack itself
    (["A woman wounded when drones dropped explosives this week has died, officials said on Friday.",
      "She was one of six people hospitalized after the attack late on Tuesday."],
     dt.date(2024, 6, 14), dt.date(2024, 6, 11), "weekday"),
    (["The ministry said on Friday that the toll had risen to nine.", "Tuesday's strike hit a market."],
     dt.date(2024, 6, 14), dt.date(2024, 6, 11), "weekday"),
    (["The toll from the air raid has risen to 14, a medic told reporters on Friday.",
      "The raid struck a clinic in the hill town on Wednesday evening."], dt.date(2024, 6, 14), dt.date(2024, 6, 12), "weekday"),
    (["The governor said on Monday that rebel drones killed two people over the weekend.",
      "Officials said six drones were used in the attack on the air base near the town on Saturday night."],
     dt.date(2025, 10, 6), dt.date(2025, 10, 4), "weekday"),
    # ... not a day named for something else than the attack
    (["The governor said on Monday that rebel drones killed two people.",
      "The attack on the base came as troops arrived there on Saturday."], dt.date(2025, 10, 6), dt.date(2025, 10, 6), "statement"),
    # "the previous day" counts back from the statement's day.
    (["The army said on Tuesday it had carried out a drone strike the previous day near the border."],
     dt.date(2025, 3, 18), dt.date(2025, 3, 17), "weekday"),
    # In one sentence, the attack's own day beats the statement's.
    (["The Pentagon said Friday that four rockets hit the base on Wednesday."], dt.date(2023, 12, 8),
     dt.date(2023, 12, 6), "weekday"),
    # Dates of other events: after "since/following" without a weapon, or another weapon's strike.
    (["It is the first death since the October 7 attacks.", "A drone hit the outpost on Sunday."],
     dt.date(2024, 1, 29), dt.date(2024, 1, 28), "weekday"),
    (["Six rockets hit the zone. The militia leader died in a Jan. 3 drone strike.",
      "Two rockets hit the zone on Monday night."], dt.date(2020, 11, 17), dt.date(2020, 11, 16), "weekday"),
    # A press release's dateline dates the release: "last night" is the day before.
    (["KABUL, Afghanistan (April 8, 2011) - Insurgents fired several rockets at the airfield last night."],
     dt.date(2011, 4, 8), dt.date(2011, 4, 7), "relative"),
    # A photo caption dates the photo.
    (["The army's 6th Division on Sunday said that shelling on the camp on Saturday killed 19."],
     dt.date(2025, 8, 24), dt.date(2025, 8, 23), "weekday"),
    (["Attack on a displacement camp, Flash Update No. 1 (25 August 2025)",
      "Artillery shells hit the camp on 23 August, killing 17."], dt.date(2025, 8, 25), dt.date(2025, 8, 23), "explicit"),
    (["In this Monday, Jan. 13, 2020 photo, soldiers clear rubble where a missile struck.",
      "Missiles struck the base on Jan. 8."], dt.date(2020, 2, 10), dt.date(2020, 1, 8), "explicit"),
])
def test_which_date_dates_the_attack(sentences, published, expected, basis):
    got = resolve_incident_date(" ".join(sentences), published, sentences)
    assert (got.date, got.basis) == (expected, basis)


@pytest.mark.parametrize(("text", "weapon"), [
    ("Two rockets hit the base. The rockets were Katyushas. A drone was seen.", "rocket"),
    ("Drones and a missile: the drone attack came at dawn, drones again.", "drone"),
    ("No projectile is named here.", None),
])
def test_dominant_weapon(text, weapon):
    assert dominant_weapon(text) == weapon


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rockets hit the Balad air base on Sunday, wounding two soldiers, a picture posted online showed.", dt.date(2020, 1, 5)),
    ("In this Monday, Jan. 13, 2020 photo, soldiers clear rubble.", None),
    ("A picture taken on November 24, 2018, shows the gate.", None),
])
def test_only_captions_are_skipped(sentence, expected):
    assert resolve_incident_date(sentence, dt.date(2020, 1, 6), [sentence]).date == expected


def test_attack_weekday_is_not_the_statement_day():
    from crosscount.dates import attack_weekday

    assert attack_weekday(["The Pentagon said Monday that three rockets hit the base late on Sunday."]) == "sunday"
    assert attack_weekday(["Rockets hit the zone, a source said on Tuesday."]) == "tuesday"  # only the statement: use it
    assert attack_weekday(["Iran said early on Wednesday that it fired missiles.", "Its general was killed on Friday."]) == "wednesday"


@pytest.mark.parametrize(("text", "base"), [
    ("Jan. 8, 2020", None), ("8 January 2020", None), ("January 26,2020", None), ("Jan 8 2020", None),
    ("Dec 8", dt.date(2021, 3, 1)), ("Mar 1", dt.date(2021, 3, 1)), ("Mar 2", dt.date(2021, 3, 1)),
    ("March 1st", dt.date(2021, 3, 1)), ("2 Mar", dt.date(2021, 3, 1)), ("Sept. 3", dt.date(2021, 3, 1)),
    ("September 16, 2020", None), ("Feb 29", dt.date(2021, 3, 1)), ("Feb 30", dt.date(2021, 3, 1)),
    ("29 September", dt.date(2024, 2, 29)), ("26th October, 2023", None), ("26th of October 2023", None),
])
def test_parse_date_reads_plain_dates_as_dateparser_does(text, base):
    from crosscount.dates import _dateparser

    got, theirs = parse_date(text, base=base), _dateparser(text, base)
    if base and theirs and (theirs.month, theirs.day) != (2, 29):
        same_year = theirs.replace(year=base.year)
        if base < same_year <= base + AHEAD_OF_BASE:
            theirs = same_year  # a day or two after the page's date: its year (see below)
    assert got == theirs
    assert (got is None) == (text == "Feb 30")


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Dec. 15", dt.date(2023, 12, 14), dt.date(2023, 12, 15)),  # an update's date on a page dated the day before
    ("Jan 2", dt.date(2023, 12, 31), dt.date(2023, 1, 2)),  # the next year is never guessed
    ("Dec. 20", dt.date(2023, 12, 14), dt.date(2022, 12, 20)),  # a week ahead: the year before
])
def test_a_date_just_after_its_base_keeps_the_base_year(text, base, expected):
    assert parse_date(text, base=base) == expected


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("26-10-2023", None, dt.date(2023, 10, 26)),  # a part above 12 is the day
    ("10/26/2023", None, dt.date(2023, 10, 26)),  # either way round
    ("26.10.2023", None, dt.date(2023, 10, 26)),
    ("09.08.2025", None, dt.date(2025, 8, 9)),  # dots are day first
    ("5/4/2024", None, None),  # May 4 or April 5: nothing to choose by
    ("5/4/2024", dt.date(2024, 5, 10), dt.date(2024, 5, 4)),  # the reading nearest before the page's date
    ("4/5/2024", dt.date(2024, 5, 10), dt.date(2024, 5, 4)),
    ("31/02/2024", None, None),
])
def test_parse_date_reads_dates_in_figures(text, base, expected):
    assert parse_date(text, base=base) == expected


def test_parse_date_september_is_not_mangled():
    from crosscount.dates import _dateparser

    # dateparser itself once got "Sepember" here: "Sept" was replaced inside "September".
    assert parse_date("September 16, 2020") == _dateparser("September 16, 2020", None) == dt.date(2020, 9, 16)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On Jan. 4, ten rockets struck the airport.", [dt.date(2024, 1, 4)]),
    ("Drones hit the base on Sunday, the army said Monday.", [dt.date(2024, 1, 21)]),  # Monday is the statement's
    ("At a news conference on Jan. 9, officials said 11 were hurt.", []),
    ("By Jan. 20, the number had risen to 34.", []),
    ("As of Monday, 64 troops had been treated.", []),
    ("In this Jan. 5 photo, smoke rises over the base.", []),
    ("Rockets hit the base.", []),
    # A sentence that opens on the day someone spoke.
    ("On Wednesday, a police spokesman told KabulNow that several rockets had been fired.", []),
    ("On Wednesday, rockets hit the base, officials said.", [dt.date(2024, 1, 24)]),
    ("On Tuesday, a suicide bomber claimed by the group struck the gate, killing 13.", [dt.date(2024, 1, 23)]),
    # The date of a speech; a later death of the wounded.
    ("Speaking in parliament on 23 January, the minister said there were no injuries.", []),
    ("Two of the wounded died in hospital in the capital on Tuesday.", []),
    # The day between the speaker and the verb; a report's date closing its title.
    ("The army's 6th Division on Monday said that 19 people were killed.", []),
    ("The army on Monday said shells hit the camp on Saturday.", [dt.date(2024, 1, 20)]),
    ("Attack on a displacement camp, Flash Update No. 2 (22 January 2024)", []),
])
def test_named_dates_are_the_events_not_the_statements(sentence, expected):
    assert named_dates(sentence, dt.date(2024, 1, 24)) == expected


def test_event_weekdays_and_their_gap():
    assert event_weekdays("A drone struck late on Friday, officials said Saturday.") == ["friday"]
    assert weekday_gap("friday", "monday") == 3 and weekday_gap("sunday", "monday") == 1


def test_a_future_year_named_is_no_floor_for_the_year():
    fits = fit_year(dt.date(2022, 4, 18), "monday", [2030], dt.date(2026, 11, 22))
    assert fits[0] == dt.date(2022, 4, 18)


def test_a_named_year_without_a_fit_gives_way_to_an_earlier_one():
    # a story of 2024 names the timetable's 2025; Oct 23 2025 is a Thursday
    fits = fit_year(dt.date(2024, 10, 23), "tuesday", [2014, 2024, 2025], dt.date(2026, 11, 22), day_before=True)
    assert fits[0] == dt.date(2024, 10, 23)


def test_a_clock_time_on_the_24_hour_dial_is_no_year():
    text = ("BAGHDAD, Oct 23 (Reuters) - Rockets were fired late on Tuesday at the base, at around "
            "11:40 p.m. (2040 GMT), officials said. Attacks paused in February 2024; the mission "
            "would wind down by September 2025.")
    guess, outlet = infer_published(text, today=dt.date(2026, 11, 22))
    assert (guess.date, outlet) == (dt.date(2024, 10, 23), "Reuters")


def test_an_agreements_day_does_not_date_the_attack():
    from crosscount.article import article_claims

    text = ("Officials said Saturday that tank shells had killed 12 people in a tent camp near Khan Yunis.\n\n"
            "Under the cease-fire that took effect on October 10, troops withdrew to the line.")
    assert article_claims(text, published=dt.date(2026, 4, 18))[1].date == dt.date(2026, 4, 18)


@pytest.mark.parametrize(("later", "expected"), [
    ("A drone fired two missiles at a house late on Thursday, killing four.", dt.date(2026, 5, 14)),  # the night named
    ("The strike came after rockets were fired on Monday.", dt.date(2026, 5, 15)),  # another day: the story's
])
def test_an_overnight_attack_takes_the_night_named_later(later, expected):
    first = "An Israeli drone strike killed six people overnight, a war monitor said on Friday."
    assert resolve_incident_date(first + " " + later, dt.date(2026, 5, 15), [first, later]).date == expected
