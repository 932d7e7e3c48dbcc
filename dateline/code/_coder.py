"""The rule coder: from analysed sentences to event mentions with actors, place, date and toll.

For every sentence with an event cue: find the actors in it, let the classifier decide the
sub-event type(s) and the roles, judge modality (certainty, attribution, new vs background),
link the event's place from the trigger, date it from the nearest time expression, and take the
death toll closest to the trigger. A decision that cannot be placed or dated is not an event
(ONTOLOGY §4, §5): it is kept in ``doc.extras["code.dropped"]`` with the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..analyse import find_fatality_mentions
from ..distance import place_km
from ..ontology import event_type_of
from ..records import ActorRef, Document, Fatalities, Mention, PlaceMention, Sentence, Span
from ._classify import classify_sentence
from ._discourse import (GENERIC_FRAMES, HABITUAL, NEW_INCIDENT, SAME_PLACE_KM, STANDALONE_TYPES,
                         TERRITORY_TYPES,
                         claimed_actor, fold_into, is_elaboration, is_heading, is_named,
                         is_unidentified_armed, km_between, non_event_genre, own_place)
from ._event_dates import (event_date, event_times, other_days, pair_place_day,
                           split_multiday_tolls, trigger_clause, trigger_scope, usable_times)
from ._modality import assess_modality
from ._sides import assign_sides, other_side_from_context
from ._triggers import TOLL_UPDATE

#: News reports recent events; an incident dated further back than this before publication is
#: background or history (fixtures convention "earlier incidents with or without a date" are not
#: coded). Two months leave room for monthly situation reports issued in the following month.
HISTORY_DAYS = 62
#: State forces, rebels, militias and external forces (ONTOLOGY §3.1): the conflict parties.
ORGANISED_INTER = frozenset({1, 2, 3, 4, 8})
#: Within one report, incidents more than a week older than its newest day are recaps.
RECAP_DAYS = 7



class RuleCoder:
    name = "code"
    requires = ("sentences",)
    produces = ("mentions",)

    def __init__(self, settings, actors, gazetteer=None):
        self.settings = settings
        self.actors = actors
        self.gazetteer = gazetteer
        self.learned = None

    def __call__(self, doc: Document) -> Document:
        from ..resolve import event_location

        self._event_location = event_location
        country = document_country(doc)
        parsed = doc.extras.get("analyse.parsed", {})
        doc.mentions, doc.extras["code.dropped"] = [], []
        genre = non_event_genre(doc.clean_text or doc.text, raw=doc.text)
        if genre is not None:
            # a match preview, a parliamentary row or a court report: its event words are
            # metaphors, history or private crime (_discourse.GENRE_CUES)
            doc.extras["code.dropped"].append(
                {"sentence": "", "sub_event_type": "", "reason": f"article genre: {genre}"})
            return doc
        for sentence in doc.sentences:
            if sentence.index not in parsed:
                # no event word, so no parse; it may still name the doer of the last event
                # ("The Islamic State claimed the killings") or give its toll
                self._link(doc, sentence, [], self.actors.find(
                    sentence.span.text, country=country, date=doc.published))
                carry_fatalities(doc, sentence)
                continue
            if is_heading(doc, sentence):
                continue  # a headline or section title summarises; it reports nothing itself
            sdoc = parsed[sentence.index]
            actors = self.actors.find(sentence.span.text, country=country, date=doc.published)
            actors, affiliates = self._crowd_reading(sdoc, actors, sentence.span.text)
            decisions = entry_is_not_transfer(
                self._second_opinion(classify_sentence(sdoc, actors), sentence.span.text))
            made = []
            for decision in decisions:
                if decision.confidence < self.settings.code.min_confidence:
                    self._drop(doc, sentence, decision, "below min_confidence")
                    continue
                mention = self._mention(doc, sentence, sdoc, decision, actors, country)
                if mention is not None and affiliates:
                    _affiliate_crowds(mention, affiliates)
                if mention is not None:
                    made.append((mention, decision))
            self._link(doc, sentence, made, actors)
            doc.mentions.extend(m for m, _ in made)
            for mention, _ in made:
                doc.mentions.extend(other_days(doc, sentence, mention))
            if not decisions:
                carry_fatalities(doc, sentence)
        split_multiday_tolls(doc)
        drop_recaps(doc)
        drop_retreats(doc)
        drop_lead_totals(doc, event_places(doc))
        return doc

    def _crowd_reading(self, sdoc, actors: list[ActorRef], text: str):
        """``(actors, affiliates)``: party supporters fighting are crowds, not the party's militia.

        "A clash between supporters of the BNP and the Awami League" is a riot of two crowds
        with the parties as associated actors (ONTOLOGY §2.5: an unorganised or crudely armed
        crowd). The sentence is read without the parties when that makes it a riot or protest;
        otherwise (police or an armed group also fought) the parties stay sides.
        """
        affiliates = crowd_affiliates(text, actors)
        if not affiliates:
            return actors, []
        rest = [a for a in actors if not any(a is f for f in affiliates)]
        if any(d.event_type in ("Riots", "Protests") for d in classify_sentence(sdoc, rest)):
            return rest, affiliates
        return actors, []

    def _second_opinion(self, decisions: list, text: str) -> list:
        """A confident learned label relabels a sentence's single rule decision.

        The rules find the event and its parts; when the learned classifier is sure the
        sentence reports another sub-type of the same event type, its label wins
        (``code.learned_override``; 0 switches this off).
        """
        threshold = self.settings.code.learned_override
        if threshold <= 0 or len(decisions) != 1:
            return decisions
        if self.learned is None:
            from ._learned import LearnedClassifier

            self.learned = LearnedClassifier.from_settings(self.settings)
        label, prob = self.learned.predict(text)
        decision = decisions[0]
        if label in ("NONE", decision.sub_event_type) or prob < threshold:
            return decisions
        if event_type_of(label) != decision.event_type:
            return decisions
        return [replace(decision, sub_event_type=label, rule=f"{decision.rule}+learned")]

    def _link(self, doc: Document, sentence: Sentence, made: list, actors: list[ActorRef]) -> None:
        """Join this sentence's mentions to each other and to the event they continue.

        1. One sentence usually reports one event per actor pair: a lower-ranked decision with no
           actor and no place of its own ("seized weapons" in a battle report, "shelling" in a
           firefight) joins the sentence's top decision, so the merge labels the pair's event
           once by the precedence ladder (ONTOLOGY §1). Violence against civilians next to a
           battle stays apart (another pair: "a firefight with police and a separate kidnapping").
        2. A claim or blame ("ISKP claimed the attack", "blaming the OLA") names the doer of
           the event an unidentified group stood in for.
        3. A follow-up that adds a toll, a detail or a claim (:func:`is_elaboration`) is folded
           into the event before it; a denial never makes an event of its own.
        4. A later word on the event before it sets its certainty: its doer's denial ("An OLA
           spokesman denied any involvement"), an authority's confirmation ("the Security Media
           Cell confirmed the attack"; docs/fixtures.md, certainty).
        """
        if doc.mentions and not any(m.certainty == "denied" for m, _ in made):
            settle_certainty(doc, doc.mentions[-1], sentence.span.text, actors)
            if not made and _UNCHECKED_CLAIM.search(sentence.span.text):
                claims_unchecked(doc)
        launcher = launched_from_held_area(sentence.span.text, lambda name: self.actors.find(
            name, country=document_country(doc), date=doc.published))
        if launcher is not None and doc.mentions:
            _name_the_launcher(doc, doc.mentions[-1], launcher, [m for m, _ in made])
        if not made:
            claimant = claimed_actor(sentence.span.text, actors)
            if claimant is not None and doc.mentions:
                _attribute(doc, doc.mentions[-1], claimant)
                _claim_every_attack(doc, sentence.span.text, claimant)
            return
        top, top_decision = made[0]
        joined = []
        for mention, decision in made[1:]:
            if mention.sub_event_type in STANDALONE_TYPES or (
                    top.event_type == "Battles" and mention.event_type == "Violence against civilians"):
                continue
            if own_place(mention) and own_place(top) and km_between(mention, top) > SAME_PLACE_KM:
                continue
            names = {a.name for a in (top.actor1, top.actor2) if a is not None}
            if any(is_named(a) and a.name not in names for a in (mention.actor1, mention.actor2)):
                continue
            fold_into(mention, top, adopt_type=False)
            joined.append(mention)
        claimant = claimed_actor(sentence.span.text, actors)
        antecedent = doc.mentions[-1] if doc.mentions else None
        has_own_date = bool(event_times(doc, sentence))
        if claimant is not None:
            continues = antecedent is not None and (
                is_unidentified_armed(antecedent.actor1) or is_unidentified_armed(antecedent.actor2)) and (
                not has_own_date or top.date == antecedent.date) and not NEW_INCIDENT.search(
                sentence.span.text)
            if continues:
                _attribute(doc, antecedent, claimant)
            else:
                # the sentence reports a new event and names its doer ("Gunmen killed 21
                # worshippers ..., the government said, blaming the Islamic State group"): a
                # specific tactic first, else the generic one ("killed", "attacked")
                unnamed = [(m, d) for m, d in made
                           if is_unidentified_armed(m.actor1) or is_unidentified_armed(m.actor2)]
                lead = [m for m, d in unnamed if d.frame not in GENERIC_FRAMES] or [
                    m for m, d in unnamed]
                if lead:
                    for mention in [lead[0]] + (joined if lead[0] is top else []):
                        _replace_unidentified(mention, claimant)
            _claim_every_attack(doc, sentence.span.text, claimant)
        if antecedent is None:
            return
        for mention, _ in made:
            if mention.sub_event_type == "Agreement" and _THE_TWO_SIDES.search(sentence.span.text):
                _take_the_pair(mention, antecedent)
        sentence_dated = has_own_date
        for mention, decision in made:
            if mention in joined:
                continue
            generic = decision.frame in GENERIC_FRAMES
            # "The farmers killed in the attack were buried on Wednesday": the day is the burial's
            has_own_date = doc.extras.get("code.own_date", {}).get(mention.trigger.start, sentence_dated)
            if generic and _TOLL_TOLD_AGAIN.search(sentence.span.text):
                # "a higher toll of 27, saying more bodies were recovered on Tuesday": the day
                # the bodies were found, not a new event's (§6: the toll of the event told)
                has_own_date = False
            if mention.certainty == "denied" and not NEW_INCIDENT.search(sentence.span.text) and (
                    denied := _denied_event(doc, mention, antecedent, has_own_date)) is not None:
                fold_into(mention, denied, adopt_type=True)
            elif (retold := retold_change_of_control(doc, mention, sentence.span.text, has_own_date)):
                # "The rebel spokesman said the group had taken control of the city" after the
                # entry into it was told, a withdrawal in between: one change of control (§2.1)
                fold_into(mention, retold, adopt_type=True)
            elif victims_fought_back(mention, antecedent, sentence.span.text, has_own_date):
                # ONTOLOGY §2.3 is harm to people "who cannot defend themselves": armed keepers
                # who fought back make the raid a clash between two armed sides (§2.1)
                self._make_clash(doc, antecedent, actors)
                fold_into(mention, antecedent, adopt_type=True)
            elif generic and mention.trigger.start in doc.extras.get("code.victims_told", ()) and (
                    not NEW_INCIDENT.search(sentence.span.text)):
                # "The soldiers killed were buried in Maiduguri on Wednesday": the dead of the
                # event told, named again for what happened to them after
                fold_into(mention, antecedent, adopt_type=True)
            elif generic and not has_own_date and (
                    attribution_only(sentence.span.text, decision.trigger.start)
                    or _AFTER_THE.search(sentence.span.text[:decision.trigger.start])):
                # "The attack was blamed on the Jaime Martinez front": who did the event told
                fold_into(mention, antecedent, adopt_type=True)
            elif (mention.sub_event_type == "Arrests" and antecedent.event_type in ("Protests", "Riots")
                  and not has_own_date and _CROWD_ARRESTED.search(sentence.span.text)):
                # ONTOLOGY §2.4: protesters arrested are the intervention, not a second event
                fold_into(mention, antecedent, adopt_type=True)
            elif (mention.event_type == "Protests" and antecedent.event_type in ("Protests", "Riots")
                  and not has_own_date and crowd_speaks(sentence.span.text, decision.trigger.end)):
                # "The demonstrators accused Rwanda of ...": what the crowd said, not a new crowd
                fold_into(mention, antecedent, adopt_type=True)
            elif continues_event(mention, antecedent, sentence.span.text, has_own_date, generic) and (
                    mention.certainty == "claimed"
                    and party_speaks(mention.attribution, actors, antecedent)):
                # "JNIM said it had killed 100 soldiers": a party's own account of the event
                # already coded, which keeps the label the report gave it
                fold_into(mention, antecedent, adopt_type=True)
            elif continues_event(mention, antecedent, sentence.span.text, has_own_date, generic) and (
                    refers_back(sentence.span.text, decision.trigger.start)
                    or hands_over_same_place(mention, antecedent)):
                # "Three soldiers were wounded in the attack", "The attackers surrounded the
                # mosque": the event already coded
                fold_into(mention, antecedent, adopt_type=generic)
            elif is_elaboration(mention, antecedent, sentence.span.text,
                                has_own_date=has_own_date, generic=generic,
                                toll_only=decision.rule.endswith(".death_toll")):
                fold_into(mention, antecedent, adopt_type=generic)
            else:
                continue
            if mention is top:
                for other in joined:
                    fold_into(other, antecedent, adopt_type=False)

    def _make_clash(self, doc: Document, attack: Mention, actors: list[ActorRef]) -> None:
        """Turn an attack on civilians, and every mention folded into it, into an armed clash.

        The victims' side becomes the defenders: an organised actor the sentence names, else an
        unnamed communal militia (armed villagers or keepers defend their own community, §3.1: 4).
        """
        victims = attack.actor2
        defenders = next((a for a in actors if a.inter in ORGANISED_INTER
                          and a.name not in _names(attack)), None)
        if defenders is None:
            defenders = self.actors.generic("communal_militia", document_country(doc))
        for mention in doc.mentions:
            if mention is attack or (mention.actor2 is victims and mention.actor1 is attack.actor1
                                     and mention.date == attack.date):
                mention.actor2 = defenders
                mention.event_type, mention.sub_event_type = "Battles", "Armed clash"
                mention.civilian_target = False

    def _drop(self, doc: Document, sentence: Sentence, decision, reason: str) -> None:
        doc.extras["code.dropped"].append(
            {"sentence": sentence.span.text, "sub_event_type": decision.sub_event_type,
             "reason": reason})

    def _mention(self, doc, sentence, sdoc, decision, actors, country) -> Mention | None:
        offset = sentence.span.start
        trigger = Span(offset + decision.trigger.start, offset + decision.trigger.end,
                       decision.trigger.text)
        modality = assess_modality(sdoc, decision.trigger, pub_date=doc.published)
        if not modality.is_new and not self.settings.code.keep_background:
            self._drop(doc, sentence, decision, f"background: {modality.reason}")
            return None
        if decision.sub_event_type in TERRITORY_TYPES and (
                disputed := _CONTROL_DISPUTED.search(sentence.span.text)):
            # "his fighters had 'liberated' several villages, but residents said M23 fighters
            # were still patrolling the area": a claimed change the report contradicts (§2.1)
            self._drop(doc, sentence, decision, f"change of control disputed ({disputed.group(0)!r})")
            return None
        if decision.sub_event_type == "Arrests" and not significant_arrest(sentence.span.text):
            self._drop(doc, sentence, decision, "arrests: neither a public figure nor many people")
            return None
        if decision.rule.endswith(".displaced") and not _MASS_DISPLACEMENT.search(sentence.span.text):
            self._drop(doc, sentence, decision, "displacement: not a mass displacement (§2.6 Other)")
            return None
        habit = None if usable_times(sentence.times) else HABITUAL.search(sentence.span.text)
        if habit and not self.settings.code.keep_background:
            self._drop(doc, sentence, decision, f"background: a habit or a trend ({habit.group(0)!r})")
            return None
        previous = previous_mention(doc, sentence)
        location = self._event_location(doc, sentence.index, trigger, event_places(doc))
        unplaced = location is None or location.place is None or (
            "dateline_fallback" in location.method)
        if unplaced and previous is not None and previous.location.place is not None:
            # "The fighting killed three", "jets bombed rebel positions during the fighting on
            # Saturday": the place of the story told just before, not where it was filed
            location = replace(previous.location, method=previous.location.method + "+inherited")
        if location is None or location.place is None:
            location = headline_place(doc)
        nationwide = _NATIONWIDE.search(sentence.span.text)
        if nationwide and (location is None or location.place is None or any(
                m in location.method for m in _BORROWED_PLACE)):
            # ONTOLOGY §4: a country-wide total has no place; the dateline's is not its own
            self._drop(doc, sentence, decision, f"a nationwide total ({nationwide.group(0)!r})")
            return None
        if location is None or location.place is None:
            self._drop(doc, sentence, decision, "no locatable place")
            return None
        event_country = location.place.iso2 or country
        scope = trigger_scope(sdoc, decision.trigger.start, offset)
        scoped = [t for t in event_times(doc, sentence) if scope is None or scope(t.span.start)]
        doc.extras.setdefault("code.own_date", {})[trigger.start] = bool(scoped)
        if names_told_victims(sdoc, decision.trigger.start):
            doc.extras.setdefault("code.victims_told", set()).add(trigger.start)
        recent = previous is not None and all(
            t.date is not None and (previous.date - t.date).days <= RECAP_DAYS
            for t in event_times(doc, sentence))
        if previous is not None and not scoped and recent:
            # no day of its own, and none in the sentence that points to the past
            date, precision, raw_time = previous.date, previous.time_precision, previous.raw_time_expr
        else:
            date, precision, raw_time = event_date(doc, sentence, trigger.start,
                                                   clause=trigger_clause(sdoc, decision.trigger.start, offset))
        if date is None:
            self._drop(doc, sentence, decision, "no date (no time expression, no publication date)")
            _warn_once(doc, NO_DATE_WARNING)
            return None
        if precision is None:
            self._drop(doc, sentence, decision, f"date coarser than a month: {raw_time!r}")
            return None
        if doc.published is not None and (doc.published - date).days > HISTORY_DAYS:
            self._drop(doc, sentence, decision, f"history: {date} is long before {doc.published}")
            return None
        placed = self.actors.find(sentence.span.text, country=event_country, date=date)
        by_start = {a.span.start: a for a in placed if a.span is not None}
        actors = [by_start.get(a.span.start, a) if a.span else a for a in actors]
        actor1, actor2, assoc1, assoc2 = self._roles(doc, decision, actors, event_country, date,
                                                     sentence.span)
        actor1 = same_unidentified(doc, actor1, event_country)
        actor2 = same_unidentified(doc, actor2, event_country)
        if decision.event_type == "Strategic developments" and not any(
                a is not None and a.inter in ORGANISED_INTER for a in (actor1, actor2)):
            # ONTOLOGY §2.6: a development is something a conflict party does or suffers
            self._drop(doc, sentence, decision, "strategic development without an organised actor")
            return None
        mention = Mention(
            document_id=doc.id,
            sentence=sentence.span,
            trigger=trigger,
            event_type=decision.event_type,
            sub_event_type=decision.sub_event_type,
            actor1=actor1,
            actor2=actor2,
            assoc_actor_1=assoc1,
            assoc_actor_2=assoc2,
            location=location,
            date=date,
            time_precision=precision,
            raw_time_expr=raw_time,
            fatalities=mention_fatalities(decision, sentence.span.text),
            certainty=modality.certainty,
            attribution=modality.attribution,
            is_new=modality.is_new,
            civilian_target=decision.target_is_civilian,
            rule=decision.rule,
            confidence=decision.confidence,
        )
        index = {s.span.start: s.index for s in doc.sentences}
        other_side_from_context(
            mention, doc.mentions,
            sentence_gap=lambda m: sentence.index - index.get(m.sentence.start, -99),
            new_incident=bool(NEW_INCIDENT.search(sentence.span.text)))
        if mention.attribution:
            doc.extras.setdefault(SPEAKER_SIDES, {})[trigger.start] = speaker_sides(
                mention, actors)
        if mention.certainty == "reported" and doer_speaks(mention, decision, actors,
                                                           sentence.span.text):
            # "Soldiers raided a separatist camp ..., the army said": the doer's own account is
            # a claim (docs/fixtures.md, certainty), whatever verb it used. The merge reads it
            # for the event's certainty only: its toll still counts beside the other side's.
            doc.extras.setdefault("code.doer_speaks", set()).add(trigger.start)
        return mention

    def _roles(self, doc: Document, decision, actors: list[ActorRef], country: str, date,
               sentence: Span):
        """The mention's sides under the ontology's constraints (:func:`_sides.assign_sides`)."""
        text = sentence.text
        striker = striking_state(doc, sentence)
        def generic(kind: str) -> ActorRef:
            return self.actors.generic(kind, country, date) if kind in ("military", "police") else (
                self.actors.generic(kind, country))

        return assign_sides(decision, actors, country, generic, text,
                            air_striker=last_air_striker(doc, country),
                            named_state=self._state_military(striker, country, date) if striker else None)

    def _state_military(self, state: str, country: str, date) -> ActorRef:
        """A state's military; acting outside its own country it is an external force (§3.1: 8)."""
        military = self.actors.generic("military", state, date)
        return military if state == country else replace(military, inter=8)


