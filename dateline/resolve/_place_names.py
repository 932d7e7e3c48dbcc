"""Place names in a report: the recognition half of the places stage (``_places.py`` resolves
them; docs/places.md, section Recognition, describes every rule).

A dateline opening the report (role ``dateline``); spaCy GPE/LOC/FAC entities, trimmed and split
at commas; ORG/NORP/PERSON entities that are nothing but a known place name; a gazetteer longest
match for names spaCy missed, guarded against ordinary words; repeats of names already taken;
lists tagged as one ORG; unknown names after "in"/"near"/"the village of", kept unresolved;
demonyms, unions and places inside the names of organisations, events and works as ``context``.
Cues around each name then set its wanted kind and precision (``_read_cues``, in ``_places.py``).
The span tests the rules share are in ``_place_spans.py``; the doubts about names read abroad
or named like actors, in ``_place_doubts.py``.
"""

from __future__ import annotations

import re

from ..records import Document
from ._gazetteer import (KIND_ALT, Candidate, Gazetteer, name_key)
from ._geo_data import (ADMIN1_DEMONYMS, ADMIN1_INITIALS, ADMIN_UNIT_PLURALS, ADMIN_UNIT_WORDS,
                        BODIES_NAMED_BARE, CA_PROVINCE_ABBREVIATIONS, CONTINENT_DEMONYMS,
                        CONTINENT_UNIONS, DATELINE_HEAD_CHARS, DATELINE_PATTERNS, DEMONYMS,
                        GROUP_NAMES, MASTHEAD_WORDS, ORGANISATION_WORDS, PLACE_OF_NOUNS,
                        US_STATE_ABBREVIATIONS, US_STATE_POSTAL)
from ._place_spans import (_ACRONYM, _after_number, _comma_parts, _drop_overlaps, _extend_back,
                           _extend_over_joiner, _followed_by_organisation_word, _Found,
                           _in_hyphenated_name, _inside_longer_name, _is_demonym, _LGA,
                           _LOCATIVE_BEFORE, _before_stretched_name, _looks_like_name,
                           _names_organisation, _ordinary_word, _overlaps, _person_context, _Tokens,
                           _trim, _with_article)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Other labels spaCy gives place names; ORG/NORP/PERSON often, the others rarely, so those
#: need a locative word before the name ("near Cotija" tagged EVENT).
MISLABELLED = frozenset({"ORG", "NORP", "PERSON", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: Names of events, works and products: a place inside one is context ("the Boston Marathon").
NAMED_THINGS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT"})
#: Entities whose words are never taken as places by the gazetteer matcher; dates and times
#: only up to their last comma or number, as the small model stretches them over the name after
#: it ("January, South Carolina", "12:03 p.m. Walker County"), while "Ramadan" or "the holy
#: month of Ramadan" stay no place (GeoNames has a town called so). Sums and quantities do not
#: block ("one million US dollars"): the matcher's own guards suffice there.
BLOCKING_LABELS = frozenset({"PERSON", "NORP", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT",
                             "LAW", "LANGUAGE"})
STRETCHED_LABELS = frozenset({"DATE", "TIME"})
_DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?"
                        r"(?:[- ]?(?:east|west)(?:ern)?)?|eastern|western|greater)\s+", re.I)
_DEMONYM_WORDS = sorted(set(DEMONYMS) | set(CONTINENT_DEMONYMS) | set(ADMIN1_DEMONYMS), key=len,
                        reverse=True)
_UNION_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(u) for u in sorted(CONTINENT_UNIONS, key=len, reverse=True))
                       + r")(?!\w|\.\w)")
_DEMONYM_RE = re.compile(r"\b((?:" + "|".join(re.escape(w) for w in _DEMONYM_WORDS) + r")s?)\b")
#: A gazetteer-only name opening a sentence, in a country the report names, is taken from this
#: population up ("Homs says..."); smaller towns there need a unit word or container after them.
SENTENCE_START_MIN_POPULATION = 100_000
#: A town tagged ORG or NORP ("Idlib") is a place from this size, or after a locative word.
ORG_MIN_POPULATION = 5_000
#: A city tagged PERSON is a place from this size ("Grozny" needs less, below) ...
PERSON_MIN_POPULATION = 1_000_000
#: ... and a town from this size when no title precedes it and no speech verb follows it.
PERSON_TOWN_MIN_POPULATION = 10_000
#: The rest of a list of units after one of its names: "[Anderson] and Pickens counties",
#: "[Idlib], Hama and Aleppo provinces".
_UNIT_LIST_AFTER = re.compile(r"(?:(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                              r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}){0,6}[ \t]+(?i:"
                              + "|".join(ADMIN_UNIT_PLURALS) + r")\b")
#: Initials that may name a country or a US state ("US", "UAE", "U.K.", "N.Y."): the gazetteer's
#: recognition keys have no such short names.
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]{2,4}(?!\w|\.\w)|(?:[A-Z]\.){2,3})")
_OF_PLACE = r"(?:" + "|".join(sorted(PLACE_OF_NOUNS, key=len, reverse=True)) + r") of"
_STRONG_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|" + _OF_PLACE + r")\s+(?:the\s+)?$")
_DATELINE_OUTLET = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'\u2019.\- ]+(?:,[^()\n]{1,40})?[ \t]*\(([^)\n]{2,40})\)"
                              r"[ \t]*(?:--|[\-\u2013\u2014:])")
