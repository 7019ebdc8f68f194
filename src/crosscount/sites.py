"""Attacks on several sites: a count fired at one of them is a part.

GOLD_SCHEMA: "In an attack on several sites, a count for one site ("two
rockets hit Balad") is projectiles_subset". Counts that *hit* a place are
settled in :func:`crosscount.extract.resolve_subsets`; this module settles
counts *fired at* one site, which read as totals unless the article says the
attack had several targets:

>>> text = ("Iran fired missiles at two bases in Iraq. "
...         "State media said 15 missiles were fired at the Ain al-Asad air base.")
>>> several_sites([text]), single_site(text, text.index(" at the Ain"))
(True, 'the Ain al-Asad air base')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from crosscount import rules as R
from crosscount.dates import WEEKDAYS
from crosscount.extract import Claim

_I = re.IGNORECASE

#: The attack had several targets, said in so many words: "at two American military
#: bases", "targeted at least two Iraqi bases", "one of the two bases that were
#: targeted", "a variety of locations", "rockets were also fired at Erbil".
SITE_NOUNS = ("bases", "airbases", "sites", "locations", "targets", "facilities", "installations", "cities",
              "towns", "ships", "vessels", "positions", "airports")
_SEVERAL = (r"(?:two|three|four|five|six|several|multiple|both|various|different"
            r"|a\s+(?:variety|number|series)\s+of)")
_SEVERAL_SITES = R.lower_regex(
    rf"(?:\b(?:fired|launched|rockets?|missiles?|drones?|shells?|mortars?|attacks?|strikes?|barrage)\b[^.;]{{0,80}}?"
    rf"\b(?:at|on|against)\s+(?:at\s+least\s+)?"
    rf"|\b(?:targeted|targeting|struck|hit|hitting|attacked|attacking)\s+(?:at\s+least\s+)?"
    rf"|\bone\s+of\s+the\s+){_SEVERAL}\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{R.alt(SITE_NOUNS)})\b"
    r"|\b(?:were|was|had\s+been|have\s+been)\s+also\s+(?:fired|launched|aimed|directed)\s+at\b"
)
#: Words one of which every match above holds: a sentence without any is skipped.
SITE_WORDS = frozenset({*SITE_NOUNS, "also"})

#: What a count was fired at, after its verb: "fired at the Ain al-Asad air base",
#: "launched 'tens' of missiles at Ain Assad", "targeting Erbil".
_TARGET = re.compile(
    r"[”\"’]?(?:\s+(?!and\b|but\b|while\b|at\b|on\b)[\w’'-]+){0,4}?"
    r"\s+(?:at|on|against|toward|towards|targeting|targeted|inside|into)\s+(?P<site>[^,.;:()“”\"]{2,80})",
    _I,
)
#: A site hit "with" the count, named before it: "struck the Harir base with two drones",
#: "the Rumeilan landing ground had been hit with two drones" (within its line and clause).
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:targeted|targeting|struck|striking|hit|hitting|attacked|attacking|pounded|pounding|shelled|shelling|bombarded)"
    r"\s+(?P<site>[^,.;:()“”\"\n]{2,80}?)"
    r"|(?P<subject>\b(?:the|an?)\s+(?:(?!\b(?:the|an?|said|says)\b)[^,.;:()“”\"\n]){2,60}?)"
    r"\s+(?:had\s+been|has\s+been|was|were)\s+(?:hit|targeted|struck|attacked|shelled)"
    r"|(?:,|\band)\s+(?P<item>(?:the|an?)\s+[^,.;:()“”\"\n]{2,60}?))"  # "..., and the base of Ain al-Asad with 12 rockets"
    r"\s+with\s+(?:at\s+least\s+|some\s+|about\s+|up\s+to\s+)?$",
    _I,
)
#: Where a site's name ends: "the base in western Iraq", "Erbil early on Monday".
_SITE_END = re.compile(
    r"\s+(?:in|near|north|south|east|west|outside|inside|on|at|early|late|overnight|from|as|which|that|where|after"
    r"|before|during|with|killing|wounding|injuring|causing|but|while|and\s+(?:killed|wounded|injured|caused|hit))\b.*$",
    _I,
)
#: Not one site: several ("Al Asad and Irbil", "U.S. forces"), a time ("on Wednesday",
#: "at dawn", "at 9 p.m."), a whole country or region ("at Israel", "at northern Israel").
_NOT_ONE = re.compile(
    rf"\b(?:and|or)\b|&|^\d|\b(?:{R.alt([*SITE_NOUNS, 'forces', 'troops', 'areas', 'interests', 'personnel'])})\b"
    r"|\b(?:least|most|once|night|dawn|dusk|noon|midnight|random|will)\b"
    rf"|^(?:the\s+)?(?:{'|'.join(WEEKDAYS)}"
    rf"|{R.MONTHS}|a|an|several|multiple|two|three|four|five|both|various)\b"
    r"|^(?:the\s+)?(?:northern|southern|eastern|western|central|north|south|east|west)\b"
    rf"|^(?:the\s+)?(?:{R.alt(R.COUNTRIES)})$",
    _I,
)

#: A lower-case plural head: "airbases in Iraq", "U.S. positions" (not "Homs", "the campus").
_PLURAL_HEAD = re.compile(r"\b[a-z][a-z-]*[^su]s$")


def several_sites(sentences: Iterable[str]) -> bool:
    """Whether ``sentences`` (those about the main attack) say it had several targets."""
    return any(_SEVERAL_SITES.search(s.lower()) for s in sentences)


def single_site(text: str, end: int, sentence_end: int | None = None) -> str | None:
    """The one site a count ending at ``end`` was fired at, if it names one.

    >>> single_site("Militias fired 12 rockets at Erbil airport late on Monday.", 25)
    'Erbil airport'
    >>> single_site("Iran fired 22 missiles at Al Asad and Irbil.", 22) is None
    True
    """
    m = _TARGET.match(text, end, len(text) if sentence_end is None else sentence_end)
    return _one(m.group("site")) if m else None


def site_before(text: str, start: int) -> str | None:
    """The one site a count starting at ``start`` hit it "with", named before it.

    >>> site_before("Militants struck the Harir base in the north with two drones.", 50)
    'the Harir base'
    """
    m = _TARGET_BEFORE.search(text, max(0, start - 120), start)
    return _one(m.group("site") or m.group("subject") or m.group("item")) if m else None


def _one(site: str) -> str | None:
    """``site`` cut to its name, if it is one site."""
    site = _SITE_END.sub("", site).strip()
    if not site or _NOT_ONE.search(site) or _PLURAL_HEAD.search(site):
        return None
    return site


def resolve_sites(text: str, claims: list[Claim], sentence_ends: dict[int, int]) -> list[Claim]:
    """For an attack on several sites (:func:`several_sites`): the main attack's
    projectile totals fired at one site become parts of it (new claims; the
    others unchanged). ``sentence_ends`` maps a claim's sentence number to where it ends."""
    out = []
    for c in claims:
        if one_site_total(text, c, sentence_ends.get(c.sentence_no)):
            c = replace(c, measure="projectiles_subset", extra={**c.extra, "subset_basis": "one_site"})
        out.append(c)
    return out


def one_site_total(text: str, c: Claim, sentence_end: int | None) -> bool:
    """Whether ``c`` is a main-attack projectile total fired at one named site."""
    return (c.measure == "projectiles" and c.event == "main" and c.extra.get("subset_basis") in ("total", "impact")
            and (single_site(text, c.end, sentence_end) is not None or site_before(text, c.start) is not None))
