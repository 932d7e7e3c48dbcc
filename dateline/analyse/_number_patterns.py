"""Casualty-phrase patterns as data: number words, vague quantities, victim nouns, death verbs.

The logic (which figure wins, ranges, sums) lives in ``_numbers.py``. The conventions come from
ONTOLOGY.md §6: deaths only, the lowest credible figure, "dozens" → 12, "hundreds" → 100,
"several" / "a few" / "many" / a bare plural → 3 (10 for a large attack), "scores" → 20 with a
flag. The word lists are our own.

Regexes are case-sensitive where capitals carry meaning (a capitalised plural such as
"Palestinians" is a victim noun; "villages" is not) and use ``(?i:...)`` elsewhere.
"""

from __future__ import annotations


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# --- numbers ------------------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Fixed numbers for vague words (ONTOLOGY §6.4). ``"small"`` means "a limited number": 3, or
#: 10 when the caller says the attack was large. The string is the rule recorded.
VAGUE: dict[str, tuple[int | str, str]] = {
    "dozens": (12, "dozens->12"),
    "several dozen": (12, "several dozen->12"),
    "a few dozen": (12, "a few dozen->12"),
    "scores": (20, "scores->20 (flag: not an ACLED rule)"),
    "hundreds": (100, "hundreds->100"),
    "several hundred": (100, "several hundred->100"),
    "a few hundred": (100, "a few hundred->100"),
    "thousands": (1000, "thousands->1000 (flag: by analogy with hundreds)"),
    "several thousand": (1000, "several thousand->1000 (flag)"),
    "tens of thousands": (10000, "tens of thousands->10000 (flag)"),
    "tens": (10, "tens->10 (flag)"),
    "a dozen": (12, "a dozen->12"),
    "half a dozen": (6, "half a dozen->6"),
    "a hundred": (100, "a hundred->100"),
    "a thousand": (1000, "a thousand->1000"),
    "a couple of": (2, "a couple->2"),
    "a couple": (2, "a couple->2"),
    "a pair of": (2, "a pair->2"),
    "both": (2, "both->2"),
    "several": ("small", "several"),
    "a few": ("small", "a few"),
    "few": ("small", "few"),
    "many": ("small", "many"),
    "numerous": ("small", "numerous"),
    "a number of": ("small", "a number of"),
    "a handful of": ("small", "a handful"),
    "countless": ("small", "countless"),
    "multiple": ("small", "multiple"),
    "some": ("small", "some"),
}

#: Qualifiers before a number, by how the number is read.
LOWER_BOUND = [  # the number is the floor: take it
    "at least", "no fewer than", "no less than", "not less than", "a minimum of", "more than",
    "over", "upwards of", "in excess of", "well over", "well above", "above", "nearly",
    "almost", "close to", "about", "around", "approximately", "roughly", "some", "an estimated",
    "estimated", "a total of", "another", "a further", "an additional", "all", "all of the",
    "only", "just", "exactly", "a reported", "reportedly", "officially", "up from",
]
UPPER_BOUND = [  # the number is a ceiling: no floor is given (see _numbers.py)
    "up to", "as many as", "at most", "fewer than", "less than", "no more than", "under",
    "below", "perhaps as many as", "possibly",
]

# --- victims ------------------------------------------------------------------------------------
# noun (plural and singular forms) → group, for per-side hints and for the "different groups
# add up, the same group disagrees" rule.

