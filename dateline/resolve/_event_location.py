"""Event location: which of a report's place mentions is where an event happened.

``event_location`` is called by the coder for each event trigger, after
``find_place_mentions`` (``_places.py``) has recognised and resolved the report's places. It
reads the dependency parse when the analyse stage left one (a place hanging from the trigger
by a locative preposition), and otherwise falls back on distance in the text, the paragraph
and the dateline. Countries and continents are never returned (ONTOLOGY §4: no country-level
events). docs/places.md, "Event location", describes the order of evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Document, PlaceMention, Span
from ._gazetteer import name_key
from ._geo_data import (EVACUATION_VERBS, FEATURES_NOT_EVENT, LOCATIVE_PREPOSITIONS,
                        ORIGIN_PREPOSITIONS, PLACE_HEAD_NOUNS, PLACE_OF_NOUNS, SCENE_SUBJECT_VERBS)
from ._places import SEATS_KEY, _Tokens, seat_key

#: What stands between a place and a reference point that locates it: ", south of", " about
#: 20 km north-east of the city of", ", 40 miles from".
_REFERENCE = re.compile(
    r",?\s*(?:(?:about|some|around|roughly|nearly|just|immediately|directly)\s+)?"
    r"(?:(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:from|outside))"
    r"\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|capital)\s+of\s+)?", re.I)
#: Between an unknown place and the known one that holds or neighbours it: "X in Zamfara
#: state", "X, Borno", "X near Maru".
#: The unknown name may run on past spaCy's entity ("[Tungan] Maje'e in Zamfara").
_ENCLOSING = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:\s*,\s*|\s+in\s+(?:the\s+)?"
                        r"|,?\s*(?:in|near|outside)\s+(?:the\s+)?)")
#: Between an unknown place and its town: "[Rustaveli Avenue] in central [Tbilisi]", "in the
#: centre of", "in downtown".
_IN_TOWN_CENTRE = re.compile(r",?\s+in\s+(?:central|downtown|the\s+(?:city\s+)?(?:centre|center|heart)\s+of)\s+")
#: A part of a town named with the town: "Kharkiv's [Kyivskyi] district", "the [Nkwen]
#: neighbourhood of Bamenda".
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
_CITY_PART = re.compile(r"\s+(?:neighbou?rhood|quarter|district|suburb|area)\b")
_PART_OF_GAP = re.compile(
    r"\s+(?:neighbou?rhood|quarter|suburb|area)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?")
#: Recognition rules (``PlaceMention.method``) that rest on spaCy's entity, not on the
#: gazetteer alone: an unresolved mention of theirs is still a place name.
_TAGGED_METHODS = frozenset({"spacy", "spacy_org", "spacy_person", "spacy_norp", "spacy_event",
                             "spacy_product", "spacy_work_of_art"})
#: An organisation's or army's initials ("FSA", "SAA", "NATO") that some place is also called.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: Dependency labels of a name that modifies a noun: "Seville fans", "the Kabul government",
#: "Caracas' newspaper" (spaCy English labels).
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: A noun that undergoes the event: the place naming it is where it happened ("a Baghdad
#: market was bombed").
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Prepositions of where a road leads or people came from, not where something happened.
_DIRECTION_PREPOSITIONS = frozenset({"to", "from"})
#: Prepositions that link the trigger to its scene besides ``LOCATIVE_PREPOSITIONS``: "marched
#: through Cairo", "seized a tanker off Hodeidah". Not "over" ("clashes over Kashmir").
_SCENE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"through", "off"}
#: Verbs (lemmas) that report an event: a place after one above the trigger is where the
#: report was made ("..., police said in Kabul", "told reporters in Quetta"), and a place in
#: its subject is not linked to the event ("officials in Mosul said"). Not "report":
#: "residents of X reported hearing explosions" are witnesses at the scene.
_REPORTING_LEMMAS = frozenset({"say", "tell", "add", "state", "announce", "confirm", "note",
                               "explain", "quote", "write", "tweet"})
#: Words that put one happening before or after another, and the units of a stretch of time
#: between them ("a day after", "weeks before"): ``_time_apart``.
_SEQUENCE_WORDS = frozenset({"after", "before", "since", "until"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})
#: Prepositions whose object is not somewhere: "by Kabul officials", "for Seville fans".
_NON_LOCATIVE = frozenset({"of", "by", "for", "with", "from", "about", "against", "like", "than",
                           "according", "despite", "including", "among"})
#: Prepositions whose object is a party to the story or a goal, not a scene, when the phrase
#: does not hang from the trigger: "in solidarity with Gaza", "spying for Kigali", "a campaign
#: against Kinshasa", "smuggled into Benin" (``_no_scene``).
_PARTY_PREPOSITIONS = frozenset({"with", "for", "against", "into"})
#: Dependency labels of a verb's subject or object (spaCy English labels).
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})
#: Labels a name walks up through to the phrase it belongs to ("Kano" in "Kano and Zaria",
#: "the city of Kano", "Kano State").
_PHRASE_DEPS = frozenset({"compound", "appos", "conj", "flat", "nmod", "amod"})


def event_location(doc: Document, sentence_index: int, trigger: Span,
                   places: list[PlaceMention], *, countries: bool = False) -> PlaceMention | None:
    """The place where the event of ``trigger`` (in sentence ``sentence_index``) happened.

    Order of evidence: a place attached to the trigger through a locative preposition ("in",
    "at", "near", ..., also through "of" after an area noun: "on the outskirts of Homs") in
    the dependency parse, skipping origins ("fighters from Aleppo"), or through a noun after
    one ("died in clashes in Baiji"); a place the gazetteer lacks linked closer to the trigger
    wins, and is returned unresolved ("shelled Pooneryn"), or as the town it is located from
    ("Kafr Zoubiyan, 30 km west of Aleppo": Aleppo, precision 2); else the nearest event place
    in the sentence that the parse does not put in another clause (an unknown one unresolved;
    not where a report was made, "..., police said in Kabul", nor in a clause set apart in
    time, "a day after bandits abducted students in Zaria"; and none at all when that nearest
    place only tells of something else, "arrested two workers of a Lagos-based firm":
    ``_no_scene``);
    else the last one in the earlier sentences of the same paragraph; else the dateline place (precision at least 2, since
    the report was filed there but the event may be nearby). Country-level places are never
    returned (ONTOLOGY §4): None instead, unless ``countries`` is set: then, when the sentence
    names no smaller place for the event, the country it names is returned (the linking
    benchmark asks which name is the event's place; the coder keeps the default).

    None also when the sentence names no place, opens a new paragraph (or follows earlier
    sentences of its paragraph that name none) and the report has no dateline: "The fighting,
    which involved machine guns, killed three soldiers." This function does not look past the
    paragraph, because a new paragraph often moves to another place. Such a sentence usually
    goes on with the event before it, and it is the coder's job to give it that event's place
    (``RuleCoder`` does: a mention with no location inherits the previous mention's).

    The parse is read from ``doc.extras["analyse.parsed"]`` (the analyse stage's parsed
    sentences) or ``doc.extras["analyse.spacy"]`` (a parsed Doc of the whole text); without
    either, step 1 is skipped and "from X" is spotted by the preceding word.

    A province or district answer is given at its seat (ONTOLOGY §4: "otherwise the regional
    or provincial capital"), precision 3, when ``find_place_mentions`` found one (``+seat``).
    """
    where = _event_place(doc, sentence_index, trigger, places, countries=countries)
    return _at_seat(doc, where)


def _at_seat(doc: Document, where: PlaceMention | None) -> PlaceMention | None:
    if where is None or where.place is None or where.place.feature not in ("admin1", "admin2"):
        return where
    # "between two villages in Jiribam district", "a rural area of Argelia": a small area of a
    # district (ONTOLOGY §4: 2); the district itself, or a province, is 3
    steps = where.method.split("+")
    small_area = ("near" in steps or "around_unknown" in steps) and where.place.feature == "admin2"
    precision = 2 if small_area else max(where.geo_precision, 3)
    seat = doc.extras.get(SEATS_KEY, {}).get(seat_key(where.place))
    if seat is None:
        return replace(where, geo_precision=precision)
    return replace(where, place=seat, geo_precision=precision, method=where.method + "+seat")


def _event_place(doc: Document, sentence_index: int, trigger: Span,
                 places: list[PlaceMention], *, countries: bool = False) -> PlaceMention | None:
    sentence = doc.sentences[sentence_index]
    s_start, s_end = sentence.span.start, sentence.span.end
    usable = [m for m in places if m.place is not None and m.role == "event"]
    # acronyms and modifiers of other nouns ("Seville fans") are dropped before both steps
    in_sentence = [m for m in usable if s_start <= m.span.start < s_end]
    tokens = _Tokens(doc)
    in_sentence = [m for m in in_sentence if not _names_something_else(tokens, m)]
    linked = _linked_by_parse(tokens, trigger, in_sentence)
    origins = _origins(doc, tokens, in_sentence)
    local = [m for m in in_sentence if m.place.feature not in FEATURES_NOT_EVENT and id(m) not in origins]
    # a place the gazetteer lacks, linked to the trigger ("shelled Pooneryn"), is the event's
    # place if no known place is linked closer to the trigger
    unknown = _linked_unknown_place(tokens, trigger, places, s_start, s_end)
    if linked:
        located = [m for m in linked if m.place.feature not in FEATURES_NOT_EVENT]
        if not located and unknown is None:  # "rallied in Sudan": known only at country level
            return _nearest_country(linked, trigger, "+parse") if countries else None
        best = min(located, key=lambda m: _char_distance(m.span, trigger)) if located else None
        if best is not None and (unknown is None or
                                 _char_distance(best.span, trigger) <= _char_distance(unknown.span, trigger)):
            return _narrowest(doc.clean_text, best, local, "+parse", tokens)
    if unknown is not None:
        return _located_from(doc.clean_text, unknown, local)
    candidates = [m for m in local
                  if not _in_other_clause(tokens, trigger, m) and not _evacuated_to(tokens, m)]
    # "blocked the road to the Umm Qasr port in Basra": where the road leads is no scene
    candidates = [m for m in candidates if not _destination_or_origin(tokens, m)] or candidates
    unknown = _nearest_unknown_place(tokens, trigger, places, s_start, s_end)
    nearest = min(candidates, key=lambda m: _char_distance(m.span, trigger)) if candidates else None
    if unknown is not None and (nearest is None or
                                _char_distance(unknown.span, trigger) < _char_distance(nearest.span, trigger)):
        nearest = unknown
    if nearest is not None and _no_scene(tokens, trigger, nearest):
        # the sentence names no scene for this event: not a farther place, nor its country
        nearest, countries = None, False
    if nearest is not None and nearest.place is not None:
        return _narrowest(doc.clean_text, nearest, local, "+nearest", tokens)
    if nearest is not None:
        # the nearest unknown place may lie "15 km from" a town the parse reads as an origin
        return _located_from(doc.clean_text, nearest, in_sentence)
    if countries:
        national = [m for m in in_sentence if m.place.feature == "country" and id(m) not in origins
                    and not _in_other_clause(tokens, trigger, m)]
        country = _nearest_country(national, trigger, "+nearest") if national else None
        # "talks with Kenya" is no scene, as for a town; nor is a country set off from the
        # trigger by a comma ("killed three soldiers, the worst attack in Mali this year")
        if country is not None and not _no_scene(tokens, trigger, country) \
                and not _across_comma(doc.clean_text, trigger, country.span):
            return country
    earlier = _earlier_in_paragraph(doc, sentence_index, usable)
    if earlier is not None:
        return replace(earlier, method=earlier.method + "+previous_sentence")
    return _dateline_place(places)


def _linked_unknown_place(tokens: _Tokens, trigger: Span, places: list[PlaceMention],
                          s_start: int, s_end: int) -> PlaceMention | None:
    """A place spaCy tagged that the gazetteer does not know, attached to the trigger in the
    parse ("shelled Pooneryn", "clashes in Tuwaitha"): the event happened there, so no other
    place of the sentence is its place. Returned unresolved (``place`` None): the caller
    cannot locate it and must fall back on what it knows (the coder: the previous event's
    place, the headline's)."""
    unknown = [m for m in places if m.place is None and m.role == "event" and s_start <= m.span.start < s_end
               and m.method.split("+")[0] in _TAGGED_METHODS and not _ACRONYM.fullmatch(m.span.text)]
    linked = _linked_by_parse(tokens, trigger, unknown) if unknown else []
    if not linked:
        return None
    best = min(linked, key=lambda m: _char_distance(m.span, trigger))
    return replace(best, method=best.method + "+parse")


def _nearest_unknown_place(tokens: _Tokens, trigger: Span, places: list[PlaceMention],
                           s_start: int, s_end: int) -> PlaceMention | None:
    """The nearest place spaCy tagged that the gazetteer lacks, in the trigger's clause and not
    an origin, for the nearest-place step: it wins when it is nearer the trigger than every
    known place, or when no known place qualifies (the event is there rather than at an
    earlier sentence's place). Returned unresolved (``+nearest``)."""
    unknown = [m for m in places if m.place is None and m.role == "event" and s_start <= m.span.start < s_end
               and m.method.split("+")[0] in _TAGGED_METHODS and not _ACRONYM.fullmatch(m.span.text)
               and not _names_something_else(tokens, m) and not _in_other_clause(tokens, trigger, m)
               and not _destination_or_origin(tokens, m)]
    if not unknown:
        return None
    best = min(unknown, key=lambda m: _char_distance(m.span, trigger))
    return replace(best, method=best.method + "+nearest")


def _located_from(text: str, unknown: PlaceMention, local: list[PlaceMention]) -> PlaceMention:
    """The place an unknown one is located from: the town the sentence gives ("Kafr Zoubiyan,
    30 km west of Aleppo": Aleppo, geo_precision 2, ONTOLOGY §4: the nearby town), else the
    unknown place itself, unresolved. Not the dateline's town: "the town of Nasir" in a report
    filed from Juba is not Juba (the caller falls back on the story's previous place)."""
    town = _town_of_part(text, unknown, local)
    if town is not None:
        return replace(town, method=town.method + "+parse+part_unknown")
    local = [o for o in local if o.place.feature not in FEATURES_NOT_EVENT]
    after = [o for o in local if o.span.start >= unknown.span.end]
    if after:
        ref = min(after, key=lambda o: o.span.start)
        gap = text[unknown.span.end:ref.span.start]
        if _IN_TOWN_CENTRE.fullmatch(gap) and ref.place.feature == "populated place":
            # "blocked Rustaveli Avenue in central Tbilisi": a street of the town, the town
            return replace(ref, method=ref.method + "+parse+part_unknown")
        if _REFERENCE.fullmatch(gap):
            return replace(ref, geo_precision=max(ref.geo_precision, 2), method=ref.method + "+parse+from_unknown")
        if _ENCLOSING.fullmatch(gap):
            # "the village of Tungan Maje'e in Zamfara state": the province it lies in (ONTOLOGY
            # §4: region only, 3), or the district, the town it belongs to or lies near (2:
            # "villages in X district")
            region = ref.place.feature == "admin1" and ref.geo_precision != 2
            return replace(ref, geo_precision=max(ref.geo_precision, 3 if region else 2),
                           method=ref.method + "+parse+around_unknown")
    frame = next((o for o in local if o.place.feature == "populated place"
                  and o.span.end <= unknown.span.start and _opens_sentence_as_scene(text, o)), None)
    if frame is not None:
        # "In Blantyre, ... burned tyres on the main road in Limbe": a part or outskirt of the
        # town the sentence opens with (ONTOLOGY §4: near a named town, 2)
        return replace(frame, geo_precision=max(frame.geo_precision, 2),
                       method=frame.method + "+parse+frame_unknown")
    return unknown


#: A sentence that opens with its scene: "In Blantyre, ...", "Meanwhile in Goma, ...".
_SCENE_OPENING_BEFORE = re.compile(
    r"(?:^|[.!?:\n][\"'\u201d\u2019]?\s+|\n)(?:(?:Meanwhile|Elsewhere),?\s+)?[Ii]n\s+$")


def _opens_sentence_as_scene(text: str, m: PlaceMention) -> bool:
    before = text[max(0, m.span.start - 40):m.span.start]
    return _SCENE_OPENING_BEFORE.search(before) is not None \
        and re.match(r"\s*,", text[m.span.end:]) is not None


def _town_of_part(text: str, unknown: PlaceMention, local: list[PlaceMention]) -> PlaceMention | None:
    """The town an unknown district or neighbourhood belongs to: "Kharkiv's Kyivskyi
    district", "the Nkwen neighbourhood of Bamenda" (ACLED codes a city's parts at the city)."""
    before = [o for o in local if o.span.end <= unknown.span.start]
    if before:
        ref = max(before, key=lambda o: o.span.end)
        if _POSSESSIVE_GAP.fullmatch(text[ref.span.end:unknown.span.start]) \
                and _CITY_PART.match(text, unknown.span.end):
            return ref
    after = [o for o in local if o.span.start >= unknown.span.end]
    if after:
        ref = min(after, key=lambda o: o.span.start)
        if _PART_OF_GAP.fullmatch(text[unknown.span.end:ref.span.start]):
            return ref
    return None


def _dateline_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The dateline's place below country level, as an approximate event place (precision 2+)."""
    datelines = [m for m in places if m.role == "dateline" and m.place is not None
                 and m.place.feature not in FEATURES_NOT_EVENT]
    if not datelines:
        return None
    d = datelines[0]
    return replace(d, role="event", geo_precision=max(d.geo_precision, 2),
                   method=d.method + "+dateline_fallback")


def _nearest_country(mentions: list[PlaceMention], trigger: Span, how: str) -> PlaceMention | None:
    """The country nearest the trigger among ``mentions`` (a continent is never an answer)."""
    national = [m for m in mentions if m.place.feature == "country"]
    if not national:
        return None
    best = min(national, key=lambda m: _char_distance(m.span, trigger))
    return replace(best, method=best.method + how + "+country")


def _narrowest(text: str, best: PlaceMention, local: list[PlaceMention], how: str,
               tokens: _Tokens) -> PlaceMention:
    """The named place the sentence narrows ``best`` down to. A reference point ("near the
    town of Daquq, south of Kirkuk") gives way to the place it locates; a region gives way to
    a town of the sentence that lies in it ("in Bokkos Local Government Area of Plateau
    State", "the town of Suárez in Cauca province"): the region is context (ONTOLOGY §4: the
    most specific place named). A town reached by "to" or "from" is where the road leads or the
    people came from, not a narrowing ("blocked the road to the Umm Qasr port in Basra")."""
    anchor = _reference_of(text, best, local)
    if anchor is not None:
        return replace(anchor, method=anchor.method + how + "+reference")
    if best.place.feature in ("admin1", "admin2", "admin3"):
        towns = [m for m in local if m.place.feature == "populated place"
                 and (_inside(m.place, best.place) or _said_to_be_in(text, m, best))
                 and not _destination_or_origin(tokens, m)]
        if towns:
            town = min(towns, key=lambda m: _char_distance(m.span, best.span))
            return replace(town, method=town.method + how + "+in_region")
    if best.place.feature == "admin1":
        # "in Guma Local Government Area of Benue State": the district the sentence names in it
        districts = [m for m in local if m.place.feature in ("admin2", "admin3") and _inside(m.place, best.place)]
        if districts:
            unit = min(districts, key=lambda m: _char_distance(m.span, best.span))
            return replace(unit, method=unit.method + how + "+in_region")
    return replace(best, method=best.method + how)


def _destination_or_origin(tokens: _Tokens, m: PlaceMention) -> bool:
    """Whether the place hangs from "to" or "from" ("the road to X", "fighters from X")."""
    prep = _governing_preposition(tokens, m)
    return prep is not None and prep.lower_ in _DIRECTION_PREPOSITIONS


def _evacuated_to(tokens: _Tokens, m: PlaceMention) -> bool:
    """Whether the place is where the wounded or dead were taken: "airlifted to Raipur",
    "rushed to a hospital in Quetta" (``EVACUATION_VERBS``)."""
    prep = _governing_preposition(tokens, m)
    while prep is not None and prep.lower_ != "to" and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ == "to":
        prep = prep.head.head  # "to a hospital in Quetta"
    return prep is not None and prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head.lemma_.lower() in EVACUATION_VERBS


def _reference_of(text: str, m: PlaceMention, local: list[PlaceMention]) -> PlaceMention | None:
    """The place just before ``m`` that ``m`` locates: "Daquq, south of Kirkuk", "Tsafe, 20 km
    from Gusau". None when ``m`` is not such a reference point."""
    before = [o for o in local if o.span.end <= m.span.start and o is not m]
    if not before:
        return None
    prev = max(before, key=lambda o: o.span.end)
    return prev if _REFERENCE.fullmatch(text[prev.span.end:m.span.start]) else None


def _said_to_be_in(text: str, town: PlaceMention, unit: PlaceMention) -> bool:
    """"near Dangila, in Awi zone": the sentence puts the town in the district, whose name its
    entry lacks (only its first-level region, which must be the district's)."""
    t, u = town.place, unit.place
    return u.feature == "admin2" and not t.admin2 and t.iso2 == u.iso2 and bool(t.admin1) \
        and name_key(t.admin1) == name_key(u.admin1) and town.span.end <= unit.span.start \
        and re.fullmatch(r",?\s*in\s+(?:the\s+)?", text[town.span.end:unit.span.start]) is not None


def _inside(town, unit) -> bool:
    """Whether a town lies in an admin unit, by the unit's name in the town's entry."""
    if town.iso2 != unit.iso2:
        return False
    if unit.feature == "admin1":
        # a region of several admin1 units (Darfur) has none of its own: an empty admin1 on
        # both sides says nothing
        return bool(town.admin1) and (name_key(town.admin1) == name_key(unit.name)
                                      or name_key(town.admin1) == name_key(unit.admin1))
    return bool(unit.admin2) and name_key(town.admin2) == name_key(unit.admin2)


def _parsed_span(tokens: _Tokens, span: Span):
    """The spaCy span of ``span`` when its sentence has a dependency parse, else None."""
    found = tokens.span(span.start, span.end) if tokens.available else None
    return found if found is not None and found.doc.has_annotation("DEP") else None


def _linked_by_parse(tokens: _Tokens, trigger: Span, in_sentence: list[PlaceMention]) -> list[PlaceMention]:
    """Places hanging from the trigger (or a head above it) by a locative preposition, or what
    the trigger acts on. Links through a noun ("officials in X said", "died in clashes in X")
    count only when no place below country level is linked directly ("on the road between A
    and B, near A": near A)."""
    trig = _parsed_span(tokens, trigger) if in_sentence else None
    if trig is None:
        return []
    chain = _verb_chain(trig.root)
    direct, through_noun = [], []
    for m in in_sentence:
        if _undergoes(tokens, trig.root, m):
            direct.append(m)
            continue
        prep = _governing_preposition(tokens, m)
        if prep is None or prep.lower_ in ORIGIN_PREPOSITIONS or prep.lower_ not in _SCENE_PREPOSITIONS:
            continue
        attach = prep.head
        if _said_there(prep, trig.root) or (attach not in chain and _said_there(attach, trig.root)):
            continue  # "..., police said in Kabul", "officials in Mosul said": not the scene
        if attach in chain:
            direct.append(m)
        elif attach.head in chain or _nested_in_chain(attach, chain):
            through_noun.append(m)
    direct = [m for m in direct if not _describes_named_place(tokens, m, direct)]
    if any(_below_country(m) for m in direct):
        return direct
    return through_noun + direct  # "killed villagers near Mopti in central Mali": Mopti


def _said_there(child, trigger) -> bool:
    """Whether ``child`` of a reporting verb other than the trigger gives where the statement
    was made or who made it: a phrase after the verb ("said in Kabul", "told reporters in
    Quetta") or its subject ("officials in Mosul said"). A locative put before the report
    sets the scene of what is reported: "In Deir al-Balah, the military said a strike
    killed...". """
    verb = child.head
    if verb.i == child.i or verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in _REPORTING_LEMMAS:
        return False
    if trigger.pos_ not in ("VERB", "AUX") and verb.i in (trigger.head.i, trigger.head.head.i):
        return False  # "witnesses told of heavy shelling in Kandahar": what is told of is there
    return child.i > verb.i or child.dep_ in ("nsubj", "nsubjpass")


def _describes_named_place(tokens: _Tokens, m: PlaceMention, linked: list[PlaceMention]) -> bool:
    """"the Red Sea port city of Hodeidah": a place modifying a place noun ("city") whose
    "of" names another linked place only describes where that place is; X is the place."""
    span = _parsed_span(tokens, m.span)
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in PLACE_OF_NOUNS:
            named = {c.i for p in tok.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"}
            spans = [_parsed_span(tokens, o.span) for o in linked if o is not m]
            return any(o is not None and o.doc is tok.doc and o.root.i in named for o in spans)
    return False


def _below_country(m: PlaceMention) -> bool:
    """A place below country level, or one the gazetteer does not know."""
    return m.place is None or m.place.feature not in FEATURES_NOT_EVENT


def _nested_in_chain(attach, chain) -> bool:
    """"died in clashes in X", "killed at a checkpoint in X": the preposition hangs from a
    noun that is itself the object of a locative preposition of the trigger's chain."""
    outer = attach.head if attach.dep_ == "pobj" else None
    return outer is not None and outer.lower_ in _SCENE_PREPOSITIONS and outer.head in chain


def _undergoes(tokens: _Tokens, trigger, m: PlaceMention) -> bool:
    """Whether the place is what the trigger verb acts on: its object or passive subject
    ("captured Jaffna", "shelled the town of X", "Kabul was shelled")."""
    span = _parsed_span(tokens, m.span)
    if span is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_OF_NOUNS:
        tok = tok.head.head  # "the town of X"
    return tok.dep_ in _PATIENT_DEPS and tok.head.i == trigger.i


def _verb_chain(token) -> list:
    """The trigger and the heads above it, up to the sentence root or to a clause set apart in
    time ("..., a day after bandits abducted 20 students": what the main clause says
    happened elsewhere is not this event's)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 8 and not _time_apart(chain[-1]):
        chain.append(chain[-1].head)
    return chain


def _time_apart(tok) -> bool:
    """Whether ``tok`` opens a clause or phrase a stretch of time before or after the one it
    hangs from: "a day after bandits abducted...", "weeks before the vote", "two days after
    clashes in X". A bare "after" ("were killed when a bomb went off", "died after gunmen
    opened fire") tells the same incident and is not apart."""
    if tok.lower_ in _SEQUENCE_WORDS:
        marker = tok
    else:
        marker = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE_WORDS), None)
        if marker is None or tok.pos_ not in ("VERB", "AUX"):
            return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS
               for c in (*tok.children, *marker.children))


def _governing_preposition(tokens: _Tokens, m: PlaceMention):
    """The preposition a place hangs from ("in" of "in Idlib"), through compounds/appositions."""
    span = _parsed_span(tokens, m.span)
    if span is None:
        return None
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_OF_NOUNS:
            tok = tok.head.head  # "near the town of Daquq", "on the outskirts of Homs": "near", "on"
            continue
        if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
            return tok.head
        if tok.dep_ in ("compound", "appos", "conj", "nmod", "amod", "npadvmod") and tok.head.i != tok.i:
            tok = tok.head
            continue
        if tok.dep_ == "pobj":
            return tok.head
        return None
    return None


def _names_something_else(tokens: _Tokens, m: PlaceMention) -> bool:
    """Whether the name stands for something other than a place the event could be at: an
    organisation's initials ("FSA fighters", "NATO"), or, in the parse, a modifier or
    possessive of a noun that is no place ("Seville fans", "the Kabul government", "Caracas'
    newspaper"), or the subject of an active verb, which names the government or people
    acting ("Iran launched...", "Kabul denied..."; "Kabul was shelled" and "Homs came under
    fire" stay: ``SCENE_SUBJECT_VERBS``). A modifier of a place noun stays ("Kirkuk
    province", "the Idlib countryside", "Aleppo's Sheikh Maqsoud district")."""
    if _ACRONYM.fullmatch(m.span.text):
        return True
    span = _parsed_span(tokens, m.span)
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.i != root.i \
            and head.lemma_.lower() not in SCENE_SUBJECT_VERBS and not _parsed_in_pieces(span):
        return True  # the subject of an active verb acts: "Iran launched...", "Kabul denied..."
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True  # the doer of a passive verb: "the town was shelled by Russia"
    if head.i == root.i or span.start <= head.i < span.end or root.dep_ not in _MODIFIER_DEPS:
        return False
    if head.pos_ == "PROPN" or _place_noun(head) or any(
            c.dep_ == "compound" and _place_noun(c) for c in head.children):
        return False  # "the Tabqa Dam", "Kirkuk province", "the Bishnupur district magistrate"
    if head.dep_ in _PATIENT_DEPS or (head.dep_ == "pobj" and head.head.lower_ not in _NON_LOCATIVE):
        return False  # "bombed a Baghdad market", "through Tehran streets": the thing is there
    return head.pos_ in ("NOUN", "PRON", "NUM", "ADJ")


def _parsed_in_pieces(span) -> bool:
    """Whether the parse splits the name into pieces hanging from different words: "south of
    [Bir al]-[Abd] in North Sinai exploded" makes "Abd" the verb's subject and "al" the object
    of "of". The role of such a name's root says nothing."""
    return len({t.head.i for t in span if not span.start <= t.head.i < span.end}) > 1


def _place_noun(tok) -> bool:
    return tok.lower_ in PLACE_HEAD_NOUNS or tok.lemma_.lower() in PLACE_HEAD_NOUNS


def _in_other_clause(tokens: _Tokens, trigger: Span, m: PlaceMention) -> bool:
    """Whether the parse puts ``m`` in another clause than the trigger's, so the nearest-place
    fallback should not take it: under another verb that hangs from a head above the
    trigger's clause ("police said the convoy was ambushed, while protesters rallied in Y"),
    or in a clause describing the subject of the trigger's clause ("militants who trained in
    Peshawar stormed a post"), or under a verb used as a preposition ("..., according to
    officials in X"). The trigger's clause reaches up to its first verb,
    so a nominal trigger ("army air defences shot down drones heading towards the Merowe dam")
    counts from "shot". A place after a reporting verb above is out too, where the statement
    was made ("..., police said in Kabul", "told reporters in Quetta"); the speakers' own
    place stays ("the El Fasher Emergency Response Room said", a local body reporting on its
    town, as often as not). A clause under the trigger stays
    ("shot two men, leaving them wounded in X"), and so does a place in the subject of a verb
    above ("residents of X reported hearing explosions"). False without a parse."""
    trig = _parsed_span(tokens, trigger)
    span = _parsed_span(tokens, m.span)
    if trig is None or span is None or trig.doc is not span.doc:
        return False
    chain = _verb_chain(trig.root)
    # the trigger's own clause: up to its verb ("army air defences shot down...": "shot")
    own = {t.i for t in chain[:next((k + 1 for k, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")),
                                    1)]}
    above = {t.i for t in chain} - own
    tok, verb_between, relative_subject, aside = span.root, False, False, False
    last = tok
    for _ in range(16):
        if tok.i in own or tok.i in above:
            break
        if _time_apart(tok):
            return True  # "killed three people, a day after bandits abducted students in X"
        last = tok
        if tok.pos_ in ("VERB", "AUX") and tok.i != span.root.i and not _concurrent(tok):
            verb_between = True
            # "according to officials in X": a verb used as a preposition. Not a verb under
            # a preposition ("suspected of stealing a phone at a bus park in X" is there)
            aside = aside or tok.dep_ == "prep"
        if tok.dep_ in ("nsubj", "csubj") and verb_between:
            relative_subject = True  # "militants who trained in Pakistan attacked"
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.i in own:
        return relative_subject or aside
    if _time_apart(chain[-1]) and tok.i not in above:
        return True  # the trigger's clause is set apart in time from where the place is
    said_there = _said_there(last, trig.root) and last.i > last.head.i  # "..., police said in Kabul"
    return tok.i in above and (verb_between or said_there)


def _no_scene(tokens: _Tokens, trigger: Span, m: PlaceMention) -> bool:
    """Whether the nearest place names only what the sentence says about someone or something
    else, so the nearest-place step stays silent rather than take it or a farther place (a
    sentence that puts its nearest place in such a frame seldom names the event's scene at
    all; the coder then gives the event the paragraph's or the dateline's place):

    * the subject or object of a verb outside the trigger's chain: "ambushed a convoy, and
      their commander later threatened to overrun Bunia" (not of a verb describing a noun:
      "a mine on the road linking Gao and Ansongo", "fired tear gas at traders who had
      occupied Unity Square in the centre of Tbilisi" are where it happened);
    * the object of "with", "for", "against" or "into" (``_PARTY_PREPOSITIONS``): "marched
      chanting slogans in solidarity with Gaza", "men accused of spying for Kigali";
    * the first part of "X-based": "engineers of a Lagos-based firm";
    * inside a relative clause set off by a comma that tells of something else: "arrested a
      commander of the group, which claimed a bombing in Kano last month" (not one describing
      a place noun, "near a village that sits north of Beni", nor one in the progressive, what
      the people were doing then: "killed two farmers, who were tending their fields near
      Bokkos").

    Calibrated on tests/fixtures/event_location_dev (our own sentences); docs/places.md,
    "Linking benchmark", gives the measured effect. False without a parse."""
    trig = _parsed_span(tokens, trigger)
    span = _parsed_span(tokens, m.span)
    if trig is None or span is None or trig.doc is not span.doc:
        return False
    chain = {t.i for t in _verb_chain(trig.root)}
    root = span.root
    phrase = root
    while phrase.dep_ in _PHRASE_DEPS and phrase.head.i != phrase.i:
        phrase = phrase.head
    verb = phrase.head
    if phrase.dep_ in _ARGUMENT_DEPS and verb.pos_ in ("VERB", "AUX") and verb.i not in chain \
            and verb.dep_ not in ("acl", "relcl"):
        return True
    if phrase.dep_ == "pobj" and verb.lower_ in _PARTY_PREPOSITIONS:
        return True
    if root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "ADJ"):
        return True  # "a Lagos-based firm"
    return _in_aside_clause(trig.root, root, chain)


def _in_aside_clause(trigger, place, chain: set[int]) -> bool:
    """Whether ``place`` lies in a relative clause set off from the trigger by a comma, not
    describing a place noun nor in the progressive (``_no_scene``)."""
    lo, hi = sorted((trigger.i, place.i))
    if not any(t.text in (",", ";", "--", "\u2014") for t in place.doc[lo + 1:hi]):
        return False
    tok = place
    for _ in range(16):
        if tok.i in chain or tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and tok.i != place.i \
                and not _place_noun(tok.head) and tok.tag_ != "VBG":
            return True
        tok = tok.head
    return False


def _concurrent(verb) -> bool:
    """A participle describing a noun at the time of the trigger: "soldiers carrying out a
    search operation in a village near Kumbo raped three women" (where they were is where
    the event was; "militants who trained in Peshawar" is another time)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG"


def _origins(doc: Document, tokens: _Tokens, in_sentence: list[PlaceMention]) -> set[int]:
    """Ids of places introduced by "from" (an origin, not where the event happened)."""
    out = set()
    for m in in_sentence:
        if _heads_entry(doc.clean_text, m):
            continue  # "Update from Zaporizhzhia: the death toll ...": the entry's scene
        parsed = _parsed_span(tokens, m.span) is not None
        prep = _governing_preposition(tokens, m) if parsed else None
        if prep is not None and prep.lower_ in ORIGIN_PREPOSITIONS:
            out.add(id(m))
        elif not parsed and re.search(r"\bfrom\s+(?:the\s+)?$",
                                        doc.clean_text[max(0, m.span.start - 12):m.span.start]):
            out.add(id(m))
    return out


#: A short line opening before a place that heads the entry with a colon: "Update from X:",
#: "Latest from X:", "Breaking - X:".
_ENTRY_HEAD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w-]*[ \t]+){0,2}(?:from[ \t]+)?$")


def _heads_entry(text: str, m: PlaceMention) -> bool:
    return _ENTRY_HEAD_BEFORE.search(text, max(0, m.span.start - 40), m.span.start) is not None \
        and re.match(r"[ \t]*:", text[m.span.end:]) is not None


def _earlier_in_paragraph(doc: Document, sentence_index: int, usable: list[PlaceMention]) -> PlaceMention | None:
    text = doc.clean_text
    for i in range(sentence_index - 1, -1, -1):
        s = doc.sentences[i]
        between = text[s.span.start:doc.sentences[i + 1].span.start]
        if "\n" in between[len(between.rstrip()):]:  # a paragraph (or line) ends here
            return None
        here = [m for m in usable if s.span.start <= m.span.start < s.span.end
                and m.place.feature not in FEATURES_NOT_EVENT]
        if here:
            return here[-1]
    return None


def _across_comma(text: str, a: Span, b: Span) -> bool:
    """Whether a comma or semicolon stands between two spans of the text."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return any(c in text[first.end:second.start] for c in ",;")


def _char_distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0
