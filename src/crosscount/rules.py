"""Extraction rules as data: word lists and patterns, each with example matches.

Matching code lives in :mod:`crosscount.extract`; this module only says
*what* counts. Every rule has an id so that a claim records which rule
produced it (column ``rule``), and the examples in the docstrings are the
contract tested in ``tests/test_rules.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from crosscount.numbers import DIGIT_NUMBER, IDIOMS, QUALIFIERS, VAGUE, WORD_NUMBER


def alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """Regex alternation, longest first, with spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def lower_regex(pattern: str) -> re.Pattern[str]:
    """Compile a pattern written in lower case, to run on lower-cased text
    (:func:`crosscount.text.lowered`). It finds what the pattern with
    IGNORECASE finds in the original text, several times faster: IGNORECASE
    makes Python's ``re`` compare every literal case-free, one at a time.

    >>> lower_regex(r"\\bno\\s+one\\b").search("so no one was hurt").span()
    (3, 9)
    """
    if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", pattern)):
        raise ValueError(f"pattern for lower-cased text has upper-case letters: {pattern[:80]}")
    return re.compile(pattern)


def word_finditer(pattern: re.Pattern[str], text: str, *, end_of: Callable[[int], int] | None = None) -> Iterator[re.Match[str]]:
    """``finditer`` of ``\\b`` + ``pattern``, for a pattern that starts with a
    letter or digit: its matches that begin a word.

    A leading ``\\b`` stops Python's ``re`` from jumping ahead to the
    pattern's first letters; checked here instead, a scan for "no
    casualties" runs several times faster. A match that does not begin a
    word is dropped and the search resumes one character on, so matches are
    the ones the ``\\b`` pattern finds.

    With ``end_of`` (offset -> end of its sentence), a match must end in
    the sentence it starts in: one that runs on is tried again cut there.

    >>> [m.start() for m in word_finditer(re.compile("no one"), "nono one, no one")]
    [10]
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        if end_of is not None and m.end() > (stop := end_of(start)):
            m = pattern.match(text, start, stop)
            if m is None:
                pos = start + 1
                continue
        yield m
        pos = max(m.end(), start + 1)


def trie(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """Alternation of lower-case words as a prefix tree, for lower-cased text.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every
    position; a tree tests one branch per next character, which makes a scan
    for a few hundred words several times faster. Longest match first, like
    :func:`alt`; spaces match any whitespace.

    >>> trie(["at least", "at most", "a"])
    'a(?:t\\\\s+(?:least|most))?'
    """
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_node(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return (body if body.startswith("(?:") and body.endswith(")") and len(branches) > 1 else f"(?:{body})") + "?"
    return body


# ---------------------------------------------------------------- counted things
#: Projectile nouns that also name planted bombs: a count of them is a claim only
#: when they were dropped, fired or struck ("drones dropped 14 explosive charges",
#: "one bomb struck the prayer hall"; not "a bomb exploded in the market").
DROPPED_ONLY = frozenset({"explosive charge", "explosive charges", "explosive device", "explosive devices", "explosives",
                          "explosive cylinders", "cylinder bombs", "cylinder bomb", "bomb"})
#: Nouns of projectiles ("rockets", "mortar rounds", "Katyushas", "drones").
PROJECTILE_NOUNS = [
    "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "mortar round",
    "mortar rounds", "mortar shell", "mortar shells", "mortar bomb", "mortar bombs", "shell", "shells", "projectile",
    "projectiles", "round", "rounds", "drone", "drones", "katyusha", "katyushas",
    "munition", "munitions", "uav", "uavs", "bomb-laden drones", "explosive-laden drones",
    "unmanned aerial vehicle", "unmanned aerial vehicles", "unmanned aerial system",
    "unmanned aerial systems", "unmanned aircraft", "unmanned aircraft system", "unmanned aircraft systems", "uas",
    "launches", "launch",  # military wording: "12 launches were identified crossing from Lebanon"
    "falls",  # the IDF's "a number of falls were identified in open areas"
    "aerial threats",  # "more than 300 aerial threats were launched toward Israel"
    "impacts",  # "at least 20 impacts at the air base"
    "interceptions",  # "at least five interceptions over Ashkelon": a part
    "rocket-propelled grenade", "rocket-propelled grenades", "rpg", "rpgs",  # rockets fired from a shoulder launcher
    "tatuco", "tatucos",  # Colombian copy: gas-cylinder bombs fired from improvised launchers
    "aerial device", "aerial devices",  # "attacked the base with six aerial devices": drones
    # "at least four bombs fell in the area" (mortar bombs in translated copy), "dropped 40 glide
    # bombs" (extract rejects "car bombs"); a single "bomb" only as DROPPED_ONLY says
    "bombs",
    "grenade", "grenades",  # "at least four 40mm grenades hit the station" (launcher fired)
    "quadcopter", "quadcopters",  # "two quadcopters dropped explosives on the camp"
    *sorted(DROPPED_ONLY),  # dropped or fired, never planted: counted only with such a verb
    "uncrewed aerial vehicle", "uncrewed aerial vehicles", "uncrewed aerial system", "uncrewed aerial systems",
    "uncrewed aircraft", "asbm", "asbms", "ascm", "ascms",  # CENTCOM: "two anti-ship ballistic missiles (ASBMs)"
    # Ukraine's air force: "85 aerial attack vehicles", "47 aerial targets were shot down"
    "aerial attack vehicles", "air attack vehicles", "aerial attack assets", "air attack assets", "aerial targets",
]
#: Words after a projectile noun that make it a modifier, not the thing counted
#: ("rocket attack", "missile launchers", "drone strike").
PROJECTILE_NOT_HEAD = [
    "attack", "attacks", "launcher", "launchers", "fire", "strike", "strikes", "system",
    "systems", "barrage", "barrages", "salvo", "sirens", "siren", "alarm", "alarms",
    "defense", "defence", "defenses", "launch", "site", "sites", "unit",
    "units", "program", "programme", "base", "bases", "battery", "batteries", "shield",
    "pad", "pads", "tube", "tubes", "vehicle", "vehicles", "ramp", "ramps", "window",
    "-",
]
#: Nouns of people who can be killed or injured.
PEOPLE_NOUNS = [
    "people", "person", "persons", "civilian", "civilians", "soldier", "soldiers",
    "troop", "troops", "service member", "service members", "servicemember",
    "servicemembers", "serviceman", "servicemen", "servicewoman", "member", "members",
    "personnel", "contractor", "contractors", "child", "children", "kid", "kids", "woman",
    "women", "man", "men", "girl", "girls", "boy", "boys", "american", "americans",
    "iraqi", "iraqis", "briton", "britons", "worker", "workers", "employee", "employees",
    "staff", "staffer", "staffers", "officer", "officers", "policeman", "policemen",
    "guard", "guards", "fighter", "fighters", "militant", "militants", "individual",
    "individuals", "resident", "residents", "marine", "marines", "sailor", "sailors",
    "airman", "airmen", "pilgrim", "pilgrims", "diplomat", "diplomats", "others", "citizen", "citizens", "national", "nationals", "passerby", "passersby",
    "bystander", "bystanders", "student", "students", "pupil", "pupils", "recruit",
    "recruits", "trainer", "trainers", "official", "officials", "security personnel",
    "family members", "teenager", "teenagers", "infant", "baby", "toddler",
    # family: "a woman and her two children", "a man and his son"
    "mother", "mothers", "father", "fathers", "son", "sons", "daughter", "daughters",
    "wife", "husband", "brother", "brothers", "sister", "sisters", "grandson",
    "granddaughter", "grandmother", "grandfather", "grandparents", "grandchildren", "grandchild",
    "uncle", "aunt", "cousin", "cousins", "nephew", "niece", "relative", "relatives",
    # other victims news names
    "journalist", "journalists", "reporter", "reporters", "doctor", "doctors", "medic",
    "medics", "paramedic", "paramedics", "nurse", "nurses", "crew", "crew member", "crew members",
    "crewmembers", "farmer", "farmers", "shepherd", "shepherds", "firefighter",
    "firefighters", "rescuer", "rescuers", "worshipper", "worshippers", "fisherman",
    "fishermen", "driver", "drivers", "patient", "patients", "refugee", "refugees",
    "villager", "villagers", "neighbour", "neighbours", "neighbor", "neighbors",
    "colleague", "colleagues", "friend", "friends",
    "tourist", "tourists", "hostage", "hostages",
    "foreigner", "foreigners", "engineer", "engineers", "technician", "technicians",
    "labourer", "labourers", "laborer", "laborers", "miner", "miners", "volunteer", "volunteers",
    "peacekeeper", "peacekeepers", "teacher", "teachers", "passenger", "passengers",
    "interpreter", "interpreters", "translator", "translators", "cameraman", "cameramen",
    "photographer", "photographers", "bodyguard", "bodyguards", "aide", "aides",
    "seafarer", "seafarers", "mariner", "mariners", "shopkeeper", "shopkeepers", "schoolboy", "schoolboys", "schoolgirl", "schoolgirls",
    "operative", "operatives", "commanders", "terrorist", "terrorists", "insurgent", "insurgents",  # not one "commander": a named one
    "auxiliary", "auxiliaries", "blue helmets", "seaman", "seamen", "crewman", "crewmen", "bosun", "captain", "settler", "settlers",
    "gunman", "gunmen", "rebel", "rebels", "suspect", "suspects", "attacker", "attackers", "assailant", "assailants", "jihadist", "jihadists", "caregiver", "caregivers",
    "pensioner", "pensioners", "youth", "youths", "constable", "constables", "vendor", "vendors",
    "passer-by", "passers-by", "passerby", "passersby", "bystander", "bystanders", "pedestrian", "pedestrians",
    "cop", "cops", "teen", "teens", "patrolman", "patrolmen", "policewoman", "policewomen",  # headline words
    "trooper", "troopers", "paratrooper", "paratroopers",
    "jawan", "jawans",  # South Asian copy: "an Army jawan and two civilians were killed"
    "guy", "guys",  # a seafarer: "Three of our guys were burned"
    "sepoy", "sepoys", "inspector", "inspectors", "sub-inspector", "sub-inspectors", "superintendent", "superintendents",
    "havildar", "havildars", "naik", "naiks", "khasadar", "khasadars",
    "motorist", "motorists", "commuter", "commuters", "shopper", "shoppers",
    "migrant", "migrants", "detainee", "detainees", "prisoner", "prisoners", "inmate", "inmates",
    "master", "private", "privates", "corporal", "corporals", "sergeant", "sergeants", "lieutenant", "lieutenants",
    "colonel", "colonels", "conscript", "conscripts", "reservist", "reservists", "cadet", "cadets",
    # trades news names victims by: "a bakery helper and a tricycle driver"
    "helper", "helpers", "assistant", "assistants", "cook", "cooks", "baker", "bakers", "merchant", "merchants",
    "trader", "traders", "mechanic", "mechanics", "clerk", "clerks", "cleaner", "cleaners", "janitor", "janitors",
    "electrician", "electricians", "porter", "porters", "herder", "herders", "herdsman", "herdsmen",
    "builder", "builders", "carpenter", "carpenters", "tailor", "tailors", "butcher", "butchers", "barber", "barbers",
    "waiter", "waiters", "watchman", "watchmen", "attendant", "attendants", "pharmacist", "pharmacists",
    "cleric", "clerics", "imam", "imams", "priest", "priests", "boatman", "boatmen", "cyclist", "cyclists",
    "mercenary", "mercenaries", "militiaman", "militiamen", "farmhand", "farmhands", "housewife", "housewives", "homeowner", "homeowners", "tenant", "tenants",
    "comrade", "comrades", "monk", "monks", "nun", "nuns", "novice", "novices", "pastor", "pastors", "worshiper", "worshipers", "mourner", "mourners",
    "investigator", "investigators", "prosecutor", "prosecutors", "judge", "judges", "lawyer", "lawyers", "agent", "agents",
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "pilot", "pilots",
    "gendarme", "gendarmes", "ranger", "rangers", "hunter", "hunters", "trucker", "truckers", "customer", "customers",
    "guest", "guests", "schoolchildren", "aid worker", "aid workers", "health worker", "health workers",
    # nationalities as nouns: "two Israelis were wounded", "killed three Syrians"
    "palestinian", "palestinians", "israeli", "israelis", "ukrainian", "ukrainians",
    "syrian", "syrians", "lebanese", "afghan", "afghans", "kurd", "kurds", "yemeni",
    "yemenis", "saudi", "saudis", "iranian", "iranians", "russian", "russians",
    "pakistani", "pakistanis", "egyptian", "egyptians", "jordanian", "jordanians",
    "turk", "turks", "filipino", "filipinos", "canadian", "canadians", "australian",
    "australians", "somali", "somalis", "nigerian", "nigerians", "sudanese",
]
#: People nouns that are adjectives too: head of "an Iraqi was killed", but only a
#: modifier in "a top Iranian commander" (extract reads on to the next word).
ADJECTIVE_PEOPLE = frozenset(
    "american iraqi palestinian israeli ukrainian syrian lebanese afghan yemeni saudi iranian "
    "russian pakistani egyptian jordanian filipino canadian australian somali nigerian sudanese private".split()
)
#: Nouns that name the measure themselves ("no casualties", "1 casualty", "25 injured").
MEASURE_NOUNS: dict[str, str] = {
    "casualty": "casualties", "casualties": "casualties", "victim": "casualties",
    "victims": "casualties", "causalities": "casualties",
    "injury": "injured", "injuries": "injured", "injured": "injured",
    "wounded": "injured", "hurt": "injured", "wounds": "injured",
    "death": "killed", "deaths": "killed", "dead": "killed", "killed": "killed",
    "fatalities": "killed", "fatality": "killed", "loss of life": "killed",
    "homicides": "killed", "murders": "killed", "killings": "killed",  # "more than 29,000 homicides in 2023"
    "lives lost": "killed", "bodies": "killed", "corpses": "killed", "martyrs": "killed",  # "three martyrs" (Syrian and Iraqi state media)  # "rescuers pulled 7 bodies from the rubble"
    "cases of tbi": "injured", "cases of concussion": "injured", "tbis": "injured",  # "Now it's 8 TBIs"
    "martyred": "killed",  # "Police had reported four martyred and three injured" (Pakistani and Indian copy)
    "lives": "killed",  # "claimed at least 14 lives" (extract: only after a verb that takes them)
}

# ---------------------------------------------------------------- verbs
#: Participles / verbs that say what happened to people, with their measure.
PEOPLE_VERBS: dict[str, str] = {
    "killed": "killed", "dead": "killed", "died": "killed", "dies": "killed", "slain": "killed",
    "lost their lives": "killed", "perished": "killed", "martyred": "killed",
    "succumbed": "killed",  # "two more later succumbed to their wounds"
    "buried": "killed",  # "about 40 people were buried on Wednesday" (extract: not "buried under rubble")
    "wounded": "injured", "injured": "injured", "hurt": "injured", "harmed": "injured",
    "diagnosed": "injured", "treated": "injured", "hospitalized": "injured",
    "hospitalised": "injured", "suffered": "injured", "sustained": "injured", "received": "injured",  # "received minor injuries"
    # the dead and wounded together: "ten soldiers were killed or wounded" (GOLD_SCHEMA: casualties)
    **{f"{a} {j} {b}": "casualties" for a, b in (("killed", "wounded"), ("killed", "injured"), ("dead", "wounded"),
                                                ("dead", "injured")) for j in ("or", "and")},
    "shot dead": "killed", "gunned down": "killed", "shot and killed": "killed",
    # communiqués of soldiers killed: "nine soldiers fell on the field of honour", "fell with arms in hand"
    **{f"{verb} {where}": "killed" for verb in ("fell", "fallen") for where in (
        "in combat", "in battle", "in action", "on the field of honour", "on the field of honor", "with arms in hand", "as martyrs")},
    "found dead": "killed", "lay dead": "killed", "lie dead": "killed", "lying dead": "killed",
    # the wounded still treated: "More than 20 others remain in treatment"
    "remain in treatment": "injured", "remain in hospital": "injured", "remained in hospital": "injured",
    "remain hospitalized": "injured", "remain hospitalised": "injured", "remained hospitalized": "injured", "made the supreme sacrifice": "killed", "hit by shrapnel": "injured", "struck by shrapnel": "injured",
    "sent to hell": "killed",  # ISPR: "three terrorists were sent to hell"
    "burned": "injured", "burnt": "injured", "receiving treatment": "injured",  # "40 persons still receiving treatment"
    # "three troops with minor wounds", "59 personnel with injuries"
    **{f"with {adj}{noun}": "injured" for adj in ("", "minor ", "serious ", "shrapnel ", "splinter ", "light ", "slight ")
       for noun in ("injuries", "wounds")},
    "hit by debris": "injured", "struck by debris": "injured",
    # Russian and Israeli reports: "18 people sought medical help"
    **{f"{verb} medical {noun}": "injured" for verb in ("sought", "seek", "seeking", "needed", "required")
       for noun in ("help", "attention", "assistance", "treatment", "care", "aid")},
    # "had been brought in with shrapnel wounds", "admitted with burns"
    **{f"{verb} {prep} {adj}{noun}": "injured" for verb in ("brought", "admitted", "taken", "rushed", "evacuated")
       for prep in ("in with", "with") for adj in ("", "minor ", "serious ", "shrapnel ", "light ", "slight ")
       for noun in ("injuries", "wounds", "burns")},
    # taken to hospital *with* wounds: "Eleven people were rushed to hospital with shrapnel wounds"
    **{f"{verb} to {the}hospital with": "injured" for verb in ("rushed", "taken", "admitted", "brought", "evacuated")
       for the in ("", "the ", "a ")},
}
#: Active verbs before the victims: "killing a young child", "wounded five others".
ACTIVE_PEOPLE_VERBS: dict[str, str] = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "martyred": "killed", "martyring": "killed",
    "buried": "killed",  # a witness: "We buried 23 people"
    # "killing and wounding 10 of them", "killed or injured 12 soldiers": casualties (GOLD_SCHEMA)
    **{f"{a} {j} {b}": "casualties" for a, b in (("killed", "wounded"), ("killed", "injured"), ("killing", "wounding"),
                                                ("killing", "injuring")) for j in ("or", "and")},
    "deaths of": "killed", "killing of": "killed", "killings of": "killed", "bodies of": "killed",
    # "the death of two children", "led to the martyrdom of a soldier and the injury of four others"
    "death of": "killed", "martyrdom of": "killed", "injury of": "injured", "wounding of": "injured",
    # military wording for enemy fighters killed: "neutralised over 30 terrorists"
    "neutralised": "killed", "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
    "neutralise": "killed", "neutralize": "killed",
    "lost": "killed", "losing": "killed", "claimed the lives of": "killed", "left dead": "killed",
    "wounded": "injured", "wounding": "injured", "wounds": "injured", "wound": "injured", "injured": "injured",
    "injure": "injured",
    "injuring": "injured", "injures": "injured", "hurt": "injured", "hurting": "injured", "hurts": "injured",
    "injuries to": "injured", "wounds to": "injured",  # "caused minor injuries to two soldiers"
    "treated": "injured",  # "treated 11 of its troops for concussion" (extract checks the "for")
    # "Among the dead were two nationals"
    **{f"among {who} {be}": measure for who, measure in (
        ("the dead", "killed"), ("the killed", "killed"), ("those killed", "killed"),
        ("the wounded", "injured"), ("the injured", "injured"), ("those wounded", "injured"),
        ("those injured", "injured")) for be in ("were", "are", "was", "is")},
    # "The dead were two Indian nationals and a Pakistani", "the injured included six Saudis"
    **{f"{who} {be}": measure for who, measure in (
        ("the dead", "killed"), ("the wounded", "injured"), ("the injured", "injured"), ("those killed", "killed"),
        ("those wounded", "injured"), ("those injured", "injured"), ("the victims", "casualties"))
       for be in ("were", "are", "included", "include", "includes")},
}
#: After the victims: "Two sailors were among the dead" (the schema counts such part counts).
AMONG_VICTIMS: dict[str, str] = {
    "dead": "killed", "killed": "killed", "those killed": "killed", "fatalities": "killed",
    "wounded": "injured", "injured": "injured", "those wounded": "injured", "those injured": "injured",
}
#: Verbs of air defences bringing projectiles down: what they count is a part of the salvo.
INTERCEPT_VERBS = [
    "intercepted", "downed", "shot down",
    "intercepts", "intercepting", "shoots down", "shooting down",  # headlines: "Iron Dome intercepts three rockets"
    "destroy", "destroys", "down", "downs",  # headlines: "Air defences destroy 112 drones", "down 30 drones"
    # the Saudi-led coalition's "intercepted and destroyed", and its headlines' nouns:
    # "Interception and destruction of a ballistic missile and four drones"
    "intercepted and destroyed", "intercepts and destroys", "interception and destruction of", "interception of",
    "engaged", "engages",  # CENTCOM's "forces engaged two one-way attack UAS": shot at them, as intercepted
]
#: Verbs of projectiles hitting a place: a count with one is often part of a larger salvo.
IMPACT_VERBS = [
    "hit", "hits", "hitting", "landed", "land", "lands", "landing", "struck", "strike",
    "striking", "fell", "fall", "fallen", "falling", "exploded", "exploding", "crashed", "crashing",
    "slammed", "slamming", "impacted", "impacting", "impact", *INTERCEPT_VERBS,
    "tore", "ripped", "smashed", "pierced",  # "a shell tore through the roof"
    "failed", "missed", "detonated", "reached", "damaged",
    "lost", "suppressed",  # drones "lost" or "suppressed" to electronic warfare: a part of the salvo
    "got through", "penetrated", "evaded", "slipped through",  # past the air defences: a part
    "scored a direct hit", "scores a direct hit", "scoring a direct hit",
    "did not explode", "failed to explode", "did not detonate", "failed to detonate",  # duds: a part
]
#: Verbs of launching: the count is the salvo's total.
FIRE_VERBS = [
    "fired", "fire", "firing", "launched", "launch", "launching", "targeted", "targeting",
    "rained", "lobbed", "shot", "sent",
    "aimed", "directed",  # "about 40 of them were aimed at the refinery"
    "dropped", "dropping", "drops",  # "the drones dropped 14 explosive charges"
]
#: Reporting verbs for speakers: "X said", "said X", "X told reporters".
REPORT_VERBS = [
    "said", "says", "say", "told", "reported", "reports", "announced", "stated", "confirmed",
    "tweeted", "added", "acknowledged", "estimated", "claimed", "wrote", "posted",
    "noted", "declared", "insisted", "disclosed", "revealed", "indicated", "explained",
    "cited", "put", "puts", "listed", "counted", "alleges", "alleged", "claims", "estimates",
]

#: Countries and regions a salvo is fired at as a whole ("fired 30 rockets at Israel"),
#: never one site of several (:mod:`crosscount.sites`, which allows a leading "the").
COUNTRIES = (
    "Iraq", "Syria", "Israel", "Lebanon", "Jordan", "Iran", "Yemen", "Saudi Arabia", "UAE",
    "United Arab Emirates", "Kuwait", "Qatar", "Bahrain", "Oman", "Turkey", "Egypt", "Libya", "Sudan",
    "Somalia", "Mali", "Niger", "Nigeria", "Afghanistan", "Pakistan", "India", "Ukraine", "Russia",
    "Belarus", "Georgia", "Armenia", "Azerbaijan", "Gaza", "Gaza Strip", "West Bank", "Kurdistan",
    "Kurdistan Region", "Golan Heights", "Crimea", "Donbas", "United States", "US", "U.S.", "America",
)

#: Capitalised nouns a numeral names rather than counts: "a drone hit Tower 22",
#: "Camp 5", "Route 1", "Flight 752" (extract skips the numeral).
DESIGNATORS = (
    "Tower", "Camp", "Route", "Highway", "Road", "Street", "Gate", "Building", "Block",
    "Flight", "Sector", "Base", "Station", "Outpost", "Checkpoint", "Post", "Zone", "Area",
    "Hill", "Phase", "Section", "Unit", "Brigade", "Division", "Battalion", "Regiment",
    "Apartment", "Room", "Terminal", "Platform", "Pier", "Berth", "Runway", "Hall",
    "Resolution", "Article", "Number", "Km", "Kilometre", "Kilometer", "Grade",
)

#: Month names and their abbreviations, lower case: "Oct. 19" is a date, never a count.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
          "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")

# ---------------------------------------------------------------- regex building blocks
QUALIFIER_RE = alt(list(QUALIFIERS))
VAGUE_RE = alt(list(VAGUE))
IDIOM_RE = alt(list(IDIOMS))
#: A quantity: numeral, number words, "two dozen", idioms and vague words.
#: A number with its qualifier after it: "34 or more", "20+", "40-plus", "30 or so".
OPEN_SUFFIX_RE = r"(?:\s+or\s+more|\s+or\s+so|\+|-plus)(?![\w+])"
QUANTITY_RE = (
    rf"(?:(?:{DIGIT_NUMBER}|{WORD_NUMBER}){OPEN_SUFFIX_RE}"
    rf"|(?:{DIGIT_NUMBER}|{WORD_NUMBER})\s+dozen|{IDIOM_RE}|{VAGUE_RE}"
    rf"|{DIGIT_NUMBER}|{WORD_NUMBER})"
)
#: Nouns of an attack, singular (add ``s?`` for plurals): "the strike", "Tuesday's bombing".
ATTACK_NOUN = r"(?:attack|strike|air\s+strike|airstrike|bombing|shelling|raid|blast|explosion|barrage|assault)"
#: "another", "the last", "a third": one more projectile of a salvo.
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
ORDINAL_ONE_RE = rf"another|the\s+(?:last|first)|(?:a|the)\s+(?:{'|'.join(ORDINALS)})"  # "the first" counts with an impact verb only

#: Zero statements, each (rule id, pattern, measure, examples). The match is the quote.
#: Nationalities before a zero's noun: "no Israeli casualties".
_NATIONAL = "|".join(sorted(ADJECTIVE_PEOPLE - {"private"}))
#: Groups of people a zero may name: "no civilians were killed".
_GROUPS = (r"civilians?|people|persons?|soldiers?|troops|personnel|service\s+members?|servicemembers?|staff|crew|residents?"
           r"|americans?|employees?|contractors?|fighters?|members?|peacekeepers?|adults?|children|students|pupils|patients|passengers"
           r"|gendarmes?|police(?:m[ae]n)?|officers?|guards?|workers?|marines?|sailors?|journalists?")
#: Words between "no" and the group: adjectives and nationalities ("no U.S. or coalition
#: personnel"), never a qualifier or a clause ("no fewer than 12 people", "no doubt that civilians").
_NO_GAP = (r"(?:(?!(?:more|fewer|less|than|doubt|warning|that|before|after|when|where|while|sign|signs|indication|word|reports?)\b)"
           r"(?![\d])[\w.’'-]+\s+){0,3}?")
#: One more word naming whose zero it is, often an acronym: "no SDF casualties", "no IDF
#: fatalities"; not "no mass casualties" (there may have been some).
_ZERO_WHOSE = r"(?:(?!(?:mass|more|fewer|less|word|sign|signs|reports?|damage|material)\b)[a-z][\w.-]{1,11}\s+)?"
ZERO_RULES: list[tuple[str, str, str]] = [
    # "no one was hurt", "nobody was injured", "no one was killed"
    # "no one was killed or wounded" (one claim per verb)
    # "none of the crew were injured", "no one was reported hurt", "nobody inside was hurt"
    # a headline's "no one injured" (no verb after "none of the": "none of the injured were ...")
    ("zero.nobody", r"\b(?:(?:no\s+one|nobody|no-one)(?:\s+(?:inside|else|aboard|nearby|there|on\s+board))?|none(?:\s+of\s+(?:the|its|their|our|them)(?:\s+[\w’'-]+){0,2}?)?)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+|(?<=one\s)|(?<=nobody\s))(?:(?:reportedly|reported|seriously|immediately|believed\s+to\s+have\s+been)\s+)?(?P<verb>hurt|injured|wounded|harmed|killed)\b(?:\s+(?:or|nor|and)\s+(?P<verb2>hurt|injured|wounded|harmed|killed)\b)?", "verb"),
    # "no civilians were killed", "No U.S. or coalition personnel were injured", "no civilians lost their lives"
    ("zero.no_people", rf"\bno\s+{_NO_GAP}(?:{_GROUPS})(?:\s+(?:or|nor|and)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:reported\s+|seriously\s+)?(?P<verb>hurt|injured|wounded|harmed|killed)\b(?:\s+(?:or|nor|and)\s+(?P<verb2>hurt|injured|wounded|harmed|killed)\b)?", "verb"),
    ("zero.no_people_died", rf"\bno\s+{_NO_GAP}(?:{_GROUPS})\s+(?:lost\s+(?:their|his|her|its)\s+(?:lives|life)|died)\b", "killed"),  # "No peacekeeper lost their life"
    # "no coalition personnel or facilities were harmed"
    # "No humanitarian staff were among the casualties"
    ("zero.none_among", rf"\bno\s+{_NO_GAP}(?:{_GROUPS})\s+(?:were|was)\s+among\s+the\s+(?P<noun>casualties|dead|injured|wounded|victims)\b", "noun"),
    # "the crew of 19 was not hurt", "residents were not injured"
    # (its group, "the crew of 19", is checked before the match: see ZERO_RULE_BEFORE)
    ("zero.not_hurt", r"\bnot\s+(?:been\s+)?(?P<verb>hurt|injured|wounded|harmed|killed)\b", "verb"),
    ("zero.unhurt", r"\bun(?:hurt|harmed|injured)\b", "injured"),
    # 'not a single civilian was harmed', 'not one soldier was killed'
    ("zero.not_one", r"\bnot\s+(?:a\s+single|one)\s+(?:[\w-]+\s+)?[\w-]+[\"”’']?\s+(?:was|has\s+been|had\s+been)\s+"
                     r"(?P<verb>hurt|injured|wounded|harmed|killed)\b", "verb"),
    # "injuring no one", "killing nobody"
    # "the strike killed no one", "injured nobody"
    ("zero.active_nobody", r"\b(?P<verb>injuring|wounding|hurting|killing|injured|wounded|hurt|killed)\s+(?:no\s+one|nobody|no-one)\b", "verb"),
    # "no loss of life", "without loss of life"
    ("zero.loss_of_life", r"\b(?:no|without(?:\s+any)?)\s+(?:(?:immediate|other|further)\s+)?loss(?:es)?\s+of\s+(?:(?:civilian|human|innocent)\s+)?(?:life|lives)\b", "killed"),
    # "no lives were lost"
    # "causing no human losses", "without causing human losses" (translated Arabic copy)
    ("zero.human_losses", r"\b(?:no|without(?:\s+causing)?(?:\s+any)?)\s+human\s+losses\b", "casualties"),
    ("zero.lives_lost", r"\bno\s+(?:(?:civilian|human|innocent)\s+)?lives\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+lost\b", "killed"),
    # "casualties were averted", "injuries were avoided"
    ("zero.averted", r"\b(?P<noun>casualties|injuries|deaths)\s+(?:were|was|had\s+been)\s+(?:averted|avoided|prevented)\b", "noun"),
    # "caused no casualties", "no immediate reports of casualties", "without casualties",
    # "without causing any injuries", "no damage or casualties",
    # "no injuries or casualties" (one claim per noun, see extract.zero_claims)
    # "There is no civilian victim", "without making victims" (translated French copy)
    # "no SDF casualties were reported"
    ("zero.no_noun", rf"\b(?:no|without(?:\s+(?:causing|making))?(?:\s+any)?|zero)\s+(?:(?:immediate|reported|known|other|further|serious|major|direct|significant|human|civilian|u\.s\.|us|coalition|allied|friendly|nato|british|kurdish|{_NATIONAL})\s+)*{_ZERO_WHOSE}(?:reports?\s+of\s+(?:any\s+)?(?:(?:immediate|serious|civilian|further|major)\s+)*)?(?:(?:material\s+)?damage\s+(?:or|and|nor)\s+)?(?P<noun>casualties|casualty|injuries|injury|deaths|fatalities|victims|victim(?![’'-]?\w))(?:\s+(?:or|and|nor)\s+(?P<noun2>casualties|injuries|deaths|fatalities|damage))?", "noun"),
    # "did not cause any casualties", "has not resulted in any injuries", "did not make victims"
    ("zero.not_any", r"\bnot\s+(?:cause|caused|result\s+in|resulted\s+in|lead\s+to|led\s+to|make|made|leave|left)\s+(?:any\s+)?(?:(?:immediate|reported|known|serious|direct|civilian)\s+)*(?P<noun>casualties|injuries|deaths|fatalities|victims)\b", "noun"),
    # "none of which caused casualties", "neither of them caused any injuries", "none of the strikes resulted in deaths"
    ("zero.none_caused", r"\b(?:none|neither)\s+(?:of\s+(?:which|them|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:caused|resulted\s+in|led\s+to|inflicted)\s+(?:any\s+)?(?:(?:immediate|reported|known|serious|civilian)\s+)*(?P<noun>casualties|injuries|deaths|fatalities|victims)\b", "noun"),
    # "the army denied any fatalities", "denying that there were any casualties"
    ("zero.denied_any", r"\bden(?:y|ies|ied|ying)\s+(?:that\s+there\s+(?:were|was|had\s+been)\s+)?any\s+(?:(?:civilian|military)\s+)?(?P<noun>casualties|injuries|deaths|fatalities)\b", "noun"),
    # "None of them crossed into Israeli territory", "None reached its target"
    ("zero.none_reached", r"\bnone\s+(?:of\s+them\s+)?(?:reached|hit|struck|landed|crossed|penetrated|got\s+through)\b", "projectiles_subset"),
    # "Not a single drone reached the city", "not one of the missiles hit its target"
    ("zero.not_one_reached", rf"\bnot\s+(?:a\s+single|one)\s+(?:of\s+them|(?:of\s+(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:{alt(PROJECTILE_NOUNS)}))"
                             r"\s+(?:(?:was|were)\s+able\s+to\s+|managed\s+to\s+|has\s+|had\s+)?"
                             r"(?:reach(?:ed)?|hit|struck|landed|penetrated|got\s+through|crossed)\b", "projectiles_subset"),
    # "the system engaged but did not intercept any of the rockets", "failed to shoot down any"
    ("zero.not_intercepted", r"\b(?:did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+"
                             r"(?:intercept|shoot\s+down|bring\s+down|down)\s+any\b(?:\s+of\s+(?:them\b|(?:the|its|their)"
                             rf"\s+(?:[\w-]+\s+)?(?:{alt(PROJECTILE_NOUNS)})\b))?", "projectiles_subset"),
    # "none of the projectiles landed inside"
    ("zero.none_of", r"\bnone\s+of\s+(?:the|its|their)\s+(?P<noun>rockets|missiles|projectiles|mortars|mortar\s+rounds|shells|drones|rounds|munitions)\b", "projectiles_subset"),
]

#: For a zero rule, what must stand just before its match, which then starts the
#: quote: a rule that begins with its rare word scans fast ("not hurt", not every noun).
#: The groups are the zeros' own (_GROUPS) and more that are never counted singly.
ZERO_RULE_BEFORE: dict[str, str] = {
    "zero.not_hurt": (rf"\b(?:{_GROUPS}|crews|passengers|sailors|seafarers|workers|crew\s+members)"
                      r"(?:\s+of\s+\d+)?\s+(?:(?:was|were|had|have|has|remained)\s+)?$"),
}
ZERO_RULE_BEFORE["zero.unhurt"] = ZERO_RULE_BEFORE["zero.not_hurt"]
#: For a zero rule, words one of which stands (as a whole word) in each of its
#: matches: an article without any is not scanned for it. "zero.no_noun" has
#: none (its noun may run on: "no injuryless" is matched too), so it always runs.
ZERO_RULE_WORDS: dict[str, frozenset[str]] = {
    "zero.lives_lost": frozenset({"lives"}),
    "zero.human_losses": frozenset({"losses"}),
    "zero.nobody": frozenset({"hurt", "injured", "wounded", "harmed", "killed"}),
    "zero.active_nobody": frozenset({"injuring", "wounding", "hurting", "killing", "injured", "wounded", "hurt", "killed"}),
    "zero.not_hurt": frozenset({"not"}),
    "zero.none_caused": frozenset({"none", "neither"}),
    "zero.denied_any": frozenset({"deny", "denies", "denied", "denying"}),
    "zero.not_one": frozenset({"not"}),
    "zero.unhurt": frozenset({"unhurt", "unharmed", "uninjured"}),
    "zero.no_people": frozenset({"no"}),
    "zero.no_people_died": frozenset({"no"}),
    "zero.none_among": frozenset({"among"}),
    "zero.loss_of_life": frozenset({"loss", "losses"}),
    "zero.averted": frozenset({"averted", "avoided", "prevented"}),
    "zero.none_of": frozenset({"none"}),
    "zero.none_reached": frozenset({"none"}),
    "zero.not_one_reached": frozenset({"not"}),
    "zero.not_intercepted": frozenset({"intercept", "shoot", "bring", "down"}),
    "zero.not_any": frozenset({"not"}),
}

#: Words that stop a modifier run between a quantity and its noun.
STOP_WORDS = set(
    "of in on at to from by with and or but that which who whom was were is are had have "
    "has been be being the a an this these those it its their his her our your as than "
    "for after before into onto since when while where if not no nor so said says told "
    "years year months month weeks week days day hours hour minutes times miles mile "
    "kilometres kilometers km metres meters feet percent per cent mm millimetre millimeter "
    "attacks incidents incident locations sites bases places areas villages towns sides parties "
    "vehicles convoys explosions blasts".split()
)
