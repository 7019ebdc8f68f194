"""Extraction speed against a spaCy tokenisation baseline.

    python scripts/benchmark.py [--n 10000] [--seed 0] [--real DIR] [--real-mb 3]

Two runs, each printing extraction throughput (MB/s, articles/s) beside the
time spacy.blank("en") with a sentencizer takes on the same texts:

1. N generated articles (crosscount.synth), the figure issue 3 asks for;
2. real articles (by default the shipped corpus, params.yaml ingest.corpus), read
   again and again up to --real-mb megabytes.

Each is timed in one process, then over --jobs processes (every core by
default, as the extract stage runs), for extraction and for spaCy
(nlp.pipe's n_process) alike. The first ratio compares one process with one;
the second compares extraction over the cores with spaCy's faster run.

spaCy's tokeniser caches the first 10,000 distinct whitespace-separated
chunks it meets: text made of few distinct words runs from the cache (the
README's speed section has the figures). Each run prints its count of
distinct words, and uses a fresh spaCy; the real run, being a few files
repeated, flatters spaCy's cache.

Peak memory and one article at the size limit (2 MB) follow. The aim
(issue 3): extraction takes at most 1.5x the baseline. A figure to read,
not a test: nothing here fails on speed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline():
    """spacy.blank("en") with a sentencizer, warmed up, with an empty tokeniser cache.

    A fresh one for each run: the tokeniser caches up to 10,000 distinct
    chunks and, once full, caches nothing more, so a cache filled by one run
    would slow the next.
    """
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp("Warm up.")
    return nlp


def compare(label: str, texts: list[str], published: list[dt.date | None], *, jobs: int) -> None:
    """Time extraction, then spaCy, on ``texts``, each in one process and over ``jobs``; print the ratios."""
    from crosscount.claims import article_results

    words = len({w for t in texts for w in t.split()})
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n = len(texts)
    items = list(zip(texts, published, strict=True))
    print(f"{label}: {n} articles, {mb:.1f} MB, {words} distinct words")

    def line(name: str, seconds: float, what: str) -> None:
        print(f"  {name:<24}: {seconds:6.2f}s  {mb / seconds:6.2f} MB/s  {n / seconds:8.0f} articles/s  {what}")

    extract_s: dict[int, float] = {}
    for j in sorted({1, jobs}):
        t0 = time.perf_counter()
        n_claims = sum(len(claims) for claims, _when, _weekday in article_results(items, jobs=j))
        extract_s[j] = time.perf_counter() - t0
        line(f"extraction, {j} process{'es' * (j > 1)}", extract_s[j], f"{n_claims} claims")
    spacy_s: dict[int, float] = {}
    for j in sorted({1, jobs}):
        nlp = baseline()
        t0 = time.perf_counter()
        n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256, n_process=j))
        spacy_s[j] = time.perf_counter() - t0
        line(f"spaCy blank, {j} process{'es' * (j > 1)}", spacy_s[j], f"{n_tokens} tokens")
    print(f"  ratio extraction / spaCy tokenisation, one process each: {extract_s[1] / spacy_s[1]:.2f}x (aim <= 1.5x)")
    if jobs > 1:
        best = min(spacy_s.values())
        print(f"  ratio with {jobs} processes / spaCy's fastest ({best:.2f}s): {extract_s[jobs] / best:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default %(default)s)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--real", type=Path,
                    help="folder of real article .txt files (default: params.yaml ingest.corpus + /articles)")
    ap.add_argument("--real-mb", type=float, default=3.0, help="megabytes of real text to time (default %(default)s)")
    ap.add_argument("--jobs", type=int, default=0,
                    help="also time both over this many processes (0: every core, the pipeline's default; 1: skip)")
    args = ap.parse_args(argv)

    from crosscount.stages import params

    real_dir = args.real or Path(params()["ingest"]["corpus"]) / "articles"

    from crosscount.article import article_claims
    from crosscount.synth import generate
    from crosscount.workers import resolve_jobs

    t0 = time.perf_counter()
    articles = generate(args.n, seed=args.seed)
    print(f"generated {args.n} articles in {time.perf_counter() - t0:.1f}s")
    article_claims(articles[0].text, published=articles[0].published)  # warm imports and regex caches

    jobs = resolve_jobs(args.jobs)
    compare("generated", [a.text for a in articles], [a.published for a in articles], jobs=jobs)
    mem_after_extract = peak_mib()

    real = [p.read_text(encoding="utf-8") for p in sorted(real_dir.glob("*.txt"))]
    if real:
        size = sum(len(t.encode("utf-8")) for t in real)
        times = max(1, round(args.real_mb * 1e6 / size))
        compare(f"real ({real_dir}, {len(real)} files read {times} times)", real * times, [None] * (len(real) * times), jobs=jobs)
    else:
        print(f"no real articles in {real_dir}")
    print(f"peak memory: {mem_after_extract:.0f} MiB after the generated run, {peak_mib():.0f} MiB at the end")

    # One article at the size limit (params ingest.max_bytes): must stay linear.
    long_text = "\n\n".join(a.text for a in articles)[:2_000_000]
    t0 = time.perf_counter()
    n_long = len(article_claims(long_text)[0])
    print(f"one 2 MB article: {time.perf_counter() - t0:.2f}s, {n_long} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
