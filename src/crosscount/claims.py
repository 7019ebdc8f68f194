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
from crosscount.attribution import attribute, sentence_cues
from crosscount.dates import WEEKDAYS, WEEKDAY_EXPR, DateGuess, resolve_incident_date
from crosscount.extract import Claim, extract_claims, resolve_subsets
from crosscount.text import SentenceIndex

_ATTACK = re.compile(r"\b(?:attack|attacked|rockets?|missiles?|drones?|mortars?|strikes?|struck|hit|fired|launched|targeted|explosion|sirens?|killed|died|wounded|injured)\b", re.I)


def article_claims(text: str, *, published: dt.date | None = None) -> tuple[list[Claim], DateGuess]:
    """All claims of one article, attributed, and the date of its main attack."""
    claims, when, _weekday = _article(text, published)
    return claims, when


def _article(text: str, published: dt.date | None) -> tuple[list[Claim], DateGuess, str | None]:
    index = SentenceIndex(text)
    cues = sentence_cues(text, index)
    claims = resolve_subsets(attribute(text, list(extract_claims(text, index=index)), index, cues))
    sentences = list(_main_sentences(text, index, claims, cues))
    weekday = next((m.group("day").lower() for s in sentences for m in [WEEKDAY_EXPR.search(s)] if m), None)
    return claims, resolve_incident_date(text, published, sentences), weekday


def _main_sentences(text: str, index: SentenceIndex, claims: list[Claim], cues: list[str | None]) -> Iterator[str]:
    """Sentences about the main attack, in reading order, to date it from."""
    other = {c.sentence_no for c in claims if c.event != "main"}
    for no, span in enumerate(index.sentences):
        sent = text[span.start : span.end]
        if no in other or cues[no] or not _ATTACK.search(sent):
            continue
        yield sent


def extract_documents(documents: pl.DataFrame, *, progress: Iterable | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(documents with incident dates, claims) for a documents table."""
    rows: list[dict] = []
    dates: list[dict] = []
    records = documents.select("doc_id", "text", "published").iter_rows(named=True)
    for rec in progress(records) if progress else records:
        claims, when, weekday = _article(rec["text"], rec["published"])
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
    docs = borrow_incident_dates(documents.join(dates_df, on="doc_id", how="left", maintain_order="left"))
    return docs, claims_df


_NAME = re.compile(r"\b[A-Z][A-Za-z’'-]{2,}")
_COMMON = set("The This That These Those There They Their Then When What Who While After Before Since But And For "
              "Its His Her Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
              "April May June July August September October November December Reuters Associated Press AFP "
              "According However Officials Official President Prime Minister Ministry Secretary State Department "
              "General Gen Col Capt Sgt Spc Mr Ms Mrs Dr Army Military Defense Defence Government Security "
              "Forces Council News Agency Police Spokesman Spokeswoman Sources Source Statement".split())


def _names(text: str) -> set[str]:
    """Capitalised names in a text: the places, groups and people it is about."""
    return {re.sub(r"[’']s$", "", n).lower() for n in _NAME.findall(text) if n not in _COMMON}


def borrow_incident_dates(docs: pl.DataFrame, *, min_score: float = 0.2) -> pl.DataFrame:
    """Date undated articles from the most similar dated article of the corpus.

    An article that names a weekday for its attack ("rockets fell on Saturday")
    but has no publication date to resolve it against takes the date of the most
    similar dated article (shared names weighted by rarity), when that date
    falls on the same weekday. Basis ``corpus``, evidence the other doc_id.
    """
    rows = docs.select("doc_id", "text", "incident_date", "weekday").to_dicts()
    names = {r["doc_id"]: _names(r["text"]) for r in rows}
    df: dict[str, int] = {}
    for ns in names.values():
        for n in ns:
            df[n] = df.get(n, 0) + 1
    idf = {n: 1.0 / c for n, c in df.items() if c > 1}  # a name in one article cannot link it
    dated = [r for r in rows if r["incident_date"] is not None]
    rare = max(2, len(rows) // 4)  # names in few articles are what tie two reports together
    found: dict[str, tuple[dt.date, str]] = {}
    for r in rows:
        if r["incident_date"] is not None or not r["weekday"] or not names[r["doc_id"]]:
            continue
        mine = names[r["doc_id"]]
        weight = sum(idf.get(n, 0.0) for n in mine)
        if not weight:
            continue
        best = None
        for d in dated:
            if WEEKDAYS[d["incident_date"].weekday()] != r["weekday"]:
                continue
            shared = mine & names[d["doc_id"]]
            score = sum(idf.get(n, 0.0) for n in shared) / weight
            distinctive = sum(1 for n in shared if df[n] <= rare)
            if score >= min_score and distinctive >= 2 and (best is None or score > best[0]):
                best = (score, d["incident_date"], d["doc_id"])
        if best:
            found[r["doc_id"]] = (best[1], best[2])
    if not found:
        return docs.drop("weekday")
    fill = pl.DataFrame([{"doc_id": k, "b_date": v[0], "b_from": v[1]} for k, v in found.items()],
                        schema={"doc_id": pl.String, "b_date": pl.Date, "b_from": pl.String})
    return (
        docs.join(fill, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            incident_date=pl.coalesce("incident_date", "b_date"),
            incident_date_basis=pl.when(pl.col("b_date").is_not_null()).then(pl.lit("corpus")).otherwise("incident_date_basis"),
            incident_date_evidence=pl.when(pl.col("b_date").is_not_null())
            .then(pl.lit("weekday ") + pl.col("weekday") + pl.lit(", like ") + pl.col("b_from"))
            .otherwise("incident_date_evidence"),
        )
        .drop("b_date", "b_from", "weekday")
    )
