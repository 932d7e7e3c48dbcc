"""Merge event mentions inside one document into events (ONTOLOGY §1).

One event per actor pair × place × day. When one pair uses several tactics at one place on one
day, the precedence ladder picks the single label (``precedence_key``): an airstrike during a
ground fight is one Armed clash. Different actor pairs stay different events.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import defaultdict

from .. import __version__
from ..ontology import (
    civilian_targeting,
    disorder_type,
    event_type_of,
    interaction,
    interaction_text,
    precedence_key,
)
from ..code import REPORT_PLACE_TAGS, SPEAKER_SIDES, force_kind, is_general_force, own_place
from ..distance import place_km
from ..records import ActorRef, Document, Event, Mention

CERTAINTY_ORDER = ("confirmed", "reported", "claimed", "unconfirmed", "denied")


def merge_mentions(doc: Document, settings=None, coder: str = "dateline.coder.rules.v1") -> list[Event]:
    """Group ``doc.mentions`` into events; mentions without a place or date are not events."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in doc.mentions:
        if mention.location is None or mention.location.place is None or mention.date is None:
            continue
        groups[_event_key(mention)].append(mention)
    _fold_region_into_place(groups)
    _fold_partial_pairs(groups)
    _fold_incidental_victims(groups)
    _fold_crowd_sideshows(groups)
    _fold_crowd_events(groups)
    events = [_build_event(doc, mentions, coder) for mentions in groups.values()]
    events.sort(key=lambda e: (e.event_date, e.location, e.event_type))
    return events


#: Two reports of one day's event this close are one place at the scorer's tolerance.
PARTIAL_PAIR_KM = 10.0


def _named_sides(key: tuple) -> set[str]:
    """The actor names of an event key that identify a party (not empty, not unidentified)."""
    return {name for name in key[0] if name and not name.startswith("Unidentified ")}


#: Event types whose reports name both sides of one event: a battle has two armed sides and
#: a crowd faces the force that acts on it. Elsewhere a one-sided report joins only a report of
#: the same sub-event type: a drone strike on a "clan position" beside shelling that wounded
#: civilians is another event (§1).
_TWO_SIDED = frozenset({"Battles", "Protests", "Riots"})


def _fullness(key: tuple) -> tuple[int, int]:
    """How completely an event key names its pair: sides present, then sides named."""
    return sum(1 for name in key[0] if name), len(_named_sides(key))


def _fold_partial_pairs(groups: dict[tuple, list[Mention]]) -> None:
    """Join a group whose pair is a part of another's, same day and event type, nearby, into it.

    A report names one event's parties unevenly: "the army said it repelled the attack"
    (army alone) beside "troops clashed with JNIM" (army and JNIM), or "gunmen" beside the group
    later named. Both are the same pair's event (ONTOLOGY §1: merge multiple reports of it):
    a group with an empty or unidentified side whose named parties all appear in a fuller group
    of the same day and event type (and sub-event type, outside ``_TWO_SIDED``) within
    ``PARTIAL_PAIR_KM`` joins it.
    """
    for key in sorted(groups, key=_fullness):
        mentions = groups.get(key)
        if not mentions or len(_named_sides(key)) == 2:
            continue
        named, first = _named_sides(key), mentions[0]
        # the nearest fuller report first: a borrowed place may otherwise join a far one
        nearest = sorted(((o, i) for o, i in groups.items() if i and o is not key),
                         key=lambda item: _apart_km(mentions, item[1]))
        for other, into in nearest:
            if other[2] != key[2]:
                continue
            if not _types_fit(first, key, into) or not named <= _named_sides(other):
                continue
            if first.event_type not in _TWO_SIDED and _best(into).event_type not in _TWO_SIDED and (
                    _best(mentions).sub_event_type != _best(into).sub_event_type):
                continue
            if _fullness(other) <= _fullness(key) or not named and not _named_sides(other):
                continue
            if not _stand_in_fits(mentions, into, named) or _told_apart(mentions) != _told_apart(into):
                continue
            borrowed = all(not own_place(m) for m in mentions)
            if not borrowed and _apart_km(mentions, into) > PARTIAL_PAIR_KM:
                continue
            _move_into(mentions, into, move_place=False)
            groups[key] = []
            break
    _drop_emptied(groups)


