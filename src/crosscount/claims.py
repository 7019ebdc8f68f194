"""documents -> claims table (+ each article's main-attack date).

The table step over :func:`crosscount.article.article_result`: every
article's results (from the extraction cache, or extracted over worker
processes), as the documented schemas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict

import polars as pl

from crosscount import schemas
from crosscount.article import Result, article_item
from crosscount.corpus_dates import settle_incident_dates
from crosscount.extract_cache import ExtractCache
from crosscount.workers import map_ordered


def article_results(items: Sequence[tuple[str, dt.date | None]], *, cache: ExtractCache | None = None,
                    jobs: int = 1) -> Iterator[Result]:
    """Each (text, published) article's claims, date and weekday, in order.

    Articles in ``cache`` are answered from it; the others are extracted over
    ``jobs`` processes (:func:`crosscount.workers.map_ordered`; 0: every core)
    and stored in it.
    """
    hits = [cache.get(*item) if cache else None for item in items]
    fresh = map_ordered(article_item, [item for item, hit in zip(items, hits) if hit is None], jobs=jobs)
    for item, hit in zip(items, hits):
        if hit is None:
            hit = next(fresh)
            if cache:
                hit = cache.put(*item, hit)
        yield hit


def extract_documents(documents: pl.DataFrame, *, progress: Callable[[Iterable], Iterable] | None = None,
                      cache: ExtractCache | None = None, jobs: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents with incident dates, claims) for a documents table.

    ``cache`` and ``jobs`` as in :func:`article_results`: neither changes the output.
    """
    rows: list[dict] = []
    dates: list[dict] = []
    records = documents.select("doc_id", "text", "published").rows()
    results = article_results([(text, published) for _, text, published in records], cache=cache, jobs=jobs)
    for (doc_id, _, _), (claims, when, weekday) in zip(records, progress(results) if progress else results, strict=True):
        for no, c in enumerate(claims):
            d = asdict(c)
            d.pop("extra")
            rows.append({"doc_id": doc_id, "claim_no": no, **d})
        dates.append({
            "doc_id": doc_id,
            "incident_date": when.date,
            "incident_date_basis": when.basis,
            "incident_date_evidence": when.evidence,
            "incident_date_note": when.note,
            "n_claims": len(claims),
            "weekday": weekday,
        })
    claims_df = pl.DataFrame(rows, schema_overrides={"high": pl.Int64}, infer_schema_length=None) if rows else schemas.empty(schemas.CLAIMS)
    claims_df = schemas.conform(claims_df, schemas.CLAIMS).sort("doc_id", "claim_no")
    date_schema = {"doc_id": pl.String(), **schemas.schema(schemas.DOCUMENT_DATES), "weekday": pl.String()}
    dates_df = pl.DataFrame(dates, schema=date_schema)
    docs = settle_incident_dates(documents.join(dates_df, on="doc_id", how="left", maintain_order="left"))
    return docs, claims_df
