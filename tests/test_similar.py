"""Article similarity: reports of one attack find each other, others do not."""

from __future__ import annotations

import pytest

from crosscount.similar import Similarity, terms

CORPUS = {
    "balad-a": "Two Katyusha rockets fell inside the Balad air base, north of Baghdad, and others hit Jadriya.",
    "balad-b": "Rockets struck Balad air base and the Jadriya neighbourhood on Saturday, the Iraqi military said.",
    "erbil-a": "A drone laden with explosives hit Erbil airport, where coalition troops are stationed.",
    "erbil-b": "Kurdish officials said an explosive drone struck near Erbil airport late on Monday.",
    "jordan": "Three soldiers were killed by a one-way drone at Tower 22 in Jordan near the Syrian border.",
    "jordan-b": "The drone attack on Tower 22 in northeast Jordan killed three US soldiers.",
}


@pytest.mark.parametrize(("doc", "nearest"), [
    ("balad-a", "balad-b"), ("balad-b", "balad-a"), ("erbil-a", "erbil-b"), ("jordan", "jordan-b"),
])
def test_nearest_article_reports_the_same_attack(doc, nearest):
    assert Similarity(CORPUS).neighbours(doc)[0][1] == nearest


def test_shared_topic_words_alone_do_not_link():
    sim = Similarity({"a": "Two rockets hit the base on Saturday.", "b": "A drone hit a base on Saturday.",
                      "c": "Officials said the base was hit on Saturday."})
    assert sim.neighbours("a") == []  # hit, base, Saturday: what every report says


def test_scores_are_symmetric_and_ranked():
    sim = Similarity(CORPUS)
    assert sim.score("erbil-a", "erbil-b") == pytest.approx(sim.score("erbil-b", "erbil-a"))
    scores = [s for s, _ in sim.neighbours("balad-a", min_score=0.0)]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(("text", "has", "lacks"), [
    ("The rockets hit Celebration Square on Friday.", {"celebration square", "rockets"}, {"friday", "hit", "the"}),
    ("Officials told reporters the base was struck.", {"officials"}, {"told", "struck", "base"}),
])
def test_terms(text, has, lacks):
    got = set(terms(text))
    assert has <= got and not (lacks & got)


def test_an_attack_with_hundreds_of_reports_still_finds_them():
    texts = {f"a{i:03d}": f"Report {i}: drones hit Tower 22 near Rukban in Jordan, wounding troops." for i in range(250)}
    texts.update({f"b{i}": f"Parliament debated the {w} budget." for i, w in enumerate(["water", "school", "health"])})
    sim = Similarity(texts, max_df=200)
    assert sim.neighbours("a000")[0][0] > 0.9
