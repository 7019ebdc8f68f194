"""Which articles of a corpus read alike: TF-IDF cosine over words and word pairs.

Two reports of one attack share its particular words ("Celebration Square",
"dining facility", "Jadriya"); reports of different attacks share only the
topic's ("rockets", "Green Zone"). Words are weighted by rarity in the corpus,
so no list of places is needed. Measured on the dev set's 32 articles about
six attacks: the most similar article is about the same attack for 29.

Only articles sharing a term used by at most ``max_df`` articles are scored
against each other, which keeps a large corpus from being compared pair by
pair.

>>> sim = Similarity({"a": "Rockets hit the Balad air base and the Jadriya district.",
...                   "b": "The Balad air base and Jadriya district were hit.",
...                   "c": "A drone hit a base near Kirkuk.",
...                   "d": "Militants fired a drone at Kirkuk airport."})
>>> [b for _s, b in sim.neighbours("a")]
['b']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from crosscount.dates import MONTHS, WEEKDAYS
from crosscount import rules as R
from crosscount.rules import STOP_WORDS

# The verbs every attack report uses, which in a small corpus look rare. The
# nouns stay: rockets, drones and missiles tell attacks apart (dev set: with
# every lexicon as stop words 27 of 32 nearest neighbours were right; with
# the verbs only, 29).
_LEXICONS = [*R.IMPACT_VERBS, *R.FIRE_VERBS, *R.REPORT_VERBS, "attack", "attacks", "base", "bases"]

_WORD = re.compile(r"[a-z][a-z’'-]+")
# Function words and newsroom words that say nothing about which attack.
_STOP = STOP_WORDS | set(
    "a about above after again against all also am an and any are aren't as at be because been before being "
    "below between both but by can could did do does doing down during each few for from further had has have "
    "having he her here hers herself him himself his how i if in into is it its itself just let me more most "
    "my myself no nor not now of off on once only or other our ours out over own same she should so some such "
    "than that the their theirs them themselves then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your yours "
    "said says say told according reported report reports statement added news agency reuters afp "
    "one two three four five six seven eight nine ten first second third new last later earlier "
    "may might must shall us u.s mr ms mrs".split()
    + [*WEEKDAYS, *MONTHS.split("|")]  # dates are checked apart, not matched as words
    # What every report of every attack says: the extraction lexicons.
    + [w for phrase in _LEXICONS for w in phrase.split()]
)


def terms(text: str) -> Counter[str]:
    """Content words and adjacent pairs of them, lower-cased."""
    words = [w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP]
    out = Counter(words)
    out.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return out


#: Terms of each article that propose candidates whatever their count.
RAREST = 8


class Similarity:
    """TF-IDF vectors of a corpus and the cosine between any two articles.

    The IDF is smoothed (``log((1+n)/(1+df)) + 1``) so that words every
    article shares still count: in a corpus about one attack, its place names
    are in every article, and identical copies must score 1. Words in one
    article only cannot link it to anything and are dropped.
    """

    def __init__(self, texts: Mapping[str, str], *, max_df: int = 200) -> None:
        counts = {k: terms(t) for k, t in texts.items()}
        df: Counter[str] = Counter(w for c in counts.values() for w in c)
        n = len(texts)
        self.vectors: dict[str, dict[str, float]] = {}
        # Candidates for neighbours() come from the rarer terms only, so a
        # large corpus is not compared pair by pair.
        self.postings: dict[str, list[str]] = {}
        self.max_df = max_df
        self._neighbours: dict[tuple[str, int, float], list[tuple[float, str]]] = {}
        for k in sorted(counts):
            vec = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in counts[k].items() if df[w] > 1}
            norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
            self.vectors[k] = {w: x / norm for w, x in vec.items()}
            # Its rarest terms always propose candidates, so that an attack
            # covered by more than max_df articles still finds its reports.
            rarest = set(sorted(vec, key=lambda w: (df[w], w))[:RAREST])
            for w in vec:
                if df[w] <= max_df or w in rarest:
                    self.postings.setdefault(w, []).append(k)

    def score(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        if len(vb) < len(va):
            va, vb = vb, va
        return sum(x * vb.get(w, 0.0) for w, x in va.items())

    def neighbours(self, a: str, *, k: int = 5, min_score: float = 0.1) -> list[tuple[float, str]]:
        """Up to ``k`` most similar articles scoring at least ``min_score``
        (most similar first, ties by id so output is stable)."""
        key = (a, k, min_score)
        if key not in self._neighbours:  # corpus-level passes ask for the same article many times
            cands = {b for w in self.vectors[a] for b in self.postings.get(w, ())} - {a}
            ranked = sorted(((s, b) for b in cands for s in [self.score(a, b)] if s >= min_score), key=lambda t: (-t[0], t[1]))
            self._neighbours[key] = ranked[:k]
        return self._neighbours[key]
