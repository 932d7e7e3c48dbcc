"""Place mentions: find toponyms in a report (``_place_names.py``) and resolve them to gazetteer
entries here (linking an event to one of them is ``_event_location.py``). docs/places.md
describes every rule; in short:

Recognition (``_place_names._recognise``): a dateline opening the report (role ``dateline``: it
sets the country context, it is not an event place); spaCy GPE/LOC/FAC entities, trimmed and
split at commas; ORG/NORP/PERSON entities that are nothing but a known place name (the small
model tags "Idlib" ORG); a gazetteer longest match for names spaCy missed, guarded against
ordinary words (common English words never; a sentence's first word only with evidence); other
occurrences of names already taken as places; lists of places tagged as one ORG ("between
Bunia and Mambasa"); names the gazetteer lacks right after "in"/"near", kept unresolved (so
the event is not put elsewhere); the town of an office before a person ("Wooster Mayor Bob
Breneman", role ``context``); counties tagged ORG in the report's region and lists closed by a
plural unit word ("Anderson and Pickens counties"); country initials ("US"). Demonyms ("Syrian",
"Texans") and places inside the names of organisations, events and works ("Sudan Liberation
Movement", "the Paris Air Show") are role ``context``: evidence of the country, never event
places.

Cues around a name set its precision (ONTOLOGY §4): "X province/district/..." picks the admin
unit (geo_precision 3); "near X", "the outskirts of X", "villages around X" give 2; "the
town/village of X" prefers a populated place.

Resolution ranks each name's candidates by prominence (``_gazetteer.prominence``) plus what the
rest of the report says: the countries of the other places, the dateline and demonyms, their
admin1 regions, the counties the report's other names are or lie in ("Paris ... Henry County"),
a container named right after the place ("Daraa, southern Syria", whose reading then holds for
the name's other mentions), and the distance to the other places; never what the other
mentions of the same name say. Three passes: each pass's
choices are the next one's context. The score is the winner's share of the candidates'
weights (a softmax), in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..distance import haversine_km, place_km
from ..records import Document, Place, PlaceMention, Span
from ..settings import Settings
from ._actors import ActorDictionary
from ._gazetteer import (Candidate, Gazetteer, has_main_name, name_key, prominence,
                         rank_by_prominence, towns_by_admin)
from ._geo_data import (ADMIN_UNIT_WORDS, DEMONYMS, FEATURES_NOT_EVENT, GENERIC_COUNTRY_DOMAINS,
                        NEAR_CUES, NEAR_DESCRIPTION, SETTLEMENT_WORDS)
from ._place_doubts import _doubt_foreign_places, _drop_actor_names
from ._place_names import (_ABBREVIATION_AFTER_COMMA, _UNIT_LIST_AFTER, _recognise,
                           prefixed_unit_candidates, state_written_short)
from ._place_spans import _LGA, _Found, _ordinary_word, _Tokens

#: Most candidates one name keeps (the default gazetteer's commonest name has 164).
MAX_CANDIDATES = 300
#: A news site's domain that begins with a town of this size names the region it covers
#: ("bakersfield.com", "thetimesherald.com" does not begin with one).
DOMAIN_TOWN_MIN_POPULATION = 20_000
#: ... and the place must be this many times larger than a namesake in another region.
_DOMAIN_DOMINANCE = 5.0
_UNIT_WORDS = "|".join(ADMIN_UNIT_WORDS)
_NEAR_CUE_PATTERNS = tuple((cue + " ", re.compile(r"(?:^|\W)" + re.escape(cue) + " ")) for cue in NEAR_CUES)


# ---------------------------------------------------------------------------- entry point


def find_place_mentions(doc: Document, gazetteer: Gazetteer, settings: Settings,
                        actors: ActorDictionary | None = None) -> list[PlaceMention]:
    """Every place named in ``doc.clean_text``, resolved where the evidence allows.

    Offsets are into ``clean_text``. A mention whose best score is under
    ``settings.resolve.place_threshold`` is kept with ``place=None``. With ``actors`` (the
    actor dictionary, read only), a name that is a known actor's name or lies inside one
    ("KIA", "Los Chapitos", "Islamic State Khorasan Province") is not a place.
    """
    text = doc.clean_text or doc.text
    found = _recognise(doc, text, gazetteer, _Tokens(doc))
    for f in found:
        _read_cues(text, f)
        if not f.candidates:
            f.candidates = _candidates(gazetteer, f)
    if actors is not None:
        found = _drop_actor_names(text, found, actors)
    _link_containers(text, found)
    _resolve(found, text, gazetteer, getattr(doc, "url", "") or "")
    _doubt_foreign_places(text, found, gazetteer)
    doc.extras[SEATS_KEY] = _unit_seats(found, gazetteer)
    threshold = settings.resolve.place_threshold
    out = []
    for f in found:
        resolved = f.best is not None and f.score >= threshold
        place = f.best.place if resolved else None
        precision = _precision(place, f) if place else f.precision
        out.append(PlaceMention(span=Span(f.start, f.end, text[f.start:f.end]), place=place,
                                geo_precision=precision, score=round(f.score, 4), role=f.role,
                                method=f.method + ("" if resolved else "+unresolved")))
    return out


#: ``doc.extras`` key of the seats of the report's provinces and districts (``_unit_seats``).
SEATS_KEY = "places.seats"
#: A seat nearer the unit's own point than this adds nothing but another spelling.
SEAT_MIN_KM = 5.0


def seat_key(place: Place) -> tuple[str, str, str, str, str]:
    return place.name, place.iso2, place.feature, place.admin1, place.admin2


def _unit_seats(found: list[_Found], gazetteer: Gazetteer) -> dict[tuple, Place]:
    """Where an event known only at the level of a province or district is placed (ONTOLOGY
    §4: the regional capital): a town inside the unit named like it ("Bryansk region":
    Bryansk), else the largest town inside it that the report names ("the Bari region" ...
    "south-east of Bosaso"). The unit's own largest town is not trusted to be its seat."""
    towns = [f.best for f in found if f.best is not None and f.best.place.feature == "populated place"]
    seats: dict[tuple, Place] = {}
    for f in found:
        unit = f.best
        if unit is None or unit.place.feature not in ("admin1", "admin2") or not unit.admin1_code \
                or seat_key(unit.place) in seats:
            continue
        namesakes = [t for t in gazetteer.candidates(f.text)
                     if t.place.feature == "populated place" and t.spelling and _inside(t, unit)]
        pool = namesakes or [t for t in towns if _inside(t, unit)]
        seat = max(pool, key=lambda t: t.place.population).place if pool else None
        # a unit whose point is already its seat's keeps its own name ("Mudiyah district")
        if seat is not None and place_km(seat, unit.place) >= SEAT_MIN_KM:
            seats[seat_key(unit.place)] = seat
    return seats


