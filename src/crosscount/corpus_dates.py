"""Settle each article's main-attack date against the rest of the corpus.

An article's own text may not date its attack (no publication date, no day
named), or may date it wrongly because its page date is that of a later
repost. Articles that read alike (:mod:`crosscount.similar`) vote: each of an
article's most similar dated articles backs its date with its similarity.

- *Borrow*: an undated article takes the best-backed date that fits the
  weekday it names and is not after its publication; with neither to check
  against, only a date backed by two articles and most of the vote. Never
  when an article that contradicts that date is more similar than its backers.
- *Overrule*: an article's own date gives way to a date two similar articles
  agree on when none agrees with its own and the difference is one a page
  date explains (same weekday, another week) or a time zone (one day).

Settled dates get basis ``corpus``; the evidence names the articles and the
note says what was overruled. An article still undated, with a publication
date, takes that date with basis ``published`` (a same-day statement that
names no day: "Earlier today", "overnight"); the note says it is a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from crosscount.dates import WEEKDAYS
from crosscount.similar import Similarity

#: Bases of a date resolved against the publication date, which a page can get wrong.
RELATIVE_BASES = {"weekday", "statement", "relative", "published"}
PUBLISHED_NOTE = "no day named for the attack: the publication date, a guess"


@dataclass(frozen=True, slots=True)
class Vote:
    date: dt.date
    backers: list[str]
    weight: float  # summed similarity of the backers
    share: float  # of all the dated neighbours' weight

    @property
    def ids(self) -> str:
        return ", ".join(sorted(self.backers))


def settle_incident_dates(docs: pl.DataFrame) -> pl.DataFrame:
    """``docs`` (doc_id, text, published, incident_date*, weekday) with dates
    settled across the corpus; drops ``weekday``."""
    cols = ("doc_id", "text", "published", "incident_date", "incident_date_basis", "weekday")
    rows = {r["doc_id"]: r for r in docs.select(*cols).iter_rows(named=True)}
    sim = Similarity({k: r["text"] for k, r in rows.items()})
    fixes: dict[str, tuple[dt.date, str, str | None, str]] = {}

    def apply(new: dict[str, tuple[dt.date, str, str | None]], basis: str = "corpus") -> None:
        for k, fix in new.items():
            fixes[k] = (*fix, basis)
            rows[k] = {**rows[k], "incident_date": fix[0], "incident_date_basis": basis}

    # Own dates are overruled first, then the undated borrow (chains need a few
    # passes), then the overrule looks again with the borrowed dates voting.
    apply({k: f for k, r in rows.items() if r["incident_date"] for f in [_overrule(r, rows, sim)] if f})
    for _ in range(3):
        new = {k: f for k, r in rows.items() if r["incident_date"] is None for f in [_borrow(r, rows, sim)] if f}
        if not new:
            break
        apply(new)
    apply({k: f for k, r in rows.items() if r["incident_date"] and k not in fixes for f in [_overrule(r, rows, sim)] if f})
    apply({k: (r["published"], "the publication date", PUBLISHED_NOTE)
           for k, r in rows.items() if r["incident_date"] is None and r["published"] and _fits(r, r["published"])}, "published")
    return _fill(docs, fixes)


def _votes(r: dict, rows: dict[str, dict], sim: Similarity) -> list[Vote]:
    backers: dict[dt.date, list[tuple[float, str]]] = {}
    for score, other in sim.neighbours(r["doc_id"]):
        d = rows[other]["incident_date"]
        if d is not None:
            backers.setdefault(d, []).append((score, other))
    total = sum(s for bs in backers.values() for s, _ in bs) or 1.0
    votes = [Vote(d, [o for _, o in bs], sum(s for s, _ in bs), sum(s for s, _ in bs) / total) for d, bs in backers.items()]
    return sorted(votes, key=lambda v: (-v.weight, v.date))


def _fits(r: dict, d: dt.date) -> bool:
    if r["weekday"] and WEEKDAYS[d.weekday()] != r["weekday"]:
        return False
    return r["published"] is None or d <= r["published"]


def _borrow(r: dict, rows: dict[str, dict], sim: Similarity) -> tuple[dt.date, str, str | None] | None:
    votes = _votes(r, rows, sim)
    if r["weekday"] or r["published"]:
        v = next((v for v in votes if _fits(r, v.date)), None)
    else:  # nothing to check against: only a clear majority of two or more
        v = votes[0] if votes and len(votes[0].backers) >= 2 and votes[0].share > 0.5 else None
    if v is None or _outscored(r, v, rows, sim):
        return None
    how = f"weekday {r['weekday']}, like {v.ids}" if r["weekday"] else f"like {v.ids}"
    return v.date, how, None


def _outscored(r: dict, v: Vote, rows: dict[str, dict], sim: Similarity) -> bool:
    """True when an article that contradicts the date (another date, or
    undated with another weekday) is more similar than its best backer: then
    "similar" means the same topic, not the same attack (a corpus of attacks
    on one embassy over the years)."""
    scores = dict((b, s) for s, b in sim.neighbours(r["doc_id"]))
    best = max(scores.get(b, 0.0) for b in v.backers)
    for other, score in scores.items():
        o = rows[other]
        clash = (o["incident_date"] is not None and o["incident_date"] != v.date) or (
            o["incident_date"] is None and o["weekday"] and o["weekday"] != WEEKDAYS[v.date.weekday()])
        if clash and score > best:
            return True
    return False


def _overrule(r: dict, rows: dict[str, dict], sim: Similarity) -> tuple[dt.date, str, str | None] | None:
    own = r["incident_date"]
    votes = _votes(r, rows, sim)
    if not votes or any(v.date == own for v in votes) or len(votes[0].backers) < 2:
        return None
    best = votes[0]
    if abs((best.date - own).days) == 1:
        why = f"{own.isoformat()} is a day from the date similar articles {best.ids} give: a time-zone difference"
    elif r["incident_date_basis"] in RELATIVE_BASES and best.date.weekday() == own.weekday():
        why = f"{r['weekday'] or 'the weekday'} against the page date gives {own.isoformat()}; similar articles {best.ids} date it {best.date.isoformat()}"
    else:
        return None
    return best.date, f"like {best.ids}", why


def _fill(docs: pl.DataFrame, fixes: dict[str, tuple[dt.date, str, str | None, str]]) -> pl.DataFrame:
    if not fixes:
        return docs.drop("weekday")
    fill = pl.DataFrame(
        [{"doc_id": k, "b_date": d, "b_evidence": ev, "b_note": note, "b_basis": basis}
         for k, (d, ev, note, basis) in sorted(fixes.items())],
        schema={"doc_id": pl.String, "b_date": pl.Date, "b_evidence": pl.String, "b_note": pl.String, "b_basis": pl.String},
    )
    fixed = pl.col("b_date").is_not_null()
    return (
        docs.join(fill, on="doc_id", how="left", maintain_order="left")
        .with_columns(
            incident_date=pl.coalesce("b_date", "incident_date"),
            incident_date_basis=pl.when(fixed).then("b_basis").otherwise("incident_date_basis"),
            incident_date_evidence=pl.when(fixed).then("b_evidence").otherwise("incident_date_evidence"),
            incident_date_note=pl.when(fixed).then("b_note").otherwise("incident_date_note"),
        )
        .drop("b_date", "b_evidence", "b_note", "b_basis", "weekday")
    )
