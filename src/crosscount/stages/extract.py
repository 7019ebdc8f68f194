"""DVC stage extract: documents -> claims + documents with main-attack dates."""

from __future__ import annotations

import polars as pl

from crosscount.claims import extract_documents
from crosscount.extract_cache import ExtractCache
from crosscount.io import write_parquet
from crosscount.progress import log, progress
from crosscount.stages import params


def main() -> None:
    all_params = params()
    p = all_params["extract"]
    documents = pl.read_parquet(all_params["ingest"]["documents"])
    cache = ExtractCache(p["cache"])
    docs, claims = extract_documents(documents, progress=progress(total=documents.height, desc="extract"),
                                     cache=cache, jobs=p["jobs"])
    write_parquet(docs, p["documents"])
    write_parquet(claims, p["claims"])
    cache.save()
    for doc_id in docs.filter(pl.col("n_claims") == 0)["doc_id"]:
        log(f"note: {doc_id}: no counts found (article kept; it adds no claims)")
    log(f"extract: {cache.misses} articles extracted, {cache.hits} from cache ({p['cache']})")
    log(f"extract: {claims.height} claims from {docs.height} articles -> {p['claims']}")


if __name__ == "__main__":
    main()
