"""Generate realistic news articles about attacks, with their gold claims.

Used by the benchmark (``scripts/benchmark.py``) and as a property test of
extraction: every figure the generator writes is a claim the extractor must
find with the same interval, and every other number it writes (troops
stationed, calibres, distances, ages, money, years) must yield none.

Articles are shaped like wire and newspaper copy, 0.9 to 2.6 KB (mean 1.6 KB;
the 37 real articles of the shipped corpus and the dev set average 1.7 KB and
3.4 claims per KB, these 2.2): headline, optional byline, dateline, a lead with the
salvo and its speaker, subsets, casualties (numerals, number words, "a dozen",
qualifiers, zeros, lists of people), quotes and context without counts, a
background paragraph about an earlier attack, and a footer.

News never runs out of new names: towns, officials, militias and reporters are
made up from syllables (:func:`_name`), and context sentences are templates
with alternatives, so that the vocabulary grows with the corpus as real news
does: fixed word lists would let a tokeniser's cache serve the whole benchmark
(the README's speed section has the figures).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]
OUTLETS = ["Reuters", "AFP", "UPI", "The Daily Ledger", "Gulf Courier", "Northern Tribune", "Capital Wire",
           "Levant Post", "Riverside Herald", "Eastern Monitor"]
WIRES = ("Reuters", "AFP", "UPI")
PLACES = [("Erbil", "the airport"), ("Baghdad", "the Green Zone"), ("Kirkuk", "the K1 base"),
          ("Basra", "the port"), ("Anbar", "Ain al-Asad air base"), ("Hasakah", "a coalition outpost"),
          ("Mosul", "the old city"), ("Deir ez-Zor", "the Conoco gas field"), ("Taji", "the Taji camp"),
          ("Balad", "Balad air base")]
SPEAKERS = ["the Iraqi military", "a coalition spokesman", "the interior ministry", "a local official",
            "police", "the US embassy", "a security source", "the Joint Operations Command",
            "a military statement", "two security officials"]
PROJ = ["rockets", "missiles", "mortar rounds", "Katyusha rockets", "drones", "projectiles", "mortar shells"]
PEOPLE = ["people", "civilians", "soldiers", "contractors", "guards", "workers", "service members"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NAMES = ["Ahmed Rasheed", "Sara Haddad", "John Miller", "Maya Gebeily", "Omar Khalil", "Laura Chen",
         "Yusuf Ali", "Daniel Price", "Nour Salem", "Karim Aziz"]
ORGS = ["the Popular Mobilization Forces", "the provincial council", "the foreign ministry",
        "the defence ministry", "a Shiite political bloc", "the prime minister's office"]
#: Sentences with no count in them: context, quotes, reactions, numbers that are not counts.
FILLER = [
    "Sirens sounded across the area and residents were told to take cover.",
    "The attack came amid rising tension between armed factions and the government.",
    "No group immediately claimed responsibility for the attack.",
    "Security forces later closed roads around the site and began a search.",
    "The government condemned what it called a cowardly act against the country's stability.",
    "Analysts said the timing suggested a message ahead of talks in the capital.",
    "Footage shared on social media appeared to show smoke rising over the district.",
    "Washington has repeatedly blamed Iran-backed groups for similar attacks on its interests.",
    "Tehran denied any role and called on all sides to show restraint.",
    "Flights were briefly suspended while crews inspected the runway.",
    "Residents said they heard several loud explosions shortly before midnight.",
    "The launch site was later found in a field on the outskirts of the city, the statement added.",
    "Parliament is due to debate the presence of foreign forces in the country next month.",
    "Officials did not say whether any buildings had been damaged.",
    "The embassy has been the target of repeated attacks since the start of the year.",
    "Police said they had opened an investigation and were questioning witnesses.",
    "Oil prices rose slightly on the news before easing later in the day.",
    "The barrage lit up the night sky over the city.",
    "There was no word on injuries at a checkpoint near the site.",
    "The embassy said on Twitter that its staff were safe and accounted for.",
    "The country's leaders have struggled to rein in armed groups that operate outside the state's control.",
    "It wasn't clear who had fired them — or why the defences didn't respond sooner.",
    "A curfew was imposed on the surrounding neighbourhoods until further notice.",
]
#: Numbers that are not counts of projectiles or victims (each must give no claim).
NOT_COUNTS = [
    "About {troops} US troops are stationed in the country as part of the coalition.",
    "The rockets were 107 mm Katyushas, a type widely used by armed groups in the region.",
    "The base lies about {km} km north of the city.",
    "The government offered a ${money} million reward for information on the attackers.",
    "It was the {nth} attack on {site} since {month}, according to a tally kept by the outlet.",
    "The {age}-year-old commander vowed to respond.",
    "The coalition was formed in 2014 to fight the Islamic State group.",
    "The militia, founded in 2003, counts thousands of fighters in its ranks.",
]
QUOTES = [
    "\u201cWe will not be intimidated by these cowardly acts,\u201d {name}, a spokesman for {org}, told reporters.",
    "\u201cThis was a direct attack on our sovereignty,\u201d {name} of {org} said in a statement.",
    "{name}, an analyst who follows armed groups, said the attack \u201cfits a pattern we have seen for months.\u201d",
    "\u201cThe situation is under control,\u201d {name} said, adding that an investigation was under way.",
]
#: Syllables names are made of: "Kafr Dunbarah", "Col. Hamid al-Sarkhani", "Saraya Mulkesh".
SYLLABLES = ("ka mar rab ul sa din ha lim ya ra bad zar ni ta qa sim jab mu har dan bur ki fa wi ros tan "
             "ov esh lo mi gor vel ban ti sur chak pa nor du sha kel mes ab ri zu hel dor").split()
GIVEN = ["Ahmed", "Sara", "John", "Maya", "Omar", "Laura", "Yusuf", "Daniel", "Nour", "Karim", "Hamid", "Leila",
         "Mustafa", "Ali", "Fatima", "Hassan", "Zainab", "Mark", "Olena", "Andriy", "Samir", "Rania", "Tariq",
         "Ibrahim", "Mariam", "David", "Khalid", "Aisha", "Ivan", "Hana", "Jamal", "Rebecca", "Haider", "Salma"]
TITLES = ["Col.", "Maj. Gen.", "Brig. Gen.", "Lt. Col.", "Capt.", "Governor", "Mayor", "Sheikh", "Dr."]
TOWN_FORMS = ["{}", "Kafr {}", "Tal {}", "{}abad", "Al-{}", "{}iyah", "Ain {}", "{}ivka", "Umm {}", "Nahr {}"]


def _name(rng: random.Random) -> str:
    """A made-up proper name of 2 or 3 syllables: "Dunbarah", "Velkimes"."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize()


