"""One article -> its claims, attributed, and its main attack's date.

The per-article step around :func:`crosscount.extract.extract_claims`:
attribution, subset resolution, sites and dates. It imports no table library,
so worker processes (:mod:`crosscount.workers`) start quickly;
:mod:`crosscount.claims` builds the tables from its results.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from crosscount import extract
from crosscount import rules as R
from crosscount.attribution import CUE_WORDS, LEAD, SentenceCues, attribute, carry_on, main_part, sentence_cues
from crosscount.dates import DATING_WORDS, DAY_WORDS, OPENS_ON_A_DAY, DateGuess, attack_weekday, event_weekdays, named_dates, numeric_date_offsets, resolve_incident_date, since_dates, weekday_gap
from crosscount.extract import Claim, extract_claims, resolve_subsets
from crosscount.sites import SITE_WORDS, one_site_total, resolve_sites, several_sites
from crosscount.text import SentenceIndex

#: Words of attack: sentences without one are not used to date the attack.
ATTACK_WORDS = frozenset({
    "attack", "attacked", "rocket", "rockets", "missile", "missiles", "drone", "drones", "mortar", "mortars",
    "strike", "strikes", "struck", "hit", "fired", "launched", "targeted", "explosion", "siren", "sirens",
    "killed", "died", "wounded", "injured",
    # what else tells of the attack in a lead: "set the depot ablaze on Friday", "came under fire"
    "attacks", "hits", "strikes", "barrage", "salvo", "shelling", "shelled", "ablaze", "blast", "fire",
    "explosions", "intercepted", "killing", "wounding", "injuring",
    # attacks of other kinds: "Sunday's twin suicide bombings", "the raid on the post", "militants stormed"
    "bombing", "bombings", "bombed", "bomb", "bombs", "raid", "raids", "airstrike", "airstrikes", "assault",
    "ambush", "ambushed", "stormed", "clash", "clashes",
})
_ATTACK = re.compile(rf"\b(?:{'|'.join(sorted(ATTACK_WORDS))})\b", re.I)
#: The words an article's rules look for, found in one scan of its text.
_WORDS = extract.WORDS | CUE_WORDS | ATTACK_WORDS | DATING_WORDS | SITE_WORDS


#: What the per-article step gives: claims, the main attack's date, and its weekday.
Result = tuple[list[Claim], DateGuess, str | None]


def article_claims(text: str, *, published: dt.date | None = None) -> tuple[list[Claim], DateGuess]:
    """All claims of one article, attributed, and the date of its main attack."""
    claims, when, _weekday = article_result(text, published)
    return claims, when


_DAYS_AFTER = 3


#: A numeral in brackets, as some outlets print counts: "confronted (11) drones".
_BRACKETED = re.compile(r"\((\d[\d,]*)\)")


def article_result(original: str, published: dt.date | None) -> Result:
    """:func:`article_claims` and the weekday the main attack is told on (None if none)."""
    # read "(11) drones" as " 11  drones": the same offsets, quoted from the original
    text = _BRACKETED.sub(r" \1 ", original) if "(" in original else original
    index = SentenceIndex(text, words=_WORDS)
    cues = sentence_cues(text, index)
    claims = attribute(text, list(extract_claims(text, index=index)), index, cues)
    # Both readers stop at the first sentence that dates the attack: found lazily.
    figures = {index.sentence_no(at) for at in numeric_date_offsets(text)}  # "26-10-2023": no day word tells them
    for_weekday, for_date = itertools.tee(_main_sentences(text, index, claims, cues, figures))
    weekday = attack_weekday(for_weekday)
    when = resolve_incident_date(text, published, for_date)
    # Without a publication date, weekdays are read around the attack's date, and
    # more of them after it: the story tells what followed ("On Tuesday, officials said").
    base = published or (when.date + dt.timedelta(days=_DAYS_AFTER) if when.date else None)
    _mark_other_dates(text, index, claims, when, base, weekday, figures)
    _last_week_is_main(claims, when, published)
    _air_raids_are_another(text, index, claims)
    carry_on(text, index, claims, cues)  # after every rule that moves claims to another attack
    if text != original:
        for c in claims:
            if c.start > 0 and original[c.start - 1] == "(" and text[c.start - 1] == " ":
                c.start -= 1  # the quote opens with the bracket: "(11) drones"
            span = index.sentences[c.sentence_no]
            c.quote, c.sentence = original[c.start : c.end], original[span.start : span.end]
    return _resolve_sites(text, index, cues, resolve_subsets(claims)), when, weekday


#: Victims of air raids after the claim: "35 people had been killed in Israeli air strikes
#: since Monday" (not "killed by rockets fired in response to air strikes").
_KILLED_IN_AIR_RAID = re.compile(
    r"(?:(?!\b(?:response|retaliation|reply|answer|rockets?|missiles?|mortars?|drones?|shells?)\b)[^.;]){0,40}?"
    r"\b(?:in|by|during)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|airstrikes?|air\s+raids?)\b", re.I)
#: Air raids: in a story whose lead tells of rockets, missiles, mortars or drones,
#: "Israeli jets struck Bint Jbeil, killing two" is the other side's answer.
_AIR_RAID = re.compile(r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|warplanes|fighter\s+jets|jets|helicopters?)\b", re.I)


def _air_raids_are_another(text: str, index: SentenceIndex, claims: list[Claim]) -> None:
    lead = index.sentences[:2]  # the headline and the first sentence, or the first two
    if not lead or _AIR_RAID.search(text, lead[0].start, lead[-1].end):
        return  # the lead is about an air raid: it may be the main attack
    for c in claims:
        if c.event == "main" and c.measure in ("killed", "injured", "casualties"):
            at = c.sentence.find(c.quote)
            if at > 0 and _AIR_RAID.search(c.sentence, 0, at) or at >= 0 and _KILLED_IN_AIR_RAID.match(c.sentence, at + len(c.quote)):
                c.event = "other:air-raid"


_LAST_WEEK = re.compile(r"\blast\s+week(?:['’]s)?\b", re.I)


def _last_week_is_main(claims: list[Claim], when: DateGuess, published: dt.date | None) -> None:
    """A follow-up published a week after the attack it reports calls it "last
    week's attack": that is the main attack, not another (filled in place)."""
    if when.date is None or published is None or not 3 <= (published - when.date).days <= 13:
        return
    for c in claims:
        if c.event == "other:last-week" and _LAST_WEEK.search(c.sentence):
            c.event = "main"


