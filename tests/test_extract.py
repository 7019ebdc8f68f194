"""Extraction on sentences written for these tests, in the style news uses."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscount.article import article_claims
from crosscount.extract import ANCHOR, extract_claims


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
    ("Two US soldiers and a Briton were killed.", [("killed", 3, 3)]),
    # people the lexicon lacks, two or more, with a verb that kills or wounds them
    ("The attack killed four police investigators and two civilians.", [("killed", 4, 4), ("killed", 2, 2)]),
    ("Three Buddhist acolytes were killed in the strike.", [("killed", 3, 3)]),
    ("Seven pilgrims and two acolytes were wounded.", [("injured", 7, 7), ("injured", 2, 2)]),
    ("The strike killed 30 goats.", []),
    # dropped explosives count, planted ones do not; duds are a part
    ("The drones dropped 14 explosive charges on the village. Two of them did not explode.",
     [("projectiles", 14, 14), ("projectiles_subset", 2, 2)]),
    ("One bomb struck the main prayer hall.", [("projectiles", 1, 1)]),
    ("Two explosive devices went off near the checkpoint.", []),
    ("Police found three explosive devices in the car.", []),
    ("A drone dropped an explosive device on a car.", []),
    ("The rebels fired at least 30 improvised explosive cylinders at the station.", [("projectiles", 30, None)]),
    # more ways to tell the dead and the wounded
    ("Two men lay dead in the street.", [("killed", 2, 2)]),
    ("More than 20 others remain in treatment.", [("injured", 21, None)]),
    ("She lost her husband and two daughters.", [("killed", 3, 3)]),
    ("Mexico recorded more than 29,000 homicides in 2023.", [("killed", 29_001, None)]),
    ("She was one of six people hospitalized after the blast.", [("injured", 6, 6)]),
    ("A woman wounded when drones dropped explosives on the village has died.", [("killed", 1, 1)]),
    ("Both sides use drones.", []),
    ("Two volunteers from the local emergency response room were among those killed.", [("killed", 2, 2)]),
    ("A woman and her two sons, who sold fish at the market, were among those killed.", [("killed", 3, 3)]),
    ("Two more of the injured died on Monday.", [("killed", 2, 2)]),
    ("Seventeen of the victims died at the scene.", [("killed", 17, 17)]),
    ("We lost 47 comrades.", [("killed", 47, 47)]),
    ("No fewer than 19 persons had now been confirmed dead.", [("killed", 19, None)]),
    ("Nine others were being treated in hospital.", [("injured", 9, 9)]),
    ("Nine people were treated in hospital for shock.", []),
    ("Market bombing: Death toll rises to 19, 43 in hospital", [("killed", 19, 19), ("injured", 43, 43)]),
    ("The toll from the bombings in Bama, Borno State, has risen to 19.", [("killed", 19, 19)]),
    ("The hospital has 40 beds.", []),
    ("Two houses were hit by shrapnel.", []),
    ("Gunmen killed five gold miners.", [("killed", 5, 5)]),  # "Gunmen" is plural: no headline's one
    # groups each counted (two or more each) are claims of their own, as annotators split them
    ("Four Armenian soldiers and three Azerbaijani soldiers died in the clash.", [("killed", 4, 4), ("killed", 3, 3)]),
    ("The strike killed 24 civilians and 21 security personnel.", [("killed", 24, 24), ("killed", 21, 21)]),
    ("A woman and her two children were wounded.", [("injured", 3, 3)]),
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
    # victims implied, asides, lists with "both", subsets "of which"
    ("The attack killed three people and wounded seven.", [("killed", 3, 3), ("injured", 7, 7)]),
    ("Rockets killed two and injured five at the base.", [("killed", 2, 2), ("injured", 5, 5)]),
    ("Five people, including two children, were wounded.", [("injured", 5, 5)]),
    ("The rocket attack killed both a soldier and a contractor.", [("killed", 2, 2)]),
    ("Seven rockets were fired, three of which hit the base.", [("projectiles", 7, 7), ("projectiles_subset", 3, 3)]),
    ("Rockets hit the base, killing two.", [("killed", 2, 2)]),
    # not counted
    ("The base hosts 2,500 troops.", []),
    ("The strike killed two birds near 3 trees.", []),
    ("Police said 14 rockets were seized in a raid.", []),
    ("Twenty-five rockets were found unexploded near the site.", []),
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


@pytest.mark.parametrize(("text", "expected"), [
    # "a third" and "another" imply more projectiles than the count before them.
    ("Two rockets struck the airport, while a third landed near a checkpoint.",
     [("projectiles_subset", 2, 2), ("projectiles_subset", 1, 1)]),
    ("One drone hit the base and another crashed in a field, officials said.",
     [("projectiles_subset", 1, 1), ("projectiles_subset", 1, 1)]),
    ("Three rockets hit the camp. Another two landed in a field.",
     [("projectiles_subset", 3, 3), ("projectiles_subset", 2, 2)]),
    # Fired, not hitting a place: the total stays.
    ("Two rockets were fired at the base. A third failed to launch.",
     [("projectiles", 2, 2), ("projectiles_subset", 1, 1)]),
])
def test_ordinals_imply_a_larger_salvo(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Seven rockets were fired. Four rockets landed in the Green Zone.", [("projectiles", 7, 7), ("projectiles_subset", 4, 4)]),
    # A vague count allows any larger one: counts no larger than it, at one place each, are parts.
    ("Several shells fell on the port, the market and the airport. Two shells hit the market.",
     [("projectiles", 2, None), ("projectiles_subset", 2, 2)]),
    ("Several rockets targeted the town. Several rockets fell near the mosque.",
     [("projectiles", 2, None), ("projectiles", 2, None)]),  # a vague count is no part of another
    # Parts named against the whole: "most of the 20" is the whole, "all but two" no count.
    ("Militants fired rockets. Most of the 20 rockets were intercepted.", [("projectiles", 20, 20)]),
    ("Militants fired 12 rockets. All but two of the missiles were intercepted.", [("projectiles", 12, 12)]),
    ("Russia fired 40 drones. Three of the 40 launched hit homes.", [("projectiles", 40, 40), ("projectiles_subset", 3, 3)]),
])
def test_count_below_the_salvo_is_a_subset(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("Two rockets hit the base, an Army spokesman said.", "an Army spokesman"),
    ("According to the Iraqi military, eight rockets were fired.", "the Iraqi military"),
    ("The ministry said two soldiers were wounded.", "The ministry"),
    ("Two soldiers were wounded, said Colonel Ray Smith.", "Colonel Ray Smith"),
])
def test_speaker(text, speaker):
    assert article_claims(text)[0][0].speaker == speaker


def test_the_speaker_of_an_earlier_figure_is_not_the_new_ones():
    claims = article_claims("The number of wounded rose to 11, up from the four the ministry reported on Friday.")[0]
    assert [(c.low, c.speaker) for c in claims] == [(11, None), (4, "the ministry")]


def test_years_ago_is_another_event():
    events = [c.event for c in article_claims("Two rockets hit the base. Five years ago, three rockets hit it.")[0]]
    assert events == ["main", "other:years-ago"]


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


@pytest.mark.parametrize(("text", "expected"), [
    # Every qualifier of GOLD_SCHEMA as an interval, in news sentences.
    ("At least three rockets struck the airport late Monday.", [("projectiles", 3, None)]),
    ("More than 20 missiles were launched at the base.", [("projectiles", 21, None)]),
    ("Over 40 service members were wounded, officials said.", [("injured", 41, None)]),
    ("The injured tally tops 100, the Pentagon said.", [("injured", 101, None)]),
    ("Militants fired up to five mortar rounds at the camp.", [("projectiles", 0, 5)]),
    ("Fewer than ten drones were intercepted over the city.", [("projectiles_subset", 0, 9)]),
    ("Nearly 100 people were injured in the blasts.", [("injured", 100, 100)]),
    ("About 15 rockets hit the area around the consulate.", [("projectiles", 15, 15)]),
    ("Some 30 civilians were killed, the health ministry said.", [("killed", 30, 30)]),
    ("Several rockets landed near the embassy.", [("projectiles", 2, None)]),
    ("Multiple drones targeted the outpost overnight.", [("projectiles", 2, None)]),
    ("A number of soldiers were hurt in the attack.", [("injured", 2, None)]),
    ("Dozens of people were wounded in the strike.", [("injured", 24, None)]),
    ("Two dozen Katyusha rockets were fired from a truck.", [("projectiles", 24, 24)]),
    ("A barrage of rockets hit the base.", []),
    ("There was no word on injuries.", []),
])
def test_qualifiers_in_news_sentences(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # Nested reporting credits the innermost source.
    ("Reuters reported that Iraqi officials said four rockets hit the base.", "Iraqi officials"),
    ("AFP reported, citing police, that two civilians were killed.", "police"),
    ("Kurdish officials told AFP that a contractor was killed.", "Kurdish officials"),
    ("Four rockets hit the base, Reuters reported.", "Reuters"),
    ("The Pentagon told reporters that 11 troops were treated for concussions.", "The Pentagon"),
    ("In a statement, the embassy said three rockets landed in the compound.", "the embassy"),
    ("Three rockets landed in the compound, the embassy said in a statement.", "the embassy"),
    ("The coalition tweeted that two drones were shot down.", "The coalition"),
    ("The Iraqi military said in a statement that eight rockets were fired.", "The Iraqi military"),
    ("Five rockets struck the base.", None),
    # Datelines, passives, present tense, pronouns and quotations.
    ("BAGHDAD, Dec 8 (Reuters) - The Iraqi military said four rockets hit the base.", "The Iraqi military"),
    ("KIRKUK - A security source said two rockets hit the base.", "A security source"),
    ("No injuries were reported after two rockets hit the base.", None),
    ("Two rockets hit the base, Iraqi security sources say.", "Iraqi security sources"),
    ("Two rockets hit the base, ending a truce announced by the militias.", None),
    ("Two rockets hit the base, officials reportedly said.", "officials"),
    # Asides between the speaker and the verb, quoted first persons, headline sources.
    ("A police officer, who asked not to be named, said two rockets hit the base.", "A police officer"),
    ("Doctors at the hospital, speaking by phone, said five people were wounded.", "Doctors at the hospital"),
    ("The ministry, in a short statement, said one guard was killed.", "The ministry"),
    ("The Saraya group, a little-known militia, said it fired six rockets.", "The Saraya group"),
    ("The defence ministry, however, said its troops fired more than 40 mortar rounds.", "The defence ministry"),
    ("A second advisory, issued on Sunday evening, said the ship was struck by two missiles.", "A second advisory"),
    ("According to the governor's own figures, at least 40 civilians have been killed.", "the governor"),
    ("Three people reported dead after the strike, police said.", "police"),
    ("A health worker, who spoke on condition of anonymity, said a boy and his mother were among the dead.",
     "A health worker"),
    ("I am appalled by reports that at least 20 civilians were killed.", None),
    ("The State Emergency Management Agency (SEMA) said in a statement that 31 injured persons were treated.",
     "The State Emergency Management Agency (SEMA)"),
    ("The spokesperson of the police, DSP Yusuf Garba, confirmed the incident, saying eight persons died.", "DSP Yusuf Garba"),
    ("Jul 5 (AFP) - The army said four rockets hit the base.", "The army"),
    ("A militia member, Babagana Kachalla, spoke first. \"We recovered 12 bodies,\" Mr Kachalla said.", "Babagana Kachalla"),
    ("A military spokesman, Maj. Ali Hassan, said two rockets hit the base.", "Maj. Ali Hassan"),
    ("An estimated 20 rockets hit the town overnight.", None),
    ("“We saw nine rockets,” said a farmer near the base.", "a farmer near the base"),
    ("Rocket attack wounds 3 soldiers - Iraqi army", "Iraqi army"),
    ("Three rockets hit the base - the fourth attack this week.", None),
    ("According to a message published by the U.S. Embassy on Twitter, two rockets hit the base.", "the U.S. Embassy"),
    ("According to the military’s statement, the group launched eight rockets.", "the military"),
    ("A coalition spokesman, Col. Wayne Marotto, said that two rockets hit the base.", "Col. Wayne Marotto"),
    ("The press secretary, John Kirby, told reporters that 11 troops were hurt.", "John Kirby"),
    # An aside and an adverb between the speaker and the verb.
    ("The ministry, which runs the hospitals, later said nine people were wounded.", "The ministry"),
    ("The command, which oversees the region, initially put the toll at 12 dead, but medics soon said 15.",
     "The command"),
    ("Two rockets hit the port, local officials soon said.", "local officials"),
    # Titles keep their full stops; a relative clause's speaker is its antecedent.
    ("Four drones were shot down, according to Lt. Col. Sara Mills, a spokeswoman.", "Lt. Col. Sara Mills"),
    ("“Six rockets landed,” wrote Brig. Gen. Omar Said on Telegram.", "Brig. Gen. Omar Said"),
    ("Nine died, according to the monitor, which said 14 were wounded.", "the monitor"),
    ("Three soldiers were wounded, according to a statement from the army.", "the army"),
    ("Two rockets hit the base, according to a statement by the Iraqi military.", "the Iraqi military"),
    ("Three people were killed, per the health ministry.", "the health ministry"),
    ("Per Ukraine's air force, nine drones were downed.", "Ukraine's air force"),
    ("Two rockets hit the town, per reports.", None),  # "per" credits only a named source
    # The source cited is the innermost speaker.
    ("Four rockets hit the airport, the agency reported, citing police sources.", "police sources"),
    ("Local radio, quoting the mayor, said six people were wounded.", "the mayor"),
    # A description between commas before the verb; a clause that is no name.
    ("The Houthis, a Yemeni rebel group, claimed responsibility and said they fired 9 drones.", "The Houthis"),
    ("Four rockets hit the camp, an official who requested anonymity told reporters.", "an official"),
    ("That account conflicts with the provincial council, which alleges eight shells hit the market.",
     "the provincial council"),
    # A speaker who "puts" or "estimates" a figure, before another's in the same sentence.
    ("A rights group puts the death toll at 14, while the ministry says nine people died.", "A rights group"),
    ("The monitor estimates that 30 people were killed.", "The monitor"),
    # Data are no speaker, but their owner is; "official figures" are the officials'.
    ("According to preliminary data, three people were killed.", None),
    ("According to the latest information from the regional health ministry, three people were killed.",
     "the regional health ministry"),
    ("According to official figures, three people were killed.", "official figures"),
    # A verb with its subject before it: the words after it are what was said, not who said it.
    ("The operator, a Greek shipping firm, said one of the 20 sailors died overnight in hospital.", "The operator"),
    # A name with its age, and maybe an aside after it.
    ("Omar Haddad, 52, said four mortar rounds fell near his shop.", "Omar Haddad"),
    ("A farmer, Omar Haddad, 52, said four mortar rounds fell near his shop.", "Omar Haddad"),
    ("Omar Haddad, 52, who sells fruit by the gate, said four mortar rounds fell near his shop.", "Omar Haddad"),
])
def test_speaker_in_nested_reporting(text, speaker):
    assert article_claims(text)[0][0].speaker == speaker


@pytest.mark.parametrize("text", [
    "At least 14 107 mm rockets and a mortar round hit; no one was hurt. About 2,500 US troops remain.",
    "A woman and a child were wounded, and another rocket landed in a field.\n\nMore than\na dozen people fled.",
    "The 45-year-old said three of the 10 drones were downed, up to five km away, at 3.5% cost.",
    "İstanbul: Two ROCKETS struck; No fewer than SEVEN were fired, the last at 2 a.m.",
])
def test_anchor_scan_finds_what_anchor_finditer_finds(text):
    from crosscount.extract import _anchors
    from crosscount.text import lowered

    got = [(m.span(), m.group("qty").lower(), (m.group("qual") or "").lower()) for m in _anchors(text, lowered(text))]
    want = [(m.span(), m.group("qty").lower(), (m.group("qual") or "").lower()) for m in ANCHOR.finditer(text)]
    assert got == want and got


def test_anchor_scan_on_generated_articles():
    from crosscount.extract import _anchors
    from crosscount.synth import generate
    from crosscount.text import lowered

    for article in generate(60, seed=4):
        text = article.text
        assert [m.span() for m in _anchors(text, lowered(text))] == [m.span() for m in ANCHOR.finditer(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # "it said" stands for the speaker named before it.
    ("The ministry said the attack was cowardly. Two soldiers were wounded, it said.", "The ministry"),
    # A quotation that names no speaker is the previous sentence's speaker's.
    ("The army said in a statement that rockets fell nearby. “Three rockets hit the airport.”", "The army"),
])
def test_speaker_from_the_sentence_before(text, speaker):
    claims = article_claims(text)[0]
    assert claims[-1].speaker == speaker


def test_quoted_words_take_the_speaker_named_before_them_not_his_words():
    text = ("Nadia Karim, 29, who lives across the street, said the roof fell in. "
            "\u201cWe carried out three bodies,\u201d she said.")
    assert [(c.low, c.speaker) for c in article_claims(text)[0]] == [(3, "Nadia Karim")]


_BRIEFING = """Department Press Briefing

