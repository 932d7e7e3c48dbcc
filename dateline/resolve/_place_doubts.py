"""Recognised names the places stage doubts: names that belong to an actor in the dictionary, and
names read abroad that the report more likely means at home (docs/places.md, Recognition).
"""

from __future__ import annotations

import re
from collections import Counter

from ._actors import ActorDictionary
from ._gazetteer import Gazetteer, name_key
from ._place_names import _STRONG_LOCATIVE
from ._place_spans import _Found, _ordinary_word

#: A place in a country nothing else in the report names, found without a place tag (by the
#: gazetteer alone, or tagged ORG/PERSON...), is dropped under this population: "Caliente"
#: (Nevada) in "Tierra Caliente", "Dasht" (Iran) in a Kabul report.
FOREIGN_MIN_POPULATION = 100_000
MISLABELLED_FOREIGN_MIN_POPULATION = 1_000_000  # _mislabelled_abroad
#: _other_name_abroad, _common_word_abroad, _abroad_in_home_scene: a reading that weak needs a
#: city of a million to stand against the report's own country ("Mare" as Male, Maldives)
WEAK_FOREIGN_MIN_POPULATION = 1_000_000
AMBIGUOUS_ABROAD_SCORE = 0.5  # _abroad_among_namesakes: a winner below this share is a guess


def _drop_actor_names(text: str, found: list[_Found], actors: ActorDictionary) -> list[_Found]:
    """Names that are a known actor's ("KIA", "Hamas") or lie inside one ("Khorasan" of
    "Islamic State Khorasan Province", "Los" of "Los Chapitos") are not places. A country or
    first-level region inside an actor's name stays, as context ("Jubaland forces"); so do
    demonyms, places already read as inside an organisation, and the dateline."""
    countries = Counter(c.place.iso2 for f in found if f.role == "dateline" or f.method == "demonym"
                        for c in f.candidates[:1])
    spans = set()
    for country in ["", *(c for c, _ in countries.most_common(2))]:
        spans |= {(r.span.start, r.span.end) for r in actors.find(text, country=country)
                  if r.known and r.span is not None}
    if not spans:
        return found
    kept = []
    for f in found:
        inside = any(s <= f.start and f.end <= e for s, e in spans)
        if not inside or f.role == "dateline" or f.method.startswith(("demonym", "in_organisation")):
            kept.append(f)
        elif any(c.match == "exact" and c.place.feature in ("country", "admin1") for c in f.candidates):
            f.role, f.method = "context", f.method + "+in_organisation"
            kept.append(f)
    return kept


def _doubt_foreign_places(text: str, found: list[_Found], gazetteer: Gazetteer) -> None:
    """A small place (under ``FOREIGN_MIN_POPULATION``) in a country no other name of the
    report points to, found without a place tag, a dateline, a container or a locative word
    before it ("near Djibo" in a report about Mali), is too weak a reading: left unresolved.
    Other mentions of the same name do not vouch for it. A mislabelled name read as another name
    of its entry ("in Kobane") must lie in a country other places point to, if any ("Mansi")."""
    for f in found:
        if f.other_name and f.best is not None:
            others = {g.best.place.iso2 for g in found if g.best is not None and g is not f}
            if others and f.best.place.iso2 not in others:
                f.best, f.score = None, 0.0
    for f in found:
        if _abroad_among_namesakes(f, found) or _mislabelled_abroad(f, found, gazetteer) \
                or _other_name_abroad(f, found) or _common_word_abroad(f, found) \
                or _abroad_in_home_scene(text, f, found):
            f.best, f.score = None, 0.0
    for f in found:
        if f.best is None or f.role == "dateline" or f.method.startswith("demonym") or _place_tagged(f) \
                or f.container is not None or f.best.place.population >= FOREIGN_MIN_POPULATION \
                or f.best.place.feature in ("country", "continent"):
            continue
        key = name_key(f.text)
        same = [g for g in found if name_key(g.text) == key]
        # a locative before a longer name ("in the Abu Shouk camp") does not vouch for a short
        # word of it (on the geo sets, doing so for every part cost LGL 3 toponyms)
        if any(g.role == "dateline" or _place_tagged(g) or g.container is not None
               or (not _short_part(g) and _STRONG_LOCATIVE.search(text[max(0, g.start - 24):g.start]))
               for g in same):
            continue
        others = {g.best.place.iso2 for g in found if g.best is not None and name_key(g.text) != key}
        if others and f.best.place.iso2 not in others:
            f.best, f.score = None, 0.0


def _short_part(f: _Found) -> bool:
    """A name of three letters or fewer found inside a longer entity ("Abu" of "Abu Shouk")."""
    return "+part" in f.method and len(name_key(f.text).replace(" ", "")) <= 3


