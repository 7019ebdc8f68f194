"""Altair charts comparing what each source reported, plus offline output.

One function per chart, each returning an ``alt.Chart`` built from a base
chart and named layers; one registered theme. :func:`save_chart` writes a
self-contained HTML page (the Vega bundle inlined, no network) and a PNG;
:func:`mimebundle` gives what JupyterLab renders offline from saved outputs
(Lab 4 ships a Vega-Lite 5 renderer, see FIELD_NOTES).
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

import altair as alt
import polars as pl

from crosscount import defaults
from crosscount.io import atomic_path, write_text
from crosscount.present import ScriptSafeJSON
from crosscount.resolve import outlet_label

THEME = "crosscount"
MEASURE_LABELS = {
    "projectiles": "projectiles fired (total)",
    "projectiles_subset": "projectiles (part of salvo)",
    "injured": "injured",
    "killed": "killed",
    "casualties": "casualties",
}
CASUALTY_MEASURES = ["injured", "killed", "casualties"]
#: Measures whose spread says how disputed an incident is (subsets are parts, not the count).
DISPUTE_MEASURES = ["projectiles", *CASUALTY_MEASURES]
KIND_ORDER = ["exact", "range", "at least"]


# Pages are cut by incidents; one well-covered attack can have more than
# altair's default 5,000 rows, which must not stop the charts.
alt.data_transformers.disable_max_rows()


@alt.theme.register(THEME, enable=True)
def _theme() -> alt.theme.ThemeConfig:
    return alt.theme.ThemeConfig({
        "config": {
            "font": "DejaVu Sans, Helvetica, Arial, sans-serif",
            "title": {"fontSize": 14, "anchor": "start", "subtitleColor": "#555"},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 220},
            "header": {"labelFontSize": 11, "labelAngle": 0, "labelAlign": "left", "labelLimit": 260},
            "view": {"stroke": "#ddd"},
            "range": {"category": {"scheme": "tableau10"}},
        }
    })


def interval_frame(comparison: pl.DataFrame, incidents: pl.DataFrame, *, measures: list[str], view: str = "outlet") -> pl.DataFrame:
    """Rows to chart: one per incident x source x measure, with a drawable end."""
    df = comparison.filter(pl.col("view") == view, pl.col("measure").is_in(measures))
    labels = incidents.select("incident_id", incident="label")
    return (
        df.join(labels, on="incident_id", how="left")
        .with_columns(
            kind=pl.when(pl.col("high").is_null()).then(pl.lit("at least"))
            .when(pl.col("high") == pl.col("low")).then(pl.lit("exact")).otherwise(pl.lit("range")),
            # An open interval is drawn to a little past the incident's largest figure,
            # so that each incident's own scale stays readable.
            high_drawn=pl.coalesce("high", (pl.max_horizontal(pl.col("low").max(), pl.col("high").max())
                                            .over("incident_id") * 1.15 + 1).floor().cast(pl.Int64)),
            measure_label=pl.col("measure").replace_strict(MEASURE_LABELS, default=pl.col("measure")),
            quotes_text=pl.col("quotes").list.join(" | "),
            articles=pl.col("doc_ids").list.join(", "),
            published=pl.col("last_published").dt.to_string("%Y-%m-%d"),
            speakers_text=pl.col("speakers").list.join("; "),
            copies=pl.col("copy_of").list.join(", "),
        )
        .drop("quotes", "doc_ids", "speakers", "copy_of", "first_published", "last_published", "history", "incident_date")
        .sort("incident", "measure", "source")
    )


def _tooltip() -> list[alt.Tooltip]:
    return [
        alt.Tooltip("incident:N", title="incident"),
        alt.Tooltip("source:N", title="source"),
        alt.Tooltip("measure_label:N", title="measure"),
        alt.Tooltip("low:Q", title="low"),
        alt.Tooltip("high:Q", title="high (empty = open)"),
        alt.Tooltip("speakers_text:N", title="speakers (empty = the outlet itself)"),
        alt.Tooltip("published:N", title="published (latest article)"),
        alt.Tooltip("articles:N", title="articles"),
        alt.Tooltip("copies:N", title="copy of (same wire story)"),
        alt.Tooltip("quotes_text:N", title="quotes"),
    ]


def interval_chart(data: pl.DataFrame | alt.Data, *, title: str, subtitle: str, facet: str = "incident") -> alt.FacetChart:
    """Points for exact figures, bars for ranges, arrows for "at least"."""
    base = alt.Chart().encode(
        y=alt.Y("source:N", title=None, sort="ascending"),
        color=alt.Color("kind:N", title="figure", scale=alt.Scale(domain=KIND_ORDER, range=["#1f77b4", "#ff7f0e", "#d62728"])),
        tooltip=_tooltip(),
    )
    ranges = base.mark_rule(strokeWidth=3).encode(
        x=alt.X("low:Q", title="reported count", axis=alt.Axis(tickMinStep=1, format="d")), x2="high_drawn:Q"
    ).transform_filter("datum.kind != 'exact'")
    open_ends = base.mark_point(shape="triangle-right", size=90, filled=True).encode(
        x="high_drawn:Q").transform_filter("datum.kind == 'at least'")
    points = base.mark_point(size=80, filled=True, opacity=0.9).encode(x="low:Q")
    labels = base.mark_text(align="left", dx=6, dy=-8, fontSize=10, color="#333").encode(
        x="low:Q", text="label:N").transform_calculate(
        label="datum.kind == 'exact' ? datum.low : (datum.kind == 'at least' ? '≥ ' + datum.low : datum.low + '–' + datum.high)")
    layered = alt.layer(ranges, open_ends, points, labels).properties(width=420, height=alt.Step(18))
    return layered.facet(
        row=alt.Row(f"{facet}:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top")),
        data=data,
    ).resolve_scale(x="independent", y="independent").properties(title=alt.Title(title, subtitle=subtitle))


def projectile_chart(comparison: pl.DataFrame, incidents: pl.DataFrame) -> alt.FacetChart:
    data = interval_frame(comparison, incidents, measures=["projectiles"])
    return interval_chart(data, title="Projectiles fired, as each outlet reported them",
                          subtitle="One row per outlet; point = exact figure, bar = range, arrow = 'at least'")


def casualty_frame(comparison: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """Casualty rows, one per source and measure ("Reuters · injured")."""
    return interval_frame(comparison, incidents, measures=CASUALTY_MEASURES).with_columns(
        source=pl.col("source") + pl.lit(" · ") + pl.col("measure"))


def casualty_chart(comparison: pl.DataFrame, incidents: pl.DataFrame) -> alt.FacetChart:
    data = casualty_frame(comparison, incidents)
    return interval_chart(data, title="Injured, killed and casualties, as each outlet reported them",
                          subtitle="One row per outlet and measure; point = exact, bar = range, arrow = 'at least'")


def timeline_chart(claims: pl.DataFrame, documents: pl.DataFrame, incidents: pl.DataFrame) -> alt.Chart:
    """How each incident's reported figures moved with publication date, by outlet."""
    links = incidents.select("incident_id", "label", "date", doc_id="articles").explode("doc_id")
    data = (
        claims.filter(pl.col("event") == "main", pl.col("measure") != "projectiles_subset")
        .join(links, on="doc_id")
        .join(documents.select("doc_id", "published", outlet=outlet_label()), on="doc_id")
        .filter(pl.col("published").is_not_null(), pl.col("date").is_not_null())
        .select("incident_id", "outlet", "speaker", "low", "high", "quote", incident="label",
                measure=pl.col("measure").replace_strict(MEASURE_LABELS, default=pl.col("measure")),
                # Days since the attack: one axis that means the same for every incident.
                days=(pl.col("published") - pl.col("date")).dt.total_days(),
                published=pl.col("published").dt.to_string("%Y-%m-%d"))
        .sort("incident_id", "measure", "published", "outlet", "low", "quote")
    )
    base = alt.Chart().encode(
        x=alt.X("days:Q", title="days after the attack (publication date)"),
        y=alt.Y("low:Q", title="reported count (lower bound)"),
        color=alt.Color("outlet:N", title="outlet"),
        tooltip=["outlet:N", "speaker:N", "published:T", "low:Q", "high:Q", "quote:N"],
    )
    lines = base.mark_line(opacity=0.5).encode(detail="outlet:N")
    points = base.mark_point(filled=True, size=60)
    return alt.layer(lines, points).properties(width=240, height=120).facet(
        row=alt.Row("incident:N", title=None), column=alt.Column("measure:N", title=None), data=data
    ).resolve_scale(y="independent").properties(
        title=alt.Title("How reported figures moved after each attack, by outlet",
                        subtitle="Lower bound of each figure against days between the attack and publication; undated articles are left out"))


