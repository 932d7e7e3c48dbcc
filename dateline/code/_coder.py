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
from ..ontology import event_type_of
from ..records import ActorRef, Document, Fatalities, Mention, PlaceMention, Sentence, Span
from ._antecedents import (NO_TOLL_TYPES, ORGANISED_INTER, SPEAKER_SIDES, THE_TWO_SIDES,
                           UNCHECKED_CLAIM, actor_names, attribute_claim, attribution_only,
                           carry_fatalities, claim_every_attack, claims_unchecked, continues_event,
                           denied_event, doer_speaks, hands_over_same_place, last_air_striker,
                           launched_from_held_area, name_the_launcher, names_told_victims,
                           party_speaks, previous_mention, refers_back, replace_unidentified,
                           retold_change_of_control, same_unidentified, settle_certainty,
                           speaker_sides, striking_state, take_the_pair, the_same_group,
                           victims_fought_back)
from ._classify import classify_sentence
from ._discourse import (GENERIC_FRAMES, HABITUAL, NEW_INCIDENT, REPORT_PLACE_TAGS, SAME_PLACE_KM,
                         STANDALONE_TYPES,
                         TERRITORY_TYPES,
                         claimed_actor, fold_into, is_elaboration, is_heading, is_named,
                         is_unidentified_armed, km_between, non_event_genre, own_place)
from ._document_passes import (RECAP_DAYS, drop_lead_totals, drop_recaps, drop_retreats,
                               only_a_headline)
from ._event_dates import (event_date, event_times, other_days, split_multiday_tolls,
                           trigger_clause, trigger_scope, under_day_heading, usable_times)
from ._modality import assess_modality
from ._sides import assign_sides, other_side_from_context
from ._triggers import TOLL_UPDATE

#: News reports recent events; an incident dated further back than this before publication is
#: background or history (fixtures convention "earlier incidents with or without a date" are not
#: coded). Two months leave room for monthly situation reports issued in the following month.
HISTORY_DAYS = 62


#: "On Monday, the army said its drones had struck ...": a day that opens the sentence.
_FRONTED_DAY = re.compile(r"^\W*(?:on|late on|early on|by) (?-i:[A-Z])\w+day\s*,", re.IGNORECASE)


def _fronted_day(sentence: Sentence, previous: Mention) -> bool:
    """A sentence opened by a day other than the previous event's starts the next day's story:
    the day covers the whole sentence, the report told inside it included."""
    first = min(sentence.times, key=lambda t: t.span.start, default=None)
    return bool(_FRONTED_DAY.match(sentence.span.text) and first is not None
                and first.date is not None and first.date != previous.date
                and first.span.start - sentence.span.start < 12)


def _same_kind(doc: Document, antecedent: Mention, mention: Mention) -> Mention:
    """The last sentence's mention of the same event type as ``mention``, else ``antecedent``."""
    return next((m for m in reversed(doc.mentions) if m.sentence.start == antecedent.sentence.start
                 and m.event_type == mention.event_type), antecedent)