_TOLL_TOLD_AGAIN = re.compile(TOLL_UPDATE, re.IGNORECASE)
#: "..., but residents said the rebels were still patrolling the area": control did not change.
_CONTROL_DISPUTED = re.compile(
    r"\bbut\b[^.;]{0,90}\b(?:were|was|are|is|remained|remain)\s+still\s+(?:[\w'-]+\s+){0,1}"
    r"(?:patrolling|holding|controlling|in control|present|occupying|deployed)\b|"
    r"\bbut\b[^.;]{0,90}\bstill\s+(?:held|controlled|holds|controls|occupied|occupies)\b",
    re.IGNORECASE)
#: "The attack was blamed on ...", "the bomb was aimed at ...": a definite event noun whose
#: sentence says who did it or what it was for, not that it happened again.
_POINTS_BACK = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"\b(?:blamed|blaming|attributed|claimed|claiming|responsib\w+|accused|aimed at|targeted at|"
    r"intended for|meant for|carried out by|behind (?:it|the))\b", re.IGNORECASE)


#: "reinforcements were sent after the fighting": a time adjunct pointing back at the event.
_AFTER_THE = re.compile(r"\b(?:after|following|during|amid|since) (?:the|this|that|these|those) "
                        r"(?:[\w-]+ )?$", re.IGNORECASE)


