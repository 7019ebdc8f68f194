from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from crosscount.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_help_explains_every_command(capsys):
    for cmd in ([], ["add"], ["extract"], ["compare"], ["evaluate"], ["dvc-templates"]):
        try:
            main([*cmd, "--help"])
        except SystemExit as e:
            assert e.code == 0
    out = capsys.readouterr().out
    for word in ("extract", "compare", "evaluate", "dvc-templates", "CORPUS_DIR", "GOLD_DIR", "documents.parquet", "compare.ipynb",
                 ".html", ".jsonl", "--corpus", "exact duplicates", "Near-duplicates", "interrupted"):
        assert word in out


def test_extract_writes_tables(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    docs = pl.read_parquet(out / "documents.parquet")
    claims = pl.read_parquet(out / "claims.parquet")
    assert "incident_date" in docs.columns and docs.height == 3
    text = dict(docs.select("doc_id", "text").iter_rows())
    for row in claims.iter_rows(named=True):
        assert text[row["doc_id"]][row["start"]:row["end"]] == row["quote"]


def test_extract_bad_corpus_is_one_line_error(tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "crosscount.cli", "extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such folder" in proc.stderr and "Traceback" not in proc.stderr


def test_evaluate_prints_figures(corpus: Path, tmp_path: Path, capsys):
    gold = {"id": "a2", "incident_date": "2021-03-03", "claims": [
        {"measure": "projectiles", "low": 3, "high": 3, "event": "main", "quote": "Three rockets hit"}]}
    (corpus / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    assert main(["evaluate", str(corpus), "--metrics", str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "claims" in out and "span_strict" in out and "incident-date accuracy 1.000" in out
    assert json.loads((tmp_path / "m.json").read_text())["claims"]["tp"] == 1


def test_compare_charts_another_corpus_without_touching_the_project(corpus: Path, tmp_path: Path):
    out = tmp_path / "cmp"
    assert main(["compare", str(corpus), "--out", str(out), "--no-notebook", "--params", str(tmp_path / "none.yaml")]) == 0
    incidents = pl.read_parquet(out / "tables" / "incidents.parquet")
    assert incidents.filter("linked").height >= 1
    assert {p.name for p in (out / "charts").iterdir()} >= {f"{k}.{ext}" for k in ("projectiles", "casualties", "timeline", "disagreement")
                                                          for ext in ("html", "png")}
    assert (out / "tables" / "rejected.csv").exists()


@pytest.mark.slow
def test_compare_runs_the_notebook_on_its_own_tables(corpus: Path, tmp_path: Path):
    out = tmp_path / "cmp"
    proc = subprocess.run([sys.executable, "-m", "crosscount.cli", "compare", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    nb = json.loads((out / "compare.ipynb").read_text())
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    text = json.dumps([{k: v for k, v in o.get("data", {}).items() if k in ("text/plain", "text/html")} for o in outputs])
    incidents = pl.read_parquet(out / "tables" / "incidents.parquet")
    # the notebook read this corpus's tables, not the project's data/processed
    assert all(i in text for i in incidents["incident_id"])
    assert any("application/vnd.vegalite.v5+json" in o.get("data", {}) for o in outputs)


def test_add_prints_added_skipped_and_why(tmp_path: Path, corpus: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "new.txt").write_text("Six rockets hit the base on Monday, police said.\n")
    (src / "empty.txt").write_text("")
    proc = subprocess.run([sys.executable, "-m", "crosscount.cli", "add", str(src), "--corpus", str(corpus)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"added    new  <- {src / 'new.txt'}" in proc.stdout
    assert f"skipped  {src / 'empty.txt'}: empty file" in proc.stdout
    assert "1 added, 1 skipped" in proc.stdout
    assert "new,,,," in (corpus / "manifest.csv").read_text()


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "missing.txt: no such file or folder; nothing added"),
    ("bad-manifest", "manifest.csv:1: manifest header must name doc_id"),
])
def test_add_refusals_are_one_line_exit_2(tmp_path: Path, corpus: Path, setup: str, message: str):
    (tmp_path / "ok.txt").write_text("Six rockets hit the base.")
    paths = [str(tmp_path / "ok.txt")]
    if setup == "missing":
        paths.append(str(tmp_path / "missing.txt"))
    else:
        (corpus / "manifest.csv").write_text("id;outlet\n")
    proc = subprocess.run([sys.executable, "-m", "crosscount.cli", "add", *paths, "--corpus", str(corpus)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr and proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr
    assert not (corpus / "articles" / "ok.txt").exists()