_GROUPS: dict[str, list[str]] = {
    "state": [
        "soldier", "troop", "policeman", "policemen", "police officer", "officer", "serviceman",
        "servicemen", "service member", "gendarme", "guard", "border guard", "marine",
        "paratrooper", "conscript", "recruit", "commander", "general", "colonel", "major",
        "captain", "lieutenant", "sergeant", "pilot", "agent", "security officer",
        "security personnel", "personnel", "member of the security forces",
        "members of the security forces", "militiaman", "militiamen", "army officer",
        "police", "cop", "ranger", "customs officer", "jawan", "trooper",
    ],
    "armed": [
        "militant", "fighter", "rebel", "insurgent", "jihadist", "jihadi", "gunman", "gunmen",
        "attacker", "assailant", "bandit", "terrorist", "combatant", "bomber",
        "suicide bomber", "extremist", "separatist", "mercenary", "mercenaries", "raider",
        "kidnapper", "abductor", "poacher", "pirate", "gang member", "armed man", "armed men",
        "guerrilla", "guerrillas", "suspect", "infiltrator", "operative", "sniper", "shooter",
    ],
    "civilian": [
        "civilian", "villager", "resident", "child", "children", "kid", "woman", "women", "man",
        "men", "boy", "girl", "baby", "babies", "infant", "toddler", "teenager", "teen",
        "student", "pupil", "worshipper", "farmer", "herder", "herdsman", "herdsmen",
        "fisherman", "fishermen", "passenger", "protester", "protestor", "demonstrator",
        "journalist", "reporter", "worker", "aid worker", "health worker", "medic",
        "paramedic", "doctor", "nurse", "patient", "teacher", "pilgrim", "miner", "trader",
        "shopkeeper", "merchant", "driver", "refugee", "migrant", "displaced person",
        "displaced people", "family member", "relative", "elder", "chief", "village chief",
        "traditional leader", "imam", "priest", "pastor", "cleric", "monk", "nun", "mourner",
        "wedding guest", "guest", "bystander", "pedestrian", "motorist", "tourist", "voter",
        "election official", "official", "politician", "lawmaker", "councillor", "mayor",
        "governor", "activist", "wife", "husband", "son", "daughter", "brother", "sister",
        "father", "mother", "grandmother", "grandfather", "Christian", "Muslim", "Hindu",
        "detainee", "prisoner", "inmate", "hostage", "captive", "abductee", "employee",
        "contractor", "engineer", "labourer", "laborer", "vendor", "pastoralist",
        "settler", "inhabitant", "citizen", "foreigner", "youth",
        "youths", "peacekeeper", "deminer", "volunteer", "rescuer", "firefighter",
    ],
    "generic": [
        "person", "people", "persons", "individual", "other", "victim", "casualty",
        "body", "bodies", "corpse", "dead", "life", "lives", "member", "occupant", "crew member",
        "crew", "staff", "staffer", "passer-by", "passers-by", "human being", "soul",
        "leader", "community leader", "social leader",
    ],
}
_IRREGULAR_PLURALS = {
    "man": "men", "woman": "women", "child": "children", "policeman": "policemen",
    "gunman": "gunmen", "herdsman": "herdsmen", "fisherman": "fishermen",
    "serviceman": "servicemen", "militiaman": "militiamen", "person": "people",
    "body": "bodies", "baby": "babies", "casualty": "casualties", "life": "lives",
    "mercenary": "mercenaries", "youth": "youths", "passer-by": "passers-by",
    "armed man": "armed men", "wife": "wives", "staff": "staff", "crew": "crews",
    "police": "police", "personnel": "personnel", "security personnel": "security personnel",
}


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("men", "ren", "ies", "ple", "ths")) or noun.endswith("s") and \
            not noun.endswith("ss"):
        return noun
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


#: Every noun form → group.
NOUN_GROUPS: dict[str, str] = {}
SINGULAR_NOUNS: set[str] = set()
PLURAL_NOUNS: set[str] = set()
for _group, _nouns in _GROUPS.items():
    for _noun in _nouns:
        _pl = _plural(_noun)
        NOUN_GROUPS.setdefault(_noun.lower(), _group)
        NOUN_GROUPS.setdefault(_pl.lower(), _group)
        if _pl != _noun or _noun in ("police", "personnel", "security personnel", "staff"):
            PLURAL_NOUNS.add(_pl)
        if _pl != _noun:
            SINGULAR_NOUNS.add(_noun)
PLURAL_NOUNS.discard("dead")
SINGULAR_NOUNS.discard("dead")

#: Reflexive "himself" is the attacker (ONTOLOGY §6.6: a suicide bomber's death counts).
SELF_WORDS = ("himself", "herself")

# --- regex building blocks ----------------------------------------------------------------------