#: "the attack", "this assault", "the exchange of fire": a definite event noun pointing back,
#: unless an ordinal or "latest"/"new" makes it another incident.
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|these|those)\s+(?!(?:first|second|third|fourth|latest|last|new|fresh|"
    r"previous|earlier|next|other|same|deadliest|worst|biggest|largest)\b)(?:[\w-]+\s+)?$|"
    # "Tuesday's attack", "last night's raid": the day names the event told
    r"\b(?:(?-i:[A-Z])\w+day|yesterday|last night|overnight|this morning)['’]s\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE)
NO_DATE_WARNING = ("no publication date found, so an event without a full date of its own "
                   "('on Monday', 'yesterday' or no date) was dropped; give the date with "
                   "--date YYYY-MM-DD or a 'published' field")


def _warn_once(doc: Document, warning: str) -> None:
    if warning not in doc.warnings:
        doc.warnings.append(warning)


#: "The attackers surrounded the mosque", "The drones dropped ...": the participants already named.
_DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attackers|gunmen|assailants|militants|fighters|"
    r"raiders|perpetrators|insurgents|rebels|jihadists|bandits|kidnappers|abductors|drones?|jets|"
    r"aircraft|warplanes|helicopters|mob|crowd|rioters|protesters|demonstrators)\b", re.IGNORECASE)
#: A place this close after the trigger is the trigger's own ("the attack on Kfar Kila").
_PLACE_OF_TRIGGER_CHARS = 40


#: "the two groups agreed to a ceasefire": the parties of the fight just told.
_THE_TWO_SIDES = re.compile(r"\b(?:the|both) (?:two |rival |warring )*(?:groups|sides|parties|factions|"
                            r"militias|forces|armed groups|movements|clans|communities)\b", re.IGNORECASE)


def _denied_event(doc: Document, denial: Mention, antecedent: Mention,
                  has_own_date: bool) -> Mention | None:
    """The event a denial speaks of: the last one told, or with a day of its own ("on Sunday its
    spokesman had denied shelling civilian sites"), the last one told of that day."""
    if not has_own_date or denial.date == antecedent.date:
        return antecedent
    return next((m for m in reversed(doc.mentions) if m.date == denial.date
                 and m.event_type == denial.event_type), None)


def _take_the_pair(mention: Mention, antecedent: Mention) -> None:
    """An agreement between "the two sides" is between the antecedent's named pair (§2.6)."""
    if is_named(antecedent.actor1) and is_named(antecedent.actor2):
        mention.actor1, mention.actor2 = antecedent.actor1, antecedent.actor2
        mention.assoc_actor_1, mention.assoc_actor_2 = [], []


#: "supporters of the BNP", "Awami League activists": people of a party, not its armed wing.
_AFFILIATE_BEFORE = re.compile(r"\b(?:supporters|activists|followers|cadres|workers|members|youths|"
                               r"loyalists|sympathi[sz]ers|partisans) of (?:the )?$", re.IGNORECASE)
_AFFILIATE_AFTER = re.compile(r"^(?:'s)?\s*(?:supporters|activists|followers|cadres|workers|youths|"
                              r"loyalists|partisans)\b", re.IGNORECASE)
_AFFILIATE_WORDS = re.compile(r"\b(?:supporters|activists|cadres|workers|youths|loyalists)$",
                              re.IGNORECASE)
_AND_THE = re.compile(r"^\)?\s*(?:\([^()]{1,15}\))?\s*(?:,\s*)?(?:and|or) (?:the )?$", re.IGNORECASE)


def crowd_affiliates(text: str, actors: list[ActorRef]) -> list[ActorRef]:
    """The political militias (inter 3) the sentence names only as a crowd's party.

    "supporters of the BNP and the Awami League" gives both parties; "Awami League activists"
    gives the League.
    """
    found: list[ActorRef] = []
    spanned = sorted((a for a in actors if a.span is not None), key=lambda a: a.span.start)
    for i, actor in enumerate(spanned):
        if actor.inter != 3:
            continue
        start, end = actor.span.start, actor.span.end  # sentence offsets, as found
        before, after = text[max(0, start - 40):start], text[end:end + 20]
        coordinated = bool(found) and found[-1] is spanned[i - 1] and _AND_THE.match(
            text[spanned[i - 1].span.end:start])
        own_words = _AFFILIATE_WORDS.search(actor.raw)  # "Awami League activists"
        # "the Bangladesh Nationalist Party (BNP)": the same party named again
        acronym = bool(found) and found[-1].name == actor.name
        if (_AFFILIATE_BEFORE.search(before) or _AFFILIATE_AFTER.match(after) or coordinated
                or own_words or acronym):
            found.append(actor)
    return found


def _affiliate_crowds(mention: Mention, affiliates: list[ActorRef]) -> None:
    """A riot of party supporters: "Rioters (X)" on each side, the parties associated (§3)."""
    if mention.event_type not in ("Riots", "Protests") or mention.actor1 is None:
        return
    names = {a.name for a in mention.assoc_actor_1 + mention.assoc_actor_2}
    fresh = list({a.name: a for a in affiliates if a.name not in names}.values())
    if mention.sub_event_type == "Mob violence" and len(fresh) >= 2 and (
            mention.actor2 is None or mention.actor2.inter == 7):
        # two parties' crowds fought each other: the victims are among them, not bystanders
        mention.actor2 = mention.actor1
        mention.assoc_actor_1 = mention.assoc_actor_1 + fresh[:1]
        mention.assoc_actor_2 = mention.assoc_actor_2 + fresh[1:2]
    else:
        mention.assoc_actor_1 = mention.assoc_actor_1 + fresh


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


def _names(mention: Mention) -> set[str]:
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
    if any(is_named(a) and a.name not in _names(antecedent) for a in (mention.actor1, mention.actor2)):
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
_UNCHECKED_CLAIM = re.compile(
    r"\b(?:the|this|that|its|their|(?:the )?[\w-]+'s) (?:claims?|account|figures?) (?:could not|cannot|"
    r"can ?not|was not|were not|has not been|have not been) (?:be )?(?:independently )?(?:checked|"
    r"verified|confirmed)\b|\bcould not (?:independently )?(?:verify|confirm|check) (?:the|its|their) "
    r"(?:[\w-]+(?:'s|’s) )?(?:account|claims?|figures?)\b", re.IGNORECASE)


def claims_unchecked(doc: Document) -> None:
    """Make ``claimed`` every fight told so far with no source of its own or told by one of
    its sides (docs/fixtures.md, certainty: a party's account with nothing independent)."""
    speakers = doc.extras.get(SPEAKER_SIDES, {})
    for mention in doc.mentions:
        spoken_for = speakers.get(mention.trigger.start, frozenset())
        told_by_side = any(speaks_for(spoken_for, a) for a in (mention.actor1, mention.actor2)
                           if a is not None)
        if mention.certainty == "reported" and mention.event_type == "Battles" and (
                not mention.attribution or told_by_side):
            mention.certainty = "claimed"


def _event_pair(mention: Mention) -> tuple[str, str]:
    return tuple(a.name if a else "" for a in (mention.actor1, mention.actor2))


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
    if (mention.event_type in crowd) != (antecedent.event_type in crowd):
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


#: ONTOLOGY §2.6 Arrests "that matter politically": a public figure or an activist, or many people.
_PUBLIC_FIGURE = re.compile(
    r"\b(?:leaders?|politicians?|opposition|MPs?|lawmakers?|legislators?|ministers?|officials?|"
    r"journalists?|reporters?|activists?|dissidents?|commanders?|mayors?|governors?|senators?|"
    r"spokes(?:man|woman|person)|chiefs?|generals?|colonels?|officers?|candidates?|secretary|"
    r"president|organi[sz]ers?|clerics?|imams?|protesters|demonstrators|students|unionists?|"
    r"members? of (?:the )?(?:party|parliament|opposition)|former|senior|prominent|"
    r"high-?profile|(?-i:[A-Z][a-z]+ [A-Z][a-z]+))\b", re.IGNORECASE)
_MANY = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|mass|several hundred|more than (?:a )?(?:ten|dozen)|"
    r"\d{2,}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a hundred)\b", re.IGNORECASE)