#: After a facility's name: its kind and the town it is in ("[Aden Adde] international airport
#: in Mogadishu", "[Camp Lemonnier] in Djibouti").
_FACILITY_LOCATED = re.compile(
    r"(?i:(?:[ \t]+(?:international|military|regional|naval|air|sea|main|central))*"
    r"[ \t]+(?:airport|airfield|airstrip|air[ \t]+base|base|port|seaport|harbou?r|stadium|hospital|"
    r"barracks|camp|prison|university|bridge|dam),?[ \t]+(?:in|near|outside)[ \t]+(?:the[ \t]+)?)[A-Z]")


# ---------------------------------------------------------------------------- recognition


def _recognise(doc: Document, text: str, gazetteer: Gazetteer, tokens: _Tokens) -> list[_Found]:
    entities = [e for s in doc.sentences for e in s.entities]
    found: list[_Found] = _find_dateline(text, gazetteer) + _continent_unions(text, gazetteer)
    settlements = _unknown_settlements(text, entities, gazetteer) + _prefixed_units(text, gazetteer)
    found += settlements
    entities = [e for e in entities if not _overlaps(e.span.start, e.span.end,
                                                     [(f.start, f.end) for f in settlements])]
    for ent in entities:
        if ent.label in PLACE_LABELS or (ent.label == "PERSON" and _ends_with_unit_word(ent.span.text)):
            start = _extend_back(text, ent.span.start, ent.span.end, gazetteer)
            end = _extend_over_joiner(text, start, ent.span.end, gazetteer)
            found.extend(_from_entity(text, start, end, gazetteer))
    found.extend(_demonyms(text, gazetteer))
    people = {w for e in entities if e.label == "PERSON" and " " in e.span.text.strip()
              for w in e.span.text.split()}
    for ent in entities:
        if ent.label in MISLABELLED:
            start = _extend_back(text, ent.span.start, ent.span.end, gazetteer)
            found.extend(_mislabelled_place(text, start, ent.span.end, ent.label, gazetteer, people))
        if ent.label in ("ORG", "NORP"):
            found.extend(_listed_places(text, ent.span.start, ent.span.end, gazetteer))
    for ent in entities:  # a body tagged PERSON too: "Athens Parks", "Alexandria Police"
        if ent.label == "ORG" or ent.label == "PERSON" and _names_organisation(ent.span.text):
            found.extend(_inside_organisation(text, ent.span.start, ent.span.end, gazetteer))
        elif ent.label in NAMED_THINGS:
            found.extend(_inside_named_thing(text, ent.span.start, ent.span.end, gazetteer))
    found.extend(_unknown_places(text, entities, gazetteer))
    found.extend(_places_heading_person_names(text, entities, gazetteer))
    found.extend(_state_abbreviations(text, found, gazetteer))
    found = _drop_overlaps(found)
    blocked = [(e.span.start, e.span.end) for e in entities if e.label in BLOCKING_LABELS]
    blocked += [_before_stretched_name(text, e.span.start, e.span.end) for e in entities
                if e.label in STRETCHED_LABELS]
    blocked += [(f.start, f.end) for f in found]
    initials = _country_initials(text, blocked, gazetteer)
    found += initials
    blocked += [(f.start, f.end) for f in initials]
    matched, in_names = [], []
    for start, end in _whole_hyphenated_names(text, gazetteer):
        if _overlaps(start, end, blocked):
            continue
        if _looks_like_name(text, start, end, tokens):
            matched.append(_Found(start, end, text[start:end], "gazetteer"))
        elif _followed_by_organisation_word(text, end) \
                and _looks_like_name(text, start, end, tokens, in_name=True):
            # "Wooster City Schools" untagged: context, as inside a tagged organisation
            in_names.append(_Found(start, end, text[start:end], "gazetteer+in_organisation", role="context"))
    found += in_names
    opening = [f for f in matched if tokens.at_sentence_start(text, f.start)]
    found += [f for f in matched if all(f is not o for o in opening)]
    regions = _named_regions(found, gazetteer)
    found += [f for f in opening if _sentence_start_evidence(text, f.start, f.end, gazetteer, regions)]
    found += _local_names_after_locative(text, blocked + [(f.start, f.end) for f in found + matched],
                                         gazetteer, regions | _named_countries(found, gazetteer), tokens)
    found += _people_named_like_local_places(text, entities, found, gazetteer, regions, people)
    found += _organisations_named_like_local_places(text, entities, found, gazetteer, regions)
    found = _drop_overlaps(found + _repeats(text, found, entities))
    outlets = _outlet_names(text)
    found = [f for f in found if f.role == "dateline" or name_key(f.text) not in outlets]
    found = [f for f in found if not _body_named_bare(f)]
    for f in found:
        if f.role != "dateline":
            f.start = _with_article(text, f.start)
            f.text = text[f.start:f.end]
        if f.role == "event" and _followed_by_organisation_word(text, f.end):
            f.role, f.method = "context", f.method + "+in_organisation"
    return found


