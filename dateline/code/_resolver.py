"""Step 4 of classification: from cue hits and roles to sub-event decisions (ONTOLOGY §2).

Families are resolved in a fixed order, each *consuming* the generic cues it explains (an
airstrike that "killed ten" is one Air/drone strike, not also an Attack): disrupted weapons;
explosions; protests and riots; territory; sexual violence and abduction; coups and mass
graves; arrests; clashes and ambushes; attacks; strategic developments. ``docs/coding.md``
describes each rule.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..ontology import event_type_of, precedence_key
from ..records import ActorRef, Span
from . import _triggers as T
from ._lexicon import (
    ARMED,
    CROWD,
    NON_STATE_ARMED,
    _BRIEFLY_RX,
    _CAUSE_RX,
    _CRIME_RX,
    _ERV_ORDER,
    _FROM_PLACE_RX,
    _GRIEVANCE_RX,
    _Lexicon,
    _MINOR_RX,
    _REASON_RX,
    _SERIOUS_RX,
)
from ._sentence import TriggerDecision, _Hit, _Party, _Roles, _View, _overlap
from ._cues import _path_up
from ._roles import _armed_target, _civilian_target, _roles


# --- Step 4: resolution ---------------------------------------------------------------------


#: A mob cue that names harm to people ("lynched", "set them on fire"), not to property.
_PEOPLE_HARMED = re.compile(r"\b(?:lynch\w*|beat|beaten|stoned|hacked|(?:him|her|them)\b|necklac\w*)",
                            re.IGNORECASE)

#: The force's own men told as hurt or killed ("and eight policemen were injured", "injuring
#: six officers"): the crowd fought back.
_FORCE_HURT_RX = re.compile(
    r"\b(?:police ?men|police officers|officers|soldiers|troops|security personnel|gendarmes|"
    r"constables)\b[^.;:]{0,60}?\b(?:were|was|had been|have been) (?:also )?"
    r"(?:injured|wounded|hurt|killed)\b|"
    r"\b(?:injur|wound|kill)\w* (?:\w+ ){0,3}(?:police ?men|police officers|officers|"
    r"soldiers|troops)\b", re.I)

#: Two crowds against each other: "threw stones at each other", "between two communities".
#: "about thirty men attacked a student march", "threw eggs at the marchers": others harassing a
#: gathering (§2.4 Protest with intervention "harassed by others").
_ON_GATHERING_RX = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|set upon|ambush(?:ed|ing)?|pelt(?:ed|ing)|"
    r"ran at|charged at|charged into|disrupt(?:ed|s|ing)?|stormed|threw [^.;]{1,50}? at)\s+"
    r"(?:the |a |an )?(?:[\w'-]+ ){0,3}(?:march|marchers|rally|protest|protesters|demonstration|"
    r"demonstrators|sit-in|vigil|picket)\b", re.I)
#: A death or beating in the hands of the force that holds the victim.
_CUSTODY_RX = re.compile(
    r"\b(?:died|dies|death|killed|beaten|tortured|found dead|collapsed)\b(?: [\w'-]+){0,4} in "
    r"(?:police |military |army |state |prison )?(?:custody|detention|(?:a |his |her |the |their )"
    r"(?:police |prison )?cells?)\b|\bdeaths? in (?:police |military |army )?custody\b|"
    r"\bcustodial (?:death|killing|torture)\b", re.I)
#: The reason of a custody death (read by ``_sides``: the holding force is the doer).
IN_CUSTODY = "a detainee harmed in custody (§2.3, §3.1: 7)"
#: The reason of a decision whose intervening side is a crowd (read by ``_sides``).
ATTACKED_BY_CROWD = "peaceful protesters attacked by a crowd (§2.4 harassed by others)"
_COMMUNAL_RX = re.compile(
    r"\bat (?:each other|one another)\b|\bbetween (?:the )?(?:two|rival) (?:communities|groups|"
    r"villages|clans|factions|mobs|crowds)\b|"
    r"\b(?:groups|people|youths|men) (?:from|on) both sides\b",
    re.I)

#: A coordinated clause that tells what happened next ("..., and on Saturday entered ...").
_NEXT_CLAUSE_RX = re.compile(r"(?:,|;)?\s(?:and|but|before|then)\s+(?:then\s+|later\s+)?(?:on|by|"
                             r"the next|the following|later|a day later|hours later)\b", re.IGNORECASE)


#: "during a Military Police operation against the ...": a force's operation and its target.
_OPERATION_AGAINST = re.compile(
    r"\b(?:during|in|amid|in the course of) (?:a|an|the) (?:[\w'-]+ ){0,4}?(?P<op>(?:joint |security |"
    r"military |police |army )?(?:operation|raid|offensive|crackdown|sweep))s? against (?:the )?",
    re.IGNORECASE)


#: Between two cues: the second tells another incident ("..., while ... in a separate gunfight").
_SEPARATE = re.compile(r"\b(?:while|whereas)\b[^.;]*\bseparate\b|\bin a separate\b", re.IGNORECASE)


class _Resolver:
    def __init__(self, view: _View, hits: list[_Hit], parties: list[_Party], lex: _Lexicon,
                 actors: list[ActorRef]):
        self.view, self.hits, self.parties, self.lex, self.actors = view, hits, parties, lex, actors
        self.consumed: set[int] = set()
        self.out: dict[str, TriggerDecision] = {}
        self.parse_factor = 1.0 if view.parsed else 0.9
        self.inters = {p.inter for p in parties}

    # helpers
    def of(self, *frames: str, all_: bool = False) -> list[_Hit]:
        return [h for h in self.hits if h.frame in frames and (all_ or id(h) not in self.consumed)]

    def consume(self, hits: Iterable[_Hit]) -> None:
        self.consumed.update(id(h) for h in hits)

    def add(self, sub: str, hit: _Hit, conf: float, roles: _Roles | None, why: str,
            civilian: bool | None = None) -> None:
        roles = roles or _Roles([], [], False)
        if civilian is None:
            civilian = _civilian_target(self.view, self.lex, hit, roles)
        conf = conf * hit.salience * self.parse_factor * (0.6 if hit.referential else 1.0)
        conf = round(min(max(conf, 0.05), 0.99), 3)
        old = self.out.get(sub)
        if old is not None and old.confidence >= conf:
            return
        self.out[sub] = TriggerDecision(
            sub_event_type=sub,
            event_type=event_type_of(sub),
            trigger=Span(hit.start, hit.end, hit.text),
            rule=f"{T.RULESET}:{T.SLUGS[sub]}.{hit.cue.name}",
            confidence=conf,
            agents=[p.actor_index for p in roles.agents if p.actor_index is not None],
            targets=[p.actor_index for p in roles.targets if p.actor_index is not None],
            agent_spans=[Span(p.start, p.end, p.text) for p in roles.agents],
            target_spans=[Span(p.start, p.end, p.text) for p in roles.targets],
            target_is_civilian=bool(civilian),
            reason=why,
            frame=hit.frame,
            parties=[p.actor_index for p in self.parties if p.actor_index is not None],
        )

    def add_cue(self, sub: str, hit: _Hit, why: str, civilian: bool | None = None) -> None:
        """``add`` at the cue's own weight, with the hit's parties in their roles."""
        self.add(sub, hit, hit.cue.weight, self.roles(hit), why, civilian)

    def roles(self, hit: _Hit) -> _Roles:
        return _roles(self.view, hit, self.parties)

    def best(self, hits: list[_Hit]) -> _Hit:
        return max(hits, key=lambda h: (h.cue.weight * h.salience, -h.start))

    def has_place(self) -> bool:
        return any(lbl in ("GPE", "LOC", "FAC") for _, _, lbl in self.view.ents) or bool(
            self.lex.territory.search(self.view.text))

    # families
    def run(self) -> list[TriggerDecision]:
        self.disrupted()
        self.explosions()
        self.crowds()
        self.territory()
        self.civilian_specific()
        self.coup()
        self.arrests()
        self.fighting()
        self.attacks()
        self.strategic()
        return sorted(self.out.values(), key=lambda d: (precedence_key(d.sub_event_type),
                                                        -d.confidence))

    def disrupted(self) -> None:
        hits = self.of(T.DISRUPTED)
        if any(h.cue.name == "coup" for h in self.of(T.OTHER)):
            # "a coup attempt was foiled" is a coup (§2.6 Other), not a disrupted weapon
            hits = [h for h in hits if h.cue.name != "foiled"]
        if self.of(T.KILL, T.INJURE, T.ATTACK, T.EXPLOSION, T.SHOOT, T.CLASH) or any(
                h.cue.name == "blew_self_up" for h in self.of(T.SUICIDE)):
            # "an attacker wearing an explosive vest targeted a funeral": the attack happened
            hits = [h for h in hits if h.cue.name != "carrying_weapon"]
        if not hits:
            return
        h = self.best(hits)
        self.add_cue(T.DISRUPTED, h, "disrupted or seized weapon (§2.6)")
        self.consume(hits)
        preventive = [x for x in hits if x.cue.name not in ("weapons_seized", "weapons_destroyed")]
        if any(x.cue.name == "carrying_weapon" for x in hits):
            self.consume(self.of(T.ARREST))
        if preventive:
            # the device was defused/intercepted: its weapon words are not an explosion event,
            # and "foiled ... by arresting" describes how it was prevented
            first = min(x.start for x in preventive)
            self.consume(self.of(*_ERV_ORDER, T.EXPLOSION, T.AIR_WEAK, T.KILL, T.INJURE,
                                 T.CAPTURE, T.ATTACK, T.CLASH))
            self.consume([a for a in self.of(T.ARREST) if a.start > first])
        else:
            # "seized weapons, rockets and mortars": the haul's contents are not an explosion
            self.consume([e for e in self.of(*_ERV_ORDER, T.EXPLOSION)
                          if any(0 <= e.start - x.end <= 80 or _overlap(e.start, e.end, x.start, x.end)
                                 for x in hits)])
            # "seized weapons" is not a territorial capture
            self.consume([c for c in self.of(T.CAPTURE)
                          if any(_overlap(c.start, c.end, x.start, x.end) for x in hits)])
            if not self.of(T.KILL, T.INJURE, T.SHOOT, T.CLASH):
                # "raided a farm and seized a cache of rifles": the raid is the search that
                # found the haul, no attack on anyone (§2.6 Disrupted weapons use)
                self.consume([a for a in self.of(T.ATTACK)
                              if a.text.lower().startswith(("raid", "storm"))])

    def explosions(self) -> None:
        if self.of(T.PROTEST):
            # "marched to protest against Turkish strikes on the region": the grievance of a
            # protest is not something that happened at it
            text = self.view.text
            self.consume([h for h in self.of(*_ERV_ORDER, T.EXPLOSION, T.AIR_WEAK)
                          if _GRIEVANCE_RX.search(text[max(0, h.start - 50):h.start])])
        # Ground weapons named as part of a fight ("the fighting, which involved mortars and
        # RPGs") belong to the Armed clash (§1: tactics of one event merge into the top type).
        clash_anchors = [c.anchor for c in self.of(T.CLASH) if c.cue.weight >= 0.6
                         and c.anchor is not None and self.view.parsed]
        if clash_anchors:
            self.consume([h for h in self.of(T.SHELLING, T.GRENADE, T.EXPLOSION)
                          if h.anchor is not None and any(
                              h.anchor.i != c.i and c in h.anchor.ancestors for c in clash_anchors)])
        strong = [h for h in self.of(*_ERV_ORDER) if h.cue.weight >= 0.7]
        weak = [h for h in self.of(*_ERV_ORDER, T.EXPLOSION, T.AIR_WEAK) if h not in strong]
        if strong:
            sub = min((h.frame for h in strong), key=_ERV_ORDER.index)
            chosen = self.best([h for h in strong if h.frame == sub])
            conf = chosen.cue.weight
        elif weak:
            chosen = self.best(weak)
            sub = {T.EXPLOSION: T.IED, T.AIR_WEAK: T.AIR}.get(chosen.frame, chosen.frame)
            if chosen.frame == T.EXPLOSION and not self.of(T.KILL, T.INJURE, T.DESTROY, T.ATTACK):
                conf = chosen.cue.weight * 0.8
            else:
                conf = chosen.cue.weight
        else:
            return
        roles = self.roles(chosen)
        protest_targets = any(p.inter == 6 for p in roles.targets) and bool(self.of(T.PROTEST))
        if protest_targets:
            # §2.4: "an IED against a rally" is excessive force against protesters
            self.add(T.EXCESSIVE, chosen, conf * 0.9, roles, "explosive used on protesters (§2.4)",
                     civilian=True)
        else:
            self.add(sub, chosen, conf, roles, f"weapon cue '{chosen.text}' (§2.2)")
        self.consume(strong + weak + self.of(T.KILL, T.INJURE, T.ATTACK, T.DESTROY, T.SHOOT))
        if sub in (T.AIR, T.SHELLING):
            # "shelled the town" is not also a territorial or crowd event
            self.consume(self.of(T.AMBUSH))

    def crowds(self) -> None:
        text = self.view.text
        arrests = self.of(T.ARREST)
        protest = self.of(T.PROTEST)
        protesters = [p for p in self.parties if p.inter == 6]
        if arrests:
            # "arrested over the protests": the protest is the reason, the arrest is the news
            protest = [h for h in protest if not _REASON_RX.search(text[max(0, h.start - 50):h.start])]
            protesters = [p for p in protesters
                          if not _REASON_RX.search(text[max(0, p.start - 50):p.start])]
            if self.view.parsed:
                # "arrested 30 people who had protested": a description of who was arrested
                protest = [h for h in protest if not (h.anchor is not None and any(
                    a.dep_ in ("relcl", "acl") for a in _path_up(h.anchor, 4)))]
        if protest or protesters:
            # the grievance of a protest ("against the killing of", "over the arrest of") is not
            # something that happened at it
            self.consume([h for h in self.of(T.KILL, T.SHOOT, T.INJURE, T.ARREST, T.DISPERSE,
                                             T.LIVE_FIRE, T.ATTACK, T.ABDUCT, T.SEXUAL)
                          if _GRIEVANCE_RX.search(text[max(0, h.start - 50):h.start])])
            arrests = self.of(T.ARREST)
        crowd_violence = self.of(T.CROWD_VIOLENCE)
        riot = self.of(T.RIOT)
        mob = self.of(T.MOB)
        disperse = self.of(T.DISPERSE)
        live = self.of(T.LIVE_FIRE)
        in_protest = bool(protest or protesters)
        crowd_words = bool(self.lex.crowd.search(text)) or bool(self.inters & CROWD)
        if crowd_violence and not in_protest and _COMMUNAL_RX.search(text) and not (
                disperse or live or self.inters & ({1, 8} | NON_STATE_ARMED)):
            # "groups on both sides threw stones at each other": two crowds fighting, no
            # demonstration and no force between them, is mob violence (§2.5)
            h = self.best(crowd_violence)
            self.add(T.MOB_T, h, 0.7, self.roles(h), "two crowds fought each other (§2.5)",
                     civilian=False)
            self.consume(crowd_violence + riot + mob + self.of(T.DESTROY, T.LOOT, T.ATTACK,
                                                               T.INJURE, T.KILL))
            return
        if not (in_protest or riot or mob or (crowd_violence and crowd_words)):
            if disperse and crowd_words:
                h = self.best(disperse)
                self.add(T.INTERVENTION, h, 0.55, self.roles(h), "crowd dispersed (§2.4)")
                self.consume(disperse)
            return
        # Who does the violence? Crowd violence by police (e.g. "police torched") is not a riot.
        crowd_acts = []
        for h in crowd_violence + self.of(T.ATTACK, T.DESTROY, T.LOOT, T.KILL, T.INJURE):
            roles = self.roles(h)
            agent_inters = {p.inter for p in roles.agents}
            if h.frame == T.CROWD_VIOLENCE and not (agent_inters & ({1, 8} | NON_STATE_ARMED)):
                crowd_acts.append(h)
            elif (agent_inters & CROWD or (agent_inters & {7} and h.frame in (T.ATTACK, T.DESTROY,
                                                                             T.LOOT))) and not (
                    agent_inters & ARMED) and not (h.frame == T.INJURE and h.anchor is not None
                                                   and h.anchor.pos_ == "NOUN"):
                crowd_acts.append(h)
            elif (h.frame in (T.INJURE, T.KILL, T.ATTACK) and in_protest and not agent_inters
                  and any(p.inter in (1, 8) for p in roles.targets)):
                # police officers hurt at a protest: the crowd was violent (§2.5)
                crowd_acts.append(h)
            elif (h.frame in (T.ATTACK, T.DESTROY, T.LOOT) and not roles.agents and in_protest
                  and not (self.inters & NON_STATE_ARMED)
                  and (h.anchor is None or h.anchor.pos_ == "VERB")):
                crowd_acts.append(h)
        clashes = []
        for h in self.of(T.CLASH):
            if (in_protest or crowd_words) and (not (self.inters & NON_STATE_ARMED) or in_protest):
                clashes.append(h)
        if in_protest or (riot and not mob) or (crowd_violence and not mob):
            lethal = list(live)
            for h in self.of(T.KILL, T.SHOOT, T.INJURE):
                roles = self.roles(h)
                agents = {p.inter for p in roles.agents}
                on_protesters = any(p.inter == 6 for p in roles.targets)
                beating = bool(re.match(r"beat|whip|flog|assault|manhandl|hack", h.text, re.I))
                if h.frame == T.INJURE and (_MINOR_RX.search(text) or not (
                        _SERIOUS_RX.search(text) or (not beating and (on_protesters or (
                            h.anchor is not None and h.anchor.tag_ == "VBN")))
                        or (beating and re.search(r"\b(?:brutal|severe|bad)ly\b", text, re.I)))):
                    # injuries reported on protesters count as serious (§2.4: "force that
                    # causes serious injury"); minor ones do not
                    continue
                if (on_protesters or in_protest) and not (agents & CROWD):
                    lethal.append(h)
            intervention = disperse + ([h for h in arrests if in_protest]) + [
                h for h in self.of(T.INJURE) if in_protest and h not in lethal]
            violent = crowd_acts + clashes + riot
            # "clashes" alone next to protesters shot dead reads as repression, not a riot
            people_attacked = [h for h in crowd_acts if h.frame in (T.ATTACK, T.KILL, T.INJURE) and
                               not any(p.inter in (1, 8) for p in self.roles(h).targets)]
            # "volunteers were injured when a crowd threw stones at their caravan": people hurt
            # by a crowd's stones, no demonstration and no force in it
            people_hurt = [h for h in self.of(T.INJURE, T.KILL) if crowd_violence and not any(
                p.inter in (1, 8) for p in self.roles(h).targets)] if not (
                    disperse or live or self.inters & NON_STATE_ARMED
                    or _FORCE_HURT_RX.search(text)) else []
            on_gathering = _ON_GATHERING_RX.search(text)
            if (violent and in_protest and on_gathering and not riot and not lethal and not clashes
                    and not (self.inters & NON_STATE_ARMED) and not self._force_hurt(violent)):
                # "a group of men attacked a student march, throwing eggs at the marchers": the
                # gathering stays peaceful; its attackers are a violent crowd (§2.4, §3.1: 5)
                h = min(violent, key=lambda x: abs(x.start - on_gathering.start()))
                self.add(T.INTERVENTION, h, 0.8, self.roles(h), ATTACKED_BY_CROWD, civilian=False)
            elif violent and not in_protest and not riot and (people_attacked or people_hurt):
                # a crowd attacking people outside any demonstration is mob violence (§2.5)
                h = self.best(people_attacked or crowd_violence)
                self.add(T.MOB_T, h, 0.7, self.roles(h), "a crowd attacked people (§2.5)")
                self.consume(people_hurt)
            elif violent and not (lethal and not riot and not any(
                    h.frame == T.CROWD_VIOLENCE for h in crowd_acts)
                    and not self._force_hurt(lethal)):
                # killings with only generic crowd wording ("clashes", "attacked") read as
                # repression of the crowd; stones, fires or riots make it a riot (§2.4-2.5)
                h = self.best(violent)
                conf = 0.85 if in_protest else 0.75
                self.add(T.VIOLENT_DEMO, h, conf, self.roles(h), "the crowd used violence (§2.5)",
                         civilian=False)
            elif lethal:
                h = self.best([x for x in lethal if x.frame in (T.LIVE_FIRE, T.KILL)] or lethal)
                self.add(T.EXCESSIVE, h, 0.8, self.roles(h),
                         "lethal or serious force against protesters (§2.4)", civilian=True)
            elif intervention:
                h = self.best(intervention)
                self.add(T.INTERVENTION, h, 0.8, self.roles(h),
                         "protesters dispersed, blocked or detained (§2.4)")
            elif protest:
                h = self.best(protest)
                self.add_cue(T.PEACEFUL, h, "a gathering (§2.4)")
            self.consume(protest + crowd_violence + riot + disperse + live + clashes + crowd_acts
                         + lethal + intervention + (mob if in_protest else []))
            if in_protest:
                self.consume(self.of(T.ARREST, T.KILL, T.SHOOT, T.INJURE, T.ATTACK, T.DESTROY,
                                     T.LOOT))
        if mob and not in_protest:
            h = self.best(mob)
            roles = self.roles(h)
            harmed = bool(self.of(T.KILL, T.INJURE, T.ATTACK)) or bool(_PEOPLE_HARMED.search(h.text))
            armed = any(p.inter in (1, 2, 3, 4, 8) for p in roles.targets)
            # a mob that beat, lynched or burnt people: its victims are civilians (§2.5, §3.1)
            self.add_cue(T.MOB_T, h, "a mob or vigilantes (§2.5)",
                         civilian=True if harmed and not armed else None)
            self.consume(mob + crowd_acts + self.of(T.KILL, T.INJURE, T.ATTACK, T.DESTROY,
                                                    T.CROWD_VIOLENCE, T.SHOOT))

    def _force_hurt(self, harms: list) -> bool:
        """"students and eight policemen were injured when they clashed": the force's own men
        hurt in a clash make it a two-sided riot, not repression (§2.5)."""
        return bool(harms) and bool(_FORCE_HURT_RX.search(self.view.text))

    def territory(self) -> None:
        transfer = self.of(T.TRANSFER)
        strong_transfer = [h for h in transfer if h.cue.name == "transfer"]
        withdrawal = [h for h in transfer if h.cue.name == "withdrew"]
        entered = [h for h in transfer if h.cue.name == "entered"]
        recapture = self.of(T.RECAPTURE)
        capture = self.of(T.CAPTURE)
        if not (transfer or recapture or capture):
            return
        fighting = self.of(T.CLASH, T.KILL, T.SHOOT, T.AMBUSH, all_=True) + [
            h for h in self.hits if h.frame in _ERV_ORDER]
        if strong_transfer and self.has_place():
            h = self.best(strong_transfer)
            self.add_cue(T.NV_TRANSFER, h, "control changed without a fight (§2.6)")
            # "seized Kabare after a day of fighting, and on Saturday entered Bukavu without a
            # fight": a capture told in an earlier clause of its own is another change of control
            earlier = [c for c in recapture + capture if c.end < h.start
                       and _NEXT_CLAUSE_RX.search(self.view.text[c.end:h.start])]
            self.consume(transfer + self.of(T.CHANGE) + [
                c for c in recapture + capture if c not in earlier])
            if not earlier:
                return
            transfer, withdrawal, entered = [], [], []
            recapture = [c for c in earlier if c.frame == T.RECAPTURE]
            capture = [c for c in earlier if c.frame == T.CAPTURE]
        if withdrawal and (capture or recapture or entered) and not fighting:
            h = self.best(capture + recapture + entered)
            self.add(T.NV_TRANSFER, h, 0.7, self.roles(h),
                     "one side left, the other took over, no fighting reported (§2.6)")
            self.consume(transfer + recapture + capture + self.of(T.CHANGE))
            return
        briefly = bool(_BRIEFLY_RX.search(self.view.text)) or bool(
            [h for h in self.of(T.CLASH, all_=True) if h.cue.name == "repelled"])
        if fighting:
            capture = [h for h in capture if h.cue.name != "in_control"]
        for h in recapture + capture:
            kind = self._capture_object(h)
            if kind == "person":
                self._capture_person(h)
                continue
            if kind is None:
                continue
            if kind == "tactical" and fighting:
                continue
            roles = self.roles(h)
            if re.search(r"fell|fallen|fall of|hands of", h.text, re.I):
                after = [p for p in self.parties if p.start >= h.end]
                roles = _Roles(after[:1], [], bool(after))
            agent_inters = {p.inter for p in roles.agents}
            if briefly:
                self.add(T.CLASH_T, h, 0.7, roles, "a place held only briefly: a clash (§2.1)",
                         civilian=False)
                self.consume([h] + self.of(T.CLASH, T.ATTACK, T.KILL, T.SHOOT, T.INJURE,
                                           T.AMBUSH, T.RECAPTURE, T.CAPTURE))
                return
            if h.frame == T.RECAPTURE:
                nsa = bool(agent_inters & (NON_STATE_ARMED | {8})) and not agent_inters & {1}
            else:
                nsa = not (agent_inters & {1}) or bool(agent_inters & NON_STATE_ARMED - {3})
                if not agent_inters and self.inters & {1} and not self.inters & (NON_STATE_ARMED | {8}):
                    nsa = False
            sub = T.NSA if nsa else T.GRT
            conf = h.cue.weight * (0.95 if agent_inters else 0.8)
            self.add(sub, h, conf, roles, f"territory taken by {'a non-state' if nsa else 'a state'} "
                     "actor (§2.1)", civilian=False)
            self.consume([h] + self.of(T.CLASH, T.ATTACK, T.KILL, T.SHOOT, T.INJURE, T.AMBUSH))
        if entered and not (recapture or capture or withdrawal or fighting) and (
                self.inters & ARMED) and self.of(T.TRANSFER):
            h = self.best(entered)
            self.add(T.NV_TRANSFER, h, 0.5, self.roles(h),
                     "armed forces entered a place, no fighting reported (§2.6)")
            self.consume(entered)
        if withdrawal and not (recapture or capture) and not fighting:
            h = self.best(withdrawal)
            if _FROM_PLACE_RX.search(self.view.text[h.end:h.end + 60]):
                self.add(T.NV_TRANSFER, h, 0.6, self.roles(h),
                         "forces withdrew from a place: it changed hands without a fight (§2.6)")
            else:
                self.add(T.CHANGE, h, 0.55, self.roles(h), "forces withdrew: a change in posture (§2.6)")
            self.consume(withdrawal + self.of(T.CHANGE))

    def _capture_object(self, h: _Hit) -> str | None:
        """"place" when the cue's object is a place, "person" for people, else None."""
        view, lex = self.view, self.lex
        if h.frame == T.CAPTURE and re.fullmatch(r"seiz\w*", h.text, re.I) and not self.has_place():
            return None
        if re.search(r"fell|fallen|fall of|hands of", h.text, re.I):
            return "place" if self.has_place() else None
        strong = h.frame == T.RECAPTURE or bool(re.search(
            r"control|over|overr|over-r|captur|conquer|occup|hold", h.text, re.I))
        obj_text = view.text[h.end:h.end + (60 if strong else 45)]
        if view.parsed and h.anchor is not None:
            objs = [c for c in h.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                obj = objs[0]
                toks = [obj] + [c for c in obj.subtree if c.i < obj.i]
                if obj.lower_ in ("control", "hold", "charge"):
                    toks = list(obj.subtree)
                toks.sort(key=lambda t: t.i)
                obj_text = " ".join(t.text for t in toks)
                ents = [e for e in view.ents if any(
                    view.tok_start(t) <= e[0] < view.tok_end(t) for t in toks)]
                if any(lbl in ("GPE", "LOC", "FAC") for _, _, lbl in ents):
                    return "place"
        if lex.territory.search(obj_text):
            if re.search(r"\b(?:positions?|posts?|checkpoints?|trenches|bunkers?|"
                         r"front ?lines?|vehicles?|tanks?)\b", obj_text, re.I) and not re.search(
                    r"\b(?:town|city|village|district|province|region|area|territory|base|airport)\b",
                    obj_text, re.I):
                # positions taken in a fight are part of the clash (§2.1 "only the final
                # decisive clash counts")
                return "tactical"
            return "place"
        if h.frame == T.RECAPTURE and re.search(r"(?:^|\s)(?:the\s+)?[A-Z][a-z]+", obj_text) and not any(
                p.start >= h.end and p.start < h.end + 15 for p in self.parties):
            return "place"
        if h.cue.name == "recaptured" and not lex.person_object.search(obj_text):
            # recaptured/retook/regained/liberated take places (§2.1)
            return "place"
        if lex.person_object.search(obj_text) or (h.frame == T.CAPTURE and any(
                p.inter in (2, 3, 4, 7) and p.start >= h.end and p.start < h.end + 30
                for p in self.parties)):
            return "person"
        if any(lbl in ("GPE", "LOC", "FAC") and h.end <= s < h.end + 60 for s, _, lbl in view.ents):
            return "place"
        if strong and re.search(r"(?:^|\s)(?:the\s+)?[A-Z][a-z]+", obj_text):
            return "place"
        return None

    def _capture_person(self, h: _Hit) -> None:
        if h.frame != T.CAPTURE or not re.match(r"captur", h.text, re.I):
            return
        roles = self.roles(h)
        agent_inters = {p.inter for p in roles.agents}
        if agent_inters & NON_STATE_ARMED and not agent_inters & {1}:
            self.add(T.ABDUCT, h, 0.6, roles, "people captured by a non-state group (§2.3)")
        else:
            self.add(T.ARRESTS, h, 0.55, roles, "people captured by state forces (§2.6)")
        self.consume([h])

    def civilian_specific(self) -> None:
        sexual = self.of(T.SEXUAL)
        if sexual:
            h = self.best(sexual)
            self.add_cue(T.SEXUAL, h, "sexual violence (§2.3)", civilian=True)
            self.consume(sexual + self.of(T.KILL, T.INJURE, T.ATTACK, T.ABDUCT, T.ARREST))
        agreements = self.of(T.AGREEMENT)
        abduct = [h for h in self.of(T.ABDUCT)
                  if not any(_overlap(h.start, h.end, a.start, a.end) for a in agreements)]
        arrests_by_armed = []
        for h in self.of(T.ARREST):
            roles = self.roles(h)
            ai = {p.inter for p in roles.agents}
            if ai & NON_STATE_ARMED and not ai & {1}:
                arrests_by_armed.append(h)
        if abduct or arrests_by_armed:
            h = self.best(abduct or arrests_by_armed)
            roles = self.roles(h)
            killed = [k for k in self.of(T.KILL) if k.cue.weight >= 0.5]
            if killed:
                k = self.best(killed)
                self.add(T.ATTACK_T, k, 0.75, self.roles(k) if self.roles(k).known else roles,
                         "abducted and killed: an attack (§2.3)", civilian=True)
            else:
                conf = h.cue.weight if abduct else 0.7
                self.add(T.ABDUCT, h, conf, roles, "people taken by an armed group (§2.3)",
                         civilian=True)
            self.consume(abduct + arrests_by_armed + killed + self.of(T.INJURE, T.ATTACK, T.SHOOT))

    def coup(self) -> None:
        graves = [h for h in self.of(T.OTHER) if h.cue.name == "mass_grave"]
        if graves:
            h = self.best(graves)
            self.add_cue(T.OTHER, h, "a mass grave or bodies found (§2.6 Other)")
            self.consume(graves + [k for k in self.of(T.KILL) if k.cue.name == "death_toll"])
        coups = [h for h in self.of(T.OTHER) if h.cue.name == "coup"]
        if coups:
            h = self.best(coups)
            self.add_cue(T.OTHER, h, "a coup or mutiny (§2.6 Other)")
            self.consume(coups + self.of(T.ARREST, T.CAPTURE))

    def arrests(self) -> None:
        arrests = self.of(T.ARREST)
        if not arrests:
            return
        h = self.best(arrests)
        self.add_cue(T.ARRESTS, h, "an arrest by the state (§2.6)")
        # "arrested for killing ...": the crime is the reason for the arrest, not a new event
        self.consume([k for k in self.of(T.KILL, T.ATTACK, T.INJURE, T.SHOOT, T.SEXUAL, T.ABDUCT,
                                         T.LOOT, T.DESTROY, *_ERV_ORDER, T.EXPLOSION)
                      if k.start > h.start and _CRIME_RX.search(
                          self.view.text[max(0, k.start - 50):k.start])])
        # "arrested three suspects in raids": the raid is how the arrest was made
        self.consume(arrests + [a for a in self.of(T.ATTACK) if a.text.lower().startswith("raid")])

    def fighting(self) -> None:
        if any(h.cue.name == "displaced" for h in self.of(T.OTHER)):
            # "displaced by the fighting": the fighting is the cause of the news, not the news
            self.consume([h for h in self.of(T.CLASH, T.KILL, T.ATTACK) if _CAUSE_RX.search(
                self.view.text[max(0, h.start - 40):h.start])])
        for h in self.of(T.CLASH):
            inters = self.inters
            if h.cue.name in ("encounter", "offensive") and not (
                    (inters & {1, 8} and inters & NON_STATE_ARMED) or self.of(T.KILL, all_=True)):
                continue
            if not (inters & ARMED) and self.lex.crowd.search(self.view.text):
                self.add(T.MOB_T, h, 0.6, self.roles(h), "a clash between unarmed groups (§2.5)")
            else:
                conf = h.cue.weight * (1.0 if inters & ARMED else 0.85)
                self.add(T.CLASH_T, h, conf, self.roles(h), "two armed sides fought (§2.1)",
                         civilian=False)
                # "killed dozens of fighters and destroyed 12 combat vehicles": destruction in
                # a fight is the fight's (§2.6 property destruction has "no fight involved")
                self.consume(self.of(T.DESTROY))
            # "fighters killed three miners near X, while one soldier died in a separate
            # gunfight in Y": violence told apart from the fight is not the fight's
            text = self.view.text
            self.consume([h] + [k for k in self.of(T.KILL, T.SHOOT, T.INJURE, T.ATTACK)
                                if not _SEPARATE.search(text[min(k.end, h.end):max(k.start, h.start)])])
        for h in self.of(T.AMBUSH):
            roles = self.roles(h)
            if _civilian_target(self.view, self.lex, h, roles) and not _armed_target(
                    self.view, self.lex, h, roles):
                self.add(T.ATTACK_T, h, 0.75, roles, "an ambush on civilians (§2.3)", civilian=True)
            else:
                self.add(T.CLASH_T, h, 0.8, roles, "an ambush on an armed side (§2.1)",
                         civilian=False)
            self.consume([h] + self.of(T.KILL, T.SHOOT, T.INJURE, T.ATTACK))

    def _operation_sides(self) -> _Roles | None:
        """"killed during a police operation against the Red Command": the force and its target.

        The dead of a force's operation against an armed group died in a fight between the two,
        whoever they were (ONTOLOGY §2.1; §6.7: civilians killed in a battle are its toll).
        """
        m = _OPERATION_AGAINST.search(self.view.text)
        if m is None:
            return None
        force = [p for p in self.parties if p.inter in ARMED and m.start() <= p.start < m.start("op")]
        target = [p for p in self.parties if p.inter in ARMED and 0 <= p.start - m.end() <= 5]
        if not force or not target or force[0].actor_index == target[0].actor_index:
            return None
        return _Roles([force[0]], [target[0]], True)

    def attacks(self) -> None:
        hits = self.of(T.KILL, T.SHOOT, T.ATTACK, T.INJURE)
        if not hits:
            return
        operation = self._operation_sides()
        custody = _CUSTODY_RX.search(self.view.text)
        scored = []
        for h in hits:
            roles = self.roles(h)
            if custody and h.frame in (T.KILL, T.INJURE, T.ATTACK):
                # "one of the eight died in a cell at the police station": a detainee harmed while
                # defenceless is a civilian attacked by the force holding him (§2.3, §3.1: 7)
                scored.append((0.6, T.ATTACK_T, h, _Roles(roles.agents, [], roles.known), IN_CUSTODY))
                continue
            if operation is not None and h.frame in (T.KILL, T.SHOOT, T.INJURE) and not roles.agents:
                scored.append(({T.KILL: 0.7, T.SHOOT: 0.65, T.INJURE: 0.5}[h.frame], T.CLASH_T, h,
                               operation, "the dead of an operation against an armed group (§2.1)"))
                continue
            agent_inters = {p.inter for p in roles.agents}
            armed_t = _armed_target(self.view, self.lex, h, roles)
            civ_t = _civilian_target(self.view, self.lex, h, roles)
            base = {T.KILL: 0.7, T.SHOOT: 0.65, T.ATTACK: 0.6, T.INJURE: 0.5}[h.frame]
            if h.cue.name == "death_toll":
                base = 0.45
            if agent_inters & {5} or (agent_inters & {7} and not agent_inters & ARMED
                                      and h.frame in (T.KILL, T.INJURE, T.ATTACK)
                                      and self.lex.crowd.search(self.view.text)):
                scored.append((base * 0.85, T.MOB_T, h, roles, "a crowd attacked (§2.5)"))
            elif armed_t and not (civ_t and not any(p.inter in ARMED for p in roles.targets)):
                scored.append((base, T.CLASH_T, h, roles,
                               "violence against an armed side (§2.1)"))
            elif civ_t:
                scored.append((base, T.ATTACK_T, h, roles, "violence against civilians (§2.3)"))
            elif agent_inters & ARMED:
                scored.append((base * 0.8, T.ATTACK_T, h, roles,
                               "an armed group's violence, target unclear (§2.3)"))
            elif self.inters & ARMED and not self.inters & {7}:
                scored.append((base * 0.75, T.CLASH_T, h, roles,
                               "violence among armed actors (§2.1)"))
            else:
                scored.append((base * 0.7, T.ATTACK_T, h, roles,
                               "violence, actors unclear (§2.3)"))
        conf, sub, h, roles, why = max(scored, key=lambda s: (s[0] * s[2].salience, -s[2].start))
        self.add(sub, h, conf, roles, why, civilian=sub == T.ATTACK_T or None)
        self.consume(hits)
        if sub == T.CLASH_T:
            # "killed dozens of fighters and destroyed 12 combat vehicles": the fight's (§2.6)
            self.consume(self.of(T.DESTROY))

    def strategic(self) -> None:
        agreements = self.of(T.AGREEMENT)
        if agreements:
            strong = [h for h in agreements if h.cue.weight >= 0.7]
            conflictual = bool(self.inters & ARMED) or bool(re.search(
                r"\b(?:rebels?|militants?|fighters|warring|armed|government|forces|militias?|"
                r"factions?|sides|parties|communities|clans|tribes|insurgents|hostages)\b",
                self.view.text, re.I))
            if strong or conflictual:
                h = self.best(strong or agreements)
                conf = h.cue.weight if strong else 0.5
                self.add(T.AGREEMENT, h, conf, self.roles(h), "an agreement, release or surrender (§2.6)")
        change = self.of(T.CHANGE)
        if change:
            h = self.best(change)
            self.add_cue(T.CHANGE, h, "a change in an armed group or posture (§2.6)")
        hq = self.of(T.HQ)
        if hq:
            h = self.best(hq)
            self.add_cue(T.HQ, h, "a base or headquarters set up (§2.6)")
        for h in self.of(T.DESTROY, T.LOOT):
            roles = self.roles(h)
            ai = {p.inter for p in roles.agents}
            if ai & {5} or (ai & {7} and not ai & ARMED and re.search(
                    r"\b(?:accused|suspected|witch\w*|thie(?:f|ves)|blasphem\w*|revenge)\b",
                    self.view.text, re.I)):
                self.add(T.MOB_T, h, 0.6, roles, "a crowd destroyed or looted property (§2.5)")
                self.consume(self.of(T.DESTROY, T.LOOT))
                break
        loot = self.of(T.LOOT, T.SEIZE_PROPERTY) + [
            h for h in self.of(T.CROWD_VIOLENCE) if re.search(r"vandal|smash|arson|tore|overturn", h.text, re.I)]
        destroy = [h for h in self.of(T.DESTROY)
                   if self.lex.property.search(self.view.text[max(0, h.start - 40):h.end + 60])]
        if loot or destroy:
            h = self.best(loot or destroy)
            conf = h.cue.weight if loot else 0.6
            self.add(T.LOOTING, h, conf, self.roles(h), "looting or destruction of property (§2.6)")
        other = self.of(T.OTHER)
        if other:
            h = self.best(other)
            violent = any(d.event_type != "Strategic developments" and d.confidence >= 0.55
                          for d in self.out.values())
            conf = h.cue.weight * (0.6 if violent and h.cue.name == "displaced" else 1.0)
            self.add(T.OTHER, h, conf, self.roles(h), "another major development (§2.6)")