@dataclass(slots=True)
class _Cast:
    """The made-up names one article uses."""

    town: str
    town2: str
    district: str
    official: str
    witness: str
    reporter: str
    militia: str

    @classmethod
    def draw(cls, rng: random.Random) -> _Cast:
        person = lambda: f"{rng.choice(GIVEN)} {rng.choice(('al-', '', ''))}{_name(rng)}"  # noqa: E731
        return cls(
            town=rng.choice(TOWN_FORMS).format(_name(rng)), town2=rng.choice(TOWN_FORMS).format(_name(rng)),
            district=_name(rng), official=f"{rng.choice(TITLES)} {person()}", witness=person(), reporter=person(),
            militia=f"{rng.choice(('Saraya', 'Kataib', 'Liwa', 'Ashab', 'Harakat'))} {_name(rng)}")


#: Context sentences with the article's names, and "{a|b}" alternatives (:func:`_fill`).
CONTEXT = [
    "{Residents|Witnesses|People living nearby} in {town} said the {blasts|explosions} {shook windows|rattled doors|woke them} in the {district} district.",
    "{official}, who {commands|oversees} {security|forces} in the {area|province}, said patrols had been {stepped up|reinforced} around {town}.",
    "A group calling itself {militia} claimed the attack {in a post on Telegram|in a statement online}, a claim that could not be {independently verified|confirmed}.",
    "The road between {town} and {town2} was {closed|sealed off} {for most of the morning|until the afternoon}.",
    "{witness}, a {shopkeeper|teacher|taxi driver|farmer} in {town}, said {he|she} {was asleep|had just left home} when the {first blast|explosions} {came|began}.",
    "Investigators believe the {launchers were|launch pad was} set up in an orchard {outside|east of|south of} {town2}.",
    "{official} {told|said in an interview with} local television that the {attackers|perpetrators} would be {brought to justice|found}.",
    "{militia} has {previously|in the past} {threatened|warned} foreign forces to leave the {country|region}.",
    "Schools in {town} {stayed closed|were shut} {the next day|on the following day} as a precaution.",
    "{witness} said {rubble|debris|shattered glass} covered the {main street|market square} of {district}.",
    "{Local|Provincial|Municipal} authorities in {town} {urged|asked|advised} {families|residents|motorists} to {avoid|stay away from} the {area|outskirts|industrial zone} {while|as} {engineers|bomb-disposal teams|forensic teams} {combed|searched|examined} the {site|craters|wreckage}.",
    "The {strike|attack|bombardment} {drew|prompted|triggered} {swift|angry|immediate} {condemnation|protests|criticism} from {lawmakers|tribal elders|clerics|rights groups} in {town2}, who {accused|blamed} {militia} of {endangering|targeting|terrorising} {civilians|ordinary people|their neighbourhoods}.",
    "{Electricity|Water|Mobile phone} {service|supply|coverage} {across|throughout} {district} was {cut|interrupted|disrupted} {overnight|for several hours|into the evening}, {according to|said} {a utility official|the municipality|residents}.",
    "{official} {described|called} the {assault|attack|barrage} {a violation of sovereignty|a provocation|an act of terrorism|a desperate move} and {promised|pledged|vowed} a {thorough|full|swift} {inquiry|investigation|response}.",
    "{Photographs|Videos|Images} {circulating|posted|shared} {online|on social media|by residents} {showed|appeared to show} {charred|burned-out|mangled} {cars|vehicles|trucks} {near|outside|beside} a {mosque|petrol station|bakery|warehouse} in {town}.",
    "{Diplomats|Western officials|Regional envoys} {fear|worry|warn} that {tit-for-tat|repeated|escalating} {strikes|attacks|reprisals} could {unravel|derail|undermine} {months of|fragile|tentative} {talks|negotiations|efforts} to {calm|contain|defuse} the {conflict|crisis|standoff}.",
    "{witness} {recalled|described} {hearing|seeing} a {whistling|roaring|hissing} {sound|noise} {moments|seconds|shortly} before the {impact|blast|explosion} {lit up|shook} the {sky|neighbourhood|street}.",
    "The {ministry|command|governor's office} {declined|refused} to {comment|elaborate|give details} on {whether|how} the {defences|air-defence systems|radars} had {failed|responded|tracked} the {incoming fire|launches}.",
    "{Ambulances|Fire engines|Civil defence crews} {raced|rushed|headed} {to|toward} {district} {as|while} {smoke|flames|dust} {billowed|rose|drifted} {over|above} the {rooftops|skyline|compound}.",
    "{Farmers|Traders|Shepherds} {near|around|outside} {town2} said {they|the villagers} {had grown used to|feared|dreaded} the {nightly|frequent|sporadic} {shelling|bombardments|rocket fire} {but|yet} {had nowhere else to go|could not afford to leave}.",
]
_ALTERNATIVE = re.compile(r"\{([^{}|]*\|[^{}]*)\}")


