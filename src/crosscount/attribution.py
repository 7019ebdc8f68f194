"""Who gave a figure (speaker) and which attack it belongs to (event).

>>> find_speaker("Two rockets hit the base, an embassy spokesman said.", 0)
'an embassy spokesman'
>>> find_speaker("According to the Iraqi military, eight rockets were fired.", 40)
'the Iraqi military'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from crosscount import rules as R
from crosscount.dates import DAY_WORDS, OPENS_ON_A_DAY, RELATIVE
from crosscount.extract import Claim
from crosscount.text import SentenceIndex, lowered, one_inside_other

_I = re.IGNORECASE
_VERB_TREE = R.trie(R.REPORT_VERBS)
# The patterns below run on the lower-cased sentence (R.lower_regex): a
# speaker's words are then cut from the original at the same offsets.
_NP = r"[a-z“\"]?[\w.’'“”\"-]*(?:\s+(?:of|for|at|in|on|and|the|'s|’s|&)?\s*(?!(?:was|were|is|are|had|has|have)\s)(?:[\w.’'“”\"-]+|\([\w.-]{2,12}\)(?!\s*[-–—]))){0,10}?"  # "(SEMA)"; not a dateline's "(Reuters) -"

# "X said", "X told reporters", "X reported"
_SUBJ_VERB = R.lower_regex(rf"(?:^(?:[•▪●◦‣∙*]\s*)?|[,;:“”\"—–(]\s*|\s-{{1,2}}\s+|\bthat\s+|\band\s+|\bbut\s+)(?!(?:{_VERB_TREE})\b)(?P<np>{_NP})\s+(?:(?:also|later|earlier|had|has|have|previously|initially|first|soon|quickly|subsequently|again|publicly|officially)\s+)*(?P<verb>{_VERB_TREE})\b(?!\s+by\b|\s+(?:as\s+)?(?:killed|dead|injured|wounded|hurt|missing)\b|(?<=posted)\s+(?:at|near|outside|inside|along|around|behind)\b)")  # "a truce announced by X": passive; "civilians reported killed", "listed as missing"; "guards posted at the gate"
# "A coalition spokesman, Col. Wayne Marotto, said": the name between commas
_APPOSITIVE = R.lower_regex(rf",\s*(?P<np>(?:who|which)\s[^,;:]{{0,150}}|{_NP}),\s+(?P<verb>said|says|told|added|wrote|tweeted|confirmed|announced|stated|reported)\b")
# An aside between the speaker and the verb: "A U.S. official, who spoke on condition of
# anonymity, said", "Medics, speaking to Reuters by phone, said", "The army, in a brief
# statement, said", "The Islamic Resistance, an umbrella group of militias, said".
_ASIDE = R.lower_regex(r"(?:who|which|whose|speaking|writing|in|on|at|citing|quoting|asked|reached|contacted"
                       r"|however|meanwhile|though|too|also|instead|likewise|for\s+(?:its|their|his|her)\s+part"  # "The ministry, however, said"
                       r"|\w+ed\s+(?:on|in|by|at|late|early|from|via|shortly|hours|later)(?=\s))\b")  # "A second advisory, issued on Sunday, said"
_DESCRIPTION = R.lower_regex(r"(?:a|an|the)\b")  # an aside only between two commas
_BEFORE_COMMA = R.lower_regex(r"(?:^|[,;:“”\"—–(]\s*|\bthat\s+|\band\s+|\bbut\s+)(?P<np>[^,;:“”\"—–()]{2,90}?)\s*,\s*$")
# A name runs to the next punctuation; a full stop after a one-letter word
# ("U.S. Embassy", "J. Smith") or a title ("Lt. Col. Ali Hassan") is part of it.
_TITLES = ("col", "gen", "lt", "maj", "capt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "dr", "mr", "mrs", "ms",
           "sen", "rep", "gov", "pres", "prof", "rev", "st", "jr", "no")
_TITLE_STOP = "|".join(rf"(?<=\b{t})\." for t in _TITLES)
_NAME = rf"(?:[^,.;:“”\"]|(?<=\b\w)\.|{_TITLE_STOP}){{2,80}}"
# ", said X"
_VERB_SUBJ = R.lower_regex(rf"[,”\"]\s*(?P<verb>said|says|reported|added|wrote|tweeted|posted|according\s+to)\s+(?P<np>{_NAME})")  # not "told": its object is the listener
# "per the ministry" only where it opens a clause: not "rockets per day"
_ACCORDING = R.lower_regex(rf"(?:\b(?:according\s+to|citing|quoting)|(?:^|,\s*)per(?=\s+(?:the|a|an|\w+[’']s)\s))\s+(?P<np>{_NAME})")
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "which", "who", "officials had"}
_REFERRING = ("he", "she", "they", "it", "we")  # pronouns that stand for an earlier speaker
_BAD_START = re.compile(rf"^(?:the\s+)?(?:{R.ATTACK_NOUN}s?|rockets?|missiles?|statement|report|there|that|this|which|it)\b", _I)  # "The bombing has claimed 14 lives"


#: What a speaker's name is cut from: a dateline or page date line before it
#: ("BAGHDAD - ", "date 2020-01-16 "), an adverb after it ("officials reportedly said").
_LEAD_JUNK = re.compile(r"^(?:date\s+\d{4}-\d\d-\d\d\s+|(?:[A-Z][A-Z.'’-]*\s+)+-{1,2}\s+)")
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:requested|asked|spoke|declined|was\s+not|were\s+not|is\s+not|are\s+not)\b.*$", _I)
_ADVERB = R.lower_regex(r"(?:reportedly|also|later|earlier|now|then|previously|initially|first|separately|originally|soon|quickly|subsequently|again|publicly|officially)")
_TRAIL_ADVERB = re.compile(r"\s+(?:reportedly|also|later|earlier|now|then|previously|initially|first|separately|originally|soon|quickly|subsequently|again|publicly|officially)$", _I)
_CHANNEL = re.compile(r"^(?:a|an|the)\s+(?:\w+\s+)?(?:message|statement|post|tweet|report|video)\s+"
                      r"(?:(?:published|posted|issued|released|put\s+out|shared)\s+by|from|by)\s+", _I)
_OWN_STATEMENT = re.compile(r"^(.+?)[’']s?\s+(?:\w+\s+)?(?:statement|tweet|post|message|report|announcement|figures|data|tally|count|estimates?|numbers)$", _I)
#: Not a speaker: a passive ("no injuries were reported"), a zero ("none of
#: the rockets"), a place or time ("in a statement"), a lone function word.
_NOT_SPEAKER = re.compile(
    r"^(?:no|none|nobody|neither|in|on|at|by|from|with|per|after|before|since|during|who|which|whose|speaking)\b"
    r"|\b(?:was|were|is|are|been|be|being|has|have|had|and|or|but)$"
    r"|^(?:claimed|said|says|announced|reported|confirmed|told)\b"  # "claimed responsibility and said": no name
    r"|^(?:but|and|or|so|yet|now|then|initial|initially|reportedly|also|later|earlier|first|previously"
    r"|other|others|some|many|most|all|both|a|an|the)$"
    # what was said, not who: "..., said two rockets fell inside the base"
    r"|\b(?:rockets?|missiles?|drones?|mortars?|shells|projectiles?|fell|landed|struck|killed|wounded|injured)\b",
    _I,
)


#: Data rather than who gave it: "preliminary data", "our data", "the latest information from X" (X's).
_DATA_SOURCE = re.compile(
    r"^(?:the\s+)?(?:(?:our|its|their|latest|preliminary|initial|first|updated|available|current|early)\s+)+"  # not "official figures": the officials'
    r"(?:data|information|info|figures|estimates?)(?:\s+(?:from|of|by)\s+(?P<owner>.+))?$"  # not "initial reports": reports speak
    r"|^(?:the\s+)?(?:[\w-]+\s+)?(?:data|information|info|figures)\s+(?:from|of|by)\s+(?P<owner2>.+)$", _I)
_SPACES = re.compile(r"\s+")
_LEAD_WORD = re.compile(r"^(?:and|but|that|as|while|when|however|according\s+to|citing"
                        r"|(?:(?:is|was)\s+)?(?:up|down)\s+from\s+(?:the\s+)?[\w,.]+(?:\s+(?:that|which))?)\s+", _I)  # "up from the four (that) the department reported"
_IN_A_STATEMENT = re.compile(r"\s+(?:in|on)\s+a\s+(?:statement|tweet|post|briefing).*$", _I)
_ON_A_DAY = re.compile(r"\s+(?:(?:on|in)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|x)"
                       r"|(?:via|on)\s+(?:twitter|x|telegram|facebook|instagram|social\s+media))\b.*$", _I)
_LETTER = re.compile(r"[A-Za-z]")


_CLAUSE_VERB = re.compile(r"\b(?:were|was|are|is|had|have|has|will)\b")
_PREPOSITION_END = re.compile(r"\b(?:by|of|about|on|to|from|with|at|for|in)$", _I)


def _clean(np: str) -> str | None:
    np = _SPACES.sub(" ", np).strip(" “”\"'’,")
    np = _LEAD_JUNK.sub("", np)
    np = _LEAD_WORD.sub("", np)
    np = _IN_A_STATEMENT.sub("", np)
    np = _ON_A_DAY.sub("", np)
    np = _TRAIL_ADVERB.sub("", np)
    np = _TRAIL_AGE.sub("", np)
    np = _WHO_CLAUSE.sub("", np)  # "an Iraqi official who requested anonymity": the official
    np = _CHANNEL.sub("", np)  # "a message published by the embassy", "a statement from the army": the army
    np = _OWN_STATEMENT.sub(r"\1", np)  # "the military’s statement": the military
    if data := _DATA_SOURCE.match(np):
        # "according to preliminary data": no one; "the latest information from the republic's leadership": its owner
        owner = data.group("owner") or data.group("owner2")
        return _clean(owner) if owner else None
    if np.lower() in _REFERRING:
        return np.lower()  # "it said": resolved to the speaker before (attribute)
    if not np or len(np) > 90 or _BAD_START.match(np) or _NOT_SPEAKER.search(np) or _PREPOSITION_END.search(np):
        return None  # "I am appalled by (reports that)": no name
    if np.lower() in _PRONOUNS:
        return np.lower()
    if not _LETTER.search(np):
        return None
    return np


def speaker_candidates(sentence: str) -> list[tuple[int, str]]:
    """Every source ``sentence`` credits, as (offset of its verb, name)."""
    low = lowered(sentence)
    verbs = [m.start() for m in _REPORT_VERB.finditer(low)]
    according = "accord" in low or "citing" in low or "quoting" in low or "per " in low
    if not (verbs or according or " -" in sentence or "–" in sentence or "—" in sentence):
        return []  # every pattern below needs a reporting verb, "according to", "citing" or a dash
    cands: list[tuple[int, str]] = []
    for m in _ACCORDING.finditer(low) if according else ():
        np = _clean(sentence[m.start("np") : m.end("np")])
        if np:
            cands.append((m.start(), np))
    inverted: list[tuple[int, str]] = []  # ", said X": X is the speaker only if the verb has no subject before it
    for m in _VERB_SUBJ.finditer(low):
        if m.group("verb").startswith("according"):
            continue
        if m.group("np").startswith(("that ", "the number", "it ")) or _CLAUSE_VERB.search(m.group("np")):
            continue  # ", said that ...", ", said a boy and his mother were among the dead": what was said, not who
        np = _clean(sentence[m.start("np") : m.end("np")])
        if np and np.lower() not in _PRONOUNS:
            inverted.append((m.start("verb"), np))
    subjects: set[int] = set()
    for m in _subject_verb(low, verbs):
        start, end = m.start("np"), m.end("np")
        bare = start == end or _ADVERB.fullmatch(low, start, end) is not None
        if bare:
            # "The Pentagon, which runs the base, later said", "Kataib Hezbollah, an
            # Iran-aligned militia, claimed": an aside ends at the verb
            start = _aside_start(low, start)
        start, end = _past_aside(low, start, end, description=bare)
        np = _clean(sentence[start:end])
        if np:
            cands.append((m.start("verb"), np))
            subjects.add(m.start("verb"))
    # "Kalamos Maritime, the ship's manager, said one of the crew died": the words after
    # a verb that has its subject are what was said
    cands.extend(c for c in inverted if c[0] not in subjects)
    if sentence[-1:] not in ".!?”\"" and (m := _SOURCE_AFTER_DASH.search(sentence)) and (np := _clean(m.group("np"))):
        # A headline's source after a dash credits its last clause:
        # "...; 4 civilians killed - Kurdish officials".
        cands.append((sentence.rfind(";", 0, m.start()) + 1, np))
    if not cands:
        for m in _APPOSITIVE.finditer(low):
            start, end = _past_aside(low, m.start("np"), m.end("np"), description=True)
            np = _clean(sentence[start:end])
            if np and np.lower() not in _PRONOUNS:
                cands.append((m.start("verb"), np))
    return cands


_LINK = R.lower_regex(r"\b(?:with|by|to|from|against|is|was|are|were|than)\s+")


def _aside_start(low: str, at: int) -> int:
    """Where the aside that ends with the comma before ``at`` starts, else ``at``."""
    if low[:at].rstrip()[-1:] != ",":
        return at
    b = _BEFORE_COMMA.search(low, 0, at)
    if b and _AGE.fullmatch(b.group("np")) and (name := _BEFORE_COMMA.search(low, 0, b.start("np"))):
        return name.start("np")  # "Ali Hassan, 35, said": the name (its age is cut by _clean)
    return b.start("np") if b and (_ASIDE.match(low, b.start("np")) or _DESCRIPTION.match(low, b.start("np"))) else at


_AGE = re.compile(r"\s*\d{1,3}\s*")
_TRAIL_AGE = re.compile(r",\s*\d{1,3}$")


def _past_aside(low: str, start: int, end: int, *, description: bool = False) -> tuple[int, int]:
    """The speaker's span: the words before the comma when those at
    ``start:end`` are an aside ("who spoke on condition of anonymity", or
    between two commas a description: "an umbrella group of militias")."""
    aside = _ASIDE.match(low, start) or (description and _DESCRIPTION.match(low, start))
    if not aside or low[:start].rstrip()[-1:] != ",":
        return start, end
    b = _BEFORE_COMMA.search(low, 0, start)
    if b is not None and _AGE.fullmatch(b.group("np")) and low[: b.start("np")].rstrip()[-1:] == ",":
        b = _BEFORE_COMMA.search(low, 0, b.start("np"))  # "Saleh al-Abidi, 35, who lives nearby, said": the name before the age
    if b is None:
        return start, end
    # "conflicts with the Joint Military Command, which alleges": the name after the last link word
    link = None
    for link in _LINK.finditer(low, b.start("np"), b.end("np")):
        pass
    return (link.end() if link else b.start("np")), b.end("np")


# Where _SUBJ_VERB can start; its own leading alternation, tried at every
# position, costs more than the rest of the match.
_SUBJ_START = re.compile(r"[,;:“”\"—–(]|-|(?:that|and|but)\s")
_DASH = re.compile(r"-{1,2}\s")
_REPORT_VERB = R.lower_regex(rf"\b(?:{_VERB_TREE})\b")


def _subject_starts(low: str) -> Iterator[int]:
    """Where one of _SUBJ_VERB's opening alternatives can match, in order."""
    yield 0
    for m in _SUBJ_START.finditer(low):
        p = m.start()
        c = low[p]
        if c == "-":
            if p and low[p - 1].isspace() and _DASH.match(low, p):
                yield p - 1  # " - " / " -- ": the alternative starts at the space
        elif c in _PUNCT or (p and not (low[p - 1].isalnum() or low[p - 1] == "_")):
            yield p  # punctuation, or "that"/"and"/"but" as a whole word