_NUMBER_TOKEN = rf"(?:{_alternation(list(UNITS) + list(TENS) + ['hundred', 'thousand'])})"
#: "twenty-two", "one hundred and five", "two thousand": a run of number words, checked and
#: valued by ``words_to_int`` in _numbers.py.
WORD_NUMBER = (rf"(?i:{_NUMBER_TOKEN}(?:[\s-]+(?:and\s+)?{_NUMBER_TOKEN})*)(?![\w-])")
#: Digits, with thousands commas; never a decimal, a time, a calibre, an age, a percentage or a
#: measure ("7.62mm", "3 pm", "a 25-year-old", "40%", "5 km").
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_UNITS_AFTER = (
    r"%|per\s*cent|percent|am\b|pm\b|a\.m\.|p\.m\.|GMT|UTC|h\b|hrs?\b|hours?\b|mm\b|cm\b|"
    r"km\b|kms\b|kilomet|kilogram|kg\b|m\b|mi\b|miles?\b|metres?\b|meters?\b|feet\b|ft\b|"
    r"years?\b|-year|yrs?\b|months?\b|weeks?\b|days?\b|minutes?\b|mins?\b|seconds?\b|"
    r"times\b|tons?\b|tonnes?\b|litres?\b|dollars?\b|euros?\b|USD|EUR|[$€£]|st\b|nd\b|rd\b|"
    r"th\b|:|/\d|\.\d|,\d{1,2}\b|" + _MONTHS + r"\b")
#: A year before punctuation or a function word is a year, not a count: "In 2019, 45 died".
_NOT_A_YEAR = (r"(?!(?:19|20)\d\d(?:\s*[,.;:)]|\s+(?i:and|when|as|in|on|at|the|a|an|after|"
               r"before|during|since|until|to|from)\b))")


def _digits(in_range: bool) -> str:
    """A range's first number may be followed by a dash ("12-15"); others may not
    ("12-10-24" is a date, "0912-345" a phone number)."""
    dash = "" if in_range else r"|-\d|–\d"
    before = r"(?<![\w.,$€£/:#+])" if in_range else r"(?<![\w.,$€£/:#+-])"
    return (before + _NOT_A_YEAR + r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})"
            r"(?![\w]|\.\d|,\d|\s*(?:" + _UNITS_AFTER + dash + "))")


DIGITS = _digits(False)
NUMBER = rf"(?:{DIGITS}|{WORD_NUMBER})"
VAGUE_RE = (r"(?i:(?:several|a\s+few|two|three|four|five|a)\s+dozen|half\s+a\s+dozen|dozens|"
            r"several\s+hundred|a\s+few\s+hundred|hundreds|several\s+thousand|"
            r"tens\s+of\s+thousands|thousands|scores|tens|a\s+couple(?:\s+of)?|a\s+pair\s+of|"
            r"a\s+handful\s+of|a\s+number\s+of|several|a\s+few|numerous|multiple|countless|"
            r"many|both|\d+\s+dozen|a\s+hundred|a\s+thousand)(?![\w-])")
QUALIFIER = rf"(?i:{_alternation(LOWER_BOUND + UPPER_BOUND)})"
_RANGE_NUMBER = rf"(?:{_digits(True)}|{WORD_NUMBER})"
_RANGE = (rf"(?:(?i:between|from)\s+)?{_RANGE_NUMBER}\s*(?i:-|–|—|to|or|and)\s*"
          rf"{_RANGE_NUMBER}")
#: A quantity phrase: "at least 12", "between 12 and 15", "dozens of", "twenty-two".
QUANT = (rf"(?:(?:{QUALIFIER}\s+){{0,2}}(?:{_RANGE}|{VAGUE_RE}|{NUMBER})(?![\w-])"
         rf"(?:\s+(?i:of))?(?:\s+(?i:more|other|others))?)")

# A word that may stand between a number and its noun: "three Malian soldiers", "a
# 25-year-old man", "two off-duty policemen". Never a verb, conjunction or number word.
_STOP = ("and|or|were|was|are|is|have|has|had|been|being|be|who|that|which|killed|died|dead|"
         "wounded|injured|hurt|in|on|at|of|by|with|from|as|for|to|into|including|among|when|"
         "while|after|before|during|since|than|the|a|an|also|reportedly|said|says|later|"
         "were|but|not|no|its|their|his|her|they|it|he|she|we|this|these|those|there|here|"
         + _alternation(UNITS) + "|" + _alternation(TENS)
         + "|hundred|thousand|dozen|dozens|hundreds|thousands|scores|several|many|few")
