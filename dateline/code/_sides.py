"""Who stands where: the two sides of a mention, by the actor kinds each type allows (ONTOLOGY §1, §3).

The classifier says who acted and who was acted on in one sentence; this module turns that
into ``actor1``/``actor2`` under the ontology's constraints:

* ``Violence against civilians``: the civilians are ``actor2``, never ``actor1`` (§1).
* ``Protests``: the crowd is "Protesters (X)"; with an intervention or excessive force the
  other side is the force that intervened, never the crowd again as "Civilians" (§2.4, §3.1).
  A peaceful protest has the protesters only.
* ``Riots`` / ``Violent demonstration``: the crowd is "Rioters (X)" (§2.5, §3.1), facing the
  police or army if the report names them.
* ``Arrests``: the arresting force acts; the arrested are a side only when they are named (a
  party, a group), not anonymous "people" (§2.6).
* ``Remote explosive/landmine/IED``: whoever hit the device is its victim (``actor2``); the side
  that planted it is ``actor1``, unidentified unless named (§2.2).
* ``Disrupted weapons use``: the force that intercepted, defused or seized acts (§2.6).
* ``Battles``: two armed sides (§2.1); civilians caught in a fight are not a side, and a
  non-state group attacking a base, post or patrol fights the state's forces.
* An air or drone strike with no named doer is the air force that struck before in the report,
  else the state's military (air power is a state's in nearly every conflict we code).

:func:`other_side_from_context` reads across sentences: the unidentified side of a follow-up is
the named side of the fight the report has been telling ("the insurgents", "fighters").
"""

from __future__ import annotations

import re
from typing import Callable

from ..records import ActorRef, Mention
from ._discourse import is_general_force
from ._resolver import ATTACKED_BY_CROWD, IN_CUSTODY

STATE = frozenset({1, 8})
NON_STATE_ARMED = frozenset({2, 3, 4})
#: Generic victim names that are a side only when a report says nothing more specific.
_ANONYMOUS = ("Civilians", "Protesters", "Rioters")
#: The state's forces are the other side of an attack on these (§2.1).
_MILITARY_TARGET = re.compile(
    r"\b(?:army|military|soldiers?|troops|base|barracks|garrison|outposts?|checkpoints?|posts?|"
    r"patrols?|convoys?|positions)\b", re.IGNORECASE)
_POLICE_TARGET = re.compile(r"\b(?:police|policem[ae]n|gendarm\w*|police stations?)\b", re.IGNORECASE)
#: "in military custody", "at an army barracks": a detainee the army holds.
_MILITARY_CUSTODY = re.compile(r"\b(?:military|army) (?:custody|detention|barracks|camp|base)\b",
                               re.IGNORECASE)
#: A force named only as the source of the report.
_SPEAKER_FORCE = re.compile(
    r"\b(?:police|army|military|security)\s+(?:spokes(?:man|woman|person)|officials?|sources?|"
    r"statement|chief|said|says|told)\b", re.IGNORECASE)


def _unique(actors: list[ActorRef]) -> list[ActorRef]:
    seen, out = set(), []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


#: "on suspicion of links to the armed group", "gangs linked to Hezbollah", "accused Rwanda of
#: backing the M23": the group after these words is a relation of a party, not a party itself.
ASSOCIATED_BEFORE = re.compile(
    r"\b(?:link(?:s|ed)? (?:to|with)|ties (?:to|with)|affiliated (?:to|with)|backed by|backing|"
    r"loyal to|allied (?:to|with)|close to|suspicion of|sympathi[sz]ers? of|support(?:ing|ers? of)|"
    r"suspected of (?:helping|aiding|supporting|collaborating with|harbou?ring|links? (?:to|with)))"
    r"\b[^.;,]{0,25}$|"
    # "the FACA, supported by Russian instructors of the Wagner Group, and the UPC": a side's helper
    r"\b(?:supported|assisted|aided|accompanied|reinforced) by\b[^.;,]{0,40}$", re.IGNORECASE)


