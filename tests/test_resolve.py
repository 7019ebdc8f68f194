from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from crosscount.resolve import build_comparison, build_incidents, link_incidents

D = dt.date


def _docs():
    return pl.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "outlet": ["Out A", "Out B", None, "Out D"],
        "published": [D(2021, 3, 4), D(2021, 3, 5), None, D(2021, 6, 1)],
        "incident_date": [D(2021, 3, 3), D(2021, 3, 4), None, D(2021, 6, 1)],
        "text": [KIRKUK, KIRKUK_B, "Rockets hit somewhere.", ERBIL],
    })


KIRKUK = "Five rockets struck the K1 air base near Kirkuk, wounding two contractors, the Joint Operations Command said."
KIRKUK_B = "Three rockets hit K1 base northwest of Kirkuk; a doctor said one contractor was hurt, the Joint Operations Command said none."
ERBIL = "A drone laden with explosives hit Erbil airport, Kurdish counter-terrorism officials said."
NOISE = [f"Parliament debated the {w} budget in session {i}." for i, w in enumerate(["water", "school", "health"])]


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


def test_two_attacks_on_one_day_in_different_places_stay_apart():
    docs = pl.DataFrame({
        "doc_id": ["k1", "k2", "e1", "e2", *[f"n{i}" for i in range(3)]],
        "incident_date": [D(2021, 3, 3)] * 4 + [None] * 3,
        "text": [KIRKUK, KIRKUK_B, ERBIL, "Erbil airport was hit by an explosives-laden drone, Kurdish counter-terrorism officials said.", *NOISE],
    })
    links = dict(link_incidents(docs, tolerance_days=1).iter_rows())
    assert links["k1"] == links["k2"] and links["e1"] == links["e2"]
    assert links["k1"] != links["e1"]
    # With the similarity gate off, the date alone links them.
    assert link_incidents(docs, tolerance_days=1, min_similarity=0.0)["incident_id"].head(4).n_unique() == 1


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


def test_figures_that_moved_over_time_are_kept_with_their_dates():
    text = "Troops were hurt in the missile attack on the Asad air base in Anbar, the Pentagon said."
    docs = pl.DataFrame({
        "doc_id": ["p1", "p2", "p3", "q1"],
        "outlet": ["Post", "Post", "Post", "Wire"],
        "published": [D(2020, 1, 16), D(2020, 1, 24), D(2020, 2, 10), D(2020, 1, 9)],
        "incident_date": [D(2020, 1, 8)] * 4,
        "text": [text] * 4,
    })
    rows = [("p1", 11, 11), ("p2", 34, 34), ("p3", 109, 109), ("q1", 0, 0), ("q1", 1, None)]
    claims = pl.DataFrame([{"doc_id": d, "measure": "injured", "low": lo, "high": hi, "speaker": None, "event": "main",
                            "quote": f"{lo} hurt", "sentence": "", "start": i, "end": i + 1}
                           for i, (d, lo, hi) in enumerate(rows)], schema_overrides={"high": pl.Int64})
    comp = build_comparison(claims, docs, link_incidents(docs, tolerance_days=1)).filter(pl.col("view") == "outlet")
    post = comp.filter(pl.col("source") == "Post").row(0, named=True)
    assert (post["low"], post["high"], post["last_published"]) == (109, 109, D(2020, 2, 10))  # the latest figure
    assert [(h["published"], h["low"]) for h in post["history"]] == [(D(2020, 1, 16), 11), (D(2020, 1, 24), 34), (D(2020, 2, 10), 109)]
    assert post["self_contradiction"] is False  # a count that moved between articles is no clash
    assert (post["measure_min"], post["measure_max"]) == (0, None)  # every figure ever reported
    wire = comp.filter(pl.col("source") == "Wire").row(0, named=True)
    # "no one was hurt" and "at least one injured" in one article: a clash, shown as their hull
    assert wire["self_contradiction"] is True and (wire["low"], wire["high"]) == (0, None)


def test_a_wire_copy_is_not_an_independent_source():
    docs = _docs().with_columns(copy_of=pl.when(pl.col("doc_id") == "b").then(pl.lit("a")).otherwise(None))
    comp = build_comparison(_claims(), docs, link_incidents(docs, tolerance_days=1))
    proj = comp.filter(pl.col("view") == "outlet", pl.col("measure") == "projectiles").sort("source")
    assert proj.select("source", "independent").rows() == [("Out A", True), ("Out B", False)]
    assert proj["copy_of"].to_list() == [[], ["a"]]
    assert proj["independent_sources"].to_list() == [1, 1]
    # Without near-duplicates marked, both count.
    plain = build_comparison(_claims(), _docs(), link_incidents(_docs(), tolerance_days=1))
    assert plain.filter(pl.col("view") == "outlet", pl.col("measure") == "projectiles")["independent_sources"].to_list() == [2, 2]


def test_speakers_behind_an_outlet_figure():
    comp = build_comparison(_claims(), _docs(), link_incidents(_docs(), tolerance_days=1))
    inj_b = comp.filter(pl.col("view") == "outlet", pl.col("measure") == "injured", pl.col("source") == "Out B").row(0, named=True)
    assert inj_b["speakers"] == ["a doctor"]


@pytest.mark.parametrize(("sentences", "target", "place"), [
    (["Rockets hit Erbil International Airport late on Monday.", "Erbil International Airport hosts coalition troops."],
     "Erbil International Airport", None),
    (["Missiles struck the Ain al-Asad air base in Anbar.", "The Ain al-Asad air base was hit again."], "Ain al-Asad air base", "Anbar"),
    (["Two rockets landed near the US embassy in Baghdad.", "Sirens sounded at the US embassy in Baghdad."], "US embassy", "Baghdad"),
    (["A drone struck a base in the US-led coalition's zone in Syria."], None, "Syria"),
])
def test_incident_target_and_place(sentences, target, place):
    docs = pl.DataFrame({"doc_id": ["x"], "outlet": ["O"], "published": [D(2021, 2, 16)],
                         "incident_date": [D(2021, 2, 15)], "text": [" ".join(sentences)]})
    claims = pl.DataFrame([{"doc_id": "x", "measure": "projectiles", "low": 2, "high": 2, "speaker": None, "event": "main",
                            "quote": "x", "sentence": s, "start": i, "end": i + 1} for i, s in enumerate(sentences)],
                          schema_overrides={"high": pl.Int64})
    row = build_incidents(docs, link_incidents(docs, tolerance_days=1), claims).row(0, named=True)
    assert (row["target"], row["place"]) == (target, place)


def test_figure_timeline_lists_every_figure_in_publication_order():
    from crosscount.resolve import figure_timeline

    docs = _docs()
    rows = figure_timeline(build_comparison(_claims(), docs, link_incidents(docs, tolerance_days=1)))
    inj = rows.filter(pl.col("measure") == "injured").select("published", "source", "low", "high").rows()
    assert inj == [(D(2021, 3, 4), "Out A", 2, 2), (D(2021, 3, 5), "Out B", 0, None)]  # Out B: "none" and "at least one"