def significant_arrest(text: str) -> bool:
    """Does the sentence arrest a public figure or many people (§2.6), not two suspects?"""
    return bool(_PUBLIC_FIGURE.search(text) or _MANY.search(text))


_CROWD_SPEAKS = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}(?:accused|said|say|demanded|demand|critici[sz]ed|condemned|denounced|"
    r"called (?:for|on)|chanted|shouted|urged|accuse|want|wanted|blamed|carried|waved|held up|"
    r"sang|were singing|had been singing|were chanting)\b", re.IGNORECASE)


_CROWD_ARRESTED = re.compile(r"\b(?:protesters|protestors|demonstrators|students|marchers|rioters|"
                             r"participants|youths|crowds?|supporters|activists|(?:party )?workers|"
                             r"members)\b", re.IGNORECASE)


#: ONTOLOGY §2.6 Other names "mass displacement": thousands, not a family or a street.
_MASS_DISPLACEMENT = re.compile(
    r"\b(?:thousands|tens of thousands|hundreds of thousands|millions?|hundreds|mass|"
    r"\d{1,3}(?:,\d{3})+|\d{4,}|entire (?:villages?|towns?|communities|population)|"
    r"whole (?:villages?|towns?|communities))\b", re.IGNORECASE)
#: A figure for the whole country ("41 drones were shot down across the country").
_NATIONWIDE = re.compile(r"\b(?:across|throughout|all over|around) the (?:country|nation)\b|"
                         r"\bnation-?wide\b|\bcountry-?wide\b", re.IGNORECASE)