def _types_fit(first: Mention, key: tuple, into: list[Mention]) -> bool:
    """Same event type; or a one-sided explosion by a party of a battle there that day.

    "The militants detonated a car bomb at the gate before storming the base": the bomb opens
    the assault, and one pair's tactics on one day are one event on the ladder (ONTOLOGY §1:
    an airstrike during a ground fight is an armed clash).
    """
    if into[0].event_type == first.event_type:
        return True
    if first.sub_event_type == "Change to group/activity" and _OPERATION.search(first.trigger.text):
        # "the army launched a pursuit operation on Monday ... nine terrorists were
        # neutralised": the operation is the fight its side had there that day (§2.1)
        return _best(into).event_type == "Battles"
    return (first.event_type == "Explosions/Remote violence" and "" in key[0]
            and _best(into).event_type == "Battles")


#: A change of posture that is an armed operation under way.
_OPERATION = re.compile(r"\b(?:operations?|offensive|pursuit|sweep|crackdown|campaign)\b", re.IGNORECASE)


#: How fine a gazetteer feature is: a town inside a district inside a province.
_FINENESS = {"admin1": 0, "admin2": 1}


def _inside(place, region) -> bool:
    """Is ``place`` a finer unit inside the province or district ``region``?"""
    if region.feature not in _FINENESS or place.iso2 != region.iso2:
        return False
    if _FINENESS.get(place.feature, 2) <= _FINENESS[region.feature]:
        return False
    if region.feature == "admin1":
        return bool(place.admin1) and place.admin1 == region.admin1
    return bool(place.admin2) and place.admin2 == region.admin2 and place.admin1 == region.admin1


def _fold_region_into_place(groups: dict[tuple, list[Mention]]) -> None:
    """Join a province-level report into the one event of that day told at a place inside it.

    "A roadside bomb struck a vehicle in Yemen's southern Abyan province" and then "the
    explosion hit the vehicle on a road in Mudiyah district" are one event located by its finer
    place (ONTOLOGY §1 one event per day and place, §4 the most precise place). It joins only
    when exactly one group of the same day and sub-event type, whose pair holds the region
    group's named sides, lies inside the region.
    """
    for key in list(groups):
        mentions = groups.get(key)
        if not mentions:
            continue
        region = mentions[0].location.place
        if region.feature not in _FINENESS:
            continue
        sub, named = _best(mentions).sub_event_type, _named_sides(key)
        inside = [other for other, into in groups.items()
                  if other is not key and into and other[2] == key[2]
                  and _best(into).sub_event_type == sub and named <= _named_sides(other)
                  and _inside(into[0].location.place, region)]
        if len(inside) != 1:
            continue
        into = groups[inside[0]]
        if _fullness(key) > _fullness(inside[0]):
            for mention in into:  # the finer report names fewer sides: keep the region's pair
                mention.actor1, mention.actor2 = mentions[0].actor1, mentions[0].actor2
        _move_into(mentions, into)
        groups[key] = []
    _drop_emptied(groups)


def _apart_km(mentions: list[Mention], into: list[Mention]) -> float:
    return place_km(mentions[0].location.place, into[0].location.place)


def _move_into(mentions: list[Mention], into: list[Mention], move_place: bool = True) -> None:
    """Move ``mentions`` into the group ``into``: they take its pair (and, usually, its place)."""
    for mention in mentions:
        mention.actor1, mention.actor2 = into[0].actor1, into[0].actor2
        if move_place:
            mention.location = into[0].location
    into.extend(mentions)


def _drop_emptied(groups: dict[tuple, list[Mention]]) -> None:
    for key in [k for k, v in groups.items() if not v]:
        del groups[key]


#: Civilians hit by fire aimed at someone else ("killed by a stray bullet", "caught in the crossfire").
_CROSSFIRE = re.compile(r"\bstray (?:bullets?|rounds?|shells?)\b|\bcross-?fire\b|"
                        r"\bcaught (?:up )?in the (?:fighting|clashes|exchange|shoot-?out|gunfight)\b",
                        re.IGNORECASE)