ADJ = rf"(?:(?!(?i:{_STOP})\b)(?!\d+\b(?!-))[A-Za-z0-9][\w'’-]*|\([A-Z][A-Za-z]{{1,8}}\))"
NOUN_PLURAL = (rf"(?:(?i:{_alternation(sorted(PLURAL_NOUNS))})|(?:[A-Z][a-z]+(?:ians|ans|is|ese|"
               rf"ers|ites|ists|ics|ks|ds|ts|s)))(?![\w-])")
NOUN_SINGULAR = (rf"(?:(?i:{_alternation(sorted(SINGULAR_NOUNS))}|\d+-year-old|year-old)|"
                 rf"(?:[A-Z][a-z]+(?:ian|an|i|ese|er)))(?![\w-])")

# One noun phrase: a number with an optional noun; an article with a singular noun; a bare
# plural ("civilians were killed" → a plural with no number); "himself".
_POSSESSIVE = r"(?:(?i:his|her|their|its)\s+)?"
_DETERMINER = r"(?:\s+(?i:(?:of\s+)?(?:the|them|those|these|whom|its|their)))?"
#: "members of the Afghan security forces", "a member of North Korea's Storm Corps"
_OF_PHRASE = (rf"(?:\s+(?i:of)\s+(?:(?i:the|a|an)\s+)?(?:{ADJ}\s+){{0,4}}"
              rf"(?:{ADJ}|\([A-Z][A-Za-z]{{1,8}}\)))?")
#: "13 fighters from both sides were killed": the toll of both parties together (§6.1)
_SIDES_PHRASE = r"(?:\s+(?i:from|on|of)\s+(?i:both|either|each|all|the two)\s+(?i:sides?|parties))?"


#: Quotation marks a reporter puts round a side's label: five soldiers and 11 "terrorists".
_OPEN_QUOTE = "(?:[\"“‘']|&quot;)?"
_CLOSE_QUOTE = "(?:[\"”’']|&quot;)?"


def _np_item(named: bool) -> str:
    """One noun phrase: a number with an optional noun; an article with a singular noun; a
    bare plural ("civilians were killed": a plural with no number); "himself". ``named``
    adds group names for reading the parts (``NP_ITEM_PARTS``). A noun may stand in quotation
    marks ("11 'terrorists'"); the marks are not part of the named noun."""
    def g(name: str, rx: str) -> str:
        return f"(?P<{name}>{rx})" if named else f"(?:{rx})"
    return (
        rf"(?:{_POSSESSIVE}{g('q', QUANT)}{_DETERMINER}"
        rf"(?:\s+(?:{ADJ}\s+){{0,4}}{_OPEN_QUOTE}{g('n', f'{NOUN_PLURAL}|{NOUN_SINGULAR}')}"
        rf"{_CLOSE_QUOTE}{_OF_PHRASE}{_SIDES_PHRASE})?"
        rf"|{g('art', '(?i:a|an|one|the|another|his|her|their|its)')}\s+(?:{ADJ}\s+){{0,3}}"
        rf"{g('sg', NOUN_SINGULAR)}{_OF_PHRASE}"
        rf"|(?:(?:{ADJ}\s+){{0,2}}{g('pl', NOUN_PLURAL)})"
        rf"|{g('self', '(?i:himself|herself)')}|{g('him', '(?i:him)')})"
    )


NP_ITEM = _np_item(False)
#: The same noun phrase with named parts, to read one item of a list.
NP_ITEM_PARTS = _np_item(True)
NP_LIST = (rf"(?:{NP_ITEM}(?:(?:\s*,\s*|\s*,?\s+(?i:and|as\s+well\s+as|plus|along\s+with)\s+)"
           rf"{NP_ITEM})*)")

#: Nouns for the perpetrator of a one-sided attack: their death adds to the victims'
#: (ONTOLOGY §6.6), it is never an alternative figure for them.
PERPETRATOR_NOUNS = frozenset({
    "bomber", "bombers", "suicide bomber", "suicide bombers", "attacker", "attackers",
    "assailant", "assailants", "gunman", "gunmen", "shooter", "shooters",
})

# --- death words --------------------------------------------------------------------------------

