"""Property test: on generated articles, every figure written is extracted exactly."""

from __future__ import annotations

import pytest

from crosscount.claims import article_claims
from crosscount.synth import generate


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_articles_are_extracted_exactly(seed: int):
    for article in generate(80, seed=seed):
        got, when = article_claims(article.text, published=article.published)
        predicted = sorted((c.measure, c.low, c.high or -1, c.event == "main", c.start, c.end) for c in got)
        expected = sorted((c["measure"], c["low"], c["high"] or -1, c["event"] == "main", c["start"], c["end"]) for c in article.claims)
        assert [p[:4] for p in predicted] == [e[:4] for e in expected], article.text
        for p, e in zip(predicted, expected):
            assert p[4] < e[5] and e[4] < p[5], article.text  # the quote overlaps the written figure
        assert when.date == article.incident_date, article.text
