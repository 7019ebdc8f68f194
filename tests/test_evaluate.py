from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from crosscount.claims import extract_documents
from crosscount.corpus import load_corpus
from crosscount.evaluate import errors_markdown, load_gold, score
from conftest import write_corpus

TEXT = "Four rockets hit the base. No one was hurt. Later, officials met."


def _gold(tmp_path: Path, claims: list[dict], incident_date: str | None = None) -> Path:
    root = write_corpus(tmp_path / "g", {"x": TEXT}, manifest=None)
    (root / "gold.jsonl").write_text(json.dumps({"id": "x", "incident_date": incident_date, "claims": claims}) + "\n")
    return root


def _run(root: Path):
    docs, claims = extract_documents(load_corpus(root).documents)
    return score(claims, docs, load_gold(root / "gold.jsonl"))


def test_perfect_gold_scores_one(tmp_path: Path):
    root = _gold(tmp_path, [
        {"measure": "projectiles", "low": 4, "high": 4, "event": "main", "quote": "Four rockets hit the base"},
        {"measure": "injured", "low": 0, "high": 0, "event": "main", "quote": "No one was hurt"},
    ])
    m = _run(root).metrics
    assert m["claims"]["f1"] == 1.0 and m["span_strict"]["f1"] == 1.0 and m["event_agreement"] == 1.0


def test_misses_false_claims_and_optional(tmp_path: Path):
    root = _gold(tmp_path, [
        {"measure": "projectiles", "low": 4, "high": 4, "event": "main", "quote": "Four rockets hit the base"},
        {"measure": "killed", "low": 9, "high": 9, "event": "main", "quote": "No one was hurt"},
    ])
    report = _run(root)
    c = report.metrics["claims"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 1)  # "No one was hurt" is false; killed 9 missed
    md = errors_markdown(report, title="t")
    assert "killed 9..9" in md and "No one was hurt" in md
    optional = {"measure": "injured", "low": 0, "high": 0, "event": "main", "quote": "No one was hurt", "optional": True}
    (root / "gold.jsonl").write_text(json.dumps({"id": "x", "claims": [optional]}) + "\n")
    c = _run(root).metrics["claims"]
    assert (c["tp"], c["fp"], c["fn"]) == (0, 1, 0)  # only the rockets are false: the optional zero is neither


def test_an_optional_gold_claim_never_takes_a_required_one_s_match(tmp_path: Path):
    # The same figure is optional in the headline's place and required in the body's:
    # the one prediction is the required claim's, not set aside for the optional one.
    root = _gold(tmp_path, [
        {"measure": "projectiles", "low": 4, "high": 4, "event": "main", "quote": "Four rockets", "optional": True},
        {"measure": "projectiles", "low": 4, "high": 4, "event": "main", "quote": "Later, officials"},
    ])
    c = _run(root).metrics["claims"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 0)  # the zero is false, as above


def test_other_incident_is_listed(tmp_path: Path):
    root = _gold(tmp_path, [
        {"measure": "projectiles", "low": 4, "high": 4, "event": "other:2019-attack", "quote": "Four rockets hit the base"},
        {"measure": "injured", "low": 0, "high": 0, "event": "main", "quote": "No one was hurt"},
    ])
    report = _run(root)
    assert report.metrics["event_agreement"] == 0.5
    md = errors_markdown(report, title="t")
    assert "## Other incident credited (1)" in md and "“Four rockets hit the base”: predicted main, gold other:2019-attack" in md


def test_span_strict_needs_overlap(tmp_path: Path):
    # Right figure, wrong place in the text: counts for claims but not for span-strict.
    root = _gold(tmp_path, [{"measure": "injured", "low": 0, "high": 0, "event": "main", "quote": "Later, officials"}])
    m = _run(root).metrics
    assert m["claims"]["tp"] == 1 and m["span_strict"]["tp"] == 0


def test_incident_date_accuracy(tmp_path: Path):
    root = _gold(tmp_path, [], incident_date="2020-01-01")
    assert _run(root).metrics["incident_date_accuracy"] == 0.0  # the text gives no date
    root = _gold(tmp_path / "undated", [], incident_date=None)
    assert _run(root).metrics["incident_date_accuracy"] == 1.0  # undated in gold, undated predicted


@pytest.mark.parametrize(("pred", "expected"), [
    ({"a": "i1", "b": "i1", "c": "i2", "d": "unlinked-d"}, (1.0, 1.0)),  # d's gold pair-mates: none
    ({"a": "i1", "b": "i1", "c": "i1", "d": "unlinked-d"}, (1 / 3, 1.0)),  # c wrongly joined
    ({"a": "i1", "b": "unlinked-b", "c": "i2", "d": "unlinked-d"}, (0.0, 0.0)),  # the only gold pair missed
])
def test_linking_scores_count_article_pairs(pred, expected):
    from crosscount.evaluate import score_links

    links = pl.DataFrame({"doc_id": list(pred), "incident_id": list(pred.values())})
    got = score_links(links, {"a": "x", "b": "x", "c": "y", "d": "z"})
    assert (got["precision"], got["recall"]) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(("predicted", "gold", "same"), [
    ("A security source", "a security source (to AFP)", True),
    ("Gen. Mark Milley", "Joint Chiefs of Staff Gen. Mark Milley", True),
    ("the army", "the Iraqi army", True),
    ("Iraq’s military", "Iraq's military", True),
    (None, None, True),
    ("police", None, False),
    (None, "the Pentagon", False),
    ("Trump and military", "Donald Trump and the US military", False),
])
def test_same_speaker(predicted, gold, same):
    from crosscount.evaluate import same_speaker

    assert same_speaker(predicted, gold) is same
