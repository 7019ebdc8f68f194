# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # crosscount: what each source said about each attack
#
# This notebook reads the tables that `dvc repro` wrote under `data/processed/`
# (or, run by `crosscount compare`, that command's tables) and shows them; all
# logic lives in the `crosscount` package. Charts are saved
# as Vega-Lite 5 outputs with a PNG fallback, so they render offline in
# JupyterLab from the saved notebook, trusted or not.

# %%
import html
import os
from pathlib import Path

import polars as pl
from IPython.display import HTML, display

from crosscount import charts
from crosscount.present import highlight_html, reading_order
from crosscount.resolve import figure_timeline
from crosscount.stages import params

ROOT = Path("..")
P = params(ROOT / "params.yaml")
# `crosscount compare CORPUS --out DIR` points the notebook at its own tables.
OTHER = os.environ.get("CROSSCOUNT_TABLES")
TABLES = {name: Path(OTHER) / f"{name}.parquet" for name in ("documents", "claims", "incidents", "comparison")} if OTHER else {
    "documents": ROOT / P["extract"]["documents"], "claims": ROOT / P["extract"]["claims"],
    "incidents": ROOT / P["resolve"]["incidents"], "comparison": ROOT / P["resolve"]["comparison"]}
documents, claims, incidents, comparison = (pl.read_parquet(TABLES[n]) for n in ("documents", "claims", "incidents", "comparison"))
figures = charts.render_all(comparison, incidents, claims, documents, page_size=int(P["charts"]["page_size"]))
more_pages = sorted(k for k in figures if "-p" in k)
pl.Config.set_tbl_rows(50)
pl.Config.set_fmt_str_lengths(80);

# %% [markdown]
# ## Incidents
# Articles linked to the same attack (by the attack's resolved date). Articles
# whose attack date could not be resolved stay unlinked.

# %%
incidents.select("incident_id", "date", "place", "target", "outlets", "n_articles", "linked")

# %% [markdown]
# ## Projectiles fired, by outlet

# %%
display(charts.mimebundle(figures["projectiles"]), raw=True)

# %% [markdown]
# ## Injured, killed and casualties, by outlet

# %%
display(charts.mimebundle(figures["casualties"]), raw=True)

# %% [markdown]
# ## Figures against publication date

# %%
display(charts.mimebundle(figures["timeline"]), raw=True)

# %% [markdown]
# ## Where the sources disagree

# %%
display(charts.mimebundle(figures["disagreement"]), raw=True)

# %% [markdown]
# With more incidents than fit one readable chart, the charts above are the
# first page; the others (listed here, empty when everything fits) are in
# each chart's HTML file and PNGs in `reports/charts/` (`OUT/charts/` for
# `crosscount compare`).

# %%
more_pages

# %% [markdown]
# ## How the figures moved
# Every figure each outlet gave, in publication order per incident and measure
# (a source's figure in the comparison is its latest article's; the earlier
# ones are kept here).

# %%
figure_timeline(comparison).filter(pl.col("measure") != "projectiles_subset")

# %% [markdown]
# ## The comparison table
# One row per incident, source and measure: the interval the source reports,
# the lowest and highest figure any source gave, and whether they agree.

# %%
comparison.filter(pl.col("view") == "outlet").select(
    "incident_id", "source", "measure", "low", "high", "measure_min", "measure_max", "consistent", "self_contradiction"
)

# %% [markdown]
# ## Each claim in its article
# Every figure is highlighted in the sentence it came from (hover for measure,
# interval, speaker and event). Articles of the most disputed incidents come
# first; a large corpus shows the first `MAX_ARTICLES` (raise it to read more).

# %%
MAX_ARTICLES = 40
order = reading_order(incidents, charts.dispute_order(comparison))
print(f"showing {min(MAX_ARTICLES, len(order))} of {len(order)} articles")
by_id = {r["doc_id"]: r for r in documents.select("doc_id", "title", "outlet", "text").iter_rows(named=True)}
for doc_id in order[:MAX_ARTICLES]:
    r = by_id[doc_id]
    display(HTML(f"<h3>{html.escape(doc_id)}: {html.escape(r['title'] or '')} ({html.escape(r['outlet'] or 'outlet unknown')})</h3>"))
    display(HTML(highlight_html(r["text"], claims.filter(pl.col("doc_id") == doc_id))))