#: Location methods that borrow a place from elsewhere than the sentence itself.
_BORROWED_PLACE = ("dateline_fallback", "headline_fallback", "+inherited")


def drop_retreats(doc: Document) -> None:
    """Drop a side's withdrawal told beside the fight or change of control it ended.

    "On Tuesday the garrison fell and surviving soldiers withdrew towards Malakal", "the RSF
    says its fighters have withdrawn to new positions" after the army retook the palace: the
    retreat is the outcome of that battle (ONTOLOGY §2.1, only the decisive clash counts), not a
    change of posture of its own (§2.6). A withdrawal with no fight within a day stays.
    """
    fights = [m.date for m in doc.mentions if m.date is not None and (
        m.event_type == "Battles" or m.sub_event_type in TERRITORY_TYPES)]
    kept = []
    for mention in doc.mentions:
        retreat = mention.sub_event_type == "Change to group/activity" and (
            mention.rule.endswith(".withdrew"))
        if retreat and mention.date is not None and any(abs((mention.date - d).days) <= 1 for d in fights):
            doc.extras["code.dropped"].append(
                {"sentence": mention.sentence.text, "sub_event_type": mention.sub_event_type,
                 "reason": "a retreat from the fight told beside it"})
        else:
            kept.append(mention)
    doc.mentions = kept


