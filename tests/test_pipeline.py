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