_DEATH_PASSIVE = (
    r"(?i:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|slain|murdered|executed|"
    r"massacred|beheaded|decapitated|lynched|assassinated|"
    r"(?:burned|burnt|hacked|stabbed|beaten|bludgeoned|stoned|tortured|crushed|starved|"
    r"shot|clubbed|strangled|macheted)\s+to\s+death|"
    r"died|dead|perished|lost\s+their\s+lives|lost\s+(?:his|her)\s+li(?:fe|ves)|"
    r"succumbed\s+to\s+(?:their|his|her)\s+(?:wounds|injuries)|confirmed\s+dead|"
    r"found\s+dead|feared\s+dead|left\s+dead|"
    # military communiqués: "25 terrorists were neutralised" reports them killed
    # (two spaces: the quotation mark of were "neutralised", blanked by _numbers._unquoted)
    r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=were  )|(?<=was  )|(?<=been  ))(?:neutrali[sz]ed|eliminated))")
_AUX = (r"(?i:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|allegedly|also|all|"
        r"later|subsequently|both|confirmed|believed|reported|presumed|said\s+to\s+have|"
        r"said\s+to\s+be|thought\s+to\s+have|to\s+have|now|since|already|each|initially|"
        r"who|that|which)")
#: "three soldiers and a civilian were killed", "12 dead", "a soldier died"
_START = r"(?<![\w'’-])"
#: An aside between the victims and the verb: ", including two children,", "(FPS)",
#: " including a senior officer".
_ASIDE = (r"(?P<paren>\s*,[^,.;:]{1,70},|\s*\([^()]{0,80}\)|\s+(?i:including|among\s+them)\s+"
          r"[^,.;:]{1,60}?(?=\s+(?i:were|was|have|has|had|are|is)\b)"
          # "two civilians passing on the road were killed": a participle's phrase
          r"|\s+(?i:(?!being\b)[a-z]{3,}ing)\s+[^,.;:]{1,50}?(?=\s+(?i:were|was|have\s+been|has\s+been|had\s+been)\s)"
          # "a man from a nearby village died": where the victim came from
          r"|\s+(?i:from|of)\s+(?i:a|an|the)\s+[^,.;:]{1,40}?(?=\s+(?i:died|succumbed)\b)"
          # "a man was hit on the head and died in hospital": hurt first, dead later
          r"|\s+(?i:was|were)\s+(?:[a-z]+\s+)?[a-z]+\b[^,.;:]{0,40}?\s+and"
          r"(?=\s+(?:(?i:later|subsequently)\s+)?(?i:died|succumbed)\b))?")
PASSIVE = (rf"{_START}(?P<np>{NP_LIST}){_ASIDE}(?P<aux>(?:\s*{_AUX})*)\s+"
           rf"(?P<v>{_DEATH_PASSIVE})(?![\w-])"
           r"(?P<or>\s+(?i:or|and/or)\s+(?:\w+\s+)?(?i:wounded|injured|hurt|missing))?")

#: Who a communiqué "neutralises": fighters, never bombs or checkpoints.
_FIGHTER_NOUNS = (r"(?i:terrorists?|militants?|jihadists?|insurgents?|fighters?|rebels?|bandits?|"
                  r"gunmen|gunman|assailants?|attackers?|criminals?|elements|combatants?|"
                  r"extremists?|infiltrators?|kidnappers?)\b")
_DEATH_ACTIVE = (
    # "kill" is a headline's present ("Gunmen kill 5 in Kidal"), never "vowed to kill"
    r"(?i:killed|killing|kills|(?<!to\s)kill(?=\s)|slew|slaying|massacred|massacring|executed|executing|"
    r"murdered|murdering|assassinated|assassinating|shot\s+dead|shooting\s+dead|"
    r"shot\s+and\s+killed|shooting\s+and\s+killing|gunned\s+down|gunning\s+down|beheaded|"
    r"beheading|lynched|lynching|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
    r"took\s+the\s+lives\s+of|taking\s+the\s+lives\s+of|cost\s+the\s+lives\s+of|"
    r"costing\s+the\s+lives\s+of|left|leaving|"
    # "hacked to death 12 people", "burning to death seven villagers"
    r"(?:burned|burnt|burning|hacked|hacking|stabbed|stabbing|beaten|beat|beating|bludgeoned|"
    r"stoned|stoning|tortured|torturing|clubbed|strangled|macheted)\s+to\s+death|"
    # "neutralising 25 terrorists": a communiqué's word for killing fighters, not devices
    rf"(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))(?=\s+(?:[\w-]+\s+){{0,4}}{_FIGHTER_NOUNS}))")
