"""The tables crosscount writes: their columns, types and meaning.

These are contracts other tools read (see README, "Tables"). Every stage
casts its output with :func:`conform` so that a column can never silently
change type or go missing.
"""

from __future__ import annotations

import polars as pl

DOCUMENTS: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "stable id: the article file's name without .txt"),
    "path": (pl.String(), "article file, relative to the corpus folder"),
    "outlet": (pl.String(), "publishing outlet, or null"),
    "outlet_basis": (pl.String(), "manifest | text | unknown"),
    "url": (pl.String(), "article URL from the manifest, or null"),
    "published": (pl.Date(), "publication date, or null"),
    "published_basis": (pl.String(), "manifest (its published column, else a date in its URL path) | text | unknown"),
    "published_evidence": (pl.String(), "the text that dated it (dateline), or null"),
    "published_note": (pl.String(), "doubts about the date (year inferred, ...), or null"),
    "title": (pl.String(), "manifest title, else the article's first line when it reads as a headline"),
    "text": (pl.String(), "the article text exactly as read (UTF-8)"),
    "sha256": (pl.String(), "hash of the article file's bytes"),
    "chars": (pl.Int64(), "length of text in characters"),
    "copy_of": (pl.String(), "doc_id of the first article (earliest published, then smallest id) this one is a "
                "near-duplicate of (same wire story, small edits); null for originals (see crosscount.dedupe)"),
}

DOCUMENT_DATES: dict[str, tuple[pl.DataType, str]] = {
    "incident_date": (pl.Date(), "resolved local date of the article's main attack, or null"),
    "incident_date_basis": (pl.String(), "explicit | weekday | statement | relative | corpus (dated like the most similar dated articles) | published (no day named: the publication date, a guess) | unknown"),
    "incident_date_evidence": (pl.String(), "the expression resolved (\"Thursday night\"), or null"),
    "incident_date_note": (pl.String(), "contradictions found (weekday does not fit the date), or null"),
    "n_claims": (pl.Int64(), "number of claims extracted from the article"),
}

CLAIMS: dict[str, tuple[pl.DataType, str]] = {
    "doc_id": (pl.String(), "article the claim comes from"),
    "claim_no": (pl.Int64(), "0-based position of the claim in its article"),
    "measure": (pl.String(), "projectiles | projectiles_subset | injured | killed | casualties"),
    "low": (pl.Int64(), "lowest count the text allows"),
    "high": (pl.Int64(), "highest count the text allows; null = unbounded (\"at least three\")"),
    "qualifier": (pl.String(), "the qualifier phrase (\"at least\", \"more than\"), or null"),
    "quote": (pl.String(), "exact text of the claim: text[start:end] == quote"),
    "start": (pl.Int64(), "character offset of the quote's start in the article text"),
    "end": (pl.Int64(), "character offset just past the quote's end"),
    "sentence_no": (pl.Int64(), "0-based sentence number in the article"),
    "sentence": (pl.String(), "the sentence containing the claim"),
    "speaker": (pl.String(), "who the article credits for the figure; null = the outlet's own voice"),
    "event": (pl.String(), "main, or other:<cue> for another attack the article mentions"),
    "verb": (pl.String(), "the verb that tied the count to its measure (hit, fired, killed), or null"),
    "rule": (pl.String(), "id of the extraction rule that matched"),
}

REJECTED: dict[str, tuple[pl.DataType, str]] = {
    "path": (pl.String(), "file or manifest that was refused"),
    "line": (pl.Int64(), "manifest line (1-based), or null"),
    "reason": (pl.String(), "one-line reason"),
}

INCIDENTS: dict[str, tuple[pl.DataType, str]] = {
    "incident_id": (pl.String(), "stable id: <date>-<first doc_id>, or unlinked-<doc_id>"),
    "date": (pl.Date(), "resolved date of the attack, null for unlinked articles"),
    "place": (pl.String(), "place names the articles mention most, or null"),
    "target": (pl.String(), "target the articles mention most, or null"),
    "articles": (pl.List(pl.String()), "doc_ids of the linked articles"),
    "outlets": (pl.List(pl.String()), "their outlets (an unknown one as \"<doc_id> (outlet unknown)\")"),
    "n_articles": (pl.Int64(), "number of linked articles"),
    "linked": (pl.Boolean(), "false for an article whose attack date could not be resolved"),
    "label": (pl.String(), "readable unique name: date and target (+ first doc_id if two read the same)"),
}

COMPARISON: dict[str, tuple[pl.DataType, str]] = {
    "incident_id": (pl.String(), "incident"),
    "incident_date": (pl.Date(), "its date"),
    "view": (pl.String(), "outlet | speaker: who the source is"),
    "source": (pl.String(), "the outlet, or the speaker the outlet quotes (own voice = the outlet)"),
    "measure": (pl.String(), "measure compared"),
    "low": (pl.Int64(), "lowest figure the source's latest article allows (largest lower bound of its claims)"),
    "high": (pl.Int64(), "highest figure that article allows; null = unbounded"),
    "n_claims": (pl.Int64(), "claims behind this row"),
    "doc_ids": (pl.List(pl.String()), "articles behind this row, oldest first"),
    "quotes": (pl.List(pl.String()), "the exact quotes behind this row"),
    "speakers": (pl.List(pl.String()), "who the articles credit for those figures (empty: the outlet's own voice)"),
    "first_published": (pl.Date(), "earliest publication date among those articles"),
    "last_published": (pl.Date(), "latest publication date among them (the figure in low/high)"),
    "self_contradiction": (pl.Boolean(), "claims inside one of the source's articles do not overlap"),
    "history": (pl.List(pl.Struct({"published": pl.Date(), "doc_id": pl.String(), "low": pl.Int64(), "high": pl.Int64()})),
                "each article's figure with its publication date, oldest first: counts that moved over time"),
    "copy_of": (pl.List(pl.String()), "articles (doc_ids) that this source's articles are near-copies of"),
    "independent": (pl.Boolean(), "false when every article behind this row copies another outlet's (a wire story)"),
    "measure_min": (pl.Int64(), "lowest figure any source ever reported for this incident and measure"),
    "measure_max": (pl.Int64(), "highest figure any source ever reported (null = unbounded)"),
    "consistent": (pl.Boolean(), "one value fits every figure any source gave for this incident and measure"),
    "independent_sources": (pl.Int64(), "sources in this view reporting it on their own, not as a copy"),
}


def schema(table: dict[str, tuple[pl.DataType, str]]) -> pl.Schema:
    return pl.Schema({name: dtype for name, (dtype, _doc) in table.items()})


def conform(df: pl.DataFrame, table: dict[str, tuple[pl.DataType, str]]) -> pl.DataFrame:
    """Select and cast the table's columns in order (missing ones raise)."""
    return df.select(pl.col(name).cast(dtype) for name, (dtype, _doc) in table.items())


def empty(table: dict[str, tuple[pl.DataType, str]]) -> pl.DataFrame:
    return pl.DataFrame(schema=schema(table))


def markdown(table: dict[str, tuple[pl.DataType, str]]) -> str:
    """The table's schema as a Markdown table (used by the README check)."""
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [f"| `{n}` | {d} | {doc} |" for n, (d, doc) in table.items()]
    return "\n".join(rows)
