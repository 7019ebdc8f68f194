from __future__ import annotations

import datetime as dt

import pytest

from crosscount import sites
from crosscount.article import article_claims


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Iran launched a barrage of missiles at two American military bases in Iraq.", True),
    ("The missiles targeted at least two Iraqi military bases hosting coalition troops.", True),
    ("The base was one of the two bases that were targeted.", True),
    ("Drones struck several oil facilities across the region.", True),
    ("Rockets were also fired at Erbil, an official said.", True),
    ("Militants fired rockets at the base.", False),
    ("The United States keeps troops at two bases in the country.", False),  # no attack on them
    ("Two rockets hit the airport.", False),
])
def test_several_sites(sentence, expected):
    assert sites.several_sites([sentence]) is expected


@pytest.mark.parametrize(("sentence", "after", "expected"), [
    ("Militias fired 12 rockets at Erbil airport late on Monday.", "rockets", "Erbil airport"),
    ("More than 30 missiles had been fired at the Ain al-Asad air base, state TV said.", "fired", "the Ain al-Asad air base"),
    ("The group launched six drones toward the port of Eilat.", "drones", "the port of Eilat"),
    ("Iran fired 22 missiles at Al Asad and Irbil.", "missiles", None),  # two sites
    ("Iran fired 22 missiles at airbases in Iraq.", "missiles", None),  # plural
    ("Hezbollah fired 40 rockets at northern Israel.", "rockets", None),  # a region
    ("Iran fired 200 missiles at Israel.", "missiles", None),  # a country
    ("The Houthis fired 12 drones at the UAE.", "drones", None),  # a country after "the"
    ("Militants fired 12 rockets on Wednesday.", "rockets", None),  # a day
    ("Militants fired 12 rockets at dawn.", "rockets", None),  # a time
    ("Militants fired 12 rockets at U.S. forces in Syria.", "rockets", None),
    ("Militants fired 12 rockets.", "rockets", None),
])
def test_single_site(sentence, after, expected):
    assert sites.single_site(sentence, sentence.index(after) + len(after)) == expected


def _projectiles(text):
    claims, _when = article_claims(text)
    return sorted((c.measure, c.low) for c in claims if c.measure.startswith("projectiles"))


def test_a_count_fired_at_one_of_several_sites_is_a_part():
    text = ("Iran fired 22 missiles at two bases in Iraq on Wednesday, the Pentagon said. "
            "State TV said 15 missiles were fired at the Ain al-Asad air base.\n")
    assert _projectiles(text) == [("projectiles", 22), ("projectiles_subset", 15)]


@pytest.mark.parametrize(("second", "part"), [
    # the site before the count, hit "with" it
    ("Fighters struck the Qayyarah base in Nineveh with four drones.", 4),
    ("The Tanf garrison had been hit with three rockets, the group said.", 3),
    ("The group targeted, late on Monday, the occupation base of Harir with two drones, and the base of Shaddadi with 12 rockets.", 12),
    # the site after the count, landed inside
    ("Local media said six rockets fell inside the Conoco base.", 6),
])
def test_a_count_for_one_of_several_sites_is_a_part(second, part):
    text = f"Militias attacked two US bases in Iraq and Syria on Monday, officials said. {second}\n"
    assert ("projectiles_subset", part) in _projectiles(text)
    assert ("projectiles", part) not in _projectiles(text)


def test_site_before_needs_one_site():
    assert sites.site_before("Militants hit the bases and the airport with ten rockets.", 45) is None


def test_one_site_alone_keeps_its_total():
    text = "Militias fired 15 rockets at the Ain al-Asad air base on Wednesday, officials said.\n"
    assert _projectiles(text) == [("projectiles", 15)]


def test_several_sites_in_a_background_paragraph_do_not_count():
    text = ("Militias fired 15 rockets at the Ain al-Asad air base on Wednesday, officials said.\n\n"
            "Last year, drones struck two bases in Syria.\n")
    assert _projectiles(text) == [("projectiles", 15)]


def test_sites_of_another_attack_do_not_make_the_main_one_several():
    text = ("Militants fired several drones at the base in Harir on Wednesday. "
            "On Friday, F-15E jets struck five militia sites in Iraq, killing at least 25 fighters.")
    claims, _ = article_claims(text, published=dt.date(2023, 11, 10))
    assert [(c.measure, c.low, c.event.startswith("other")) for c in claims] == [
        ("projectiles", 2, False), ("killed", 25, True)]