def _fold_incidental_victims(groups: dict[tuple, list[Mention]]) -> None:
    """Join civilian victims of a battle or of force against protesters into that event.

    ONTOLOGY §6 and §2.4: a civilian killed in crossfire during a battle is counted in the
    battle, not coded as an attack of its own; protesters shot by the police are the
    ``Excessive force against protesters`` event, not also an ``Attack`` by the police. So an
    ``Attack`` on civilians, the same day within ``PARTIAL_PAIR_KM``, joins a battle when its
    sentence says the victims were caught in the crossfire, and joins a protest event when its
    doer is the force acting on those protesters.
    """
    for key in list(groups):
        mentions = groups.get(key)
        if not mentions or _best(mentions).sub_event_type != "Attack":
            continue
        doer = {_actor_key(m.actor1) for m in mentions} - {""}
        crossfire = any(_CROSSFIRE.search(m.sentence.text) for m in mentions)
        for other, into in groups.items():
            if other is key or not into or other[2] != key[2]:
                continue
            kind = _best(into).event_type
            fits = (kind == "Battles" and crossfire) or (
                kind == "Protests" and doer & set(other[0]))
            if not fits or _apart_km(mentions, into) > PARTIAL_PAIR_KM:
                continue
            _move_into(mentions, into)
            groups[key] = []
            break
    _drop_emptied(groups)


_CROWD_TYPES = frozenset({"Protests", "Riots"})
_CROWD_INTERS = frozenset({5, 6})


def _crowd_country(mentions: list[Mention]) -> str:
    """The country of the crowd in a protest or riot group ("Protesters (Kenya)" -> "Kenya")."""
    for actor in (mentions[0].actor1, mentions[0].actor2):
        if actor is not None and actor.inter in _CROWD_INTERS:
            return actor.name.rpartition("(")[2].rstrip(")")
    return ""


#: What a crowd's own day brings that is no event of its own (ONTOLOGY §2.4-2.5): the arrests
#: of the crowd, its hold on a road or an office, the property it burns or breaks.
_SIDESHOWS = frozenset({"Arrests", "Non-state actor overtakes territory",
                        "Looting/property destruction"})


def _fold_crowd_sideshows(groups: dict[tuple, list[Mention]]) -> None:
    """Arrests, occupations and damage told with a crowd's day join that crowd's event.

    "Police dispersed the march and detained six farmers" is a ``Protest with intervention``,
    not also an ``Arrests`` event; students who "occupied the road" take no territory (a Battles
    type needs organised armed sides); protesters who "set fire to tyres at the gate" while the
    police fire on them are one ``Violent demonstration`` (§1), not a looting by an armed group.
    A group joins when no named armed group is on it, it is of the crowd's day within
    ``PARTIAL_PAIR_KM``, and it is told with the crowd: in a sentence of the crowd's event or
    right after one. A place taken from the headline or dateline does not count as told there.
    """
    order = _mention_order(groups)
    for key in list(groups):
        mentions = groups.get(key)
        if not mentions or not _sideshow(mentions):
            continue
        for mention in list(mentions):
            into = None if _headline_place(mention) else _crowd_told_with(groups, key, mention, order)
            if into is not None:
                mentions.remove(mention)
                _join_crowd([mention], into)
    _drop_emptied(groups)
    for mentions in groups.values():
        if _best(mentions).event_type == "Riots":
            _crowd_turns_rioters(mentions)


def _sideshow(mentions: list[Mention]) -> bool:
    """A group that may be part of a crowd's day: a sideshow kind, or a "clash" of one side."""
    if not _crowd_sideshow_sides(mentions):
        return False
    kind = _best(mentions).sub_event_type
    lone = all(m.actor2 is None for m in mentions)
    return kind in _SIDESHOWS or (kind == "Armed clash" and lone)


def _mention_order(groups: dict[tuple, list[Mention]]) -> list[tuple[int, tuple]]:
    """(sentence start, group key) of every mention, in reading order."""
    return sorted((m.sentence.start, key) for key, ms in groups.items() for m in ms)


def _crowd_sideshow_sides(mentions: list[Mention]) -> bool:
    """Only a state force and unidentified people: no named armed group or crowd of its own."""
    sides = [a for m in mentions for a in (m.actor1, m.actor2) if a is not None]
    return all(a.inter in (1, 2, 3) and (a.inter == 1 or a.name.startswith("Unidentified "))
               for a in sides)


def _headline_place(mention: Mention) -> bool:
    method = mention.location.method if mention.location else ""
    return any(tag in method for tag in REPORT_PLACE_TAGS)


def _crowd_told_with(groups, key, mention: Mention, order) -> list[Mention] | None:
    """The crowd group of the mention's day and place told in its sentence or the one just before.

    "Just before" is the previous event sentence, whatever it reports, and only for a sentence
    that names no place of its own: "Also on Tuesday, police arrested the spokesman at his home
    in Bamako" after the students' arrests is another event.
    """
    start = mention.sentence.start
    told = [k for s, k in order if s == start and k != key]
    before = [k for s, k in order if s < start][-1:] if not own_place(mention) else []
    for other in told + before:
        into = groups.get(other)
        if (other != key and into and other[2] == key[2]
                and _best(into).event_type in _CROWD_TYPES and _crowd_country(into)
                and _apart_km([mention], into) <= PARTIAL_PAIR_KM):
            return into
    return None


