"""Claims: every count an article states, with its interval, quote and offsets.

Matching is regex-first, on the lower-cased text: a prefix tree of quantity
words finds where a quantity (ANCHOR) can start, and only around those
anchors, and only when a counted noun or a verb of the rules follows in the
sentence, does Python look at the words to decide what is counted. Rules
(what is counted) are data in :mod:`crosscount.rules`; who said it and which
attack it is about are resolved afterwards in :mod:`crosscount.attribution`.

>>> [(c.measure, c.low, c.high, c.quote) for c in extract_claims("Two rockets hit the base.")]
[('projectiles', 2, 2, 'Two rockets hit')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from crosscount import rules as R
from crosscount.numbers import SCALES, TENS, UNITS, WORD_NUMBER, Interval, apply_qualifier, parse_quantity
from crosscount.text import SentenceIndex

MEASURES = ("projectiles", "projectiles_subset", "injured", "killed", "casualties")

_I = re.IGNORECASE
ANCHOR = re.compile(
    rf"(?<![\w$£€.,/-])(?:(?P<qual>{R.QUALIFIER_RE})\s+[“\"‘']?)?"
    # a range: "between 15 and 20", "three to four", "two or three", "7-9"
    # (the lookahead lets the anchors that start no range skip it cheaply)
    r"(?:(?=between\s|[\w-]++\s++(?:to|or)\s|\d++\s*+[-–]\s*+\d)"
    rf"(?:between\s+(?P<lo2>{R.DIGIT_NUMBER}|{R.WORD_NUMBER})\s+and\s+"
    rf"|(?P<lo>{R.DIGIT_NUMBER}|{R.WORD_NUMBER})\s+(?:to|or)\s+|(?P<lo3>{R.DIGIT_NUMBER})\s*[-–]\s*(?=\d)))?"
    rf"(?P<qty>{R.QUANTITY_RE}|{R.ORDINAL_ONE_RE}|an?|no)"
    r"(?![\w%$]|[.,]\d|-\d|-(?:year|month|week|day|hour|minute|mile|km|mm|foot|feet|met|kilo|inch|story|storey|point|member|way)|\s*(?:mm|millimet|%|percent|per\s+cent)\b)",
    _I,
)
# Where ANCHOR can start: a qualifier, a quantity word or phrase, or a digit,
# as a prefix tree over the lower-cased text. Scanning for these and trying
# ANCHOR only there finds the same matches as ANCHOR.finditer, several times
# faster: ANCHOR's long alternation is tried branch by branch at every position.
_ANCHOR_WORDS = [
    *R.QUALIFIERS, *R.VAGUE, *R.IDIOMS, *UNITS, *TENS, *SCALES,
    "another", "the last", "the first", *(f"{a} {o}" for a in ("a", "the") for o in R.ORDINALS), "a", "an", "no", "between",
]
_CANDIDATE = re.compile(rf"(?<![\w$£€.,/-])(?:{R.trie(_ANCHOR_WORDS)}(?!\w)|\d)")
def _trigger(phrase: str) -> str:
    """A phrase's last word that is not a stop word ("rushed to hospital with" -> "hospital")."""
    words = re.split(r"[\s-]", phrase.lower())
    return next((w for w in reversed(words) if w not in R.STOP_WORDS), words[-1])


# Words one of which must follow an anchor in its sentence for it to make a
# claim: the counted noun's last word, or a verb of the anaphor rules
# ("three landed", "two were killed"). Anchors without one are skipped.
TRIGGER_WORDS = frozenset(
    _trigger(w)
    for w in (*R.PROJECTILE_NOUNS, *R.PEOPLE_NOUNS, *R.MEASURE_NOUNS, *R.IMPACT_VERBS, *R.FIRE_VERBS, *R.PEOPLE_VERBS,
              "destroyed", "crossed", "flew")  # verbs of the anaphor rule only
)
_HEADLINE_VERBS = frozenset({"killed", "wounded", "injured", "hurt", "dead", "dies"})
#: Every word the extractor asks a SentenceIndex for (declare them to share one scan).
#: The head words of the toll rules (_NUMBER_OF, _BRINGING): articles without one skip them.
_KIN_WORDS = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                        "child", "baby", "grandson", "granddaughter", "grandmother", "grandfather",
                        "uncle", "aunt", "cousin", "nephew", "niece"})
_TALLY_WORDS = frozenset({"number", "total", "toll", "tally", "figure", "count"})
WORDS = TRIGGER_WORDS | _HEADLINE_VERBS | _TALLY_WORDS | _KIN_WORDS | frozenset().union(*R.ZERO_RULE_WORDS.values())
_INCLUDING = re.compile(r"\b(?:including|with|among\s+them)\s+$", re.I)
_WORDLIKE = re.compile(r"[\w$]")
_ORDINAL = re.compile(R.ORDINAL_ONE_RE, re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", re.I)
_OF_WHOLE_BEFORE = re.compile(r"(?:\b(?:one|two|three|four|five|\d+|some|most|all|each|many|none|half|majority|bulk|rest)\s+(?:out\s+)?of"
                              r"|\bout\s+of)\s+(?:the\s+)?$", re.I)  # "35 were shot down, out of 40 launched"
_AGED = re.compile(r"\b(?:aged|ages?\s+of)\s+(?:between\s+)?(?:\d+(?:\s*,\s*|\s+and\s+|\s+to\s+))*$", re.I)  # "aged 5, 7 and 9", "between the ages of 9 and 14"
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.I)
_OTHER_BEFORE = re.compile(r"\b(?:the\s+other|other|a\s+further|an\s+additional)\s*$", re.I)  # "a further 20 or so projectiles"
#: Projectiles named (in lower-cased text): "rockets", "one-way attack UAS", "Shahed-136s";
#: not bombs and charges, which may be planted ("the first one exploded near the tea seller").
_PROJ_MENTION = re.compile(
    rf"\b(?:{R.trie(sorted({w.lower() for w in R.PROJECTILE_NOUNS} - R.DROPPED_ONLY - {'bombs', 'mortar bomb', 'mortar bombs'} | {'mortar'}))})\b")
_ANCHOR_LOWER = R.lower_regex(ANCHOR.pattern)
#: A month right before a numeral makes it a day ("on Oct. 19 caused minor injuries").
_MONTH_BEFORE = R.lower_regex(rf"\b(?:{R.MONTHS})\.?\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:a|an|the|in|since|of|during|until|by|from|to|early|late|mid|its|their|[\w]+['’]s)\s+$"
                          r"|\b(?:19|20)\d\d(?:\s*,|\s+and|\s+or)\s+$")  # "in coups in 2020 and 2021"
_YEAR_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|war|conflict|elections?|offensive|incidents?|barrages?|bombings?|assaults?|raids?"
    r"|invasion|ceasefire|truce|protests?|report|agreement|deal|uprising|revolution|campaign)\b")
_DESIGNATOR_BEFORE = re.compile(rf"\b(?:{R.alt(R.DESIGNATORS)})\s+$")
TOKEN = re.compile(r"[\w$][\w.’'&/-]*\w|[\w$]|[,;:()“”\"—–-]")

PROJ = {w.lower() for w in R.PROJECTILE_NOUNS}
#: First words of the heads of more than one word ("mortar rounds", "loss of life").
HEAD_FIRST = {h.lower().split()[0] for h in (*R.PROJECTILE_NOUNS, *R.PEOPLE_NOUNS, *R.MEASURE_NOUNS) if " " in h}
PEOPLE = {w.lower() for w in R.PEOPLE_NOUNS}
NOT_HEAD = {w.lower() for w in R.PROJECTILE_NOT_HEAD}
_ATTACK_NOUNS = {"attacks", "strikes"}
_MEASURE_NOT_HEAD = {"event", "events", "incident", "incidents", "report", "reports", "figure", "figures", "list",
                     "lists", "evacuation", "evacuations", "rate", "rates", "estimate", "estimates", "ward", "wards"}
_HEADLINE_VERB_NOUNS = {"strike", "attack", "fire"}
IMPACT = set(R.IMPACT_VERBS)
SUBSET_MODS = {"other", "more", "remaining", "additional", "further", "others"}
REJECT_MODS = {"unused", "unexpended", "unfired", "unlaunched", "unexploded", "undetonated", "spare", "found", "seized", "stockpiled", "failed-to",
               "interceptor", "patriot",  # "fired two interceptor missiles": the defence's, not the attack's
               "car", "roadside", "truck", "pipe", "nail", "petrol", "molotov", "parcel", "sticky", "magnetic",
               "limpet"}  # planted or thrown bombs
MEASURE_HEADS = {"casualty", "casualties", "victim", "victims", "deaths", "fatalities", "injuries"}
PEOPLE_ADJ = {"injured": "injured", "wounded": "injured", "dead": "killed", "tbi": "injured"}
_HEDGE = r"(?:estimated|believed|thought|said|understood|reported|known|feared)\s+to\s+have"
AUX = (r"(?:were|was|have|has|had|are|is|been|being|reportedly|reported|confirmed|declared|pronounced|also|later|all|slightly"
       r"|seriously|critically|lightly|badly|severely|moderately|now|both|fatally|mortally|then|directly|allegedly|apparently"
       r"|subsequently|eventually|since|which|that|who|not|initially|still|(?:may|might|could)\s+have"  # "may have landed"
       rf"|{_HEDGE}\s+been)")  # "are believed to have been killed" (not "gunmen believed to have killed a soldier")
#: Projectiles fall or land by themselves: "is estimated to have fallen".
PROJ_AUX = rf"(?:{AUX}|{_HEDGE}|managed\s+to|failed\s+to)"  # "two of them managed to hit the market"


@dataclass(slots=True)
class Claim:
    """One count stated in a text. Offsets are into the original text."""

    measure: str
    low: int
    high: int | None
    qualifier: str | None
    start: int
    end: int
    quote: str
    rule: str
    verb: str | None = None
    sentence_no: int = 0
    sentence: str = ""
    speaker: str | None = None
    event: str = "main"
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _NounPhrase:
    head: str  # lower-cased head noun
    kind: str  # proj | people | measure
    mods: list[str]
    end: int  # offset after the head noun


def _norm(tok: str) -> str:
    return tok.lower().rstrip(".").replace("’", "'")


#: How far after a quantity its counted noun may start (characters).
NOUN_REACH = 120


def noun_phrase(text: str, pos: int, limit: int, *, max_mods: int = 4) -> _NounPhrase | None:
    """The counted noun after a quantity: "two unguided Katyusha rockets" -> rockets."""
    found = TOKEN.finditer(text, pos, min(limit, pos + NOUN_REACH))
    toks: list[re.Match[str]] = []
    words: list[str] = []

    def word(k: int) -> str:
        """The k-th word after ``pos``, normalised, or "" past the end: cut
        up only as far as needed (most phrases end within three words)."""
        while len(words) <= k:
            t = next(found, None)
            if t is None:
                return ""
            toks.append(t)
            words.append(_norm(t.group()))
        return words[k]

    i = 1 if word(0) in ("”", '"', "’", "'") else 0
    if word(i) == "or" and word(i + 1) == "so":
        i += 2  # "a dozen or so rockets": about a dozen
    mods: list[str] = []
    while word(i) and len(mods) <= max_mods:
        w = words[i]
        # Heads of two or three words start with a word of HEAD_FIRST: skip the n-grams otherwise.
        two = f"{w} {word(i + 1)}" if w in HEAD_FIRST and word(i + 1) else ""
        three = f"{two} {word(i + 2)}" if two and word(i + 2) else ""
        for cand, n in ((three, 3), (two, 2), (w, 1)):
            if not cand:
                continue
            kind = _kind(cand)
            if kind is None:
                continue
            nxt = word(i + n)
            nxt2 = f"{nxt} {word(i + n + 1)}" if nxt and word(i + n + 1) else ""
            if kind == "people" and _kind(nxt2) == "people":
                break  # "American service members": the head is the bigram
            # A compound continues: "mortar rounds", "Iraqi soldier", "injured civilians".
            if kind == "people" and nxt in MEASURE_HEADS:
                break  # "civilian casualties", "TBI victims": the measure noun is the head
            if kind == "people" and _kind(nxt) == "proj":
                break  # "15 Iranian missiles": a nationality describes the missiles
            if cand in R.ADJECTIVE_PEOPLE and nxt and _WORDLIKE.match(nxt) and nxt not in R.STOP_WORDS and nxt not in R.PEOPLE_VERBS:
                break  # "a top Iranian commander": the head is further on
            if nxt and _kind(nxt) in (kind, "people") and kind != "measure_noun":
                if not (kind == "proj" and _kind(nxt) == "people"):
                    break
            if kind == "measure" and nxt and _kind(nxt) == "people":
                break
            if kind == "measure" and nxt in _MEASURE_NOT_HEAD:
                return None  # "a casualty event", "two injury reports": the noun after is counted
            if kind == "proj" and nxt in NOT_HEAD and not (cand.endswith("s") and nxt in _HEADLINE_VERB_NOUNS):
                return None  # "a drone strike"; but "Two drones strike Kiryat Shmona" is a headline's verb
            if cand in ("round", "rounds") and nxt == "of" and word(i + n + 1) not in _ROUNDS_OF:
                return None  # "two rounds of talks", "a second round of strikes"
            if kind == "proj" and nxt in ("and", "or") and (
                    (_kind(word(i + n + 1)) == "proj" and word(i + n + 2) in NOT_HEAD)
                    or any(word(i + n + k) in _ATTACK_NOUNS for k in (2, 3))):
                return None  # "dozens of drone and missile attacks", "rockets and roadside bomb attacks"
            return _NounPhrase(cand, kind, mods, toks[i + n - 1].end())
        if w.isdecimal() and word(i + 1) in ("mm", "mm.", "millimetre", "millimeter"):
            mods += [w, words[i + 1]]  # a calibre ("14 107 mm rockets") describes the rockets
            i += 2
            continue
        if w == "(" and word(i + 2) == ")" and toks[i + 1].group().isupper():
            i += 3  # an acronym in brackets: "five Frontier Corps (FC) personnel"
            continue
        if w in ("and", "or") and mods and _plain_modifier(word(i + 1)) and (
                _kind(word(i + 2)) in ("proj", "people") or (_plain_modifier(word(i + 2)) and _kind(word(i + 3)) in ("proj", "people"))):
            i += 1  # "51 Shahed-type and decoy drones", "20 ballistic and cruise missiles": one count of both
            continue
        if w in R.STOP_WORDS or not _WORDLIKE.match(w) or _ANCHOR_LOWER.fullmatch(toks[i].group().lower()):
            return None
        mods.append(w)
        i += 1
    return None