def _whole_hyphenated_names(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The gazetteer's matches in running text, each widened to the capitalised hyphenated word
    it is part of when that whole is a name ("Ville" of "Pétion-Ville", GeoNames' "Pétionville")."""
    out = []
    for start, end, key in gazetteer.match_names(text):
        if _ordinary_word(key):
            continue
        left = re.search(r"(?:[A-Z][\w'\u2019]*-)+$", text[max(0, start - 40):start])
        right = re.match(r"(?:-[A-Z][\w'\u2019]*)+", text[end:end + 40])
        s = start - len(left.group(0)) if left else start
        e = end + len(right.group(0)) if right else end
        if (s, e) != (start, end) and gazetteer.candidates(text[s:e]):
            start, end = s, e
        if not out or out[-1] != (start, end):
            out.append((start, end))
    return out


def _outlet_names(text: str) -> set[str]:
    """Keys of the news outlet named in a wire dateline's brackets ("KIRKUK, Iraq (Meridian) —"):
    that name, wherever it recurs ("told Meridian"), is the outlet, not a place."""
    m = _DATELINE_OUTLET.search(text[:400])
    if not m:
        return set()
    # "(Meridian News Agency)": "told Meridian", "Meridian's bureau" name it too
    words = m.group(1).split()
    while len(words) > 1 and words[-1].lower() in ORGANISATION_WORDS | MASTHEAD_WORDS:
        words.pop()
    return {name_key(m.group(1)), name_key(" ".join(words))}


#: Rules whose places are places at the name's other occurrences too (fourth round: also the
#: names spaCy tagged ORG, PERSON or NORP that rule 3 took).
_REPEATED_METHODS = ("spacy", "dateline", "gazetteer", "spacy_org", "spacy_person", "spacy_norp",
                     "spacy_product")


def _repeatable_name(name: str) -> bool:
    """A name whose other occurrences are the same place: four letters or more, or three
    written as a word ("Bol", not "IDF") that is not an ordinary word."""
    if not name[:1].isupper():
        return False
    if len(name) >= 4:
        return True
    return len(name) == 3 and name[1:].islower() and not _ordinary_word(name_key(name))


def _repeats(text: str, found: list[_Found], entities) -> list[_Found]:
    """Other occurrences of a name already taken as a place, which spaCy tagged otherwise
    (a town tagged GPE once and PERSON later in the same report is the same town)."""
    names = {f.text for f in found if f.method.split("+")[0] in _REPEATED_METHODS
             and f.role != "context" and _repeatable_name(f.text)}
    if not names:
        return []
    covered = [(f.start, f.end) for f in found]
    longer = [(e.span.start, e.span.end, e.span.text) for e in entities]
    out = []
    # written in capitals too ("TULSA MAN CHARGED" over a report about Tulsa)
    written = names | {n.upper() for n in names}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(written, key=len, reverse=True)) + r")\b")
    for m in pattern.finditer(text):
        if _overlaps(m.start(), m.end(), covered):
            continue
        inside = [t for s, e, t in longer if s < m.end() and m.start() < e]
        if any(t.strip() != m.group() and not t.isupper() for t in inside):
            continue
        out.append(_Found(m.start(), m.end(), m.group(), "repeat"))
    return out


def _named_countries(found: list[_Found], gazetteer: Gazetteer) -> set[str]:
    """Countries (ISO2) the report names by their name, even where a town abroad shares it
    ("Iraq" is also a village of Iran)."""
    return {c.place.iso2 for f in found for c in f.candidates or gazetteer.candidates(f.text)
            if c.place.feature == "country" and c.match == "exact"}