def _subject_verb(low: str, verbs: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_SUBJ_VERB.finditer(low)``, tried only where one can
    start and only while a reporting verb (offsets ``verbs``) lies ahead:
    each match ends with one."""
    if not verbs:
        return
    resume = 0
    for pos in _subject_starts(low):
        if pos >= verbs[-1]:
            return
        if pos < resume:
            continue
        m = _SUBJ_VERB.match(low, pos)
        if m:
            resume = max(m.end(), pos + 1)
            yield m


_PUNCT = set(",;:“”\"—–(")
#: "Drone attack wounds 2 soldiers - Iraqi military": a headline's source, at its end.
_SOURCE_AFTER_DASH = re.compile(r"\s[-–—]{1,2}\s+(?P<np>(?:[A-Z][\w.’'-]*|U\.S\.)(?:\s+[\w.’'-]+){0,4})\s*$")


def find_speaker(sentence: str, claim_pos: int, *, candidates: list[tuple[int, str]] | None = None) -> str | None:
    """The source credited in ``sentence`` nearest to the claim at ``claim_pos``.

    In nested reporting ("Reuters reported that officials said ...") the
    innermost speaker before the claim is credited. ``candidates`` are the
    sentence's :func:`speaker_candidates` when already known.
    """
    cands = speaker_candidates(sentence) if candidates is None else candidates
    if not cands:
        return None
    # Prefer the last speaker before the claim (nested reporting), else the first after;
    # not one of an earlier figure ("rose to 11, up from the four the department reported").
    before = [c for c in cands if c[0] <= claim_pos]
    if len(before) < len(cands):
        if _UP_FROM_AT.match(sentence, claim_pos):
            cands, before = [c for c in cands if c[0] > claim_pos], []  # the earlier figure's own speaker follows it
        elif up := _UP_FROM_CLAUSE.search(sentence, claim_pos):
            cands = [c for c in cands if c[0] < up.start()]
            if not cands:
                return None
    pick = max(before) if before else min(cands)
    after = [c for c in cands if c[0] > claim_pos]
    if pick[1] in ("we", "i") and after:
        pick = min(after)  # "'We counted 14 missiles,' said a resident": the quoted speaker
    # "Reuters reported, citing security sources", "State TV, quoting the governor, said":
    # the source cited is the innermost speaker.
    low = sentence.lower()
    cited = [c for c in cands if c is not pick and abs(c[0] - pick[0]) <= 80 and low.startswith(("citing", "quoting"), c[0])]
    return min(cited, key=lambda c: abs(c[0] - pick[0]))[1] if cited else pick[1]


_UP_FROM_AT = re.compile(r"(?:up|down)\s+from\b", _I)  # an earlier figure: "up from the four the department reported"
_UP_FROM_CLAUSE = re.compile(r",\s*" + _UP_FROM_AT.pattern, _I)
_MONTHS = R.MONTHS
#: Cues that a sentence is about another, earlier attack (background).
#: A verb in the perfect, the tense of tallies: "have fired", "has been hit", "have already shot".
_PERFECT_TENSE = r"\b(?:have|has)\s+(?:been\s+)?(?:\w+\s+)?\w+(?:ed|en|wn|ot)\b"
BACKGROUND_CUES: list[tuple[str, str]] = [
    ("last-week", rf"\blast\s+(?:week|month|year|summer|winter|spring|autumn|{_MONTHS})\b"),
    ("earlier", rf"^\W*earlier\s*,\s*(?:on\s+(?:{_MONTHS})\.?\s+\d|on\s+\d{{1,2}}\s+(?:{_MONTHS})|in\s+(?:{_MONTHS}|(?:19|20)\d\d)\b)"  # "Earlier, on August 2, a drone ..."
                rf"|\bearlier\s+(?:this|that|the\s+same)\s+(?:week|month|year)\b|\bearlier\s+(?:attacks?|strikes?|incidents?)\b|\b(?:previous|prior)\s+(?:attacks?|strikes?|incidents?|barrages?|assaults?)\b"),
    ("in-month", rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTHS})\b(?!\s+\d{{1,2}}\b)"),
    ("in-year", r"\bin\s+(?:19|20)\d\d\b"),
    # "the 150th attack since October 17, when a drone wounded two soldiers": what follows (before "since", tried first)
    ("since-when", rf"\bsince\s+(?:(?:late|early|mid-?)\s*)?(?:{R.MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?,?\s+when\b"),
    ("since", rf"\bsince\s+(?:19|20)\d\d\b|\bsince\s+(?:late|early|mid-?)\s*\w+|\bsince\s+(?:{R.MONTHS})\b(?!\.?\s+\d)"
              rf"|\bsince\s+(?:{R.MONTHS})\.?\s+(?:19|20)\d\d\b"),  # "since October 2023"
    ("recent-years", r"\bin\s+recent\s+(?:years|months|weeks)\b|\bover\s+the\s+(?:past|last)\s+(?:(?:few|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:years?|months?|weeks)\b"),
    ("years-ago", r"\b(?:\w+|\d+)\s+(?:years?|months?|weeks?)\s+ago\b"),
    ("strike-that-killed", r"\b(?:air\s*strikes?|drone\s+strikes?|strikes?|attacks?|raids?|assassination)(?:\s+(?:on|in|at|near)\s+[\w.’' -]{1,40}?)?\s+(?:that|which)\s+(?:also\s+)?killed\b"),
    ("day-after", r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:after|before|earlier)\b"),
    # a tally over many attacks: "have come under attack at least 55 times since then, and 59 ...",
    # "Since Oct. 17 there have been 134 attacks ...", "have been injured in those attacks"
    ("tally", r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:(?:of\s+)?[\w-]+\s+)?(?:attacks|times)\b[^.;]{0,80}?\bsince\b"
              r"|\bsince\b[^.;]{0,80}?\b(?:\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?attacks\b"
              rf"|{_PERFECT_TENSE}[^.;]{{0,40}}?\b(?:in|across|during)\s+(?:those|these|all\s+(?:those|these|the))\s+attacks\b"),
    ("anniversary", r"\banniversary\b"),
    ("similar", r"\b(?:a|an|another)\s+similar\s+(?:\w+\s+)?(?:attack|strike|incident|assault)\b"),
    # a response is another attack: "In response, Israeli jets struck ..." (not "In retaliation for X, Iran fired ...")
    ("retaliat", r"\bretaliatory\b|^\W*in\s+(?:response|retaliation)\s*,"),
    # "In a separate attack on Aug. 29", "Separately, ...", "In another strike"
    ("separate", r"\b(?:a|another)\s+separate\s+(?:[\w-]+\s+)?(?:attack|strike|incident|assault|barrage)\b"
                 r"|\bin\s+another\s+(?:[\w-]+\s+)?(?:attack|strike|incident|assault)\b|^\W*separately\b"
                 r"|\b(?:a|another)\s+separate\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|mortar|shell)s?\b"),  # "A separate drone aimed at At-Tanf"
    ("hours-earlier", r"\b(?:hours|minutes)\s+earlier\b|\bearlier\s+(?:in\s+the\s+day|that\s+day)\b"),
    # cumulative tolls: "since the start of the year", "since the war began"
    ("since-start", r"\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\b"
                    r"|\bsince\s+the\s+(?:(?:full-scale|russian|israeli|ground|military)\s+)?(?:war|conflict|fighting|offensive|invasion"
                    r"|coup|takeover|uprising|revolution|insurgency|siege)\b"
                    r"|\bso\s+far\s+this\s+year\b"
                    # tolls since a truce: "since the ceasefire", "since the signing of the agreement", "since it took effect"
                    r"|\bsince\s+(?:the|a)\s+(?:[\w.-]+\s+)?(?:ceasefire|cease-fire|truce|armistice|signing)\b"
                    r"|\bsince\s+(?:it|the\s+[\w-]+)\s+(?:took|came\s+into)\s+(?:effect|force)\b"),
    # a tally in the perfect, from its verb on: "militants have fired 60 rockets at the base this year"
    ("this-year", rf"{_PERFECT_TENSE}[^.;]{{0,80}}?\bthis\s+(?:year|month)\b"),
    # "Tuesday's incident follows an attack on a bulk carrier on Saturday in which ..."
    ("follows", r"\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:an?|the|another)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault|incident)s?\b"),
    # a link to another story: "Related: Drone kills two in Erbil"
    ("related", r"^\W*(?:related|read\s+more|see\s+also|more\s+on\s+this)\s*:"),
]
_BG = [(slug, re.compile(p, _I)) for slug, p in BACKGROUND_CUES]
_BG_BY_SLUG = dict(_BG)
# All cues in one pattern: one pass over a sentence instead of one per cue.
_SLUGS = {f"c{i}": slug for i, (slug, _p) in enumerate(BACKGROUND_CUES)}
#: For each cue, strings one of which (lower case) stands in each of its matches:
#: a sentence is scanned only for the cues whose strings it holds.
CUE_NEEDS: dict[str, tuple[str, ...]] = {
    "last-week": ("last",), "earlier": ("earlier", "previous", "prior"),
    "in-month": tuple(_MONTHS.split("|")), "in-year": ("in",), "since": ("since",), "since-when": ("since",),
    "recent-years": ("recent", "past", "last"), "years-ago": ("ago",), "strike-that-killed": ("killed",),
    "day-after": ("after", "before", "earlier"), "tally": ("since", "those", "these"), "anniversary": ("anniversary",), "similar": ("similar",),
    "retaliat": ("retaliat", "response"), "separate": ("separate", "another"), "hours-earlier": ("earlier",),
    "since-start": ("since", "so far"), "this-year": ("this year", "this month"), "follows": ("follow", "came", "comes"),
    "related": ("related", "read", "see", "more"),
}


@functools.lru_cache(maxsize=1024)  # news sentences hold few cue words: a few dozen subsets in practice
def _cues_regex(cues: tuple[int, ...]) -> re.Pattern[str]:
    """The cues numbered ``cues`` in one pattern: one pass over a sentence instead of one per cue."""
    return R.lower_regex("|".join(f"(?P<c{i}>{BACKGROUND_CUES[i][1]})" for i in cues))


_NEEDS = [(i, CUE_NEEDS[slug]) for i, (slug, _p) in enumerate(BACKGROUND_CUES)]
#: Every cue holds one of these words ("midJanuary" too): a sentence without one has no cue.
CUE_WORDS = frozenset({
    "last", "earlier", "previous", "since", "recent", "past", "killed", "after", "before",
    "anniversary", "retaliatory", "retaliation", "response", "ago", "similar", "separate", "separately", "another",
    "far", "those", "these", "follows", "followed", "prior", "year", "month", "related", "read", "see", "summer", "winter", "spring", "autumn", *(str(y) for y in range(1900, 2100)),
    *_MONTHS.split("|"), *(f"mid{m}" for m in _MONTHS.split("|")),
})
#: A sentence that goes on with the previous one's attack or tally: "In both instances, ...",
#: "On the Israeli side, 14 soldiers have been killed" after "Since October, strikes have killed 350".
_CONTINUES = re.compile(r"^\W*(?:that|the\s+earlier|the\s+previous|the\s+same)\s+(?:attack|strike|barrage|assault|incident)\b"
                        r"|^\W*in\s+one\s+of\s+(?:them|these|those|the\s+(?:\w+est|largest|worst))\b"  # "In one of the largest, ..."
                        r"|^\W*(?:in|during)\s+the\s+same\s+(?:week|month|day|night|period|attack|strike|raid)\b"  # "In the same week, ..."
                        r"|\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b"  # "Israel responded the next day with strikes"
                        r"|\b(?:in\s+both\s+(?:instances|cases|attacks)|in\s+(?:that|those|each|the\s+earlier)\s+(?:attacks?|instances?|incidents?|cases?|strikes?|raids?|barrages?)|both\s+attacks)\b"
                        r"|^\W*on\s+the\s+(?:[\w-]+\s+){0,2}?side\b", _I)
_REPORTED_CUE = re.compile(rf"(?:{_VERB_TREE})\s*$|^\s*,?\s*(?:the\s+)?[\w.’' -]{{0,40}}?\b(?:{_VERB_TREE})\b", _I)
_REPORTED_BEFORE = re.compile(rf"(?:{_VERB_TREE})\s*$", _I)
_ATTACK_NOUN = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|rockets?|missiles?|bombings?|killed|assassination)\b", _I)


_UNLIKE_BEFORE = re.compile(r"\b(?:unlike|like|(?<!more )(?<!less )(?<!fewer )than)\s+$")  # not a qualifier: "more than 190 attacks since"
_LATEST_OF = re.compile(r"\b(?:latest|last|newest|most\s+recent|\w+(?:st|nd|rd|th))\s+(?:in\s+a\s+(?:series|string|wave)\s+)?(?:of|in|among)\s+"
                        r"(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost)\s+)?$")
_MADE_BEFORE = re.compile(r"\b(?:built|founded|established|opened|constructed|commissioned|born|elected|created|formed"
                          r"|signed|introduced|adopted|passed|made|bought|acquired|delivered"
                          r"|taken|filmed|shot|recorded|posted|uploaded|(?:is|was|are|were|dates)\s+from)"  # a photo's year
                          r"(?:\s+(?:in|at|near)\s+[\w-]+){0,2}\s+$")  # "the photo was taken in Izium in 2022"
#: Not attacks: "a post shared more than 6,000 times since March 12".
_SHARED_BEFORE = re.compile(r"\b(?:shared|viewed|watched|retweeted|reposted|liked|played|downloaded|cited|quoted|read)\s+"
                            r"(?:(?:more\s+than|over|about|nearly|some|almost)\s+)?$")
_COMPARED = {"last-week", "since", "since-start", "in-year", "in-month", "years-ago", "recent-years"}
_COMPARISON = re.compile(r"\b(?:heaviest|largest|biggest|deadliest|bloodiest|fiercest|worst|highest|longest|most|first)\b(?:[^.;,]|(?<=\b\w)\.)*$")  # "U.S." is no stop


def background_cue(sentence: str) -> str | None:
    """Slug of the first cue that places a sentence in another attack, else None.

    A time cue that dates the reporting rather than the attack ("Last week,
    the Pentagon said the number was 34") keeps the claim on the main attack.
    """
    low = lowered(sentence)
    cues = tuple(i for i, needs in _NEEDS if any(n in low for n in needs))
    for m in _cues_regex(cues).finditer(low) if cues else ():
        slug = _SLUGS[m.lastgroup]
        if slug in _COMPARED and _COMPARISON.search(low, max(0, m.start() - 120), m.start()):
            continue  # "the heaviest barrage since last summer": a yardstick, not a figure's attack
        if _UNLIKE_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "unlike in April, some got through": a yardstick
        if slug == "tally" and _LATEST_OF.search(low, max(0, m.start() - 60), m.start()):
            continue  # "two drones hit Erbil, the latest of at least 17 attacks since Oct. 17": the main one
        if slug == "tally" and _SHARED_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "a post shared 6,000 times since March 12": no attacks
        if slug == "in-year" and _MADE_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "a vessel built in 2011": a thing's year, not an attack's
        if slug == "last-week":
            after = sentence[m.end() : m.end() + 50]
            before = sentence[max(0, m.start() - 30) : m.start()]
            reported = _REPORTED_CUE.match(after) or _REPORTED_BEFORE.search(before)
            if reported and not _ATTACK_NOUN.search(after[:25]):
                continue
        return slug
    return None


class SentenceCues:
    """Background cue of each sentence, computed when first asked for: most
    sentences hold no figure and are never asked. "In both instances, ..."
    inherits the previous sentence's cue."""

    def __init__(self, text: str, index: SentenceIndex) -> None:
        self._text = text
        self._spans = index.sentences
        self._memo: dict[int, str | None] = {}
        # Every cue holds one of these words: sentences without one have none.
        self._maybe = set(index.sentences_with(CUE_WORDS))
        # Paragraphs that open with "Separately,": the whole paragraph is the other attack's.
        self._separate = sorted(no for no in index.sentences_with(frozenset({"separately"}))
                                if _SEPARATELY.match(text, self._spans[no].start))

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, no: int) -> str | None:
        asked, inheriting = no, []
        while no not in self._memo:
            span = self._spans[no]
            sent = self._text[span.start : span.end]
            cue = background_cue(sent) if no in self._maybe else None
            if cue is None and self._separate and self._in_separate_paragraph(no):
                cue = "separate"
            if cue is None and no > 0 and _OPENS_ON_A_DAY.match(sent) and _NTH_IN_PERIOD.search(self._sentence(no - 1)):
                cue = "earlier"  # "This is the second barrage in three days. On Friday, ...": the one before
            if cue is None and no > 0 and _CONTINUES.search(sent):
                inheriting.append(no)
                no -= 1
                continue
            self._memo[no] = cue
        for n in inheriting:
            self._memo[n] = self._memo[no]
        return self._memo[asked]

    def _sentence(self, no: int) -> str:
        return self._text[self._spans[no].start : self._spans[no].end]

    def _in_separate_paragraph(self, no: int) -> bool:
        """Whether sentence ``no`` follows a "Separately," in its paragraph."""
        i = bisect.bisect_right(self._separate, no) - 1
        if i < 0:
            return False
        opener = self._separate[i]
        return _BLANK_LINE.search(self._text, self._spans[opener].end, self._spans[no].start) is None


_SEPARATELY = re.compile(r"\W*separately\b", _I)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_NTH_IN_PERIOD = re.compile(
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+)?(?:attack|barrage|strike|salvo|incident|assault)s?"
    r"\s+(?:in|this|within|since)\b", _I)
