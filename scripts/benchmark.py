"""Extraction speed against a spaCy tokenisation baseline, on generated articles.

    python scripts/benchmark.py [--n 10000] [--seed 0]

Prints extraction throughput (MB/s, articles/s) and peak memory, and in the
same run the time spacy.blank("en") with a sentencizer takes on the same
texts. The aim (issue 3): extraction takes at most 1.5x that baseline.
A figure to read, not a test: nothing here fails on speed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default %(default)s)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    from crosscount.claims import article_claims
    from crosscount.synth import generate

    t0 = time.perf_counter()
    articles = generate(args.n, seed=args.seed)
    texts = [a.text for a in articles]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"generated {args.n} articles, {mb:.1f} MB in {time.perf_counter() - t0:.1f}s")
    article_claims(texts[0], published=articles[0].published)  # warm imports and regex caches

    t0 = time.perf_counter()
    n_claims = 0
    for a in articles:
        n_claims += len(article_claims(a.text, published=a.published)[0])
    extract_s = time.perf_counter() - t0
    mem_after_extract = peak_mib()

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp(texts[0])
    t0 = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    spacy_s = time.perf_counter() - t0

    print(f"extraction : {extract_s:6.2f}s  {mb / extract_s:6.2f} MB/s  {args.n / extract_s:8.0f} articles/s  {n_claims} claims")
    print(f"spaCy blank: {spacy_s:6.2f}s  {mb / spacy_s:6.2f} MB/s  {args.n / spacy_s:8.0f} articles/s  {n_tokens} tokens")
    print(f"ratio extraction / spaCy tokenisation: {extract_s / spacy_s:.2f}x (aim <= 1.5x)")
    print(f"peak memory: {mem_after_extract:.0f} MiB after extraction, {peak_mib():.0f} MiB at the end")

    # One article at the size limit (params ingest.max_bytes): must stay linear.
    long_text = "\n\n".join(texts)[:2_000_000]
    t0 = time.perf_counter()
    n_long = len(article_claims(long_text)[0])
    print(f"one 2 MB article: {time.perf_counter() - t0:.2f}s, {n_long} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