def is_associated(text: str, actor: ActorRef) -> bool:
    """Whether ``actor`` is named only as someone's relation ("links to the armed group")."""
    if actor.span is None or not text:
        return False
    # the matcher may cover the whole "gangs linked to Hezbollah" with the group's name
    before = text[max(0, actor.span.start - 60):actor.span.start] + actor.raw.rsplit(" ", 1)[0] + " "
    return " " in actor.raw.strip() and bool(ASSOCIATED_BEFORE.search(before)) or bool(
        ASSOCIATED_BEFORE.search(text[max(0, actor.span.start - 60):actor.span.start]))


def _named_first(actors: list[ActorRef]) -> list[ActorRef]:
    """Drop unidentified groups from a role that also names a group: they are the same side."""
    if any(a.inter in NON_STATE_ARMED and not is_generic(a) for a in actors):
        return [a for a in actors if not a.name.startswith("Unidentified ")]
    return actors


def is_generic(actor: ActorRef | None) -> bool:
    return actor is not None and (actor.name.startswith("Unidentified ")
                                  or actor.name.startswith(_ANONYMOUS))


#: "planted by", "laid by suspected": the words before who laid a device.
_LAID_BY = re.compile(r"\b(?:planted|laid|placed|set|buried|hidden|detonated|triggered|"
                      r"remotely detonated) by (?:the )?(?:suspected |alleged )?$", re.IGNORECASE)
#: "units have been deployed", "troops were moved": the gap after a passive subject.
_PASSIVE_SUBJECT_GAP = re.compile(r"^(?:\s+(?:and|or)\s+[\w'-]+(?:\s+[\w'-]+){0,3})?"
                                  r"\s+(?:(?:have|has|had) been|were|was|are|is|being)\s+(?:[\w-]+\s+)?$",
                                  re.IGNORECASE)
#: "two additional companies of the CRPF": the force whose units the trigger counts.
_UNITS_OF = re.compile(r"^[\w ]*\b(?:companies|battalions|brigades|platoons|contingents|regiments) of\s+(?:the\s+)?$",
                       re.IGNORECASE)
#: Developments a force makes to itself: its subject, active or passive, is actor 1.
_OWN_CHANGE = frozenset({"Change to group/activity", "Headquarters or base established"})