_OPENS_ON_A_DAY = re.compile(OPENS_ON_A_DAY, _I)


def sentence_cues(text: str, index: SentenceIndex) -> SentenceCues:
    """Background cue of each sentence (lazily), see :class:`SentenceCues`."""
    return SentenceCues(text, index)


def attribute(text: str, claims: list[Claim], index: SentenceIndex, cues: SentenceCues) -> list[Claim]:
    """Fill ``speaker`` and ``event`` of each claim in place (``cues`` from
    :func:`sentence_cues`); returns the claims."""
    out = []
    said = _SaidIn(text, index)
    turns = sorted(transcript_turns(text) + headline_sources(text)) if ":" in text else []
    turn_starts = [t.start for t in turns]
    for c in claims:
        span = index.sentences[c.sentence_no] if index.sentences else None
        sent = text[span.start : span.end] if span else text
        rel = c.start - (span.start if span else 0)
        speaker = find_speaker(sent, rel, candidates=said(c.sentence_no) if span else None)
        if speaker in _REFERRING:
            speaker = _previous_speaker(said, index, c.sentence_no) or speaker
        elif speaker is None and span and sent[:1] in _OPENING_QUOTES and c.sentence_no > 0:
            speaker = _introducer(index, said, c.sentence_no)
        if turns and (speaker is None or speaker in ("we", "i")):
            at = bisect.bisect_right(turn_starts, c.start) - 1
            if at >= 0 and c.start < turns[at].end:
                speaker = turns[at].speaker  # a briefing's answer, a headline's "Centcom:": that speaker's figures
        cue = cues[c.sentence_no] if cues else None
        if cue and c.sentence_no < LEAD and _news_cue_start(sent, cue) is not None:
            cue = None  # the lead "Pakistan recalled its envoy a day after an Iranian strike killed two": the news is that strike
        if cue in _AFTER_ONLY and not _cue_before(sent, rel, cue) and not (cue == "since-when" and _tally_before_since(sent)):
            cue = None  # "Two rockets hit X, a day after the strike that killed Y": main
        elif cue in _TIME_CUES and _cue_in_other_clause(sent, rel, rel + len(c.quote), cue):
            cue = None  # "Three rockets hit the base, which was attacked in March": the time is the clause's
        event = f"other:{cue}" if cue else "main"
        c.speaker, c.event = speaker, event  # the claims are this article's own: filled in place
        out.append(c)
    full: dict[str, str] = {}
    antecedents = _Antecedents(text)
    for c in out:
        if c.speaker and _SHORT_NAME.fullmatch(c.speaker):
            c.speaker = full.setdefault(c.speaker, full_name(text, c.speaker))
        elif c.speaker and _KIND_ONLY.match(c.speaker):
            c.speaker = antecedents(c.speaker, c.start)
    return out


