"""Generate realistic news articles about attacks, with their gold claims.

Used by the benchmark (``scripts/benchmark.py``) and as a property test of
extraction: every figure the generator writes is a claim the extractor must
find with the same interval. Articles vary outlets, datelines, counts, number
words, qualifiers, speakers and background paragraphs about other attacks.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]
OUTLETS = ["Reuters", "AFP", "UPI", "The Daily Ledger", "Gulf Courier", "Northern Tribune", "Capital Wire"]
PLACES = [("Erbil", "the airport"), ("Baghdad", "the Green Zone"), ("Kirkuk", "the K1 base"),
          ("Basra", "the port"), ("Anbar", "Ain al-Asad air base"), ("Hasakah", "a coalition outpost")]
SPEAKERS = ["the Iraqi military", "a coalition spokesman", "the interior ministry", "a local official",
            "police", "the US embassy", "a security source"]
PROJ = ["rockets", "missiles", "mortar rounds", "Katyusha rockets", "drones"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "Sirens sounded across the area and residents were told to take cover.",
    "The attack came amid rising tension between armed factions and the government.",
    "No group immediately claimed responsibility for the attack.",
    "Security forces later closed roads around the site and began a search.",
    "The government condemned what it called a cowardly act against the country's stability.",
    "Analysts said the timing suggested a message ahead of talks in the capital.",
]


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


class _Writer:
    def __init__(self) -> None:
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
                text = chunk
            self.parts.append(text)
            self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def make_article(rng: random.Random, doc_id: str) -> Article:
    incident = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2200))
    published = incident + dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = WEEKDAYS[incident.weekday()]
    outlet = rng.choice(OUTLETS)
    city, site = rng.choice(PLACES)
    noun = rng.choice(PROJ)
    fired = rng.randint(2, 30)
    speaker = rng.choice(SPEAKERS)
    w = _Writer()
    w.add(f"{_cap(noun)} hit {site} in {city}\n\n")
    if outlet in ("Reuters", "AFP", "UPI"):
        w.add(f"{city.upper()}, {published.strftime('%b')} {published.day} ({outlet}) - ")
    qual = rng.choice(["", "", "at least ", "more than "])
    low, high = {"": (fired, fired), "at least ": (fired, None), "more than ": (fired + 1, None)}[qual]
    q = _cap(f"{qual}{_num(rng, fired)} {noun}")
    w.add((q, {"measure": "projectiles", "low": low, "high": high, "event": "main", "speaker": speaker}),
          f" were fired at {site} on {weekday} night, {speaker} said.")
    if fired > 2 and rng.random() < 0.7:
        part = rng.randint(1, fired - 1)
        w.add(" ", (_cap(f"{_num(rng, part)} of the {noun.split()[-1]} landed"),
                    {"measure": "projectiles_subset", "low": part, "high": part, "event": "main", "speaker": None}),
              " inside the perimeter.")
    w.add("\n\n")
    shape = rng.random()
    if shape < 0.3:
        phrase, measure = ("No one was hurt", "injured") if shape < 0.15 else ("There were no casualties", "casualties")
        w.add((phrase, {"measure": measure, "low": 0, "high": 0, "event": "main", "speaker": None}), ", officials said.")
    else:
        hurt = rng.randint(1, 40)
        qual = rng.choice(["", "at least "])
        w.add((_cap(f"{qual}{_num(rng, hurt)} {rng.choice(['people', 'civilians', 'soldiers', 'contractors'])} were wounded"),
               {"measure": "injured", "low": hurt, "high": None if qual else hurt, "event": "main", "speaker": None}),
              ".")
        if rng.random() < 0.5:
            dead = rng.randint(1, 9)
            w.add(" The attack also ", (f"killed {_num(rng, dead)} {rng.choice(['people', 'civilians', 'guards'])}",
                                        {"measure": "killed", "low": dead, "high": dead, "event": "main", "speaker": None}), ".")
    w.add("\n\n", " ".join(rng.sample(FILLER, 2)), "\n\n")
    if rng.random() < 0.6:
        past = rng.randint(2, 12)
        w.add("Last month, a similar attack ", (f"killed {_num(rng, past)} soldiers",
                                                {"measure": "killed", "low": past, "high": past, "event": "other:last-month", "speaker": None}),
              " near the border.\n\n")
    w.add(f"Source » {outlet}\n")
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