def assign_sides(decision, actors: list[ActorRef], country: str, generic: Callable,
                 text: str = "", air_striker: ActorRef | None = None,
                 named_state: ActorRef | None = None):
    """``(actor1, actor2, assoc_actor_1, assoc_actor_2)`` for one decision.

    ``actors`` are all actor mentions of the sentence (the decision's indices point into it);
    ``decision.parties`` (when set) are those that take part rather than speak ("police said").
    ``generic(kind)`` makes a generic actor of the event's country and day. ``named_state`` is
    the military of a state the sentence names as the striker ("Russia struck Kharkiv"): the
    doer of a strike or shelling that no actor mention covers.
    """
    party_ix = getattr(decision, "parties", None)
    parties = [actors[i] for i in party_ix if i < len(actors)] if party_ix is not None else list(actors)
    parties = [p for p in parties if not is_associated(text, p)]
    agents = _unique([actors[i] for i in decision.agents
                      if i < len(actors) and not is_associated(text, actors[i])])
    named = {a.name for a in agents}
    targets = [t for t in _unique([actors[i] for i in decision.targets if i < len(actors)])
               if t.name not in named and not is_associated(text, t)]
    # "ISWAP fighters" may come as the group and a generic "fighters": one side, the named one
    agents, targets = _named_first(agents), _named_first(targets)
    etype, sub = decision.event_type, decision.sub_event_type
    allied = False
    if etype == "Battles":
        agents, allied = _state_before_allies(agents, targets, parties, text)
        named |= {a.name for a in agents}

    if etype == "Protests" or sub == "Violent demonstration":
        if getattr(decision, "reason", "") == ATTACKED_BY_CROWD:
            # a peaceful gathering attacked by a crowd: the attackers are rioters (§2.4, §3.1)
            return generic("protesters"), generic("rioters"), [], []
        return _crowd_sides(sub, agents, targets, parties, generic)

    if etype == "Battles":
        between = _between_pair(actors, text)
        if between is not None:
            # "a shootout between Los Chapitos and La Mayiza": the two sides, whoever died
            agents, targets = [between[0]], [between[1]]
        # §2.1: two organised armed sides; "seven people, including a woman, were killed in the
        # clashes" names the dead, not a side
        agents = [a for a in agents if a.inter != 7]
        targets = [t for t in targets if t.inter != 7]
        if not agents and targets:
            # "fighting between X and Y"; "soldiers were killed": a battle's sides have no order
            agents, targets = targets[:1], targets[1:]
        elif not targets and len(agents) > 1 and not allied:
            agents, targets = agents[:1], agents[1:]  # "X and Y fought"
    if not targets:
        # "X clashed with Y", "X shelled Hermel, wounding four civilians": the sentence's
        # other parties are the other side when the parse linked none (speakers are not)
        targets = [a for a in _unique(parties) if a.name not in named]
        if etype == "Strategic developments" and sub != "Looting/property destruction":
            targets = [t for t in targets if t.inter != 7]  # bystanders are not a party to a deal
    if etype == "Battles":
        armed = [t for t in targets if t.inter != 7]
        targets = armed + [t for t in targets if t.inter == 7] if armed else []

    if sub == "Arrests":
        force = [a for a in agents if a.inter in STATE] or [a for a in _unique(actors) if a.inter in STATE]
        taken = [t for t in targets + [a for a in agents if a.inter not in STATE]
                 if not t.name.startswith(_ANONYMOUS) and t.inter not in STATE]
        actor1 = force[0] if force else generic("police")
        return actor1, (taken[0] if taken else None), force[1:], taken[1:]

    if sub == "Remote explosive/landmine/IED":
        # "a pressure IED planted by Maoists": who laid the device, however the parse went
        laid = [p for p in _unique(parties) if p.span is not None
                and _LAID_BY.search(text[max(0, p.span.start - 40):p.span.start])]
        if laid:
            agents = laid[:1] + [a for a in agents if a.name != laid[0].name]
            targets = [t for t in targets if t.name != laid[0].name] or [
                p for p in _unique(parties) if p.name != laid[0].name and p.inter in STATE | {7}][:1]
        planters = [a for a in agents if a.inter in NON_STATE_ARMED]
        victims = [a for a in agents if a.inter not in NON_STATE_ARMED] + targets
        planters = planters or [p for p in parties if p.inter in NON_STATE_ARMED
                                and not is_generic(p) and p not in victims]
        agents, targets = planters, [v for v in victims if v not in planters]

    if sub in _OWN_CHANGE and not agents:
        # "army units have been deployed to the outskirts": the force deployed is the one
        # whose posture changes (§2.6), whatever the voice
        movers = [t for t in targets if t.inter in STATE | NON_STATE_ARMED and t.span is not None
                  and (_PASSIVE_SUBJECT_GAP.match(text[t.span.end:decision.trigger.start])
                       or _UNITS_OF.match(text[decision.trigger.start:t.span.start]))]
        if not movers:
            # "imposed a curfew ... and deployed additional companies of the constabulary": the
            # state force the sentence sends is the one whose posture changes
            movers = [p for p in _unique(targets + parties) if p.inter in STATE and p.span is not None
                      and not _SPEAKER_FORCE.match(text[p.span.start:])]
        agents, targets = movers[:1], [t for t in targets if t not in movers[:1]]
        if sub == "Change to group/activity":
            # the people a curfew keeps at home are no side of the state's measure (§2.6)
            targets = [t for t in targets if t.inter != 7]

    if sub == "Disrupted weapons use":
        force = [a for a in agents if a.inter in STATE]
        if not force:
            # "the military said it intercepted three rockets": the speaker is the force
            force = [a for a in _unique(actors) if a.inter in STATE]
        if not force and not any(a.inter in NON_STATE_ARMED and not is_generic(a) for a in agents):
            # "forces in North Sinai ... seized a cache", "the Bomb Disposal Squad defused them":
            # a seizure or defusal by unnamed units is the state's (§2.6), its army unless the
            # sentence speaks of police only
            force = _unnamed_state_force(text[:decision.trigger.start], generic)
        if force:
            # "Russian air defences destroyed 30 Ukrainian drones": the weapons' owner, another
            # state's forces or an armed group, is the other side
            rest = [a for a in agents + targets if a.name != force[0].name
                    and (a.inter not in STATE or a.country != force[0].country)]
            agents, targets = force[:1], rest or _weapons_owner(actors, force[0])

    if decision.target_is_civilian and etype != "Battles" and not any(t.inter == 7 for t in targets):
        # a battle's sides are armed (§2.1): "residents who fled" are never its second side
        targets = [generic("civilians")] + targets
    if etype == "Violence against civilians":
        # civilians are always actor2 (§1): a civilian "agent" is a victim the parse misplaced
        targets = _unique([a for a in agents if a.inter == 7] + targets)
        agents = [a for a in agents if a.inter != 7]
        if not agents:
            agents = [p for p in parties if p.inter in NON_STATE_ARMED | STATE
                      and p.name not in {t.name for t in targets}][:1]
        if not agents and getattr(decision, "reason", "") == IN_CUSTODY:
            # the force holding the detainee: the army's when the text says so, else the police
            agents = [generic("military" if _MILITARY_CUSTODY.search(text) else "police")]
        civilians = [t for t in targets if t.inter == 7]
        targets = civilians + [t for t in targets if t.inter != 7]

    if etype == "Riots":
        # a mob of villagers or residents is "Rioters (X)" (§3.1: crowds that use violence)
        if any(a.inter in (5, 6, 7) for a in agents[:1]) or not agents:
            agents = [generic("rioters")] + [a for a in agents if a.inter not in (5, 6, 7)]
    if not agents and named_state is not None and etype == "Explosions/Remote violence":
        agents = [named_state]
    if not agents:
        if sub == "Air/drone strike":
            agents = [air_striker or generic("military")]
        else:
            agents = [generic("armed_group")]
    actor1 = agents[0]
    targets = [t for t in targets if t.name != actor1.name]
    if etype == "Battles":
        # §2.1: two organised armed sides; "residents who fled" are never one of them
        targets = [t for t in targets if t.inter != 7]
    if etype == "Battles" and not targets:
        targets = [_default_opponent(agents[0], text, generic)]
        targets = [t for t in targets if t.name != actor1.name]
    if etype == "Battles" and not targets and is_generic(actor1) and _RIVALS.search(text):
        # "clashes between rival militias": two unnamed groups, each a side (§2.1)
        targets = [actor1]
    actor2 = targets[0] if targets else None
    return actor1, actor2, agents[1:], targets[1:]