class Turn(NamedTuple):
    """A transcript's turn: who speaks from ``start`` to ``end``."""

    start: int
    end: int
    speaker: str


#: A reporter's label in a transcript: "Q:", "QUESTION (TASS):".
_REPORTER_LABELS = ("Q", "QUESTION", "REPORTER")
#: A transcript's speaker label at a line's start: "MAJ. GEN. PAT RYDER:", "Q:", "MR. KIRBY:".
_LABEL = re.compile(r"^(?P<label>(?:" + "|".join(_REPORTER_LABELS) + r")(?=[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:)|(?:[A-Z][A-Z’'.-]*\.?[ \t]){0,5}[A-Z][A-Z’'-]+)(?:,[ \t]*[A-Z][A-Z ]{2,40})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)", re.M)
#: Labels of page furniture, not speakers: "UPDATE: ...", "READ MORE: ...".
_NOT_LABELS = frozenset({"UPDATE", "UPDATED", "BREAKING", "WATCH", "PHOTO", "PHOTOS", "VIDEO", "READ MORE", "RELATED",
                         "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "SOURCE", "SOURCES", "LIVE", "ANALYSIS",
                         "CAPTION", "CREDIT", "TAGS", "TOPICS", "SEE ALSO", "ALSO READ", "OPINION", "DEVELOPING", "EXCLUSIVE"})