def _plain_modifier(w: str) -> bool:
    """A word that may describe a counted noun: no stop word, number or noun of a kind."""
    return bool(w) and w not in R.STOP_WORDS and _WORDLIKE.match(w) is not None and _kind(w) is None and not _ANCHOR_LOWER.fullmatch(w)


def _kind(word: str) -> str | None:
    if word in PROJ:
        return "proj"
    if word in PEOPLE:
        return "people"
    if word in R.MEASURE_NOUNS:
        return "measure"
    return None


#: What may stand between the victims and their verb: a participle and places
#: ("contractors working at the base", "people inside the building at the time").
#: A place's word, not an attack's: "airbases in retaliation to a strike that killed" is the strike's toll.
_NOT_AN_ATTACK = rf"(?!{R.ATTACK_NOUN}s?\s+(?:that|which)\b)"
_PEOPLE_MODIFIER = (
    r"(?:\s+(?:working|stationed|based|deployed|serving|living|involved|staying|travell?ing|riding|sleeping"
    r"|standing|waiting|gathered|gathering|sheltering|visiting|posted|assigned|employed|housed|trapped|present"
    r"|queu(?:e)?ing|shopping|praying|playing|walking|driving|sitting)(?:\s+(?:nearby|there|outside|inside))?)?"  # "people standing nearby"
    r"(?:\s+(?:aged|between\s+the\s+ages\s+of)\s+(?:between\s+)?\d{1,3}(?:(?:\s*,\s*|\s*(?:and|to|-|–)\s*)\d{1,3}){0,6})?"  # "three girls aged between 11 and 14", "aged 5, 7 and 9"
    r"(?:\s+[a-z]+ing\s+(?:its|the|their|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?=\s+(?:had|have|has|were|was)\b|\s+[“\"]?(?:sustained|suffered|received)\b))?"  # "guarding its outer gate", "manning the checkpoint sustained"
    r"(?:\s+(?:from|in|at|of|on|with|for|inside|outside|near|among|during|aboard|close\s+to|next\s+to)"
    rf"\s+{_NOT_AN_ATTACK}[\w.’'-]+(?:\s+{_NOT_AN_ATTACK}[\w.’'-]+){{0,4}}?){{0,3}}"  # "members of a local People's Defence Force"
    r"(?:\s+(?:(?:initially|earlier|previously|first)\s+)?(?:listed|reported|declared)\s+(?:as\s+)?missing)?"  # "soldiers initially reported missing were found dead"
)
_PEOPLE_VERB_RE = re.compile(
    rf"^[”\"’]?{_PEOPLE_MODIFIER}(?:\s*,\s*[^,.;:]{{1,50}},|\s*[–—]\s*[^–—.;:]{{1,60}}?\s*[–—]|\s+-{{1,2}}\s*(?:(?!\s-)[^.;:]){{1,60}}?\s+-{{1,2}}"  # "- a 41-year-old woman and her sons -"
    rf"|\s+(?:who|that)\s+(?:(?!\b(?:said|say|says|told|added|reported|asked)\b)[^,.;:“”\"]){{1,70}}?(?=(?:\s+{AUX}){{1,4}}\s|\s+(?:{R.alt(list(R.PEOPLE_VERBS))})\b))?"  # "two civilians who live near the base were injured"  # an aside: "a man and a woman, both in their 60s,", "One man, 45,", "two Israelis - a woman and a man -"
    # not after "and": "killed three soldiers from Georgia and wounded 40" is the verb's
    rf"(?<!\band)(?<!\bor)(?!\s*,\s*which\b)\s*,?(?:\s+{AUX}){{0,4}}\s+(?:[“\"](?=(?:sustained|suffered|received)\b))?"  # a quote opens: 'a soldier "sustained light wounds"'
    rf"(?P<verb>{R.alt(list(R.PEOPLE_VERBS))})\b",  # "had now been confirmed dead"
    _I,
)
_LEFT_ACTIVE_RE = re.compile(
    rf"\b(?P<verb>{R.alt(list(R.ACTIVE_PEOPLE_VERBS))})(?:\s+(?:also|slightly|seriously|at\s+least|the|another|both|his|her|their|its|my|our|identified\s+as))*\s+[“\"‘']?$",
    _I,
)  # a quoted figure in a headline: "wounds 'several' Americans"
_DESTROYED = ("destroyed", "neutralised", "neutralized")
_GOT_THROUGH = ("got through", "penetrated", "evaded", "slipped through")
#: Verbs of projectiles brought down, before them: "shot down two", "destroyed 31 of them".
_DOWNING = r"intercept(?:ed|s|ion)|shot\s+down|shoots\s+down|downed|downs|engaged|" + "|".join(_DESTROYED)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is)\b", _I)
_PROJ_VERB_RE = re.compile(
    rf"^[”\"’]?(?:\s+{PROJ_AUX}){{0,3}}\s+(?:[“\"‘']\w+ly\s+|[“\"‘'])?(?P<verb>{R.alt(R.IMPACT_VERBS + R.FIRE_VERBS + list(_DESTROYED))})\b", _I
)
_LEFT_PROJ_VERB_RE = re.compile(
    rf"\b(?P<verb>{R.alt(R.FIRE_VERBS + R.IMPACT_VERBS)})(?:\s*,\s*(?:this|last|late|early|on)\b[^,.;]{{0,20}},)?"  # "destroyed, this evening, a missile"
    rf"(?:\s+by)?(?:\s+(?:a\s+total\s+of|at\s+least|some|about|the|all(?:\s+the)?))?\s+[“\"‘']?$",
    _I,
)
#: The finite verb after an aside or a launch participle: "three drones, each
#: carrying explosives, were shot down", "two missiles fired at the ship were
#: intercepted": what happened to them, not how they set off.
_LATER_PROJ_VERB_RE = re.compile(
    rf"^(?:\s*,[^,.;:]{{1,80}},|\s+(?:fired|launched|aimed|directed)\s+(?:from|at|toward|towards|into|across|by|on|over|against)\b[^,.;:]{{1,60}}?"
    r"|\s+(?:loaded|laden|packed|armed|rigged|filled|fitted)\s+with\s+[^,.;:]{1,40}?|\s+carrying\s+[^,.;:]{1,40}?"  # "a drone loaded with explosives hit"
    rf"|(?P<coord>\s+and\s+(?:[\w-]+\s+){{0,3}}?(?:{R.alt(R.PROJECTILE_NOUNS)})))"  # "three drones and the ballistic missiles reached"
    rf"(?:\s+{PROJ_AUX}){{0,3}}\s+(?P<verb>{R.alt(R.IMPACT_VERBS)})\b",
    _I,
)
_ANAPHOR_RE = re.compile(  # "35 were destroyed" (in the air: "destroyed a drone" is a target, see _LEFT_PROJ_VERB_RE)
    rf"^[”\"’']?(?:\s+(?:more|other|others|one|of\s+them|of\s+those|of\s+which"
    r"|of\s+(?:the|those)\s+(?:\d[\d,]*|\w+\s+(?:launched|fired))(?:\s+(?:launched|fired))?))?"  # "three of the 40 launched hit"
    rf"(?:\s+{PROJ_AUX}){{0,3}}\s+[“\"‘']?(?:\w+ly\s+)?(?P<verb>{R.alt(R.IMPACT_VERBS + R.FIRE_VERBS + ['destroyed', 'crossed', 'flew'])})\b",  # '"lost"', "'locationally lost'"; "190 crossed", "two flew off"
    _I,
)
_ANAPHOR_PEOPLE_RE = re.compile(
    r"^[”\"’]?(?:\s+(?:more|other|others|of\s+them|of\s+those|of\s+which))?(?:\s+(?:were|was|are|have\s+been|had\s+been|has\s+been)(?:\s+being)?"
    r"(?:\s+(?:\w+ly|reported|confirmed|declared))?\s+(?P<verb>killed|wounded|injured|hurt|dead|treated(?=\s+for)|diagnosed(?=\s+with))"
    r"|(?:\s+(?:later|also|subsequently|eventually))?\s+(?P<verb2>died|perished|succumbed))\b",
    _I,
)
#: "four of the seven drones", "17 of 22 drones", "one of its fighters"; not
#: "of them" (an anaphor) nor "of Baghdad" (a place: no counted noun follows).
_PARTITIVE_RE = re.compile(
    r"^\s+(?:more\s+)?(?:of|out\s+of)\s+(?!(?:them|which|those(?=\s+(?:were|was|are|is|had|have|that|which)\b))\b)(?:(?:the|these|those|its|their|his|her|our|\w+['’]s)\s+)?", _I
)
_DIED = r"\b(?:have\s+|had\s+|later\s+|since\s+)*(?P<verb>succumbed|died|perished)\b"
_VICTIMS_DIED = re.compile(rf"[^,;.]{{0,100}}?{_DIED}", _I)
_DETERMINER_END = re.compile(r"\b(?:the|its|their|these|those)\s+$", _I)
_NOUN_NEXT = re.compile(rf"\s+(?!(?:{R.alt(sorted(R.STOP_WORDS))})\b)[a-z]\w*s\b")  # a plural noun, lower case
_NOT_HEAD_AFTER = re.compile(rf"\s+(?:{R.alt(R.PROJECTILE_NOT_HEAD)})\b", _I)
_OF_A_FAMILY = re.compile(r"(?:a|one|the\s+same)\s+family\b", _I)
_WOUNDED_DIED = re.compile(r"(?:wounded|injured|victims)\s+(?:(?:persons|people|soldiers|civilians|victims)\s+)?"  # "six of the injured persons died"
                           r"(?:(?:later|have|has|had|since|also|subsequently)\s+)*(?P<verb>died|succumbed)\b", _I)
_RELATIVE = re.compile(r"\s*,?\s+(?:who|that)\s", _I)
_IN_HOSPITAL = re.compile(r"^\s+(?:more\s+|others\s+)?(?:(?:are|were|remain|remained|still)\s+)*in\s+(?:a\s+|the\s+)?hospitals?\b(?!\s+(?:for|with)\s+(?:shock|trauma))", _I)
_WHOLE_PARTICIPLE = re.compile(r"\s+(?:hurt|wounded|injured|killed|hospitali[sz]ed)(?:\s+(?:in|by|when|during|on|at|after)\b|\s*[,.;)]|\s*$)", _I)
_AND_RE = re.compile(r"^\s+and\s+", _I)
_INTERCEPTED = (*R.INTERCEPT_VERBS, *_DESTROYED, "interception")  # "interception": _DOWNING's, in a list
#: Air defences "destroyed 40 drones": a part of the salvo. One destroyed drone is more
#: often a target ("destroyed an MQ-1C drone"); strikes destroy them before launch.
_LEFT_DESTROYED = re.compile(
    rf"\b(?P<verb>{'|'.join(_DESTROYED)})(?:\s+(?:a\s+total\s+of|at\s+least|some|about|all))?\s+[“\"‘']?$",
    _I,
)
_PARTICIPLES = ("fired", "launched", "aimed", "directed")  # "12 drones aimed at Moscow were shot down"
_PLANTED_VERBS = frozenset({"exploded", "exploding", "detonated", "did not explode", "failed to explode",
                            "did not detonate", "failed to detonate"})
_POSSESSIVE = re.compile(r"(?:her|his|their|my|our)\s+", _I)  # a witness: "I lost my two brothers and my nephew"
_ANOTHER_VICTIM = re.compile(r"\s+(?:was\s+|has\s+been\s+|later\s+)?(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|hurt|died)\b"
                             r"|\s+(?P<harm>sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)\b", _I)  # "another sustained injuries"
_AND_BETWEEN = re.compile(r"(?:\s+(?!and\b|while\b)[\w-]+){0,4}\s*,?\s+(?:and|while)\s+", _I)  # "killed outright and"

_OF_KIN = re.compile(r"\s+of\s+(?:his|her|their|our|its|the)\b", _I)  # "a fisherman and two of his sons", "two soldiers and one of our police officers"
_SINGULAR_PEOPLE = frozenset(w for w in PEOPLE if not w.endswith(("s", "men")) and " " not in w) - {
    "people", "personnel", "staff", "crew", "men", "women", "children"}
