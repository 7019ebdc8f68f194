from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscount.corpus import CorpusError, english_share, infer_outlet, load_corpus
from conftest import FRENCH, NO_COUNTS, WIRE, write_corpus


def test_reads_articles_and_manifest(corpus: Path):
    c = load_corpus(corpus)
    docs = {r["doc_id"]: r for r in c.documents.iter_rows(named=True)}
    assert sorted(docs) == ["a1", "a2", "a3"]
    assert docs["a2"]["outlet"] == "Daily Test" and docs["a2"]["outlet_basis"] == "manifest"
    assert docs["a2"]["published"] == dt.date(2021, 3, 4) and docs["a2"]["published_basis"] == "manifest"
    # a1: outlet and date from its dateline
    assert docs["a1"]["outlet"] == "Reuters" and docs["a1"]["outlet_basis"] == "text"
    assert docs["a1"]["published"] == dt.date(2021, 3, 3) and docs["a1"]["published_basis"] == "text"
    assert docs["a3"]["published"] is None and docs["a3"]["published_basis"] == "unknown"
    assert docs["a1"]["title"] == "Rockets hit base near capital"
    assert c.rejected.height == 0


def test_footer_names_the_outlet():
    assert infer_outlet("Body text.\n\nSource » washingtonexaminer\n") == "Washington Examiner"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("Rockets \u201chit\u201d the base.".encode("cp1252"), "not UTF-8"),
    (b"x" * 5000, "over the limit"),
    (FRENCH.encode(), "does not read as English (0% common English words"),
])
def test_bad_article_files_are_rejected_and_others_kept(tmp_path: Path, content: bytes, reason: str):
    root = write_corpus(tmp_path / "c", {"good": "Two rockets hit the base."}, manifest=None)
    (root / "articles" / "bad.txt").write_bytes(content)
    c = load_corpus(root, max_bytes=4000)
    assert c.documents["doc_id"].to_list() == ["good"]
    [msg] = c.rejected["reason"].to_list()
    assert reason in msg and "articles/bad.txt" in msg and "\n" not in msg


def test_manifest_problems_name_file_and_line(tmp_path: Path):
    manifest = ("doc_id,outlet,url,published,title\n"
                "a,Out,,not-a-date,\n"
                "a,Dup,,,\n"
                "ghost,X,,,\n")
    root = write_corpus(tmp_path / "c", {"a": "Two rockets hit the base."}, manifest=manifest)
    c = load_corpus(root)
    reasons = c.rejected["reason"].to_list()
    assert any("manifest.csv:2:" in r and "not a date" in r for r in reasons)
    assert any("manifest.csv:3:" in r and "duplicate" in r for r in reasons)
    assert any("manifest.csv:4:" in r and "no file" in r for r in reasons)
    assert c.documents["doc_id"].to_list() == ["a"]
    assert c.documents["outlet"].to_list() == ["Out"]  # the article and its good fields are kept


def test_missing_folder_and_bad_header_refuse(tmp_path: Path):
    with pytest.raises(CorpusError, match="no such folder"):
        load_corpus(tmp_path / "nothing")
    root = write_corpus(tmp_path / "c", {"a": "text"}, manifest="id;outlet\n")
    with pytest.raises(CorpusError, match=r"manifest\.csv:1:"):
        load_corpus(root)


@pytest.mark.parametrize(("text", "outlet"), [
    ("Rockets hit.\nSource » washingtonexaminer", "Washington Examiner"),
    ("Rockets hit.\n© 2021 The Associated Press. All rights reserved.", "Associated Press"),  # one name for AP
    ("ERBIL, Iraq (AP) — A drone hit the airport on Monday.", "Associated Press"),
    ("Baghdad (AFP) - Rockets hit the Green Zone on Tuesday.", "AFP"),
    ("ANKARA (AA) - Two drones hit a base on Friday.", "Anadolu Agency"),
    ("SEOUL (Yonhap) -- North Korea fired two missiles.", "Yonhap"),
    ("Erbil (Iraq) - Rockets hit the airport.", None),
    ("Rockets hit the base.\nBy Jane Doe | Reuters", "Reuters"),
    ("By Jane Doe, Associated Press\nRockets hit.", "Associated Press"),
    ("Rockets hit.\n\nReporting by John Davison; Editing by Alex Richardson", "Reuters"),
    ("Rockets hit.\n\n(Reporting by John Davison; Editing by Alex Richardson)", "Reuters"),
    ("By the time police arrived, two were dead.", None),
    ("Rockets hit. Officials said it was by far the worst.", None),
])
def test_outlet_from_footers_datelines_and_bylines(text, outlet):
    assert infer_outlet(text) == outlet


@pytest.mark.parametrize(("text", "english"), [
    (FRENCH, False),
    ("Drei Raketen schlugen am Dienstag nahe dem Flughafen ein, sagte die Polizei. Verletzt wurde niemand, "
     "ein Auto wurde beschädigt, und die Behörden sperrten die Straße für mehrere Stunden.", False),
    (NO_COUNTS, True),
    (WIRE, True),
    ("Drone strike kills three", None),  # too short to judge
])
def test_english_share(text: str, english: bool | None):
    share = english_share(text)
    assert (None if share is None else share >= 0.12) == english