def _join_crowd(mentions: list[Mention], into: list[Mention]) -> None:
    """Move a sideshow into a crowd group, relabelled as what it is in that crowd's day."""
    force = next((a for m in mentions for a in (m.actor1, m.actor2)
                  if a is not None and a.inter == 1), None)
    label = _best(into).sub_event_type
    kind = mentions[0].sub_event_type
    if kind == "Looting/property destruction":
        label = "Violent demonstration"
        _crowd_turns_rioters(into)
    elif kind == "Arrests" and label == "Peaceful protest" and force:
        label = "Protest with intervention"
    _face_force(into, force)
    for mention in mentions:
        mention.event_type, mention.sub_event_type = event_type_of(label), label
    _move_into(mentions, into, move_place=True)


def _crowd_turns_rioters(into: list[Mention]) -> None:
    """A crowd that burns or breaks is "Rioters (X)" (§3.1), whatever it began as.

    Its police are then no force against a peaceful crowd: no civilians targeted.
    """
    for mention in into:
        mention.civilian_target = False
        for side in ("actor1", "actor2"):
            actor = getattr(mention, side)
            if actor is not None and actor.inter == 6:
                country = actor.name.rpartition("(")[2].rstrip(")")
                setattr(mention, side, ActorRef(raw=actor.raw, name=f"Rioters ({country})",
                                                inter=5, country=actor.country, span=actor.span))


def _fold_crowd_events(groups: dict[tuple, list[Mention]]) -> None:
    """One crowd, one place, one day: one demonstration event (ONTOLOGY §2.4-2.5).

    "Protesters clashed with police; police fired tear gas and protesters threw stones" is one
    demonstration that turned violent, not a ``Protest with intervention`` of "Protesters" and a
    ``Violent demonstration`` of "Rioters". Protest and riot groups of the same day within
    ``PARTIAL_PAIR_KM`` whose crowds are of one country join the group with the highest-ranked
    label; its crowd names the event and the force facing the crowd is kept from either.
    """
    crowd_keys = [k for k, v in groups.items() if v and _best(v).event_type in _CROWD_TYPES
                  and _crowd_country(v)]
    crowd_keys.sort(key=lambda k: precedence_key(_best(groups[k]).sub_event_type))
    for i, key in enumerate(crowd_keys):
        into = groups.get(key)
        if not into:
            continue
        for other in crowd_keys[i + 1:]:
            mentions = groups.get(other)
            if not mentions or other[2] != key[2] or _crowd_country(mentions) != _crowd_country(into):
                continue
            if _apart_km(mentions, into) > PARTIAL_PAIR_KM or _told_apart(mentions) != _told_apart(into):
                continue
            _face_force(into, _force(mentions))
            if _force(mentions) and _force(into) and _force(mentions).name != _force(into).name:
                if not _one_state(_force(into), _force(mentions)):
                    continue
                _name_the_force(into, mentions)
            _move_into(mentions, into)
            groups[other] = []
    _drop_emptied(groups)


#: "A counter-rally ... was also held in the city, but at a different time and location": a
#: crowd the report sets apart from the other of the same day and town (§1: another actor pair).
_SET_APART = re.compile(r"\bcounter-?(?:rally|rallies|protests?|demonstrations?|march(?:es)?)\b|"
                        r"\bat (?:a )?different (?:times?|places?|locations?|venues?)\b", re.IGNORECASE)


def _told_apart(mentions: list[Mention]) -> bool:
    """Does every mention of the crowd's group set it apart from another crowd?"""
    return all(_SET_APART.search(m.sentence.text) for m in mentions)


def _one_state(first: ActorRef, second: ActorRef) -> bool:
    """Two forces of one state facing one crowd (§2.4: the police, "backed by gendarmes")."""
    return first.inter == second.inter == 1 and first.country == second.country and bool(first.country)