#: One person named before "and" and a count: "the captain and two seamen" (not "the house of the captain and").
_ONE_BEFORE_AND = re.compile(
    rf"(?<!\bof\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bwith\s)"
    rf"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{R.alt(sorted(_SINGULAR_PEOPLE))})(?:\s+of\s+police)?\s+and\s+$", _I)  # "a deputy superintendent of police and three constables"
_AMONG = re.compile(rf"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?P<who>{R.alt(list(R.AMONG_VICTIMS))})\b", _I)
#: What people "suffered" or "sustained" that makes them victims (on lower-cased text).
_HARM_AFTER = re.compile(
    r"\s+(?:a\s+|the\s+)?(?P<fatal>loss\s+of\s+life|fatal\s+\w+)"
    r"|\s+(?:[\w-]+\s+){0,3}?(?:injur|wound|concussion|brain\s+injur|tbi|burn|cuts\b|bruis|fractur)\w*"
)
#: A speaker's verb after a list item, maybe after the speaker's name: "..., a resident, Modu Bukar, said".
_REPORTS_AFTER = re.compile(rf"\s*,?(?:\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}\s*,)?\s+(?:{R.alt(R.REPORT_VERBS)})\b")
#: Projectiles found rather than fired (as the "unused", "seized" modifiers in REJECT_MODS).
_NOT_FIRED = re.compile(
    rf"^(?:\s+{AUX}){{0,3}}\s+(?:seized|found|recovered|confiscated|discovered|defused|dismantled|captured|stored|stockpiled|parked"
    r"|(?:(?:destroyed|hit|struck|neutrali[sz]ed)\s+)?(?:on\s+the\s+ground|(?:at|in)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:airfield|depot|warehouse|storage|hangar|launch\s+site))"  # "were destroyed on the ground at the airfield"
    r"|(?:prepared|poised|ready|readied|set|primed)\s+(?:to|for)\s+(?:launch|be\s+launched|fire|be\s+fired|firing)"
    r"|(?:that|which)\s+(?:had\s+)?failed\s+to\s+(?:fire|launch|be\s+fired|be\s+launched))\b", _I
)
#: Projectiles found or struck before launch: "strikes against five anti-ship missiles",
#: "troops found nine rockets" ("destroyed" may be in the air).
#: A rate is no salvo: "producing 2,700 drones a month", "40 rockets a day".
_RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|night|week|month|year|hour)\b(?!\s+(?:after|before|earlier|later|ago)\b)", _I)  # not "a day after"
_NOT_FIRED_BEFORE = re.compile(
    r"\b(?:strikes?\s+(?:against|on)|strikes?(?:\s+[\w-]+){0,3}?\s+destroyed|found|seized|recovered|discovered|confiscated|captured|defused|dismantled"
    r"|(?:recovery|seizure|discovery)\s+of"
    r"|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|build(?:s|ing)?|built|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)"
    r"|stockpil(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|order(?:s|ed)?"
    r"|loaded\s+with|(?:still\s+)?(?:has|have|possess(?:es)?|owns?)(?:\s+(?:an\s+arsenal|a\s+stock|a\s+stockpile)\s+of)?|arsenal\s+of|stock\s+of)"  # "still has thousands of rockets"
    r"(?:\s+in\s+(?:19|20)\d\d)?"  # "acquired in 2023 three CH-4 drones"
    r"\s+(?:the\s+|a\s+cache\s+of\s+|(?:[\w-]+,?\s+){1,6}?(?:and|,)\s+)?$", _I)  # "recovered a launcher and six rockets"
#: The last item of a list after a firing verb: "fired 18 drones, two missiles and one ballistic missile".
_LIST_AFTER_FIRE = re.compile(rf"\b(?P<verb>{R.alt(R.FIRE_VERBS)})\s[^.;:]{{0,100}}(?:,|\band)\s+$", _I)
_LIST_AFTER_INTERCEPT = re.compile(
    rf"\b(?P<verb>{_DOWNING})\s[^.;:]{{0,60}}(?:,|\band)\s+$", _I)
#: What "rounds of ..." may be rounds of and still be projectiles ("three rounds of mortar fire").
_ROUNDS_OF = frozenset({"mortar", "mortars", "artillery", "ammunition", "tank", "rocket", "rockets", "shells", "heavy"})
_VAGUE_PLURALS = frozenset({"dozens", "hundreds", "scores", "tens", "thousands"})
_QUOTED_OF = re.compile(r"[”\"’']\s+of\b")
#: Verbs that are nouns after "another", "one", "a third": "in another strike".
_NOUN_AFTER_ONE = frozenset({"strike", "land", "fall", "impact", "fire", "launch"})
_FAMILY_OF = re.compile(r"\b(?:(?:an?|the|entire|whole)\s+)*family\s+of\s+$", _I)
#: What may follow a bare number after "killing" or "wounding": the victims are implied.
_BARE_VICTIMS = re.compile(
    r"[”\"’']?\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|on|near|when|while|as|during|inside|outside|after|before|since)\b"
    r"|\s+[-–—]{1,2}\s*[A-Za-z]", _I  # a headline's source after a dash: "killing two - police", "killing two -police"
)
#: A launch verb just before a bare count: "it had fired 10 at the base" (the projectiles named before).
_LEFT_FIRED = re.compile(r"\b(?P<verb>fired|fires|firing|launched|launches|launching)\s+$", _I)
#: An aside between commas after the victims: "Five people, including two children, were wounded".
#: A place or group may come first: "seven members of one family, including four children, were killed".
_ASIDE = re.compile(r"(?:\s+(?:of|from|in|at)\s+(?:[\w.’'-]+\s+){0,2}?[\w.’'-]+)?\s*,\s*(?:including|among\s+them|most\s+of\s+them|all\s+of\s+them|mostly)\b[^,;.]{0,80},", _I)
#: _INCLUDING, _FAMILY_OF, _LEFT_INTERCEPT or _LEFT_ACTIVE_RE, in one pattern over the lower-cased
#: text: whether an anchor with no counted noun after it may still count something.
_LEFT_CUE = R.lower_regex(
    rf"\b(?:(?:including|with|among\s+them|all)\s+$|family\s+of\s+$|(?:{_DOWNING}|fired|launched)\s+(?:all\s+)?$"
    rf"|(?P<verb>{R.trie(list(R.ACTIVE_PEOPLE_VERBS))})(?:\s+(?:also|slightly|seriously|at\s+least|the|another|both))*\s+[“\"‘']?$)"
)


@functools.lru_cache(maxsize=4096)  # pure, and news repeats its few quantity phrases
def _interval(qual: str | None, qty: str) -> Interval | None:
    q = qty.lower()
    if _ORDINAL.fullmatch(q):
        return Interval(1, 1)
    value = parse_quantity(qty)
    return apply_qualifier(qual, value) if value else None


def _range(text: str, m: re.Match[str], lo: str, high: Interval) -> Interval | None:
    """"between 15 and 20 rounds" is 15..20; "rose from 34 to 64" is no range."""
    low = parse_quantity(lo)
    if low is None or high.high is None or low.low >= high.high or text[max(0, m.start() - 6) : m.start()].lower().rstrip().endswith("from"):
        return None
    return Interval(low.low, high.high)


def extract_claims(text: str, *, index: SentenceIndex | None = None) -> Iterator[Claim]:
    """Yield every claim in ``text`` (measure, interval, quote, offsets, rule).

    Speaker and event are filled later by :func:`crosscount.attribution.attribute`.
    """
    idx = index or SentenceIndex(text)
    consumed = -1
    last_people: Claim | None = None
    last_proj: Claim | None = None
    seen: list[Claim] = list(_zero_claims(text, idx))
    triggers = idx.word_positions(TRIGGER_WORDS)
    for m in _anchors(text, idx.lower):
        after = bisect.bisect_left(triggers, m.end())
        first = triggers[after] if after < len(triggers) else len(text)
        if m.start() < consumed or (first >= m.end() + NOUN_REACH and m.group("qty") in _NOUN_ONLY):
            continue  # "a", "an", "no" count only a noun right after them
        if idx.lower[m.start()].isdigit() and _is_day(text, idx.lower, m):
            continue
        sent = idx.sentence(m.start())
        s_start, s_end = sent.start, sent.end
        prev = None
        if (last_people or last_proj) and idx.lower[max(s_start, m.start() - 20) : m.start()].rstrip().endswith(_ELLIPSIS_BEFORE):
            prev = max((c for c in (last_people, last_proj) if c is not None and c.start >= s_start),
                       key=lambda c: c.end, default=None)
        if prev is not None and (more := _elliptical(text, idx.lower, m, prev, s_end)):
            consumed = more.end
            seen.append(more)
            if more.measure.startswith("projectiles"):
                last_proj = more
            else:
                last_people = more
            continue
        if first >= s_end and not _LEFT_CUE.search(idx.lower, max(s_start, m.start() - 40), m.start()):
            continue  # nothing after it could be what it counts
        # A counted noun ends with a trigger word within noun_phrase's reach.
        near_head = first < min(s_end, m.end() + NOUN_REACH)
        found = _match_anchor(text, m, s_start, s_end, last_people, near_head=near_head)
        for claim in found:
            if claim.measure in ("injured", "killed", "casualties"):
                last_people = claim
            elif _ANOTHER_BEFORE.search(text, max(s_start, claim.start - 10), claim.start):
                claim.extra["another"] = "1"  # "Another three landed outside": more of the salvo
            elif (claim.extra.get("subset_basis") == "impact" and last_proj is not None and last_proj.start >= s_start
                  and _LIST_JOIN.fullmatch(text, last_proj.end, claim.start)):
                # "Two cruise missiles and an Iskander struck the port": items of one list, not a part
                claim.extra["subset_basis"] = "total"
            if claim.measure.startswith("projectiles"):
                last_proj = claim
            consumed = max(consumed, claim.end)
            seen.append(claim)
    seen.extend(_bare_singular(text, idx))
    seen.extend(_the_other(text, idx, seen))
    if ":" in text:
        seen.extend(_labelled(text))
    if idx.has_any(_TALLY_WORDS):
        seen.extend(_number_of(text, idx, seen))
    if " from " in text:
        seen.extend(_up_from(text, seen))
    for claim in _dedupe(seen):
        sn = idx.sentence_no(claim.start)
        span = idx.sentences[sn] if idx.sentences else None
        claim.sentence_no = sn
        claim.sentence = text[span.start : span.end] if span else ""
        yield claim


#: A count whose noun is left out, after a list join: "27 drones over Belgorod and
#: another 14 over Kursk", "killed five people in Kharkiv and three in Sumy".
_ELLIPSIS_JOIN = re.compile(r"(?:,|\band)\s+(?:another\s+|a\s+further\s+)?$", _I)
_COLON_GAP = re.compile(r"[^.;:\n]{0,60}:\s*")  # "four bombs fell in the area around 14 hours: three on ..."
#: How the text before every list item _elliptical reads ends (cheap to test first).
_ELLIPSIS_BEFORE = (",", ":", " and", "another", "further")
_ELLIPSIS_PREP = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:over|toward|towards|at|on|in|near|against|into|inside|outside|within)\s", _I)
_ELLIPSIS_PLACE = re.compile(
    r"(?:\s+of\s+them)?\s+(?:over|toward|towards|at|on|in|near|against|into)\s+[\w’'-]+"  # "one (of them) near a gym"
    r"(?:\s+(?!(?:and|or|overnight|on|in|at|during|early|late)\b)[\w’'-]+){0,7}"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|overnight|on|in|at|during|early|late)\b)", _I,
)


_PROPER_PLACE = re.compile(
    rf"\s+\w+\s+(?:the\s+)?(?:[a-z]+\s+)?(?!(?i:{R.MONTHS}|{'|'.join(R.WEEKDAYS)})\b)[A-Z]")  # "over the neighbouring Kursk region"


def _elliptical(text: str, lower: str, m: re.Match[str], prev: Claim, s_end: int) -> Claim | None:
    """The next item of the list ``prev`` began, counting the same thing in another place."""
    if m.group("lo") or m.group("qty").lower() in ("a", "an", "another", "no") or prev.high == 0:
        return None
    # A breakdown after a colon ("destroyed 117 UAVs: 37 over Kursk, ...") counts parts of it;
    # otherwise the items are parallel and the first names its place too ("in Kharkiv and
    # three in Sumy"; not "a man, 45, in").
    breakdown = prev.rule != "count.elliptical" and _COLON_GAP.fullmatch(text, prev.end, m.start()) is not None
    of_them = prev.measure == "projectiles_subset" and text.startswith(" of them", m.end())  # "one of them near a gym"
    if (m.start() - prev.end > 120
            or (prev.rule != "count.elliptical" and not breakdown and not of_them and not _ELLIPSIS_PREP.match(text, prev.end, m.start()))
            or not (breakdown or _ELLIPSIS_JOIN.search(text, max(prev.end, m.start() - 20), m.start()))):
        return None
    if _is_day(text, lower, m):
        return None
    place = _ELLIPSIS_PLACE.match(text, m.end(), s_end)
    # a part's own parts too: "Two of them impacted inside, one near a housing area and one on ..."
    in_breakdown = (breakdown and prev.measure == "projectiles") or prev.measure == "projectiles_subset"
    if place and not in_breakdown and not _PROPER_PLACE.match(text, m.end(), s_end):
        # A place has a name: not "two in serious condition", "40 at the base remained", "on Tuesday";
        # but a salvo's breakdown names any place ("four bombs fell: three on the site itself").
        place = None
    iv = _interval(m.group("qual"), m.group("qty")) if place else None
    if iv is None:
        return None
    measure = "projectiles_subset" if breakdown and prev.measure == "projectiles" else prev.measure
    claim = _claim(text, measure, iv, m.group("qual"), m.start(), place.end(), "count.elliptical", prev.verb)
    claim.extra.update(prev.extra)
    return claim


