"""Extraction on sentences written for these tests, in the style news uses."""

from __future__ import annotations

import pytest

from crosscount.claims import article_claims
from crosscount.extract import extract_claims


def claims_of(text: str) -> list[tuple[str, int, int | None]]:
    return [(c.measure, c.low, c.high) for c in article_claims(text)[0]]


@pytest.mark.parametrize(("text", "expected"), [
    # numerals, number words, idioms
    ("Eight rockets were fired at the airport.", [("projectiles", 8, 8)]),
    ("Militants launched 30 Katyusha rockets at the base.", [("projectiles", 30, 30)]),
    ("At least three mortar rounds landed near the gate.", [("projectiles", 3, None)]),
    ("More than a dozen ballistic missiles were launched.", [("projectiles", 13, None)]),
    ("Several rockets fell on the city.", [("projectiles", 2, None)]),
    ("A pair of drones struck the outpost.", [("projectiles", 2, 2)]),
    # people
    ("Two soldiers were wounded in the blast.", [("injured", 2, 2)]),
    ("A woman and a child were wounded.", [("injured", 2, 2)]),
    ("The strike killed one contractor and an Iraqi soldier.", [("killed", 2, 2)]),
    ("The rockets killed a young girl, police said.", [("killed", 1, 1)]),
    ("Officials said 25 injured were taken to hospital.", [("injured", 25, 25)]),
    ("The attack left 1 casualty.", [("casualties", 1, 1)]),
    ("Contractor killed in airport attack", [("killed", 1, 1)]),
    # zeros
    ("There were no casualties.", [("casualties", 0, 0)]),
    ("No one was hurt, the ministry said.", [("injured", 0, 0)]),
    ("The barrage caused no injuries.", [("injured", 0, 0)]),
    ("No casualties were reported.", [("casualties", 0, 0)]),
    ("There was no word on injuries.", []),
    # not counted
    ("The base hosts 2,500 troops.", []),
    ("A barrage of rockets hit the zone.", []),
    ("It was a rocket attack on the two-year anniversary.", []),
    ("Police found 107 mm rocket launchers.", []),
])
def test_claims(text, expected):
    assert claims_of(text) == expected


def test_quote_and_offsets_point_into_the_text():
    text = "Headline here\n\nFive rockets hit the base on Monday, an Army spokesman said."
    for c in extract_claims(text):
        assert text[c.start:c.end] == c.quote


def test_anaphoric_subsets():
    text = "Four rockets were fired at the embassy. Three landed inside the compound and one hit a school."
    assert claims_of(text) == [("projectiles", 4, 4), ("projectiles_subset", 3, 3), ("projectiles_subset", 1, 1)]


def test_count_below_the_salvo_is_a_subset():
    text = "Seven rockets were fired. Four rockets landed in the Green Zone."
    assert claims_of(text) == [("projectiles", 7, 7), ("projectiles_subset", 4, 4)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Two rockets hit the base, an Army spokesman said.", "an Army spokesman"),
    ("According to the Iraqi military, eight rockets were fired.", "the Iraqi military"),
    ("The ministry said two soldiers were wounded.", "The ministry"),
    ("Two soldiers were wounded, said Colonel Ray Smith.", "Colonel Ray Smith"),
])
def test_speaker(text, speaker):
    assert article_claims(text)[0][0].speaker == speaker


def test_background_attack_is_another_event():
    text = "Two rockets hit the base on Monday. Last week, a drone attack killed three soldiers."
    events = [c.event for c in article_claims(text)[0]]
    assert events[0] == "main" and events[1].startswith("other:")


def test_superseded_figure_stays_on_main_event():
    text = "Fifty troops have been diagnosed with brain injuries. Last week, the Pentagon said the number was 34."
    got = article_claims(text)[0]
    assert [(c.low, c.event) for c in got] == [(50, "main"), (34, "main")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials confirmed all 40 cases of TBI.", [("injured", 40, 40)]),
    ("Dozens of soldiers were hurt. The number of troops treated for concussions has risen to 64.",
     [("injured", 24, None), ("injured", 64, 64)]),
    ("Total of troops wounded in the strike tops 100", [("injured", 101, None)]),
    ("Five rockets were fired. One hit a hospital and two others landed nearby.",
     [("projectiles", 5, 5), ("projectiles_subset", 1, 1), ("projectiles_subset", 2, 2)]),
    ("Three out of five rockets struck the embassy.", [("projectiles_subset", 3, 3), ("projectiles", 5, 5)]),
    ("A Katyusha rocket landed near the gate.", [("projectiles", 1, 1)]),
    ("Police said some 900 trainers are based there.", []),
    ("Rocket attack kills US military contractor", [("killed", 1, 1)]),
])
def test_more_claims(text, expected):
    assert sorted(claims_of(text)) == sorted(expected)
