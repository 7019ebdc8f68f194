"""DVC stage ingest: corpus folder + manifest -> documents table (+ rejections)."""

from __future__ import annotations

import polars as pl

from crosscount.corpus import load_corpus
from crosscount.io import atomic_path, write_parquet
from crosscount.progress import log
from crosscount.stages import params


def main() -> None:
    p = params()["ingest"]
    corpus = load_corpus(p["corpus"], max_bytes=int(p["max_bytes"]), near_duplicate=float(p["near_duplicate"]))
    write_parquet(corpus.documents, p["documents"])
    with atomic_path(p["rejected"]) as tmp:
        corpus.rejected.write_csv(tmp)
    for reason in corpus.rejected["reason"]:
        log(f"rejected: {reason}")
    copies = corpus.documents.filter(pl.col("copy_of").is_not_null())
    for doc_id, first in copies.select("doc_id", "copy_of").iter_rows():
        log(f"near-duplicate: {doc_id} is a copy of {first}")
    log(f"ingest: {corpus.documents.height} articles read, {corpus.rejected.height} rejected -> {p['documents']}")


if __name__ == "__main__":
    main()