def _fill(rng: random.Random, template: str, cast: _Cast) -> str:
    """A context template with one of each "{a|b}" chosen and the cast's names put in."""
    chosen = _ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return _cap(chosen.format(**asdict(cast)))


ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


@dataclass(slots=True)
class Article:
    doc_id: str
    outlet: str
    published: dt.date
    incident_date: dt.date
    text: str
    claims: list[dict] = field(default_factory=list)


def _num(rng: random.Random, n: int) -> str:
    return WORDS[n] if n < len(WORDS) and rng.random() < 0.6 else str(n)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _claim(measure: str, low: int, high: int | None, *, event: str = "main", speaker: str | None = None) -> dict:
    return {"measure": measure, "low": low, "high": high, "event": event, "speaker": speaker}


#: House styles: typographic apostrophes and quotes (most outlets, as in the
#: real articles: 1.2 curly apostrophes per KB against 0.4 straight ones) or
#: plain ASCII. One character for one, so offsets do not move.
CURLY = str.maketrans({"'": "\u2019"})
STRAIGHT = str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-"})


class _Writer:
    def __init__(self, style: dict[int, str] | None = None) -> None:
        self.style = style or {}
        self.parts: list[str] = []
        self.claims: list[dict] = []
        self.pos = 0

    def add(self, *chunks: str | tuple[str, dict]) -> None:
        """Append text; a (text, claim) chunk is a claim whose quote is the text."""
        for chunk in chunks:
            if isinstance(chunk, tuple):
                text, claim = chunk
                self.claims.append({**claim, "quote": text, "start": self.pos, "end": self.pos + len(text)})
            else:
                text = chunk.translate(self.style)
            self.parts.append(text)
            self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _quantity(rng: random.Random, n: int) -> tuple[str, int, int | None]:
    """A count phrase for n with a qualifier, and the interval GOLD_SCHEMA gives it."""
    kind = rng.choice(["", "", "", "", "at least ", "more than ", "about ", "up to ", "some ", "nearly ",
                       "fewer than ", "vague"])
    if kind == "vague":
        return rng.choice([("several", 2, None), ("a number of", 2, None), ("multiple", 2, None),
                           ("dozens of", 24, None)])
    if kind == "" and n == 12 and rng.random() < 0.5:
        return "a dozen", 12, 12
    if kind == "" and n == 24 and rng.random() < 0.5:
        return "two dozen", 24, 24
    low, high = {"": (n, n), "at least ": (n, None), "more than ": (n + 1, None), "about ": (n, n),
                 "up to ": (0, n), "some ": (n, n), "nearly ": (n, n), "fewer than ": (0, n - 1)}[kind]
    return f"{kind}{_num(rng, n)}", low, high