def entry_is_not_transfer(decisions: list) -> list:
    """"Settlers entered the village and set fire to five homes": the entry opens the act told.

    A bare "entered" is a transfer of territory (§2.6) only when nothing else happens in the
    sentence; beside another decision it is how that event began.
    """
    if len(decisions) < 2:
        return decisions
    return [d for d in decisions if not (d.sub_event_type == "Non-violent transfer of territory"
                                         and d.rule.endswith(".entered"))]


def crowd_speaks(text: str, trigger_end: int) -> bool:
    """"The demonstrators accused Rwanda ...": a crowd noun followed by what it said or did."""
    return bool(_CROWD_SPEAKS.match(text[trigger_end:]))


def drop_recaps(doc: Document) -> None:
    """Drop mentions dated well before the article's newest reported day: they recap the past.

    A report leads with its latest incidents and recalls earlier ones as context ("a security
    sweep last month killed three", "the attack on the base in January"); the fixtures code only
    the incidents the report is about, which lie within a week of each other (weekly
    round-ups included). The newest day-precise mention anchors the report.
    """
    days = [m.date for m in doc.mentions if m.time_precision == 1 and m.date is not None]
    if not days:
        return
    newest = max(days)
    kept = []
    for mention in doc.mentions:
        if mention.date is not None and (newest - mention.date).days > RECAP_DAYS:
            doc.extras["code.dropped"].append(
                {"sentence": mention.sentence.text, "sub_event_type": mention.sub_event_type,
                 "reason": f"recap: {mention.date} is more than {RECAP_DAYS} days before {newest}"})
        else:
            kept.append(mention)
    doc.mentions = kept


