"""DVC stage evaluate: claims against gold -> metrics JSON + readable error list."""

from __future__ import annotations

import polars as pl

from crosscount.evaluate import errors_markdown, load_gold, load_gold_incidents, score, score_links, summary_lines
from crosscount.io import write_json, write_text
from crosscount.progress import log
from crosscount.stages import params


def main() -> None:
    all_params = params()
    p = all_params["evaluate"]
    claims = pl.read_parquet(all_params["extract"]["claims"])
    documents = pl.read_parquet(all_params["extract"]["documents"])
    report = score(claims, documents, load_gold(p["gold"]))
    incidents = pl.read_parquet(all_params["resolve"]["incidents"])
    links = incidents.select("incident_id", doc_id="articles").explode("doc_id")
    report.metrics["incident_linking"] = score_links(links, load_gold_incidents(p["gold_incidents"]))
    write_json(report.metrics, p["metrics"])
    write_text(errors_markdown(report, title=p["gold"]), p["errors"])
    for line in summary_lines(report):
        log(line)


if __name__ == "__main__":
    main()
