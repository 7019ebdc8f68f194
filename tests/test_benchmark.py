"""The benchmark script runs end to end and prints its figures (no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_prints_both_comparisons(capsys):
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--n", "25", "--real", str(ROOT / "data" / "raw" / "articles"), "--real-mb", "0.02", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("ratio extraction / spaCy tokenisation, one process each") == 2
    assert out.count("ratio with 2 processes / spaCy's fastest") == 2
    assert "generated: 25 articles" in out and "real (" in out and "one 2 MB article" in out
    claims = [int(line.split()[-2]) for line in out.splitlines() if line.strip().startswith("extraction, ")]
    # each run extracts once per process count, and gets the same claims both times
    assert len(claims) == 4 and all(n > 0 for n in claims) and claims[0] == claims[1] and claims[2] == claims[3]
