from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crosscount.add import add_articles, slug
from crosscount.corpus import CorpusError, load_corpus
from conftest import INDEPENDENT, NO_COUNTS, WIRE, write_corpus, write_inputs

MAX = 5000  # huge.txt is over it, everything else under


@pytest.fixture
def added(tmp_path: Path):
    corpus = write_corpus(tmp_path / "corpus")
    report = add_articles([write_inputs(tmp_path / "in")], corpus, max_bytes=MAX)
    return corpus, report


def _manifest(corpus: Path) -> dict[str, dict]:
    with open(corpus / "manifest.csv", newline="", encoding="utf-8") as f:
        return {r["doc_id"]: r for r in csv.DictReader(f)}


def test_good_inputs_are_added_with_their_metadata(added):
    corpus, report = added
    ids = {doc_id for doc_id, _src in report.added}
    assert ids == {"kirkuk", "feed-2", "feed-5", "feed-1", "feed-2-2", "wire", "wire-copy", "independent",
                   "windows", "latin1", "no-counts"}
    rows = _manifest(corpus)
    assert set(rows) == ids | {"a1", "a2", "a3"}  # old rows kept
    assert rows["kirkuk"] == {"doc_id": "kirkuk", "outlet": "Northern Tribune",
                              "url": "https://tribune.example/2021/03/04/rockets-kirkuk",
                              "published": "2021-03-04", "title": "Rockets hit Kirkuk base"}
    assert rows["feed-2"]["outlet"] == "Gulf Courier" and rows["feed-2"]["published"] == "2022-05-10"
    assert rows["feed-5"]["published"] == "2022-05-09"  # a timestamp's date
    assert rows["feed-2-2"]["published"] == ""  # "July 1st" noted, article kept
    for doc_id in ids:
        assert (corpus / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8").endswith("\n")


def test_html_keeps_the_article_and_drops_the_page(added):
    corpus, _ = added
    text = (corpus / "articles" / "kirkuk.txt").read_text(encoding="utf-8")
    assert "Four rockets hit the K1 air base" in text and "Two soldiers were wounded" in text
    for junk in ("__pwned", "console.log", "font-family", "cookies", "Privacy policy", "Sport"):
        assert junk not in text


def test_windows_1252_and_latin1_are_converted(added):
    corpus, report = added
    assert "\u201cthree rockets\u201d" in (corpus / "articles" / "windows.txt").read_text(encoding="utf-8")
    assert "caf\u00e9" in (corpus / "articles" / "latin1.txt").read_text(encoding="utf-8")
    assert any("windows.txt:1: not UTF-8; read as Windows-1252" in n for n in report.notes)


@pytest.mark.parametrize("expected", [
    "empty.txt: empty file",
    "image.txt: binary file (NUL bytes)",
    "undecodable.txt: neither UTF-8 nor Windows-1252",
    "huge.txt: 6,600 bytes is over the limit of 5,000 (params.yaml ingest.max_bytes)",
    "french.txt: does not read as English (0% common English words",
    "only-scripts.html: no article text found in the page (1 word outside menus, scripts and styles)",
    "report.pdf: unsupported file type .pdf",
    "no-text-column.csv:1: no 'text' column in the header (title, url)",
    "feed.csv:3: no text in column 'text'; row skipped",
    "feed.csv:4: row has 8 fields, header has 7; row skipped",
    "feed.jsonl:3: not a JSON object (",
    "feed.jsonl:4: no text in column 'text'",
    "feed.jsonl:5: not a JSON object; row skipped",
    "wire_same.txt: exact duplicate of wire (added from",
])
def test_every_bad_input_is_named_in_one_line(added, expected: str):
    _, report = added
    hits = [s for s in report.skipped if expected in s]
    assert len(hits) == 1, report.skipped
    assert "\n" not in hits[0]


def test_nothing_dropped_silently(added):
    corpus, report = added
    # every input file is added, skipped or (for exports) accounted for row by row
    assert len(report.added) + len(report.skipped) == 11 + 14
    assert any(n.endswith("feed.csv: columns used: text, url, outlet, published, title; ignored: author, id") for n in report.notes)
    assert any(n.endswith("feed.jsonl: columns used: text, url, outlet, published, title; ignored: lang") for n in report.notes)
    assert any("feed.jsonl:2: published 'July 1st' is not a date" in n for n in report.notes)


def test_the_result_is_a_corpus_ingest_reads(added):
    corpus, _ = added
    c = load_corpus(corpus, max_bytes=MAX)
    assert c.rejected.height == 0
    copies = dict(c.documents.select("doc_id", "copy_of").iter_rows())
    assert copies["wire-copy"] == "wire" and copies["independent"] is None
    assert c.documents.filter(doc_id="kirkuk")["outlet_basis"].item() == "manifest"


def test_adding_again_adds_nothing(added, tmp_path: Path):
    corpus, _ = added
    manifest = (corpus / "manifest.csv").read_bytes()
    again = add_articles([tmp_path / "in"], corpus, max_bytes=MAX)
    assert again.added == []
    assert sum("already in the corpus" in s for s in again.skipped) == 11 + 1  # wire_same.txt too
    assert (corpus / "manifest.csv").read_bytes() == manifest


def test_interrupted_add_is_completed_by_running_it_again(tmp_path: Path):
    corpus = write_corpus(tmp_path / "c", {"old": INDEPENDENT}, manifest="doc_id,outlet,url,published,title\nold,X,,,\n")
    src = tmp_path / "in"
    src.mkdir()
    (src / "new.txt").write_text(WIRE)
    (corpus / "articles" / "new.txt").write_text(WIRE)  # written, then killed before the manifest
    report = add_articles([src], corpus)
    assert report.added == [] and "row added" in report.notes[0]
    assert list(_manifest(corpus)) == ["old", "new"]


def test_interrupted_add_under_a_numbered_id_is_completed_too(tmp_path: Path):
    # "report" was taken, so the killed add had written the article as report-2.
    corpus = write_corpus(tmp_path / "c", {"report": INDEPENDENT}, manifest="doc_id,outlet,url,published,title\nreport,X,,,\n")
    src = tmp_path / "in"
    src.mkdir()
    (src / "report.txt").write_text(WIRE)
    (corpus / "articles" / "report-2.txt").write_text(WIRE)
    report = add_articles([src], corpus)
    assert report.added == [] and report.skipped == [] and "row added" in report.notes[0]
    assert list(_manifest(corpus)) == ["report", "report-2"]


@pytest.mark.parametrize(("manifest", "message"), [
    ("id;outlet\n", r"manifest\.csv:1: manifest header must name doc_id"),
    (None, "no such file or folder"),
])
def test_refusals_change_nothing(tmp_path: Path, manifest: str | None, message: str):
    corpus = write_corpus(tmp_path / "c", {"old": INDEPENDENT}, manifest=manifest)
    before = sorted(p.name for p in (corpus / "articles").iterdir())
    src = tmp_path / "in"
    src.mkdir()
    (src / "new.txt").write_text(WIRE)
    paths = [src] if manifest else [src, tmp_path / "missing.txt"]
    with pytest.raises(CorpusError, match=message):
        add_articles(paths, corpus)
    assert sorted(p.name for p in (corpus / "articles").iterdir()) == before


@pytest.mark.parametrize(("stem", "expected"), [
    ("Rockets hit Kirkuk (AP)", "rockets-hit-kirkuk-ap"), ("feed-3", "feed-3"), ("مقال", "article"),
])
def test_slug(stem: str, expected: str):
    assert slug(stem) == expected


def test_add_killed_midway_leaves_a_consistent_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from crosscount import add as add_module

    corpus = write_corpus(tmp_path / "c", {"old": INDEPENDENT}, manifest="doc_id,outlet,url,published,title\nold,X,,,\n")
    manifest = (corpus / "manifest.csv").read_bytes()
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(WIRE)
    (src / "b.txt").write_text(NO_COUNTS)
    real, calls = add_module.write_text, []

    def dies_on_second(text, path):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(text, path)

    monkeypatch.setattr(add_module, "write_text", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        add_articles([src], corpus)
    monkeypatch.undo()
    assert (corpus / "manifest.csv").read_bytes() == manifest  # manifest untouched
    c = load_corpus(corpus)
    assert c.rejected.height == 0 and sorted(c.documents["doc_id"]) == ["a", "old"]
    report = add_articles([src], corpus)  # running it again completes the add
    assert [d for d, _ in report.added] == ["b"] and list(_manifest(corpus)) == ["old", "a", "b"]


def test_html_page_in_windows_1252_reads_by_its_charset(tmp_path: Path):
    from conftest import HTML_PAGE

    page = HTML_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Two soldiers were wounded", "Two soldiers were wounded at the \u201cK1\u201d caf\u00e9")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_bytes(page.encode("cp1252"))
    report = add_articles([tmp_path / "in"], tmp_path / "c")
    assert [d for d, _ in report.added] == ["page"] and report.skipped == []
    assert "wounded at the \u201cK1\u201d caf\u00e9" in (tmp_path / "c" / "articles" / "page.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "content", "added"), [
    # a JSON string may hold U+2028; the row is still one row
    ("sep.jsonl", '{"text": "Two rockets hit the base\u2028on Monday, police said."}\n', ["sep-1"]),
    # a long article in one CSV field (over csv's default 128 KiB field limit)
    ("long.csv", 'text\n"' + "Two rockets hit the base on Monday, police said. " * 3000 + '"\n', ["long-2"]),
    # a saved page heavier than the limit whose article text is under it
    ("heavy.html", "<html><head><script>" + "var x = 1;" * 30000 + "</script></head><body><article><p>"
     + "Two rockets hit the base on Monday night, police said, and nobody was hurt. " * 3 + "</p></article></body></html>",
     ["heavy"]),
])
def test_large_or_unusual_but_valid_inputs(tmp_path: Path, name: str, content: str, added: list[str]):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(content, encoding="utf-8")
    report = add_articles([tmp_path / "in"], tmp_path / "c", max_bytes=200_000)
    assert [d for d, _ in report.added] == added, report.skipped
