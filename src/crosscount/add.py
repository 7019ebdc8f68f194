"""Bring articles into a corpus folder: ``crosscount add``.

Reads ``.txt``/``.md`` files, saved ``.html`` pages (main text, title, date
and site name by trafilatura; navigation, scripts and styles dropped) and
``.jsonl``/``.csv`` exports (one article per row, a ``text`` column and
optional ``url, outlet, published, title``). Each article becomes
``<corpus>/articles/<doc_id>.txt`` with a row in ``<corpus>/manifest.csv``.

Every input that is not added is reported with a one-line reason naming the
file (and line); nothing is dropped silently. Articles are written first, each
atomically, and the manifest last, atomically: an interrupted add leaves
articles without manifest rows, which is a valid corpus, and running the same
add again fills in their rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crosscount.corpus import DEFAULT_MAX_BYTES, MANIFEST_COLUMNS, CorpusError, language_problem
from crosscount.dedupe import content_hash
from crosscount.io import atomic_path, write_text

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
EXPORT_SUFFIXES = {".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | EXPORT_SUFFIXES
#: Optional export columns, as the manifest names them.
EXPORT_FIELDS = ("url", "outlet", "published", "title")

#: Less main text than this in a saved page is a menu or an error page, not an article.
MIN_HTML_WORDS = 10
#: A saved page carries scripts, styles and inlined images: its file may be this
#: many times the article size limit (the limit applies to its text).
HTML_FACTOR = 10
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Incoming:
    """One article read from an input, before it is given an id."""

    source: str  # "path" or "path:line", as messages name it
    stem: str  # basis of its doc_id
    text: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Report:
    added: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, source)
    skipped: list[str] = field(default_factory=list)  # one-line reasons naming the source
    notes: list[str] = field(default_factory=list)  # kept, but worth knowing (columns used, re-encoded, ...)


Item = Incoming | str  # an article, or a one-line reason it was skipped


def expand(paths: Sequence[str | Path]) -> list[Path]:
    """Files named and files under folders named, sorted; a missing path refuses the whole add."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusError(f"{p}: no such file or folder; nothing added")
    return files


