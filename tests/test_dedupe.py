from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscount.corpus import load_corpus
from crosscount.dedupe import NEAR_DUPLICATE, containment, content_hash, copy_of, shingles
from crosscount.synth import generate
from conftest import INDEPENDENT, WIRE, WIRE_COPY, write_corpus


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Two rockets hit the base.", "Two rockets hit the base.", True),
    ("Two rockets hit the base.", "  two ROCKETS hit\n the   base. \n", True),       # case, wrapping, spaces
    ("Officials said \u201cnone\u201d were hurt.", 'Officials said "none" were hurt.', True),  # curly quotes
    ("Two rockets hit the base.", "Three rockets hit the base.", False),
])
def test_content_hash_ignores_layout_not_words(a: str, b: str, same: bool):
    assert (content_hash(a) == content_hash(b)) is same


@pytest.mark.parametrize(("a", "b", "low", "high"), [
    (WIRE, WIRE_COPY, 0.8, 0.9),        # edited wire copy, last paragraph dropped: measured 0.84
    (WIRE, INDEPENDENT, 0.0, 0.05),     # another outlet's own report of the same attack
    (WIRE_COPY, INDEPENDENT, 0.0, 0.05),
])
def test_containment_separates_copies_from_independent_reports(a: str, b: str, low: float, high: float):
    assert low <= containment(shingles(a), shingles(b)) <= high


def test_threshold_sits_above_every_generated_pair():
    # 300 generated articles share a template and stock sentences but not their figures or
    # names: none of them is a copy of another, though the closest pair shares over a third.
    texts = {a.doc_id: a.text for a in generate(300, seed=3)}
    sets = {d: shingles(t) for d, t in texts.items()}
    ids = sorted(sets)
    worst = max(containment(sets[a], sets[b]) for i, a in enumerate(ids) for b in ids[i + 1 :])
    assert 0.33 < worst < NEAR_DUPLICATE
    assert all(v is None for v in copy_of(texts).values())


def test_copy_points_at_earliest_member():
    texts = {"late": WIRE, "early": WIRE_COPY, "other": INDEPENDENT, "undated": WIRE + "\nUpdated.\n"}
    published = {"late": dt.date(2023, 6, 13), "early": dt.date(2023, 6, 12), "other": dt.date(2023, 6, 12)}
    assert copy_of(texts, published) == {"early": None, "late": "early", "undated": "early", "other": None}


def test_ingest_marks_copies_corpus_wide(tmp_path: Path):
    root = write_corpus(tmp_path / "c", {"w1": WIRE, "w2": WIRE_COPY, "i1": INDEPENDENT}, manifest=None)
    docs = load_corpus(root).documents
    assert dict(docs.select("doc_id", "copy_of").iter_rows()) == {"i1": None, "w1": None, "w2": "w1"}


@pytest.mark.parametrize("outlets", [10, 60, 200])
def test_a_wire_story_in_many_outlets_is_one_group(outlets):
    story = ("Three rockets struck the Ain al-Asad air base in western Iraq on Tuesday night, a coalition spokesman said, "
             "adding that two contractors were lightly wounded and that damage to a hangar was being assessed by engineers.")
    texts = {f"o{i:03d}": f"Outlet {i} report. {story}" for i in range(outlets)}
    groups = copy_of(texts)
    assert groups["o000"] is None and all(groups[k] == "o000" for k in texts if k != "o000")
