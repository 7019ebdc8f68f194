"""Reading a corpus folder: ``articles/<doc_id>.txt`` plus an optional ``manifest.csv``.

Bad input never raises past this module for a single article: the article
goes to the rejection table with a one-line reason naming the file (and
manifest line), and the good articles go through. Only a corpus that cannot
be read at all (no folder, a manifest without its header) raises
:class:`CorpusError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from crosscount import defaults, schemas
from crosscount.dedupe import NEAR_DUPLICATE, copy_of
from crosscount.dates import date_from_url, infer_published

MANIFEST_COLUMNS = ("doc_id", "outlet", "url", "published", "title")
DEFAULT_MAX_BYTES = defaults.MAX_BYTES

#: Footers and credits that name the outlet: "Source » washingtonexaminer".
OUTLET_PATTERNS = [
    re.compile(r"^\s*Source\s*[»:]\s*(?P<outlet>[\w .&'-]{2,60}?)\s*$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"(?:©|Copyright)\s*(?:\d{4}\s+)?(?P<outlet>[A-Z][\w .&'-]{2,50}?)(?:\.|,|\s+All rights|$)", re.MULTILINE),
    re.compile(r"\[\s*By\s+(?P<outlet>[A-Z][\w .&'-]{1,40}?)\s*\]"),
    # A wire dateline without a date: "ERBIL, Iraq (AP) —", "Baghdad (AFP) -".
    re.compile(r"^\s*[A-Z][A-Za-z .,'-]{2,40}?\s*\((?P<outlet>AP|AFP|Reuters|UPI|dpa|Xinhua|ANI|IANS|PTI|AA|Anadolu|IRNA|Yonhap|Kyodo|Bernama|KUNA|WAFA|SANA|Saba|APP|TASS|Interfax|EFE|ANSA|CNN|BBC)\)\s*[-—–]", re.MULTILINE),
    # A byline with the outlet: "By Jane Doe | Reuters", "By Jane Doe, Associated Press".
    re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*[|,]\s*(?P<outlet>[A-Z][\w .&'-]{1,40}?)\s*$", re.MULTILINE),
    # Reuters' sign-off: "(Reporting by John Davison; Editing by Alex Richardson)".
    re.compile(r"^\s*\(?\s*(?:Additional\s+)?Reporting\s+by\s+[^;\n]+;\s*(?:Writing\s+by\s+[^;\n]+;\s*)?Editing\s+by\b(?P<outlet>)", re.MULTILINE),
]
#: Sign-offs that name no outlet but belong to one.
SIGNOFF_OUTLET = "Reuters"
#: Display names for outlets as footers and datelines spell them.
OUTLET_NAMES = {
    "washingtonexaminer": "Washington Examiner",
    "nytimes": "The New York Times",
    "reuters": "Reuters",
    "ap": "Associated Press",
    "theassociatedpress": "Associated Press",
    "associatedpress": "Associated Press",
    "aljazeeramedianetwork": "Al Jazeera",
    "thomsonreuters": "Reuters",
    "afp": "AFP",
    "upi": "UPI",
    "rt": "RT",
    "aa": "Anadolu Agency",
    "anadolu": "Anadolu Agency",
}


#: English function words; the extraction rules are English-only. English news
#: prose has 20-40% of its words in this list (the shipped corpus and the dev
#: set: 21% at least), French, German or Spanish under 5%.
_ENGLISH = frozenset("the of and to was were said that with from for by is on at in it his her has have had been "
                     "which after they he she are their this would will not who".split())
MIN_ENGLISH_SHARE = 0.12
#: Shorter texts are not judged (a headline-only brief may have no function word).
MIN_WORDS_TO_JUDGE = 15
_WORDS = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float | None:
    """Share of common English words, None when the text is too short to judge."""
    words = [w.lower() for w in _WORDS.findall(text)]
    return sum(w in _ENGLISH for w in words) / len(words) if len(words) >= MIN_WORDS_TO_JUDGE else None


def language_problem(text: str) -> str | None:
    """Why the text cannot be read by the English-only rules, or None."""
    share = english_share(text)
    if share is None or share >= MIN_ENGLISH_SHARE:
        return None
    return (f"does not read as English ({share:.0%} common English words, expected at least "
            f"{MIN_ENGLISH_SHARE:.0%}); the extraction rules are English-only")


class CorpusError(Exception):
    """The corpus as a whole cannot be read (message names the file)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: pl.DataFrame
    rejected: pl.DataFrame


@dataclass(slots=True)
class _Row:
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None


def _none(s: str | None) -> str | None:
    s = (s or "").strip()
    return s or None