def _name_the_force(into: list[Mention], mentions: list[Mention]) -> None:
    """"Security forces opened fire on a march ... anti-riot police fired live rounds": the
    branch the report names is the side; the force named in general, or the other branch, is
    its associated actor (§1)."""
    first, second = _force(into), _force(mentions)
    main, other = (second, first) if is_general_force(first) and not is_general_force(second) \
        else (first, second)
    for mention in into + mentions:
        if mention.actor1 is not None and mention.actor1.inter == 1:
            mention.actor1 = main
        elif mention.actor2 is not None and mention.actor2.inter == 1:
            mention.actor2 = main
        if all(a.name != other.name for a in mention.assoc_actor_2):
            mention.assoc_actor_2 = [a for a in mention.assoc_actor_2 if a.name != main.name] + [other]


def _face_force(into: list[Mention], force: ActorRef | None) -> None:
    """The crowd of a group that faces no one yet faces ``force`` (the police of a sideshow);
    not a crowd already facing another crowd."""
    if force is None or _force(into) is not None or _crowd_against_crowd(into):
        return
    crowd = next(x for x in (into[0].actor1, into[0].actor2)
                 if x is not None and x.inter in _CROWD_INTERS)
    for mention in into:
        mention.actor1, mention.actor2 = crowd, force


def _crowd_against_crowd(mentions: list[Mention]) -> bool:
    """A crowd facing another crowd ("Protesters vs Rioters": a march attacked by a mob): the
    police who separate or arrest them join no side of that pair (§2.4-2.5)."""
    sides = (mentions[0].actor1, mentions[0].actor2)
    return all(a is not None and a.inter in _CROWD_INTERS for a in sides)


def _force(mentions: list[Mention]) -> ActorRef | None:
    """The side of a crowd event that is not the crowd (the police, a rival group), if any."""
    for actor in (mentions[0].actor1, mentions[0].actor2):
        if actor is not None and actor.inter not in _CROWD_INTERS:
            return actor
    return None


def _stand_in_fits(partial: list[Mention], fuller: list[Mention], named: set[str]) -> bool:
    """An unidentified side may stand only for a non-state party of the fuller pair.

    "Gunmen" can be the group the report names elsewhere; they cannot be a state's army.
    """
    stand_ins = [a for a in (partial[0].actor1, partial[0].actor2)
                 if a is not None and a.name.startswith("Unidentified ")]
    if not stand_ins:
        return True
    extra = [a for a in (fuller[0].actor1, fuller[0].actor2)
             if a is not None and a.name not in named]
    return all(a.inter in (2, 3, 4) for a in extra)


def _actor_key(actor: ActorRef | None) -> str:
    return actor.name if actor else ""


def _place_key(mention: Mention) -> tuple:
    place = mention.location.place
    return (place.geonames_id or (round(place.latitude, 3), round(place.longitude, 3)),)


def _event_key(mention: Mention) -> tuple:
    pair = tuple(sorted((_actor_key(mention.actor1), _actor_key(mention.actor2))))
    apart = ("set apart",) if _told_apart([mention]) else ()
    return pair, _place_key(mention) + apart, mention.date


def _best(mentions: list[Mention]) -> Mention:
    """The mention that labels the event: highest precedence, then confidence, then first."""
    mob_day = _mob_without_force(mentions)
    return min(mentions, key=lambda m: (_rank(m.sub_event_type, mob_day), -m.confidence,
                                        m.sentence.start))


def _rank(sub_event_type: str, mob_day: bool) -> tuple[int, int]:
    if mob_day and sub_event_type == "Violent demonstration":
        kind, rank = precedence_key("Mob violence")
        return kind, rank + 1
    return precedence_key(sub_event_type)


def _mob_without_force(mentions: list[Mention]) -> bool:
    """A crowd that hurt people with no force facing it: its stones are the mob's (§2.5), not a
    demonstration ("volunteers were injured when a crowd stoned the caravan")."""
    return any(m.sub_event_type == "Mob violence" for m in mentions) and not any(
        a is not None and a.inter in (1, 2, 3, 8)
        for m in mentions for a in (m.actor1, m.actor2))


def _join(actors: list[ActorRef], exclude: set[str]) -> str:
    names: list[str] = []
    for actor in actors:
        if actor.name not in exclude and actor.name not in names:
            names.append(actor.name)
    return "; ".join(names)