#: Quantities that count nothing without a noun after them (no anaphor: "a were killed").
_NOUN_ONLY = frozenset({"a", "an", "no"})


_WORD_RUN = re.compile(WORD_NUMBER)


def _anchors(text: str, lower: str) -> Iterator[re.Match[str]]:
    """The matches of ANCHOR.finditer(text), tried only where one can start.

    They are matched in the lower-cased text (offsets are the same; groups
    come lower-cased), twice as fast as ANCHOR with IGNORECASE.
    """
    resume = 0
    for cand in _CANDIDATE.finditer(lower):
        if cand.start() < resume:
            continue
        m = _ANCHOR_LOWER.match(lower, cand.start())
        if m and (" " in (q := m.group("qty")) or "-" in q) and _WORD_RUN.fullmatch(q) and _interval(None, q) is None:
            # "the four three-star generals": no number as a whole, so its first word alone
            m = _ANCHOR_LOWER.match(lower, cand.start(), m.start("qty") + len(q.split()[0].split("-")[0]))
        if m:
            resume = m.end()
            yield m


def _is_day(text: str, lower: str, m: re.Match[str]) -> bool:
    """Whether the anchor is the day of a date, a numeral after a month name
    ("Oct. 19", "March 13"; "May" only with its capital, "may" is a verb),
    a year ("the 2019 attack"), or names a place or thing ("Tower 22",
    "Camp 5") rather than counting."""
    start = m.start()
    if m.group("qual") or not m.group("qty")[:1].isdigit():
        return False
    if _DESIGNATOR_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _YEAR.fullmatch(m.group("qty")) and (_YEAR_BEFORE.search(lower, max(0, start - 12), start) or _YEAR_AFTER.match(lower, m.end())):
        return True  # "a 2019 attack", "in 2019 rockets hit": a year
    if _CLOCK_BEFORE.search(text, max(0, start - 3), start) or _CLOCK_AFTER.match(text, m.end()):
        return True  # a live blog's "22:10 Death toll rises": a time
    if _MONTH_AFTER.match(text, m.end()):
        return True  # "on 17 and 18 January killed 20": a day
    if text[m.end() : m.end() + 1] in ("/", "-", ".") and _FIGURES_AFTER.match(text, m.end()):
        return True  # "on 02/03/2023 killed nine": a date in figures
    before = _MONTH_BEFORE.search(lower, max(0, start - 12), start)
    return before is not None and (before.group().rstrip(". \t\n") != "may" or text[before.start()] == "M")