#: "its troops and allied Joint Forces", "pro-government militias": the ally of a state force.
_ALLIED_BEFORE = re.compile(r"\b(?:allied|pro-government|government-allied|army-allied)\s+(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)


_MILITARY_WORDS = re.compile(r"\b(?:forces|troops|soldiers|units|army|military|commandos|servicemen|"
                             r"sappers|patrols?)\b", re.IGNORECASE)
_POLICE_WORDS = re.compile(r"\b(?:police|policemen|constables|gendarmes?|gendarmerie)\b", re.IGNORECASE)


def _unnamed_state_force(text: str, generic: Callable) -> list[ActorRef]:
    """The state force a sentence names only by a common noun ("forces", "police"), or none."""
    text = _SPEAKER_FORCE.sub("", re.sub(r"\baccording to\b.*", "", text))
    if _POLICE_WORDS.search(text) and not _MILITARY_WORDS.search(text):
        return [generic("police")]
    return [generic("military")] if _MILITARY_WORDS.search(text) else []


#: "Ukrainian drones", "Houthi missiles": an actor named by the weapons it sent.
_WEAPON_NAMED = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|shells?|munitions?)$",
                           re.IGNORECASE)


def _weapons_owner(actors: list[ActorRef], force: ActorRef) -> list[ActorRef]:
    """The side whose weapons ``force`` stopped, when the parse linked none (§2.6 Disrupted
    weapons use): an actor named by its weapons, another state's or an armed group's."""
    return [p for p in _unique(actors) if p.name != force.name and not is_generic(p)
            and _WEAPON_NAMED.search(p.raw) and (p.inter not in STATE or p.country != force.country)][:1]