_WORD_AFTER_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?([A-Z][\w'\u2019-]+)")


def _local_names_after_locative(text: str, blocked: list[tuple[int, int]], gazetteer: Gazetteer,
                                regions: set[str], tokens: _Tokens) -> list[_Found]:
    """One-word names right after a locative word that neither spaCy nor the recognition
    automaton took, taken when they name a place of a country or region the report names:
    three-letter names, too short to trust by their capital ("a post near Bol" in a report
    about Chad), and names the automaton lacks because they are only a variant spelling of the
    entry ("near Amadiya", GeoNames' Al 'Amadiyah, in a report about Iraq)."""
    out = []
    for m in _WORD_AFTER_LOCATIVE.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        if _overlaps(start, end, blocked) or _inside_longer_name(text, start, end) \
                or _ordinary_word(name_key(name)) or not _repeatable_name(name):
            continue
        if len(name) > 3 and not _looks_like_name(text, start, end, tokens):
            continue
        if any(c.match == "exact" and c.spelling and (c.place.iso2 in regions or c.admin1_code in regions)
               for c in gazetteer.candidates(name)):
            out.append(_Found(start, end, name, "gazetteer+local"))
    return out


def _named_regions(found: list[_Found], gazetteer: Gazetteer) -> set[str]:
    """Countries (ISO2) and admin1 regions (codes) the report already names: through the
    dateline, demonyms, admin units, and places whose every exact reading lies in one country
    (or one region)."""
    out = set()
    for f in found:
        cands = [c for c in f.candidates or gazetteer.candidates(f.text) if c.match in ("exact", "alias")]
        for attr in ("iso2", "admin1"):
            values = {c.place.iso2 if attr == "iso2" else c.admin1_code for c in cands}
            if len(values) == 1:
                out |= values - {""}
        out |= {c.admin1_code for c in cands if c.place.feature == "admin1" and c.admin1_code}
    return out


def _sentence_start_evidence(text: str, start: int, end: int, gazetteer: Gazetteer,
                             regions: set[str]) -> bool:
    """Whether a gazetteer-only name that opens a sentence is a place: its capital letter says
    nothing there. Evidence: capitals opening a line ("MANSFIELD --", a dateline), a unit word
    after it ("Hermel district"), a country or region named right after it ("Kupiansk,
    Ukraine"), or an entry that is a country, lies in an admin1 region the report names, or is
    a town of ``SENTENCE_START_MIN_POPULATION`` or more in a country the report names."""
    if text[start:end].isupper() and re.search(r"(?:^|\n)[^\w\n]*$", text[max(0, start - 10):start]):
        return True
    after = text[end:end + 60]
    m = re.match(r"[ \t-]+([A-Za-z]+)", after)
    if m and m.group(1).lower() in ADMIN_UNIT_WORDS:
        return True
    m = re.match(r",[ \t]*([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})", after)
    if m and any(c.match == "exact" and c.place.feature in ("country", "admin1")
                 for c in gazetteer.candidates(m.group(1))):
        return True
    return any(c.place.feature == "country" or c.admin1_code in regions or (
        c.place.iso2 in regions and c.place.population >= SENTENCE_START_MIN_POPULATION)
        for c in gazetteer.candidates(text[start:end]) if c.spelling and c.match != "skeleton")


def _demonyms(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """"Syrian", "Congolese", "South Sudanese": no place, but context about a country.

    Kept as role ``context`` mentions of the country (or continent), never event places.
    """
    out = []
    for m in _DEMONYM_RE.finditer(text):
        word = m.group(1)
        cands = _demonym_candidates(word, gazetteer)
        if cands:
            out.append(_Found(m.start(1), m.end(1), word, "demonym", role="context",
                              precision=3, candidates=cands))
    return out


def _demonym_candidates(word: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The entry a demonym stands for: its country, continent or first-level region
    ("Texans" -> Texas, ``ADMIN1_DEMONYMS``)."""
    iso2 = Gazetteer.demonym(word)
    place = gazetteer.country_place(iso2) if iso2 else None
    if place is not None:
        return [c for c in gazetteer.candidates(place.name) if c.place.geonames_id == place.geonames_id][:1]
    single = word[:-1] if word.endswith("s") and word not in CONTINENT_DEMONYMS and word not in ADMIN1_DEMONYMS \
        else word
    if single in CONTINENT_DEMONYMS:
        return [c for c in gazetteer.candidates(CONTINENT_DEMONYMS[single])
                if c.place.feature == "continent"][:1]
    if single in ADMIN1_DEMONYMS:
        iso2, region = ADMIN1_DEMONYMS[single]
        return [c for c in gazetteer.candidates(region) if c.place.feature == "admin1"
                and c.place.iso2 == iso2 and c.match == "exact"][:1]
    return []


def _continent_unions(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """"the EU", "E.U. officials", "the African Union": like a continent's adjective, the
    union's name says which continent the report is about (role ``context``, as a demonym)."""
    out = []
    for m in _UNION_RE.finditer(text):
        cands = [c for c in gazetteer.candidates(CONTINENT_UNIONS[m.group()]) if c.place.feature == "continent"]
        if cands:
            out.append(_Found(m.start(), m.end(), m.group(), "demonym", role="context",
                              precision=3, candidates=cands[:1]))
    return out


def _ends_with_unit_word(name: str) -> bool:
    parts = name.split()
    return len(parts) > 1 and parts[-1].lower() in ADMIN_UNIT_WORDS


def _find_dateline(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """The place (and country) of a dateline at the start of the report, if any."""
    for pattern, chars in zip(DATELINE_PATTERNS, DATELINE_HEAD_CHARS):
        m = pattern.search(text[:chars])
        if not m:
            continue
        out = []
        for group in (1, 2):
            if m.group(group) and gazetteer.candidates(m.group(group).strip()):
                start = m.start(group)
                name = m.group(group).strip()
                start += m.group(group).index(name)
                out.append(_Found(start, start + len(name), name, "dateline", role="dateline"))
        if out:
            return out
    return []


def _from_entity(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """A spaCy place entity, trimmed and split at commas into the names it holds; when the
    whole has no gazetteer entry, the known names inside it ("Guernsey County" of
    "Guernsey County Sheriff's Office")."""
    out = []
    for s, e in _comma_parts(text, start, end):
        s, e = _trim(text, s, e)
        if e - s < 2 or _is_demonym(text[s:e]):
            continue
        name = text[s:e]
        if _body_called_by_common_word(text, s, e):
            continue
        if gazetteer.candidates(name):
            out.append(_Found(s, e, name, "spacy"))
            continue
        m = _DIRECTION.match(name)
        if m and gazetteer.candidates(name[m.end():]):
            out.append(_Found(s + m.end(), e, name[m.end():], "spacy"))
            continue
        inner = [(s + a, s + b) for a, b, key in gazetteer.match_names(name)
                 if not _ordinary_word(key) and name[a:a + 1].isupper()
                 and not _masthead(text, s, s + a, key) and not _in_hyphenated_name(text, s + a, s + b)]
        if inner and _FACILITY_LOCATED.match(text, e):
            continue  # "Aden Adde international airport in Mogadishu": named after, not in, Aden
        if inner:
            out.extend(_Found(a, b, text[a:b], "spacy+part") for a, b in inner)
        else:
            out.append(_Found(s, e, name, "spacy"))
    return out


def _body_called_by_common_word(text: str, start: int, end: int) -> bool:
    """"told the Centre", "the Commission said": a body the report names by a common word
    (a rights centre, a commission), not a region by that name. Not after a locative word
    ("in the Centre") nor before a unit word ("the Centre region")."""
    if not _ordinary_word(name_key(text[start:end])) or " " in text[start:end].strip():
        return False
    if not re.search(r"\b[Tt]he[ \t]+$", text[max(0, start - 5):start]):
        return False
    after = re.match(r"[ \t-]*([A-Za-z]+)", text[end:end + 20])
    if after is not None and after.group(1).lower() in ADMIN_UNIT_WORDS:
        return False
    return not _LOCATIVE_BEFORE.search(text[max(0, start - 16):start])


def _mislabelled_place(text: str, start: int, end: int, label: str, gazetteer: Gazetteer,
                       people: set[str]) -> list[_Found]:
    """An ORG/NORP/PERSON entity that is nothing but a known place name: the small model often
    tags "Idlib" ORG, "Aleppo" NORP or "Tamil Nadu" PERSON. Taken as a place when the name is
    the entry's own name (or a spelling of it, or any name of a country: "U.S.") and the entry
    is prominent (a country or admin unit, or a town of at least 5,000), or when a locative
    word comes before it ("in", "near", "town of"). A PERSON needs more: the locative word, or
    a country or first-level region by that name that no longer PERSON entity of the report
    contains ("Jordan" of "Michael Jordan" stays a person; ``people`` holds their words)."""
    s, e = _trim(text, start, end)
    name = text[s:e]
    if e - s < 3 or _is_demonym(name) or name_key(name) in GROUP_NAMES or _ordinary_word(name_key(name)) \
            or not re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)-", "", name)[:1].isupper():
        return []  # "bush" tagged PERSON; "al-Qusair" is fine
    # "in Kobane", "Fort Bend and Harris counties": any name of an entry
    strong = _STRONG_LOCATIVE.search(text[max(0, s - 24):s]) is not None \
        or _UNIT_LIST_AFTER.match(text, e) is not None
    cands = [c for c in gazetteer.candidates(name)
             if (c.spelling or c.place.feature == "country" or strong) and c.match != "skeleton"]
    if _ACRONYM.fullmatch(name):  # "KIA", "OLA": an organisation unless it names a country
        cands = [c for c in cands if c.place.feature == "country"]
    prominent = any(c.place.feature != "populated place" or c.place.population >= ORG_MIN_POPULATION
                    for c in cands)
    # "Clarke, Oconee and Oglethorpe counties": a list closed by a unit word is a cue too
    cue = _LOCATIVE_BEFORE.search(text[max(0, s - 16):s]) or _UNIT_LIST_AFTER.match(text, e)
    if label not in ("ORG", "NORP", "PERSON"):
        prominent = False
    elif label == "PERSON":
        # a city tagged PERSON ("Grozny"): a big one always, a smaller town unless the words
        # around make it a person's name ("Mayor Grozny", "Grozny said"); never a county
        # named like a surname ("Johnson")
        town_ok = not _person_context(text, s, e)
        prominent = name not in people and any(
            (c.place.feature in ("country", "admin1") or c.place.population >= PERSON_MIN_POPULATION
             or town_ok and c.place.feature == "populated place"
             and c.place.population >= PERSON_TOWN_MIN_POPULATION)
            and c.kind <= KIND_ALT and c.match == "exact" for c in cands)
    if not cands or not (cue or prominent) or name in people and not strong:
        return []  # "Kelly" of "John Kelly" tagged ORG, even "of Kelly": a person unless "in Kelly"
    other_name = not any(c.spelling or c.place.feature == "country" for c in cands)
    return [_Found(s, e, name, "spacy_" + label.lower(), other_name=other_name)]


_LIST_CUE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|between|from|to|of)\s+(?:the\s+)?$")
_LIST_SEPARATOR = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _listed_places(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """An ORG/NORP entity that is a list of places after a locative word ("between Bunia and
    Mambasa", "around Jos and Bokkos"): the small model tags the whole as one organisation.
    Each name must be a gazetteer entry's own name (or a country's), none an ordinary word,
    and one country must have an entry for every name ("Marks and Spencer" needs the cue)."""
    s, e = _trim(text, start, end)
    cuts = list(_LIST_SEPARATOR.finditer(text, s, e))
    if not cuts or not _LIST_CUE_BEFORE.search(text[max(0, s - 16):s]):
        return []
    bounds = [s] + [x for m in cuts for x in (m.start(), m.end())] + [e]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    out = []
    for a, b in parts:
        name = text[a:b]
        if b - a < 3 or not name[:1].isupper() or _ordinary_word(name_key(name)) or _is_demonym(name) \
                or _ACRONYM.fullmatch(name) or not any(
                    c.match == "exact" and (c.spelling or c.place.feature == "country")
                    for c in gazetteer.candidates(name)):
            return []
        out.append(_Found(a, b, name, "spacy_org"))
    shared = set.intersection(*({c.place.iso2 for c in gazetteer.candidates(f.text) if c.match == "exact"}
                                for f in out))
    return out if shared else []


#: Labels the small model gives names it does not know, places among them ("outside
#: Zorbaniyya" tagged EVENT): a name of theirs after a locative word is an unknown place.
UNKNOWN_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
#: Entity labels that never hold a place's name.
NER_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})
_UNKNOWN_CUE_BEFORE = re.compile(r"\b(?:in|near|outside|" + _OF_PLACE + r")\s+(?:the\s+)?$")


def _unknown_places(text: str, entities, gazetteer: Gazetteer) -> list[_Found]:
    """Names the gazetteer lacks, tagged ORG/PERSON/NORP/EVENT... (``UNKNOWN_PLACE_LABELS``),
    right after "in", "near", "outside" or "the village/outskirts/province of" ("killed in
    Aziziyah", "outside Zorbaniyya" tagged EVENT): places we cannot locate, kept unresolved so that
    the event is not put at another place of the sentence. Not initials, not a name ending in
    an organisation's word ("in Parliament" is a body), not after a title or before a speech
    verb, and not when a known name lies inside ("Riyom Local Government Area")."""
    out = []
    for ent in entities:
        if ent.label not in UNKNOWN_PLACE_LABELS:
            continue
        s, e = _trim(text, ent.span.start, ent.span.end)
        name = text[s:e]
        words = name.split()
        if len(name) >= 4 and _UNKNOWN_CUE_BEFORE.search(text[max(0, s - 24):s]) \
                and not _ACRONYM.fullmatch(name) and all(w[:1].isupper() for w in words) \
                and words[-1].lower() not in ORGANISATION_WORDS and not _ordinary_word(name_key(name)) \
                and not _person_context(text, s, e) and not gazetteer.match_names(name) \
                and not gazetteer.candidates(name):
            out.append(_Found(s, e, name, "spacy_" + ent.label.lower()))
    return out


_SETTLEMENT_OF = re.compile(r"\bthe\s+(?:village|town|hamlet|settlement|locality|community)\s+of\s+$",
                            re.I)


#: Words GeoNames puts before the name of an admin unit that reports drop ("Kabupaten Intan
#: Jaya" is written "Intan Jaya" or "Intan Jaya regency")
LOCAL_UNIT_PREFIXES = ("Kabupaten", "Kota")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b")


def prefixed_unit_candidates(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    """The admin units the gazetteer holds as a local prefix and ``name``, when it lacks the
    name itself: "Intan Jaya" is GeoNames' "Kabupaten Intan Jaya"."""
    for prefix in LOCAL_UNIT_PREFIXES:
        cands = [c for c in gazetteer.candidates(f"{prefix} {name}")
                 if c.match == "exact" and c.place.feature in ("admin1", "admin2", "admin3")]
        if cands:
            return cands
    return []


def _prefixed_units(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """Capitalised names the gazetteer knows only with a local unit prefix, found whole, so
    that none of their words is read alone ("Intan" of "Intan Jaya" is not Yingtan, China)."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text):
        name = m.group()
        if " " not in name or _ordinary_word(name_key(name.split()[0])) or gazetteer.candidates(name):
            continue
        if prefixed_unit_candidates(gazetteer, name):
            out.append(_Found(m.start(), m.end(), name, "gazetteer+prefixed", want="admin"))
    return out


def _unknown_settlements(text: str, entities, gazetteer: Gazetteer) -> list[_Found]:
    """A whole name the gazetteer lacks after "the village/town... of", whatever spaCy tagged
    it: an unresolved place, and none of its words is another place ("the village of Tungan
    Bako" is not Baku; "the town of Kwanar Dutse" is not Dutse)."""
    out = []
    for ent in entities:
        s, e = _trim(text, ent.span.start, ent.span.end)
        name = text[s:e]
        if ent.label in NER_NOT_NAMES or len(name) < 4 or not all(w[:1].isupper() for w in name.split()) \
                or not _SETTLEMENT_OF.search(text[max(0, s - 40):s]) or gazetteer.candidates(name):
            continue
        out.append(_Found(s, e, name, "spacy" if ent.label in PLACE_LABELS else "spacy_" + ent.label.lower()))
    return out


_TITLE_WORDS = ("Sheriff", "Mayor", "Police", "Fire", "Gov", "Sen", "Rep", "Judge", "Chief",
                "Superintendent", "Commissioner", "Councilman", "Councilwoman", "Coroner", "Prosecutor",
                "Attorney", "Deputy", "Officer", "Detective", "Treasurer", "Clerk", "Assessor")
_HEADING_UNIT = re.compile(r"((?:[A-Z][\w'.\u2019-]*[ \t]+){1,3}?(?:County|Parish|Township|Borough))[ \t]+[A-Z]")
_HEADING_TITLE = re.compile(r"([A-Z][\w'.\u2019-]*(?:[ \t]+[A-Z][\w'.\u2019-]*)?)[ \t]+(?:"
                            + "|".join(_TITLE_WORDS) + r")\b\.?[ \t]+[A-Z]")

_TITLE_BEFORE_NAME = re.compile(r"(?<![\w'.\u2019-])([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?)[ \t]+(?:"
                                + "|".join(_TITLE_WORDS) + r")\.?(?:[ \t]+(?:Chief|Commissioner|Director))?[ \t]+$")


def _places_heading_person_names(text: str, entities, gazetteer: Gazetteer) -> list[_Found]:
    """A place opening a PERSON entity that runs on into a title or a name ("Carroll County
    Sheriff Jim Adams", "Fresno Mayor Ashley Swearengin"): the place of the office, role
    ``context`` (evidence of the region, not where an event happened)."""
    out = []
    for ent in entities:
        if ent.label != "PERSON":
            continue
        s, e = _trim(text, ent.span.start, ent.span.end)
        m = _HEADING_UNIT.match(text, s, e) or _HEADING_TITLE.match(text, s, e)
        before = _TITLE_BEFORE_NAME.search(text, max(0, s - 60), s)
        if m is not None:
            start, name = s, m.group(1).strip()
        elif before is not None:  # "Wooster Mayor Bob Breneman": only the person is tagged
            start, name = before.start(1), before.group(1)
        else:
            continue
        words = name.split()
        while len(words) > 1 and words[-1].rstrip(".") in _TITLE_WORDS:  # "Mansfield Police"
            words.pop()
        name = " ".join(words)
        if _ordinary_word(name_key(name)) or _is_demonym(name) or \
                any(w.rstrip(".") in _TITLE_WORDS for w in name.split()) or not any(
                c.match == "exact" and (c.spelling or c.place.feature != "populated place")
                for c in gazetteer.candidates(name)):
            continue
        out.append(_Found(start, start + len(name), name, "spacy_person+in_title", role="context"))
    return out


def _state_abbreviations(text: str, found: list[_Found], gazetteer: Gazetteer) -> list[_Found]:
    """US states written short, which spaCy rarely tags or the gazetteer lacks ("OH", "ND"):
    after a place and a comma ("Roanoke, Va.", "Wooster, OH"), the state, then the container
    of the town before it (only right after a mention already found, so "Ind." or "Del."
    elsewhere stays a word; a mention spaCy tagged there is given the state); and a
    legislator's party and state ("Sen. Jane Doe, D-Calif.", "(R-Texas)"), role ``context``:
    the state the person stands for, not where anything happened."""
    ends = {f.end for f in found}
    starts = {f.start: f for f in found}
    out = []
    for m in _ABBREVIATION_AFTER_COMMA.finditer(text):
        state = _state_after_comma(gazetteer, m.group(1))
        if m.start() not in ends or not state:
            continue
        if m.start(1) in starts:
            starts[m.start(1)].candidates = state
        else:
            out.append(_Found(m.start(1), m.end(1), m.group(1), "abbreviation", want="admin",
                              candidates=state))
    for m in _PARTY_STATE.finditer(text):
        state = _us_state(gazetteer, m.group(1))
        if state:
            out.append(_Found(m.start(1), m.end(1), m.group(1), "abbreviation", role="context",
                              want="admin", candidates=state))
    return out


def state_written_short(written: str) -> tuple[str, str]:
    """(name, ISO2) of a US state or Canadian province written short after a town's comma
    ("Va.", "OH", "Ont."), or ("", "")."""
    if written in CA_PROVINCE_ABBREVIATIONS:
        return CA_PROVINCE_ABBREVIATIONS[written], "CA"
    name = US_STATE_ABBREVIATIONS.get(written) or US_STATE_POSTAL.get(written)
    return (name, "US") if name else ("", "")


def _state_after_comma(gazetteer: Gazetteer, written: str) -> list[Candidate]:
    """The entry of the state or province written short after a comma, as candidates."""
    return _admin1_entry(gazetteer, *state_written_short(written))


def _us_state(gazetteer: Gazetteer, written: str) -> list[Candidate]:
    """The entry of the US state written ``written`` ("Va.", "OH", "Texas"), as candidates."""
    name = US_STATE_ABBREVIATIONS.get(written) or US_STATE_POSTAL.get(written) or written
    return _admin1_entry(gazetteer, name, "US")


def _admin1_entry(gazetteer: Gazetteer, name: str, iso2: str) -> list[Candidate]:
    """The first-level unit of ``iso2`` called exactly ``name``, as candidates (none or one)."""
    return [c for c in gazetteer.candidates(name)
            if c.place.feature == "admin1" and c.place.iso2 == iso2 and c.match == "exact"][:1]


def _untaken_entity_names(text: str, entities, label: str, found: list[_Found]):
    """``(start, end, name)`` of the ``label`` entities, trimmed, that no name found so far
    covers and that are a name at all: 4+ characters, not an ordinary word, not an acronym."""
    taken = [(f.start, f.end) for f in found]
    for ent in entities:
        if ent.label != label:
            continue
        s, e = _trim(text, ent.span.start, ent.span.end)
        name = text[s:e]
        if e - s >= 4 and not _overlaps(s, e, taken) and not _ordinary_word(name_key(name)) \
                and not _ACRONYM.fullmatch(name):
            yield s, e, name


def _people_named_like_local_places(text: str, entities, found: list[_Found], gazetteer: Gazetteer,
                                    regions: set[str], people: set[str]) -> list[_Found]:
    """PERSON entities that are a town's or county's own name in a first-level region the
    report already names ("... Ohio ... in Mansfield ... Ashland", Ashland tagged PERSON):
    local news names the towns around, and the small model tags many of them PERSON. Not when
    the word belongs to a longer person's name in the report (``people``), a title comes
    before it ("Sheriff Ashland") or a speech verb after it ("Ashland said"), or the town is
    too small (under 1,000 people) to be named without its state."""
    out = []
    for s, e, name in _untaken_entity_names(text, entities, "PERSON", found):
        if name in people or not name[:1].isupper() or _person_context(text, s, e):
            continue
        if any(c.match == "exact" and c.spelling and c.admin1_code in regions
               and (c.place.feature in ("admin2", "admin3") or c.place.population >= 1000)
               for c in gazetteer.candidates(name)):
            out.append(_Found(s, e, name, "spacy_person"))
    return out


def _organisations_named_like_local_places(text: str, entities, found: list[_Found], gazetteer: Gazetteer,
                                           regions: set[str]) -> list[_Found]:
    """ORG entities that are nothing but the name of a county, or of a town of 1,000+, in a
    first-level region the report already names ("... Texas ... Fort Bend" tagged ORG): the
    names of local news, which rule 3 takes only when prominent or after a locative word. A
    county is named without its unit word, which GeoNames keeps as another name."""
    out = []
    for s, e, name in _untaken_entity_names(text, entities, "ORG", found):
        if not all(w[:1].isupper() for w in name.split()) or _names_organisation(name) \
                or _followed_by_organisation_word(text, e):
            continue
        if any(c.match == "exact" and c.admin1_code in regions and (
                c.place.feature == "admin2" or c.spelling and c.place.feature == "populated place"
                and c.place.population >= 1000) for c in gazetteer.candidates(name)):
            out.append(_Found(s, e, name, "spacy_org"))
    return out


def _inside_named_thing(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """Places named inside the name of an event, a work or a product ("the Paris Air Show",
    "the Boston Marathon"): role ``context``, like a place inside an organisation's name. The
    whole must hold more than the place; a lone name is rule 3's."""
    out = []
    for s, e, key in gazetteer.match_names(text[start:end]):
        s, e = s + start, e + start
        if (s, e) != _trim(text, start, end) and text[s].isupper() and e - s >= 3 \
                and not _is_demonym(text[s:e]) and not _ordinary_word(key) \
                and not _masthead(text, start, s, key) and any(c.spelling or c.place.feature == "country" for c in gazetteer.candidates(text[s:e])):
            out.append(_Found(s, e, text[s:e], "in_name", role="context"))
    return out


def _country_initials(text: str, blocked: list[tuple[int, int]], gazetteer: Gazetteer) -> list[_Found]:
    """Countries written as initials that spaCy left untagged ("US troops", "the UK"): the
    gazetteer's recognition keys have no such short names. Not inside another entity, and
    not amid capitals (a headline in capitals, "LET US PRAY")."""
    out = []
    for m in _INITIALS.finditer(text):
        amid_capitals = re.search(r"[A-Z]{2}\W{1,2}$", text[max(0, m.start() - 4):m.start()]) \
            or re.match(r"\W{1,2}[A-Z]{2}", text[m.end():m.end() + 4])
        if amid_capitals or _overlaps(m.start(), m.end(), blocked):
            continue
        if any(c.place.feature == "country" and c.match == "exact" for c in gazetteer.candidates(m.group())):
            out.append(_Found(m.start(), m.end(), m.group(), "initials"))
        elif m.group() in ADMIN1_INITIALS and not _after_number(text, m.start()):
            out.append(_Found(m.start(), m.end(), m.group(), "initials", want="admin",
                              candidates=_state_initials(gazetteer, m.group())))
    return out


def _state_initials(gazetteer: Gazetteer, written: str) -> list[Candidate]:
    """A first-level unit written short inside a name or alone: "N.Y. Police", "B.C. Hydro",
    "FrontCounter BC" (``ADMIN1_INITIALS``); capitals without dots are read only from that table."""
    iso2, name = ADMIN1_INITIALS.get(written, ("", ""))
    if not name and "." in written:
        name, iso2 = state_written_short(written)
    return _admin1_entry(gazetteer, name, iso2) if name else []


def _masthead(text: str, entity_start: int, start: int, key: str) -> bool:
    """A newspaper's or an event's head word after another word of its name ("Tribune" of
    "the Chicago Tribune"), not the name's first word ("Enterprise Police Department")."""
    return key in MASTHEAD_WORDS and re.search(r"\w", text[entity_start:start]) is not None \
        and not re.fullmatch(r"\W*the\W*", text[entity_start:start], re.I)


def _inside_organisation(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """Places named inside an organisation's name: kept as context, never as event places."""
    out = []
    for s, e, key in gazetteer.match_names(text[start:end]):
        s, e = s + start, e + start
        if text[s].isupper() and not _is_demonym(text[s:e]) and e - s >= 3 \
                and not _ordinary_word(key) and not _masthead(text, start, s, key) \
                and not _in_hyphenated_name(text, s, e) \
                and any(c.spelling or c.place.feature == "country" for c in gazetteer.candidates(text[s:e])):
            if _LGA.match(text[e:e + 30]) or not _names_organisation(text[start:end]):
                # "Tsafe Local Government Area", "the Kuweires military airport": no organisation
                out.append(_Found(s, e, text[s:e], "spacy_org"))
            else:
                out.append(_Found(s, e, text[s:e], "in_organisation", role="context"))
    taken = [(f.start, f.end) for f in out]
    for m in _INITIALS.finditer(text, start, end):
        if not _overlaps(m.start(), m.end(), taken):
            state = [] if _after_number(text, m.start()) else _state_initials(gazetteer, m.group())
            country = [c for c in gazetteer.candidates(m.group())
                       if c.place.feature == "country" and c.match == "exact"][:1]
            if state or country:
                out.append(_Found(m.start(), m.end(), m.group(), "in_organisation", role="context",
                                  want="admin" if state else "", candidates=state or country))
    return out


def _body_named_bare(f: _Found) -> bool:
    """An institution named by its head word alone ("outside Congress", "in Parliament", "the
    Senate") is a body, not a town: "protesters outside Congress" is never Congress, Arizona,
    whatever country the report is about. A name spaCy itself tagged as a place, or a dateline,
    keeps its reading."""
    tagged_place = f.method.split("+")[0] == "spacy" and "+part" not in f.method
    return f.role != "dateline" and not tagged_place and name_key(f.text) in BODIES_NAMED_BARE


#: "(D-Ohio)", "R-Texas": a legislator's party and state; ", Ohio" / ", OH" after a town.
_PARTY_STATE = re.compile(
    r"(?<![\w.-])[DRI]-(" + "|".join(re.escape(a) for a in sorted(
        set(US_STATE_ABBREVIATIONS) | set(US_STATE_ABBREVIATIONS.values()), key=len, reverse=True))
    + r"|(?:" + "|".join(US_STATE_POSTAL) + r")\b(?![.'\u2019-]?\w))")
_ABBREVIATION_AFTER_COMMA = re.compile(
    r",[ \t]*(" + "|".join(re.escape(a) for a in sorted(
        set(US_STATE_ABBREVIATIONS) | set(CA_PROVINCE_ABBREVIATIONS), key=len, reverse=True))
    + r"|(?:" + "|".join(US_STATE_POSTAL) + r")\b(?![.'\u2019-]?\w))")