_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_CLOCK_AFTER = re.compile(r"[:.]\d\d\b")
_FIGURES_AFTER = re.compile(r"(?:[-/.]\d{1,2})?[-/.](?:19|20)\d\d\b")
#: A day before its month, capitalised ("18 January", "3 Dec."; not "18 may have died").
_MONTH_AFTER = re.compile(rf"\s+(?=[A-Z])(?i:{R.MONTHS})\b")


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop a claim whose span overlaps a kept one with the same measure."""
    kept: list[Claim] = []
    # Kept claims start at or before the current one, so it overlaps one of
    # its measure exactly when that measure's furthest kept end lies past its
    # start: one lookup instead of a scan (linear on long articles).
    reach: dict[str, int] = {}
    for c in sorted(claims, key=lambda c: (c.start, -(c.end - c.start))):
        if reach.get(c.measure, -1) > c.start:
            continue
        kept.append(c)
        reach[c.measure] = max(reach.get(c.measure, -1), c.end)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _match_anchor(
    text: str, m: re.Match[str], s_start: int, s_end: int, last_people: Claim | None, *, near_head: bool = True
) -> list[Claim]:
    qual, qty = m.group("qual"), m.group("qty")
    q = qty.lower()
    interval = _interval(qual, qty)
    if interval is None:
        return []
    if lo := (m.group("lo") or m.group("lo2") or m.group("lo3")):
        interval = _range(text, m, lo, interval)
        if interval is None:
            return []
    start, after = m.start(), m.end()
    left = text[s_start:start]
    if (q in ("a", "an") and qual) or q in SCALES:
        return []  # a bare "thousand" is the tail of "1.5 thousand", never a count alone
    if _AGED.search(left[-20:]):
        return []  # "three girls aged between 11 and 14": ages
    if _ALL_BUT.search(left[-16:]):
        return []  # "all but two of the missiles were intercepted": two were not
    if q in ("a", "an", "one", "a single") and _NOT_BEFORE.search(left[-11:]):
        return []  # "not a single civilian was harmed": a zero rule's
    if _PARENT_OF_BEFORE.search(left[-24:]):
        return []  # "a mother of four was killed": her children are no victims
    if q in _VAGUE_PLURALS and (quoted := _QUOTED_OF.match(text, after, s_end)):
        after = quoted.end()  # '"dozens" of casualties': the quote marks only the word
    np = noun_phrase(text, after, s_end) if near_head else None
    if np is None and (interval.high is None or interval.high >= 2):
        np = _open_people(text, m, after, s_start, s_end)
    if q == "the first" and (np is None or np.kind != "proj"):
        return []  # "the first time troops were killed": "the first" counts projectiles only
    if np is None:
        return _anaphor(text, m, interval, s_start, s_end, left, last_people)
    if any(mod in REJECT_MODS for mod in np.mods):
        return []
    if np.kind == "proj":
        return _projectile(text, m, interval, np, s_start, s_end, left)
    if np.head == "others" and not np.mods:
        found = _anaphor(text, m, interval, s_start, s_end, left)
        if found and found[0].measure == "projectiles_subset":
            return found  # "two others landed nearby": more of the rockets
    if q == "no" and np.kind == "measure":
        return []  # zero rules own "no casualties" (they know "no word on")
    if np.kind == "measure":
        measure = R.MEASURE_NOUNS[np.head]
        if measure == "casualties" and any(mod in PEOPLE_ADJ for mod in np.mods):
            measure = PEOPLE_ADJ[next(mod for mod in np.mods if mod in PEOPLE_ADJ)]
        if _ORDINAL.fullmatch(q):
            # "the last injury report": ordinals count projectiles only, but "a soldier was
            # killed and another wounded", "two were killed and a third wounded" is one more victim.
            return _another_victim(text, m, interval, s_start, s_end, last_people)
        if q in ("a", "an") and measure != "casualties":
            return []
        if np.head == "lives" and not _TOOK_LIVES.search(left[-30:]):
            return []  # "claimed 14 lives", "cost 14 lives"; not "saved 14 lives"
        if np.head == "wounds" and (q in R.VAGUE or _HAS_WOUNDS.search(left[-20:])):
            return []  # "some of the injured have multiple wounds": wounds on one body, no count of people
        if measure == "casualties" and (died := _VICTIMS_DIED.match(text, np.end, s_end)):
            # "two more victims of the attack succumbed to their injuries": the dead
            return [_claim(text, "killed", interval, qual, start, np.end, "count.measure_noun", died.group("verb").lower())]
        return [_claim(text, measure, interval, qual, start, np.end, "count.measure_noun")]
    return _people(text, m, interval, np, s_start, s_end, left, last_people)


#: A plural noun outside the people lexicon, maybe after two modifiers: "four police
#: investigators", "three Buddhist monks" (lower case: not a place or a group's name).
_OPEN_PLURAL = re.compile(r"\s+(?P<mods>(?:[A-Za-z][\w-]*\s+){0,2}?)(?P<head>[a-z][a-z-]*[a-rt-z]s)\b")
#: Plurals a kill verb may take that are no people.
_NOT_PEOPLE = frozenset("animals cattle cows goats sheep camels donkeys horses dogs livestock birds chickens "
                        "others hopes plans talks rumours rumors claims reports".split())
#: The verbs that make an unknown plural people: "killed four police investigators".
_KILL_OR_WOUND = frozenset({"killed", "killing", "kills", "kill", "dead", "died", "slain", "martyred", "perished",
                            "wounded", "wounding", "wounds", "injured", "injuring", "injures", "hurt", "hurting"})


def _open_head(om: re.Match[str]) -> bool:
    """Whether an _OPEN_PLURAL match may name people: no stop word, no other kind of noun."""
    head = om.group("head")
    return not (head in R.STOP_WORDS or head in _NOT_PEOPLE or _kind(head) is not None
                or any(w.lower() in R.STOP_WORDS or _kind(w.lower()) in ("proj", "measure") for w in om.group("mods").split()))


def _open_people(text: str, m: re.Match[str], after: int, s_start: int, s_end: int) -> _NounPhrase | None:
    """People the lexicon lacks, counted two or more with a verb that kills or
    wounds them: "killed four police investigators", "three monks were killed"."""
    om = _OPEN_PLURAL.match(text, after, s_end)
    if om is None:
        return None
    if not _open_head(om):
        return None
    head, mods = om.group("head"), [w.lower() for w in om.group("mods").split()]
    lverb = _LEFT_ACTIVE_RE.search(text, max(s_start, m.start() - 40), m.start())
    v = _PEOPLE_VERB_RE.match(text[om.end() : s_end])  # anchored with ^: matched on the slice
    if not ((lverb and lverb.group("verb").lower() in _KILL_OR_WOUND) or (v and v.group("verb").lower() in _KILL_OR_WOUND)):
        return None
    return _NounPhrase(head, "people", mods, om.end())


def _claim(text: str, measure: str, iv: Interval, qual: str | None, start: int, end: int,
           rule: str, verb: str | None = None) -> Claim:
    return Claim(measure, iv.low, iv.high, qual.lower() if qual else None, start, end,
                 text[start:end], rule, verb)


def _projectile(text, m, iv, np, s_start, s_end, left) -> list[Claim]:
    qty = m.group("qty").lower()
    if (alt := _OR_NOUN.match(text, np.end, s_end)) and (np2 := noun_phrase(text, alt.end(), s_end)) and np2.kind == "proj":
        np = replace(np, end=np2.end)  # "one rocket or mortar round hit": either is the thing counted
    rest = text[np.end : s_end]
    right = _PROJ_VERB_RE.match(rest)
    if right is None or right.group("verb").lower() in _PARTICIPLES:
        right = _LATER_PROJ_VERB_RE.match(rest) or right
    lverb = _LEFT_PROJ_VERB_RE.search(text[max(s_start, m.start() - 60) : m.start()])
    if lverb is None and qty not in ("a", "an", "one"):
        lverb = _LEFT_DESTROYED.search(text, max(s_start, m.start() - 40), m.start())
    if qty in ("a", "an", "one") and not (right or lverb):
        # "a rocket attack", "one rocket launcher": singular needs a verb ("fired one
        # rocket"), or to end a list after one ("fired two drones and one missile")
        lverb = _LIST_AFTER_FIRE.search(text, max(s_start, m.start() - 100), m.start())
        if lverb is None:
            return []
    if _COORD_MODIFIER.match(rest):
        return []  # "a coordinated drone and rocket attack": both modify the attack
    if (qty == "no" or _NOT_FIRED.match(rest) or _NOT_FIRED_BEFORE.search(text, max(s_start, m.start() - 60), m.start())
            or _RATE_AFTER.match(rest)):
        return []  # "14 rockets were seized in a raid", "strikes against two missiles": never fired
    end = np.end
    verb = None
    if right:
        verb = right.group("verb").lower()
        if verb in _DESTROYED and not _PASSIVE.search(right.group()):
            verb = "hit"  # "two rockets destroyed a house": they struck; "96 drones were destroyed": downed
        # the quote ends before a coordinated subject, which is counted on its own
        end = np.end if right.groupdict().get("coord") else np.end + right.end()
    elif lverb:
        verb = lverb.group("verb").lower()
    if qty == "the first" and not (right and verb in _FIRST_HIT and not np.head.endswith("s")):
        return []  # "the first missile of its kind": only "the first rocket hit the school" is one of them
    if verb in _PLATFORM_VERBS and right and np.head in _PLATFORMS and not _PASSIVE.search(right.group()) and _FIRE_OBJECT.match(rest, right.end()):
        return []  # "a drone fired two missiles at a house": the drone fired, its missiles are the count
    if np.head in R.DROPPED_ONLY and (verb is None or verb in _PLANTED_VERBS or qty in ("a", "an")):
        return []  # "two explosive devices went off in the market": planted; "a drone dropped an explosive device"
    if qty in ("a", "an") and verb in ("dropped", "dropping", "drops"):
        return []  # "a drone dropped a grenade": one of many small strikes, not a count told
    if verb is None and np.head == "impacts":
        verb = "impact"  # "at least 20 impacts at the air base": they hit, a part of the salvo
    if np.head == "interceptions":
        verb = "intercepted"
    if lverb is None and (right is None or right.group("verb").lower() in _PARTICIPLES) and (li := _LIST_AFTER_INTERCEPT.search(text, max(s_start, m.start() - 80), m.start())):
        lverb = li  # "shot down all 4 missiles and 61 drones": the verb of the whole list
    if lverb and lverb.group("verb").lower() in _INTERCEPTED and verb not in IMPACT:
        verb = lverb.group("verb").lower()  # "intercepted eight drones fired at ships": a part
    if _OF_WHOLE_BEFORE.search(left[-30:]):
        # "most of the 20 rockets were intercepted": the 20 is the whole salvo
        claim = _claim(text, "projectiles", iv, m.group("qual"), m.start(), end, "count.projectile", verb)
        claim.extra["subset_basis"] = "total"
        return [claim]
    subset = (
        bool(_ORDINAL.fullmatch(qty))
        or any(mod in SUBSET_MODS for mod in np.mods)
        or bool(_OTHER_BEFORE.search(text, s_start, m.start()))
        or verb in (*_INTERCEPTED, *_GOT_THROUGH, "failed", "missed", "lost", "suppressed")
        or (verb is not None and _ALONE.match(text, end, s_end) is not None)  # "30 drones were sent at the refinery alone"
        # "launched 85 aerial attack vehicles, among them two Iskander-M missiles": a part of the total
        or (_PART_OF_TOTAL_BEFORE.search(left[-20:]) is not None and _COUNTED_PROJ.search(left) is not None)
    )
    measure = "projectiles_subset" if subset else "projectiles"
    claim = _claim(text, measure, iv, m.group("qual"), m.start(), end, "count.projectile", verb)
    claim.extra["subset_basis"] = "cue" if subset else ("impact" if verb in IMPACT else "total")
    return [claim]


#: Where "the first" of a salvo counts: it hit something ("the first missile hit the hold"; not "the first shell exploded").
_FIRST_HIT = frozenset({"hit", "struck", "fell", "landed", "slammed", "tore", "ripped", "smashed", "crashed", "impacted"})
#: Craft that fire what they carry: as subject of "fired", "launched", "dropped" with an object, not the count.
_PLATFORMS = frozenset({"drone", "drones", "uav", "uavs", "quadcopter", "quadcopters", "unmanned aerial vehicle", "unmanned aerial vehicles"})
_FIRE_OBJECT = re.compile(rf"\s+[“\"‘']?(?:an?|\d[\d,]*|{R.WORD_NUMBER}|several|multiple)\s+(?:[\w-]+\s+){{0,2}}?(?:{R.alt(R.PROJECTILE_NOUNS)}|grenades?)\b", _I)  # counted: "two missiles", not "explosives"
_PLATFORM_VERBS = frozenset({"fired", "fire", "firing", "launched", "launch", "launching", "dropped", "dropping", "drops", "shot"})
_COORD_MODIFIER = re.compile(rf"\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:{R.alt(R.PROJECTILE_NOUNS)})\s+(?:{R.alt(R.PROJECTILE_NOT_HEAD)})\b", _I)
_PART_OF_TOTAL_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+which|among\s+these)\s+$", _I)
#: A counted projectile: "85 drones", "300 aerial threats" (the total a part is of).
_COUNTED_PROJ = re.compile(rf"\b(?:\d[\d,]*|{R.WORD_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{R.alt(R.PROJECTILE_NOUNS)})\b", _I)


#: A place "alone" makes the count a part: "Eleven rockets fell on our village alone".
_ALONE = re.compile(r"[^.;,:]{0,60}?\balone\b", _I)


def _another_victim(text, m, iv, s_start, s_end, last_people) -> list[Claim]:
    """"One civilian was killed and another was injured": one more victim."""
    if last_people is None or not (s_start <= last_people.start and last_people.end <= m.start()):
        return []
    v = _ANOTHER_VICTIM.match(text, m.end(), s_end)
    if v is None or not _AND_BETWEEN.fullmatch(text, last_people.end, m.start()):
        return []
    verb = (v.group("verb") or v.group("harm")).lower()
    return [_claim(text, R.PEOPLE_VERBS[verb], iv, None, m.start(), v.end(), "count.another_victim", verb)]


def _anaphor(text, m, iv, s_start, s_end, left, last_people=None) -> list[Claim]:
    """Numbers without a noun: "Three landed inside", "one of the rockets hit"."""
    qty = m.group("qty").lower()
    if qty in ("a", "an", "no"):
        return []
    rest = text[m.end() : s_end]
    if qty == "another" and (found := _another_victim(text, m, iv, s_start, s_end, last_people)):
        return found
    if fam := _FAMILY_OF.search(text, max(s_start, m.start() - 30), m.start()):
        return _family(text, m, iv, fam.start(), s_start, s_end)
    part = _PARTITIVE_RE.match(rest)
    if part and (found := _partitive(text, m, iv, m.end() + part.end(), s_start, s_end, left)):
        return found
    v = _ANAPHOR_RE.match(rest)
    if v and (_NOT_HEAD_AFTER.match(rest, v.end()) or _LAUNCH_SYSTEM.match(rest, v.end())):
        v = None  # "destroying several launch pads", "multiple launch rocket systems": a noun, not "several launched"
    if v and not rest[: v.start("verb")].strip() and v.group("verb").lower() in _NOUN_AFTER_ONE and (
            qty in ("one", "another") or _ORDINAL.fullmatch(qty)):
        v = None  # "in another strike", "a third launch": a noun, not "another struck"
    if v and v.group("verb").lower().endswith("ed") and _DETERMINER_END.search(left) and _NOUN_NEXT.match(text, m.end() + v.end()):
        v = None  # "rebuild the 23 damaged houses": an adjective before its noun
    inc = _INCLUDING.search(left)
    if v and _PROJ_MENTION.search(text[max(0, s_start - 400) : m.start()].lower()):
        # "one of 18 launched at the city": the whole salvo, not a part
        measure = "projectiles" if _OF_WHOLE_BEFORE.search(left[-30:]) or (
            v.group("verb").lower() in _LAUNCHED and not _PART_WORD.search(rest, 0, v.start("verb"))) else "projectiles_subset"  # "29 were launched": the salvo
        c = _claim(text, measure, iv, m.group("qual"), m.start(),
                   m.end() + v.end(), "count.anaphor", v.group("verb").lower())
        return [c]
    # "including one near the consulate" after projectiles in its sentence (not "27 shelling incidents, including 11 in Hama")
    if inc and re.match(r"^\s+(?:that|which|close|near|at|in|inside|on|over)\b", rest, _I) and (
            _PROJ_MENTION.search(text[s_start : m.start()].lower())):
        end = m.end() + len(re.match(r"^\s+\S+(?:\s+\S+)?", rest).group())
        return [_claim(text, "projectiles_subset", iv, m.group("qual"), m.start(), end, "count.including")]
    if qty not in ("another", "one") and (hosp := _IN_HOSPITAL.match(rest)):
        # a headline's "Death toll rises to 19, 43 in hospital": the wounded
        return [_claim(text, "injured", iv, m.group("qual"), m.start(), m.end() + hosp.end(), "count.in_hospital", "in hospital")]
    pv = _ANAPHOR_PEOPLE_RE.match(rest)
    if pv and (qty not in ("another", "one") or pv.group().lstrip().lower().startswith("more")):
        verb = (pv.group("verb") or pv.group("verb2")).lower()
        return [_claim(text, R.PEOPLE_VERBS[verb], iv, m.group("qual"), m.start(), m.end() + pv.end(), "count.people_anaphor", verb)]
    them = _OF_THEM.match(rest)
    if _BARE_VICTIMS.match(rest, them.end() if them else 0) and (li := _LEFT_INTERCEPT.search(text, max(s_start, m.start() - 30), m.start())) and (
            _PROJ_MENTION.search(text[max(0, s_start - 400) : m.start()].lower())):
        # "air defences shot down two", "... a number of them": part of the projectiles named before
        verb = re.sub(r"\s+", " ", li.group("verb").lower())
        end = m.end() + (them.end() if them else 0)
        return [_claim(text, "projectiles_subset", iv, m.group("qual"), li.start(), end, "count.intercepted_bare", verb)]
    if (_BARE_VICTIMS.match(rest) and (lf := _LEFT_FIRED.search(text, max(s_start, m.start() - 12), m.start()))
            and _PROJ_MENTION.search(text[max(0, s_start - 400) : m.start()].lower())):
        # "Al-Shabaab said it had fired 10 at Halane": the salvo named before, counted again (not "fired 10 times")
        return [_claim(text, "projectiles", iv, m.group("qual"), lf.start(), m.end(), "count.fired_bare", lf.group("verb").lower())]
    if (last_people is not None and iv.high == iv.low == last_people.low == last_people.high and iv.low >= 2
            and m.start() - last_people.end < _ALL_REACH and (al := _ALL_OF_THEM.match(text, m.end(), s_end))
            and (all_ := _ALL_BEFORE.search(text, max(s_start, m.start() - 8), m.start()))):
        # "Six soldiers were hurt ... All six were treated at the base": the same victims, told again
        return [_claim(text, last_people.measure, iv, None, all_.start(), al.end(), "count.all_of_them", last_people.verb)]
    lv = _LEFT_ACTIVE_RE.search(text, max(s_start, m.start() - 40), m.start())
    if lv and _BARE_VICTIMS.match(rest, them.end() if them else 0) and lv.group("verb").lower() != "treated":
        # "killing three people and wounding seven", "killing several of them": only people are killed or wounded.
        verb = re.sub(r"\s+", " ", lv.group("verb").lower())
        end = m.end() + (them.end() if them else 0)
        return [_claim(text, R.ACTIVE_PEOPLE_VERBS[verb], iv, m.group("qual"), lv.start(), end, "count.people_active_bare", verb)]
    return []


_LAUNCHED = frozenset({"launched", "fired", "sent"})
_PART_WORD = re.compile(r"\b(?:of|more|other|others|one)\b", _I)  # "three of them were fired at the port": a part
_LAUNCH_SYSTEM = re.compile(r"\s+(?:rocket|missile)\s+(?:systems?|launchers?)\b", _I)
_TOOK_LIVES = re.compile(r"\b(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs|lost|losing)\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost)\s+)?$", _I)
_HAS_WOUNDS = re.compile(r"\b(?:has|have|had|with|suffered|sustained|received)\s+(?:\w+\s+)?$", _I)
#: "All six" right before the count, and what follows it: a verb, maybe after "of them".
_ALL_BEFORE = re.compile(r"\ball\s+$", _I)
_ALL_OF_THEM = re.compile(r"(?:\s+of\s+them)?(?:\s+(?:were|was|have|had|are|has|remain|remained))?\s+(?!of\b)[a-z]+(?:\s+(?:at|to|in|from|for)\s+(?:the\s+)?[\w-]+)?", _I)
#: How far back the victims "all six" tells of again may have been counted (characters).
_ALL_REACH = 600


def _family(text, m, iv, start, s_start, s_end) -> list[Claim]:
    """"kills family of seven", "a family of five was killed": the family are the victims."""
    found = _people_measure(text, _NounPhrase("family", "people", [], m.end()), s_end)
    if found:
        return [_claim(text, found[0], iv, m.group("qual"), start, found[1], "count.family", found[2])]
    lv = _LEFT_ACTIVE_RE.search(text, max(s_start, start - 40), start)
    if lv is None:
        return []
    verb = re.sub(r"\s+", " ", lv.group("verb").lower())
    return [_claim(text, R.ACTIVE_PEOPLE_VERBS[verb], iv, m.group("qual"), lv.start(), m.end(), "count.family", verb)]


#: Who a part of the victims were: "(five of the dead) were children", "are police officers".
_PART_WERE_PEOPLE = re.compile(
    rf"\s+(?:were|are|was|included)\s+(?:(?:also|all)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{R.alt(R.PEOPLE_NOUNS)})\b", _I)


def _partitive(text, m, iv, at, s_start, s_end, left) -> list[Claim]:
    """A part of a counted whole: "four of the seven drones were intercepted",
    "two of the five soldiers were killed", "one of four troops who were hurt"."""
    if fam := _OF_A_FAMILY.match(text, at, s_end):
        # "three of a family killed": the part is the victims
        return _people(text, m, iv, _NounPhrase("family", "people", [], fam.end()), s_start, s_end, left, None)
    if died := _WOUNDED_DIED.match(text, at, s_end):
        # "three of the wounded died in hospital": more dead, not a part of a count given
        return [_claim(text, "killed", iv, m.group("qual"), m.start(), died.end(), "count.wounded_died", died.group("verb").lower())]
    inner = ANCHOR.match(text, at, s_end)
    inner_iv = _interval(inner.group("qual"), inner.group("qty")) if inner else None
    np = noun_phrase(text, inner.end() if inner_iv else at, s_end)
    if np is None:
        return []
    if np.kind == "proj":
        v = _PROJ_VERB_RE.match(text[np.end : s_end])
        verb = v.group("verb").lower() if v else None
        end = np.end + (v.end() if v else 0)
        out = [_claim(text, "projectiles_subset", iv, m.group("qual"), m.start(), end, "count.partitive", verb)]
        if inner_iv:  # the salvo's own count
            t = _claim(text, "projectiles", inner_iv, inner.group("qual"), inner.start(), end, "count.partitive_total", verb)
            t.extra["subset_basis"] = "total"
            out.append(t)
        return out
    if np.kind == "measure" and not inner_iv and (who := _PART_WERE_PEOPLE.match(text, np.end, s_end)):
        # "Five of the dead were children": victims counted for who they were, as "two Americans among the dead"
        return [_claim(text, R.MEASURE_NOUNS[np.head], iv, m.group("qual"), m.start(), who.end(), "count.part_of_victims", "among")]
    if np.kind != "people":  # "nine of the wounded were flown to Germany": a part of a count given
        return []
    if not inner_iv:
        return _people(text, m, iv, np, s_start, s_end, left, None)  # "six of its fighters were killed"
    if _RELATIVE.match(text, np.end, s_end) or _WHOLE_PARTICIPLE.match(text, np.end, s_end):
        # "one of four service members who suffered injuries", "one of two people hurt in
        # the barrage": the verb is the whole group's
        return _people(text, inner, inner_iv, np, s_start, s_end, text[s_start : inner.start()], None)
    # "two of the five wounded soldiers died": the verb counts the part, the adjective the whole
    out = _people(text, m, iv, replace(np, mods=[]), s_start, s_end, left, None)
    adj = next((mod for mod in np.mods if mod in PEOPLE_ADJ), None)
    if adj:
        out.append(_claim(text, PEOPLE_ADJ[adj], inner_iv, inner.group("qual"), inner.start(), np.end, "count.people_passive", adj))
    return out


#: What may stand between victims and "were among the dead": where they came from, or
#: who they were between commas ("a woman and her two sons, who sold fish at the market,").
_WHO_THEY_WERE = re.compile(r"\s+(?:from|of|in|at)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+(?=\s+(?:were|was)\b)"
                            r"|\s*,\s*(?:who|aged|both|all)\b[^,;.]{0,80},", _I)


def _after_who_they_were(text: str, at: int, s_end: int) -> int:
    m = _WHO_THEY_WERE.match(text, at, s_end)
    return m.end() if m else at


def _people_measure(text: str, np: _NounPhrase, s_end: int) -> tuple[str, int, str] | None:
    """Measure from an adjective ("injured civilians") or a following verb."""
    for mod in np.mods:
        if mod in PEOPLE_ADJ:
            if PEOPLE_ADJ[mod] == "injured" and (died := _WHO_DIED.match(text, np.end, s_end)):
                return "killed", died.end(), died.group("verb").lower()  # "two injured persons who succumbed to their wounds"
            return PEOPLE_ADJ[mod], np.end, mod
    among = _AMONG.match(text, np.end, s_end) or _AMONG.match(text, _after_who_they_were(text, np.end, s_end), s_end)
    if among:
        return R.AMONG_VICTIMS[re.sub(r"\s+", " ", among.group("who").lower())], among.end(), "among"
    aside = _ASIDE.match(text, np.end, s_end)
    at = aside.end() if aside else np.end
    v = _PEOPLE_VERB_RE.match(text[at:s_end])
    if not v:
        return None
    verb = v.group("verb").lower()
    measure = R.PEOPLE_VERBS[verb]
    tail = text[at + v.end() : at + v.end() + 40].lower()
    if verb == "buried" and _TRAPPED.match(tail):
        return None  # "five people were buried under the rubble": trapped, perhaps alive
    end = at + v.end()
    if (measure == "injured" and (_WHO.search(v.group(), 0, v.start("verb")) or not v.group()[: v.start("verb")].strip())
            and (died := _LATER_DIED.match(text, end, s_end))):
        # "a man who had been wounded on Saturday ... had died in hospital", "A woman wounded when
        # drones dropped explosives ... has died": one more dead
        return "killed", died.end(), died.group("verb").lower()
    if verb in ("suffered", "sustained", "received"):
        harm = _HARM_AFTER.match(tail)
        if harm is None:
            return None
        if harm.group("fatal"):
            measure = "killed"
        end += harm.end()  # the quote carries what they suffered: "suffered minor wounds"
    if verb in ("diagnosed", "treated") and (not re.match(r"(?:\s+\w+){0,2}?\s+(?:with|for)\b|\s+in\s+(?:a\s+|the\s+)?hospitals?\b", tail)
                                             or _NOT_WOUNDS.match(tail)):
        if not _WITH_WOUNDS.match(text, np.end, at + v.start("verb")):
            return None  # "seven people with splinter wounds were treated": the wounds come first
    return measure, end, verb


_WHO = re.compile(r"\b(?:who|that)\b", _I)
_OF_POLICE = re.compile(r"\s+of\s+police\b", _I)
_WHO_DIED = re.compile(rf"\s*,?\s+(?:who|that)\s+(?:later\s+|subsequently\s+|had\s+|have\s+|has\s+|since\s+)*(?P<verb>succumbed|died)\b", _I)
#: The main verb after a relative clause of the wounded: "... when a drone hit his car, had died".
_LATER_DIED = re.compile(rf"[^,;.]{{0,160}}?{_DIED}", _I)
_TRAPPED = re.compile(r"\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|ruins))\b")
_WITH_WOUNDS = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)\b", _I)


_LIST_COMMA = re.compile(r"\s*,\s+(?!and\b)", _I)


def _list_item(text: str, at: int, s_end: int, *, exact: bool = True) -> tuple[Interval, _NounPhrase] | None:
    """One people count at ``at``: "two seamen", "her two children", "a driver",
    "two of his sons"; with ``exact``, not "more than 100 civilians"."""
    kin = _POSSESSIVE.match(text, at)  # "a woman and her two children", "a man and his son"
    m2 = ANCHOR.match(text, kin.end() if kin else at)
    if m2 and ((exact and m2.group("qual")) or m2.group("qty").lower() == "no"):
        return None
    of_kin = _OF_KIN.match(text, m2.end(), s_end) if m2 else None  # "a fisherman and two of his sons"
    np2 = (noun_phrase(text, (of_kin or m2).end(), s_end) if m2
           else (noun_phrase(text, kin.end(), s_end) if kin else None))
    if np2 is None and m2 and (om := _OPEN_PLURAL.match(text, (of_kin or m2).end(), s_end)) and _open_head(om):
        np2 = _NounPhrase(om.group("head"), "people", [], om.end())  # "seven pilgrims and two monks": people as the first
    iv2 = _interval(m2.group("qual"), m2.group("qty")) if m2 else (
        Interval(1, 1) if np2 and np2.head in _SINGULAR_PEOPLE else None)
    if np2 is None or np2.kind != "people" or iv2 is None:
        return None
    return iv2, np2


def _list_items(text: str, at: int, s_end: int, *, exact: bool = True) -> list[tuple[Interval, _NounPhrase]]:
    """The further items of a list of victims after its first: "and a child",
    ", a bakery helper and a tricycle driver". Items joined by commas count only
    when an "and" item closes the list ("two soldiers, three civilians were
    hurt" is two groups)."""
    items: list[tuple[Interval, _NounPhrase]] = []
    while len(items) < 6:
        if more := _AND_RE.match(text[at:s_end]):
            item = _list_item(text, at + more.end(), s_end, exact=exact)
            return items + [item] if item else []
        comma = _LIST_COMMA.match(text, at, s_end)
        item = _list_item(text, comma.end(), s_end, exact=exact) if comma else None
        if item is None or _people_measure(text, item[1], s_end) or _OWN_AUX.match(text, item[1].end, s_end):
            return []
        items.append(item)
        at = item[1].end
    return []


def _apposition(iv: Interval, items: list[tuple[Interval, _NounPhrase]]) -> bool:
    """Whether the items after a comma add up to the first count: they name its people."""
    return iv.high is not None and sum(i.low for i, _ in items) == iv.low == iv.high and all(i.high == i.low for i, _ in items)


#: "not a single civilian was harmed"; not "a contractor who was not a U.S. citizen was killed"
_NOT_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bis\s)\bnot\s+(?:a\s+)?$", _I)
#: A parent described by the number of their children: "a mother of four (children)".
_PARENTS = frozenset({"mother", "father", "parent", "grandmother", "grandfather", "mom", "dad"})
_PARENT_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(_PARENTS)})s?\s+of\s+$", _I)
_PARENT_OF = re.compile(r"\s+of\s+[\w-]+(?:\s+(?:young\s+|small\s+)?(?:children|kids|sons|daughters|boys|girls))?\b", _I)