def _other_name_abroad(f: _Found, found: list[_Found]) -> bool:
    """A small place abroad reached only through another of its names or a look-alike spelling
    ("Nasir", another name of Demirci in Turkey, in a report about South Sudan; "Puntland" as
    Ponteland): the report's own country outweighs such a namesake, tag and locative or not."""
    if f.best is None or f.role == "dateline" or f.container is not None \
            or (f.best.spelling and f.best.match != "skeleton") \
            or f.best.place.population >= WEAK_FOREIGN_MIN_POPULATION \
            or f.best.place.feature in ("country", "continent"):
        return False
    return _outside_report_countries(f, found)


def _common_word_abroad(f: _Found, found: list[_Found]) -> bool:
    """An ordinary word read as a place abroad, even one spaCy tagged ("the deep South" of a
    report about Thailand as Lebanon's South governorate): a direction or a description, not a
    place in a country nothing else in the report names."""
    if f.best is None or f.role == "dateline" or f.container is not None \
            or not _ordinary_word(name_key(f.text)) \
            or f.best.place.population >= WEAK_FOREIGN_MIN_POPULATION \
            or f.best.place.feature in ("country", "continent"):
        return False
    return _outside_report_countries(f, found)


#: "In Blantyre, ..." opening a sentence: the scene the sentence is set in
_SCENE_OPENING = re.compile(r"\s*In\s+(?:the\s+)?")
_ROAD_AFTER = re.compile(r"[ \t]+(?:road|highway)\b", re.IGNORECASE)


def _abroad_in_home_scene(text: str, f: _Found, found: list[_Found]) -> bool:
    """A place abroad named in a sentence set in a town of the report's own country ("In
    Blantyre, youths burned tyres on the main road in Limbe" as Limbe, Cameroon): a part or
    a neighbour of that town the gazetteer lacks, not a city in a country nothing else in the
    report names. A road named after it ("the Namanga road") may well lead abroad."""
    if f.best is None or f.role == "dateline" or f.container is not None \
            or f.best.place.population >= WEAK_FOREIGN_MIN_POPULATION \
            or f.best.place.feature in ("country", "continent") \
            or _ROAD_AFTER.match(text, f.end) is not None \
            or not _outside_report_countries(f, found):
        return False
    sentence_start = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    return any(g.best is not None and sentence_start <= g.start < f.start
               and g.best.place.iso2 != f.best.place.iso2
               and g.best.place.feature not in ("country", "continent")
               and _SCENE_OPENING.fullmatch(text, sentence_start, g.start) is not None
               for g in found)


def _outside_report_countries(f: _Found, found: list[_Found]) -> bool:
    """The place lies in no country the report's other names (not its own repeats) point to,
    and they point somewhere."""
    key = name_key(f.text)
    others = {g.best.place.iso2 for g in found if g.best is not None and name_key(g.text) != key}
    return bool(others) and f.best.place.iso2 not in others


def _abroad_among_namesakes(f: _Found, found: list[_Found]) -> bool:
    """A place name with small namesakes in several countries, none of them in a country the
    report's other names point to, picked by a narrow margin ("the place Saint-Pierre" in a
    report about Haiti): a square or quarter the gazetteer lacks, not a town abroad."""
    if f.best is None or f.role == "dateline" or f.container is not None \
            or f.score >= AMBIGUOUS_ABROAD_SCORE \
            or f.best.place.population >= FOREIGN_MIN_POPULATION \
            or f.best.place.feature in ("country", "continent"):
        return False
    return _namesakes_only_abroad(f, found, {c.place.iso2 for c in f.candidates})


def _mislabelled_abroad(f: _Found, found: list[_Found], gazetteer: Gazetteer) -> bool:
    """A name spaCy tagged as a person or organisation, with namesakes in three or more
    countries, none of them one the report's other names point to, read as a place abroad under
    a million people ("the Gombe district" of Kinshasa as Gombe, Nigeria): a local name the
    gazetteer lacks."""
    if f.best is None or f.role == "dateline" or f.container is not None \
            or f.method.split("+")[0] not in ("spacy_person", "spacy_org", "spacy_norp") \
            or f.best.place.population >= MISLABELLED_FOREIGN_MIN_POPULATION \
            or f.best.place.feature in ("country", "continent"):
        return False
    # every namesake, whatever a unit cue kept: "Gombe district" keeps only Nigeria's units
    return _namesakes_only_abroad(f, found, {c.place.iso2 for c in gazetteer.candidates(f.text)})


def _namesakes_only_abroad(f: _Found, found: list[_Found], countries: set[str]) -> bool:
    """The name's namesakes lie in three or more countries, none one that the report's other
    names point to (when they point anywhere). Measured on the geo sets: without the three
    countries the rule cost 0.001 pooled acc@161."""
    key = name_key(f.text)
    others = {g.best.place.iso2 for g in found if g.best is not None and name_key(g.text) != key}
    return bool(others) and not countries & others and len(countries) >= 3


def _place_tagged(f: _Found) -> bool:
    """spaCy tagged the name itself as a place (not a longer entity it is part of)."""
    return f.method.split("+")[0] == "spacy" and "+part" not in f.method