def _state_before_allies(agents: list[ActorRef], targets: list[ActorRef], parties: list[ActorRef],
                         text: str) -> tuple[list[ActorRef], bool]:
    """Put the state force first when the leading agent is named as its ally (§1: the others
    of a confrontation are associated actors): the army, not its allies, is the side."""
    if not agents or agents[0].inter in STATE or agents[0].span is None:
        return agents, False
    if not _ALLIED_BEFORE.search(text[max(0, agents[0].span.start - 40):agents[0].span.start]):
        return agents, False
    against = {t.name for t in targets}
    state = [p for p in _unique(parties) if p.inter in STATE and p.name not in against]
    return (_unique(state[:1] + agents), True) if state else (agents, False)


#: Two unnamed armed sides fighting each other.
_RIVALS = re.compile(r"\brival (?:armed |ethnic |communal |political )?(?:groups|militias|gangs|factions|"
                     r"clans|fighters|militiamen)\b|\b(?:two|rival) (?:armed )?(?:groups|militias|gangs|"
                     r"factions) (?:clashed|fought)\b|\b(?:fought|clashed with|attacked) each other\b",
                     re.IGNORECASE)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND_GAP = re.compile(r"^\s*(?:,\s*)?and\s+(?:the\s+)?$", re.IGNORECASE)


def _between_pair(actors: list[ActorRef], text: str) -> tuple[ActorRef, ActorRef] | None:
    """The two organised sides of "fighting between X and Y", or None."""
    spanned = [a for a in actors if a.span is not None and a.inter != 7]
    for first, second in zip(spanned, spanned[1:]):
        if first.name == second.name:
            continue
        if _BETWEEN_BEFORE.search(text[max(0, first.span.start - 20):first.span.start]) and \
                _AND_GAP.match(text[first.span.end:second.span.start]):
            return first, second
    return None


def _default_opponent(agent: ActorRef, text: str, generic: Callable) -> ActorRef:
    """The other side of a fight the report does not name (§2.1: two organised armed sides).

    A non-state group attacking a base, post, patrol or soldiers fights the state's forces;
    otherwise the other side is an unidentified armed group.
    """
    if agent.inter in NON_STATE_ARMED:
        text = _SPEAKER_FORCE.sub("", text)  # "a police spokesman said" names no side
        if agent.raw:
            text = text.replace(agent.raw, "")  # the "Army" in "Syrian National Army"
        if _POLICE_TARGET.search(text):
            return generic("police")
        if _MILITARY_TARGET.search(text):
            return generic("military")
    return generic("armed_group")


def _crowd_sides(sub: str, agents, targets, parties, generic):
    """Protests and violent demonstrations: the crowd and the force facing it (§2.4-2.5)."""
    crowd = generic("rioters") if sub == "Violent demonstration" else generic("protesters")
    everyone = _unique(agents + targets + parties)
    organisers = [a for a in agents if a.inter in (2, 3, 4, 6) and not is_generic(a)]
    if sub == "Peaceful protest":
        return crowd, None, organisers[:1], []
    force = [a for a in everyone if a.inter in STATE]
    if not force and sub == "Excessive force against protesters":
        force = [a for a in agents + targets if a.inter in NON_STATE_ARMED]
    if not force and sub == "Protest with intervention":
        force = [generic("police")]
    if force and force[0].inter == 1 and force[0].span is not None and is_general_force(force[0]):
        # "security forces dispersed the march": a crowd is policed; the branch unnamed is the police
        force = [generic("police")] + force[1:]
    return crowd, (force[0] if force else None), organisers[:1], force[1:]


