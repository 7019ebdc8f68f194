from __future__ import annotations

import json

import altair as alt
import polars as pl
import pytest

from crosscount.charts import save_chart
from crosscount.claims import extract_documents
from crosscount.present import ScriptSafeJSON, highlight_html

HOSTILE = ('<script>window.__pwned = true</script><img src=x onerror="window.__pwned=1">'
           "Three rockets hit the <b>base</b> on Monday, police said. </div><!--")


def test_highlighted_article_shows_markup_as_text():
    docs = pl.DataFrame({"doc_id": ["x"], "text": [HOSTILE], "published": [None]}, schema_overrides={"published": pl.Date})
    _, claims = extract_documents(docs)
    assert claims.height >= 1  # the count is still found and marked
    out = highlight_html(HOSTILE, claims)
    assert "<script" not in out and "<img" not in out and "<b>" not in out and "<!--" not in out
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt;" in out and "<mark" in out


@pytest.mark.parametrize("value", [HOSTILE, "</script><script>alert(1)</script>", "AT&T <-> a\\\\<b", "plain"])
def test_script_safe_json_round_trips_without_markup(value: str):
    encoded = json.dumps({"v": [value]}, cls=ScriptSafeJSON)
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"v": [value]}


def test_chart_html_carries_article_strings_as_data_only(tmp_path):
    df = pl.DataFrame({"source": ["</script><script>window.__pwned = 1</script>"], "low": [3]})
    chart = alt.Chart(df).mark_point().encode(y="source:N", x="low:Q", tooltip=["source:N"])
    html_path, _png = save_chart(chart, tmp_path, "hostile")
    html = html_path.read_text()
    assert "__pwned" in html  # the string is there, as data
    assert "<script>window.__pwned" not in html and html.count("</script>") == 2  # only the page's own


def test_reading_order_puts_the_most_disputed_incident_first():
    import datetime as dt

    from crosscount.present import reading_order

    incidents = pl.DataFrame({
        "incident_id": ["i1", "i2", "unlinked-z"],
        "date": [dt.date(2020, 1, 1), dt.date(2020, 2, 1), None],
        "articles": [["b", "a"], ["c"], ["z"]],
    })
    assert reading_order(incidents, ["i2", "i1"]) == ["c", "a", "b", "z"]
    assert reading_order(incidents, []) == ["a", "b", "c", "z"]  # nothing disputed: by date