def _inside(town: Candidate, unit: Candidate) -> bool:
    return town.place.iso2 == unit.place.iso2 and town.admin1_code == unit.admin1_code and (
        unit.place.feature == "admin1" or town.admin2_code == unit.admin2_code)


# ---------------------------------------------------------------------------- cues


def _read_cues(text: str, f: _Found) -> None:
    """Precision and feature preference from the words around a name (ONTOLOGY §4).

    A near-cue may stand before a description of the place: "near the Syrian town of Qusayr"
    and "on the outskirts of the northern city of Homs" are approximate (2), like "near Qusayr".
    """
    before = re.sub(r"\s+", " ", text[max(0, f.start - 40):f.start].lower())
    next_word = re.match(r"[ \t-]*([A-Za-z-]+)", text[f.end:f.end + 20])
    word = next_word.group(1).lower() if next_word else ""
    unit_of = re.search(r"(\S+) (?:" + _UNIT_WORDS + r") of (?:the )?$", text[max(0, f.start - 60):f.start], re.I)
    # "the province of Idlib" names the unit; "the Abu Salim district of Tripoli" a city's part
    unit_of = unit_of is not None and unit_of.group(1) in ("The", "A") or unit_of is not None and \
        not re.match(r"(?:[A-Z]|(?:al|el|ad|ar|as|ash|at|az|an)-)", unit_of.group(1))
    owner = _POSSESSOR.search(text, max(0, f.start - 40), f.start)
    if owner is not None and _CITY_PART_AFTER.match(text, f.end):
        f.part_of = owner.group(1)  # "Kharkiv's Kyivskyi district"
    if _LGA.match(text[f.end:f.end + 30]) or _AREA_OR_ROAD.match(text, f.end) \
            or _ROAD_FROM.search(text, max(0, f.start - 40), f.start) and _ROAD_AFTER.match(text, f.end):
        f.precision = 2  # "the Ouallam area", "the Bijapur-Kutru road", "the Quetta-Karachi highway"
    elif re.match(r"[ \t]+(?:neighbou?rhood|quarter|district|area|section) of[ \t]+[A-Z]",
                  text[f.end:f.end + 40]) and f.method.split("+")[0] != "dateline":
        # "the Tierra Blanca neighbourhood of Culiacán": a part of the city named next; but "the
        # Damascus suburb of Douma" names the city first
        f.want = "part"
    elif word in ADMIN_UNIT_WORDS or (len(f.text.split()) > 1 and f.text.split()[-1].lower() in ADMIN_UNIT_WORDS) \
            or unit_of or _UNIT_LIST_AFTER.match(text, f.end):
        f.want, f.precision = "admin", 3
    elif re.search(r"\b(?:" + "|".join(SETTLEMENT_WORDS) + r") of (?:the )?$", before) or \
            re.search(r"\bthe (?:" + "|".join(SETTLEMENT_WORDS) + r") $", before) or \
            _TOWN_CENTRE_BEFORE.search(before):
        f.want = "settlement"
    before = re.sub(r"\s+", " ", text[max(0, f.start - 90):f.start].lower())
    if any(rest in ("", "the ") or NEAR_DESCRIPTION.fullmatch(rest)
           for literal, pattern in _NEAR_CUE_PATTERNS if literal in before  # literal: a cheap pre-check
           for rest in (before[m.end():] for m in pattern.finditer(before))):
        f.precision = max(f.precision, 2)
        f.method += "+near"


