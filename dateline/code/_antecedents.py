"""Sentences that tell more of an event already coded: denials, claims, continuations, tolls.

A report tells one incident over several sentences: a denial or a claim of responsibility, a
second sentence about the same fight, a revised toll. These checks decide whether a sentence
points back to an earlier event mention and what it adds to it (certainty, the doer, the toll)
rather than being a new event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..analyse import find_fatality_mentions
from ..records import ActorRef, Document, Fatalities, Mention, Sentence, Span
from ._discourse import (NEW_INCIDENT, SAME_PLACE_KM, STANDALONE_TYPES, TERRITORY_TYPES, is_named,
                         is_unidentified_armed, km_between, own_place)
from ._event_dates import pair_place_day

#: State forces, rebels, militias and external forces (ONTOLOGY §3.1): the conflict parties.
ORGANISED_INTER = frozenset({1, 2, 3, 4, 8})


#: "The attack was blamed on ...", "the bomb was aimed at ...": a definite event noun whose
#: sentence says who did it or what it was for, not that it happened again.
_POINTS_BACK = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"\b(?:blamed|blaming|attributed|claimed|claiming|responsib\w+|accused|aimed at|targeted at|"
    r"intended for|meant for|carried out by|behind (?:it|the))\b", re.IGNORECASE)


#: "the attack", "this assault", "the exchange of fire": a definite event noun pointing back,
#: unless an ordinal or "latest"/"new" makes it another incident.
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|these|those)\s+(?!(?:first|second|third|fourth|latest|last|new|fresh|"
    r"previous|earlier|next|other|same|deadliest|worst|biggest|largest)\b)(?:[\w-]+\s+)?$|"
    # "Tuesday's attack", "last night's raid": the day names the event told
    r"\b(?:(?-i:[A-Z])\w+day|yesterday|last night|overnight|this morning)['’]s\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE)


#: "The attackers surrounded the mosque", "The drones dropped ...": the participants already named.
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attackers|gunmen|assailants|militants|fighters|"
    r"raiders|perpetrators|insurgents|rebels|jihadists|bandits|kidnappers|abductors|drones?|jets|"
    r"aircraft|warplanes|helicopters|mob|crowd|rioters|protesters|demonstrators)\b", re.IGNORECASE)
#: A place this close after the trigger is the trigger's own ("the attack on Kfar Kila").
_PLACE_OF_TRIGGER_CHARS = 40


#: "the two groups agreed to a ceasefire": the parties of the fight just told.
THE_TWO_SIDES = re.compile(r"\b(?:the|both) (?:two |rival |warring )*(?:groups|sides|parties|factions|"
                            r"militias|forces|armed groups|movements|clans|communities)\b", re.IGNORECASE)


def denied_event(doc: Document, denial: Mention, antecedent: Mention,
                  has_own_date: bool) -> Mention | None:
    """The event a denial speaks of: the last one told, or with a day of its own ("on Sunday its
    spokesman had denied shelling civilian sites"), the last one told of that day."""
    if not has_own_date or denial.date == antecedent.date:
        return antecedent
    return next((m for m in reversed(doc.mentions) if m.date == denial.date
                 and m.event_type == denial.event_type), None)


def take_the_pair(mention: Mention, antecedent: Mention) -> None:
    """An agreement between "the two sides" is between the antecedent's named pair (§2.6)."""
    if is_named(antecedent.actor1) and is_named(antecedent.actor2):
        mention.actor1, mention.actor2 = antecedent.actor1, antecedent.actor2
        mention.assoc_actor_1, mention.assoc_actor_2 = [], []


def names_told_victims(sdoc, rel_start: int) -> bool:
    """"the soldiers killed", "those killed in the attack": a participle after a definite noun.

    The reduced relative names people whose death was already told; it reports no new killing.
    """
    tok = next((t for t in sdoc if t.idx <= rel_start < t.idx + max(len(t.text), 1)), None)
    if tok is None or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    head = tok.head
    return head.lower_ in ("those", "these") or any(
        c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in head.children)


def retold_change_of_control(doc: Document, mention: Mention, text: str,
                             has_own_date: bool) -> Mention | None:
    """The change of control already coded that this placeless, undated one tells again."""
    if mention.sub_event_type not in TERRITORY_TYPES or own_place(mention) or has_own_date:
        return None
    if NEW_INCIDENT.search(text):
        return None
    earlier = [m for m in doc.mentions if m.sub_event_type in TERRITORY_TYPES
               and m.sentence.start < mention.sentence.start]
    return earlier[-1] if earlier else None


_FOUGHT_BACK = re.compile(
    r"\b(?:fought back|fighting back|fight back|returned fire|defended themselves|resisted the "
    r"(?:attack|raid)|repelled the (?:attack|raid|attackers|raiders)|repulsed the "
    r"(?:attack|raid|attackers|raiders))\b", re.IGNORECASE)


def actor_names(mention: Mention) -> set[str]:
    return {a.name for a in (mention.actor1, mention.actor2) if a is not None}


def victims_fought_back(mention: Mention, antecedent: Mention, text: str, has_own_date: bool) -> bool:
    """Does this follow-up say the victims of an attack on civilians fought back?

    "Armed cattle keepers fought back, and the exchange of fire lasted two hours" after "armed
    youth attacked a cattle camp": the same raid, now a fight between two armed sides. A new
    named party (police arriving) is its own event and does not count.
    """
    if antecedent.sub_event_type != "Attack" or mention.event_type != "Battles":
        return False
    if has_own_date and mention.date != antecedent.date:
        return False
    if any(is_named(a) and a.name not in actor_names(antecedent) for a in (mention.actor1, mention.actor2)):
        return False
    return bool(_FOUGHT_BACK.search(text)) and not NEW_INCIDENT.search(text)


def refers_back(text: str, trigger_start: int) -> bool:
    """Does the sentence refer back to an event already told ("the attack", "The attackers ...")?"""
    return bool(_DEFINITE_BEFORE.search(text[:trigger_start]) or _DEFINITE_SUBJECT.match(text))


def party_speaks(attribution: str, actors: list[ActorRef], antecedent: Mention) -> bool:
    """Is the sentence's speaker a named party of ``antecedent`` (a claim about its own event)?"""
    if not attribution:
        return False
    parties = {a.name for a in (antecedent.actor1, antecedent.actor2) if is_named(a)}
    return any(a.raw and a.raw in attribution and a.name in parties for a in actors)


_DENIES = re.compile(r"^(?:'s)?(?:\s+[\w'’-]+){0,4}?\s+(?:den(?:y|ies|ied|ying)|rejected|dismissed|refuted)\b",
                     re.IGNORECASE)
#: "the Malian army said its troops had ... and denied that any civilians had been harmed"
_AND_DENIED = re.compile(r"\band (?:also |flatly |strongly )?(?:denied|denies|rejected|refuted)\b",
                         re.IGNORECASE)
#: A denial of what a party said about the event, not of the event itself.
_DENIES_A_CLAIM = re.compile(r"\bwhich (?:[\w'’-]+ ){1,4}den(?:y|ies|ied)\b|"
                             r"\b(?:denied|denies|rejected|rejects) (?:the|this|that|these|those|its|"
                             r"their) (?:claims?|account|version)\b", re.IGNORECASE)
_CONFIRMS_IT = re.compile(
    r"\b(?:confirmed|acknowledged|verified) (?:the|this|that) (?:[\w-]+ )?(?:attacks?|killings?|"
    r"incident|raid|deaths?|strikes?|clash(?:es)?|fighting|capture|abduction|kidnapping|bombing|"
    r"explosion|ambush)\b", re.IGNORECASE)


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def settle_certainty(doc: Document, antecedent: Mention, text: str, actors: list[ActorRef]) -> None:
    """A follow-up in which the doer of ``antecedent`` denies it, or an authority confirms it."""
    doer = antecedent.actor1
    if doc.published is not None and any(int(y) < doc.published.year for y in _YEAR.findall(text)):
        return  # "The EMC rejected the 2016 peace agreement": about another year's event
    if _DENIES_A_CLAIM.search(text):
        return  # "The UPC said it had pushed the soldiers back, which the army denies": a claim
    if antecedent.certainty in ("reported", "claimed") and is_named(doer) and any(
            a.name == doer.name and a.span is not None and (
                _DENIES.search(text[a.span.end:a.span.end + 60])
                or _AND_DENIED.search(text[a.span.end:a.span.end + 200]))
            for a in actors):
        certainty = "denied"
    elif antecedent.certainty in ("reported", "claimed") and _CONFIRMS_IT.search(text) and not NEW_INCIDENT.search(text):
        certainty = "confirmed"
    else:
        return
    for mention in doc.mentions:
        if _event_pair(mention) == _event_pair(antecedent) and mention.date == antecedent.date:
            mention.certainty = certainty


#: "The claim could not be independently checked", "(the outlet) could not independently verify
#: the army's account": the fight told before rests on one side's word
UNCHECKED_CLAIM = re.compile(
    r"\b(?:the|this|that|its|their|(?:the )?[\w-]+'s) (?:claims?|account|figures?) (?:could not|cannot|"
    r"can ?not|was not|were not|has not been|have not been) (?:be )?(?:independently )?(?:checked|"
    r"verified|confirmed)\b|\bcould not (?:independently )?(?:verify|confirm|check) (?:the|its|their) "
    r"(?:[\w-]+(?:'s|’s) )?(?:account|claims?|figures?)\b|"
    # "there was no independent account of the fighting": the party's word is all there is
    r"\bno independent (?:account|confirmation|verification|source)\b", re.IGNORECASE)


#: "JNIM claimed the ambush ..., saying its fighters had killed 40": a party's claim of its own.
_PARTY_CLAIM = re.compile(r"\bclaim(?:ed|s)\b|\bsaying (?:its|their) (?:fighters|forces|men|troops)\b",
                          re.IGNORECASE)


def claims_unchecked(doc: Document, sentence=None) -> None:
    """Make ``claimed`` every fight told so far with no source of its own or told by one of
    its sides (docs/fixtures.md, certainty: a party's account with nothing independent).

    When the sentence just before is a party's claim ("JNIM claimed the ambush, saying ..."),
    "the claim" is that one: only what that sentence told becomes ``claimed``, not the fight
    the outlet's own sources told before it.
    """
    speakers = doc.extras.get(SPEAKER_SIDES, {})
    mentions = doc.mentions
    if sentence is not None and sentence.index > 0:
        before = doc.sentences[sentence.index - 1]
        if _PARTY_CLAIM.search(before.span.text):
            mentions = [m for m in mentions if m.sentence.start == before.span.start]
    for mention in mentions:
        spoken_for = speakers.get(mention.trigger.start, frozenset())
        told_by_side = any(speaks_for(spoken_for, a) for a in (mention.actor1, mention.actor2)
                           if a is not None)
        if mention.certainty == "reported" and mention.event_type == "Battles" and (
                not mention.attribution or told_by_side):
            mention.certainty = "claimed"


def _event_pair(mention: Mention) -> tuple[str, str]:
    return tuple(a.name if a else "" for a in (mention.actor1, mention.actor2))


#: Developments that kill no one: a sentence's dead belong to the violence told beside them.
NO_TOLL_TYPES = frozenset({"Agreement", "Change to group/activity", "Headquarters or base established",
                           "Non-violent transfer of territory"})

_PASSIVE_GAP = re.compile(r"\b(?:was|were|been|being|is|are|got)\b", re.IGNORECASE)


def doer_speaks(mention: Mention, decision, actors: list[ActorRef], text: str) -> bool:
    """Is the mention's speaker the armed side that did it (the trigger's agent)?

    Not for violence against civilians: an army's account of its own killings of civilians
    is what the other sources are weighed against, not a claim of success.
    """
    if not mention.attribution or mention.actor2 is None or mention.actor2.inter == 7:
        return False
    sides = {a.name for a in (mention.actor1, mention.actor2) if is_named(a) and a.inter in ORGANISED_INTER}
    # no parsed agent: the actor just before an active trigger ("Police officers killed"),
    # never the subject of a passive one ("Six soldiers were killed")
    agents = [actors[i] for i in decision.agents if 0 <= i < len(actors)] or [
        a for a in actors if a.span is not None and a.span.end <= decision.trigger.start
        and not _PASSIVE_GAP.search(text[a.span.end:decision.trigger.start])][:1]
    doers = {a.name for a in agents} & sides
    return any(a.raw and a.raw in mention.attribution and a.name in doers for a in actors)


#: ``doc.extras`` key: by trigger offset, the sides each mention's speaker speaks for
#: (``speaker_sides``); the merge reads it once the event's sides are settled.
SPEAKER_SIDES = "code.speaker_sides"


def force_kind(actor: ActorRef) -> str:
    """The kind of state force an actor is, as a speaker names it: "military", "police" or ""."""
    return "police" if "Police" in actor.name else "military" if actor.inter in (1, 8) else ""


def speaks_for(speakers: frozenset[str], actor: ActorRef) -> bool:
    """Is ``actor`` among the sides a speaker speaks for (by name or, for a state force, kind)?"""
    kind = force_kind(actor)
    return actor.name in speakers or bool(kind) and kind in speakers


#: the voice of a state force with no name of its own ("a military source", "the army general staff")
_FORCE_VOICE = {
    "military": re.compile(r"\b(?:military|army|armed forces|general staff|troops|defen[cs]e ministry|"
                           r"ministry of defen[cs]e|(?:division|brigade|battalion) commander)\b",
                           re.IGNORECASE),
    "police": re.compile(r"\bpolice\b", re.IGNORECASE),
}


def speaker_sides(mention: Mention, actors: list[ActorRef]) -> frozenset[str]:
    """The sides the mention's speaker speaks for: the actors named in it ("A PDF
    spokesperson") and, for an unnamed state voice ("a military source"), ``"military"`` or
    ``"police"``. The merge compares them with the event's sides once those are settled."""
    named = {a.name for a in actors if a.raw and a.raw in mention.attribution}
    kinds = {kind for kind, rx in _FORCE_VOICE.items() if rx.search(mention.attribution)}
    text = mention.sentence.text
    # "Four soldiers were killed ..., the army said": a force telling its own losses
    lost = [a for a in actors if a.span is not None and a.raw not in mention.attribution
            and _OWN_LOSSES.match(text[a.span.end:])]  # actor spans count from the sentence
    sides = frozenset(named | kinds)
    return frozenset() if any(speaks_for(sides, a) for a in lost) else sides


_OWN_LOSSES = re.compile(r"\s+(?:were|was|had been|have been|are)\s+(?:killed|wounded|injured)\b|\s+died\b",
                         re.IGNORECASE)


def hands_over_same_place(mention: Mention, antecedent: Mention) -> bool:
    """"Police withdrew from the town" after the gangs took it: the same change of control."""
    return ({mention.sub_event_type, antecedent.sub_event_type} <= TERRITORY_TYPES
            and not own_place(mention))


def continues_event(mention: Mention, antecedent: Mention, text: str, has_own_date: bool,
                    generic: bool) -> bool:
    """Could ``mention`` be ``antecedent`` told again: same day, kind and place (ONTOLOGY §1)?

    A place named in the sentence breaks the link only when it belongs to the trigger ("the
    attack on X"); the town of a speaker ("an army officer in Kirkuk said") does not. Another
    specific tactic at a place of its own is another event, as in :func:`is_elaboration`.
    """
    if NEW_INCIDENT.search(text) or (has_own_date and mention.date != antecedent.date):
        return False
    if hands_over_same_place(mention, antecedent):
        return True
    if mention.sub_event_type in STANDALONE_TYPES or antecedent.sub_event_type in STANDALONE_TYPES:
        return False
    crowd = {"Protests", "Riots"}
    if (mention.event_type in crowd) != (antecedent.event_type in crowd) and not (
            # "a mob beat a man to death ... an investigation into the killing": a generic word
            # for the riot's own violence
            generic and antecedent.event_type == "Riots"):
        return False
    if not generic and own_place(mention) and mention.sub_event_type != antecedent.sub_event_type:
        return False
    if not own_place(mention) or km_between(mention, antecedent) <= SAME_PLACE_KM:
        return True
    place = mention.location.span
    in_speaker = bool(mention.attribution) and place.text in mention.attribution
    tied = 0 <= place.start - mention.trigger.end <= _PLACE_OF_TRIGGER_CHARS
    # "Funerals were held in Maiduguri for the victims of Tuesday's attack": a place told
    # before a definite reference belongs to what the sentence adds, not to the event
    before_reference = place.end <= mention.trigger.start and refers_back(
        text, mention.trigger.start - mention.sentence.start)
    return (in_speaker or before_reference) and not tied


def attribution_only(text: str, trigger_start: int) -> bool:
    """A sentence about an event already told: "the attack" plus who did it or what for."""
    return bool(_POINTS_BACK.search(text[:trigger_start])) and bool(_ATTRIBUTION.search(text))


def replace_unidentified(mention: Mention, claimant: ActorRef) -> bool:
    """Put the claimed or blamed group where the mention had an unidentified armed group."""
    done = False
    if any(a is not None and a.name == claimant.name for a in (mention.actor1, mention.actor2)):
        # "the attackers were Fulani herders": the group is already the mention's other side;
        # it stood for the unidentified attackers, not for a second party
        if is_unidentified_armed(mention.actor1) and mention.actor2 is not None:
            mention.actor1, mention.actor2 = mention.actor2, None
        elif is_unidentified_armed(mention.actor2):
            mention.actor2 = None
        return True
    for side in ("actor1", "actor2"):
        actor = getattr(mention, side)
        if is_unidentified_armed(actor):
            setattr(mention, side, ActorRef(actor.raw, claimant.name, claimant.inter,
                                            claimant.country, actor.span, claimant.known))
            done = True
    if (not done and mention.event_type == "Explosions/Remote violence" and mention.actor2 is None
            and mention.actor1 is not None and (
                mention.actor1.inter in (1, 7, 8)
                or mention.sub_event_type == "Remote explosive/landmine/IED")):
        # "a roadside bomb struck a Security Belt vehicle ... AQAP claimed responsibility": the
        # force hit was the victim (actor2, §2.2) and the claimant planted the bomb
        mention.actor1, mention.actor2 = claimant, mention.actor1
        done = True
    return done


#: "claimed responsibility for both attacks", "for the two attacks": more than the last one.
_EVERY_ATTACK = re.compile(r"\bfor (?:both|all|the two|the three|all three|all the|each of the) "
                           r"(?:[\w-]+ )?(?:attacks|incidents|killings|bombings|ambushes|assaults)\b",
                           re.IGNORECASE)


def claim_every_attack(doc: Document, text: str, claimant: ActorRef) -> None:
    """"The BLA claimed responsibility for both attacks": every unnamed doer of the day's
    incidents told so far is the claimant (the passengers shot and the soldiers ambushed)."""
    if not _EVERY_ATTACK.search(text) or not doc.mentions:
        return
    day = doc.mentions[-1].date
    for mention in list(doc.mentions):
        if mention.date == day and (is_unidentified_armed(mention.actor1)
                                    or is_unidentified_armed(mention.actor2)):
            attribute_claim(doc, mention, claimant)


#: "the drone came from the direction of RSF-held areas", "rockets fired from territory held by
#: the Houthis": the side whose ground the weapon came from
_FROM_HELD_AREA = re.compile(
    r"\b(?:came|come|coming|flew|flying|flown|launched|fired) from (?:the direction of )?(?:(?:the )?"
    r"(?P<before>[\w' ]{2,40}?)[- ](?:held|controlled) (?:areas?|territory|positions|zones?)\b|"
    r"(?:areas?|territory|positions|zones?) (?:held|controlled) by (?:the )?(?P<after>[\w' ]{2,40}?)"
    r"(?=[,.;]|$| (?:in|near|north|south|east|west|of)\b))", re.IGNORECASE)


def launched_from_held_area(text: str, find) -> ActorRef | None:
    """The armed side whose ground a drone or missile came from (``find(name)`` resolves the
    name), or None. "RSF-held" is one token to the actor finder, so the name is read here."""
    match = _FROM_HELD_AREA.search(text)
    if match is None:
        return None
    return next((a for a in find(match.group("before") or match.group("after"))
                 if a.inter in ORGANISED_INTER), None)


def name_the_launcher(doc: Document, antecedent: Mention, launcher: ActorRef,
                       retold: list[Mention]) -> None:
    """A strike whose doer no source named (the default striker or an unidentified group)
    is the side whose ground it came from ("witnesses said the drone came from the direction
    of RSF-held areas"), not the side that flies by default. ``retold``: the sentence's own
    mentions ("the rockets were fired from ..."), which join the strike."""
    def unnamed_strike(mention: Mention) -> bool:
        doer = mention.actor1
        return (mention.event_type == "Explosions/Remote violence" and doer is not None
                and (not doer.raw or is_unidentified_armed(doer)) and doer.name != launcher.name)

    if not unnamed_strike(antecedent):
        return
    key = pair_place_day(antecedent)
    for mention in [m for m in doc.mentions if pair_place_day(m) == key] + [
            m for m in retold if unnamed_strike(m)]:
        mention.actor1 = replace(launcher, span=mention.actor1.span)


def attribute_claim(doc: Document, antecedent: Mention, claimant: ActorRef) -> None:
    """Name the doer in ``antecedent``'s event: every mention with its actors, place and day."""
    key = pair_place_day(antecedent)
    for mention in doc.mentions:
        if pair_place_day(mention) == key:
            replace_unidentified(mention, claimant)


def same_unidentified(doc: Document, actor: ActorRef | None, country: str = "") -> ActorRef | None:
    """One unnamed group per article and country: "clan gunmen" later is the "Lebanese clans" of the lead.

    An article that names an unidentified armed group or communal militia once and refers back
    to it by another noun means the same group; without this, the country suffix could differ
    and split one event in two. Only a group first seen in the event's own country is reused:
    gunmen in Niger are not the unidentified group of an earlier event in Mali.
    """
    if actor is None or not actor.name.startswith("Unidentified "):
        return actor
    kind = actor.name.split(" (")[0]
    seen = doc.extras.setdefault("code.unidentified", {})
    first = seen.setdefault((kind, country or actor.country), actor)
    if first is actor or first.name == actor.name:
        return actor
    return ActorRef(actor.raw, first.name, first.inter, first.country, actor.span, actor.known)


#: "Russia struck Kharkiv", "Israel launched strikes": a state named as the doer of a strike.
_STATE_STRIKES = re.compile(r"^\s+(?:[\w'-]+\s+){0,2}?(?:struck|strikes|launched|attacked|bombed|"
                            r"shelled|fired|hit|pounded|targeted|carried out)\b", re.IGNORECASE)


def striking_state(doc: Document, sentence: Span) -> str:
    """The ISO2 code of a country the sentence names as the striker, or ''.

    "Russia struck the city of Kharkiv with a missile and drones": the state acts through its
    armed forces, so the strike is its military's (ONTOLOGY §3.1, "Military Forces of X"), not
    the forces of the country struck.
    """
    for mention in doc.places:
        place = mention.place
        if (place is not None and place.feature == "country" and place.iso2
                and sentence.start <= mention.span.start < sentence.end
                and _STATE_STRIKES.match(doc.clean_text[mention.span.end:sentence.end])):
            return place.iso2
    return ""


def last_air_striker(doc: Document, country: str) -> ActorRef | None:
    """The named doer of the report's latest air or drone strike in ``country`` ("a second drone")."""
    for mention in reversed(doc.mentions):
        place = mention.location.place if mention.location else None
        if (mention.sub_event_type == "Air/drone strike" and mention.actor1 is not None
                and not mention.actor1.name.startswith("Unidentified ")
                and (place is None or not country or place.iso2 == country)):
            return mention.actor1
    return None


#: "the same group abducted seven fishermen": an explicit reference back to a group named before.
_SAME_GROUP = re.compile(r"\bthe same (?:armed )?(?:group|militants|fighters|attackers|assailants|"
                         r"gunmen|insurgents|jihadists|militia)\b", re.IGNORECASE)


def the_same_group(doc: Document, sides: tuple, text: str) -> tuple:
    """``sides`` with the unidentified armed group of "the same group" replaced by the non-state
    armed group the report last named as a side of an earlier event (§3: the named actor)."""
    if not _SAME_GROUP.search(text):
        return sides
    named = next((a for m in reversed(doc.mentions) for a in (m.actor1, m.actor2)
                  if a is not None and a.inter in (2, 3, 4) and not a.name.startswith("Unidentified ")),
                 None)
    if named is None:
        return sides
    actor1, actor2, assoc1, assoc2 = sides
    def named_if_unknown(actor):
        return named if actor is not None and actor.name.startswith("Unidentified Armed Group") else actor
    return named_if_unknown(actor1), named_if_unknown(actor2), assoc1, assoc2


def previous_mention(doc: Document, sentence: Sentence, reach: int = 2) -> Mention | None:
    """The last event mention coded within ``reach`` sentences before ``sentence``."""
    if not doc.mentions:
        return None
    last = doc.mentions[-1]
    previous = next((s for s in doc.sentences if s.span.start == last.sentence.start), None)
    if previous is None or not 0 < sentence.index - previous.index <= reach:
        return None
    return last


#: A revised toll, not a second source's figure.
_TOLL_UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|reached|bringing|brought|"
                          r"raising|raised) (?:[\w'-]+ ){0,4}to\b|\blater died\b|\bsuccumbed\b", re.IGNORECASE)


def carry_fatalities(doc: Document, sentence: Sentence, reach: int = 2) -> None:
    """Give a follow-up sentence's death toll to the event it continues.

    "The fighting killed at least three soldiers" names no new event: it reports the toll of the
    event coded just before. A sentence with no event of its own, close behind a mention and
    without a date of its own (a dated one is more likely history), lends its figure to it.
    """
    last = previous_mention(doc, sentence, reach)
    if last is None or sentence.times:
        return
    found = find_fatality_mentions(sentence.span.text)
    if not found:
        return
    fatalities = min(found, key=lambda item: item[0].start)[1]
    update = bool(_TOLL_UPDATE.search(sentence.span.text))
    for mention in doc.mentions:
        if mention.sentence.start != last.sentence.start or mention.rule.endswith(".mass_grave") or (
                mention.sub_event_type in NO_TOLL_TYPES):
            continue
        # another source's figure disagrees: the lowest stands (§6.3); a toll that "rose to"
        # revises it (§6.9)
        if (mention.fatalities.count == 0 or update) and fatalities.count > mention.fatalities.count:
            mention.fatalities = Fatalities(fatalities.count, fatalities.raw,
                                            f"{fatalities.rule}; from the next sentence".strip("; "))
