"""Table-level extraction: claims table contract and corpus-level date resolution."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from crosscount.article import article_claims
from crosscount.claims import extract_documents


def _docs(rows):
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "text": pl.String, "published": pl.Date})


def test_claims_table_contract():
    docs, claims = extract_documents(_docs([{"doc_id": "x", "text": "Two rockets hit Kirkuk on Monday.", "published": dt.date(2021, 3, 2)}]))
    row = claims.row(0, named=True)
    assert (row["measure"], row["low"], row["high"], row["quote"]) == ("projectiles", 2, 2, "Two rockets hit")
    assert docs.row(0, named=True)["incident_date"] == dt.date(2021, 3, 1)


@pytest.mark.slow
def test_worker_processes_change_nothing_in_the_tables():
    from crosscount.synth import generate
    from crosscount.workers import MIN_PARALLEL

    articles = generate(MIN_PARALLEL + 20, seed=3)
    documents = _docs([{"doc_id": a.doc_id, "text": a.text, "published": a.published} for a in articles])
    serial, parallel = extract_documents(documents, jobs=1), extract_documents(documents, jobs=2)
    assert serial[1].height > len(articles)  # every generated article states counts
    assert serial[0].equals(parallel[0]) and serial[1].equals(parallel[1])


def test_undated_article_takes_the_date_of_a_similar_dated_one():
    docs, _ = extract_documents(_docs([
        {"doc_id": "dated", "text": "Two rockets hit the Balad air base and the Jadriya district on Saturday, officials in Baghdad said.",
         "published": dt.date(2020, 1, 4)},
        {"doc_id": "undated", "text": "Several rockets fell on Saturday on Balad and in Jadriya, the army in Baghdad said.", "published": None},
        {"doc_id": "other", "text": "A drone hit a base near Kirkuk on Saturday, police in Tuz said.", "published": None},
    ]))
    got = {r["doc_id"]: (r["incident_date"], r["incident_date_basis"]) for r in docs.iter_rows(named=True)}
    assert got["undated"] == (dt.date(2020, 1, 4), "corpus")
    assert got["other"] == (None, "unknown")  # no shared names: never forced onto another attack


def test_date_comes_from_the_main_clause_not_the_background_one():
    text = ("Two rockets hit the Balad base on Saturday, a day after the strike that killed the general on Friday. "
            "The attack comes after the U.S. led a strike on Thursday in Iraq that killed a commander.")
    docs, _ = extract_documents(_docs([{"doc_id": "x", "text": text, "published": dt.date(2020, 1, 5)}]))
    assert docs.row(0, named=True)["incident_date"] == dt.date(2020, 1, 4)


def test_a_lead_without_a_count_dates_the_attack():
    text = ("Depot ablaze after rebel attack\n\nRebels set an oil depot in Jeddah ablaze on Friday. "
            "The coalition said 16 drones and missiles were launched. The depot had already been hit "
            "on Sunday in an attack that caused no casualties.")
    _, when = article_claims(text, published=dt.date(2022, 3, 26))
    assert (when.date, when.evidence) == (dt.date(2022, 3, 25), "on Friday")


def test_without_a_publication_date_weekdays_are_read_around_the_attack():
    text = ("In a statement late on Monday, April 18, 2022, the group said it fired 10 rockets at the base. "
            "On Wednesday, a police spokesman told reporters that several rockets had been fired. "
            "On Tuesday, twin explosions at a school in Kabul killed at least six people.")
    claims, when = article_claims(text)
    assert when.date == dt.date(2022, 4, 18)
    assert [(c.low, c.event) for c in claims] == [(10, "main"), (2, "main"), (6, "other:2022-04-19")]


def test_a_sentence_goes_on_with_the_other_attack_before_it_in_its_paragraph():
    text = ("Two drones hit Kiryat Shmona on Wednesday, the army said.\n\n"
            "The attack came a day after some 15 rockets were fired at Metula on Tuesday night. "
            "Five were intercepted. No injuries were reported.\n\n"
            "Three people were lightly hurt in Kiryat Shmona.")
    claims, _ = article_claims(text, published=dt.date(2023, 11, 8))
    events = [(c.quote, c.event) for c in claims]
    assert events == [
        ("Two drones hit", "main"),
        ("some 15 rockets were fired", "other:day-after"),
        ("Five were intercepted", "other:day-after"),
        ("No injuries", "other:day-after"),
        ("Three people were lightly hurt", "main"),  # a new paragraph
    ]


def test_numerals_in_brackets_are_read_and_quoted_as_printed():
    text = "Air defences confronted (11) drones over Port Sudan and shot down (8) of them."
    claims, _ = article_claims(text)
    assert [(c.measure, c.low, c.quote) for c in claims] == [
        ("projectiles", 11, "(11) drones"), ("projectiles_subset", 8, "shot down (8) of them")]
    assert all(text[c.start : c.end] == c.quote and c.sentence == text for c in claims)


def test_a_time_in_a_relative_clause_after_a_claim_is_the_clause_s():
    text = ("Three rockets hit the base on Sunday, which was attacked in March, officials said. "
            "A rocket struck a house, wounding a man and his caregiver, who had stayed when 1,600 residents left in October. "
            "In March, rockets killed two soldiers at the base.")
    claims, _ = article_claims(text, published=dt.date(2024, 5, 6))
    assert [(c.quote, c.event) for c in claims] == [
        ("Three rockets hit", "main"),
        ("A rocket struck", "main"),
        ("wounding a man and his caregiver", "main"),
        ("killed two soldiers", "other:in-month"),
    ]


def test_a_time_in_a_relative_clause_closed_before_a_participle_is_the_clause_s():
    text = ("On Thursday night, rebels fired at least six mortar rounds into Tambara, the river town that was "
            "their base until soldiers took it back in June 2022, killing two fishermen and a trader. "
            "The insurgency, which began in March 2019, has killed more than 3,000 people.")
    claims, when = article_claims(text, published=dt.date(2025, 3, 1))  # a Saturday
    assert [(c.low, c.event) for c in claims] == [(6, "main"), (3, "main"), (3001, "other:in-month")]
    assert (when.date, when.basis) == (dt.date(2025, 2, 27), "weekday")  # the clause's June is not the attack's


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the lead's news is the strike that killed: it is dated there, and its claims are the main attack's
    ("Drone strike on market must be investigated\n\nThe army must be investigated over a drone strike that killed at least "
     "19 civilians at a market in Kelo on the morning of Tuesday 12 March, the group said today.",
     dt.date(2024, 4, 2), ("2024-03-12", [(19, "main")])),
    # "the first attack ... since February" is a yardstick, "U.S." no sentence stop
    ("Militias fired rockets at the U.S. base late on Monday, the first attack on U.S. troops in the region since February. "
     "Four rockets were fired.", dt.date(2024, 9, 4), ("2024-09-02", [(4, "main")])),
    # a dateline with two places dates the story, not the attack
    ("Aden/Amman, 12 May 2024 - Doctors received 20 wounded people on Saturday evening after shells struck a market.",
     None, ("2024-05-11", [(20, "main")])),
    # a date in figures dates the attack; one far from it in background is another attack's
    ("Militants stormed the post on 26-10-2023, killing four soldiers. A raid on 02/03/2023 killed nine.",
     dt.date(2023, 10, 28), ("2023-10-26", [(4, "main"), (9, "other:2023-03-02")])),
])
def test_lead_dateline_and_yardstick_dates(text, published, expected):
    claims, when = article_claims(text, published=published)
    assert (str(when.date), [(c.low, c.event) for c in claims]) == expected


def test_victims_of_rockets_fired_in_response_to_air_strikes_are_the_main_attack_s():
    text = ("Hezbollah fired 30 rockets at Safed on Wednesday. Sirens sounded. Three people were killed in the town by rockets "
            "fired in response to air strikes on Lebanon. The ministry said 35 people had been killed in air strikes.")
    claims, _ = article_claims(text, published=dt.date(2024, 5, 10))
    assert [(c.low, c.event) for c in claims] == [(30, "main"), (3, "main"), (35, "other:air-raid")]