def _lead(rng: random.Random, w: _Writer, *, noun: str, site: str, weekday: str, speaker: str, outlet: str) -> int:
    fired = rng.randint(2, 30)
    q, low, high = _quantity(rng, fired)
    claim = _claim("projectiles", low, high, speaker=speaker)
    when = rng.choice([f"on {weekday} night", f"late on {weekday}", f"in the early hours of {weekday}", f"on {weekday}"])
    shape = rng.randrange(6)
    if shape == 0:
        w.add((_cap(f"{q} {noun}"), claim), f" were fired at {site} {when}, {speaker} said.")
    elif shape == 1:
        w.add((_cap(f"{q} {noun} struck"), claim), f" {site} {when}, according to {speaker}.")
    elif shape == 2:
        w.add(f"{_cap(speaker)} said ", (f"{q} {noun} had been launched", claim), f" at {site} {when}.")
    elif shape == 3:
        w.add(f"{_cap(speaker)} told reporters that ", (f"{q} {noun} were fired", claim), f" at {site} {when}.")
    elif shape == 4:
        nested = _claim("projectiles", low, high, speaker="officials")
        w.add(f"{outlet} reported that officials said ", (f"{q} {noun} hit", nested), f" {site} {when}.")
    else:
        w.add(f"{weekday}\u2019s attack on {site} involved ", (f"{q} {noun}", claim), f", {speaker} said.")
    return fired