def drop_lead_totals(doc: Document, places: list[PlaceMention]) -> None:
    """Drop a lead that sums up incidents the report then tells place by place.

    "Police fired on protesters in Maputo and Nampula, killing four" is the total of the
    Maputo and Nampula events told below it, not a third event (fixtures: "the lead total is
    the sum, not an extra event"). A mention whose sentence names two or more places, each the
    place of a mention of another sentence on the same day and of the same kind, and each more
    than ``SAME_PLACE_KM`` from the others, is dropped.
    """
    def same_kind(a: Mention, b: Mention) -> bool:
        crowd = {"Protests", "Riots"}
        return a.event_type == b.event_type or {a.event_type, b.event_type} <= crowd

    drop = []
    for mention in doc.mentions:
        named = list({(p.place.latitude, p.place.longitude): p.place for p in places
                      if p.place is not None and p.place.feature not in ("country", "admin1")
                      and mention.sentence.start <= p.span.start < mention.sentence.end}.values())
        apart = len(named) >= 2 and all(place_km(a, b) > SAME_PLACE_KM for i, a in enumerate(named)
                                        for b in named[i + 1:])
        if not apart:
            continue
        others = [m for m in doc.mentions if m.sentence.start != mention.sentence.start
                  and m.date == mention.date and same_kind(m, mention) and m.location.place]
        if all(any(place_km(p, m.location.place) <= SAME_PLACE_KM for m in others) for p in named):
            drop.append(mention)
    for mention in drop:
        doc.extras["code.dropped"].append(
            {"sentence": mention.sentence.text, "sub_event_type": mention.sub_event_type,
             "reason": "lead total: its places are told one by one below"})
    doc.mentions = [m for m in doc.mentions if not any(m is d for d in drop)]


