from __future__ import annotations

import pytest

from crosscount import attribution as A

#: One sentence per background cue, in the style of news copy.
CUE_EXAMPLES = {
    "last-week": "Last week, a drone wounded two guards at the airport.",
    "earlier": "Earlier attacks on the base killed a contractor.",
    "in-month": "In March, militants fired six rockets at the camp.",
    "in-year": "A similar barrage in 2019 wounded four soldiers.",
    "since": "Since 2021, militias have fired more than 90 rockets.",
    "since-when": "It was the 90th attack since Oct. 17, when a drone wounded two soldiers.",
    "recent-years": "In recent months, dozens of drones have targeted the port.",
    "years-ago": "Two years ago, a rocket killed an American contractor.",
    "strike-that-killed": "Militias vowed revenge for the strike on the convoy that killed five fighters.",
    "day-after": "The shelling came a day after three rockets hit the town.",
    "anniversary": "The attack fell on the anniversary of the 2020 barrage that wounded 11.",
    "similar": "A similar attack on an airport killed a guard.",
    "retaliat": "The retaliatory raid killed 12 fighters.",
    "separate": "In a separate attack, a drone wounded four sailors.",
    "hours-earlier": "Hours earlier, a mortar round killed a farmer.",
    "since-start": "More than 300 people have been killed since the war began.",
    "follows": "Sunday's attack follows a strike on a convoy in which three soldiers were killed.",
    "related": "Related: Drone attack wounds three in Erbil",
    "this-year": "Militants have fired 60 rockets at the base this year.",
    "tally": "Bases have been attacked at least 40 times since then, and 45 troops have been hurt.",
}


def test_every_cue_has_an_example_and_needs():
    slugs = [slug for slug, _p in A.BACKGROUND_CUES]
    assert sorted(CUE_EXAMPLES) == sorted(slugs) == sorted(A.CUE_NEEDS)


@pytest.mark.parametrize(("slug", "sentence"), sorted(CUE_EXAMPLES.items()))
def test_background_cue_examples(slug, sentence):
    assert A.background_cue(sentence) == slug


@pytest.mark.parametrize("sentence", [
    *CUE_EXAMPLES.values(),
    "Militants fired 40 rockets, the heaviest barrage since last summer.",
    "Last week, the Pentagon said the number was 34.",
    "Two rockets hit the base on Tuesday, the army said.",
    "SEPARATELY, police said a shell hit a school in MAY.",
    "“See also the attack in 2018,” he said. Read more: rockets hit the port",
    "The first fatalities of the campaign since March came on Saturday.",
    "Drones hit the airport, the latest of more than 20 attacks since May.",
])
def test_scanning_only_the_needed_cues_finds_what_all_cues_find(sentence, monkeypatch):
    fast = A.background_cue(sentence)
    monkeypatch.setattr(A, "_NEEDS", [(i, ("",)) for i, _n in A._NEEDS])  # "" is in every sentence: all cues
    assert A.background_cue(sentence) == fast


@pytest.mark.parametrize(("sentence", "slug"), [
    # tallies over many attacks, in any order
    ("Since March 3 there have been 61 attacks on the fleet, and 12 sailors have been hurt.", "tally"),
    ("Rebels have launched more than 190 attacks on shipping since May, killing six seafarers.", "tally"),
    ("In all, 30 troops have been wounded in those attacks, officials said.", "tally"),
    ("Nine days earlier, two drones targeted the same garrison.", "day-after"),
    ("Over the past seven weeks, more than 50 rockets have been fired at the bases.", "recent-years"),
    # the attack reported is the latest of the tally: the main one
    ("Two drones targeted the base on Friday, the latest of at least 17 attacks since Oct. 17.", None),
    ("Over the past 24 hours, 30 rockets were fired at the town.", None),
    # "earlier that month", tolls since a coup; a post shared since a day, a photo's year are no attacks
    ("Earlier that month, a mortar round struck the same school, wounding four pupils.", "earlier"),
    ("The junta has killed more than 5,000 civilians since the coup.", "since-start"),
    ('"Hundreds dead in Kassala," reads a post shared more than 9,000 times since May 2.', None),
    ("The image was taken in Kherson in 2022, and officials reported nine deaths.", None),
    # a sentence that opens on an earlier date; not "Earlier on Friday" (the same day, maybe the same attack)
    ("Earlier, on August 2, a drone attacked a car in the village, injuring three.", "earlier"),
    ("Earlier on Friday, two drones were shot down over the port.", None),
    ("A separate drone aimed at the garrison was shot down.", "separate"),
    # tolls since a month of a year or since a truce; a yardstick after a superlative is no cue
    ("The war has killed at least 70,000 people since October 2023, the ministry says.", "since"),
    ("Since the ceasefire, strikes have killed more than 400 people.", "since-start"),
    ("The army has killed 441 people in violations of the truce since it took effect.", "since-start"),
    ("Shelling killed 11 people, in one of the deadliest attacks since a truce took effect in October.", None),
    ("Rockets wounded four people, in the worst flare-up since the war ended 15 months ago.", None),
])
def test_background_cue_in_context(sentence, slug):
    assert A.background_cue(sentence) == slug


@pytest.mark.parametrize(("text", "short", "expected"), [
    ("Col. Wayne Marotto said two rockets hit. Col. Marotto later said three.", "Col. Marotto", "Col. Wayne Marotto"),
    ("President Joe Biden spoke. Mr. Biden said three were killed.", "Mr. Biden", "President Joe Biden"),
    ("Mr. Smith said two people were hurt.", "Mr. Smith", "Mr. Smith"),  # no fuller form
    ("He met Gen. Ali. The Ali family said. Gen. Ali said so.", "Gen. Ali", "Gen. Ali"),  # "The Ali" is no name
])
def test_full_name(text, short, expected):
    assert A.full_name(text, short) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Kherson governor Oleksandr Prokudin said shells hit a market. Two died, the governor said.", "the governor",
     "Kherson governor Oleksandr Prokudin"),
    ("Lebanon's Health Ministry gave a toll. The ministry said five were hurt.", "The ministry", "Lebanon's Health Ministry"),
    ("The Ministry of Interior said so. Later the ministry said four died.", "the ministry", "Ministry of Interior"),
    ("The army's 3rd Armoured Brigade was hit. The brigade said two died.", "The brigade", "3rd Armoured Brigade"),
    # one person named twice is one name, in its fullest form
    ("Governor Ali Musa spoke. Borno Governor Ali Musa said more. Two died, the governor said.", "the governor",
     "Borno Governor Ali Musa"),
    ("Two died, the regional governor said. Governor Ali Musa spoke later.", "the regional governor",
     "the regional governor"),  # named only after the claim
    # several of the kind: the kind alone names none of them
    ("Governor Ali Musa and Governor Sani Bello spoke. One died, the governor said.", "the governor", "the governor"),
    ("Iran's Foreign Ministry spoke. Five died, the health ministry said.", "the health ministry", "the health ministry"),
    ("Sources in Kyiv said so. Two died, the source said.", "the source", "the source"),  # anonymous
    ("Central Command spoke. The group that fired said two.", "The group that", "The group that"),
    ("The Pentagon said so.", "the Pentagon", "the Pentagon"),  # a name already
])
def test_named_antecedent(text, speaker, expected):
    assert A.named_antecedent(text, speaker, text.rindex(speaker) if speaker in text else len(text)) == expected