#: "killing three soldiers and two civilians", "left 12 people dead", "claimed the lives of 9"
ACTIVE = (rf"(?P<v>{_DEATH_ACTIVE})\s+(?P<np>{NP_LIST})"
          rf"(?P<dead>\s+(?i:dead|killed))?(?![\w-])"
          r"(?P<or>\s+(?i:or|and/or)\s+(?:\w+\s+)?(?i:wounded|injured|hurt))?")

#: "the death toll rose to 15", "bringing the toll to 31", "the number of dead stands at 40"
TOLL = (r"(?P<t>(?i:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|"
        r"people\s+killed|those\s+killed|victims|people\s+who\s+died|"
        r"people\s+who\s+(?:were|have\s+been|had\s+been)\s+killed)|tally\s+of\s+(?:the\s+)?dead))"
        r"\b(?P<gap>[^.;:\d]{0,90}?)\b(?i:to|at|of|is|was|now|reached|hit|stands|stood|rose|"
        rf"climbed|surpassed|passed|exceeded|topped|risen|reaches|reach)\s+(?P<q>{QUANT})"
        r"(?!\s+(?i:wounded|injured))")

#: "12 deaths", "caused 12 fatalities", "15 bodies were found", "the bodies of 9 people"
NOMINAL = (rf"{_START}(?:(?P<q>{QUANT})\s+(?:(?:{ADJ}\s+){{0,2}})"
           r"(?P<n>(?i:deaths|fatalities|bodies|"
           r"corpses|dead\s+bodies|lifeless\s+bodies))(?![\w-])"
           rf"|(?i:the\s+)?(?P<n2>(?i:bodies|corpses|remains))\s+(?i:of)\s+(?P<q2>{QUANT})"
           rf"(?:\s+(?:{ADJ}\s+){{0,2}}(?:{NOUN_PLURAL}|{NOUN_SINGULAR}))?"
           rf"|(?i:claimed|claiming|cost|costing|took|taking)\s+(?P<q3>{QUANT})\s+(?i:lives)\b"
           rf"|(?P<q4>{QUANT})\s+(?i:lives)\s+(?i:(?:were|have\s+been|had\s+been)\s+)?(?i:lost)\b)")

#: "the killing of three soldiers", "the deaths of 12 miners"
#: ("the martyrdom of an officer and a conscript": a military statement's word for its dead)
OF_DEATH = (r"(?P<v>(?i:deaths?|killings?|murders?|massacre|executions?|assassinations?|"
            rf"slaying|beheadings?|lynching|martyrdom))\s+(?i:of)\s+(?P<np>{NP_LIST})")

#: "two children were among the dead", "among the dead were three soldiers"
SUBSET = (rf"{_START}(?:(?P<np>{NP_LIST})\s+(?i:(?:were|was|are|is)\s+)?(?i:among|included\s+in)\s+"
          r"(?i:the\s+)?(?i:dead|killed|victims|fatalities|those\s+killed|people\s+killed)\b"
          r"|(?i:among|including)\s+(?i:the\s+)?(?i:dead|victims|fatalities|those\s+killed)\s+"
          rf"(?i:were|was|are|is)\s+(?P<np2>{NP_LIST}))")

#: "no one was hurt", "there were no casualties", "without causing casualties"
ZERO = (r"(?i:\b(?:no\s+one|nobody|none|no-one)\b(?:\s+[\w']+){0,3}?\s+(?:(?:was|were|has\s+been|"
        r"had\s+been|is|been|got|reportedly|seriously|immediately)\s+)*(?:killed|hurt|injured|"
        r"wounded|harmed|dead|died)\b"
        r"|\bno\s+(?:immediate\s+|reported\s+|known\s+|human\s+|other\s+|civilian\s+|"
        r"serious\s+)*(?:reports?\s+of\s+(?:any\s+)?)?(?:casualties|deaths|fatalities|injuries|"
        r"loss\s+of\s+(?:human\s+)?life|victims)\b"
        r"|\bwithout\s+(?:any\s+|causing\s+(?:any\s+)?)?(?:casualties|deaths|fatalities|"
        r"injuries|loss\s+of\s+life)\b"
        r"|\bno\s+(?:\w+\s+){0,2}?(?:soldiers|civilians|people|troops|personnel|lives)\s+"
        r"(?:were|was|have\s+been)\s+(?:killed|hurt|injured|wounded|harmed|lost)\b"
        r"|\bcaused\s+no\s+(?:casualties|deaths|injuries|damage\s+or\s+casualties)\b"
        r"|\b(?:there\s+were\s+)?no\s+(?:dead|fatalities)\b)")

