from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl

from crosscount.cli import main


def test_help_explains_every_command(capsys):
    for cmd in ([], ["extract"], ["evaluate"], ["dvc-templates"]):
        try:
            main([*cmd, "--help"])
        except SystemExit as e:
            assert e.code == 0
    out = capsys.readouterr().out
    for word in ("extract", "evaluate", "dvc-templates", "CORPUS_DIR", "GOLD_DIR", "documents.parquet"):
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