COL. DANA REYES, SPOKESPERSON: Good afternoon. As of this morning, five service members have been treated for minor injuries. That is up from the three we reported yesterday.

We also assess that about eight rockets were fired, and two of them landed inside the base.

Q: Local officials say 12 rockets were fired. And was anyone killed?

REYES: I've seen that report. Our count is eight rockets. No one was killed.

QUESTION (Radio Free Europe): Thank you.

The briefing ended at 2:40 p.m. Four more troops were hurt, a base official said later.
"""


def test_a_briefing_answer_is_its_speakers():
    got = [(c.quote, c.speaker) for c in article_claims(_BRIEFING)[0]]
    assert got == [
        ("five service members have been treated", "Col. Dana Reyes"),
        ("up from the three", "Col. Dana Reyes"),
        ("about eight rockets were fired", "Col. Dana Reyes"),
        ("two of them landed", "Col. Dana Reyes"),
        ("12 rockets were fired", "Local officials"),
        ("eight rockets", "Col. Dana Reyes"),
        ("No one was killed", "Col. Dana Reyes"),
        ("Four more troops were hurt", "a base official"),
    ]


@pytest.mark.parametrize(("text", "speaker"), [
    # A headline's source before a colon, one the story shows speaking.
    ("Medics: Four hurt as rockets hit Sderot\n\nThe rescue service, Magen David Adom, said it was treating people. "
     "The medics said two more were in shock.", "Medics"),
    ("• Centcom says two drones were shot down over the sea", "Centcom"),  # a bullet point
    # A place opens a headline the same way.
    ("Kharkiv: Toll from missile strike on market rises to 11\n\nRescuers worked through the night in Kharkiv.", None),
])
def test_headline_source(text, speaker):
    assert article_claims(text)[0][0].speaker == speaker


def test_transcript_turns_name_reporters_and_speakers():
    from crosscount.attribution import transcript_turns

    text = "QUESTION (TASS): How many?\nMARIA IVANOVA: Two.\nQ: And killed?\nIVANOVA: None.\nThe end."
    assert [who for _a, _b, who in transcript_turns(text)] == ["a reporter", "Maria Ivanova", "a reporter", "Maria Ivanova"]


@pytest.mark.parametrize("text", [
    "UPDATE: Two rockets hit the base.\nWATCH: video of the strike.\nREAD MORE: the week in review.",  # page labels
    "BAGHDAD: Two rockets hit the base, police said nothing.\nNo one was hurt.",  # a single label
])
def test_labels_that_are_no_transcript(text):
    from crosscount.attribution import transcript_turns

    assert transcript_turns(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # A numeral after a month is a day: the count is elsewhere or absent.
    ("Drones struck the outpost on Sept. 14 and caused minor injuries to three soldiers.", [("injured", 3, 3)]),
    ("An airstrike on Nov. 2 killed four fighters, the group said.", [("killed", 4, 4)]),
    ("Rockets launched on April 9 hit the airfield.", []),
    ("Rockets fired on May 3 hit the depot.", []),
    # A speaker after the victims is not one more victim.
    ("The blast wounded three Iraqi soldiers, a security official said.", [("injured", 3, 3)]),
    ("The drone killed two guards, a local official told AFP.", [("killed", 2, 2)]),
    # Zeros as security statements put them.
    ("Three mortar shells fell near the runway without causing any casualties.",
     [("projectiles", 3, 3), ("casualties", 0, 0)]),
    ("The strike caused no material damage or injuries.", [("injured", 0, 0)]),
    ("Nobody was killed or injured, the governor said.", [("killed", 0, 0), ("injured", 0, 0)]),
    # Verbs of other outlets' house styles.
    ("Health officials said nine civilians were martyred.", [("killed", 9, 9)]),
    ("Six people lost their lives and 20 others sustained injuries.", [("killed", 6, 6), ("injured", 20, 20)]),
    ("Two contractors sustained shrapnel wounds.", [("injured", 2, 2)]),
    ("A few dozen rockets rained down on the town.", [("projectiles", 24, None)]),
    # Projectiles in military releases.
    ("The militia launched three one-way attack drones at the garrison.", [("projectiles", 3, 3)]),
    ("Two unmanned aerial systems struck the airfield.", [("projectiles", 2, 2)]),
    ("They launched one-way attack drones at the garrison.", []),
    ("Insurgents fired one rocket at the consulate.", [("projectiles", 1, 1)]),
    # Interceptions and parts of a salvo.
    ("Air defences intercepted six drones launched from the south.", [("projectiles_subset", 6, 6)]),
    ("Rockets fired from Gaza; Iron Dome intercepts dozens", [("projectiles_subset", 24, None)]),
    ("Russia launches drones at Kyiv; Ukraine downs 12", [("projectiles_subset", 12, 12)]),
    ("Police intercepts two trucks", []),
    ("Five of the nine missiles were shot down.", [("projectiles_subset", 5, 5), ("projectiles", 9, 9)]),
    ("Only two of the 11 rockets hit the camp.", [("projectiles_subset", 2, 2), ("projectiles", 11, 11)]),
    ("Eight drones were launched and air defences shot down six.", [("projectiles", 8, 8), ("projectiles_subset", 6, 6)]),
    ("Border guards intercepted two men near the crossing.", []),
    # Rates and stocks, not salvos.
    ("Analysts say Russia is now producing around 2,700 drones a month.", []),
    ("Militants fired 40 rockets a day at the town.", []),
    ("The army bought 12 missiles from its ally.", []),
    # Victims in other words.
    ("Two people were found dead in the rubble.", [("killed", 2, 2)]),
    ("A 16-year-old boy was hit by shrapnel.", [("injured", 1, 1)]),
    ("Among the dead was a 34-year-old woman.", [("killed", 1, 1)]),
    ("A man and a woman, both in their 60s, were killed.", [("killed", 2, 2)]),
    ("Drone hits Lviv warehouse; no one injured", [("injured", 0, 0)]),
    ("A drone hit a depot, injuring no one.", [("projectiles", 1, 1), ("injured", 0, 0)]),
    ("None of the injured were soldiers.", []),
    # Drones lost to jamming are a part of the salvo.
    ("Russia launched 62 drones; 41 were shot down and 19 were \"lost\" to jamming.",
     [("projectiles", 62, 62), ("projectiles_subset", 41, 41), ("projectiles_subset", 19, 19)]),
    ("Russia launched 48 drones. Three drones and the ballistic missiles reached their targets.",
     [("projectiles", 48, 48), ("projectiles_subset", 3, 3)]),
    ("Russia launched 15 drones. \"Up to five\" hit energy facilities, she said.",
     [("projectiles", 15, 15), ("projectiles_subset", 0, 5)]),
    ("The blast killed a shopkeeper and a schoolboy.", [("killed", 2, 2)]),
    ("Three of a family killed as shells hit homes", [("killed", 3, 3)]),
    ("Two more victims of the attack on the market succumbed to their injuries.", [("killed", 2, 2)]),
    ("Three of the wounded died in hospital.", [("killed", 3, 3)]),
    ("Four others were badly burned.", [("injured", 4, 4)]),
    ("Militants martyred four soldiers.", [("killed", 4, 4)]),
    ("Three victims were identified.", [("casualties", 3, 3)]),
    ("Police recovered a launcher and six rockets from a compound.", []),
    ("Israeli strikes have killed more than 350 fighters and more than 100 civilians.",
     [("killed", 351, None), ("killed", 101, None)]),  # two qualified counts are two claims
    ("Several soldiers and a civilian were wounded.", [("injured", 3, None)]),
    ("Injury toll from drone attack on US base rises to 8", [("injured", 8, 8)]),
    ("Rockets hit Iraq base hosting U.S. troops; contractor hurt", [("injured", 1, 1)]),
    ("Rockets hit the base. Contractor killed in the attack.", [("killed", 1, 1)]),
    ("Iran fired 300 drones. A further 20 or so projectiles were launched from Yemen.",
     [("projectiles", 300, 300), ("projectiles_subset", 20, 20)]),
    ("In total, more than 300 aerial threats were launched toward Israel.", [("projectiles", 301, None)]),
    ("About 170 drones were launched. None of them crossed into Israeli territory.",
     [("projectiles", 170, 170), ("projectiles_subset", 0, 0)]),
    ("Russia launched 30 drones at the capital. Not a single drone reached the city, the mayor said.",
     [("projectiles", 30, 30), ("projectiles_subset", 0, 0)]),
    ("Not one of the missiles hit its target.", [("projectiles_subset", 0, 0)]),
    # the second of a pair after "one": in its sentence or opening the next
    ("Two drones targeted the field. One was shot down and the other hit a storage tank.",
     [("projectiles", 2, 2), ("projectiles_subset", 1, 1), ("projectiles_subset", 1, 1)]),
    ("Two rockets were fired. One landed in a field. The other struck a house.",
     [("projectiles", 2, 2), ("projectiles_subset", 1, 1), ("projectiles_subset", 1, 1)]),
    ("One rocket hit the wall. Police said the other hit a car.", [("projectiles", 1, 1)]),  # not mid-sentence
    ("The other hit a car.", []),
    # who a part of the victims were (GOLD_SCHEMA: "two Americans among the dead" counts)
    ("Five of the dead were children.", [("killed", 5, 5)]),
    ("Two of the wounded were police officers.", [("injured", 2, 2)]),
    ("Nine of the wounded were flown to Germany.", []),
    ("Three of the injured are in serious condition.", []),
    # a part of a total named before it in the sentence
    ("Russia launched 85 aerial attack vehicles overnight, among them two Iskander-M ballistic missiles.",
     [("projectiles", 85, 85), ("projectiles_subset", 2, 2)]),
    ("Iran fired 300 drones and missiles, including 120 ballistic missiles.",
     [("projectiles", 300, 300), ("projectiles_subset", 120, 120)]),
    ("Russia launched a large attack including two ballistic missiles.", [("projectiles", 2, 2)]),
    ("CENTCOM forces destroyed three Houthi uncrewed aerial systems (UAS) over the Red Sea.",
     [("projectiles_subset", 3, 3)]),
    ("The Houthis launched two ASBMs toward the ship.", [("projectiles", 2, 2)]),
    # a fact box: a label and its figure on a line
    ("Key figures\nCivilians reported killed: 3-5\n- Wounded: about 300\nDrones shot down: 27\n",
     [("killed", 3, 5), ("injured", 300, 300), ("projectiles_subset", 27, 27)]),
    ("Death toll: 45\nRockets fired: 12 (army)\nCasualties: none\nPeople killed: 1,200+",
     [("killed", 45, 45), ("projectiles", 12, 12), ("casualties", 0, 0), ("killed", 1200, None)]),
    ("Updated: 2024\nKilled: Ahmed Saleh, a teacher", []),
    ("Not a single civilian was hit by the debris.", []),
    ("UAE intercepts Houthi drones over Abu Dhabi, debris hurts two", [("injured", 2, 2)]),
    ("Iran fired 180 missiles. Jordan said it intercepted \"a number of missiles\".",
     [("projectiles", 180, 180), ("projectiles_subset", 2, None)]),
    ("Iran fired 180 missiles. Images show at least 20 impacts at the air base.",
     [("projectiles", 180, 180), ("projectiles_subset", 20, None)]),
    ("Three troops with minor wounds were flown out.", [("injured", 3, 3)]),
    ("The base was targeted by three explosive-laden unmanned aircraft systems.", [("projectiles", 3, 3)]),
    ("Kharkiv: toll rises to four", [("killed", 4, 4)]),
    ("The hospital received the bodies of a man and his 14-year-old son.", [("killed", 2, 2)]),
    ("Rescuers recovered the bodies of three people from the rubble.", [("killed", 3, 3)]),
    ("The war has killed more than half a million people.", [("killed", 500_001, None)]),
    ("He was one of two people hurt in the barrage.", [("injured", 2, 2)]),
    ("There were no reports of civilian injuries.", [("injured", 0, 0)]),
    ("About 40 launches were identified. One launch fell in the yard of a house.",
     [("projectiles", 40, 40), ("projectiles_subset", 1, 1)]),
    ("Troops fired 30 rockets. Soldiers destroyed several launch pads.", [("projectiles", 30, 30)]),
    # A breakdown after a colon counts parts; a list after an interception verb is intercepted.
    ("Air defences destroyed 117 drones: 37 over the Kursk Region, 24 over the Voronezh Region and one over the Sea of Azov.",
     [("projectiles_subset", 117, 117), ("projectiles_subset", 37, 37), ("projectiles_subset", 24, 24),
      ("projectiles_subset", 1, 1)]),
    ("Russia launched 70 drones. Air defence shot down all 4 missiles and 61 drones.",
     [("projectiles", 70, 70), ("projectiles_subset", 4, 4), ("projectiles_subset", 61, 61)]),
    ("Russia launched 120 drones; 96 drones were destroyed, including 28 over the Saratov region.",
     [("projectiles", 120, 120), ("projectiles_subset", 96, 96), ("projectiles_subset", 28, 28)]),
    ("Two rockets destroyed a house in the village.", [("projectiles", 2, 2)]),
    ('Russia launched 60 drones. Another 17 drones were "lost locally," the military said.',
     [("projectiles", 60, 60), ("projectiles_subset", 17, 17)]),
    # One more victim by an ordinal; ages are no counts; a measure noun before a noun is a modifier.
    ("Two soldiers were killed and a third wounded.", [("killed", 2, 2), ("injured", 1, 1)]),
    ("Three girls aged between 11 and 14 were wounded.", [("injured", 3, 3)]),
    ("The navy said it was not a casualty event.", []),
    ("The number of dead has been corrected to three.", [("killed", 3, 3)]),
    ('The militia said it sent "several drones" at the base.', [("projectiles", 2, None)]),
    # Harm after the victims, a participle with its object between them and their verb.
    ("A 62-year-old woman suffered minor cuts.", [("injured", 1, 1)]),
    ("Two soldiers guarding its outer gate had suffered light injuries.", [("injured", 2, 2)]),
    ("One soldier was killed and another sustained injuries.", [("killed", 1, 1), ("injured", 1, 1)]),
    ("Russia launched 48 drones; 29 were downed and two flew off toward Belarus.",
     [("projectiles", 48, 48), ("projectiles_subset", 29, 29), ("projectiles_subset", 2, 2)]),
    ('Russia launched 60 drones. Another 38 decoy drones were "locationally lost".',
     [("projectiles", 60, 60), ("projectiles_subset", 38, 38)]),
    # One named first without a number, an appositive, crews.
    ("The captain and two seamen were injured.", [("injured", 3, 3)]),
    ("The strike killed the driver and two passengers.", [("killed", 3, 3)]),
    ("One crew member, the vessel's bosun, sustained minor burns.", [("injured", 1, 1)]),
    ("Iran said the group ambushed a convoy, martyring 11 police officers.", [("killed", 11, 11)]),
    ("The ship's crew of 21 was unhurt.", [("injured", 0, 0)]),
    # Negated qualifiers, quoted figures, corpses, auxiliaries and blue helmets.
    ('An official said "not less than nine" projectiles hit the camp.', [("projectiles", 9, None)]),
    # Typos wire copy lets through.
    ("Three people were killed and at last 25 others injured.", [("killed", 3, 3), ("injured", 25, None)]),
    ("Atleast 12 rockets were fired.", [("projectiles", 12, None)]),
    ("At last, two rockets were fired.", [("projectiles", 2, 2)]),
    ("Not more than five people were hurt.", [("injured", 0, 5)]),
    ('Doctors said "dozens" had been injured.', [("injured", 24, None)]),
    ("The hospital said 29 were being treated for injuries.", [("injured", 29, 29)]),
    ("I helped to carry eight corpses.", [("killed", 8, 8)]),
    ("Three soldiers and a VDP auxiliary were killed.", [("killed", 4, 4)]),
    ("Three blue helmets were lightly injured.", [("injured", 3, 3)]),
    # Hedged verbs.
    ("Three missiles were fired. One missile is estimated to have fallen within Japan's economic zone.",
     [("projectiles", 3, 3), ("projectiles_subset", 1, 1)]),
    ("Two people are believed to have been killed.", [("killed", 2, 2)]),
    # An aside with a name; a headline's clause after a comma.
    ("One serviceman of the army, contract sergeant Hayk Grigoryan, was killed.", [("killed", 1, 1)]),
    ("Azerbaijan strikes Sotk with attack drones, serviceman killed", [("killed", 1, 1)]),
    # Zeros of a named group.
    ("No humanitarian staff were among the casualties.", [("casualties", 0, 0)]),
    ("No soldier was killed or injured.", [("killed", 0, 0), ("injured", 0, 0)]),
    ("No civilians lost their lives.", [("killed", 0, 0)]),
    ("No U.S. or coalition personnel were injured.", [("injured", 0, 0)]),
    ("The group said none of the group's fighters had been killed.", [("killed", 0, 0)]),
    ("The crew of 19 was not hurt.", [("injured", 0, 0)]),
    ("Residents had not been injured, the mayor said.", [("injured", 0, 0)]),
    # Interceptions of projectiles named before, and what crossed.
    ("Gaza fired 60 rockets. Iron Dome shot down a number of them.", [("projectiles", 60, 60), ("projectiles_subset", 2, None)]),
    ("Russia launched 40 drones; air defences destroyed 31 of them.", [("projectiles", 40, 40), ("projectiles_subset", 31, 31)]),
    ("A witness saw at least five interceptions over the city.", [("projectiles_subset", 5, None)]),
    ("Of the 270 rockets, about 190 crossed into Israeli territory.", [("projectiles", 270, 270), ("projectiles_subset", 190, 190)]),
    # Wording of state media and military statements.
    ("The aggression led to the martyrdom of a soldier and the injury of four others.", [("killed", 1, 1), ("injured", 4, 4)]),
    ("The strike caused the death of two children.", [("killed", 2, 2)]),
    ("The aggression left three martyrs.", [("killed", 3, 3)]),
    ("The air force said it had neutralised over 30 terrorists.", [("killed", 31, None)]),
    ("One soldier made the supreme sacrifice.", [("killed", 1, 1)]),
    ("There was no loss of civilian life.", [("killed", 0, 0)]),
    ("The response killed two operatives.", [("killed", 2, 2)]),
    # Between the victims and their verb: an age, an adverb; not a place's relative clause.
    ("One man, 45, was lightly injured.", [("injured", 1, 1)]),
    ("A rocket hit a bus; three people standing nearby were hurt.", [("projectiles", 1, 1), ("injured", 3, 3)]),
    ("A doctor at the main hospital, which was hit by shrapnel, said the wards were full.", []),
    # A headline's present tense after a plural: a verb, not "a drone strike".
    ("Two drones strike Kiryat Shmona", [("projectiles", 2, 2)]),
    ("Militants carried out two drone strikes.", []),
    # A list item whose noun is left out counts what the item before it counts.
    ("Militants fired 40 rockets at Sderot, 25 at Ashkelon and 10 at Netivot.",
     [("projectiles", 40, 40), ("projectiles", 25, 25), ("projectiles", 10, 10)]),
    ("Air defences downed 30 drones over Belgorod and another 12 over the Kursk region.",
     [("projectiles_subset", 30, 30), ("projectiles_subset", 12, 12)]),
    ("The shelling killed four people in Kherson and at least two in Nikopol.", [("killed", 4, 4), ("killed", 2, None)]),
    ("The strike killed a man, 45, in Kharkiv.", [("killed", 1, 1)]),
    # An elliptical item names a place: not a condition, a direction, a day or a verb's subject.
    ("Twelve people were wounded in Haifa, two in serious condition.", [("injured", 12, 12)]),
    ("Russia launched 46 drones at Ukraine overnight, 40 in the direction of Kyiv.", [("projectiles", 46, 46)]),
    ("Two soldiers were killed in Metula, and 40 at the base remained in shelters.", [("killed", 2, 2)]),
    ("Three children aged 5, 7 and 9 were killed.", [("killed", 3, 3)]),
    # Drones destroyed in the air are a part; one destroyed drone, or drones parked or struck before launch, are not.
    ("Russia launched 60 drones, and air defences destroyed 41 drones over six regions.",
     [("projectiles", 60, 60), ("projectiles_subset", 41, 41)]),
    ("The navy said its destroyers neutralised at least 12 drones.", [("projectiles_subset", 12, None)]),
    ("A drone struck the base and destroyed an MQ-1C drone.", [("projectiles", 1, 1)]),
    ("The barrage destroyed two MQ-9 drones parked on the apron.", []),
    ("Twelve Russian drones were destroyed on the ground at the Morozovsk airfield.", []),
    ("Air defences shot down all 4 missiles and 61 drones launched overnight.",
     [("projectiles_subset", 4, 4), ("projectiles_subset", 61, 61)]),
    ("US strikes destroyed five anti-ship missiles in Yemen.", []),
    ("Rockets hit the town. Officials counted 27 shelling incidents, including 11 in Hama province.", []),
    # Counts of attacks, not of projectiles.
    ("Militias have carried out dozens of drone and missile attacks on the base.", []),
    ("The sites have been targeted by dozens of rockets and roadside bomb attacks.", []),
    ("Militants fired 12 rockets and carried out two drone strikes.", [("projectiles", 12, 12)]),
    ("Two cruise missiles and a ballistic missile struck the port.", [("projectiles", 2, 2), ("projectiles", 1, 1)]),
    ("The drone was one of 18 launched at the city.", [("projectiles", 18, 18)]),
    ("In all 35 drones were shot down, out of 40 launched.", [("projectiles_subset", 35, 35), ("projectiles", 40, 40)]),
    # Past the air defences: a part.
    ("Iran fired 180 missiles. Most were intercepted, but two got through.", [("projectiles", 180, 180), ("projectiles_subset", 2, 2)]),
    ("Three missiles penetrated the air defences.", [("projectiles_subset", 3, 3)]),
    # What happened to them after an aside or a launch participle, not how they set off.
    ("Three drones, each carrying explosives, were shot down over the city.", [("projectiles_subset", 3, 3)]),
    ("Two missiles fired at the tanker were intercepted by a destroyer.", [("projectiles_subset", 2, 2)]),
    ("Six rockets fired from the south fell in open fields.", [("projectiles", 6, 6)]),
    ("Eight rockets were fired toward the base.", [("projectiles", 8, 8)]),
    ("Gunmen fired two rocket-propelled grenades at a police post.", [("projectiles", 2, 2)]),
    ("Hezbollah fired 30 rockets a day after Israel killed a commander.", [("projectiles", 30, 30)]),
    ("Iron Dome intercepts three rockets over Gush Dan", [("projectiles_subset", 3, 3)]),
    ("Militants fired two rockets. A rocket scored a direct hit on a house.", [("projectiles", 2, 2), ("projectiles_subset", 1, 1)]),
    # Rockets never fired: unfired, or held in stock.
    ("Two unfired rockets were left at the launch site.", []),
    ("Hezbollah still has thousands of rockets.", []),
    ("Militants fired three RPGs at the convoy.", [("projectiles", 3, 3)]),
    # A figure quoted in a headline.
    ("Rocket attack wounds 'several' contractors", [("injured", 2, None)]),
    # Tolls and their updates.
    ("The death toll from Sunday's drone strike on the village market rose to 14.", [("killed", 14, 14)]),
    ("The wounded soldier died on Monday, bringing the death toll to three.", [("killed", 3, 3)]),
    ("The shelling went on, taking the number killed in last night's attacks on Poonch to six.", [("killed", 6, 6)]),
    ("The Pentagon raised the number of wounded troops to more than 60.", [("injured", 61, None)]),
    ("The toll stood at 4 killed and 9 wounded.", [("killed", 4, 4), ("injured", 9, 9)]),
    ("Officials later revised the death toll down to four.", [("killed", 4, 4)]),
    ("Officials raised the toll to 13.", [("killed", 13, 13)]),
    ("The strike hit Kharkiv, bringing the toll from Russia's missiles to 12.", [("killed", 12, 12)]),
    ("Two people were killed. The ministry put the count of damaged buildings at 40.", [("killed", 2, 2)]),
    ("The number of dead was updated 3 times.", []),
    ("Officials revised the count of the wounded to 45.", [("injured", 45, 45)]),
    # Qualifiers and clauses after "no" are no zero; a hedge before an active verb is no passive.
    ("No fewer than 12 people were killed.", [("killed", 12, None)]),
    ("No more than 12 people were killed.", [("killed", 0, 12)]),
    ("There is no doubt that civilians were killed in the strike.", []),
    ("Two gunmen believed to have killed a soldier were arrested.", [("killed", 1, 1)]),
    ("Ten people are feared to have been killed.", [("killed", 10, 10)]),
    ("The health ministry put the death toll higher, at 27.", [("killed", 27, 27)]),
    ("The army put the number of wounded at 12.", [("injured", 12, 12)]),
    ("The strike brought the number of attacks on the base to 40.", []),
    ("Police said three people were hurt. Doctors later raised that figure to five.", [("injured", 3, 3), ("injured", 5, 5)]),
    ("The governor had reported five people injured and raised that number to six on Sunday.",
     [("injured", 5, 5), ("injured", 6, 6)]),
    ("Three soldiers were wounded. The army sent 300 more troops, bringing the total deployed to about 1,500.",
     [("injured", 3, 3)]),
    # a victim wounded in a relative clause who then died is one more dead
    ("A man who had been wounded on Saturday when a drone hit his car died in hospital overnight.", [("killed", 1, 1)]),
    ("Three people who were injured were taken to hospital.", [("injured", 3, 3)]),
    ('The ministry put the number of rounds at "about 90".', [("projectiles", 90, 90)]),
    ("Jets shot down 20 drones, bringing the number of drones shot down this month to 300.",
     [("projectiles_subset", 20, 20), ("projectiles_subset", 300, 300)]),
    # Ranks and a ship's master are people; "private" before a noun is an adjective.
    ("The shell landed near a trench, lightly wounding a 21-year-old private.", [("injured", 1, 1)]),
    ("The ship's master and two able seamen were injured.", [("injured", 3, 3)]),
    ("The hospital staff and two patients were injured.", [("injured", 2, 2)]),
    ("A missile hit the house of the captain and two seamen were killed.", [("projectiles", 1, 1), ("killed", 2, 2)]),
    ("Two passers-by were moderately wounded.", [("injured", 2, 2)]),
    ("Three civilians, including a girl, had been brought in with shrapnel wounds.", [("injured", 3, 3)]),
    ("Two Israelis - a woman in Nahariya and a man in Safed - were killed.", [("killed", 2, 2)]),
    ('"Two soldiers and one of our police officers were wounded," the minister said.', [("injured", 3, 3)]),
    # A participle before its noun is an adjective, not an anaphor's verb.
    ("Rockets hit the town. The governor pledged to rebuild the 23 damaged houses.", []),
    ("Two private contractors and a sergeant were wounded.", [("injured", 3, 3)]),
    # Part counts of victims that stand alone (GOLD_SCHEMA: "two Americans among the dead").
    ("Three Pakistani crew members were among the dead.", [("killed", 3, 3)]),
    ("Among the wounded were two journalists.", [("injured", 2, 2)]),
    ("The dead were two Indian nationals and a Pakistani, police said.", [("killed", 3, 3)]),
    ("Six of the injured persons died overnight.", [("killed", 6, 6)]),
    ("Officials said 16 were dead and about 40 persons still receiving treatment.", [("killed", 16, 16), ("injured", 40, 40)]),
    ("The shell killed a woman and her two children, a resident, Modu Bukar, said.", [("killed", 3, 3)]),
    ("The army said a soldier died, bringing the military death toll to 209.", [("killed", 1, 1), ("killed", 209, 209)]),
    ("Officials said no lives were lost.", [("killed", 0, 0)]),
    ("The peacekeepers were unhurt.", [("injured", 0, 0)]),
    ("The rocket wounded nine. The injured included six Saudis and a Yemeni.", [("injured", 9, 9), ("injured", 7, 7)]),
    ("The strike injured an African migrant.", [("injured", 1, 1)]),
    ("At least 82 detainees were killed.", [("killed", 82, None)]),
    # Times and days are no counts.
    ("22:10 Death toll rises to 12", [("killed", 12, 12)]),
    ("12:20 Drones launched at Marib", []),
    ("Air strikes on 17 and 18 January killed at least 20 civilians.", [("killed", 20, None)]),
    ("The militia said four of its fighters were killed.", [("killed", 4, 4)]),
    ("Nine of the wounded were flown to Germany.", []),  # a part of a count already given
    # Bombs (plural) are projectiles; planted ones are not. A breakdown after a colon names any place.
    ("At least five bombs fell near the camp at noon: four on the camp itself and one in a field by the road.",
     [("projectiles", 5, None), ("projectiles_subset", 4, 4), ("projectiles_subset", 1, 1)]),
    ("Two car bombs exploded near the market.", []),
    ("Two sticky bombs went off under a minibus.", []),
    ("Jets dropped 30 glide bombs on the town.", [("projectiles", 30, 30)]),
    # Killed and wounded together are casualties; "buried" victims are dead.
    ("The group said its fighters shelled the camp, \"killing and wounding 12 of them\".", [("casualties", 12, 12)]),
    ("The rebels said they killed or wounded 15 soldiers.", [("casualties", 15, 15)]),
    ("Eight guards were killed or injured.", [("casualties", 8, 8)]),
    ('"We buried 17 people," a village elder said.', [("killed", 17, 17)]),
    ("A drone hit a meeting of commanders, killing several of them.", [("projectiles", 1, 1), ("killed", 2, None)]),
    ("Nine drones were launched; air defences downed six, while three of them managed to hit the depot.",
     [("projectiles", 9, 9), ("projectiles_subset", 6, 6), ("projectiles_subset", 3, 3)]),
    # Translated zeros.
    ("There is no civilian victim, the colonel said.", [("casualties", 0, 0)]),
    ("Two drones were downed over the airport without making victims.", [("projectiles_subset", 2, 2), ("casualties", 0, 0)]),
    ("The shells near the port did not make victims.", [("casualties", 0, 0)]),
    ("No victim's name was released.", []),
    # "None of which caused ...": a zero for the whole attack.
    ("Fewer than a dozen rockets were fired, none of which caused casualties.", [("projectiles", 0, 11), ("casualties", 0, 0)]),
    ("Two drones hit the port; neither of them caused any injuries.", [("projectiles", 2, 2), ("injured", 0, 0)]),
    ("None of the strikes resulted in deaths.", [("killed", 0, 0)]),
    ("The army denied any fatalities among its troops.", [("killed", 0, 0)]),
    ("The strike on the depot killed no one, officials said.", [("killed", 0, 0)]),
    ("No adults were hurt.", [("injured", 0, 0)]),
    ("Five boys between the ages of 9 and 14 were killed.", [("killed", 5, 5)]),
    # South Asian copy: "jawans", "sent to hell", an acronym in brackets, quadcopters.
    ("An Army jawan and two civilians were killed in the shelling.", [("killed", 3, 3)]),
    ("Three terrorists were sent to hell, the ISPR said.", [("killed", 3, 3)]),
    ("Five Frontier Corps (FC) personnel were martyred.", [("killed", 5, 5)]),
    ("Two quadcopters dropped explosives on the camp.", [("projectiles", 2, 2)]),
    # A place "alone" makes a part; "up to 40" may be the whole salvo of which it is one.
    ("Police said up to 40 rockets hit the district. Eleven rockets fell on our village alone, a resident said.",
     [("projectiles", 0, 40), ("projectiles_subset", 11, 11)]),
    # Not counts: a parent's children, a year after a year, drones bought.
    ("A father of six and his teenage son were among the dead.", [("killed", 2, 2)]),
    ("Since the juntas that seized power in 2021 and 2022 bought armed drones, rebels have dispersed.", []),
    ("The army acquired in 2024 four Turkish drones.", []),
    ("Dozens of soldiers and allied militiamen were killed in the assault.", [("killed", 24, None)]),
    # A qualifier after the number: "or more", "+", "-plus" open the interval; "or so" is about.
    ("Medics said 25 or more people were killed.", [("killed", 25, None)]),
    ("A viral post claimed 200+ dead.", [("killed", 200, None)]),
    ("Some 40 or so rockets were fired at the port.", [("projectiles", 40, 40)]),
    ("The monitor puts the number of dead at 30 or more.", [("killed", 30, None)]),
    ("The war has killed tens of thousands of people.", [("killed", 20000, None)]),
    # Quoted nouns, "more" victims, the buried dead (not the trapped).
    ('The army said 9 "insurgents" had been killed.', [("killed", 9, 9)]),
    ("A missile hit the tanker, killing two of its crew and injuring three more.",
     [("projectiles", 1, 1), ("killed", 2, 2), ("injured", 3, 3)]),
    ("About 30 people were buried on Friday.", [("killed", 30, 30)]),
    ("Six people were buried under the rubble.", []),
    ("Canadian soldiers were not killed in the attack.", [("killed", 0, 0)]),
    ('Officials insisted that "not a single civilian" was harmed.', [("injured", 0, 0)]),
    ("Not one soldier was killed, the ministry said.", [("killed", 0, 0)]),
    ("Not a single drone reached the city.", [("projectiles_subset", 0, 0)]),  # a zero, never a count of one
    # Lists of victims add up; an apposition after a comma names the people counted.
    ("The wounded were two other policemen, a 15-year-old bakery helper and a taxi driver, police said.",
     [("injured", 4, 4)]),
    ("Those killed were three farmers and a herdsman, the district chief said.", [("killed", 4, 4)]),
    ("The injured were identified as two porters, a cook and a 9-year-old girl.", [("injured", 4, 4)]),
    ("The victims were a pharmacist and her two sons.", [("casualties", 3, 3)]),
    ("Three soldiers, a medic and two cooks were hurt in the blast.", [("injured", 6, 6)]),
    ("Two guards, a watchman and a cleaner, were slightly injured.", [("injured", 2, 2)]),
    ("Rockets killed two soldiers, three civilians were hurt.", [("killed", 2, 2), ("injured", 3, 3)]),
    # A qualified count does not add up with the others; each item is a claim of the list's verb.
    ("More than 30 fighters, two nurses and a doctor were killed.", [("killed", 31, None), ("killed", 2, 2), ("killed", 1, 1)]),
    ("More than 350 fighters and more than 100 civilians were killed.", [("killed", 351, None), ("killed", 101, None)]),
    # Families and "another".
    ("The shell struck a house, killing a man and his three daughters.", [("killed", 4, 4)]),
    ("A woman and her son were wounded.", [("injured", 2, 2)]),
    ("The shelling killed a woman and injured her husband and their two sons.", [("killed", 1, 1), ("injured", 3, 3)]),
    # Treated for shock or anxiety is no wound.
    ("Ten people were hospitalised, and 25 others were treated for shock.", [("injured", 10, 10)]),
    ("Medics said they treated 12 people for anxiety.", []),
    ("Four soldiers were treated for shrapnel wounds.", [("injured", 4, 4)]),
    ("A rocket hit the house, killing his wife.", [("projectiles", 1, 1), ("killed", 1, 1)]),
    ("The blast wounded their three children.", [("injured", 3, 3)]),
    ("The militia said the strike killed its two commanders.", [("killed", 2, 2)]),
    ("A farmer and two of his sons were among the dead.", [("killed", 3, 3)]),
    ("The blast wounded a nurse and three of her colleagues.", [("injured", 4, 4)]),
    ("One guard was killed and another was wounded.", [("killed", 1, 1), ("injured", 1, 1)]),
    ("Two people were killed outright and another died in hospital.", [("killed", 2, 2), ("killed", 1, 1)]),
    ("Eleven people were rushed to hospital with shrapnel wounds.", [("injured", 11, 11)]),
    ("Eleven people were rushed to hospital.", []),  # taken to hospital, not said to be hurt
    ("A soldier was killed and another hurt.", [("killed", 1, 1), ("injured", 1, 1)]),
    # Ranges are intervals.
    ("Between 10 and 12 rockets slammed into the airport.", [("projectiles", 10, 12)]),
    ("Witnesses said two or three drones hit the base.", [("projectiles", 2, 3)]),
    ("Two to three mortar rounds landed near the gate.", [("projectiles", 2, 3)]),
    ("Attackers fired 6-8 Katyushas at the camp.", [("projectiles", 6, 8)]),
    ("The number of wounded rose from 34 to 64.", [("injured", 64, 64)]),
    ("Forty-two rockets were launched overnight.", [("projectiles", 42, 42)]),  # a hyphen, not a range
    ("Twenty-five to thirty rockets hit the town.", [("projectiles", 25, 30)]),
    ("Two children were among those killed.", [("killed", 2, 2)]),
    ("Drone strike kills 4 crew on cargo ship", [("killed", 4, 4)]),
    ("Medics treated nine of the workers for shrapnel wounds.", [("injured", 9, 9)]),
    ("The clinic treated 40 patients on Monday.", []),
    ("The drone strike killed a\nBritish contractor.", [("killed", 1, 1)]),  # a hard line break mid-sentence
    # A numeral naming a place or unit is no count.
    ("A rocket attack on Outpost 17 wounded four soldiers.", [("injured", 4, 4)]),
    ("Militants shelled Route 9 with three mortar rounds.", [("projectiles", 3, 3)]),
    # Parts of a counted whole.
    ("Defences downed 31 of 40 drones launched overnight.", [("projectiles_subset", 31, 31), ("projectiles", 40, 40)]),
    ("It was one of six missiles fired at the ship.", [("projectiles_subset", 1, 1), ("projectiles", 6, 6)]),
    ("The sailor is one of three crew members who were hurt.", [("injured", 3, 3)]),
    ("Three of the eight soldiers were killed.", [("killed", 3, 3)]),
    ("Two of the seven wounded guards died in hospital.", [("killed", 2, 2), ("injured", 7, 7)]),
    # Nationalities and relatives as victims.
    ("Three Syrians were killed and two Lebanese were wounded.", [("killed", 3, 3), ("injured", 2, 2)]),
    ("Officials said 12 Iranian drones were fired at the port.", [("projectiles", 12, 12)]),
    ("The strike killed a senior Iranian general.", []),  # the head is "general", no victim noun
    ("His daughter was slightly injured by glass.", [("injured", 1, 1)]),
    ("Shelling kills family of four in Kharkiv", [("killed", 4, 4)]),
    ("A family of six was killed when the missile struck.", [("killed", 6, 6)]),
    ("Drone kills boy near Kherson", [("killed", 1, 1)]),
    ("Six relatives of the mayor, including two children, were wounded.", [("injured", 6, 6)]),
    ("Among the injured are three firefighters.", [("injured", 3, 3)]),
    # Lists, launches, and projectiles that are not the attack's.
    ("Rebels fired 11 drones, four cruise missiles and one ballistic missile.",
     [("projectiles", 11, 11), ("projectiles", 4, 4), ("projectiles", 1, 1)]),
    ("The army said 25 launches were detected from Lebanon.", [("projectiles", 25, 25)]),
    ("The battery fired two interceptor missiles at the drone.", []),
    ("Jets carried out strikes against three missiles that were prepared to launch.", []),
    ("The militia claimed dozens of drone and rocket attacks since March.", []),
    ("The blast caused no direct casualties.", [("casualties", 0, 0)]),
    ('The group boasted of "dozens" of casualties among the troops.', [("casualties", 24, None)]),
    # A participle and places between the victims and their verb.
    ("Three engineers working at the dam were wounded.", [("injured", 3, 3)]),
    ("Five guards stationed at the checkpoint near the bridge were killed.", [("killed", 5, 5)]),
    ("Eleven people inside the mosque at the time were hurt.", [("injured", 11, 11)]),
    ("Two soldiers at the base said four rockets were fired.", [("projectiles", 4, 4)]),
    # Reported, confirmed, died, succumbed, bodies.
    ("Nearly 30 people were confirmed dead by evening.", [("killed", 30, 30)]),
    ("Four died at the scene and one more later succumbed to his wounds.", [("killed", 4, 4), ("killed", 1, 1)]),
    ("Volunteers recovered 16 bodies from the ruins.", [("killed", 16, 16)]),
    ("Of the 25 drones, 19 were destroyed.", [("projectiles", 25, 25), ("projectiles_subset", 19, 19)]),
    ("Four mortar bombs exploded near the clinic.", [("projectiles", 4, 4)]),
    ("Two police officers and an interpreter were injured.", [("injured", 3, 3)]),
    # Years, "the third", and rockets never fired.
    ("A 2018 attack on the camp killed a guard.", [("killed", 1, 1)]),
    ("In 2021 rockets hit the base twice.", []),
    ("The militia fired 2000 rockets.", [("projectiles", 2000, 2000)]),
    ("Two rockets missed, and the third struck the hangar.", [("projectiles_subset", 2, 2), ("projectiles_subset", 1, 1)]),
    ("Police found 6 rockets primed for launch in an orchard.", []),
    ("None of the sailors were hurt.", [("injured", 0, 0)]),
    ("No one was reported injured in the attack.", [("injured", 0, 0)]),
    ("The barrage did not cause any injuries.", [("injured", 0, 0)]),
    ("After two rounds of talks, the truce held.", []),
    ("The army launched a second round of strikes.", []),
    ("Militants fired three rounds of mortar fire at the post.", [("projectiles", 3, 3)]),
    ("A dozen or so rockets hit the town.", [("projectiles", 12, 12)]),
    ("The shell killed a 4-year-old boy and his 68-year-old grandfather.", [("killed", 2, 2)]),
    ("Her nephew was badly hurt.", [("injured", 1, 1)]),
    ("Around 1.5 thousand drones were launched this year.", []),  # no reading of 1.5 thousand: none rather than 1000
    ("The number of civilians wounded in the shelling of the town, the region's largest, has now climbed to 38.",
     [("injured", 38, 38)]),
    # Zeros with a proper adjective, and translated copy's "human losses".
    ("The coalition said there were no Allied injuries.", [("injured", 0, 0)]),
    ("No Coalition casualties were reported after the barrage.", [("casualties", 0, 0)]),
    ("There were no Iranian casualties, the agency said.", [("casualties", 0, 0)]),
    ("The shells fell on farmland, causing no human losses.", [("casualties", 0, 0)]),
    ("Two drones hit the depot without causing human losses, the ministry said.", [("projectiles", 2, 2), ("casualties", 0, 0)]),
    # Launcher grenades are projectiles; "TBIs" are injuries; a headline's "dies" is a death.
    ("Gunmen fired at least three 40mm grenades at the checkpoint.", [("projectiles", 3, None)]),
    ("One of the grenades hit a parked car.", [("projectiles_subset", 1, 1)]),
    ("The Pentagon now counts 11 TBIs from the strike.", [("injured", 11, 11)]),
    ("Trooper dies after shell hits outpost\n\nThe story.", [("killed", 1, 1)]),
    ("Mortar round kills Kurdish teen", [("killed", 1, 1)]),
    # "the number of rockets was", rockets on a launcher or that failed to fire.
    ("A source put it differently: the number of rockets was six.", [("projectiles", 6, 6)]),
    ("By then the number of rocket attacks was 40.", []),  # attacks, not rockets
    ("Troops seized a truck loaded with 14 rockets.", []),
    ("Engineers defused two rockets that had failed to launch.", []),
    # "received" injuries as "suffered" them; not awards or patients alone
    ("Five guards received minor injuries, the embassy said.", [("injured", 5, 5)]),
    ("Two soldiers received medals for bravery.", []),
    ("Medics said seven people with splinter wounds were treated.", [("injured", 7, 7)]),
    # "and" before a bare verb joins it to the verb before: no passive of the victims
    ("The blast killed four reservists from Ohio and wounded more than 30 other troops.",
     [("killed", 4, 4), ("injured", 31, None)]),
    ("Shelling killed two farmers in Kherson and injured five.", [("killed", 2, 2), ("injured", 5, 5)]),
    ("Two farmers in Kherson and Mykolaiv were injured.", [("injured", 2, 2)]),
    # rockets left over are no count of the attack
    ("Investigators found six unexpended rockets on the launcher.", []),
    # whose zero it is, an acronym or a name; not "no mass casualties"
    ("No IDF casualties were reported.", [("casualties", 0, 0)]),
    ("There were no mass casualties, officials said.", []),
    ("No coalition troops or vehicles were harmed in the attack.", [("injured", 0, 0)]),
    # "All four" tells the victims counted just before again
    ("Four guards were wounded. All four were taken to the hospital in Erbil.", [("injured", 4, 4), ("injured", 4, 4)]),
    ("Three sailors were hurt, and all three have returned to duty.", [("injured", 3, 3), ("injured", 3, 3)]),
    ("Three sailors were hurt. All five ships left port.", [("injured", 3, 3)]),  # another count, another noun
    ("Three sailors were hurt. All four crews were safe.", [("injured", 3, 3)]),
    # the figure a toll went up or down from is a claim of its own
    ("The death toll rose to 14, up from nine on Monday.", [("killed", 14, 14), ("killed", 9, 9)]),
    ("Seven soldiers were diagnosed with concussions, up from the four reported last week.",
     [("injured", 7, 7), ("injured", 4, 4)]),
    ("Five civilians were wounded, down from 40 percent last year.", [("injured", 5, 5)]),
    ("Nine soldiers were diagnosed with concussions. That is up from the seven we reported on Monday.",
     [("injured", 9, 9), ("injured", 7, 7)]),
    # a part's own parts, at places without a name
    ("Six rockets were fired. Two of them landed inside the base, one near a dining hall and one on an "
     "empty stretch of the runway.",
     [("projectiles", 6, 6), ("projectiles_subset", 2, 2), ("projectiles_subset", 1, 1), ("projectiles_subset", 1, 1)]),
    ("Four of the rockets struck the compound, one of them near the chapel, officials said.",
     [("projectiles_subset", 4, 4), ("projectiles_subset", 1, 1)]),
    # air defences that stopped none, or "engaged" some (as CENTCOM says "shot down")
    ("The battery fired but did not intercept any of the missiles.", [("projectiles_subset", 0, 0)]),
    ("The battery failed to shoot down any of them.", [("projectiles_subset", 0, 0)]),
    ("Police could not stop any of them.", []),
    ("Coalition forces engaged three one-way attack UAS over the airfield.", [("projectiles_subset", 3, 3)]),
    ("Four one-way attack UAS were launched at the base, three of which were engaged by air defenses.",
     [("projectiles", 4, 4), ("projectiles_subset", 3, 3)]),
    ("Troops engaged two gunmen near the gate.", []),
    ("Gunners fired multiple launch rocket systems at the town.", []),  # a weapon, not "multiple launched"
    # a victim between a participle clause and a quoted verb
    ('A guard manning the gate "sustained light shrapnel wounds," the source added.', [("injured", 1, 1)]),
    ("A policeman guarding the road suffered minor injuries.", [("injured", 1, 1)]),
    # a toll named as a noun phrase; a toll in a story with only wounded counts the wounded
    ("The ministry gave a death toll of at least 12.", [("killed", 12, None)]),
    ("The agency later revised a toll of two given on Friday.", [("killed", 2, 2)]),
    ("Four guards were wounded on Friday. Officials raise the toll to five.", [("injured", 4, 4), ("injured", 5, 5)]),
    ("The attack left a toll of five dead.", [("killed", 5, 5)]),
    # number words never run on over a blank line; a run that is no number keeps its first word
    ("Officials raise civilian toll to three\n\nThree civilians were wounded.", [("injured", 3, 3), ("injured", 3, 3)]),
    ("The blast killed the four three-star generals.", [("killed", 4, 4)]),
    # South Asian copy: "martyred", "claimed N lives", ranks of police
    ("Police had initially reported four martyred and three injured.", [("killed", 4, 4), ("injured", 3, 3)]),
    ("The blast has claimed at least 14 lives.", [("killed", 14, None)]),
    ("Doctors saved 14 lives that night.", []),
    ("A sub-inspector of police and two constables were martyred in the attack.", [("killed", 3, 3)]),
    ("A havildar and two sepoys were injured in the shelling.", [("injured", 3, 3)]),
    # wounds on one body are no count of people
    ("Some of the injured have multiple wounds, the doctor said.", []),
    ("The wounded included two injured persons who succumbed to their wounds.", [("killed", 2, 2)]),
    # a hedge before the verb: "may have landed"
    ("Up to five rockets may have landed near the palace.", [("projectiles", 0, 5)]),
    ("As many as 12 people may have been killed.", [("killed", 0, 12)]),
    # found or recovered: no count of the attack, however long the list before it
    ("The search led to the recovery of a rifle, two magazines and 90 rounds.", []),
    ("The injured include a woman and her two sons.", [("injured", 3, 3)]),
    # a headline's list of victims
    ("Woman, son killed as troops pound border villages", [("killed", 2, 2)]),
    ("Father and son wounded in drone strike", [("injured", 2, 2)]),
    # kin named after a possessive, one or more
    ("Shelling hit a house, injuring her mother and brother.", [("injured", 2, 2)]),
    ('"Three of our guys were burned," the captain said.', [("injured", 3, 3)]),
    # the coalition's interceptions, its headlines' nouns and an aside after the verb
    ("Air defenses intercepted and destroyed, this evening, a ballistic missile and four drones launched toward Jazan.",
     [("projectiles_subset", 1, 1), ("projectiles_subset", 4, 4)]),
    ("Coalition: Interception and destruction of a ballistic missile and three drones launched at Najran",
     [("projectiles_subset", 1, 1), ("projectiles_subset", 3, 3)]),
    # Victims with a participle clause or a place before their verb.
    ("Three contractors working for a logistics firm were wounded.", [("injured", 3, 3)]),
    ("Two guards posted at the gate were killed.", [("killed", 2, 2)]),
    ("Five people queuing for bread were hurt.", [("injured", 5, 5)]),
    # Two relatives named by kinship.
    ("His brother and nephew were killed.", [("killed", 2, 2)]),
    ("By then her neighbour's wife and daughter were dead.", [("killed", 2, 2)]),
    # A headline's bare count before its source after a dash.
    ("Mortar shells hit near the airport, killing two -police", [("killed", 2, 2)]),
    ("Shelling hits market, wounding five — officials", [("injured", 5, 5)]),
    # A launch verb before a bare count: the salvo named before, counted again (not "fired 10 times").
    ("Mortar shells hit the camp. The group said it had fired 10 at the base.", [("projectiles", 10, 10)]),
    ("Mortar shells hit the camp. Gunmen fired 10 times at the gate.", []),
    # Headlines' present tense of downing; a launch aimed at one place "alone"; "of them" aimed at a place.
    ("Air defences destroy 112 drones over eight regions", [("projectiles_subset", 112, 112)]),
    ("Air defences down 30 drones over Kursk", [("projectiles_subset", 30, 30)]),
    ("Drones hit the refinery. At least 30 drones were sent at the refinery alone.", [("projectiles_subset", 30, None)]),
    ("More than 100 drones attacked; about 40 of them were aimed at the refinery.",
     [("projectiles", 101, None), ("projectiles_subset", 40, 40)]),
    ("Twelve drones aimed at Moscow were shot down.", [("projectiles_subset", 12, 12)]),
    # Coordinated modifiers of one counted noun.
    ("Russia launched 51 Shahed-type and decoy drones overnight.", [("projectiles", 51, 51)]),
    ("Iran fired 20 ballistic and cruise missiles.", [("projectiles", 20, 20)]),
    # Those who sought medical help were hurt.
    ("In the city, 18 people had sought medical help.", [("injured", 18, 18)]),
    # "this figure" right after projectiles is theirs; after victims, theirs.
    ("Air defence shot down five missiles and on November 13 revised this figure to six.",
     [("projectiles_subset", 5, 5), ("projectiles_subset", 6, 6)]),
    ("Two soldiers were hurt. The ministry later raised that figure to five.", [("injured", 2, 2), ("injured", 5, 5)]),
    # "up to 30" is more than a vague "several": no part of it.
    ("Up to 30 shells landed in the camp. Several shells struck the market.",
     [("projectiles", 0, 30), ("projectiles", 2, None)]),
    # a relative clause between the victims and their verb
    ("Two farmers who lived near the depot were slightly injured.", [("injured", 2, 2)]),
    ("Three soldiers who had been flown to the capital died of their wounds.", [("killed", 3, 3)]),
    ("Four guards who were hurt in the blast later died.", [("killed", 4, 4)]),
    ("Five policemen initially listed as missing were found dead on Monday.", [("killed", 5, 5)]),
    ("14 members of a local Village Defence Force had been killed.", [("killed", 14, 14)]),
    ("A baker and his three sons were shot dead.", [("killed", 4, 4)]),
    ("Six gendarmes fell in combat, the ministry said.", [("killed", 6, 6)]),
    ("Seven of our soldiers fell with arms in hand.", [("killed", 7, 7)]),
    ("One suspect was killed by police.", [("killed", 1, 1)]),
    # a witness's kin: "my", "our", and a modifier before the second
    ("I lost my two cousins and my uncle.", [("killed", 3, 3)]),
    ("He said he lost his mother and his six-year-old nephew.", [("killed", 2, 2)]),
    # two groups, the second qualified: two claims
    ("The riot left four prison guards wounded and at least 10 injured inmates.", [("injured", 4, 4), ("injured", 10, None)]),
    ("No gendarme lost his life.", [("killed", 0, 0)]),
    ("The explosion did not leave any fatalities.", [("killed", 0, 0)]),
    # "the first" of a salvo that hit something; not plural, not another noun, not "exploded"
    ("Jets fired four rockets. The first rocket hit the clinic.", [("projectiles", 4, 4), ("projectiles_subset", 1, 1)]),
    ("Four rockets were fired. The first rockets fell at dawn.", [("projectiles", 4, 4)]),
    ("It was the first time troops were killed there.", []),
    ("Four shells were fired. The first shell exploded at noon.", [("projectiles", 4, 4)]),
    ("Four rockets were fired. The second one fell near the kitchen.", [("projectiles", 4, 4), ("projectiles_subset", 1, 1)]),
    ("Five shells were fired. A shell tore through the roof of the clinic.", [("projectiles", 5, 5), ("projectiles_subset", 1, 1)]),
    ("Three drones were launched. A drone loaded with explosives hit the barracks.",
     [("projectiles", 3, 3), ("projectiles_subset", 1, 1)]),
    ("Rebels fired about 30 tatucos at the station.", [("projectiles", 30, 30)]),
    ("The guerrillas attacked the base with six aerial devices.", [("projectiles", 6, 6)]),
    # a drone that fires is the platform: its missiles are the count
    ("A drone fired two missiles at the car.", [("projectiles", 2, 2)]),
    ('Witnesses said a drone had fired "two missiles" at the crowd.', [("projectiles", 2, 2)]),
    ("Two drones targeted the airport.", [("projectiles", 2, 2)]),
    # a total split in one sentence: the parts are subsets
    ("Rebels fired 48 drones and rockets at the base. They were 36 drones and 12 rockets.",
     [("projectiles", 48, 48), ("projectiles_subset", 36, 36), ("projectiles_subset", 12, 12)]),
    ("They fired 48 drones and rockets in all: 36 drones and 12 rockets.",
     [("projectiles", 48, 48), ("projectiles_subset", 36, 36), ("projectiles_subset", 12, 12)]),
    ("Rebels fired 40 drones at the base. They also fired 12 rockets and 3 missiles.",
     [("projectiles", 40, 40), ("projectiles", 12, 12), ("projectiles", 3, 3)]),
    ("Rebels launched a coordinated drone and rocket attack on the base.", []),
    ("Three members of one family — a 41-year-old woman and her two sons — were wounded.", [("injured", 3, 3)]),
    ("Three members of one family - a 41-year-old woman and her two sons - were wounded.", [("injured", 3, 3)]),
    # a bare count "launched" is the salvo; "three of them" launched somewhere is a part
    ("Drones hit the capital. The rebels said 29 were launched.", [("projectiles", 29, 29)]),
    ("Ten drones flew in. Three of them were fired at the port.", [("projectiles", 10, 10), ("projectiles_subset", 3, 3)]),
    # a relative clause holding a speaker is no victims' clause
    ("An official who asked not to be named said two civilians had also been wounded.", [("injured", 2, 2)]),
    # "up from" a figure that names its measure: that measure's only
    ("The ministry said 17 soldiers had been killed and 21 wounded, up from the nine dead and 14 wounded.",
     [("killed", 17, 17), ("injured", 21, 21), ("killed", 9, 9), ("injured", 14, 14)]),
])
def test_news_phrasings(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("text", "published", "events"), [
    # A sentence dating another day holds another attack's figures.
    ("Two rockets hit the base on Tuesday, the army said. On Jan. 4, ten rockets struck the airport.",
     dt.date(2024, 1, 24), ["main", "other:2024-01-04"]),
    # Without a publication date, the attack's weekday tells.
    ("A mortar round wounded two children on Friday. On Monday, an attack on the same village killed five people.",
     None, ["main", "other:monday"]),
    # The day of a statement or of a tally dates no attack.
    ("Rockets wounded four soldiers on Sunday. At a news conference on Jan. 30, officials said 11 were hurt.",
     dt.date(2024, 2, 1), ["main", "main"]),
    ("Three rockets hit the base on Sunday. As of Thursday, 34 troops had been diagnosed with brain injuries.",
     dt.date(2024, 2, 1), ["main", "main"]),
    ("A drone hit the outpost on Monday, wounding one soldier. A week earlier, a missile attack wounded three.",
     dt.date(2024, 1, 24), ["main", "main", "other:day-after"]),
    ("Three rockets hit the base. A similar attack on an airport killed a guard.", None, ["main", "other:similar"]),
    ("Three rockets hit the base. Since November, militias have fired more than 90 rockets.", None, ["main", "other:since"]),
    # Other attacks named as such, whatever their day.
    ("Two drones hit the port on Friday. In a separate attack on Thursday, a missile wounded four sailors.",
     dt.date(2024, 3, 2), ["main", "other:separate"]),
    ("Four rockets struck the base, the army said, and in another strike, a drone killed a farmer.",
     None, ["main", "other:separate"]),
    ("A rocket hit the camp. Hours earlier, a drone wounded two guards near the airport.", None, ["main", "other:hours-earlier"]),
    ("Sunday's attack follows a strike on a convoy in which three soldiers were killed.", None, ["other:follows"]),
    ("Six rockets hit the town. More than 300 people have been killed since the war began.", None, ["main", "other:since-start"]),
    ("Related: Drone attack wounds three in Erbil", None, ["other:related"]),
    ("Ten rockets hit the town last May.", None, ["other:last-week"]),
    # An attack a day apart, when its sentence opens on its day; a report a day later stays.
    ("A missile hit the port on Monday, wounding 12. On Sunday, a drone attack on the depot killed four.",
     dt.date(2024, 3, 12), ["main", "main", "other:2024-03-10"]),
    ("A missile hit the port on Sunday, killing two. On Monday, officials said nine were wounded.",
     dt.date(2024, 3, 12), ["main", "main", "main"]),
    ("A missile hit the port late on Sunday. On Monday, a drone attack wounded four.",
     dt.date(2024, 3, 12), ["main", "main"]),  # a night attack: a report may date it either day
    ("Two rockets hit the base on Monday, the 150th attack since Oct. 17, when a drone wounded two soldiers.",
     dt.date(2024, 3, 12), ["main", "other:since-when"]),
    ("Two drones hit the port. Since May, strikes have killed 40 people. On the other side, 12 soldiers have died.",
     None, ["main", "other:since", "other:since"]),
    ("Two drones hit the port. On the eastern side, two guards were hurt.", None, ["main", "main"]),
    ("Two drones hit the port. In March, a drone struck the airport. That attack killed three soldiers.",
     None, ["main", "other:in-month", "other:in-month"]),
    ("Two drones hit the port. That attack wounded three soldiers.", None, ["main", "main"]),
    # "the second barrage in three days. On Friday, ...": the barrage before
    ("About 40 launches were identified. This is the second barrage in three days. On Friday, three rockets were launched.",
     None, ["main", "other:earlier"]),
    ("About 40 launches were identified. On Friday, three rockets were launched.", None, ["main", "main"]),
    # the other side's air raid in a story about rockets
    ("Hezbollah rockets wound two soldiers\n\nHezbollah fired 30 rockets at northern Israel, the army said. "
     "Israeli jets later struck Bint Jbeil, killing two people.", None, ["main", "main", "other:air-raid"]),
    ("Israeli jets struck Bint Jbeil, killing two people. Hezbollah fired 30 rockets in response.",
     None, ["main", "main"]),  # the lead is the air raid: it may be the main attack
    ("Militants fire rockets at Tel Aviv\n\nMilitants fired 100 rockets at Tel Aviv, medics said. "
     "In Gaza, officials said 35 people had been killed in Israeli air strikes since Monday.", None, ["main", "other:air-raid"]),
    # a day named in what an attack answers is that other attack's
    ("Hezbollah fired 20 rockets at Safed on Wednesday in response to Israeli strikes on Tuesday that killed three people.",
     dt.date(2024, 3, 13), ["main", "other:strike-that-killed"]),
    # a sentence that opens on its day with its victims
    ("Militants fired rockets at the town on Saturday, killing two. On Friday, a soldier and two civilians were wounded.",
     dt.date(2019, 6, 22), ["main", "other:2019-06-21"]),
    ("Two drones hit the port. In March, a drone struck the airport. In the same week, rockets killed two guards.",
     None, ["main", "other:in-month", "other:in-month"]),
    ("Two drones hit Eilat. In July, a drone killed a man. Israel responded the next day; nine people were killed.",
     None, ["main", "other:in-month", "other:in-month"]),
    ("Two drones hit Eilat. The Houthis have fired more than 80 missiles at Israel since March, when they resumed attacks.",
     None, ["main", "other:since-when"]),
    ("Two rockets hit the base, the first attack since late August, when strikes killed 14 people.",
     None, ["main", "other:since-when"]),
    ("The tanker, a vessel built in 2011, was struck by two missiles.", None, ["main"]),
    ("Iran fired 180 missiles. But unlike in April, some got through: a falling fragment killed a man.",
     None, ["main", "main"]),  # a yardstick, not another attack
    # a follow-up a week on: "last week's attack" is the one it reports
    ("Two more victims of last week's rocket attack succumbed to their injuries. "
     "Militants fired five rockets at the bazaar on March 16.", dt.date(2024, 3, 23), ["main", "main"]),
    ("Militants fired five rockets at the bazaar on Saturday. Last week, a drone killed two guards.",
     dt.date(2024, 3, 17), ["main", "other:last-week"]),
    # "Separately," opens a paragraph about another attack; the next paragraph is back on the main one.
    ("Two missiles hit Dnipro, killing 11.\n\nSeparately, Russia said it shot down nine drones. "
     "A drone hit a car in Rylsk, wounding two people.\n\nOfficials said 43 people were wounded in Dnipro.",
     None, ["main", "main", "other:separate", "other:separate", "other:separate", "main"]),
    # A tally since a day before the attack counts earlier attacks; since the attack's own day, its own.
    ("Drones hit Odesa overnight. Since October 10, Russia has fired more than 600 missiles.",
     dt.date(2022, 12, 3), ["other:since-2022-10-10"]),
    ("Missiles hit the base on Jan. 8. Since Jan. 8, 109 troops have been diagnosed with brain injuries.",
     dt.date(2020, 2, 10), ["main"]),
    ("Two drones hit the port. Since October, Russia has fired 600 missiles. In one of the largest, it fired 70 missiles, killing 10.",
     None, ["main", "other:since", "other:since", "other:since"]),
    ("Two drones hit the port. In response, jets struck a depot, killing two people.", None, ["main", "other:retaliat"]),
    # a lead whose news is no attack: what it came "a day after" is the attack
    ("Pakistan recalled its ambassador on Wednesday, a day after an Iranian missile strike killed two children.",
     None, ["main"]),
    ("Two drones hit the port on Wednesday, a day after an Iranian missile strike killed two children.",
     None, ["main", "other:day-after"]),
    ("In retaliation for the killing of its general, Iran fired 22 missiles at the base.", None, ["main"]),
    # a follow-up's lead: the strike it follows is the main attack
    ("Kyiv declared a day of mourning after a missile strike killed 12 people.", None, ["main"]),
    ("Two drones hit the port. In a previous incident, a mortar round killed a child.", None, ["main", "other:earlier"]),
    ("Two drones hit the port. Militants have fired 60 rockets at the base this year.", None, ["main", "other:this-year"]),
    ("Three rockets hit the base, which has been attacked twice this year, killing one.", None, ["main", "main"]),
    ("Two drones hit the port. Officials said 523 civilians had been killed since the invasion.",
     None, ["main", "other:since-start"]),
    # A yardstick is no other attack.
    ("Militants fired 40 rockets, the heaviest barrage since last summer.", None, ["main"]),
    ("Two soldiers were killed, the first deaths since the start of the war.", None, ["main"]),
])
def test_dated_background_is_another_event(text, published, events):
    assert [c.event for c in article_claims(text, published=published)[0]] == events


def test_trigger_words_are_no_stop_words():
    # a stop word ("with" of "rushed to hospital with") would follow nearly every anchor and void the prefilter
    from crosscount import rules as R
    from crosscount.extract import TRIGGER_WORDS, _trigger

    assert not TRIGGER_WORDS & R.STOP_WORDS
    assert _trigger("rushed to hospital with") == "hospital"