def _speaker_place(location, attribution: str, text: str) -> bool:
    """"A security source in Fada N'Gourma said nine soldiers were killed": the town names where
    the speaker is, not where the event was; an earlier event's place is the better guess. Not
    when the sentence names the town again outside the speaker ("an association in Bambari said
    fighters raped women in a village near Bambari")."""
    span = getattr(location, "span", None)
    if span is None or not attribution or not span.text:
        return False
    name = re.escape(span.text)
    return bool(re.search(rf"\b(?:in|at|from) {name}\b", attribution)) and len(
        re.findall(rf"\b{name}\b", text)) == len(re.findall(rf"\b{name}\b", attribution))


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
            if is_heading(doc, sentence) and not only_a_headline(doc):
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
            text = sentence.span.text
            if UNCHECKED_CLAIM.search(text) and all(
                    refers_back(text, m.trigger.start - sentence.span.start) for m, _ in made):
                claims_unchecked(doc, sentence)
                # "there was no independent account of the fighting": the fight it points back to
                for mention, _ in made:
                    if mention.certainty == "reported" and mention.event_type == "Battles":
                        mention.certainty = "claimed"
        launcher = launched_from_held_area(sentence.span.text, lambda name: self.actors.find(
            name, country=document_country(doc), date=doc.published))
        if launcher is not None and doc.mentions:
            name_the_launcher(doc, doc.mentions[-1], launcher, [m for m, _ in made])
        if not made:
            claimant = claimed_actor(sentence.span.text, actors)
            if claimant is not None and doc.mentions:
                attribute_claim(doc, doc.mentions[-1], claimant)
                claim_every_attack(doc, sentence.span.text, claimant)
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
        has_own_date = bool(event_times(doc, sentence)) or under_day_heading(doc, sentence)
        if claimant is not None:
            continues = antecedent is not None and (
                is_unidentified_armed(antecedent.actor1) or is_unidentified_armed(antecedent.actor2)) and (
                not has_own_date or top.date == antecedent.date) and not NEW_INCIDENT.search(
                sentence.span.text)
            if continues:
                attribute_claim(doc, antecedent, claimant)
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
                        replace_unidentified(mention, claimant)
            claim_every_attack(doc, sentence.span.text, claimant)
        if antecedent is None:
            return
        for mention, _ in made:
            if mention.sub_event_type == "Agreement" and THE_TWO_SIDES.search(sentence.span.text):
                take_the_pair(mention, antecedent)
        sentence_dated = has_own_date
        for mention, decision in made:
            if mention in joined:
                continue
            # "Armed groups fought ..., before elders brokered a truce on Monday. The fighting
            # pitted X against Y": of the last sentence's events, the one of the same kind
            told_event = _same_kind(doc, antecedent, mention)
            generic = decision.frame in GENERIC_FRAMES
            # "The farmers killed in the attack were buried on Wednesday": the day is the burial's
            has_own_date = doc.extras.get("code.own_date", {}).get(mention.trigger.start, sentence_dated)
            if generic and (_TOLL_TOLD_AGAIN.search(sentence.span.text)
                            or _DIED_OF_WOUNDS.search(sentence.span.text)):
                # "a higher toll of 27, saying more bodies were recovered on Tuesday": the day
                # the bodies were found, not a new event's (§6: the toll of the event told)
                has_own_date = False
            if mention.certainty == "denied" and not NEW_INCIDENT.search(sentence.span.text) and (
                    denied := denied_event(doc, mention, told_event, has_own_date)) is not None:
                fold_into(mention, denied, adopt_type=True)
                # "An SSPDF spokesperson denied that the army had carried out any air strike":
                # the event's own doer denying it makes the event denied
                settle_certainty(doc, denied, sentence.span.text, actors)
            elif (retold := retold_change_of_control(doc, mention, sentence.span.text, has_own_date)):
                # "The rebel spokesman said the group had taken control of the city" after the
                # entry into it was told, a withdrawal in between: one change of control (§2.1)
                fold_into(mention, retold, adopt_type=True)
            elif victims_fought_back(mention, told_event, sentence.span.text, has_own_date):
                # ONTOLOGY §2.3 is harm to people "who cannot defend themselves": armed keepers
                # who fought back make the raid a clash between two armed sides (§2.1)
                self._make_clash(doc, told_event, actors)
                fold_into(mention, told_event, adopt_type=True)
            elif generic and mention.trigger.start in doc.extras.get("code.victims_told", ()) and (
                    not NEW_INCIDENT.search(sentence.span.text)):
                # "The soldiers killed were buried in Maiduguri on Wednesday": the dead of the
                # event told, named again for what happened to them after
                fold_into(mention, told_event, adopt_type=True)
            elif generic and not has_own_date and (
                    attribution_only(sentence.span.text, decision.trigger.start)
                    or _AFTER_THE.search(sentence.span.text[:decision.trigger.start])):
                # "The attack was blamed on the Jaime Martinez front": who did the event told
                fold_into(mention, told_event, adopt_type=True)
            elif (mention.sub_event_type == "Arrests" and told_event.event_type in ("Protests", "Riots")
                  and (not has_own_date or _HELD_OVERNIGHT.search(sentence.span.text))
                  and _CROWD_ARRESTED.search(sentence.span.text)):
                # ONTOLOGY §2.4: protesters arrested are the intervention, not a second event;
                # "23 people were detained overnight" were held through the night after it
                fold_into(mention, told_event, adopt_type=True)
            elif (mention.event_type == "Protests" and told_event.event_type in ("Protests", "Riots")
                  and not has_own_date and crowd_speaks(sentence.span.text, decision.trigger.end)):
                # "The demonstrators accused Rwanda of ...": what the crowd said, not a new crowd
                fold_into(mention, told_event, adopt_type=True)
            elif continues_event(mention, told_event, sentence.span.text, has_own_date, generic) and (
                    mention.certainty == "claimed"
                    and party_speaks(mention.attribution, actors, told_event)):
                # "JNIM said it had killed 100 soldiers": a party's own account of the event
                # already coded, which keeps the label the report gave it
                fold_into(mention, told_event, adopt_type=True)
            elif continues_event(mention, told_event, sentence.span.text, has_own_date, generic) and (
                    refers_back(sentence.span.text, decision.trigger.start)
                    or hands_over_same_place(mention, told_event)):
                # "Three soldiers were wounded in the attack", "The attackers surrounded the
                # mosque": the event already coded
                fold_into(mention, told_event, adopt_type=generic)
            elif is_elaboration(mention, told_event, sentence.span.text,
                                has_own_date=has_own_date, generic=generic,
                                toll_only=decision.rule.endswith(".death_toll") or (
                                    decision.rule.endswith(".wounded")
                                    and _HURT_COUNT.search(sentence.span.text) is not None)):
                fold_into(mention, told_event, adopt_type=generic)
            else:
                continue
            if mention is top:
                for other in joined:
                    fold_into(other, told_event, adopt_type=False)

    def _make_clash(self, doc: Document, attack: Mention, actors: list[ActorRef]) -> None:
        """Turn an attack on civilians, and every mention folded into it, into an armed clash.

        The victims' side becomes the defenders: an organised actor the sentence names, else an
        unnamed communal militia (armed villagers or keepers defend their own community, §3.1: 4).
        """
        victims = attack.actor2
        defenders = next((a for a in actors if a.inter in ORGANISED_INTER
                          and a.name not in actor_names(attack)), None)
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
        modality = assess_modality(sdoc, decision.trigger, pub_date=doc.published,
                                   headline=only_a_headline(doc))
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
            "dateline_fallback" in location.method) or _speaker_place(location, modality.attribution,
                                                                       sentence.span.text)
        if unplaced and previous is not None and previous.location.place is not None:
            # "The fighting killed three", "jets bombed rebel positions during the fighting on
            # Saturday": the place of the story told just before, not where it was filed
            location = replace(previous.location, method=previous.location.method + "+inherited")
        if location is None or location.place is None:
            location = headline_place(doc) or story_place(doc)
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
        headed = under_day_heading(doc, sentence)
        doc.extras.setdefault("code.own_date", {})[trigger.start] = bool(scoped) or headed
        if names_told_victims(sdoc, decision.trigger.start):
            doc.extras.setdefault("code.victims_told", set()).add(trigger.start)
        recent = previous is not None and all(
            t.date is not None and (previous.date - t.date).days <= RECAP_DAYS
            for t in event_times(doc, sentence))
        if previous is not None and not scoped and recent and not headed and not _fronted_day(
                sentence, previous):
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
        summed_up = _PLURAL_EVENTS.fullmatch(trigger.text) or _PLURAL_SUBJECT.match(sentence.span.text)
        if precision >= 3 and summed_up and doc.published is not None and (
                (date.year, date.month) < (doc.published.year, doc.published.month)):
            # "Protests in June left several people dead", "Demonstrations in July left ...": a
            # past month's events summed up, no day and no one event to code (§1: do not invent
            # days), whether the trigger is the plural noun or the toll it is the subject of
            self._drop(doc, sentence, decision, f"a past month's events summed up: {raw_time!r}")
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
            new_incident=bool(NEW_INCIDENT.search(sentence.span.text)),
            state_ally=self.actors.fights_for_state)
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

        named_state = self._state_military(striker, country, date) if striker else None
        sides = assign_sides(decision, actors, country, generic, text,
                             air_striker=last_air_striker(doc, country), named_state=named_state)
        return the_same_group(doc, self._ally_beside_state(decision, sides, country), text)

    def _ally_beside_state(self, decision, sides, country: str):
        """"Army trucks and pick-ups of the VDP came under fire", "nine soldiers and four
        volunteers were killed": a state's own pro-government auxiliaries are its associated
        actor (§1), not the other side of its battle; that side stays to be named (an
        unidentified armed group the report's context may name)."""
        actor1, actor2, assoc1, assoc2 = sides
        if decision.event_type != "Battles" or actor1 is None or actor2 is None:
            return sides
        for state, ally in ((actor1, actor2), (actor2, actor1)):
            if state.inter == 1 and self.actors.fights_for_state(ally) and ally.country == state.country:
                unknown = self.actors.generic("armed_group", country)
                # the ally and everyone on either side of the pair are with the state
                with_state = [ally] + [a for a in assoc1 + assoc2
                                       if a.name not in (ally.name, state.name)]
                return (state, unknown, with_state, []) if state is actor1 else (
                    unknown, state, [], with_state)
        return sides

    def _state_military(self, state: str, country: str, date) -> ActorRef:
        """A state's military; acting outside its own country it is an external force (§3.1: 8)."""
        military = self.actors.generic("military", state, date)
        return military if state == country else replace(military, inter=8)