#: Named victim groups in a rule string (dateline.analyse.find_fatality_mentions): "[state]".
_GROUP_TAG = re.compile(r"\[(state|armed|civilian|perpetrator|generic)\]")
#: One part of a sum: "sum 5 [state] + 11 [armed]", "sum of groups 2 [state] + 1 [civilian]".
_SUM_PART = re.compile(r"(\d+) \[(state|armed|civilian|perpetrator|generic)\]")
#: The attacker folded into a figure: "killing N: five->5 + 1 attacker(s) (ONTOLOGY 6.6)".
_ATTACKER_PART = re.compile(r"\s*\+ (\d+) attacker\(s\) \(ONTOLOGY 6\.6\)")
#: "other": the unnamed group of a sum ("four suspects and one officer"): a part, not a total.
_NAMED = ("state", "armed", "civilian", "other")


def _parts(count: int, rule: str) -> dict[str, int]:
    """A mention's figure split by victim group, read from its rule string.

    "N killed: sum 5 [state] + 11 [armed]" → {state: 5, armed: 11}; "killing N: five->5 + 1
    attacker(s) (ONTOLOGY 6.6)" → {generic: 5, perpetrator: 1}; "N died: two->2" → {generic: 2}.
    """
    rule = rule.split("; from the next sentence")[0]
    parts: dict[str, int] = {}
    attacker = _ATTACKER_PART.search(rule)
    if attacker:
        parts["perpetrator"] = int(attacker.group(1))
        count -= parts["perpetrator"]
        rule = rule[:attacker.start()]
    if "sum " in rule:
        items = [(int(n), g) for n, g in _SUM_PART.findall(rule)]
        if items and sum(n for n, _ in items) == count:
            for n, g in items:
                g = "other" if g == "generic" else g
                parts[g] = parts.get(g, 0) + n
            return parts
    tags = _GROUP_TAG.findall(rule)
    group = tags[-1] if tags else "generic"
    parts[group] = parts.get(group, 0) + count
    return parts


_REVISED_TOLL = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|reaches|"
                           r"bringing|brought|raising|raised|now|updated|revised|final|stands|stood|"
                           r"has hit|hit)\b", re.IGNORECASE)
_SOURCE_UPDATES = re.compile(r"\bnow (?:says?|puts?|reports?|gives?|counts?|estimates?)\b|"
                             r"\b(?:updated|revised) (?:its |their |the )?(?:death )?(?:toll|figure)\b",
                             re.IGNORECASE)
_OTHER_SOURCES_TOLL = re.compile(r"\b(?:higher|lower|different|conflicting|separate|own) (?:death )?toll\b",
                                 re.IGNORECASE)


def _fatalities(mentions: list[Mention]) -> tuple[int, str, str]:
    """The event's deaths from the figures of its mentions in one article (ONTOLOGY §6).

    * a death toll ("the toll rose to 12") is the total: the latest one wins;
    * otherwise each mention's figure is split by the victim group its rule names ("[state]",
      "[armed]", "[civilian]", "[perpetrator]"); figures for the same group are repeats or
      disagreeing sources, so the lowest is kept (§6.3), and different groups add up ("six
      soldiers were killed" ... "troops killed nine insurgents" is 15);
    * a figure naming no group ("27 people were killed") is an overall count: it stands for
      the named groups unless they add up to more; again the lowest of several is kept;
    * attackers killed add to the victims (§6.6), counted once however often they are named;
    * an unconfirmed, denied or claimed figure counts only when there is no other;
    * a subset of a total ("including three children") counts only when nothing else does;
      injuries are never figures (the analyser gives them no count).
    """
    seen: set[tuple[int, str]] = set()
    figures: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.sentence.start):
        f = m.fatalities
        if f.count <= 0 or (m.sentence.start, f.raw) in seen:
            continue
        seen.add((m.sentence.start, f.raw))
        figures.append(m)
    if not figures:
        return 0, "", ""
    # "unconfirmed reports that a third soldier had died" is not a credible figure, nor is a
    # party's claim about its own kills when anyone else gives one (§6.3)
    figures = [m for m in figures if m.certainty not in ("unconfirmed", "denied", "claimed")] or figures
    # "The health directorate now says at least seven ...": a source's update replaces the
    # figures given before it (§6.9), wherever a liveblog prints it; several updates from
    # different sources still disagree, so the lowest of them stands (§6.3)
    figures = [m for m in figures if _SOURCE_UPDATES.search(m.sentence.text)] or figures
    # a toll that "rose to 12" revises the figures before it; "community leaders gave a higher
    # toll of 27", "an opposition leader put the toll at six" are other sources' figures
    tolls = [m for m in figures if m.fatalities.rule.startswith("toll:")
             and _REVISED_TOLL.search(m.sentence.text) and not _OTHER_SOURCES_TOLL.search(m.sentence.text)]
    if tolls:
        f = tolls[-1].fatalities
        return f.count, f.raw, f.rule
    whole = [m for m in figures if "(subset of a total)" not in m.fatalities.rule]
    used = whole or figures
    lowest: dict[str, tuple[int, Mention]] = {}
    for m in used:
        for group, n in _parts(m.fatalities.count, m.fatalities.rule).items():
            if group not in lowest or n < lowest[group][0]:
                lowest[group] = (n, m)
    if len(used) == 1:
        f = used[0].fatalities
        return f.count, f.raw, f.rule
    named = sum(lowest[g][0] for g in _NAMED if g in lowest)
    generic = lowest["generic"][0] if "generic" in lowest else 0
    if generic >= named and "generic" in lowest:
        keep = ["generic"]
    else:
        keep = [g for g in _NAMED if g in lowest]
    if "perpetrator" in lowest:
        keep.append("perpetrator")
    total = sum(lowest[g][0] for g in keep)
    raws: list[str] = []
    for g in keep:
        raw = lowest[g][1].fatalities.raw
        if raw not in raws:
            raws.append(raw)
    rule = ("article: " + " + ".join(f"{lowest[g][0]} [{g}]" for g in keep)
            + f" (lowest per group of {len(used)} figures)")
    return total, " | ".join(raws), rule