def disagreement_chart(comparison: pl.DataFrame, incidents: pl.DataFrame) -> alt.Chart:
    """Every incident's spread of reported values, the most disputed first."""
    data = (
        interval_frame(comparison, incidents, measures=DISPUTE_MEASURES)
        .group_by("incident", "measure_label", maintain_order=True)
        .agg(lowest=lowest(), highest=highest(),
             sources=pl.col("independent").sum(), consistent=pl.col("consistent").all())
        .with_columns(spread=pl.col("highest") - pl.col("lowest"))
        .sort("spread", "incident", descending=[True, False])
    )
    base = alt.Chart().encode(
        y=alt.Y("incident:N", sort=alt.EncodingSortField("spread", op="max", order="descending"), title=None),
        tooltip=["incident:N", "measure_label:N", "lowest:Q", "highest:Q", alt.Tooltip("sources:Q", title="independent sources"), "consistent:N"],
    )
    bars = base.mark_rule(strokeWidth=4).encode(x=alt.X("lowest:Q", title="lowest to highest figure reported"), x2="highest:Q",
                                                color=alt.Color("consistent:N", title="one value fits every figure",
                                                                scale=alt.Scale(domain=[False, True], range=["#d62728", "#9e9e9e"])))
    ends = base.mark_tick(thickness=2).encode(x="highest:Q")
    return alt.layer(bars, ends).properties(width=200, height=alt.Step(18)).facet(
        column=alt.Column("measure_label:N", title=None), data=data
    ).resolve_scale(x="independent").properties(title=alt.Title("Where sources disagree", subtitle="Spread between the lowest and highest figure, most disputed first"))


