"""The benchmark script runs end to end and prints its figures (no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_prints_both_comparisons(capsys):
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--n", "25", "--real", str(ROOT / "data" / "raw" / "articles"), "--real-mb", "0.02"]) == 0
    out = capsys.readouterr().out
    assert out.count("ratio extraction / spaCy tokenisation") == 2
    assert "generated: 25 articles" in out and "real (" in out and "one 2 MB article" in out
    claims = [int(line.split()[-2]) for line in out.splitlines() if line.strip().startswith("extraction :")]
    assert len(claims) == 2 and all(n > 0 for n in claims)