def _subset(rng: random.Random, w: _Writer, *, noun: str, fired: int) -> None:
    part = rng.randint(1, fired - 1)
    head = noun.split()[-1]
    shape = rng.randrange(3)
    if shape == 0 and fired > 3 and rng.random() < 0.3:
        w.add(" ", ("A third rocket landed", _claim("projectiles_subset", 1, 1)), " near a school.")
    elif shape == 0:
        w.add(" ", (_cap(f"{_num(rng, part)} of the {head} landed"), _claim("projectiles_subset", part, part)),
              " inside the perimeter.")
    elif shape == 1:
        w.add(" ", (_cap(f"{_num(rng, part)} of them were intercepted"), _claim("projectiles_subset", part, part, speaker="officials")),
              " by air defences, officials said.")
    else:
        w.add(" Air defences shot down ", (f"{_num(rng, part)} of the {head}", _claim("projectiles_subset", part, part)),
              ".")


def _casualties(rng: random.Random, w: _Writer) -> None:
    shape = rng.randrange(10)
    if shape == 7:
        w.add("The attack ended ", ("without casualties", _claim("casualties", 0, 0, speaker="the ministry")), ", the ministry said.")
    elif shape == 8:
        w.add(("No casualties were reported", _claim("casualties", 0, 0)), " in the immediate aftermath.")
    elif shape == 9:
        w.add("The health ministry reported ", ("1 casualty", _claim("casualties", 1, 1, speaker="The health ministry")), ".")
    elif shape == 0:
        w.add(("No one was hurt", _claim("injured", 0, 0, speaker="officials")), ", officials said.")
    elif shape == 1:
        w.add("There were ", ("no casualties", _claim("casualties", 0, 0, speaker="the ministry")), ", the ministry said in a statement.")
    elif shape == 2:
        w.add(("No injuries were reported", _claim("injured", 0, 0)), " and damage was limited to a parking area.")
    elif shape == 3:
        w.add(("A woman and a child were wounded", _claim("injured", 2, 2, speaker="a medical source")),
              " when shrapnel hit their home, a medical source said.")
    elif shape == 4:
        n = rng.randint(2, 9)
        w.add((_cap(f"{_num(rng, n)} US soldiers and a Briton were killed"), _claim("killed", n + 1, n + 1)), ".")
    else:
        hurt = rng.choice([rng.randint(1, 40), 12, 24])
        q, low, high = _quantity(rng, hurt)
        w.add((_cap(f"{q} {rng.choice(PEOPLE)} were wounded"), _claim("injured", low, high)), ".")
        if rng.random() < 0.5:
            dead = rng.randint(1, 9)
            w.add(" The attack also ", (f"killed {_num(rng, dead)} {rng.choice(['people', 'civilians', 'guards'])}",
                                        _claim("killed", dead, dead)), ".")
        elif rng.random() < 0.3:
            w.add(" The blast ", ("killed one contractor and an Iraqi soldier", _claim("killed", 2, 2)), ".")
        elif rng.random() < 0.4:
            dead, hurt2 = rng.randint(2, 9), rng.randint(2, 20)
            source = "a police source"
            w.add(" Another strike nearby ", (f"killed {_num(rng, dead)} people", _claim("killed", dead, dead, speaker=source)),
                  " and ", (f"wounded {_num(rng, hurt2)}", _claim("injured", hurt2, hurt2, speaker=source)), f", {source} said.")


def _background(rng: random.Random, w: _Writer, *, incident: dt.date) -> None:
    past = rng.randint(2, 12)
    shape = rng.randrange(3)
    if shape == 0:
        w.add("Last month, a similar attack ", (f"killed {_num(rng, past)} soldiers",
                                                _claim("killed", past, past, event="other:last-month")),
              " near the border.")
    elif shape == 1:
        month = MONTHS[(incident.month - 3) % 12]
        year = incident.year - 1
        w.add(f"In {month} {year}, ", (f"{_num(rng, past)} rockets hit", _claim("projectiles", past, past, event=f"other:{year}")),
              " the same area, causing damage but no deaths.")
        w.claims.append({**_claim("killed", 0, 0, event=f"other:{year}"), "quote": "no deaths",
                         "start": w.pos - len("no deaths."), "end": w.pos - 1})
    else:
        w.add(f"In {incident.year - 2}, a drone strike ", (f"killed {_num(rng, past)} fighters",
                                                           _claim("killed", past, past, event=f"other:{incident.year - 2}")),
              " at a base near the city.")