def read_file(path: Path, *, max_bytes: int, notes: list[str]) -> Iterator[Item]:
    """The articles in one input file (or the reason it has none)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield f"{path}: unsupported file type {suffix or '(none)'}; accepted: {', '.join(sorted(SUFFIXES))}"
        return
    raw = path.read_bytes()
    # exports are limited row by row, saved pages by their text (and loosely by their markup)
    limit = {**dict.fromkeys(EXPORT_SUFFIXES, None), **dict.fromkeys(HTML_SUFFIXES, HTML_FACTOR * max_bytes)}.get(suffix, max_bytes)
    if limit is not None and len(raw) > limit:
        yield f"{path}: {len(raw):,} bytes is over the limit of {limit:,} (params.yaml ingest.max_bytes)"
        return
    if not raw.strip():
        yield f"{path}: empty file"
        return
    if b"\x00" in raw[:8192]:
        yield f"{path}: binary file (NUL bytes), not an article"
        return
    if suffix in HTML_SUFFIXES:
        yield _from_html(path, raw, max_bytes)
        return
    text = _decode(path, raw, notes)
    if text is None:
        yield f"{path}: neither UTF-8 nor Windows-1252 text; re-save it as UTF-8"
    elif suffix == ".jsonl":
        yield from _from_jsonl(path, text, max_bytes, notes)
    elif suffix == ".csv":
        yield from _from_csv(path, text, max_bytes, notes)
    else:
        yield Incoming(str(path), path.stem, _markdown_to_text(text) if suffix != ".txt" else text)


def _decode(path: Path, raw: bytes, notes: list[str]) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
    try:
        # Windows-1252 (a superset of Latin-1's printable range) is what old
        # editors and Office exports write; curly quotes are its 0x91-0x94.
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    notes.append(f"{path}:{line}: not UTF-8; read as Windows-1252 and saved as UTF-8")
    return text


def _from_html(path: Path, raw: bytes, max_bytes: int) -> Item:
    import trafilatura  # heavy import, only when there is HTML

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = (doc.text or "").strip() if doc else ""
    n = len(_WORDS.findall(text))
    if n < MIN_HTML_WORDS:
        return f"{path}: no article text found in the page ({n} word{'s' * (n != 1)} outside menus, scripts and styles)"
    # trafilatura puts one paragraph per line; the corpus separates paragraphs by a blank line
    text = re.sub(r"\n+", "\n\n", text)
    if len(text.encode("utf-8")) > max_bytes:
        return f"{path}: article text of {len(text.encode()):,} bytes is over the limit of {max_bytes:,} (params.yaml ingest.max_bytes)"
    return Incoming(str(path), path.stem, text, outlet=doc.sitename or None, url=doc.url or None,
                    published=doc.date or None, title=doc.title or None)


def _markdown_to_text(text: str) -> str:
    """Markdown markup that would end up in quotes: heading marks, emphasis, link targets."""
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)


def _row(path: Path, line: int, rec: dict, max_bytes: int) -> Item:
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return f"{path}:{line}: no text in column 'text'; row skipped"
    if len(text.encode("utf-8")) > max_bytes:
        return f"{path}:{line}: text of {len(text.encode()):,} bytes is over the limit of {max_bytes:,} (params.yaml ingest.max_bytes); row skipped"
    fields = {k: (str(rec[k]).strip() or None) if rec.get(k) not in (None, "") else None for k in EXPORT_FIELDS}
    return Incoming(f"{path}:{line}", f"{path.stem}-{line}", text, **fields)


def _columns_note(path: Path, seen: Iterable[str]) -> str:
    seen = set(seen)
    used = [c for c in ("text", *EXPORT_FIELDS) if c in seen]
    ignored = sorted(seen - set(used))
    return f"{path}: columns used: {', '.join(used)}" + (f"; ignored: {', '.join(ignored)}" if ignored else "")


def _from_jsonl(path: Path, text: str, max_bytes: int, notes: list[str]) -> Iterator[Item]:
    seen: set[str] = set()
    # split on "\n" only: str.splitlines would also split at U+2028 inside a JSON string
    for line, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            yield f"{path}:{line}: not a JSON object ({e.msg}); row skipped"
            continue
        if not isinstance(rec, dict):
            yield f"{path}:{line}: not a JSON object; row skipped"
            continue
        seen.update(rec)
        yield _row(path, line, rec, max_bytes)
    notes.append(_columns_note(path, seen))


def _from_csv(path: Path, text: str, max_bytes: int, notes: list[str]) -> Iterator[Item]:
    # an article is a long field: allow fields up to the article size limit (csv's default is 128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    if "text" not in header:
        yield f"{path}:1: no 'text' column in the header ({', '.join(header) or 'empty'}); file skipped"
        return
    reader.fieldnames = header
    notes.append(_columns_note(path, header))
    start = 2
    try:
        for rec in reader:
            if None in rec:  # more fields than the header
                yield f"{path}:{start}: row has {len(header) + len(rec[None])} fields, header has {len(header)}; row skipped"
            else:
                yield _row(path, start, rec, max_bytes)
            start = reader.line_num + 1
    except csv.Error as e:
        yield f"{path}:{reader.line_num}: unreadable CSV ({e}); rest of the file skipped"


def check(item: Incoming) -> str | None:
    """Why an article cannot go into the corpus, or None."""
    if not item.text.strip():
        return f"{item.source}: no text"
    not_english = language_problem(item.text)
    return f"{item.source}: {not_english}" if not_english else None


def clean_published(item: Incoming, notes: list[str]) -> str | None:
    """ISO date (a timestamp's date part); anything else is noted and dropped, the article kept."""
    if not item.published:
        return None
    try:
        return dt.date.fromisoformat(item.published[:10]).isoformat()
    except ValueError:
        notes.append(f"{item.source}: published {item.published!r} is not a date (YYYY-MM-DD); "
                     "article kept, date left to be inferred from its text")
        return None


def slug(stem: str) -> str:
    s = re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_")
    return s[:60] or "article"


class Corpus:
    """The corpus folder as ``add`` sees it: ids, content hashes, manifest rows."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.articles = root / "articles"
        self.manifest_path = root / "manifest.csv"
        self.header, self.manifest_text = self._read_manifest()
        listed = {r["doc_id"].strip() for r in csv.DictReader(io.StringIO(self.manifest_text)) if r.get("doc_id")}
        self.listed: set[str] = listed
        self.hashes: dict[str, str] = {}
        self.ids: set[str] = set()
        for f in sorted(self.articles.glob("*.txt")) if self.articles.is_dir() else []:
            self.ids.add(f.stem)
            try:
                self.hashes.setdefault(content_hash(f.read_text(encoding="utf-8")), f.stem)
            except UnicodeDecodeError:
                pass  # ingest reports it; it cannot be a duplicate of readable text
        self.new_rows: list[dict[str, str]] = []

    def _read_manifest(self) -> tuple[list[str], str]:
        if not self.manifest_path.exists():
            return list(MANIFEST_COLUMNS), ",".join(MANIFEST_COLUMNS) + "\n"
        try:
            text = self.manifest_path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CorpusError(f"{self.manifest_path}: not UTF-8; save it as UTF-8 before adding; nothing added") from None
        header = [h.strip() for h in next(csv.reader(io.StringIO(text)), [])]
        if "doc_id" not in header:
            raise CorpusError(f"{self.manifest_path}:1: manifest header must name doc_id "
                              f"({','.join(MANIFEST_COLUMNS)}); nothing added")
        return header, text if text.endswith("\n") or not text else text + "\n"

    def new_id(self, stem: str) -> str:
        base = slug(stem)
        doc_id, n = base, 2
        while doc_id in self.ids:
            doc_id, n = f"{base}-{n}", n + 1
        return doc_id

    def put(self, doc_id: str, item: Incoming, published: str | None) -> None:
        text = item.text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        write_text(text if text.endswith("\n") else text + "\n", self.articles / f"{doc_id}.txt")
        self.ids.add(doc_id)
        self.hashes[content_hash(item.text)] = doc_id
        self.add_row(doc_id, item, published)

    def add_row(self, doc_id: str, item: Incoming, published: str | None) -> None:
        self.listed.add(doc_id)
        self.new_rows.append({"doc_id": doc_id, "outlet": item.outlet or "", "url": item.url or "",
                              "published": published or "", "title": item.title or ""})

    def write_manifest(self) -> None:
        """Last step of an add, atomic: the old rows verbatim, then the new ones."""
        if not self.new_rows:
            return
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=self.header, extrasaction="ignore", restval="", lineterminator="\n")
        writer.writerows(self.new_rows)
        with atomic_path(self.manifest_path) as tmp:
            tmp.write_text(self.manifest_text + out.getvalue(), encoding="utf-8")


def add_articles(paths: Sequence[str | Path], corpus_dir: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 progress: Callable[[Iterable], Iterable] | None = None) -> Report:
    """Add the articles in ``paths`` (files or folders) to ``corpus_dir``; see the module doc."""
    files = expand(paths)
    corpus = Corpus(Path(corpus_dir))  # refuses a corpus it cannot append to before anything changes
    report = Report()
    added_from: dict[str, str] = {}
    for path in progress(files) if progress else files:
        for item in read_file(path, max_bytes=max_bytes, notes=report.notes):
            if isinstance(item, str):
                report.skipped.append(item)
                continue
            reason = check(item)
            if reason:
                report.skipped.append(reason)
                continue
            published = clean_published(item, report.notes)
            same = corpus.hashes.get(content_hash(item.text))
            if same is None:
                doc_id = corpus.new_id(item.stem)
                corpus.put(doc_id, item, published)
                report.added.append((doc_id, item.source))
                added_from[doc_id] = item.source
            elif same not in corpus.listed and re.fullmatch(rf"{re.escape(slug(item.stem))}(?:-\d+)?", same):
                # its file is there but not its manifest row: an earlier add was interrupted
                corpus.add_row(same, item, published)
                report.notes.append(f"{item.source}: articles/{same}.txt was already there without a manifest row "
                                    "(an interrupted add?); row added")
            else:
                where = f"added from {added_from[same]} in this run" if same in added_from else "already in the corpus"
                report.skipped.append(f"{item.source}: exact duplicate of {same} ({where})")
    corpus.write_manifest()
    return report