# ---------------------------------------------------------------- output
def save_chart(chart: alt.TopLevelMixin, out_dir: str | Path, stem: str) -> list[Path]:
    """Write ``stem.html`` (self-contained, offline) and ``stem.png``."""
    return save_pages([chart], out_dir, stem)


def save_pages(pages: list[alt.TopLevelMixin], out_dir: str | Path, kind: str) -> list[Path]:
    """Every page of one chart in ``kind.html`` (self-contained: Vega inlined once,
    pages one under the other with links between them) and each page as PNG
    (``kind.png``, ``kind-p2.png``, ...)."""
    import vl_convert as vlc

    out = Path(out_dir)
    specs = [c.to_dict() for c in pages]
    html_path = out / f"{kind}.html"
    with atomic_path(html_path) as tmp:
        tmp.write_text(pages_html(specs, title=_title_text(specs[0]) or kind), encoding="utf-8")
    paths = [html_path]
    for n, spec in enumerate(specs, 1):
        png = out / (f"{kind}.png" if n == 1 else f"{kind}-p{n}.png")
        with atomic_path(png) as tmp:
            tmp.write_bytes(vlc.vegalite_to_png(spec, scale=1.5))
        paths.append(png)
    return paths


def _title_text(spec: dict) -> str | None:
    title = spec.get("title")
    return title.get("text") if isinstance(title, dict) else title


