"""Score extracted claims against gold annotations (GOLD_SCHEMA.md's rules).

A predicted claim matches a gold claim of the same article when measure,
low and high are equal (null equals null); each gold claim matches at most
one prediction. The span-strict variant also needs the predicted
``[start, end)`` to overlap one of the gold quote's places in the text.
Optional gold claims are neither missed nor false.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from crosscount import defaults
from crosscount.extract import MEASURES
from crosscount.text import one_inside_other


@dataclass(slots=True)
class GoldArticle:
    doc_id: str
    incident_date: str | None
    claims: list[dict]
    published: str | None = None
    outlet: str | None = None


def _jsonl(path: str | Path) -> Iterator[tuple[str, dict]]:
    """("file:line", object) for each non-blank line; bad JSON names its line."""
    p = Path(path)
    for no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{p}:{no}", json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{p}:{no}: not valid JSON ({e.msg})") from None


def load_gold(path: str | Path) -> dict[str, GoldArticle]:
    """Read ``gold.jsonl`` (one article object per line)."""
    return {g["id"]: GoldArticle(g["id"], g.get("incident_date"), g.get("claims", []), g.get("published"), g.get("outlet"))
            for _where, g in _jsonl(path)}


def _places(text: str, quote: str) -> list[tuple[int, int]]:
    spans, i = [], text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return spans


@dataclass(slots=True)
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Report:
    metrics: dict
    misses: list[dict] = field(default_factory=list)
    false_claims: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)  # matched claims crediting another speaker
    events: list[dict] = field(default_factory=list)  # matched claims put in the other incident (main vs other)


_ARTICLES = {"the", "a", "an"}


def _speaker_words(name: str | None) -> list[str]:
    """A speaker's words without case, articles, possessives or the
    annotators' notes in brackets ("a security source (to AFP)")."""
    name = re.sub(r"\([^)]*\)", " ", (name or "").lower().replace("’", "'"))
    return [w for w in re.findall(r"[\w.]+", name.replace("'s", " ")) if w not in _ARTICLES]


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker names the gold one: both none, or one name's
    words run inside the other's ("Gen. Mark Milley" in "Joint Chiefs of
    Staff Gen. Mark Milley", "the army" in "the Iraqi army").

    >>> same_speaker("A security source", "a security source (to AFP)"), same_speaker("police", None)
    (True, False)
    """
    a, b = _speaker_words(predicted), _speaker_words(gold)
    if not a or not b:
        return a == b
    return one_inside_other(a, b)


def _key(c: dict) -> tuple:
    return (c["measure"], c["low"], c["high"])


def _match(preds: list[dict], golds: list[dict], text: str, *, strict: bool) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Greedy one-to-one matching; returns pairs, unmatched preds, unmatched golds."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    # Overlapping pairs first, so a repeated figure is paired with its own sentence.
    cands = []
    for gi, g in enumerate(golds):
        places = _places(text, g["quote"]) if text else []
        for pi, p in enumerate(preds):
            if _key(p) != _key(g):
                continue
            overlap = any(p["start"] < e and s < p["end"] for s, e in places)
            if strict and not overlap:
                continue
            cands.append((0 if overlap else 1, gi, p["start"], pi))
    for _rank, gi, _s, pi in sorted(cands):
        if gi in used_g or pi in used_p:
            continue
        pairs.append((pi, gi))
        used_g.add(gi)
        used_p.add(pi)
    return pairs, set(range(len(preds))) - used_p, set(range(len(golds))) - used_g


def _beyond_optional(preds: list[dict], unmatched: set[int], optional: list[dict], text: str) -> set[int]:
    """The ``unmatched`` predictions that match no optional gold claim either: the false ones."""
    left = sorted(unmatched)
    _, rest, _ = _match([preds[i] for i in left], optional, text, strict=False)
    return {left[i] for i in rest}


def score(claims: pl.DataFrame, documents: pl.DataFrame, gold: dict[str, GoldArticle]) -> Report:
    """Score a claims table (and the documents' incident dates) against gold."""
    overall, strict = _Tally(), _Tally()
    per_measure = {m: _Tally() for m in MEASURES}
    events_agree = events_total = speakers_agree = 0
    report = Report({})
    texts = dict(documents.select("doc_id", "text").iter_rows())
    dates = dict(documents.select("doc_id", "incident_date").iter_rows()) if "incident_date" in documents.columns else {}
    by_doc = {k[0]: g for k, g in claims.partition_by("doc_id", as_dict=True).items()} if claims.height else {}
    date_hits = date_total = 0
    for doc_id, g in sorted(gold.items()):
        text = texts.get(doc_id, "")
        preds = by_doc[doc_id].to_dicts() if doc_id in by_doc else []
        required = [c for c in g.claims if not c.get("optional")]
        optional = [c for c in g.claims if c.get("optional")]
        # Required gold claims are matched first; a prediction left over that
        # matches an optional one is neither true nor false, so it is set aside.
        pairs, fps, fns = _match(preds, required, text, strict=False)
        fps = _beyond_optional(preds, fps, optional, text)
        overall.tp += len(pairs)
        overall.fp += len(fps)
        overall.fn += len(fns)
        for pi, gi in pairs:
            per_measure[required[gi]["measure"]].tp += 1
            events_total += 1
            if (preds[pi]["event"] == "main") == (required[gi]["event"] == "main"):
                events_agree += 1
            else:
                report.events.append({"doc_id": doc_id, "quote": required[gi].get("quote"),
                                      "gold": required[gi]["event"], "predicted": preds[pi]["event"]})
            if same_speaker(preds[pi].get("speaker"), required[gi].get("speaker")):
                speakers_agree += 1
            else:
                report.speakers.append({"doc_id": doc_id, "quote": required[gi].get("quote"),
                                        "gold": required[gi].get("speaker"), "predicted": preds[pi].get("speaker")})
        for pi in fps:
            per_measure.setdefault(preds[pi]["measure"], _Tally()).fp += 1
            report.false_claims.append({"doc_id": doc_id, **{k: preds[pi][k] for k in ("measure", "low", "high", "quote", "start", "event", "rule")}})
        for gi in fns:
            per_measure[required[gi]["measure"]].fn += 1
            report.misses.append({"doc_id": doc_id, **{k: required[gi].get(k) for k in ("measure", "low", "high", "quote", "event")}})
        spairs, sfps, sfns = _match(preds, required, text, strict=True)
        sfps = _beyond_optional(preds, sfps, optional, text)
        strict.tp += len(spairs)
        strict.fp += len(sfps)
        strict.fn += len(sfns)
        if doc_id in texts:
            date_total += 1
            got = dates.get(doc_id)
            got_s = got.isoformat() if isinstance(got, dt.date) else got
            hit = got_s == g.incident_date
            date_hits += hit
            report.dates.append({"doc_id": doc_id, "gold": g.incident_date, "predicted": got_s, "ok": hit})
    report.metrics = {
        "articles": len(gold),
        "claims": overall.scores(),
        "span_strict": strict.scores(),
        "per_measure_f1": {m: t.scores()["f1"] for m, t in per_measure.items()},
        "event_agreement": round(events_agree / events_total, 4) if events_total else 0.0,
        "speaker_agreement": round(speakers_agree / events_total, 4) if events_total else 0.0,
        "incident_date_accuracy": round(date_hits / date_total, 4) if date_total else 0.0,
    }
    return report


def load_gold_incidents(path: str | Path) -> dict[str, str]:
    """``incidents.jsonl`` (objects with ``incident`` and ``articles``) -> doc_id: incident."""
    out: dict[str, str] = {}
    for where, g in _jsonl(path):
        try:
            out.update({doc_id: g["incident"] for doc_id in g["articles"]})
        except (KeyError, TypeError) as e:
            raise ValueError(f"{where}: not an incident object with 'incident' and 'articles' ({e})") from None
    return out


def score_links(links: pl.DataFrame, gold: dict[str, str]) -> dict[str, float | int]:
    """Pairwise linking scores: of the article pairs put in one incident, how
    many gold puts together (precision), and of gold's pairs, how many were
    found (recall). Unlinked articles form no pairs."""
    pred = dict(links.filter(~pl.col("incident_id").str.starts_with("unlinked-")).select("doc_id", "incident_id").iter_rows())
    ids = sorted(set(gold) & set(links["doc_id"]))
    t = _Tally()
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            same_pred = a in pred and pred.get(a) == pred.get(b)
            same_gold = gold[a] == gold[b]
            t.tp += same_pred and same_gold
            t.fp += same_pred and not same_gold
            t.fn += same_gold and not same_pred
    return t.scores()


def evaluate_gold_dir(gold_dir: str | Path, *, tolerance_days: int = defaults.DATE_TOLERANCE_DAYS,
                      min_similarity: float = defaults.LINK_MIN_SIMILARITY) -> Report:
    """Extract claims from a gold corpus folder (articles/, manifest.csv) and score them
    against its gold.jsonl (and the linking against incidents.jsonl when present),
    as `crosscount evaluate` does."""
    from crosscount.claims import extract_documents
    from crosscount.corpus import load_corpus
    from crosscount.resolve import link_incidents

    gold_file = Path(gold_dir) / "gold.jsonl"
    if not gold_file.exists():
        raise FileNotFoundError(f"{gold_file}: no gold annotations (a gold corpus folder holds articles/, manifest.csv and gold.jsonl)")
    docs, claims = extract_documents(load_corpus(gold_dir).documents)
    report = score(claims, docs, load_gold(gold_file))
    incidents_file = Path(gold_dir) / "incidents.jsonl"
    if incidents_file.exists():
        links = link_incidents(docs, tolerance_days=tolerance_days, min_similarity=min_similarity)
        report.metrics["incident_linking"] = score_links(links, load_gold_incidents(incidents_file))
    return report


def errors_markdown(report: Report, *, title: str) -> str:
    """A readable list of every miss, false claim, other speaker, other incident and wrong date."""
    m = report.metrics
    lines = [f"# Extraction errors: {title}", "",
             f"Claims F1 {m['claims']['f1']:.3f} (P {m['claims']['precision']:.3f}, R {m['claims']['recall']:.3f}); "
             f"span-strict F1 {m['span_strict']['f1']:.3f}; event agreement {m['event_agreement']:.3f}; "
             f"incident-date accuracy {m['incident_date_accuracy']:.3f}", ""]
    lines += [f"## Missed ({len(report.misses)})", ""]
    lines += [f"- `{e['doc_id']}` {e['measure']} {_iv(e)} [{e['event']}]: “{e['quote']}”" for e in report.misses]
    lines += ["", f"## False claims ({len(report.false_claims)})", ""]
    lines += [f"- `{e['doc_id']}` {e['measure']} {_iv(e)} [{e['event']}] ({e['rule']}): “{e['quote']}”" for e in report.false_claims]
    lines += ["", f"## Other speaker credited ({len(report.speakers)})", ""]
    lines += [f"- `{e['doc_id']}` “{e['quote']}”: predicted {e['predicted'] or '(the outlet)'}, gold {e['gold'] or '(the outlet)'}"
              for e in report.speakers]
    lines += ["", f"## Other incident credited ({len(report.events)})", ""]
    lines += [f"- `{e['doc_id']}` “{e['quote']}”: predicted {e['predicted']}, gold {e['gold']}" for e in report.events]
    wrong = [d for d in report.dates if not d["ok"]]
    lines += ["", f"## Wrong incident dates ({len(wrong)})", ""]
    lines += [f"- `{d['doc_id']}` predicted {d['predicted']}, gold {d['gold']}" for d in wrong]
    return "\n".join(lines) + "\n"


def _iv(e: dict) -> str:
    return f"{e['low']}..{'' if e['high'] is None else e['high']}"


def summary_lines(report: Report) -> list[str]:
    """The figures printed by ``crosscount evaluate``."""
    m = report.metrics
    out = [f"articles: {m['articles']}"]
    for name in ("claims", "span_strict"):
        s = m[name]
        out.append(f"{name:<12} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    for meas, f1 in m["per_measure_f1"].items():
        out.append(f"  {meas:<20} F1 {f1:.3f}")
    out.append(f"event agreement        {m['event_agreement']:.3f}")
    out.append(f"speaker agreement      {m['speaker_agreement']:.3f}")
    out.append(f"incident-date accuracy {m['incident_date_accuracy']:.3f}")
    if "incident_linking" in m:
        s = m["incident_linking"]
        out.append(f"incident linking (article pairs) P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    return out