_TRANSCRIPT_TURNS = 3  # labelled lines, of two speakers at least: a dialogue, not one label


def transcript_turns(text: str) -> list[Turn]:
    """The turns of a briefing or interview transcript ("NAME: words", "NAME, TITLE: words"), in order.

    A turn runs to the next label; the last one to its line's end (the story may
    go on after the transcript). A reporter's "Q:" is "a reporter"; a short label
    takes the fullest label or form the text gives of that name.

    >>> t = "MS. JEAN SMITH: Two rockets hit.\\nQ: How many?\\nSMITH: Two.\\nThe end."
    >>> [(t[a:b], who) for a, b, who in transcript_turns(t)]
    [('MS. JEAN SMITH: Two rockets hit.\\n', 'Ms. Jean Smith'), ('Q: How many?\\n', 'a reporter'), ('SMITH: Two.', 'Ms. Jean Smith')]
    """
    labels = [m for m in _LABEL.finditer(text) if m.group("label") not in _NOT_LABELS]
    if len(labels) < _TRANSCRIPT_TURNS or len({m.group("label") for m in labels}) < 2:
        return []
    names = [m.group("label") for m in labels]
    speakers = {label: _label_speaker(text, label, names) for label in set(names)}  # one lookup per speaker, not per turn
    turns = []
    for i, m in enumerate(labels):
        line_end = text.find("\n", m.end())
        end = labels[i + 1].start() if i + 1 < len(labels) else (line_end if line_end >= 0 else len(text))
        turns.append(Turn(m.start(), end, speakers[m.group("label")]))
    return turns


