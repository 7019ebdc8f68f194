"""documents -> claims table (+ each article's main-attack date).

The table-level step around :func:`crosscount.extract.extract_claims`:
attribution, subset resolution, dates, and the documented schema.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict

import polars as pl

from crosscount import schemas
from crosscount.attribution import attribute, background_cue
from crosscount.dates import DateGuess, resolve_incident_date
from crosscount.extract import Claim, extract_claims, resolve_subsets
from crosscount.text import SentenceIndex

_ATTACK = re.compile(r"\b(?:attack|attacked|rockets?|missiles?|drones?|mortars?|strikes?|struck|hit|fired|launched|targeted|explosion|sirens?|killed|died|wounded|injured)\b", re.I)


def article_claims(text: str, *, published: dt.date | None = None) -> tuple[list[Claim], DateGuess]:
    """All claims of one article, attributed, and the date of its main attack."""
    index = SentenceIndex(text)
    claims = attribute(text, list(extract_claims(text, index=index)), index)
    claims = resolve_subsets(claims)
    return claims, resolve_incident_date(text, published, list(_main_sentences(text, index, claims)))


def _main_sentences(text: str, index: SentenceIndex, claims: list[Claim]) -> Iterator[str]:
    """Sentences about the main attack, in reading order, to date it from."""
    other = {c.sentence_no for c in claims if c.event != "main"}
    for no, span in enumerate(index.sentences):
        sent = text[span.start : span.end]
        if no in other or background_cue(sent) or not _ATTACK.search(sent):
            continue
        yield sent


def extract_documents(documents: pl.DataFrame, *, progress: Iterable | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents with incident dates, claims) for a documents table."""
    rows: list[dict] = []
    dates: list[dict] = []
    records = documents.select("doc_id", "text", "published").iter_rows(named=True)
    for rec in progress(records) if progress else records:
        claims, when = article_claims(rec["text"], published=rec["published"])
        for no, c in enumerate(claims):
            d = asdict(c)
            d.pop("extra")
            d.pop("date_expr")
            rows.append({"doc_id": rec["doc_id"], "claim_no": no, **d})
        dates.append({
            "doc_id": rec["doc_id"],
            "incident_date": when.date,
            "incident_date_basis": when.basis,
            "incident_date_evidence": when.evidence,
            "incident_date_note": when.note,
            "n_claims": len(claims),
        })
    claims_df = pl.DataFrame(rows, schema_overrides={"high": pl.Int64}, infer_schema_length=None) if rows else schemas.empty(schemas.CLAIMS)
    claims_df = schemas.conform(claims_df, schemas.CLAIMS).sort("doc_id", "claim_no")
    date_schema = {"doc_id": pl.String(), **schemas.schema(schemas.DOCUMENT_DATES)}
    dates_df = pl.DataFrame(dates, schema=date_schema)
    docs = documents.join(dates_df, on="doc_id", how="left", maintain_order="left")
    return docs, claims_df