def _people(text, m, iv, np, s_start, s_end, left, last_people) -> list[Claim]:
    qty = m.group("qty").lower()
    start = m.start()
    if np.head in _PARENTS and (of := _PARENT_OF.match(text, np.end, s_end)):
        np = replace(np, end=of.end())  # "A mother of four children and her daughter were killed": two
    elif of := _OF_POLICE.match(text, np.end, s_end):
        np = replace(np, end=of.end())  # "a deputy superintendent of police and three constables": one and three
    # "The captain and two seamen were injured": one more, named first without a number
    one = None if m.group("qual") or qty == "no" else _ONE_BEFORE_AND.search(text, max(s_start, start - 50), start)
    if one:
        iv, start = Interval(iv.low + 1, None if iv.high is None else iv.high + 1), one.start()
    lverb = _LEFT_ACTIVE_RE.search(text[max(s_start, start - 40) : start])
    # A comma/and list continuing a previous people claim: "deaths of six Iraqis, three ..."
    listed = (
        last_people is not None
        and last_people.end <= start
        and re.fullmatch(r"\s*(?:,|,?\s+and)\s*", text[last_people.end : start]) is not None
    )
    if listed and _REPORTS_AFTER.match(text, np.end, s_end):
        return []  # "wounded four soldiers, a U.S. official said": the speaker, not a victim
    if listed and (_people_measure(text, np, s_end) or _OWN_AUX.match(text, np.end, s_end)):
        listed = False  # an item with its own verb starts a new group ("and 25 others were treated for shock")
    total = iv
    end = np.end
    # "a woman and a child", "five others and a US soldier": one group of victims
    # ("the injured included six Saudis and a Yemeni" is seven, as the dev set counts them).
    if not listed and not m.group("qual"):
        # Counts add up, but "more than 350 fighters and more than 100 civilians" are two claims.
        items = _list_items(text, np.end, s_end)
        if (items and not lverb and _LIST_COMMA.match(text, np.end, s_end) and text.startswith(",", items[-1][1].end)
                and _apposition(iv, items)):
            items = []  # "Two passersby, a shepherd and his son, were wounded": the two named
        if items and iv.low >= 2 and all(iv2.low >= 2 for iv2, _ in items):
            # "four Armenian soldiers and three Azerbaijani soldiers died": each group its
            # own claim, as annotators count them (not "two soldiers and a Briton", three)
            if (last := _people_measure(text, items[-1][1], s_end)) or lverb:
                measure, verb = (last[0], last[2]) if last else (R.ACTIVE_PEOPLE_VERBS[re.sub(r"\s+", " ", lverb.group("verb").lower())], lverb.group("verb").lower())
                return [_claim(text, measure, iv, None, start, np.end, "count.people_list_item", verb)]
            items = []
        if items:
            for iv2, np2 in items:
                total = Interval(total.low + iv2.low, None if total.high is None or iv2.high is None else total.high + iv2.high)
            np2 = items[-1][1]
            end = np2.end
            np = _NounPhrase(np2.head, "people", np.mods + [mod for _, n in items for mod in n.mods], np2.end)
    found = _people_measure(text, np, s_end)
    if not found and not listed and m.group("qual") and (items := _list_items(text, np.end, s_end, exact=False)):
        # "more than 350 fighters and more than 100 civilians were killed": the verb is the list's
        found = _people_measure(text, items[-1][1], s_end)
        if found:
            found, listed = (found[0], np.end, found[2]), True  # the other items are claims of their own
    if not found and not listed and (bare := _AND_RE.match(text[np.end : s_end])) and not ANCHOR.match(text, np.end + bare.end(), s_end):
        # "dozens of soldiers and civilians were killed": one group, counted together
        np2 = noun_phrase(text, np.end + bare.end(), s_end)
        if np2 is not None and np2.kind == "people" and (found := _people_measure(text, np2, s_end)):
            end = np2.end
    if found:
        measure, vend, verb = found
        if qty == "no" and verb not in ("killed", "hurt", "harmed", "injured", "wounded", "dead", "suffered"):
            return []
        claim = _claim(text, measure, total, m.group("qual"), start, max(vend, end), "count.people_passive", verb)
        # "five civilian contractors injured and one US service member injured"
        tail = _AND_RE.match(text[claim.end : s_end])
        if tail and not listed and total is iv:
            m3 = ANCHOR.match(text, claim.end + tail.end())
            np3 = noun_phrase(text, m3.end(), s_end) if m3 else None
            iv3 = _interval(m3.group("qual"), m3.group("qty")) if m3 else None
            f3 = _people_measure(text, np3, s_end) if np3 and np3.kind == "people" else None
            if f3 and iv3 and f3[0] == measure and not m3.group("qual"):  # "... and at least 10 injured inmates": a claim of its own
                claim = _claim(text, measure, Interval(total.low + iv3.low, None if total.high is None or iv3.high is None else total.high + iv3.high),
                               m.group("qual"), start, f3[1], "count.people_list", verb)
        return [claim]
    treated = lverb is not None and lverb.group("verb").lower() == "treated"
    if lverb and qty != "no" and not (treated and (not _FOR_AFTER.match(text, end, s_end) or _NOT_WOUNDS.match(text, end, s_end))):
        verb = lverb.group("verb").lower()
        measure = R.ACTIVE_PEOPLE_VERBS[re.sub(r"\s+", " ", verb)]
        vstart = max(s_start, start - 40) + lverb.start()
        return [_claim(text, measure, total, m.group("qual"), vstart, end, "count.people_active", verb)]
    if listed and qty != "no":
        return [_claim(text, last_people.measure, iv, m.group("qual"), start, np.end, "count.people_list_item", last_people.verb)]
    return []