#: A headline's source before a colon: "Centcom: three missiles fired, two hit" (no full stop after it).
_HEADLINE_SOURCE = re.compile(r"^(?P<src>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}):[ \t]+[^\n]{4,150}?(?<![.\s])[ \t]*$", re.M)


def headline_sources(text: str) -> list[Turn]:
    """Headlines that open with their source ("MDA: Man, 58, hurt by shrapnel").

    A place opens headlines the same way ("Odesa: Death toll rises to seven"), so
    a label is a source only where the text shows it speaking: "MDA said",
    "according to MDA".

    >>> t = "Medics: Two hurt in rocket fire\\nOdesa: Toll rises to 7\\nThe medics said two were hurt in Odesa."
    >>> [(t[a:b], who) for a, b, who in headline_sources(t)]
    [('Medics: Two hurt in rocket fire', 'Medics')]
    """
    out = []
    for m in _HEADLINE_SOURCE.finditer(text):
        src = m.group("src")
        if src.upper() not in _NOT_LABELS and _speaking(src).search(text):
            out.append(Turn(m.start(), m.end(), src))
    return out


@functools.lru_cache(maxsize=256)
def _speaking(name: str) -> re.Pattern[str]:
    n = re.escape(name).replace(r"\ ", r"\s+")
    return re.compile(rf"\b{n}(?:[’']s\s+\w+)?\s+(?:(?:also|later|earlier|has|had|have)\s+)?(?:{_VERB_TREE})\b"
                      rf"|\b(?:according\s+to|citing|quoting|said|says)\s+(?:the\s+)?{n}\b", re.I)


