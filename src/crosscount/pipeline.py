"""The whole chain on any corpus folder, without DVC: raw -> claims -> incidents -> charts.

`dvc repro` runs the same library calls stage by stage on the shipped corpus;
this module serves `crosscount compare`, which charts another corpus (the dev
set, a user's folder) into an output folder without touching the repository's
data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from crosscount import charts, defaults
from crosscount.claims import extract_documents
from crosscount.corpus import load_corpus
from crosscount.io import atomic_path, write_parquet
from crosscount.resolve import build_comparison, build_incidents, link_incidents

TABLES = ("documents", "claims", "incidents", "comparison")


@dataclass(frozen=True, slots=True)
class Tables:
    documents: pl.DataFrame
    claims: pl.DataFrame
    incidents: pl.DataFrame
    comparison: pl.DataFrame
    rejected: pl.DataFrame


def compare_corpus(corpus_dir: str | Path, *, max_bytes: int = defaults.MAX_BYTES, near_duplicate: float = defaults.NEAR_DUPLICATE,
                   tolerance_days: int = defaults.DATE_TOLERANCE_DAYS,
                   min_similarity: float = defaults.LINK_MIN_SIMILARITY, progress: Callable[[Iterable], Iterable] | None = None,
                   jobs: int = 1) -> Tables:
    """Every table of the pipeline for the corpus in ``corpus_dir`` (``jobs``: extraction's worker processes)."""
    corpus = load_corpus(corpus_dir, max_bytes=max_bytes, near_duplicate=near_duplicate)
    docs, claims = extract_documents(corpus.documents, progress=progress, jobs=jobs)
    links = link_incidents(docs, tolerance_days=tolerance_days, min_similarity=min_similarity)
    return Tables(docs, claims, build_incidents(docs, links, claims), build_comparison(claims, docs, links), corpus.rejected)


def write_tables(tables: Tables, out_dir: str | Path) -> list[Path]:
    """``out_dir``/<table>.parquet for each table, and rejected.csv."""
    out = Path(out_dir)
    paths = []
    for name in TABLES:
        paths.append(out / f"{name}.parquet")
        write_parquet(getattr(tables, name), paths[-1])
    paths.append(out / "rejected.csv")
    with atomic_path(paths[-1]) as tmp:
        tables.rejected.write_csv(tmp)
    return paths


def write_charts(tables: Tables, out_dir: str | Path, *, page_size: int = defaults.PAGE_SIZE) -> list[Path]:
    """Every chart as self-contained HTML (all its pages in one file) and each page as PNG."""
    figures = charts.render_all(tables.comparison, tables.incidents, tables.claims, tables.documents, page_size=page_size)
    return charts.save_all(figures, out_dir)
