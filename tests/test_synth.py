"""Property test: on generated articles, every figure written is extracted exactly,
credited to the speaker the article names."""

from __future__ import annotations

import pytest

from crosscount.article import article_claims
from crosscount.evaluate import same_speaker
from crosscount.synth import generate


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_articles_are_extracted_exactly(seed: int):
    for article in generate(80, seed=seed):
        got, when = article_claims(article.text, published=article.published)
        predicted = sorted((c.measure, c.low, c.high or -1, c.event == "main", c.start, c.end) for c in got)
        expected = sorted((c["measure"], c["low"], c["high"] or -1, c["event"] == "main", c["start"], c["end"]) for c in article.claims)
        assert [p[:4] for p in predicted] == [e[:4] for e in expected], article.text
        for p, e in zip(predicted, expected, strict=True):
            assert p[4] < e[5] and e[4] < p[5], article.text  # the quote overlaps the written figure
        for e in article.claims:  # and it is credited to the speaker the article names
            claim = next(c for c in got if c.start < e["end"] and e["start"] < c.end and c.measure == e["measure"])
            assert same_speaker(claim.speaker, e["speaker"]), (claim.speaker, e, article.text)
        assert when.date == article.incident_date, article.text


def test_generated_gold_corpus_scores_perfectly(tmp_path):
    """The generator's gold corpus folder goes through `crosscount evaluate` like the dev set."""
    import json

    from crosscount.cli import main
    from crosscount.synth import write_corpus

    root = write_corpus(generate(40, seed=9), tmp_path / "gen")
    assert main(["evaluate", str(root), "--metrics", str(tmp_path / "m.json")]) == 0
    m = json.loads((tmp_path / "m.json").read_text())
    assert m["articles"] == 40 and m["claims"]["f1"] == 1.0 and m["span_strict"]["f1"] == 1.0
    assert m["incident_date_accuracy"] == 1.0