def _zero_claims(text: str, idx: SentenceIndex) -> Iterator[Claim]:
    """Zero statements, matched in the lower-cased text, quoted from the original."""
    for rule_id, pattern, measure in _ZERO:
        needs = R.ZERO_RULE_WORDS.get(rule_id)
        if needs and not idx.has_any(needs):
            continue  # none of the words every match of this rule holds
        before = _ZERO_BEFORE.get(rule_id)
        for m in R.word_finditer(pattern, idx.lower):
            start = m.start()
            if before is not None:
                b = before.search(idx.lower, max(0, start - 60), start)
                if b is None:
                    continue
                start = b.start()
            if measure == "verb":
                verb = m.group("verb")
                meas = R.PEOPLE_VERBS[verb] if verb in R.PEOPLE_VERBS else R.ACTIVE_PEOPLE_VERBS[verb]
            elif measure == "noun":
                meas = R.MEASURE_NOUNS[m.group("noun")]
            else:
                meas = measure
            quote = text[start : m.end()]
            yield Claim(meas, 0, 0, None, start, m.end(), quote, rule_id)
            groups = m.groupdict()
            noun2, verb2 = groups.get("noun2"), groups.get("verb2")
            if noun2 and noun2 in R.MEASURE_NOUNS:
                yield Claim(R.MEASURE_NOUNS[noun2], 0, 0, None, start, m.end(), quote, rule_id)
            if verb2 and R.PEOPLE_VERBS[verb2] != meas:
                yield Claim(R.PEOPLE_VERBS[verb2], 0, 0, None, start, m.end(), quote, rule_id)


# Each rule starts with \b, checked by R.word_finditer (much faster than in the regex).
_ZERO = [(rid, R.lower_regex(p.removeprefix(r"\b")), meas) for rid, p, meas in R.ZERO_RULES]
_ZERO_BEFORE = {rid: R.lower_regex(p) for rid, p in R.ZERO_RULE_BEFORE.items()}
_SINGULAR = [w for w in R.PEOPLE_NOUNS if not w.endswith(("s", "men")) and w not in ("people", "personnel", "staff", "crew", "men", "women", "children", "other")]
_BARE_HEADLINE = re.compile(
    rf"(?:[^:\n]{{0,60}}:\s+)?(?!(?:a|an|one)\s)(?:[A-Z][\w.’'-]*\s+){{0,2}}?"
    rf"(?P<more>(?:(?:{R.alt(_SINGULAR)})(?:\s*,\s*|\s+and\s+|\s*&\s*)){{0,3}})"  # "Woman, son killed": two
    rf"(?P<noun>{R.alt(_SINGULAR)})\s+(?P<verb>killed|wounded|injured|hurt|dead|dies)\b", _I  # "A woman wounded ...": the count's own rules
)
_HEADLINE_ITEM_END = re.compile(r",|\band\b|&", _I)
_BARE_OBJECT = re.compile(  # its leading \b is checked by R.word_finditer
    rf"(?P<verb>kills|killed|killing|kill|wounds|wounding|wound|injures|injuring|injure)\s+(?:(?:[A-Z][\w.’'-]*|military|civilian|foreign|private|local|security|coalition|american|iraqi)\s+){{0,3}}(?P<noun>{R.alt(_SINGULAR)})\b(?![ \t]+[A-Z])",
)


#: One relative named by kinship: "his wife was seriously wounded", "her 12-year-old son was killed".
_KIN_VICTIM = re.compile(
    rf"\b(?:his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{R.alt(sorted(_KIN_WORDS))})"
    rf"(?P<one>\s+and\s+(?:(?:his|her|their)\s+)?(?:{R.alt(sorted(_KIN_WORDS))}))?"  # "his brother and nephew were killed": two
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>killed|wounded|injured|hurt|dead)\b", _I
)


#: The same kin as the object of a verb: "killing her husband", "injured her husband and their two sons",
#: "she lost her husband and two daughters".
_KIN_PLURAL = ["sons", "daughters", "children", "brothers", "sisters", "grandchildren", "grandsons",
               "granddaughters", "cousins", "nephews", "nieces", "parents", "relatives"]
_KIN_OBJECT = re.compile(
    r"\b(?P<verb>killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|hurt|hurting|hurts|lost|losing)"
    rf"\s+(?:his|her|their|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{R.alt(sorted(_KIN_WORDS))})\b"
    rf"(?:\s+and\s+(?:(?:his|her|their|my|our)\s+)?(?P<more>{R.DIGIT_NUMBER}|{R.WORD_NUMBER})\s+(?:[\w-]+\s+)?(?:{R.alt(_KIN_PLURAL)})\b"
    rf"|\s+and\s+(?:(?:his|her|their|my|our)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<one>{R.alt(sorted(_KIN_WORDS))})\b)?", _I)  # "injuring her mother and (her) brother", "and his six-year-old nephew": two


_AFTER_SEMICOLON = re.compile(r";\s*")
_HEADLINE_JOIN = re.compile(r"[;,]\s*")


#: The second of a pair after "one" of them: "One was shot down and the other hit a
#: storage tank", "One landed in a field. The other struck a house."
_THE_OTHER = re.compile(
    rf"(?:\s*(?:,|;|\.)?\s*(?:and|while|whereas|but|,|;)?\s+|\.\s+)(?P<q>the\s+(?:other|second)(?:\s+one)?)"
    rf"(?:\s+{PROJ_AUX}){{0,3}}\s+(?:\w+ly\s+)?(?P<verb>{R.alt(R.IMPACT_VERBS + ['destroyed', 'crossed', 'flew'])})\b",
    _I,
)


def _the_other(text: str, idx: SentenceIndex, claims: list[Claim]) -> Iterator[Claim]:
    """One more projectile after a part of one told as "one ...": "the other hit a tank"."""
    for c in claims:
        if c.measure != "projectiles_subset" or (c.low, c.high) != (1, 1) or c.quote[:3].lower() != "one":
            continue
        # In its sentence, or opening the next one.
        no = idx.sentence_no(c.start)
        end = idx.sentences[no].end
        nxt = idx.sentences[no + 1] if no + 1 < len(idx.sentences) else None
        for m in _THE_OTHER.finditer(text, c.end, min(nxt.end if nxt else end, c.end + 200)):
            if m.start("q") >= end and m.start("q") != nxt.start:
                continue
            yield Claim("projectiles_subset", 1, 1, None, m.start("q"), m.end(), text[m.start("q") : m.end()],
                        "count.the_other", m.group("verb").lower())
            break


#: The earlier figure a count of victims went up or down from, right after it: "rose to
#: 11, up from the four the department reported", "14, up from 12 on Monday", "... That
#: is up from the six we announced yesterday".
_UP_FROM = re.compile(rf"[^.;:]{{0,160}}?(?:,|[.;]\s+(?:that|this|it)(?:\s+(?:is|was)|['’]s))\s*(?P<q>(?:up|down)\s+from\s+(?:the\s+)?(?P<qty>{R.QUANTITY_RE}))\b(?!\s*(?:%|percent|per\s+cent))", _I)


_MEASURE_WORD_AFTER = re.compile(r"\s+(?:people\s+|soldiers\s+|civilians\s+)?(?P<w>dead|killed|wounded|injured|hurt)\b", _I)


def _up_from(text: str, claims: list[Claim]) -> Iterator[Claim]:
    """The earlier figure of victims a count replaced, as a claim of the same measure."""
    for c in claims:
        if c.measure in ("injured", "killed", "casualties") and (m := _UP_FROM.match(text, c.end)):
            iv = _interval(None, m.group("qty"))
            named = _MEASURE_WORD_AFTER.match(text, m.end())
            if named and R.MEASURE_NOUNS[named.group("w").lower()] != c.measure:
                continue  # "17 killed and 21 wounded, up from the nine dead": the dead's earlier figure only
            if iv is not None:
                yield _claim(text, c.measure, iv, None, m.start("q"), m.end(), "count.up_from", c.verb)


#: A fact box's line, a label and its figure: "Civilians reported killed: 3-5",
#: "Death toll: 45", "Wounded: about 300", "Drones shot down: 27", "Casualties: none".
_LABELLED = re.compile(
    r"^[ \t]*(?:[-•*·▪][ \t]*)?(?:[\w’'.-]+[ \t]+){0,4}?"
    r"(?P<what>killed|dead|deaths?|fatalities|death[ \t]+toll|toll|injured|wounded|injuries|hurt|casualties"
    rf"|(?:{R.alt(R.PROJECTILE_NOUNS)})(?:[ \t]+(?P<verb>fired|launched|intercepted|shot[ \t]+down|destroyed|downed))?)"
    r"(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*:[ \t]*"
    rf"(?:(?P<none>none|nil|zero)|(?:(?P<qual>{R.QUALIFIER_RE})[ \t]+)?(?P<qty>{R.QUANTITY_RE})"
    rf"(?:[ \t]*(?:-|–|to)[ \t]*(?P<hi>{R.DIGIT_NUMBER}))?)"
    r"(?=[ \t]*(?:$|[(\[;,.]))",
    re.I | re.M,
)
def _labelled(text: str) -> Iterator[Claim]:
    """Counts in a fact box, one label and figure a line (see :data:`_LABELLED`)."""
    for m in _LABELLED.finditer(text):
        what, verb = m.group("what").lower(), (m.group("verb") or "fired").lower()
        measure = _measure_word(what) or ("killed" if what == "toll" else
                                          "projectiles" if verb in ("fired", "launched") else "projectiles_subset")
        if m.group("none"):
            iv: Interval | None = Interval(0, 0)
        else:
            if _YEAR.fullmatch(m.group("qty")):
                continue  # "Updated: 2024", never a toll of 2,024
            iv = _interval(m.group("qual"), m.group("qty"))
            if iv is not None and m.group("hi"):
                hi = int(m.group("hi").replace(",", ""))
                iv = Interval(iv.low, hi) if hi > iv.low and iv.high == iv.low else None
        if iv is not None:
            start = m.start() + len(m.group()) - len(m.group().lstrip(" \t-•*·▪"))
            yield Claim(measure, iv.low, iv.high, m.group("qual"), start, m.end(), text[start : m.end()], "count.labelled")


def _bare_singular(text: str, idx: SentenceIndex) -> Iterator[Claim]:
    """Headline style counts of one: "Contractor killed", "attack kills US contractor"."""
    # Only sentences with one of the verbs can match: find them in one pass.
    for no in idx.sentences_with(_HEADLINE_VERBS):
        span = idx.sentences[no]
        # a headline's clause: its start, or after a semicolon ("Rockets hit base; contractor hurt"),
        # or in a headline (no full stop) after a comma ("Drones strike Sotk, serviceman killed")
        joins = _AFTER_SEMICOLON if text[span.end - 1] in ".!?\"”'’" else _HEADLINE_JOIN
        starts = itertools.chain([span.start], (c.end() for c in joins.finditer(text, span.start, span.end)))
        m = next((h for at in starts if (h := _BARE_HEADLINE.match(text, at, span.end))), None)
        if m:
            measure = R.PEOPLE_VERBS[m.group("verb").lower()]
            n = 1 + len(_HEADLINE_ITEM_END.findall(m.group("more")))
            yield Claim(measure, n, n, None, m.start(), m.end(), m.group(), "count.bare_headline", m.group("verb").lower())
    for m in R.word_finditer(_BARE_OBJECT, text):
        measure = R.ACTIVE_PEOPLE_VERBS[m.group("verb").lower()]
        first = text[m.end("verb") :].split()[0].lower() if text[m.end("verb") :].split() else ""
        if first in ("a", "an", "the", "one"):
            continue
        yield Claim(measure, 1, 1, None, m.start(), m.end(), m.group(), "count.bare_object", m.group("verb").lower())
    for no in idx.sentences_with(_KIN_WORDS):
        span = idx.sentences[no]
        for m in _KIN_VICTIM.finditer(text, span.start, span.end):
            verb = m.group("verb").lower()
            n = 2 if m.group("one") else 1
            yield Claim(R.PEOPLE_VERBS[verb], n, n, None, m.start(), m.end(), m.group(), "count.kin_victim", verb)
        for m in _KIN_OBJECT.finditer(text, span.start, span.end):
            verb = m.group("verb").lower()
            more = parse_quantity(m.group("more")) if m.group("more") else None
            n = 1 + (more.low if more and more.low == more.high else 0) + (1 if m.group("one") else 0)
            if m.group("more") and n == 1:
                continue  # "and their several children": no count
            yield Claim(R.ACTIVE_PEOPLE_VERBS[verb], n, n, None, m.start(), m.end(), m.group(), "count.kin_victim", verb)