def _label_speaker(text: str, label: str, labels: list[str]) -> str:
    if label in _REPORTER_LABELS:
        return "a reporter"
    full = max((n for n in labels if n == label or n.endswith(" " + label)), key=len)
    # the name as the text prints it ("Maj. Gen. Robert Ellison, Pentagon Press Secretary"), else title case
    for found in re.finditer(rf"\b{re.escape(full)}\b", text, re.I):
        if not found.group().isupper():
            return found.group()
    return full.title()


def carry_on(text: str, index: SentenceIndex, claims: list[Claim], cues: SentenceCues) -> None:
    """Main claims of a sentence that goes on, in its paragraph, with one whose
    claims are all another attack's take that attack ("Some 15 rockets were
    fired at Metula on Tuesday night. Five were intercepted."), unless it names
    a day of its own ("Monday's attack wounded two")."""
    if all(c.event == "main" for c in claims):
        return  # nothing to go on with
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_no, []).append(c)
    dated = set(index.sentences_with(DAY_WORDS))
    for no in sorted(by_sentence):
        prev = by_sentence.get(no - 1)
        if not prev or any(c.event == "main" for c in prev) or cues[no] is not None or no in dated:
            continue
        span, before = index.sentences[no], index.sentences[no - 1]
        if _BLANK_LINE.search(text, before.end, span.start) or RELATIVE.search(text, span.start, span.end):
            continue
        for c in by_sentence[no]:
            if c.event == "main":
                c.event = prev[-1].event


_SHORT_NAME = re.compile(rf"(?:(?:{'|'.join(t.capitalize() for t in _TITLES)})\.?\s+)+(?P<surname>[A-Z][\w’'-]+)")  # "Mr. Kiper", "Mr Kachalla"
# a capitalised word, an initial or a title, never a sentence's last word ("Ali. The")
_CAPITALISED = rf"(?:(?:{'|'.join(t.capitalize() for t in _TITLES)}|[A-Z])\.\s+|[A-Z][\w’'-]*\s+)"


def full_name(text: str, short: str) -> str:
    """The fullest form the article gives of a titled short name, so that one
    person is one speaker ("Col. Marotto" -> "Col. Wayne Marotto").

    >>> full_name("Col. Wayne Marotto said two rockets hit. Later, Col. Marotto said three.", "Col. Marotto")
    'Col. Wayne Marotto'
    """
    m = _SHORT_NAME.fullmatch(short)
    if m is None:
        return short
    surname = m.group("surname")
    best = short
    for f in re.finditer(rf"{_CAPITALISED}{{1,4}}{re.escape(surname)}\b", text):
        name = _LEAD_CAPITAL.sub("", f.group(0)).strip()
        if _name_words(name) > _name_words(best) and name.split()[0] not in _SENTENCE_OPENERS:
            best = name
    return best


#: A speaker named by its kind alone, in lower case: "the ministry", "the regional governor".
_KIND_ONLY = re.compile(r"^[Tt]he\s+(?:(?P<mod>[a-z-]+)\s+)?(?P<head>[a-z]{4,})$")
_NAME_WORD = r"(?:[A-Z][\w.’'-]*|\d+(?:st|nd|rd|th))"  # "SAF 6th Infantry Division"
#: The kinds that are no one's name: an anonymous source names no earlier office.
_ANONYMOUS_KINDS = frozenset({"source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
                              "witness", "witnesses", "residents", "resident", "crew", "volunteer", "correspondent",
                              "that", "which", "this", "these", "those", "there", "then"})  # "the group that": no kind
#: Modifiers that any one of the kind may take: "the regional governor" is the governor named.
_ANY_OF_KIND = frozenset({"regional", "local", "provincial", "same"})


def named_antecedent(text: str, speaker: str, before: int) -> str:
    """The name that a speaker given by its kind alone stands for: the one of
    that kind the article names before offset ``before`` ("the governor" ->
    "Belgorod Governor Vyacheslav Gladkov", "the ministry" -> "Ukraine's
    Defence Ministry"). The speaker stays as it is where none or several are
    named ("the governor" after three regions' governors), or where its
    modifier is not the name's ("the health ministry" is no "Defence Ministry").

    >>> named_antecedent("Governor Vyacheslav Gladkov said so. Two died, the governor said.", "the governor", 40)
    'Governor Vyacheslav Gladkov'
    """
    return _Antecedents(text)(speaker, before)