def pages_html(specs: list[dict], *, title: str) -> str:
    """One offline HTML page showing ``specs`` with vega-embed. Article strings
    in the specs are written as script-safe JSON (a ``</script>`` in a quote
    stays text)."""
    import vl_convert as vlc

    bundle = vlc.javascript_bundle()
    nav = ""
    if len(specs) > 1:
        links = " ".join(f'<a href="#page-{n}">{n}</a>' for n in range(1, len(specs) + 1))
        nav = f'<nav>{len(specs)} pages: {links}</nav>'
    divs = "\n".join(f'<section id="page-{n}"><div class="vega-visualization" id="vis{n}"></div></section>'
                     for n in range(1, len(specs) + 1))
    embeds = "\n".join(f"vegaEmbed('#vis{n}', {json.dumps(spec, cls=ScriptSafeJSON)}, {{mode: 'vega-lite'}}).catch(console.error);"
                       for n, spec in enumerate(specs, 1))
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n"
        "<style>body{font-family:sans-serif} nav{margin:8px 0} section{margin-bottom:32px}</style>\n"
        f"<script type=\"text/javascript\">\n{bundle}\n</script>\n</head>\n<body>\n{nav}\n{divs}\n"
        f"<script type=\"text/javascript\">\n{embeds}\n</script>\n</body>\n</html>\n"
    )


def save_all(figures: dict[str, alt.TopLevelMixin], out_dir: str | Path) -> list[Path]:
    """Every chart of :func:`render_all`, its pages gathered per kind."""
    kinds: dict[str, list[alt.TopLevelMixin]] = {}
    for stem, chart in figures.items():
        kinds.setdefault(stem.split("-p")[0], []).append(chart)
    return [p for kind, pages in kinds.items() for p in save_pages(pages, out_dir, kind)]


def mimebundle(chart: alt.TopLevelMixin) -> dict:
    """Outputs JupyterLab 4 renders from a saved notebook, trusted or not."""
    import vl_convert as vlc

    spec = chart.to_dict()
    title = spec.get("title")
    png = vlc.vegalite_to_png(spec, scale=1)
    return {
        "application/vnd.vegalite.v5+json": spec,
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/plain": str(title.get("text") if isinstance(title, dict) else title or "chart"),
    }


def dvc_template(chart: alt.TopLevelMixin) -> str:
    """A DVC custom plot template: the chart's spec with its data left to DVC."""
    spec = chart.to_dict()
    spec.pop("datasets", None)
    spec["data"] = {"values": "<DVC_METRIC_DATA>"}
    return json.dumps(spec, indent=2, sort_keys=True) + "\n"


def offline_html_template() -> str:
    """An HTML template for ``dvc plots show --html-template`` with Vega inlined."""
    import vl_convert as vlc

    bundle = vlc.javascript_bundle()
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>crosscount DVC plots</title>\n"
        f"<script>{bundle}</script>\n</head>\n<body>\n{{plot_divs}}\n</body>\n</html>\n"
    )


def write_dvc_plot_data(frame: pl.DataFrame, path: str | Path) -> None:
    """Plot data for DVC. `dvc plots show` writes it into a <script> as plain
    JSON, so markup characters in article strings become lookalikes here."""
    safe = frame.with_columns(pl.col(pl.String).str.replace_many(["<", ">", "&"], ["‹", "›", "＆"]))
    write_text(json.dumps(safe.to_dicts(), indent=1, default=str) + "\n", path)


#: DVC plots: name -> title. Their data files are written by the charts stage
#: (:func:`dvc_plot_frames`); their templates (.dvc/plots/) by `crosscount dvc-templates`.
DVC_PLOTS: dict[str, str] = {
    "projectiles": "Projectiles fired, as each outlet reported them",
    "casualties": "Injured, killed and casualties, as each outlet reported them",
}


def dvc_plot_frames(comparison: pl.DataFrame, incidents: pl.DataFrame) -> dict[str, pl.DataFrame]:
    return {
        "projectiles": interval_frame(comparison, incidents, measures=["projectiles"]),
        "casualties": casualty_frame(comparison, incidents),
    }


def dvc_templates() -> dict[str, str]:
    """Template text per DVC plot, from the same chart function the reports use."""
    return {
        f"crosscount_{name}": dvc_template(interval_chart(alt.Data(values=[]), title=title, subtitle="DVC plot (data from the charts stage)"))
        for name, title in DVC_PLOTS.items()
    }


def lowest() -> pl.Expr:
    """The lowest figure of a group of intervals."""
    return pl.col("low").min()