def _certainty(mentions: list[Mention], doer_speaks: set[int] = frozenset(),
               initiator_voice: set[int] = frozenset()) -> tuple[str, str]:
    """The most certain reading; a report by the doer itself (``doer_speaks``, trigger starts
    the coder marked) is a claim, and so is a fight told only by the side that started it
    (``initiator_voice``) besides sentences with no source of their own."""
    def certainty(m: Mention) -> str:
        # "the party and police said": the doer speaking with another source is no claim
        return "claimed" if m.certainty == "reported" and m.trigger.start in doer_speaks and (
            not _JOINT_SOURCE.search(m.attribution)) else m.certainty

    best = min(mentions, key=lambda m: CERTAINTY_ORDER.index(certainty(m))
               if certainty(m) in CERTAINTY_ORDER else 1)
    # "the army and residents said": a second, independent source is no party's own account
    own = [m for m in mentions if (certainty(m) == "claimed" or m.trigger.start in initiator_voice)
           and not _JOINT_SOURCE.search(m.attribution)]
    if certainty(best) == "reported" and own and all(
            m in own or _told_again(m) or (m.sub_event_type != own[0].sub_event_type and not m.attribution)
            for m in mentions):
        # "Troops launched a pursuit operation on Monday. According to the army general staff,
        # nine terrorists were neutralised": a step with no source of its own (the operation
        # launched) or a sentence pointing back to the speaker ("the source said") is the same
        # party's account. An unsourced sentence telling the fight itself is the outlet's own.
        return "claimed", own[0].attribution
    return certainty(best), best.attribution


def _initiator_voice(doc: Document, mentions: list[Mention], actor1, actor2) -> set[int]:
    """Mentions of a fight whose speaker is the side that started it (actor 1): "a military
    source said dozens of Houthis were killed" after the army repelled them. Not a force's
    account of its own losses to an attacker (the force as actor 2), not harm to civilians."""
    organised = {1, 2, 3, 4, 8}
    if actor1 is None or actor2 is None or not {actor1.inter, actor2.inter} <= organised or (
            _best(mentions).event_type != "Battles"):
        return set()
    kind = force_kind(actor1)
    if kind and force_kind(actor2) == kind:
        kind = ""  # "a military source" when both sides are armies: whose?
    speakers = doc.extras.get(SPEAKER_SIDES, {})
    return {m.trigger.start for m in mentions
            if actor1.name in speakers.get(m.trigger.start, ()) or (
                kind and kind in speakers.get(m.trigger.start, ())
                and actor2.name not in speakers.get(m.trigger.start, ()))}


_JOINT_SOURCE = re.compile(r"\b(?:and|both)\b", re.IGNORECASE)
#: a speaker told before ("the source", "the spokesman", "he"): no new source
_BACK_REFERENCE = re.compile(r"^(?:the (?:same )?(?:source|spokes(?:man|woman|person)|official|officer|"
                             r"commander|statement)|he|she|they|it)$", re.IGNORECASE)