def _resolve_sites(text: str, index: SentenceIndex, cues: SentenceCues, claims: list[Claim]) -> list[Claim]:
    """Totals fired at one site of an attack on several become parts (:mod:`crosscount.sites`)."""
    ends = {c.sentence_no: index.sentences[c.sentence_no].end for c in claims}
    if not any(one_site_total(text, c, ends.get(c.sentence_no)) for c in claims):
        return claims  # no total fired at one site: the costlier test below is moot
    other = {c.sentence_no for c in claims if c.event != "main"} - {c.sentence_no for c in claims if c.event == "main"}
    main = (text[index.sentences[no].start : index.sentences[no].end]
            for no in index.sentences_with(SITE_WORDS) if cues[no] is None and no not in other)
    if not several_sites(main):
        return claims
    return resolve_sites(text, claims, ends)


#: Days a sentence's date may differ from the main attack's and still be it
#: (a local date against a US one, an overnight attack).
DATE_SLACK_DAYS = 1
#: A sentence that opens on its day with an attack ("On Sunday, a drone attack on Odesa
#: killed four") dates that attack firmly: no slack, unless the main attack's own day was
#: a night's or an early hour's, which reports date either way. Not "On Monday, officials said".
_OPENS_ON_DAY = re.compile(
    rf"{OPENS_ON_A_DAY},?\s+"
    r"(?:(?:an?\s+|the\s+|another\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|barrages?|shelling|bombardment|raids?"
    r"|drones?|rockets?|missiles?|shells?|mortars?|explosions?|blasts?|bombings?)\b"
    r"|(?:(?!(?:said|says|told|reported|announced|confirmed|added)\b)[\w-]+\s+){1,6}?(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b)", re.I)  # "On Friday, a soldier and two civilians were wounded"
_NIGHT = re.compile(r"\b(?:night|late|overnight|early|evening|dawn|midnight|hours)\b", re.I)


def _mark_other_dates(text: str, index: SentenceIndex, claims: list[Claim], when: DateGuess,
                      base: dt.date | None, weekday: str | None, figures: set[int]) -> None:
    """Claims of the main attack in sentences that date another day and not
    the main attack's ("On Jan. 4, ten rockets struck ...") belong to that
    other attack (filled in place). Without the main attack's date, its
    weekday tells ("On Monday, an attack ..." in a story about Friday's)."""
    main = when.date
    if main is None and weekday is None:
        return
    named = set(index.sentences_with(DAY_WORDS)) | figures  # sentences that can name a day
    other: dict[int, str | None] = {}
    for c in claims:
        if c.event != "main" or c.sentence_no not in named:
            continue
        if c.sentence_no not in other:
            span = index.sentences[c.sentence_no]
            sentence = text[span.start : span.end]
            # The sentence that dated the main attack names its day.
            dated_main = bool(when.evidence) and when.evidence in sentence
            slack = 0 if _OPENS_ON_DAY.match(sentence) and not _NIGHT.search(when.evidence or "") else DATE_SLACK_DAYS
            other[c.sentence_no] = None if dated_main else _other_day(sentence, main, base, weekday, slack)
        if other[c.sentence_no]:
            c.event = f"other:{other[c.sentence_no]}"


def _other_day(sentence: str, main: dt.date | None, base: dt.date | None, weekday: str | None,
               slack: int = DATE_SLACK_DAYS) -> str | None:
    """The other day a sentence dates its event to, if it names no day within ``slack`` days of the main attack's."""
    if main is not None and base is not None:
        days = named_dates(sentence, base)
        if days and all(abs((d - main).days) > slack for d in days):
            return days[0].isoformat()
        # a tally since a day before the attack counts earlier attacks too
        since = since_dates(sentence, base)
        if since and all((main - d).days > slack for d in since):
            return f"since-{since[0].isoformat()}"
        return None
    names = event_weekdays(sentence)
    if weekday and names and all(weekday_gap(n, weekday) > slack for n in names):
        return names[0]
    return None


def _main_sentences(text: str, index: SentenceIndex, claims: list[Claim], cues: SentenceCues,
                    figures: set[int]) -> Iterator[str]:
    """Sentences about the main attack, in reading order, to date it from."""
    other = {c.sentence_no for c in claims if c.event != "main"}
    # Only sentences with an attack word (main_part is a part of one) and a word
    # that can date it (a weekday, a month, "yesterday"): the readers skip the rest.
    dating = set(index.sentences_with(DATING_WORDS)) | figures  # and the sentences with dates in figures
    for no in (n for n in index.sentences_with(ATTACK_WORDS) if n in dating):
        if no in other:
            continue
        span = index.sentences[no]
        whole = text[span.start : span.end]
        sent = main_part(whole, cues[no], lead=no < LEAD)
        if sent is whole or (sent and _ATTACK.search(sent)):
            yield sent  # the whole sentence holds an attack word: it was found in it


def article_item(item: tuple[str, dt.date | None]) -> Result:
    """:func:`article_result` on a (text, published) pair: what worker processes are sent."""
    return article_result(*item)
