from __future__ import annotations

import io
from pathlib import Path

import polars as pl
import pytest

from crosscount import article as article_module
from crosscount.claims import extract_documents
from crosscount.corpus import load_corpus
from crosscount.extract_cache import ExtractCache, extractor_version
from crosscount.synth import generate, write_corpus as write_synth
from conftest import NO_COUNTS, WIRE, write_corpus


def _bytes(df: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.write_parquet(buf, compression="zstd", statistics=True)
    return buf.getvalue()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the real per-article step was called on."""
    calls: list[str] = []
    real = article_module.article_result

    def spy(text, published):
        calls.append(text)
        return real(text, published)

    monkeypatch.setattr(article_module, "article_result", spy)
    return calls


def test_adding_one_article_extracts_one_and_outputs_equal_a_cold_run(tmp_path: Path, counted: list[str]):
    root = write_synth(generate(40, seed=5), tmp_path / "c")
    cache = ExtractCache(tmp_path / "cache.parquet")
    extract_documents(load_corpus(root).documents, cache=cache)
    cache.save()
    assert (cache.misses, cache.hits, len(counted)) == (40, 0, 40)

    (root / "articles" / "new.txt").write_text(WIRE, encoding="utf-8")
    documents = load_corpus(root).documents
    counted.clear()
    warm = ExtractCache(tmp_path / "cache.parquet")
    docs_w, claims_w = extract_documents(documents, cache=warm)
    assert (warm.misses, warm.hits, counted) == (1, 40, [WIRE])

    docs_c, claims_c = extract_documents(documents)  # cold, no cache at all
    assert _bytes(docs_w) == _bytes(docs_c) and _bytes(claims_w) == _bytes(claims_c)


def test_cache_file_is_the_same_bytes_cold_or_warm(tmp_path: Path):
    root = write_corpus(tmp_path / "c", {"w": WIRE, "n": NO_COUNTS}, manifest=None)
    documents = load_corpus(root).documents
    written = []
    for _ in range(2):
        cache = ExtractCache(tmp_path / "cache.parquet")
        extract_documents(documents, cache=cache)
        cache.save()
        written.append((tmp_path / "cache.parquet").read_bytes())
    assert written[0] == written[1] and cache.hits == 2


@pytest.mark.parametrize("change", ["version", "published"])
def test_key_changes_with_code_and_date(tmp_path: Path, change: str):
    import datetime as dt

    a = ExtractCache(tmp_path / "x.parquet", version="v1")
    b = ExtractCache(tmp_path / "x.parquet", version="v2" if change == "version" else "v1")
    day = dt.date(2023, 6, 12)
    assert a.key(WIRE, day) != b.key(WIRE, day if change == "version" else day + dt.timedelta(1))
    assert a.key(WIRE, day) == a.key(WIRE, day)


def test_extractor_version_follows_the_source(tmp_path: Path):
    from crosscount import extract_cache

    src = Path(extract_cache.__file__).parent
    for name in extract_cache.SOURCES:
        (tmp_path / name).write_bytes((src / name).read_bytes())
    assert extractor_version(tmp_path) == extractor_version()
    (tmp_path / "rules.py").write_text((src / "rules.py").read_text() + "\n# a new rule\n")
    assert extractor_version(tmp_path) != extractor_version()


def test_unreadable_cache_is_an_empty_cache(tmp_path: Path):
    (tmp_path / "cache.parquet").write_bytes(b"not parquet")
    cache = ExtractCache(tmp_path / "cache.parquet")
    docs, _ = extract_documents(load_corpus(write_corpus(tmp_path / "c", {"w": WIRE}, manifest=None)).documents,
                                cache=cache)
    assert cache.misses == 1 and docs.height == 1


def _imported_modules(module: str, seen: set[str]) -> set[str]:
    """crosscount modules ``module`` imports, directly or not (read from the source)."""
    import re

    from crosscount import extract_cache

    src = (Path(extract_cache.__file__).parent / f"{module}.py").read_text()
    direct = re.findall(r"^\s*from crosscount\.(\w+) import", src, re.M)
    for names in re.findall(r"^\s*from crosscount import ([\w, ]+)", src, re.M):
        direct += [n.split(" as ")[0].strip() for n in names.split(",")]
    for found in direct:
        if found not in seen:
            seen.add(found)
            _imported_modules(found, seen)
    return seen


def test_extractor_version_and_the_extract_stage_cover_every_module_a_claim_depends_on():
    import yaml

    from crosscount import extract_cache

    # per-article extraction: article.article_result and what it imports, not the table step
    per_article = _imported_modules("article", {"article"})
    assert per_article <= set(n.removesuffix(".py") for n in extract_cache.SOURCES)
    stage = yaml.safe_load((Path(__file__).parents[1] / "dvc.yaml").read_text())["stages"]["extract"]
    assert {f"src/crosscount/{m}.py" for m in _imported_modules("claims", {"claims"})} <= set(stage["deps"])
