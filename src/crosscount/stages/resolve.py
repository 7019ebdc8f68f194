"""DVC stage resolve: claims + documents -> incidents and comparison."""

from __future__ import annotations

import polars as pl

from crosscount.io import write_parquet
from crosscount.progress import log
from crosscount.resolve import build_comparison, build_incidents, link_incidents
from crosscount.stages import params


def main() -> None:
    all_params = params()
    p = all_params["resolve"]
    documents = pl.read_parquet(all_params["extract"]["documents"])
    claims = pl.read_parquet(all_params["extract"]["claims"])
    links = link_incidents(documents, tolerance_days=int(p["date_tolerance_days"]),
                           min_similarity=float(p["link_min_similarity"]))
    incidents = build_incidents(documents, links, claims)
    comparison = build_comparison(claims, documents, links)
    write_parquet(incidents, p["incidents"])
    write_parquet(comparison, p["comparison"])
    log(f"resolve: {incidents.filter('linked').height} incidents, "
        f"{incidents.filter(~pl.col('linked')).height} unlinked articles, {comparison.height} comparison rows")


if __name__ == "__main__":
    main()