class _Antecedents:
    """:func:`named_antecedent` for one article, each kind's names found once
    (one scan of the text per kind, not per claim: long articles stay linear)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._memo: dict[tuple[str, str | None], tuple[list[int], list[str | None]]] = {}

    def __call__(self, speaker: str, before: int) -> str:
        m = _KIND_ONLY.match(speaker)
        if m is None or m.group("head") in _ANONYMOUS_KINDS:
            return speaker
        key = (m.group("head"), m.group("mod"))
        if key not in self._memo:
            self._memo[key] = _kind_names(self._text, *key)
        ends, names = self._memo[key]
        at = bisect.bisect_right(ends, before) - 1
        return (names[at] if at >= 0 else None) or speaker


def _kind_names(text: str, kind: str, mod: str | None) -> tuple[list[int], list[str | None]]:
    """Where each name of ``kind`` ends, and the one name the text gives up to
    there (None where it gives several)."""
    titled = rf"(?:{_NAME_WORD}\s+){{0,3}}(?i:{kind})\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\b"  # "regional governor Oleh Kiper"
    named = rf"(?:{_NAME_WORD}\s+){{0,4}}{kind.capitalize()}(?:\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?\b"
    ends: list[int] = []
    states: list[str | None] = []
    names: list[str] = []
    for f in re.finditer(rf"\b(?:{titled}|{named})", text):
        name = _LEAD_CAPITAL.sub("", f.group(0)).rstrip(".")
        words = name.split()
        if len(words) < 2 or (mod and mod not in _ANY_OF_KIND and mod not in name.lower().split()):
            continue
        same = [n for n in names if one_inside_other(words, n.split())]
        if not same:
            names.append(name)
        elif len(words) > max(len(n.split()) for n in same):
            names = [name if n in same else n for n in names]  # the fullest form of one name
        ends.append(f.end())
        states.append(names[0] if len(names) == 1 else None)
    return ends, states


def _name_words(name: str) -> int:
    """Words of a name other than titles: "Babagana Kachalla" has more than "Mr Kachalla"."""
    return sum(w.rstrip(".").lower() not in _TITLES for w in name.split())


_LEAD_CAPITAL = re.compile(r"^(?:(?:The|A|An|In|On|At|But|And|As|When|While|After|Before|By|From|Mr|Ms|Mrs)\s+)+")
_SENTENCE_OPENERS = {"He", "She", "They", "It", "We"}


def _tally_before_since(sent: str) -> bool:
    """"The Houthis have fired 80 missiles since March, when ...": a tally in the
    perfect before "since", which counts more than the main attack."""
    m = _BG_BY_SLUG["since-when"].search(sent)
    return bool(m and _PERFECT.search(sent, 0, m.start()))


_PERFECT = re.compile(_PERFECT_TENSE, _I)
#: Cues that only place what follows them in the other attack.
_AFTER_ONLY = {"this-year", "day-after", "strike-that-killed", "retaliat", "separate", "hours-earlier", "follows", "since-when"}


def main_part(sentence: str, cue: str | None, *, lead: bool = False) -> str:
    """The part of a sentence about the main attack: all of it without a cue,
    the text before the cue for cues that only place what follows them
    ("Rockets hit X on Saturday, a day after the strike that killed Y"),
    the text from the cue on in a lead whose news is that attack ("Pakistan
    recalled its envoy on Wednesday, a day after a strike killed two"), else nothing."""
    if cue is None:
        return sentence
    if lead and (news := _news_cue_start(sentence, cue)) is not None:
        return sentence[news:]
    if cue in _TIME_CUES and (spans := _cue_clauses(sentence, cue)):
        # "On Tuesday, militants fired eight rounds into the town that was their stronghold
        # until August 2021": the rest of the sentence, without the clauses, is the main attack's
        kept, at = [], 0
        for start, end, _ in sorted(spans):
            kept.append(sentence[at : max(at, start)])
            at = max(at, end)
        return "".join(kept) + sentence[at:]
    if cue not in _AFTER_ONLY:
        return ""
    m = _BG_BY_SLUG[cue].search(sentence)
    return sentence[: m.start()] if m else sentence


_ATTACK_WORD = re.compile(r"\b(?:attack\w*|strikes?|struck|airstrikes?|rockets?|missiles?|drones?|mortars?|shell\w*|bomb\w*"
                          r"|fired|launched|hit|killed|wounded|injured|intercepted)\b", _I)


#: Sentences of a story's lead: a headline, a byline and a date line may come first.
LEAD = 5


_NEWS_AFTER = {"day-after", "hours-earlier", "follows", "strike-that-killed"}


def _news_cue_start(sent: str, cue: str) -> int | None:
    """Where the cue starts, if the sentence opens on news that is no attack before it
    ("Pakistan recalled its envoy a day after an Iranian strike killed two"), else None."""
    if cue not in _NEWS_AFTER:
        return None
    m = _BG_BY_SLUG[cue].search(sent)
    return m.start() if m is not None and m.start() > 20 and _ATTACK_WORD.search(sent, 0, m.start()) is None else None


#: Cues of a time, and the relative clause that may hold one after a claim.
_TIME_CUES = {"last-week", "in-month", "in-year", "years-ago", "since"}
_RELATIVE_OPEN = re.compile(
    r"(?:,\s*(?:who|which|whose|where|when)\b|\b(?:that|which|who)\s+(?:was|were|had|has|have|is|are)\b)"
    r"(?:[^,;:()]|(?<=\d),(?=\d))*$", _I)  # "1,600" is no comma
_PARTICIPLE_AFTER = re.compile(r"\s*(?:and\s+)?\w+ing\b", _I)
_CLAUSE_END = re.compile(r"[;:()]|,(?!(?<=\d,)\d)")


def _cue_clauses(sent: str, cue: str) -> list[tuple[int, int, bool]] | None:
    """The relative clauses (start, end, whether a participle follows) that hold
    every match of ``cue``, else None."""
    spans = []
    for m in _BG_BY_SLUG[cue].finditer(sent):
        rel = _RELATIVE_OPEN.search(sent, max(0, m.start() - 120), m.start())
        if rel is None:
            return None
        close = _CLAUSE_END.search(sent, m.end())
        end = close.start() if close else len(sent)
        spans.append((rel.start(), end, close is not None and _PARTICIPLE_AFTER.match(sent, close.end()) is not None))
    return spans or None


def _cue_in_other_clause(sent: str, claim_start: int, claim_end: int, cue: str) -> bool:
    """Whether every match of ``cue`` stands in a relative clause that leaves the
    claim out: opened after it ("wounding a man, who had stayed when residents
    left in October") or closed before it ("into the town that was their
    stronghold until August 2021, killing three civilians"). Closed before the
    claim, the clause described a place of the main clause only if a participle
    follows; not the subject ("The war, which began in 2017, has killed 6,000")."""
    spans = _cue_clauses(sent, cue)
    return spans is not None and all(start >= claim_end or (end <= claim_start and participle)
                                     for start, end, participle in spans)


def _cue_before(sent: str, rel: int, cue: str) -> bool:
    matches = list(_BG_BY_SLUG[cue].finditer(sent))
    if not matches:
        return True  # a cue the sentence goes on with (SentenceCues): all of it
    if cue in _WITHIN:
        return any(m.start() <= rel < m.end() for m in matches)
    return any(m.start() <= rel for m in matches)


#: Cues that place only what stands inside them: "the base, which has been attacked
#: twice this year, killing one": "killing one" is the main attack's.
_WITHIN = {"this-year"}


class _SaidIn:
    """Speaker candidates of each sentence, found once: claims share sentences."""

    def __init__(self, text: str, index: SentenceIndex) -> None:
        self._text = text
        self._spans = index.sentences
        self._memo: dict[int, list[tuple[int, str]]] = {}

    def __call__(self, no: int) -> list[tuple[int, str]]:
        if no not in self._memo:
            span = self._spans[no]
            self._memo[no] = speaker_candidates(self._text[span.start : span.end])
        return self._memo[no]


_OPENING_QUOTES = ("“", '"', "‘", "'")


def _introducer(index: SentenceIndex, said: _SaidIn, sentence_no: int) -> str | None:
    """For a quotation that names no speaker, the last speaker of the sentence
    before ("The military said in a statement that ... “Several rockets ...")."""
    span = index.sentences[sentence_no - 1]
    sp = find_speaker("", span.end - span.start, candidates=said(sentence_no - 1))
    return None if sp in _PRONOUNS else sp


def _previous_speaker(said: _SaidIn, index: SentenceIndex, sentence_no: int) -> str | None:
    for no in range(sentence_no - 1, max(-1, sentence_no - 4), -1):
        span = index.sentences[no]
        sp = find_speaker("", span.end - span.start, candidates=said(no))
        if sp and sp not in _PRONOUNS:
            return sp
    return None
