"""Reading aids: an article with its claims highlighted, as escaped HTML.

Article text is untrusted input: every character of it goes through
``html.escape``, so markup or ``<script>`` in an article shows as text.
Charts carry article strings (outlets, speakers, quotes) as JSON inside a
``<script>`` element, where ``html.escape`` does not apply but ``</script>``
would still end the element: :class:`ScriptSafeJSON` writes ``<``, ``>`` and
``&`` as JSON escapes there, which the browser's JSON reader turns back into
the same characters.
"""

from __future__ import annotations

import html
import json
from typing import Any

import polars as pl

MEASURE_COLOURS = {
    "projectiles": "#cfe3ff", "projectiles_subset": "#e4eefc", "injured": "#ffe0b3",
    "killed": "#ffc4c4", "casualties": "#e8d5ff",
}


def highlight_html(text: str, claims: pl.DataFrame) -> str:
    """``text`` as HTML with each claim's quote in a <mark> and its figure in a title."""
    parts: list[str] = []
    pos = 0
    for c in claims.sort("start").iter_rows(named=True):
        if c["start"] < pos:  # overlapping claims: the first one is marked
            continue
        high = "" if c["high"] is None else c["high"]
        label = f"{c['measure']} {c['low']}..{high} · {c['speaker'] or 'own voice'} · {c['event']}"
        parts.append(html.escape(text[pos : c["start"]]))
        parts.append(
            f'<mark style="background:{MEASURE_COLOURS.get(c["measure"], "#eee")}" title="{html.escape(label, quote=True)}">'
            f"{html.escape(text[c['start'] : c['end']])}</mark>"
            f'<sup style="color:#666">[{html.escape(label)}]</sup>'
        )
        pos = c["end"]
    parts.append(html.escape(text[pos:]))
    return '<div style="white-space:pre-wrap;font-family:Georgia,serif;line-height:1.5">' + "".join(parts) + "</div>"


class ScriptSafeJSON(json.JSONEncoder):
    """JSON that is safe inside an HTML ``<script>`` element (pass as ``json_kwds={"cls": ...}``)."""

    def encode(self, o: Any) -> str:
        # outside strings JSON has none of these characters, so this only touches string contents
        return super().encode(o).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def reading_order(incidents: pl.DataFrame, disputed_first: list[str]) -> list[str]:
    """Article ids to read, the most disputed incidents' first (then the
    other incidents by date, unlinked articles last)."""
    rank = {incident_id: n for n, incident_id in enumerate(disputed_first)}
    ordered = (
        incidents.with_columns(rank=pl.col("incident_id").replace_strict(rank, default=len(rank), return_dtype=pl.Int64))
        .sort("rank", "date", "incident_id", nulls_last=True)
    )
    return [doc_id for articles in ordered["articles"] for doc_id in sorted(articles)]