def _replace_unidentified(mention: Mention, claimant: ActorRef) -> bool:
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


def _claim_every_attack(doc: Document, text: str, claimant: ActorRef) -> None:
    """"The BLA claimed responsibility for both attacks": every unnamed doer of the day's
    incidents told so far is the claimant (the passengers shot and the soldiers ambushed)."""
    if not _EVERY_ATTACK.search(text) or not doc.mentions:
        return
    day = doc.mentions[-1].date
    for mention in list(doc.mentions):
        if mention.date == day and (is_unidentified_armed(mention.actor1)
                                    or is_unidentified_armed(mention.actor2)):
            _attribute(doc, mention, claimant)


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


def _name_the_launcher(doc: Document, antecedent: Mention, launcher: ActorRef,
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


def _attribute(doc: Document, antecedent: Mention, claimant: ActorRef) -> None:
    """Name the doer in ``antecedent``'s event: every mention with its actors, place and day."""
    key = pair_place_day(antecedent)
    for mention in doc.mentions:
        if pair_place_day(mention) == key:
            _replace_unidentified(mention, claimant)


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
        if mention.sentence.start != last.sentence.start or mention.rule.endswith(".mass_grave"):
            continue
        # another source's figure disagrees: the lowest stands (§6.3); a toll that "rose to"
        # revises it (§6.9)
        if (mention.fatalities.count == 0 or update) and fatalities.count > mention.fatalities.count:
            mention.fatalities = Fatalities(fatalities.count, fatalities.raw,
                                            f"{fatalities.rule}; from the next sentence".strip("; "))


#: "METULA, Israel (Meridian) — ", "RAIPUR, Feb 10 (INS) — ": the dateline before a wire lead.
_DATELINE_PREFIX = re.compile(r"^[^\n—–]{2,80}?\([^()\n]{2,40}\)\s*(?:[—–]|--?)\s")


def event_places(doc: Document) -> list[PlaceMention]:
    """The document's place mentions without the news agency in a wire dateline.

    "KABUL (Meridian) — ..." names where the report was filed and who filed it; the agency's
    name in brackets is never where the event happened, even when a gazetteer knows a town of
    that name (ONTOLOGY §4 locates the event, not the source).
    """
    cached = doc.extras.get("code.event_places")
    if cached is not None:
        return cached
    agency: list[tuple[int, int]] = []
    for sentence in doc.sentences[:6]:
        m = _DATELINE_PREFIX.match(sentence.span.text)
        if m:
            inner = m.group(0).rfind("(")
            agency.append((sentence.span.start + inner, sentence.span.start + m.end()))
    places = [p for p in doc.places
              if not any(a <= p.span.start < b for a, b in agency) or p.role == "dateline"]
    doc.extras["code.event_places"] = places
    return places


def headline_place(doc: Document) -> PlaceMention | None:
    """The first located place of the headline: the article's main place when a sentence has none.

    Like a dateline, a headline names where the story is ("Bamako: police tear-gas students");
    it is the fallback after the sentence, its paragraph, the previous mention and the dateline.
    """
    from ._discourse import is_heading

    for sentence in doc.sentences[:4]:
        if not is_heading(doc, sentence):
            continue
        for mention in doc.places:
            if (mention.place is not None and mention.place.feature not in ("country", "admin1")
                    and (mention.method.split("+")[0] == "spacy" or (
                        # "Bamako: police tear-gas students": the kicker names the place
                        mention.span.start == sentence.span.start
                        and doc.clean_text[mention.span.end:mention.span.end + 1] == ":"))
                    and sentence.span.start <= mention.span.start < sentence.span.end):
                return replace(mention, role="event", geo_precision=max(mention.geo_precision, 1),
                               method=mention.method + "+headline_fallback")
    return None


def document_country(doc: Document) -> str:
    """The ISO2 country the article is mostly about: dateline first, then the most named."""
    for mention in doc.places:
        if mention.role == "dateline" and mention.place is not None:
            return mention.place.iso2
    counts = Counter(m.place.iso2 for m in doc.places if m.place is not None and m.place.iso2)
    return counts.most_common(1)[0][0] if counts else ""


def mention_fatalities(decision, text: str) -> Fatalities:
    """The toll nearest the trigger; a mass grave's remains are deaths of an earlier time (§6)."""
    if decision.rule.endswith(".mass_grave"):
        return Fatalities(0, "", "mass grave: earlier deaths are not counted")
    return closest_fatalities(text, decision.trigger.start)


def closest_fatalities(text: str, trigger_start: int) -> Fatalities:
    found = find_fatality_mentions(text)
    if not found:
        return Fatalities()
    span, fatalities = min(found, key=lambda item: abs(item[0].start - trigger_start))
    return fatalities