_TOLL_TOLD_AGAIN = re.compile(TOLL_UPDATE, re.IGNORECASE)
#: "Police said more than a dozen people were injured": a count of the hurt, told by a source
_HURT_COUNT = re.compile(r"^(?:[\w'-]+ ){1,4}(?:said|say|says|reported|told [\w'-]+)(?: that)? "
                         r"(?:[\w'-]+ ){1,5}(?:were|was|had been|have been) (?:[\w'-]+ )?"
                         r"(?:injured|wounded|hurt)\b[^,;]*[.]?$", re.IGNORECASE)
#: "was hit on the head and died in hospital overnight": a death from wounds is the toll of the
#: event that caused them, dated by that event (§6), not a new event on the day of death
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|succumbed)\b(?: [\w'-]+){0,3} (?:in|at|on the way to|en route to|before reaching) "
    r"(?:a |the )?(?:[\w'-]+ )?hospital\b|\b(?:died|succumbed) (?:later )?(?:of|from|to) (?:his|her|their|the) "
    r"(?:[\w'-]+ )?(?:wounds|injuries)\b|\blater died\b", re.IGNORECASE)
#: "..., but residents said the rebels were still patrolling the area": control did not change.
_CONTROL_DISPUTED = re.compile(
    r"\bbut\b[^.;]{0,90}\b(?:were|was|are|is|remained|remain)\s+still\s+(?:[\w'-]+\s+){0,1}"
    r"(?:patrolling|holding|controlling|in control|present|occupying|deployed)\b|"
    r"\bbut\b[^.;]{0,90}\bstill\s+(?:held|controlled|holds|controls|occupied|occupies)\b",
    re.IGNORECASE)


#: "reinforcements were sent after the fighting": a time adjunct pointing back at the event.
_AFTER_THE = re.compile(r"\b(?:after|following|during|amid|since) (?:the|this|that|these|those) "
                        r"(?:[\w-]+ )?$", re.IGNORECASE)


NO_DATE_WARNING = ("no publication date found, so an event without a full date of its own "
                   "('on Monday', 'yesterday' or no date) was dropped; give the date with "
                   "--date YYYY-MM-DD or a 'published' field")


def _warn_once(doc: Document, warning: str) -> None:
    if warning not in doc.warnings:
        doc.warnings.append(warning)


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


#: Events named in the plural: several incidents, not one.
_PLURAL_EVENTS = re.compile(r"(?:protests|demonstrations|rallies|marches|clashes|attacks|raids|killings|"
                            r"riots|strikes|bombings|abductions|kidnappings)", re.IGNORECASE)
#: A sentence whose subject is such a plural: "Demonstrations in July left several people dead".
_PLURAL_SUBJECT = re.compile(r"\s*(?:the\s+)?" + _PLURAL_EVENTS.pattern + r"\b", re.IGNORECASE)
#: "were detained overnight": held through the night that followed, not arrested another day.
_HELD_OVERNIGHT = re.compile(r"\b(?:detained|arrested|held|rounded up|picked up) overnight\b", re.IGNORECASE)
_CROWD_ARRESTED = re.compile(r"\b(?:protesters|protestors|demonstrators|students|marchers|rioters|people|"
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
_BORROWED_PLACE = REPORT_PLACE_TAGS + ("+inherited",)


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


#: How a headline's place must have been found: tagged as a place, or as an organisation the
#: gazetteer still resolved as a town ("Curfew in Bijnor after ...": small towns are often ORG).
_HEADLINE_TAGGED = ("spacy", "spacy_org")


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
                    and (mention.method.split("+")[0] in _HEADLINE_TAGGED or (
                        # "Bamako: police tear-gas students": the kicker names the place
                        mention.span.start == sentence.span.start
                        and doc.clean_text[mention.span.end:mention.span.end + 1] == ":"))
                    and sentence.span.start <= mention.span.start < sentence.span.end):
                return replace(mention, role="event", geo_precision=max(mention.geo_precision, 1),
                               method=mention.method + "+headline_fallback")
    return None


def story_place(doc: Document) -> PlaceMention | None:
    """The one town every event told so far happened in: where a later sentence that names no
    place of its own happened ("On Tuesday, 1,500 farmers marched to the Congress" after the
    camp torn down in Guatemala City), when neither the dateline nor the headline names one."""
    ids = {m.location.place.geonames_id for m in doc.mentions
           if m.location is not None and m.location.place is not None}
    if len(ids) != 1 or not doc.mentions:
        return None
    last = doc.mentions[-1].location
    return replace(last, method=last.method + "+story_place")


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
    if decision.sub_event_type in NO_TOLL_TYPES:
        # "fought ..., killing three, before elders brokered a truce": the fight's dead
        return Fatalities(0, "", f"{decision.sub_event_type}: no deaths of its own")
    return closest_fatalities(text, decision.trigger.start)


def closest_fatalities(text: str, trigger_start: int) -> Fatalities:
    found = find_fatality_mentions(text)
    if not found:
        return Fatalities()
    span, fatalities = min(found, key=lambda item: abs(item[0].start - trigger_start))
    return fatalities
