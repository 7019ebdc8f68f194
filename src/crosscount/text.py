"""Sentences with character offsets into the original text.

A regex splitter rather than spaCy: it keeps offsets exact, runs in one C
pass over the text, and handles what news copy needs (abbreviations such
as "U.S." and "Jan.", headlines without a full stop, hard line breaks
inside sentences).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "maj",
    "rep", "sen", "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "approx", "vs", "etc", "a.m", "p.m", "inc", "corp",
    "co", "jr", "sr", "adm", "cmdr", "pvt", "spc", "cpl", "brig", "mt", "ft",
}
# A candidate end: ., ! or ? (with closing quotes/brackets) then space, or a line break.
# Blank lines always end a sentence: one candidate for the run, not one per line.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n(?:[ \t]*\n)+|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: Words a sentence cannot end with: a line break after one is inside a sentence.
_OPEN_WORD = re.compile(r"\b(?:a|an|the|of|to|and|or|in|on|at|by|for|with|from|that|its|their|his|her)[ \t]*$")


class Span(NamedTuple):
    """A sentence's offsets (a tuple: made by the thousand, it must be cheap)."""

    start: int
    end: int


_RUN = re.compile(r"[\w.]+")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("U.S.", "Jan.") or an initial."""
    # The run of word characters and dots that ends with this full stop.
    piece = text[max(0, stop - 40) : stop + 1].rsplit(None, 1)[-1]
    if not _RUN.fullmatch(piece):
        word = _WORD_BEFORE.search(piece)
        piece = word.group(1) if word else ""
    token = piece.lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


#: Words that start a sentence after a time: "... at 4 a.m. Nobody was hurt." (but "3 a.m. Baghdad time").
_OPENERS = frozenset(
    "the a an no nobody none it he she they we there this that these those but and in on at after "
    "before when while as by later earlier officials police witnesses residents one two three four "
    "five six seven eight nine ten several some most all both".split()
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _clock_ends(text: str, stop: int, pos: int) -> bool:
    """Whether the full stop of "a.m." or "p.m." at ``stop`` also ends the sentence."""
    if text[max(0, stop - 3) : stop + 1].lower() not in ("a.m.", "p.m."):
        return False
    nxt = _NEXT_WORD.match(text, pos, pos + 20)
    return bool(nxt) and nxt.group(1).lower() in _OPENERS


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans of ``text``; whitespace between sentences is excluded.

    >>> t = "Two rockets hit the U.S. embassy. No one was hurt.\\nHeadline"
    >>> [t[s.start:s.end] for s in sentence_spans(t)]
    ['Two rockets hit the U.S. embassy.', 'No one was hurt.', 'Headline']
    """
    spans: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        first, pos = m.span()
        if text[first] == "\n":
            # A blank line ends a sentence; a hard line break inside one continues in
            # lower case (a window: slicing the rest is quadratic on long texts), or
            # after a word no sentence ends with ("killed an\nAmerican contractor").
            if pos - first == 1 and (text[pos : pos + 80].lstrip(" \t")[:1].islower()
                                     or _OPEN_WORD.search(text, max(0, first - 12), first)):
                continue
        else:
            rest = text[pos : pos + 3].lstrip(" \t")
            if rest and (rest[0].islower() or (text[first] == "." and _abbreviation_before(text, first)
                                               and not _clock_ends(text, first, pos))):
                continue
        _append(spans, text, start, pos)
        start = pos
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append(Span(start + lead, start + lead + len(stripped)))


def one_inside_other(a: list[str], b: list[str]) -> bool:
    """Whether the shorter of two word lists runs, in order, inside the other.

    >>> one_inside_other(["mark", "milley"], ["gen.", "mark", "milley"]), one_inside_other(["a"], ["b"])
    (True, False)
    """
    short, long_ = sorted((a, b), key=len)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept, for case-free scans.

    ``str.lower`` may lengthen a character ("İ" becomes two); such rare
    characters are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=16)
def _word_scan(words: frozenset[str]) -> re.Pattern[str]:
    from crosscount.rules import trie

    if not all(_WORD.fullmatch(w) and w == w.lower() for w in words):
        raise ValueError("scanned words are lower-case runs of word characters")
    return re.compile(rf"\b(?:{trie(words)})\b")


class SentenceIndex:
    """Find the sentence around any offset in a text (bisect lookups), and
    where given words stand in it.

    ``words`` declares up front the words rules will ask for
    (:meth:`word_positions`): all are then found in one scan of the text.
    """

    def __init__(self, text: str, *, words: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.sentences = sentence_spans(text)
        self._starts = [s.start for s in self.sentences]
        self._lower: str | None = None
        self._words = words
        self._hits: dict[str, list[int]] | None = None
        self._sents: dict[str, set[int]] = {}  # word -> numbers of the sentences holding it

    def _declared_hits(self) -> dict[str, list[int]]:
        if self._hits is None:
            self._hits = {}
            for m in _word_scan(self._words).finditer(self.lower):
                self._hits.setdefault(m.group(), []).append(m.start())
        return self._hits

    def word_positions(self, words: frozenset[str]) -> list[int]:
        """Sorted offsets where one of ``words`` (lower-case, word characters
        only) stands as a whole word, case aside."""
        if not words <= self._words:
            return [m.start() for m in _word_scan(words).finditer(self.lower)]
        hits = self._declared_hits()
        return sorted(p for w in words & hits.keys() for p in hits[w])

    def has_any(self, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands in the text (as :meth:`word_positions`)."""
        if not words <= self._words:
            return _word_scan(words).search(self.lower) is not None
        return not self._declared_hits().keys().isdisjoint(words)

    def sentences_with(self, words: frozenset[str]) -> list[int]:
        """Numbers of the sentences holding one of ``words``, in order."""
        if not words <= self._words:
            return sorted({self.sentence_no(p) for p in self.word_positions(words)})
        hits = self._declared_hits()
        found: set[int] = set()
        for w in words & hits.keys():
            if w not in self._sents:
                self._sents[w] = {self.sentence_no(p) for p in hits[w]}
            found |= self._sents[w]
        return sorted(found)

    @property
    def lower(self) -> str:
        """The text lower-cased (:func:`lowered`), computed once."""
        if self._lower is None:
            self._lower = lowered(self.text)
        return self._lower

    def sentence_no(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def sentence(self, offset: int) -> Span:
        return self.sentences[self.sentence_no(offset)]
