"""What a person sees: the notebook in JupyterLab and the exported charts, in headless Chromium.

Chromium is Debian's package (`make test` installs it), driven by Playwright
with `executable_path`; no browser is downloaded. Every request must stay on
this machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscount.lab import TOKEN, running_lab

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _watch(page) -> list[str]:
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "file://", "data:", "blob:")) else None)
    return outside


def _count_marks(page) -> int:
    return page.evaluate("""() => [...document.querySelectorAll('.vega-embed')].filter(e =>
        e.querySelector('svg .mark-symbol path, svg .mark-rule line, svg .mark-line path, canvas')).length""")


def test_notebook_in_jupyterlab(built_repo: Path, browser):
    with running_lab(built_repo, config_dir=built_repo / ".jupyter-test") as url:
        page = browser.new_page(viewport={"width": 1300, "height": 1400})
        outside = _watch(page)
        page.goto(f"{url}/lab/tree/notebooks/compare.ipynb?token={TOKEN}")
        page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=90_000)
        page.wait_for_timeout(2000)
        # JupyterLab renders cells lazily: scroll through the notebook so every chart is drawn.
        for _ in range(40):
            page.mouse.wheel(0, 1200)
            page.wait_for_timeout(150)
        # 1. Saved outputs, notebook untrusted (never signed here): every chart drawn.
        drawn, charts = _count_marks(page), page.locator(".vega-embed").count()
        shots = ROOT / "reports" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.locator(".vega-embed").first.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "jupyterlab_notebook.png"))
        assert drawn >= 4 and drawn == charts, f"{drawn} of {charts} charts drawn with marks"
        # 2. Run every cell in the browser's kernel: live outputs, trusted.
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        page.wait_for_function(r"""() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent);
            return prompts.length > 0 && prompts.every(t => /\[\d+\]/.test(t));
        }""", timeout=180_000)
        page.wait_for_timeout(2000)
        for _ in range(40):
            page.mouse.wheel(0, 1200)
            page.wait_for_timeout(150)
        assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        rerun, charts = _count_marks(page), page.locator(".vega-embed").count()
        page.locator(".vega-embed").nth(1).scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "jupyterlab_notebook_run.png"))
        assert rerun >= 4 and rerun == charts, f"after Run All, {rerun} of {charts} charts drawn"
        assert outside == [], f"requests left the machine: {outside[:5]}"


def test_exported_html_renders_offline(built_repo: Path, browser):
    for stem in ("projectiles", "casualties", "timeline", "disagreement"):
        page = browser.new_page()
        outside = _watch(page)
        page.goto((built_repo / "reports" / "charts" / f"{stem}.html").as_uri())
        page.wait_for_selector(".vega-embed svg, .vega-embed canvas, #vis svg, #vis canvas", timeout=30_000)
        assert page.evaluate("() => document.querySelectorAll('svg .mark-symbol path, svg .mark-rule line, svg .mark-line path, canvas').length") > 0
        assert outside == [], f"{stem}.html requested {outside[:3]}"
        if stem == "projectiles":
            (ROOT / "reports" / "screenshots").mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ROOT / "reports" / "screenshots" / "projectiles_html.png"))
        page.close()


def test_article_markup_never_runs(tmp_path: Path, browser):
    """An article's <script>/onerror markup, through highlighting and a chart, stays text in a real browser."""
    import altair as alt
    import polars as pl

    from crosscount.charts import save_chart
    from crosscount.claims import extract_documents
    from crosscount.present import highlight_html

    hostile = ('</script><script>window.__pwned = true</script><img src=x onerror="window.__pwned = 1">'
               "Three rockets hit the <b>base</b> on Monday, police said.")
    docs = pl.DataFrame({"doc_id": ["x"], "text": [hostile], "published": [None]}, schema_overrides={"published": pl.Date})
    _, claims = extract_documents(docs)
    page_path = tmp_path / "article.html"
    page_path.write_text(f"<!DOCTYPE html><meta charset=utf-8><body>{highlight_html(hostile, claims)}</body>")
    chart = alt.Chart(pl.DataFrame({"source": [hostile], "low": [3]})).mark_point().encode(
        y="source:N", x="low:Q", tooltip=["source:N"])
    chart_path, _png = save_chart(chart, tmp_path, "hostile")
    for path in (page_path, chart_path):
        page = browser.new_page()
        page.goto(path.as_uri())
        page.wait_for_timeout(500)
        assert page.evaluate("() => typeof window.__pwned") == "undefined", path.name
        page.close()
    page = browser.new_page()
    page.goto(page_path.as_uri())
    assert "<script>window.__pwned = true</script>" in page.inner_text("body")  # shown as text
    page.close()


def test_every_page_of_a_paginated_chart_renders_offline(tmp_path: Path, browser):
    from crosscount import charts
    from crosscount.pipeline import compare_corpus
    from crosscount.synth import generate, write_corpus

    tables = compare_corpus(write_corpus(generate(80, seed=7), tmp_path / "corpus"))
    figures = charts.render_all(tables.comparison, tables.incidents, tables.claims, tables.documents, page_size=10)
    pages = sum(1 for k in figures if k.startswith("projectiles"))
    assert pages >= 3
    charts.save_all({k: v for k, v in figures.items() if k.startswith("projectiles")}, tmp_path / "charts")
    page = browser.new_page()
    outside = _watch(page)
    page.goto((tmp_path / "charts" / "projectiles.html").as_uri())
    page.wait_for_function(f"() => document.querySelectorAll('.vega-embed svg, .vega-embed canvas').length >= {pages}", timeout=60_000)
    assert _count_marks(page) == pages == page.locator("nav a").count()
    assert outside == []
