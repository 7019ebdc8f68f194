from __future__ import annotations

import datetime as dt

import polars as pl

from crosscount.resolve import build_comparison, build_incidents, link_incidents

D = dt.date


def _docs():
    return pl.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "outlet": ["Out A", "Out B", None, "Out D"],
        "published": [D(2021, 3, 4), D(2021, 3, 5), None, D(2021, 6, 1)],
        "incident_date": [D(2021, 3, 3), D(2021, 3, 4), None, D(2021, 6, 1)],
        "text": ["x", "y", "z", "w"],
    })


def _claims():
    rows = [
        ("a", "projectiles", 5, 5, None), ("b", "projectiles", 3, 3, "the army"),
        ("b", "injured", 0, 0, None), ("b", "injured", 1, None, "a doctor"),
        ("a", "injured", 2, 2, None),
    ]
    return pl.DataFrame([{"doc_id": d, "measure": m, "low": lo, "high": hi, "speaker": sp, "event": "main",
                          "quote": f"{lo} {m}", "sentence": f"{lo} {m}.", "start": i, "end": i + 1}
                         for i, (d, m, lo, hi, sp) in enumerate(rows)],
                        schema_overrides={"high": pl.Int64})


def test_linking_by_date_with_tolerance():
    links = dict(link_incidents(_docs(), tolerance_days=1).iter_rows())
    assert links["a"] == links["b"]
    assert links["d"] != links["a"]
    assert links["c"] == "unlinked-c"  # no date: never forced into an incident
    assert link_incidents(_docs(), tolerance_days=0).filter(pl.col("doc_id").is_in(["a", "b"]))["incident_id"].n_unique() == 2


def test_incidents_table():
    docs = _docs()
    links = link_incidents(docs, tolerance_days=1)
    inc = build_incidents(docs, links, _claims())
    first = inc.filter(pl.col("articles").list.contains("a")).row(0, named=True)
    assert first["articles"] == ["a", "b"] and first["outlets"] == ["Out A", "Out B"] and first["date"] == D(2021, 3, 3)
    assert inc.filter(~pl.col("linked"))["articles"].to_list() == [["c"]]


def test_comparison_intervals_and_disagreement():
    docs = _docs()
    comp = build_comparison(_claims(), docs, link_incidents(docs, tolerance_days=1))
    outlet = comp.filter(pl.col("view") == "outlet")
    proj = outlet.filter(pl.col("measure") == "projectiles").sort("source")
    assert proj.select("source", "low", "high").rows() == [("Out A", 5, 5), ("Out B", 3, 3)]
    assert proj["consistent"].to_list() == [False, False]
    assert proj["measure_min"].to_list() == [3, 3] and proj["measure_max"].to_list() == [5, 5]
    inj_b = outlet.filter(pl.col("measure") == "injured", pl.col("source") == "Out B").row(0, named=True)
    assert inj_b["self_contradiction"] is True  # "no injuries" and "at least one"
    speakers = set(comp.filter(pl.col("view") == "speaker")["source"])
    assert {"the army", "a doctor", "Out A", "Out B"} <= speakers