def other_side_from_context(mention: Mention, earlier: list[Mention], *, sentence_gap,
                            new_incident: bool = False,
                            state_ally: Callable[[ActorRef], bool] = lambda actor: False) -> None:
    """Name an unidentified side from the fight the report has been telling (ONTOLOGY §3.1).

    "ISWAP fighters overran a base ... Six soldiers were killed": the unidentified side of the
    follow-up is the group the lead named. Two readings, most recent mention first:

    * the counterpart: the mention's named side faced X in an earlier mention, so its
      unidentified opponent is X ("Military jets bombed KIA positions during the fighting",
      after "fighting between the KIA and the military");
    * the named group: the other side is the state, civilians or nobody, and an earlier mention
      within three sentences (any earlier mention for a battle) named a non-state armed group:
      "the insurgents", "fighters", "gunmen" are that group.

    ``state_ally(actor)`` tells a state's pro-government auxiliaries, never a state force's
    opponent. ``sentence_gap(m)`` is the number of sentences between ``m`` and ``mention``. A sentence
    that opens a new incident ("Separately, a roadside bomb ...") is left alone: nobody claimed
    that one.
    """
    if new_incident:
        return
    sides = ("actor1", "actor2")
    unknown = [s for s in sides if _is_unidentified_group(getattr(mention, s))]
    if not unknown:
        return
    slot = unknown[0]
    if _SAID_UNKNOWN.match(getattr(mention, slot).raw or ""):
        # "unknown attackers threw a grenade": the report says nobody knows who, so the group
        # of the story's other incident is not named for them
        return
    other_slot = "actor2" if slot == "actor1" else "actor1"
    other = getattr(mention, other_slot)
    country = getattr(mention, slot).country
    if other is None and mention.event_type == "Battles":
        other = _operation_force(mention, earlier, sentence_gap)
        setattr(mention, other_slot, other)
    for m in reversed(earlier):
        pair = [a for a in (m.actor1, m.actor2) if a is not None]
        names = {a.name for a in pair}
        candidate = None
        if other is not None and not is_generic(other) and other.name in names:
            candidate = next((a for a in pair if a.name != other.name and not is_generic(a)), None)
        elif (other is None or other.inter in STATE | {7}) and (
                mention.event_type == "Battles" or (sentence_gap(m) <= 3 and m.date == mention.date)):
            candidate = next((a for a in pair if a.inter in NON_STATE_ARMED and not is_generic(a)
                              and (other is None or a.name != other.name)
                              and not (other is not None and other.inter in STATE and state_ally(a))
                              and (not a.country or not country or a.country == country
                                   or (mention.event_type == "Battles" and _placed_in(m, country)))),
                             None)
        if candidate is not None:
            old = getattr(mention, slot)
            setattr(mention, slot, ActorRef(old.raw, candidate.name, candidate.inter,
                                            candidate.country, old.span, candidate.known))
            counterpart = next((a for a in pair if a.name != candidate.name and a.inter != 7), None)
            if other is None and counterpart is not None and mention.event_type in (
                    "Battles", "Strategic developments") and mention.sub_event_type not in (
                    "Arrests", "Disrupted weapons use"):
                # "the group had taken control of the city": from the army it had been fighting
                setattr(mention, "actor2" if slot == "actor1" else "actor1", counterpart)
            return
        if other is not None and other.inter == 7 and any(
                a.inter in STATE | NON_STATE_ARMED and not _is_unidentified_group(a) for a in pair):
            # "a drone struck the market. 17 people were killed": the toll is the latest
            # incident's, whose doer is already named; an older incident's group is not it
            return


def _operation_force(mention: Mention, earlier: list[Mention], sentence_gap) -> ActorRef | None:
    """"The army launched a sweep operation. Seven terrorists were neutralised": the fighters'
    opponent is the state force whose operation was told just before, that day."""
    last = earlier[-1] if earlier else None
    if last is None or last.date != mention.date or sentence_gap(last) > 2 or not (
            _OPERATION.search(last.trigger.text)):
        return None
    return next((a for a in (last.actor1, last.actor2) if a is not None and a.inter in STATE), None)


#: "launched a sweep operation", "a pursuit": a force's operation under way.
_OPERATION = re.compile(r"\b(?:operations?|offensive|pursuit|sweep|crackdown|raids?)\b", re.IGNORECASE)
_SAID_UNKNOWN = re.compile(r"(?:unknown|unidentified|anonymous|masked|hooded)\b", re.IGNORECASE)


def _placed_in(mention: Mention, country: str) -> bool:
    """Did ``mention`` happen in ``country``? A group of one country's dictionary row that the
    report already placed in another ("IS Sahel" in Niger) is that report's group there."""
    place = mention.location.place if mention.location else None
    return place is not None and place.iso2 == country


def _is_unidentified_group(actor: ActorRef | None) -> bool:
    return actor is not None and actor.name.startswith("Unidentified Armed Group")