def highest() -> pl.Expr:
    """The highest figure of a group of intervals ("at least 13" counts as 13)."""
    return pl.max_horizontal(pl.col("low").max(), pl.col("high").max())


def dispute_order(comparison: pl.DataFrame) -> list[str]:
    """Incident ids, the most disputed first: the widest spread between the
    lowest and highest figure reported for one measure (subsets aside, as in
    :func:`disagreement_chart`), then by id; incidents without figures last."""
    per_measure = (
        comparison.filter(pl.col("view") == "outlet", pl.col("measure").is_in(DISPUTE_MEASURES))
        .group_by("incident_id", "measure")
        .agg(spread=highest() - lowest())
    )
    spread = (
        comparison.select("incident_id").unique()
        .join(per_measure.group_by("incident_id").agg(pl.col("spread").max()), on="incident_id", how="left")
        .sort(["spread", "incident_id"], descending=[True, False], nulls_last=True)
    )
    return list(spread["incident_id"])


def pages(ids: list[str], page_size: int) -> list[list[str]]:
    """``ids`` in chunks of ``page_size``; one chart per chunk keeps every chart readable."""
    return [ids[i : i + page_size] for i in range(0, len(ids), page_size)] or [[]]


def render_all(comparison: pl.DataFrame, incidents: pl.DataFrame, claims: pl.DataFrame,
               documents: pl.DataFrame, *, page_size: int = defaults.PAGE_SIZE) -> dict[str, alt.TopLevelMixin]:
    """Every report chart by file stem.

    More than ``page_size`` incidents are split over pages (``projectiles``,
    ``projectiles-p2``, ...): by date for the per-incident charts, most
    disputed first for the disagreement overview, so 5 or 500 incidents both
    give charts a reader can take in.
    """
    by_date = list(incidents.sort("date", "incident_id", nulls_last=True)["incident_id"])
    out: dict[str, alt.TopLevelMixin] = {}

    def page_of(kind: str, n: int, total: int, ids: list[str], chart) -> None:
        inc = incidents.filter(pl.col("incident_id").is_in(ids))
        comp = comparison.filter(pl.col("incident_id").is_in(ids))
        c = chart(comp, inc)
        if total > 1:
            c = c.properties(title=alt.Title(f"{c.title.text} (page {n} of {total})", subtitle=c.title.subtitle))
        out[kind if n == 1 else f"{kind}-p{n}"] = c

    kinds = {
        "projectiles": (by_date, projectile_chart),
        "casualties": (by_date, casualty_chart),
        "timeline": (by_date, lambda comp, inc: timeline_chart(claims, documents, inc)),
        "disagreement": (dispute_order(comparison), disagreement_chart),
    }
    shown = {  # incidents each chart has something to draw for: no empty pages
        "projectiles": _with_rows(comparison, ["projectiles"]),
        "casualties": _with_rows(comparison, CASUALTY_MEASURES),
        "timeline": _dated_figures(claims, documents, incidents),
        "disagreement": _with_rows(comparison, DISPUTE_MEASURES),
    }
    for kind, (order, chart) in kinds.items():
        chunks = pages([i for i in order if i in shown[kind]], page_size)
        for n, ids in enumerate(chunks, 1):
            page_of(kind, n, len(chunks), ids, chart)
    return out


def _with_rows(comparison: pl.DataFrame, measures: list[str]) -> set[str]:
    return set(comparison.filter(pl.col("measure").is_in(measures))["incident_id"])


def _dated_figures(claims: pl.DataFrame, documents: pl.DataFrame, incidents: pl.DataFrame) -> set[str]:
    """Incidents with a dated main-attack figure: what the timeline can place."""
    dated = documents.filter(pl.col("published").is_not_null())["doc_id"].to_list()
    docs = set(claims.filter(pl.col("event") == "main", pl.col("measure") != "projectiles_subset",
                             pl.col("doc_id").is_in(dated))["doc_id"])
    return {i for i, d, arts in incidents.select("incident_id", "date", "articles").iter_rows() if d and docs & set(arts)}
