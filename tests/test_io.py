from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from crosscount.io import atomic_path, write_parquet, write_text


def test_failure_midway_leaves_previous_output_and_no_temp_files(tmp_path: Path):
    target = tmp_path / "out.txt"
    write_text("previous\n", target)
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half of the new out")
            raise RuntimeError("stage killed midway")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_stage_failing_while_writing_a_table_keeps_the_old_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "claims.parquet"
    old = pl.DataFrame({"a": [1, 2]})
    write_parquet(old, target)

    def broken(self, path, **kwargs):
        Path(path).write_bytes(b"PAR1 truncated")
        raise OSError("disk full")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", broken)
    with pytest.raises(OSError):
        write_parquet(pl.DataFrame({"a": [3]}), target)
    monkeypatch.undo()
    assert pl.read_parquet(target).equals(old)
    assert [p.name for p in tmp_path.iterdir()] == ["claims.parquet"]