#: "blew himself up", "killing himself": the attacker died (ONTOLOGY §6.6)
SELF = (r"(?i:\b(?:blew|blowing|blown)\s+(?:himself|herself)\s+up\b|"
        r"\b(?:detonated|detonating|set\s+off|setting\s+off)\s+(?:his|her)\s+(?:explosive\s+)?"
        r"(?:vest|belt|device|explosives)\b)")
#: "including the bomber", "among them the attacker": the attacker is already in the count
SELF_INCLUDED = (r"(?i:\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+"
                 r"(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant)s?\b|"
                 # "killing eight people including herself"
                 r"\b(?:including|among\s+them)\s+(?:himself|herself|themselves)\b|"
                 r"\bkilling\s+(?:himself|herself)\s+and\b)")

CASUALTY_WORDS = r"(?i:\bcasualt(?:y|ies)\b|\bvictims?\b)"

#: Words that, just before a death verb, mean nobody died of it: "nearly killed".
NOT_DEATH_BEFORE = frozenset({
    "nearly", "almost", "narrowly", "not", "never", "n't", "to", "would", "could", "might",
    "may", "can", "will", "shall", "should", "must", "threatened", "tried", "attempted",
    "trying", "attempting", "plotted", "plotting", "planned", "planning", "vowed", "allegedly",
})
#: Auxiliaries that make a transitive death verb passive ("were killed"); "have killed"
#: without one is active and its subject is the killer.
BE_WORDS = frozenset({"were", "was", "are", "is", "been", "being", "be", "got", "get"})
TRANSITIVE_DEATH = frozenset({
    "killed", "murdered", "executed", "massacred", "beheaded", "decapitated", "lynched",
    "assassinated", "slain", "shot dead", "shot and killed", "gunned down",
    # "militiamen hacked to death 12 people": the subject is the killer
    *(f"{v} to death" for v in ("burned", "burnt", "hacked", "stabbed", "beaten", "bludgeoned",
                                "stoned", "tortured", "clubbed", "strangled", "macheted", "shot")),
})
#: Words before a vague quantity that make it a question, not a figure: "did not say how many
#: soldiers were killed".
NOT_A_FIGURE_BEFORE = frozenset({"how"})
#: Words before a figure that add it to the others: "the other four succumbed".
ADDITIVE_BEFORE = r"(?i:\b(?:the\s+other|another|a\s+further|an\s+additional)\s+$)"
#: After a list of victims, a speech verb means its last comma item is the speaker:
#: "killing many fighters, a security official said"; the list may stop short of the speaker's
#: last words: "killing five people, the Taliban police said" ("the Taliban" looks like a noun).
SPEECH_AFTER = (r"(?:\s+[\w'’-]+){0,2}?\s+(?i:said|says|told|reported|added|stated|confirmed|"
                r"claimed|announced)\b")

#: Words before a figure that make it part of a larger total already counted.
SUBSET_BEFORE = r"(?i:(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which|" \
                r"among\s+those|mostly|mainly|most\s+of\s+them)[\s,]*(?:were\s+|was\s+)?$)"

#: Gates: a pattern runs only on text where its key words occur.
PASSIVE_GATE = _DEATH_PASSIVE
NOMINAL_GATE = r"(?i:deaths|fatalities|bodies|corpses|remains|lives)"
SUBSET_GATE = r"(?i:\bamong\b|\bincluded\b|\bincluding\b)"

#: A cheap gate: text with none of these mentions no death.
DEATH_HINT = (r"(?i:kill|dead|death|died|toll|bod(?:y|ies)|corpse|lives|life|fatal|casualt|"
              r"slain|slew|slay|massacr|execut|murder|perish|behead|decapitat|lynch|assassin|"
              r"gunned|no\s+one|nobody|no-one|none|himself|herself|succumb|victim|hurt|injur|"
              r"remains|blew|vest|belt|neutrali|eliminat|martyrdom)")