def _told_again(mention: Mention) -> bool:
    """Is the mention's source one told before ("the source said")?"""
    return bool(_BACK_REFERENCE.match(mention.attribution.strip()))


def _event_id(doc: Document, key_text: str, iso3: str) -> str:
    digest = hashlib.sha256(f"{doc.id}|{key_text}".encode()).hexdigest()
    return f"{iso3 or 'XXX'}{int(digest[:12], 16) % 10**9:09d}"


def _notes(mention: Mention, event_date, fatalities: int, certainty: str, attribution: str) -> str:
    sentence = " ".join(mention.sentence.text.split())
    parts = [f"On {event_date.day} {event_date:%B %Y}: {sentence}"]
    if certainty in ("unconfirmed", "claimed", "denied"):
        who = f" by {attribution}" if attribution else ""
        parts.append(f"[{certainty}{who}]")
    parts.append(f"[fatalities: {fatalities}]")
    return " ".join(parts)


def _assoc_by_side(mentions: list[Mention], actor1) -> tuple[list, list]:
    """Associated actors stay with their side: a mention that tells the pair the other way round
    ("the army, with VDP auxiliaries, vs the militants" in an event of "militants vs the army")
    gives its first side's associates to the event's second side (ONTOLOGY §1)."""
    side1, side2 = [], []
    key1 = _actor_key(actor1)
    for m in mentions:
        swapped = _actor_key(m.actor1) != key1 and _actor_key(m.actor2) == key1
        side1 += m.assoc_actor_2 if swapped else m.assoc_actor_1
        side2 += m.assoc_actor_1 if swapped else m.assoc_actor_2
    return side1, side2


def _build_event(doc: Document, mentions: list[Mention], coder: str) -> Event:
    best = _best(mentions)
    place = best.location.place
    actor1, actor2 = best.actor1, best.actor2
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    inter1 = actor1.inter if actor1 else 0
    inter2 = actor2.inter if actor2 else None
    main = {_actor_key(actor1), _actor_key(actor2)}
    side1, side2 = _assoc_by_side(mentions, actor1)
    assoc1, assoc2 = _join(side1, main), _join(side2, main)
    fatalities, raw_fatalities, fatalities_rule = _fatalities(mentions)
    certainty, attribution = _certainty(mentions, doc.extras.get("code.doer_speaks", set()),
                                        _initiator_voice(doc, mentions, actor1, actor2))
    target_civilian = any(m.civilian_target for m in mentions) or inter2 == 7
    key_text = "|".join(map(str, (_event_key(best), best.sub_event_type)))
    tags = [] if best.is_new else ["background"]
    if certainty != "reported":
        tags.append(f"certainty: {certainty}")
    return Event(
        event_id_cnty=_event_id(doc, key_text, place.iso3),
        event_date=best.date,
        # one day's reports: the most precise reading of that day ("on Saturday" beside "over
        # the weekend" that resolved to the same day) is the event's (ONTOLOGY §5)
        time_precision=min((m.time_precision for m in mentions
                            if m.time_precision and m.date == best.date), default=1),
        disorder_type=disorder_type(best.sub_event_type),
        event_type=event_type_of(best.sub_event_type),
        sub_event_type=best.sub_event_type,
        actor1=actor1.name if actor1 else "",
        assoc_actor_1=assoc1,
        inter1=inter1,
        actor2=actor2.name if actor2 else "",
        assoc_actor_2=assoc2,
        inter2=inter2,
        interaction=interaction(inter1, inter2) if inter1 else 0,
        interaction_text=interaction_text(inter1, inter2) if inter1 else "",
        civilian_targeting=civilian_targeting(best.sub_event_type, target_civilian),
        place=place,
        location=place.name,
        geo_precision=best.location.geo_precision,
        source=doc.source,
        source_scale="",
        notes=_notes(best, best.date, fatalities, certainty, attribution),
        fatalities=fatalities,
        tags="; ".join(tags),
        timestamp=int(time.time()),
        document_id=doc.id,
        url=doc.url,
        mentions=sorted(mentions, key=lambda m: m.sentence.start),
        certainty=certainty,
        attribution=attribution,
        confidence=max(m.confidence for m in mentions),
        raw_time_expr=best.raw_time_expr,
        pub_date=doc.published,
        raw_fatality_text=raw_fatalities,
        fatalities_rule=fatalities_rule,
        coder=coder,
        coder_version=__version__,
        document_ids=[doc.id],
        source_urls=[doc.url] if doc.url else [],
    )
