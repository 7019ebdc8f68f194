"""The real pipeline: `dvc repro` in a copy of the repo, on a small corpus, then a DVC remote."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def run(cmd: list[str], cwd: Path) -> str:
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


def digest(root: Path, rels: list[str]) -> dict[str, str]:
    out = {}
    for rel in rels:
        for f in sorted((root / rel).rglob("*") if (root / rel).is_dir() else [root / rel]):
            if f.is_file():
                out[str(f.relative_to(root))] = hashlib.sha256(f.read_bytes()).hexdigest()
    return out


def test_dvc_repro_on_a_small_corpus_then_remote(built_repo: Path, tmp_path: Path):
    repo = built_repo
    out = (repo / ".repro.log").read_text()
    for stage in ("ingest", "extract", "resolve", "evaluate", "charts", "notebook"):
        assert f"Running stage '{stage}'" in out
    metrics = json.loads((repo / "metrics" / "extraction.json").read_text())
    assert metrics["claims"]["f1"] == 1.0 and metrics["incident_date_accuracy"] == 1.0
    shown = run(["dvc", "metrics", "show"], repo)
    assert "claims.f1" in shown and "metrics/extraction.json" in shown
    for stem in ("projectiles", "casualties", "timeline", "disagreement"):
        assert (repo / "reports" / "charts" / f"{stem}.html").stat().st_size > 100_000
        assert (repo / "reports" / "charts" / f"{stem}.png").exists()

    # The notebook was executed by a real kernel and its charts are in the saved outputs.
    nb = json.loads((repo / "notebooks" / "compare.ipynb").read_text())
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    charts = [o for o in outputs if "application/vnd.vegalite.v5+json" in o.get("data", {})]
    assert len(charts) == 4 and all("image/png" in o["data"] for o in charts)

    # Nothing changed: nothing reruns.
    assert "Data and pipelines are up to date" in run(["dvc", "repro"], repo)

    # Forced rerun gives byte-identical outputs (same hashes in dvc.lock).
    lock = (repo / "dvc.lock").read_text()
    outs = ["data/interim", "data/processed", "reports/plots", "metrics"]
    before = digest(repo, outs)
    run(["dvc", "repro", "-f"], repo)
    assert (repo / "dvc.lock").read_text() == lock
    assert digest(repo, outs) == before

    # A local remote: push, delete outputs and cache, pull, same files.
    run(["dvc", "remote", "add", "-d", "team", str(tmp_path / "remote")], repo)
    run(["dvc", "push"], repo)
    shutil.rmtree(repo / "data" / "processed")
    shutil.rmtree(repo / "data" / "interim")
    shutil.rmtree(repo / ".dvc" / "cache")
    run(["dvc", "pull"], repo)
    assert digest(repo, ["data/interim/documents.parquet", "data/processed"]) == {
        k: v for k, v in before.items() if k.startswith(("data/processed", "data/interim/documents"))}
    assert "up to date" in run(["dvc", "status"], repo)


def test_bring_your_own_corpus_then_add_one_article(repo_copy: Path, tmp_path: Path):
    """Mixed real-world inputs through `crosscount add` and `dvc repro`; then one more article re-extracts one."""
    import polars as pl

    from conftest import FRENCH, write_inputs

    repo = repo_copy
    inputs = write_inputs(tmp_path / "inbox")
    out = run(["crosscount", "add", str(inputs), "--max-bytes", "5000"], repo)
    assert "11 added, 14 skipped -> data/raw" in out
    assert f"skipped  {inputs / 'french.txt'}: does not read as English" in out
    # Files copied in by hand and bad manifest rows reach ingest's rejection report instead.
    raw = repo / "data" / "raw"
    (raw / "articles" / "hand.txt").write_text("Two mortar rounds hit a checkpoint in Anbar on Friday, police said.\n")
    (raw / "articles" / "hand-empty.txt").write_text("")
    (raw / "articles" / "hand-1252.txt").write_bytes("Police said \u201cthree rockets\u201d hit.".encode("cp1252"))
    (raw / "articles" / "hand-french.txt").write_text(FRENCH, encoding="utf-8")
    with open(raw / "manifest.csv", "a", encoding="utf-8") as f:
        f.write("hand,Hand Outlet,,last Friday,\nkirkuk,Duplicate Row,,,\nghost,Nobody,,,\n")
    log = run(["dvc", "repro"], repo)

    rejected = pl.read_csv(repo / "data" / "interim" / "rejected.csv")
    reasons = "\n".join(rejected["reason"])
    for expected in ("articles/hand-empty.txt: empty file", "articles/hand-1252.txt:1: not UTF-8",
                     "articles/hand-french.txt: does not read as English",
                     "manifest.csv:13: published 'last Friday' is not a date",
                     "manifest.csv:14: duplicate doc_id 'kirkuk'", "manifest.csv:15: doc_id 'ghost' has no file"):
        assert expected in reasons, reasons
    assert rejected.height == 6
    assert "near-duplicate: wire-copy is a copy of wire" in log

    docs = pl.read_parquet(repo / "data" / "processed" / "documents.parquet")
    claims = pl.read_parquet(repo / "data" / "processed" / "claims.parquet")
    assert docs.height == 5 + 11 + 1  # shipped, added, hand
    got = {(r["doc_id"], r["measure"], r["low"], r["high"]) for r in claims.iter_rows(named=True)}
    assert {("kirkuk", "projectiles", 4, 4), ("kirkuk", "injured", 2, 2), ("feed-2", "projectiles", 5, 5),
            ("feed-2", "injured", 0, 0), ("hand", "projectiles", 2, 2)} <= got
    copies = dict(docs.select("doc_id", "copy_of").iter_rows())
    assert copies["wire-copy"] == "wire" and copies["independent"] is None and copies["kirkuk"] is None
    assert docs.filter(doc_id="no-counts")["n_claims"].item() == 0
    assert "note: no-counts: no counts found (article kept" in log
    assert f"extract: {docs.height} articles extracted, 0 from cache" in log

    # One more article: one extraction, the rest from the cache (ingest and extract only; the
    # later stages are the same code on more rows).
    (tmp_path / "late.txt").write_text("Six rockets hit Ain al-Asad air base on Thursday, the coalition said.\n")
    run(["crosscount", "add", str(tmp_path / "late.txt")], repo)
    log = run(["dvc", "repro", "extract"], repo)
    assert f"extract: 1 articles extracted, {docs.height} from cache" in log
    outs = ["data/interim/documents.parquet", "data/processed/documents.parquet", "data/processed/claims.parquet"]
    warm, lock = digest(repo, outs), (repo / "dvc.lock").read_text()
    assert pl.read_parquet(repo / outs[2]).filter(doc_id="late")["low"].to_list() == [6]

    # The same outputs from a cold cache, byte for byte, and the same dvc.lock.
    (repo / "data" / "interim" / "extract_cache.parquet").unlink()
    log = run(["dvc", "repro", "-f", "extract"], repo)
    assert f"extract: {docs.height + 1} articles extracted, 0 from cache" in log
    assert digest(repo, outs) == warm and (repo / "dvc.lock").read_text() == lock
