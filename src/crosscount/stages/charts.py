"""DVC stage charts: comparison -> offline HTML + PNG charts and DVC plot data."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from crosscount import charts
from crosscount.progress import log
from crosscount.stages import params


def main() -> None:
    all_params = params()
    p = all_params["charts"]
    comparison = pl.read_parquet(all_params["resolve"]["comparison"])
    incidents = pl.read_parquet(all_params["resolve"]["incidents"])
    claims = pl.read_parquet(all_params["extract"]["claims"])
    documents = pl.read_parquet(all_params["extract"]["documents"])
    figures = charts.render_all(comparison, incidents, claims, documents, page_size=int(p["page_size"]))
    for path in charts.save_all(figures, p["dir"]):
        log(f"charts: wrote {path}")
    for name, frame in charts.dvc_plot_frames(comparison, incidents).items():
        charts.write_dvc_plot_data(frame, Path(p["plots"]) / f"{name}.json")


if __name__ == "__main__":
    main()
