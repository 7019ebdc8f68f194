"""documents -> claims table (+ each article's main-attack date).

The table-level step around :func:`crosscount.extract.extract_claims`:
attribution, subset resolution, dates, and the documented schema.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

import polars as pl

from crosscount import extract, schemas
from crosscount.attribution import CUE_WORDS, SentenceCues, attribute, main_part, sentence_cues
from crosscount.dates import DateGuess, attack_weekday, resolve_incident_date
from crosscount.extract import Claim, extract_claims, resolve_subsets
from crosscount.corpus_dates import settle_incident_dates
from crosscount.text import SentenceIndex

#: Words of attack: sentences without one are not used to date the attack.
ATTACK_WORDS = frozenset({
    "attack", "attacked", "rocket", "rockets", "missile", "missiles", "drone", "drones", "mortar", "mortars",
    "strike", "strikes", "struck", "hit", "fired", "launched", "targeted", "explosion", "siren", "sirens",
    "killed", "died", "wounded", "injured",
})
_ATTACK = re.compile(rf"\b(?:{'|'.join(sorted(ATTACK_WORDS))})\b", re.I)
#: The words an article's rules look for, found in one scan of its text.
_WORDS = extract.WORDS | CUE_WORDS | ATTACK_WORDS


def article_claims(text: str, *, published: dt.date | None = None) -> tuple[list[Claim], DateGuess]:
    """All claims of one article, attributed, and the date of its main attack."""
    claims, when, _weekday = _article(text, published)
    return claims, when


def _article(text: str, published: dt.date | None) -> tuple[list[Claim], DateGuess, str | None]:
    index = SentenceIndex(text, words=_WORDS)
    cues = sentence_cues(text, index)
    claims = resolve_subsets(attribute(text, list(extract_claims(text, index=index)), index, cues))
    # Both readers stop at the first sentence that dates the attack: found lazily.
    for_weekday, for_date = itertools.tee(_main_sentences(text, index, claims, cues))
    weekday = attack_weekday(for_weekday)
    return claims, resolve_incident_date(text, published, for_date), weekday


def _main_sentences(text: str, index: SentenceIndex, claims: list[Claim], cues: SentenceCues) -> Iterator[str]:
    """Sentences about the main attack, in reading order, to date it from."""
    other = {c.sentence_no for c in claims if c.event != "main"}
    # Only sentences with an attack word (main_part is a part of one).
    for no in index.sentences_with(ATTACK_WORDS):
        if no in other:
            continue
        span = index.sentences[no]
        whole = text[span.start : span.end]
        sent = main_part(whole, cues[no])
        if sent is whole or (sent and _ATTACK.search(sent)):
            yield sent  # the whole sentence holds an attack word: it was found in it


def extract_documents(documents: pl.DataFrame, *, progress: Iterable | None = None,
                      article: Callable[[str, dt.date | None], tuple[list[Claim], DateGuess, str | None]] | None = None,
                      ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents with incident dates, claims) for a documents table.

    ``article`` replaces the per-article step (default :func:`_article`); the
    extraction cache (:mod:`crosscount.extract_cache`) wraps it.
    """
    article = article or _article
    rows: list[dict] = []
    dates: list[dict] = []
    records = documents.select("doc_id", "text", "published").iter_rows(named=True)
    for rec in progress(records) if progress else records:
        claims, when, weekday = article(rec["text"], rec["published"])
        for no, c in enumerate(claims):
            d = asdict(c)
            d.pop("extra")
            rows.append({"doc_id": rec["doc_id"], "claim_no": no, **d})
        dates.append({
            "doc_id": rec["doc_id"],
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