#: Before a name, its centre: a town's ("the centre of Sulaymaniyah" is the city, not the
#: governorate); "central" alone is not one ("central Mali").
_TOWN_CENTRE_BEFORE = re.compile(r"\b(?:the (?:city |town )?(?:centre|center|heart) of|downtown) $")
#: After a name, an area around it or a road from it (ONTOLOGY §4: 2): "in the Ouallam area",
#: "on the Bijapur-Kutru road"; and before one, the town a road comes from ("Quetta-Karachi").
_AREA_OR_ROAD = re.compile(r"(?:[ \t]+areas?\b(?![ \t]+of\b)|-[A-Z][\w'\u2019]*[ \t]+(?:road|highway)\b)")
_ROAD_FROM = re.compile(r"[A-Z][\w'\u2019]*-$")
_ROAD_AFTER = re.compile(r"[ \t]+(?:road|highway)\b")
#: A town's possessive right before a name, and a word for a part of a town right after it:
#: "Kharkiv's Kyivskyi district", "Bamenda's Nkwen neighbourhood".
_POSSESSOR = re.compile(r"\b([A-Z][\w\u2019-]*(?:[ \t]+[A-Z][\w\u2019-]*)?)['\u2019]s[ \t]+$")
_CITY_PART_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|quarter|district|suburb|area)\b")
#: How far a district may lie from the town it is a district of.
_CITY_PART_KM = 40.0


def _candidates(gazetteer: Gazetteer, f: _Found) -> list[Candidate]:
    if f.want == "part":
        return []
    name = f.text
    cands = gazetteer.candidates(name)
    if f.part_of:
        cands = _within_owner(gazetteer, f.part_of, cands)
    if not cands and len(name.split()) > 1 and name.split()[-1].lower() in ADMIN_UNIT_WORDS:
        cands = gazetteer.candidates(" ".join(name.split()[:-1]))
    if not cands and " " in name:
        cands = prefixed_unit_candidates(gazetteer, name)
    if f.want == "admin":
        admins = [c for c in cands if c.place.feature in ("admin1", "admin2", "admin3", "other")]
        cands = admins or _region_named_after_town(gazetteer, name, cands) or cands
    elif f.want == "settlement":
        towns = [c for c in cands if c.place.feature == "populated place"]
        cands = towns or cands
    if len(cands) > MAX_CANDIDATES:  # full-dump namesakes: scoring is pairwise, keep it bounded
        cands = rank_by_prominence(cands)[:MAX_CANDIDATES]
    return cands


def _region_named_after_town(gazetteer: Gazetteer, name: str, cands: list[Candidate]) -> list[Candidate]:
    """The first-level region a unit word asks for when the gazetteer knows the name only as
    a town and the region of that town is named after it in the local form: "Belgorod
    region" is GeoNames' "Belgorodskaya oblast'", the region of the city of Belgorod."""
    key = name_key(name)
    if len(key) < 4:
        return []
    for c in cands:
        if c.place.feature != "populated place" or not name_key(c.place.admin1).startswith(key[:-1]):
            continue
        units = [u for u in gazetteer.candidates(c.place.admin1)
                 if u.place.feature == "admin1" and u.place.iso2 == c.place.iso2]
        if units:
            return units
    return []