_NUMBER_OF = R.lower_regex(
    rf"(?P<head>number|total|toll|tally|figure|count)\b(?:\s+of\s+(?P<what>[\w\s.,’'-]{{0,120}}?))?"
    rf"(?:,?\s+[\w’'-]+){{0,18}}?,?\s+(?:(?:had|has|have|now|was|is|stood|stands)\s+)*"  # "toll from ... in Bama, Borno State, has risen to 19"
    rf"(?P<verb>risen|rises|rise|rose|climbed|climbs|jumped|increased|grown|grew|reached|stood|stands|was|is|at|tops|topped|exceeded"
    rf"|corrected|revised|updated)"  # "The number of dead has been corrected to three"
    rf"(?:\s+from\s+(?:{R.DIGIT_NUMBER}|{R.QUANTITY_RE}))?(?:\s+(?:to|at))?\s+(?:(?P<qual>{R.QUALIFIER_RE})\s+)?(?P<qty>{R.QUANTITY_RE})(?![\w+])"
)


#: "bringing the death toll to 11", "raised the number of injured troops to more than
#: 40", "and the number of wounded to 40", "bringing to 70 the number of Americans hurt",
#: "revised the death toll down to four", "put the death toll higher, at 27".
_BRINGING = R.lower_regex(
    r"(?P<verb>bringing|brings|brought|raising|raises|raised|raise|taking|takes|took|pushing|pushes|pushed|and"
    r"|revised|revises|revising|lowered|lowers|lowering|corrected|corrects|correcting|updated|updates|updating"
    r"|put|puts|putting|placed|places|placing)\s+"
    r"(?:(?:(?:the|that|this|its|their)\s+)?(?:[\w’'-]+\s+)?(?:overall\s+|total\s+|official\s+)?"  # "the military death toll"
    r"(?P<head>(?:death|casualty|injury)\s+toll|toll|tally|total|number|figure|count)\b"
    r"(?:\s+of\s+(?P<what>[\w\s.’'-]{0,60}?)|\s+(?P<what3>killed|dead|wounded|injured|hurt)\b)?(?:\s+[\w’'-]+){0,6}?,?\s+(?:to|at)"  # "the number killed in ... to six"
    rf"|to(?=\s+(?:(?:{R.QUALIFIER_RE})\s+)?(?:{R.DIGIT_NUMBER}|{R.QUANTITY_RE})\s+the\s+(?:number|total|toll)\b))"
    rf"\s+[\"“]?(?:(?P<qual>{R.QUALIFIER_RE})\s+)?(?P<qty>{R.QUANTITY_RE})(?![\w+])"
    r"(?:\s+the\s+(?:number|total|toll)\s+of\s+(?P<what2>[\w\s.’'-]{0,60}?(?:hurt|injured|wounded|killed|dead)\b))?"
)
#: "raised that figure to five" (not "the count of damaged buildings", "the total deployed to 1,500")
_TO_AFTER = re.compile(r"\s*,?\s+(?:to|at)\b", _I)
_PEOPLE_WORD_AFTER = re.compile(r"\s+(?:killed|dead|wounded|injured|hurt)\b", _I)


def _number_of(text: str, idx: SentenceIndex, found: list[Claim]) -> Iterator[Claim]:
    """"the number had risen to 64", "put the number of injured at 25"."""
    def end_of(pos: int) -> int:  # a tally is told in one sentence
        return idx.sentences[idx.sentence_no(pos)].end if idx.sentences else len(text)

    for m in R.word_finditer(_BRINGING, idx.lower, end_of=end_of):
        if m.group("verb") == "and" and not m.group("head"):
            continue
        iv = _interval(m.group("qual"), m.group("qty"))
        named = " ".join(g for g in (m.group("head"), m.group("what"), m.group("what2"), m.group("what3")) if g)
        said = text[m.start("head") : m.start("qty")] if m.group("head") else named
        toll = "toll" in (m.group("head") or "")
        measure = (_measure_word(named) or _measure_word(said) or (None if toll else _projectile_word(said))) if iv else None
        if iv and measure is None and toll:
            measure = _toll_measure(found)  # "raised the toll to 13": the dead, unless only wounded are counted
        if iv and measure is None and m.group("head") in ("figure", "count", "number", "total") and _TO_AFTER.match(text, m.end("head")):
            measure = _earlier_people_measure(found, m.start())  # "raised that figure to five" (not "the count of damaged buildings")
        if measure:
            yield Claim(measure, iv.low, iv.high, m.group("qual"), m.start(), m.end(), text[m.start() : m.end()],
                        "count.toll_to", m.group("verb"))
    for m in R.word_finditer(_NUMBER_OF, idx.lower, end_of=end_of):
        if _PEOPLE_WORD_AFTER.match(text, m.end()):
            continue  # "the toll stood at 7 killed and 22 wounded": the counts say what they count
        if (np := noun_phrase(text, m.end(), end_of(m.start()))) is not None and np.kind == "proj":
            continue  # "our count is eight rockets": a count of projectiles (count.projectile)
        if m.group("verb") in ("corrected", "revised", "updated") and not re.search(r"\b(?:to|at)\b", text[m.end("verb") : m.start("qty")]):
            continue  # "was revised 2 days later to 12": the count follows "to"
        qual = m.group("qual") or ("tops" if m.group("verb") in ("tops", "topped", "exceeded") else None)
        iv = _interval(qual, m.group("qty"))
        if iv is None:
            continue
        window = text[max(0, m.start() - 80) : m.start()]
        measure = _measure_word(text[max(0, m.start() - 12) : m.start("verb")])
        if measure is None and m.group("what") is not None:
            measure = _projectile_word(m.group("what"))  # "the number of rockets was four"
            if measure is None:
                continue  # "the count of damaged buildings at 40" counts no victims
        measure = measure or (_toll_measure(found) if m.group("head") == "toll" else _measure_word(window))  # "toll rises to four": the dead
        measure = measure or _earlier_people_measure(found, m.start())
        if measure is None:
            continue
        yield Claim(measure, iv.low, iv.high, qual, m.start(), m.end(), text[m.start() : m.end()], "count.number_of", m.group("verb"))
    if "toll" in idx.lower:
        for m in R.word_finditer(_TOLL_OF, idx.lower, end_of=end_of):
            iv = _interval(m.group("qual"), m.group("qty"))
            if iv is None or _PEOPLE_WORD_AFTER.match(text, m.end()) or _NOUN_AFTER_TOLL.match(text, m.end()):
                continue  # "a toll of five dead": the count's own noun says (count.measure_noun)
            measure = _measure_word(m.group("kind") or "") or _toll_measure(found)
            yield Claim(measure, iv.low, iv.high, m.group("qual"), m.start(), m.end(), text[m.start() : m.end()], "count.toll_of", None)


#: "a toll of two", "a death toll of at least 12" (a noun phrase: no verb tells the figure).
_TOLL_OF = R.lower_regex(
    rf"(?:(?P<kind>death|casualty|injury)\s+)?toll\s+of\s+(?:(?P<qual>{R.QUALIFIER_RE})\s+)?(?P<qty>{R.QUANTITY_RE})(?![\w+%])")
_NOUN_AFTER_TOLL = re.compile(r"\s+(?!(?:on|in|at|from|for|given|reported|after|since|by|and|or|was|is)\b)[a-z]", _I)


def _toll_measure(found: list[Claim]) -> str:
    """What a toll counts when no word says: the dead, unless the article counts only wounded
    ("Health officials raise civilian toll to three" in a story where nobody died)."""
    measures = {c.measure for c in found}
    return "injured" if "injured" in measures and "killed" not in measures else "killed"


def _earlier_people_measure(found: list[Claim], pos: int) -> str | None:
    """What a tally with no word of its own counts: the victims counted last before it,
    or projectiles counted just before it ("shot down five missiles and on November 13
    revised this figure to six")."""
    earlier = [c for c in found if c.end <= pos and c.measure != "casualties"]
    last = max(earlier, key=lambda c: c.end, default=None)  # found is in rule order
    if last is not None and last.measure.startswith("projectiles") and pos - last.end <= _SAME_FIGURE_REACH:
        return last.measure
    people = [c for c in earlier if c.measure in ("injured", "killed")]
    return max(people, key=lambda c: c.end).measure if people else None


_SAME_FIGURE_REACH = 60  # "this figure" right after the projectiles: theirs


#: Plural projectile nouns (not "rocket attacks": a singular is a modifier there).
_PROJECTILE_WORD = re.compile(rf"\b(?:{R.alt(sorted(w for w in R.PROJECTILE_NOUNS if w.endswith('s')))})\b")
_DOWNED_WORD = re.compile(rf"\b(?:{_DOWNING})\b")


def _projectile_word(named: str) -> str | None:
    """"the number of rounds", "the number of drones shot down" (a part)."""
    named = named.lower()
    if not _PROJECTILE_WORD.search(named):
        return None
    return "projectiles_subset" if _DOWNED_WORD.search(named) else "projectiles"


def _measure_word(s: str) -> str | None:
    s = s.lower()
    if re.search(r"\b(?:death|dead|killed|fatalit)", s):
        return "killed"
    if re.search(r"\b(?:injur|wound|hurt|tbi|concussion)", s):
        return "injured"
    if re.search(r"\bcasualt", s):
        return "casualties"
    return None


_ORDINAL_N = re.compile(rf"(?:a|the)\s+({'|'.join(R.ORDINALS)})\b")
_ANOTHER_N = re.compile(r"another\b(?!\s+\d)")
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", _I)
_OR_NOUN = re.compile(r"\s+or\s+")
_LEFT_INTERCEPT = re.compile(rf"\b(?P<verb>{_DOWNING})\s+(?:all\s+)?$", _I)  # headlines: "intercepts dozens"
_OF_THEM = re.compile(r"\s+(?:(?:of\s+)?(?:them|these|those)|more)\b", _I)  # "injuring four more"
_OWN_AUX = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b", _I)
_FOR_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+for\b", _I)  # "treated 11 troops for concussion"
#: Treated for what is no wound: "25 were treated for shock", "treated 12 people for anxiety".
_NOT_WOUNDS = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:for|with)\s+(?:\w+\s+)?(?:shock|anxiety|panic|stress|trauma|psychological|emotional|hysteria)\b", _I)


def _implied_total(claims: list[Claim]) -> int:
    """The fewest projectiles the main attack's ordinals imply: "a third
    landed near the camp" three, "another struck the airport" (or "another
    three") one (three) more than the count just before it."""
    implied, before = 0, None
    for c in claims:
        if c.event != "main" or not c.measure.startswith("projectiles"):
            continue
        q = c.quote.lower()
        if m := _ORDINAL_N.match(q):
            implied = max(implied, R.ORDINALS.index(m.group(1)) + 2)
        elif (_ANOTHER_N.match(q) or c.extra.get("another")) and before is not None and before.sentence_no >= c.sentence_no - 1:
            implied = max(implied, before.low + c.low)
        before = c
    return implied


def _below(c: Claim, implied: int) -> bool:
    """Whether a count is below an implied salvo: "two" or "at least one" below
    "a third", but not "multiple" or "up to 27", which allow it."""
    if c.high is not None:
        return c.high < implied
    return c.qualifier is not None and c.low < implied


def _breakdown(main: list[Claim]) -> set[int]:
    """The counts that split a total named apart from them, all in one sentence
    ("48 drones and rockets ... 36 drones and 12 rockets"): their ids."""
    exact = [c for c in main if c.high == c.low and c.low > 0]
    by_sentence: dict[int, list[Claim]] = {}
    for c in exact:
        by_sentence.setdefault(c.sentence_no, []).append(c)
    lows = Counter(c.low for c in exact)
    parts: set[int] = set()
    for group in by_sentence.values():
        whole = sum(c.low for c in group)
        if len(group) >= 2 and lows[whole] > sum(c.low == whole for c in group):
            parts |= {id(c) for c in group}  # the total stands in another sentence
        elif len(group) >= 3 and (total := next((c for c in group if 2 * c.low == whole), None)):
            parts |= {id(c) for c in group if c is not total}  # "48 in all: 36 drones and 12 rockets"
    return parts


def resolve_subsets(claims: list[Claim]) -> list[Claim]:
    """A projectile count that hit one place is a subset of the salvo when it is
    below the article's largest count ("four rockets landed in the Green Zone"
    when seven were fired), or no larger than a vague total ("several rockets
    targeting three sites" and "two rockets fell on the base")."""
    main = [c for c in claims if c.measure == "projectiles" and c.event == "main"
            and c.extra.get("subset_basis") != "cue"]
    if not main:
        return claims
    top = max(c.low for c in main)
    implied = _implied_total(claims)  # "a third": at least three, which a vague "multiple" allows
    # A vague count ("several rockets fell") allows any larger one: a count no larger
    # than it is a part ("two rockets hit the Green Zone"), whatever verb either has.
    vague_top = max((c.low for c in main if c.high is None and c.qualifier is None), default=None)
    in_main = {id(c) for c in main}  # identity: equal claims are still different statements
    parts = _breakdown(main)
    out = []
    for c in claims:
        if id(c) in parts:
            out.append(replace(c, measure="projectiles_subset", extra={**c.extra, "subset_basis": "breakdown"}))
            continue
        # "up to 40 rockets hit" may be the whole salvo of which "eleven" fell on one village
        most = c.high if c.high is not None else c.low
        if id(c) in in_main and c.extra.get("subset_basis") == "impact" and (
            most < top or (vague_top is not None and c.high is not None and c.high <= vague_top) or _below(c, implied)
        ):
            c = replace(c, measure="projectiles_subset", extra={**c.extra, "subset_basis": "below_total"})
        out.append(c)
    return out
