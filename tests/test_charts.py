from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from crosscount import charts
from crosscount.claims import extract_documents
from crosscount.corpus import load_corpus
from crosscount.resolve import build_comparison, build_incidents, link_incidents

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tables(corpus: Path):
    docs, claims = extract_documents(load_corpus(corpus).documents)
    links = link_incidents(docs, tolerance_days=1)
    return build_comparison(claims, docs, links), build_incidents(docs, links, claims), claims, docs


def test_projectile_chart_layers_and_data(tables):
    comparison, incidents, *_ = tables
    spec = charts.projectile_chart(comparison, incidents).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["spec"]["layer"]]
    assert marks == ["rule", "point", "point", "text"]
    rows = next(iter(spec["datasets"].values()))
    assert {(r["source"], r["low"]) for r in rows} >= {("Reuters", 5), ("Daily Test", 3)}
    assert {r["kind"] for r in rows} <= {"exact", "range", "at least"}
    assert "Projectiles" in spec["title"]["text"]
    assert any(t["field"] == "quotes_text" for t in spec["spec"]["layer"][0]["encoding"]["tooltip"])


def test_all_charts_render_offline(tables, tmp_path: Path):
    figures = charts.render_all(*tables)
    assert set(figures) == {"projectiles", "casualties", "timeline", "disagreement"}
    paths = charts.save_chart(figures["casualties"], tmp_path, "casualties")
    html = paths[0].read_text()
    assert "<script src=" not in html and "cdn.jsdelivr" not in html  # Vega is inlined
    assert paths[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_mimebundle_is_what_jupyterlab_renders(tables):
    bundle = charts.mimebundle(charts.projectile_chart(*tables[:2]))
    assert set(bundle) == {"application/vnd.vegalite.v5+json", "image/png", "text/plain"}


def test_committed_dvc_templates_match_the_chart_functions():
    for name, text in charts.dvc_templates().items():
        committed = ROOT / ".dvc" / "plots" / f"{name}.json"
        assert committed.read_text() == text, f"{committed} is stale: run `make templates`"
        assert json.loads(text)["data"] == {"values": "<DVC_METRIC_DATA>"}


def test_article_text_is_escaped():
    from crosscount.present import highlight_html

    text = "<script>alert(1)</script> Two rockets hit the base."
    claims = pl.DataFrame({"start": [27], "end": [38], "measure": ["projectiles"], "low": [2], "high": [2],
                           "speaker": [None], "event": ["main"]}, schema_overrides={"high": pl.Int64, "speaker": pl.String})
    out = highlight_html(text, claims)
    assert "<script>" not in out and "&lt;script&gt;" in out and "<mark" in out


def _incidents_in(spec: dict) -> set[str]:
    rows = [r for values in spec["datasets"].values() for r in values]
    return {r.get("incident") or r.get("incident_id") for r in rows}


@pytest.fixture(scope="module")
def many_incidents(tmp_path_factory):
    """Hundreds of incidents from the article generator."""
    from crosscount.synth import generate, write_corpus

    root = write_corpus(generate(400, seed=3), tmp_path_factory.mktemp("many"))
    docs, claims = extract_documents(load_corpus(root).documents)
    links = link_incidents(docs, tolerance_days=1)
    return build_comparison(claims, docs, links), build_incidents(docs, links, claims), claims, docs


def test_hundreds_of_incidents_are_paginated(many_incidents):
    comparison, incidents, *_ = many_incidents
    n = incidents.height
    assert n > 100
    figures = charts.render_all(*many_incidents, page_size=25)
    whole = charts.render_all(*many_incidents, page_size=n)  # one page: what the pages must add up to
    pages = -(-n // 25)
    for kind in ("projectiles", "casualties", "timeline", "disagreement"):
        keys = [kind] + [f"{kind}-p{i}" for i in range(2, pages + 1)]
        assert [k for k in figures if k == kind or k.startswith(f"{kind}-p")] == keys
        seen: list[str] = []
        for k in keys:
            spec = figures[k].to_dict()
            got = _incidents_in(spec)
            assert 0 < len(got) <= 25, k
            assert f"of {pages})" in spec["title"]["text"]
            seen += got
        assert len(seen) == len(set(seen)) == len(_incidents_in(whole[kind].to_dict()))  # each once, none lost


def test_disagreement_pages_put_the_most_disputed_first(many_incidents):
    comparison, *_ = many_incidents
    order = charts.dispute_order(comparison)
    outlet = comparison.filter(pl.col("view") == "outlet", pl.col("measure") != "projectiles_subset")
    per_measure = outlet.group_by("incident_id", "measure").agg(
        s=pl.max_horizontal(pl.col("high").max(), pl.col("low").max()) - pl.col("low").min())
    spread = dict(per_measure.group_by("incident_id").agg(pl.col("s").max()).iter_rows())
    values = [spread[i] for i in order if spread.get(i) is not None]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]


def test_few_incidents_make_one_page(tables):
    assert set(charts.render_all(*tables, page_size=25)) == {"projectiles", "casualties", "timeline", "disagreement"}


def test_spread_is_per_measure_not_across_measures():
    # A: every outlet agrees on 10 rockets and no deaths; B: outlets say 1 and 3 killed.
    rows = [("A", "o1", "projectiles", 10), ("A", "o2", "projectiles", 10), ("A", "o1", "killed", 0),
            ("B", "o1", "killed", 1), ("B", "o2", "killed", 3)]
    comp = pl.DataFrame([{"incident_id": i, "view": "outlet", "source": s, "measure": m, "low": v, "high": v}
                         for i, s, m, v in rows])
    assert charts.dispute_order(comp) == ["B", "A"]


def test_dvc_plot_data_cannot_break_out_of_a_script(tmp_path: Path):
    frame = pl.DataFrame({"source": ["</script><script>alert(1)</script>"], "low": [1]})
    charts.write_dvc_plot_data(frame, tmp_path / "p.json")
    text = (tmp_path / "p.json").read_text()
    assert "<" not in text and ">" not in text and "alert(1)" in text


def test_no_page_is_empty(many_incidents):
    comparison, incidents, claims, docs = many_incidents
    # Incidents with nothing to draw (articles without counts) must not make empty pages.
    extra = pl.DataFrame({"incident_id": [f"unlinked-q{i}" for i in range(30)], "date": [None] * 30,
                          "articles": [[f"q{i}"] for i in range(30)]}).cast({"date": pl.Date})
    incidents = pl.concat([incidents, extra], how="diagonal_relaxed")
    assert incidents.height > many_incidents[1].height
    for key, chart in charts.render_all(comparison, incidents, claims, docs, page_size=25).items():
        assert _incidents_in(chart.to_dict()), f"{key} has nothing to draw"