def _within_owner(gazetteer: Gazetteer, owner: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates of a town's district ("Kharkiv's Kyivskyi district") that lie within
    ``_CITY_PART_KM`` of a town named ``owner`` or inside a unit of that name: a namesake
    elsewhere is not it, and none left means a part of the town the gazetteer lacks."""
    owners = [c.place for c in gazetteer.candidates(owner) if c.match == "exact"]
    if not owners or any(o.feature == "country" for o in owners):
        return cands  # "Lebanon's Hermel district": a country's unit, not a town's part
    return [c for c in cands if any(
        place_km(c.place, o) <= _CITY_PART_KM if o.feature == "populated place"
        else c.place.iso2 == o.iso2 and name_key(o.name) in (name_key(c.place.admin1), name_key(c.place.admin2))
        for o in owners)]


def _link_containers(text: str, found: list[_Found]) -> None:
    """"Daraa, southern Syria" / "Springfield, Illinois": the second names the first's unit."""
    for i in range(len(found) - 1):
        between = text[found[i].end:found[i + 1].start]
        if re.fullmatch(r",\s*(?:(?:the )?(?:north|south|east|west|central)\w*(?:[- ]\w+ern)?\s+)?",
                        between, flags=re.I) or re.fullmatch(r"\s*\(\s*", between):
            found[i].container = i + 1


# ---------------------------------------------------------------------------- resolution

_W_COUNTRY = 4.0
_W_ADMIN1 = 3.0
_W_CONTAINER = 4.0
_W_NEAR = 4.0
_NEAR_UNIT_SHARE = 0.5  # admin units are areas: their centroid's nearness counts less
_W_SUPPORT = 3.0  # admin1 units the other names of the report could lie in
_SUPPORT_SPREAD = 0.5  # a name that could lie in n admin1 units votes 1/n**spread for each
#: ... and that part of its vote goes by prominence instead ("Paris" votes mostly for
#: Île-de-France, little for Ohio): first 70% of the geo sets, 0 / 0.15 / 0.25 / 0.35 / 0.5 / 1
#: gave acc@161 0.8547 / 0.8555 / 0.8557 / 0.8561 / 0.8555 / 0.8516 (a plateau; above 0.3,
#: "Huntsville ... Walker County" puts the county in Alabama, by Huntsville's fame).
_SUPPORT_BY_PROMINENCE = 0.25
#: A town in a county (admin2 unit) the report names, or a county a town named in the report
#: lies in ("Paris ... Henry County"): first 70% of the geo sets, 2 / 4 / 6 gave acc@161
#: 0.8465 / 0.8506 / 0.8507 (4 kept). A name in n counties votes 1/sqrt(n) for each.
_W_COUNTY = 4.0
_COUNTY_FEATURES = frozenset({"populated place", "admin2"})
#: An entry that has the name only as another name (not a spelling of its own) steps back this
#: much more when a town is called so, on top of the gazetteer's own 1 ("Canton": not
#: Guangzhou; "Franklin": not Columbus; but "Cotija", the other name of Cotija de la Paz, is still
#: the town, not the municipality called so): first 70% of the geo sets, 0 / 1 / 2 / 3 gave
#: acc@161 0.8538 / 0.8539 / 0.8552 / 0.8539 (exact 0.8083 / 0.8081 / 0.8095 / 0.8101).
_W_ANOTHER_NAME = 2.0
#: ... unless one such town lies within this distance: the same locality under two entries
#: ("Ikorodu", a town of no recorded size, and Ebute Ikorodu, the city).
_SAME_LOCALITY_KM = 30.0
_W_NAMED_ADMIN1 = 1.0  # weight of an admin1 unit named by an abbreviation or the site's domain
#: Pseudo-weight added to the country shares' total: one other name in a country is two
#: thirds of a vote for it, not a certainty ("Iran ... Baghdad" is still Iraq's capital).
_SHARE_PRIOR = 0.5
#: ... and the admin1 shares' total likewise: one other name in a state is half a vote for it
#: (first 70% of the geo sets, 0 / 0.5 / 1: acc@161 0.8653 / 0.8660 / 0.8662).
_ADMIN1_PRIOR = 1.0
#: A name's mentions after its first count this much in the country and admin1 shares: a
#: surname tagged ORG five times is not five names (1 / 0.5 / 0.25 / 0: 0.8666 / 0.8676 /
#: 0.8676 / 0.8657).
_W_REPEAT = 0.5
#: A big city's far smaller namesake in another admin1 unit gets this share of the admin1 and
#: support pulls: one other name in Ohio does not make "Miami" Miami County, Ohio (first 70%
#: of the geo sets, share 1 / 0.7 / 0.5 / 0.25 / 0: acc@161 0.8694 / 0.8698 / 0.8701 / 0.8699 /
#: 0.8696; city size 100k / 300k / 1M: 0.8698 / 0.8701 / 0.8699; ratio 30 / 100 / 300: 0.8703 /
#: 0.8701 / 0.8701, but 30 loses 3 toponyms on the last 30%). Scaling the nearness too lost
#: 14 toponyms. "Pittsburgh ... Denver" still gives Denver, Pennsylvania (it needs 0.25).
_FAMOUS_POP = 300_000
_FAMOUS_RATIO = 100
_FAMOUS_PULL = 0.5
#: Weight of the country of a news site's country-code domain ("cbc.ca"), as of two more names
#: there: chosen on the first 70% of the geo sets, flat from 1 to 5 (0.8237-0.8246 acc@161).
_W_SITE_COUNTRY = 2.0


@dataclass
class _Context:
    """What the rest of the document says: weights of countries and admin1 regions, and points.

    ``own`` holds, for each mention, the country and admin1 votes of every mention of its name,
    so a mention is judged by the report's other names only (otherwise a first guess would vote
    for itself in the next pass, and a name named five times would outvote the rest).
    """

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    points: list[tuple[float, float, float]] = field(default_factory=list)
    own: dict[int, tuple[Counter, Counter]] = field(default_factory=dict)
    support: Counter = field(default_factory=Counter)
    support_own: dict[str, tuple[dict[str, float], float]] = field(default_factory=dict)
    support_total: float = 0.0
    #: votes per (feature, admin2 code), and each name's own keys and weight (``_admin2_support``)
    county: Counter = field(default_factory=Counter)
    county_own: dict[str, tuple[frozenset, float, frozenset]] = field(default_factory=dict)
    #: ``_nearness`` per (latitude, longitude), filled while choosing (``points`` is final then)
    nearness: dict[tuple[float, float], float] = field(default_factory=dict)

    def support_share(self, code: str, key: str) -> float:
        """Share of the report's other names (and named units) that could lie in admin1 ``code``."""
        codes, w = self.support_own.get(key, ({}, 0.0))
        total = self.support_total - w
        mine = self.support[code] - codes.get(code, 0.0)
        return mine / total if total > 1e-9 and code else 0.0

    def county_votes(self, feature: str, code: str, key: str) -> float:
        """Votes of the report's other names for the admin2 unit ``code``, at most 1: the units
        of that code vouch for a town in it, the towns in it for the unit."""
        if not code:
            return 0.0
        codes, w, units = self.county_own.get(key, (frozenset(), 0.0, frozenset()))
        voters = [("populated place", code)] if feature == "admin2" else [("admin2", code)]
        if feature == "populated place" and code in units:
            voters.append(("populated place", code))  # "near Hermel": the town the unit is named after
        return min(1.0, sum(self.county[v] - (w if v in codes else 0.0) for v in voters))

    def country_share(self, iso2: str, who: int = -1) -> float:
        own = self.own[who][0] if who in self.own else Counter()
        total = sum(self.countries.values()) - sum(own.values())
        mine = self.countries[iso2] - own[iso2]
        return mine / (total + _SHARE_PRIOR) if total > 1e-9 else 0.0

    def admin1_share(self, code: str, who: int = -1) -> float:
        own = self.own[who][1] if who in self.own else Counter()
        total = sum(self.admin1.values()) - sum(own.values())
        mine = self.admin1[code] - own[code]
        return mine / (total + _ADMIN1_PRIOR) if total > 1e-9 and code else 0.0


def _resolve(found: list[_Found], text: str, gazetteer: Gazetteer, url: str = "") -> None:
    support = _admin1_support(found, text, gazetteer, url)
    county = _admin2_support(found)
    site_country = _domain_country(url, gazetteer)
    for first in (True, False, False):
        context = (_initial_context if first else _context_from_choices)(found, text, gazetteer)
        context.countries[site_country] += _W_SITE_COUNTRY if site_country else 0.0
        context.support, context.support_own, context.support_total = support
        context.county, context.county_own = county
        _choose_all(found, context)
        _follow_containers(found)


def _follow_containers(found: list[_Found]) -> None:
    """One name, one place in a report: the reading a container fixed ("Dublin, Ohio") holds
    for the name's other mentions ("the Dublin City Council", "DUBLIN —"), when it is among
    their candidates; the first such reading wins."""
    fixed: dict[str, tuple[Candidate, float]] = {}
    for f in found:
        if f.container is not None and f.best is not None and _contains(found[f.container], f.best):
            fixed.setdefault(name_key(f.text), (f.best, f.score))
    for f in found:
        best, score = fixed.get(name_key(f.text), (None, 0.0))
        if best is None or f.best is best:
            continue
        same = next((c for c in f.candidates if c.place.geonames_id == best.place.geonames_id
                     and c.place.feature == best.place.feature), None)
        if same is not None:
            f.best, f.score = same, score


#: A legislator's party and state: "D-Calif.", "R-N.Y.", "I-Vt.", "R-Texas".


def _admin1_support(found: list[_Found], text: str, gazetteer: Gazetteer,
                    url: str) -> tuple[Counter, dict[str, tuple[dict[str, float], float]], float]:
    """Which admin1 units the report is about, before choosing anything.

    Each distinct name of weight w = 1/n**spread, when it could lie in n units, votes for every
    admin1 unit one of its entries lies in ("Alexandria ... Douglas County ... St. Cloud": all
    three have an entry in Minnesota): (1 - b) * w for each, plus b times the unit's share of
    the name's prominence (b = ``_SUPPORT_BY_PROMINENCE``: "Paris" and "Dublin" both have towns
    in Ohio, but mostly mean Île-de-France and Ireland). US state and Canadian province
    abbreviations after a comma ("Ga.", "TX", "Ont."), and a place named by the news site's
    domain ("chicagotribune.com": local news), vote as names. A name weighs its largest vote in
    the total, so a share stays a share. Returns (votes per admin1 code, each name's own votes
    per code and weight, total weight).
    """
    votes: Counter = Counter()
    own: dict[str, tuple[dict[str, float], float]] = {}
    for f in found:
        key = name_key(f.text)
        if key in own or f.method.startswith("demonym"):
            continue
        voters = [c for c in f.candidates if c.admin1_code and c.match in ("exact", "alias", "article")
                  and c.place.feature not in FEATURES_NOT_EVENT]
        codes = frozenset(c.admin1_code for c in voters)
        w = 1.0 / len(codes) ** _SUPPORT_SPREAD if codes else 0.0
        shares = _prominence_shares(voters)
        by_code = {code: (1 - _SUPPORT_BY_PROMINENCE) * w + _SUPPORT_BY_PROMINENCE * shares.get(code, 0.0)
                   for code in codes}
        # a name weighs its largest vote: with the prominence part, w alone let a share pass 1
        own[key] = (by_code, max(by_code.values(), default=0.0))
        for code, v in by_code.items():
            votes[code] += v
    named = [state_written_short(m.group(1)) for m in _ABBREVIATION_AFTER_COMMA.finditer(text)]
    total = sum(w for _, w in own.values())
    for state, iso2 in named:
        code = next((c.admin1_code for c in gazetteer.candidates(state)
                     if c.place.feature == "admin1" and c.place.iso2 == iso2), "")
        if code:
            votes[code] += _W_NAMED_ADMIN1
            total += _W_NAMED_ADMIN1
    code = _domain_admin1(url, gazetteer)
    if code:
        votes[code] += _W_NAMED_ADMIN1
        total += _W_NAMED_ADMIN1
    return votes, own, total


def _prominence_shares(cands: list[Candidate]) -> dict[str, float]:
    """Each admin1 code's share of the name's readings, weighted by prominence (10**score)."""
    towns, main = towns_by_admin(cands), has_main_name(cands)
    weights: Counter = Counter()
    for c in cands:
        weights[c.admin1_code] += 10 ** prominence(c, towns, main)
    total = sum(weights.values())
    return {code: v / total for code, v in weights.items()} if total else {}


def _admin2_support(found: list[_Found]) -> tuple[Counter, dict[str, tuple[frozenset, float, frozenset]]]:
    """Which counties or districts the report's names could lie in, before choosing anything:
    each distinct name votes 1/sqrt(n) for each of the n admin2 units its entries are or lie in
    ("Paris ... Henry County": Paris, Tennessee lies in Henry County, Tennessee). Only entries
    the name spells count: "New Mexico" is another name of Mexico, Missouri, not a vote for it.
    Votes are keyed (feature, code): a town is vouched for by a unit, a unit by a town (two towns
    of one county prove little: "Oregon" is also a town near Toledo)."""
    votes: Counter = Counter()
    own: dict[str, tuple[frozenset, float, frozenset]] = {}
    for f in found:
        key = name_key(f.text)
        if key in own or f.method.startswith("demonym"):
            continue
        codes = frozenset((c.place.feature, c.admin2_code) for c in f.candidates
                          if c.admin2_code and c.spelling and c.match in ("exact", "alias", "article")
                          and c.place.feature in _COUNTY_FEATURES)
        w = 1.0 / len({code for _, code in codes}) ** 0.5 if codes else 0.0
        units = frozenset(c.admin2_code for c in f.candidates if c.place.feature == "admin2")
        own[key] = (codes, w, units)
        for code in codes:
            votes[code] += w
    return votes, own


def _domain_country(url: str, gazetteer: Gazetteer) -> str:
    """The country (ISO2) of a news site's country-code domain ("cbc.ca": CA, "bbc.co.uk":
    GB), "" for generic domains and for country codes sold as generic ones (".tv", ".io")."""
    host = re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?", "", url.lower()).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in GENERIC_COUNTRY_DOMAINS:
        return ""
    iso2 = "GB" if tld == "uk" else tld.upper()
    return iso2 if gazetteer.country_place(iso2) is not None else ""


def _domain_admin1(url: str, gazetteer: Gazetteer) -> str:
    """The admin1 unit of a place the news site's domain begins with ("chicagotribune.com",
    "oregonlive.com", "woosterdailyrecord.com"): a first-level unit, or a town of
    ``DOMAIN_TOWN_MIN_POPULATION``+ people. "" when none or when the name is ambiguous.

    Guards, since a domain is a run of words without spaces: the place name has at least 5
    letters and is no ordinary word ("daily", "state": "thestate.com" names no place); a
    country-code domain keeps places of that country ("cambridge-news.co.uk" is not
    Massachusetts); and a name that fits places of similar size in several regions votes for
    none ("richmondregister.com", "springfieldnewssun.com": one paper, many Richmonds).
    """
    host = re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?", "", url.lower()).split("/")[0]
    labels = host.split(".") if host else [""]
    label = re.sub(r"^the", "", labels[0].split("-")[0])
    tld = labels[-1] if len(labels) > 1 else ""
    country = {"uk": "GB"}.get(tld, tld.upper()) if len(tld) == 2 else ""
    for n in range(len(label), 4, -1):
        if _ordinary_word(label[:n]):
            continue
        sizes: dict[str, float] = {}
        for c in gazetteer.candidates(label[:n]):
            p = c.place
            if c.match != "exact" or not c.admin1_code or (country and p.iso2 != country):
                continue
            if p.feature == "admin1" or \
                    p.feature == "populated place" and p.population >= DOMAIN_TOWN_MIN_POPULATION:
                sizes[c.admin1_code] = max(sizes.get(c.admin1_code, 0.0), float(p.population))
        if sizes:
            ranked = sorted(sizes.items(), key=lambda kv: -kv[1])
            clear = len(ranked) == 1 or ranked[0][1] >= _DOMAIN_DOMINANCE * ranked[1][1]
            return ranked[0][0] if clear else ""
    return ""


def _initial_context(found: list[_Found], text: str, gazetteer: Gazetteer) -> _Context:
    """Countries from the dateline, from names that can only be one country, and demonyms."""
    ctx = _Context()
    for f in found:
        countries = {c.place.iso2 for c in f.candidates if c.match in ("exact", "alias")}
        weight = 2.0 if f.role == "dateline" else 1.0
        if len(countries) == 1:
            ctx.countries[next(iter(countries))] += weight
    for word, n in _demonym_counts(text).items():
        ctx.countries[word] += 0.5 * min(n, 3)
    return ctx


def _demonym_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for m in re.finditer(r"\b[A-Z][a-z]+(?:ese|ian|an|i|ish|ean|ine|ch|ic)?\b", text):
        iso2 = DEMONYMS.get(m.group())
        if iso2:
            counts[iso2] += 1
    return counts


def _context_from_choices(found: list[_Found], text: str, gazetteer: Gazetteer) -> _Context:
    ctx = _Context()
    by_name: dict[str, tuple[Counter, Counter]] = {}
    seen: Counter = Counter()
    for i, f in enumerate(found):
        if f.best is None:
            continue
        key = name_key(f.text)
        seen[key] += 1
        weight = f.score * (2.0 if f.role == "dateline" else 1.0)
        weight *= 1.0 if seen[key] == 1 else _W_REPEAT
        p = f.best.place
        ctx.countries[p.iso2] += weight
        code = f.best.admin1_code if p.feature not in FEATURES_NOT_EVENT else ""
        # every mention of one name shares its votes: repeats are no evidence for each other
        countries, admin1 = ctx.own[i] = by_name.setdefault(key, (Counter(), Counter()))
        countries[p.iso2] += weight
        if code:
            ctx.admin1[code] += weight
            admin1[code] += weight
        if p.feature not in FEATURES_NOT_EVENT:
            ctx.points.append((p.latitude, p.longitude, weight))
    for word, n in _demonym_counts(text).items():
        ctx.countries[word] += 0.3 * min(n, 3)
    return ctx


def _choose_all(found: list[_Found], ctx: _Context) -> None:
    for i, f in enumerate(found):
        if not f.candidates:
            f.best, f.score = None, 0.0
            continue
        container = found[f.container] if f.container is not None else None
        towns, main = towns_by_admin(f.candidates), has_main_name(f.candidates)
        called_so = _towns_called_so(f.candidates)
        famous = _famous_town(f.candidates)
        scored = [(_score(c, i, f, ctx, container, towns, main, called_so, famous), c) for c in f.candidates]
        scored.sort(key=lambda sc: -sc[0])
        top = scored[0][0]
        weights = [math.exp((s - top) * math.log(10)) for s, _ in scored]
        f.best = scored[0][1]
        f.score = 1.0 / sum(weights)
        if f.best.match == "skeleton":
            f.score *= 0.6 if ctx.country_share(f.best.place.iso2, i) > 0 else 0.15


def _score(c: Candidate, i: int, f: _Found, ctx: _Context, container: _Found | None,
           towns: set[str], has_main: bool, called_so: tuple[Place, ...] = (),
           famous: Candidate | None = None) -> float:
    p = c.place
    total = prominence(c, towns, has_main)
    if not c.spelling and called_so and all(place_km(p, town) > _SAME_LOCALITY_KM for town in called_so):
        total -= _W_ANOTHER_NAME
    total += _W_COUNTRY * ctx.country_share(p.iso2, i)
    if p.feature not in FEATURES_NOT_EVENT:
        pull = _W_ADMIN1 * ctx.admin1_share(c.admin1_code, i) \
            + _W_SUPPORT * ctx.support_share(c.admin1_code, name_key(f.text))
        total += pull * (_FAMOUS_PULL if _namesake_of(c, famous) else 1.0)
        total += _W_NEAR * _nearness(p, ctx) * (1.0 if p.feature == "populated place" else _NEAR_UNIT_SHARE)
        if p.feature in _COUNTY_FEATURES:
            total += _W_COUNTY * ctx.county_votes(p.feature, c.admin2_code, name_key(f.text))
    if container is not None and _contains(container, c):
        total += _W_CONTAINER
    if f.want == "admin" and p.feature in ("admin1", "admin2", "admin3"):
        total += 1.0
    return total


def _famous_town(cands: list[Candidate]) -> Candidate | None:
    """The largest town called by the name, when it is a big city (``_FAMOUS_POP``)."""
    towns = [c for c in cands if c.place.feature == "populated place" and c.spelling
             and c.match in ("exact", "alias")]
    best = max(towns, key=lambda c: c.place.population, default=None)
    return best if best is not None and best.place.population >= _FAMOUS_POP else None


def _namesake_of(c: Candidate, famous: Candidate | None) -> bool:
    """A far smaller entry of a big city's name in another admin1 unit ("Miami" County, Ohio)."""
    return famous is not None and c.admin1_code != famous.admin1_code \
        and c.place.population * _FAMOUS_RATIO < famous.place.population


def _towns_called_so(cands: list[Candidate]) -> tuple[Place, ...]:
    """The towns that have the name looked up as their own name or a spelling of it."""
    return tuple(c.place for c in cands if c.spelling and c.place.feature == "populated place"
                 and c.match in ("exact", "alias"))


def _contains(container: _Found, c: Candidate) -> bool:
    for k in container.candidates:
        kp = k.place
        if kp.feature == "country" and kp.iso2 == c.place.iso2 and c.place.feature != "country":
            return True
        if kp.feature == "admin1" and k.admin1_code and k.admin1_code == c.admin1_code \
                and c.place.feature not in ("country", "admin1"):
            return True
        if kp.feature == "admin2" and k.admin2_code and k.admin2_code == c.admin2_code \
                and c.place.feature == "populated place":
            return True
    return False


def _nearness(p: Place, ctx: _Context) -> float:
    """1 when other chosen places are close (< 50 km), falling to 0 at ~1000 km."""
    if not ctx.points:
        return 0.0
    key = (p.latitude, p.longitude)
    if key not in ctx.nearness:
        total = sum(w for _, _, w in ctx.points)
        ctx.nearness[key] = sum(w * _closeness(p, lat, lon) for lat, lon, w in ctx.points) / total \
            if total else 0.0
    return ctx.nearness[key]


def _closeness(p: Place, lat: float, lon: float) -> float:
    d = haversine_km(p.latitude, p.longitude, lat, lon)
    if d < 1:  # the place itself
        return 0.0
    return max(0.0, 1.0 - math.log10(max(d, 50) / 50) / math.log10(20))


def _precision(place: Place, f: _Found) -> int:
    """ONTOLOGY §4: 1 a town, 2 near/around a town, 3 a region (admin unit or larger)."""
    if place.feature != "populated place":
        return 3
    if "near" in f.method.split("+"):
        return 2  # "in a village in Kanbalu Township": a unit's word, but its town stands for it
    return f.precision if f.precision in (1, 2) else 1