def read_manifest(path: Path, known_ids: set[str]) -> tuple[dict[str, _Row], list[dict]]:
    """Manifest rows by doc_id, and rejections for bad rows (with their line)."""
    rows: dict[str, _Row] = {}
    rejected: list[dict] = []
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path}: not UTF-8 (byte {e.start}); save the manifest as UTF-8") from None
    reader = csv.DictReader(io.StringIO(raw))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "doc_id" not in header:
        raise CorpusError(f"{path}:1: manifest header must start with {','.join(MANIFEST_COLUMNS)}; got {','.join(header) or 'nothing'}")
    reader.fieldnames = header

    def reject(reason: str) -> None:
        rejected.append({"path": str(path), "line": reader.line_num, "reason": reason})

    for rec in reader:
        line = reader.line_num
        if None in rec:  # more fields than the header
            reject(f"{path.name}:{line}: row has {len(header) + len(rec[None])} fields, header has {len(header)}; row ignored")
            continue
        doc_id = _none(rec.get("doc_id"))
        if doc_id is None:
            reject(f"{path.name}:{line}: empty doc_id; row ignored")
            continue
        if doc_id in rows:
            reject(f"{path.name}:{line}: duplicate doc_id {doc_id!r} (first row kept)")
            continue
        if doc_id not in known_ids:
            reject(f"{path.name}:{line}: doc_id {doc_id!r} has no file articles/{doc_id}.txt; row ignored")
            continue
        row = _Row(_none(rec.get("outlet")), _none(rec.get("url")), None, _none(rec.get("title")))
        pub = _none(rec.get("published"))
        if pub:
            try:
                row.published = dt.date.fromisoformat(pub)
            except ValueError:
                reject(f"{path.name}:{line}: published {pub!r} is not a date (YYYY-MM-DD); article {doc_id} kept, date inferred from its text")
        rows[doc_id] = row
    return rows, rejected


def read_article(path: Path, *, max_bytes: int) -> tuple[str | None, bytes, str | None]:
    """(text, raw bytes, rejection reason). Text is None when rejected."""
    raw = path.read_bytes()
    name = f"articles/{path.name}"
    if len(raw) > max_bytes:
        return None, raw, f"{name}: {len(raw):,} bytes is over the limit of {max_bytes:,} (param max_bytes)"
    if not raw.strip():
        return None, raw, f"{name}: empty file"
    if b"\x00" in raw[:8192]:
        return None, raw, f"{name}: binary file (NUL bytes), not an article text"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return None, raw, f"{name}:{line}: not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); re-save the file as UTF-8"
    if text.startswith("\ufeff"):
        text = text[1:]
    if problem := language_problem(text):
        return None, raw, f"{name}: {problem}"
    return text, raw, None


def infer_outlet(text: str) -> str | None:
    for pat in OUTLET_PATTERNS:
        m = pat.search(text)
        if m:
            name = m.group("outlet").strip() or SIGNOFF_OUTLET
            return OUTLET_NAMES.get(name.lower().replace(" ", ""), name)
    return None


def infer_title(text: str) -> str | None:
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith((".", "”", '"')) and len(text.strip()) > len(first):
        return first
    return None


def load_corpus(corpus_dir: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                today: dt.date | None = None, near_duplicate: float = NEAR_DUPLICATE) -> Corpus:
    """Read every ``articles/*.txt`` of ``corpus_dir`` with its manifest row.

    Near-duplicates (:mod:`crosscount.dedupe`) are marked corpus-wide in ``copy_of``.
    """
    root = Path(corpus_dir)
    art_dir = root / "articles"
    if not art_dir.is_dir():
        raise CorpusError(f"{art_dir}: no such folder (a corpus holds articles/<doc_id>.txt and an optional manifest.csv)")
    files = sorted(p for p in art_dir.iterdir() if p.is_file() and p.suffix == ".txt")
    ids = {p.stem for p in files}
    manifest_path = root / "manifest.csv"
    manifest, rejected = read_manifest(manifest_path, ids) if manifest_path.exists() else ({}, [])
    docs = []
    for path in files:
        text, raw, reason = read_article(path, max_bytes=max_bytes)
        if reason:
            rejected.append({"path": str(path), "line": None, "reason": reason})
            continue
        docs.append(_document(path, root, text, raw, manifest.get(path.stem, _Row()), today))
    copies = copy_of({d["doc_id"]: d["text"] for d in docs}, {d["doc_id"]: d["published"] for d in docs},
                     threshold=near_duplicate)
    for d in docs:
        d["copy_of"] = copies[d["doc_id"]]
    documents = pl.DataFrame(docs, schema=schemas.schema(schemas.DOCUMENTS)) if docs else schemas.empty(schemas.DOCUMENTS)
    rej = pl.DataFrame(rejected, schema=schemas.schema(schemas.REJECTED)) if rejected else schemas.empty(schemas.REJECTED)
    return Corpus(documents.sort("doc_id"), rej.sort("path", "line", nulls_last=True))


def _document(path: Path, root: Path, text: str, raw: bytes, row: _Row, today: dt.date | None) -> dict:
    guess, wire = infer_published(text, today=today)
    url_date = date_from_url(row.url)
    if row.published:
        published, basis, evidence, note = row.published, "manifest", None, None
    elif guess.date is None and url_date:
        published, basis, evidence, note = url_date, "manifest", row.url, "date taken from the URL path"
    else:
        published, basis, evidence, note = guess.date, guess.basis if guess.date else "unknown", guess.evidence, guess.note
    outlet_text = wire and OUTLET_NAMES.get(wire.lower(), wire) or infer_outlet(text)
    outlet, outlet_basis = (row.outlet, "manifest") if row.outlet else ((outlet_text, "text") if outlet_text else (None, "unknown"))
    return {
        "doc_id": path.stem,
        "path": str(path.relative_to(root)),
        "outlet": outlet,
        "outlet_basis": outlet_basis,
        "url": row.url,
        "published": published,
        "published_basis": basis,
        "published_evidence": evidence,
        "published_note": note,
        "title": row.title or infer_title(text),
        "text": text,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "chars": len(text),
    }
