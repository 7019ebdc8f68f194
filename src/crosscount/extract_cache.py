"""Per-article extraction cache: adding one article re-extracts one article.

Extraction of an article depends only on its text, its publication date and
the extraction code, so its result is stored under a key made of the three:
``sha256(extractor version, published, text)``. The extractor version is a
hash of the source files of the per-article step (:data:`SOURCES`): editing a
rule invalidates every entry, with nothing to remember. Corpus-level date
settling (:mod:`crosscount.corpus_dates`) is not cached; it runs on the whole
corpus each time and is cheap.

The cache is a local accelerator, not a pipeline output: outputs are the same
bytes with a cold or warm cache (tested), so DVC does not track it, and
deleting it only costs time. It keeps the entries the last run used, so it
never grows past the corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, fields
from pathlib import Path

import polars as pl

from crosscount.article import Result
from crosscount.dates import DateGuess
from crosscount.extract import Claim
from crosscount.io import write_parquet

#: Modules whose code decides an article's claims and date (article.article_result and what it calls).
SOURCES = ("article.py", "extract.py", "attribution.py", "sites.py", "rules.py", "numbers.py", "text.py", "dates.py")


_CLAIM_FIELDS = {f.name: f.type for f in fields(Claim) if f.name != "extra"}
_CLAIM = pl.Struct({"measure": pl.String, "low": pl.Int64, "high": pl.Int64, "qualifier": pl.String,
                    "start": pl.Int64, "end": pl.Int64, "quote": pl.String, "rule": pl.String, "verb": pl.String,
                    "sentence_no": pl.Int64, "sentence": pl.String, "speaker": pl.String, "event": pl.String})
SCHEMA = pl.Schema({"key": pl.String, "claims": pl.List(_CLAIM), "date": pl.Date, "basis": pl.String,
                    "evidence": pl.String, "note": pl.String, "weekday": pl.String})


def extractor_version(package_dir: Path | None = None) -> str:
    """Hash of the per-article extraction code."""
    root = package_dir or Path(__file__).parent
    h = hashlib.sha256()
    for name in SOURCES:
        h.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return h.hexdigest()[:16]


class ExtractCache:
    """Results of the per-article step by key: :meth:`get`, :meth:`put` the misses, then :meth:`save`."""

    def __init__(self, path: str | Path, version: str | None = None) -> None:
        self.path = Path(path)
        self.version = version or extractor_version()
        self.entries: dict[str, dict] = {}
        if self.path.exists():
            try:
                self.entries = {r["key"]: r for r in pl.read_parquet(self.path).iter_rows(named=True)}
            except Exception:  # noqa: BLE001 - an unreadable cache is an empty cache, never a failure
                self.entries = {}
        self.used: dict[str, dict] = {}
        self.hits = 0
        self.misses = 0

    def key(self, text: str, published: dt.date | None) -> str:
        stamp = published.isoformat() if published else "-"
        return hashlib.sha256(f"{self.version}\0{stamp}\0{text}".encode()).hexdigest()

    def get(self, text: str, published: dt.date | None) -> Result | None:
        """The stored result for this article, or None (a miss: compute it, then :meth:`put` it)."""
        key = self.key(text, published)
        row = self.entries.get(key)
        if row is None:
            return None
        self.hits += 1
        self.used[key] = row
        return _decode(row)

    def put(self, text: str, published: dt.date | None, result: Result) -> Result:
        """Store a computed result; returns it as a hit would (fresh objects from the stored row)."""
        key = self.key(text, published)
        row = _encode(key, result)
        self.misses += 1
        self.entries[key] = self.used[key] = row
        return _decode(row)

    def save(self) -> None:
        """Write the entries this run used, sorted by key (same entries, same bytes)."""
        rows = [self.used[k] for k in sorted(self.used)]
        write_parquet(pl.DataFrame(rows, schema=SCHEMA), self.path)


def _encode(key: str, result: Result) -> dict:
    claims, when, weekday = result
    return {"key": key, "claims": [{k: v for k, v in asdict(c).items() if k in _CLAIM_FIELDS} for c in claims],
            "date": when.date, "basis": when.basis, "evidence": when.evidence, "note": when.note, "weekday": weekday}


def _decode(row: dict) -> Result:
    # a hit returns what a miss returns: fresh objects built from the stored row
    claims = [Claim(**c) for c in row["claims"]]
    return claims, DateGuess(row["date"], row["basis"], row["evidence"], row["note"]), row["weekday"]