def _sentences(rng: random.Random, k: int, site: str, cast: _Cast) -> str:
    n_context = sum(rng.random() < 0.5 for _ in range(k))
    pool = rng.sample(FILLER, k - n_context) + [_fill(rng, t, cast) for t in rng.sample(CONTEXT, n_context)]
    rng.shuffle(pool)
    if rng.random() < 0.7:
        extra = rng.choice(NOT_COUNTS).format(
            troops=rng.choice(["2,500", "900", "3,000"]), km=rng.randint(5, 60), money=rng.randint(1, 9),
            nth=f"{rng.randint(4, 30)}th", site=site, month=rng.choice(MONTHS), age=rng.randint(30, 70))
        pool.insert(rng.randrange(len(pool) + 1), extra)
    return " ".join(pool)


def make_article(rng: random.Random, doc_id: str) -> Article:
    incident = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2200))
    published = incident + dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = WEEKDAYS[incident.weekday()]
    outlet = rng.choice(OUTLETS)
    city, site = rng.choice(PLACES)
    noun = rng.choice(PROJ)
    speaker = rng.choice(SPEAKERS)
    w = _Writer(CURLY if rng.random() < 0.75 else STRAIGHT)
    cast = _Cast.draw(rng)
    w.add(f"{_cap(noun)} hit {site} {rng.choice(('in ' + city, 'near ' + cast.town))}\n\n")
    if outlet in WIRES:
        w.add(f"{city.upper()}, {published.strftime('%b')} {published.day} ({outlet}) - ")
    else:
        w.add(f"By {cast.reporter}\n\n", f"{city.upper()} \u2014 " if rng.random() < 0.5 else "")
    fired = _lead(rng, w, noun=noun, site=site, weekday=weekday, speaker=speaker, outlet=outlet)
    if fired > 2 and rng.random() < 0.7:
        _subset(rng, w, noun=noun, fired=fired)
    w.add("\n\n")
    _casualties(rng, w)
    w.add("\n\n", rng.choice(QUOTES).format(name=rng.choice((cast.official, cast.witness)), org=rng.choice(ORGS)), "\n\n")
    for _ in range(rng.randint(2, 6)):
        w.add(_sentences(rng, rng.randint(2, 3), site, cast), "\n\n")
    if rng.random() < 0.7:
        _background(rng, w, incident=incident)
        w.add("\n\n")
    w.add(_sentences(rng, 2, site, cast), "\n\n")
    if outlet == "Reuters":
        w.add(f"(Reporting by {cast.reporter}; Editing by {rng.choice(NAMES)})\n")
    else:
        w.add(f"Source \u00bb {outlet}\n")
    return Article(doc_id, outlet, published, incident, w.text, w.claims)
def generate(n: int, *, seed: int = 0) -> list[Article]:
    rng = random.Random(seed)
    return [make_article(rng, f"g{i:06d}") for i in range(n)]


def write_corpus(articles: list[Article], root: str | Path) -> Path:
    """Write a gold corpus folder: articles/, manifest.csv, gold.jsonl."""
    root = Path(root)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    manifest = ["doc_id,outlet,url,published,title"]
    gold = []
    for a in articles:
        (root / "articles" / f"{a.doc_id}.txt").write_text(a.text, encoding="utf-8")
        manifest.append(f"{a.doc_id},{a.outlet},,{a.published.isoformat()},")
        gold.append(json.dumps({"id": a.doc_id, "outlet": a.outlet, "published": a.published.isoformat(),
                                "incident_date": a.incident_date.isoformat(),
                                "claims": [{k: v for k, v in c.items() if k not in ("start", "end")} for c in a.claims]}))
    (root / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (root / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return root
