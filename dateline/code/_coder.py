"""The rule coder: from analysed sentences to event mentions with actors, place, date and toll.

For every sentence with an event cue: find the actors in it, let the classifier decide the
sub-event type(s) and the roles, judge modality (certainty, attribution, new vs background),
link the event's place from the trigger, date it from the nearest time expression, and take the
death toll closest to the trigger. A decision that cannot be placed or dated is not an event
(ONTOLOGY §4, §5): it is kept in ``doc.extras["code.dropped"]`` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ..analyse import find_fatality_mentions
from ..records import ActorRef, Document, Fatalities, Mention, Sentence, Span, TimeExpr
from ._classify import classify_sentence
from ._modality import assess_modality

ONE_SIDED_OK = {"Explosions/Remote violence", "Riots", "Protests", "Strategic developments"}
# Who stands in for a missing actor, by event type (ONTOLOGY §3.1 naming conventions).
DEFAULT_ACTOR1 = {
    "Protests": "protesters",
    "Riots": "rioters",
}


class RuleCoder:
    name = "code"
    requires = ("sentences",)
    produces = ("mentions",)

    def __init__(self, settings, actors, gazetteer=None):
        self.settings = settings
        self.actors = actors
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        from ..resolve import event_location

        self._event_location = event_location
        country = document_country(doc)
        parsed = doc.extras.get("analyse.parsed", {})
        doc.mentions, doc.extras["code.dropped"] = [], []
        for sentence in doc.sentences:
            if sentence.index not in parsed:
                continue
            sdoc = parsed[sentence.index]
            actors = self.actors.find(sentence.span.text, country=country, date=doc.published)
            decisions = classify_sentence(sdoc, actors)
            for decision in decisions:
                mention = self._mention(doc, sentence, sdoc, decision, actors, country)
                if mention is not None:
                    doc.mentions.append(mention)
            if not decisions:
                carry_fatalities(doc, sentence)
        return doc

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
        previous = previous_mention(doc, sentence)
        location = self._event_location(doc, sentence.index, trigger, doc.places)
        if (location is None or location.place is None) and previous is not None:
            location = previous.location  # "The fighting killed three": the same event's place
        if location is None or location.place is None:
            self._drop(doc, sentence, decision, "no locatable place")
            return None
        event_country = location.place.iso2 or country
        if previous is not None and not _usable(sentence.times):
            date, precision, raw_time = previous.date, previous.time_precision, previous.raw_time_expr
        else:
            date, precision, raw_time = event_date(doc, sentence)
        if date is None:
            self._drop(doc, sentence, decision, "no date (no time expression, no publication date)")
            return None
        if precision is None:
            self._drop(doc, sentence, decision, f"date coarser than a month: {raw_time!r}")
            return None
        placed = self.actors.find(sentence.span.text, country=event_country, date=date)
        by_start = {a.span.start: a for a in placed if a.span is not None}
        actors = [by_start.get(a.span.start, a) if a.span else a for a in actors]
        actor1, actor2, assoc1, assoc2 = self._roles(decision, actors, event_country)
        actor1, actor2 = same_unidentified(doc, actor1), same_unidentified(doc, actor2)
        return Mention(
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
            fatalities=closest_fatalities(sentence.span.text, decision.trigger.start),
            certainty=modality.certainty,
            attribution=modality.attribution,
            is_new=modality.is_new,
            civilian_target=decision.target_is_civilian,
            rule=decision.rule,
            confidence=decision.confidence,
        )

    def _roles(self, decision, actors: list[ActorRef], country: str):
        agents = [actors[i] for i in decision.agents if i < len(actors)]
        targets = [actors[i] for i in decision.targets if i < len(actors)]
        if not agents and len(targets) > 1 and decision.event_type == "Battles":
            agents, targets = targets[:1], targets[1:]  # "fighting between X and Y"
        if not targets:
            # "X clashed with Y", "X shelled Hermel, wounding four civilians": the sentence's
            # other actors are the other side when the parse linked none.
            named = {a.name for a in agents}
            targets = [a for a in actors if a.name not in named]
        if decision.target_is_civilian and not any(t.inter == 7 for t in targets):
            targets = [self.actors.generic("civilians", country)] + targets
        if not agents:
            kind = DEFAULT_ACTOR1.get(decision.event_type, "armed_group")
            agents = [self.actors.generic(kind, country)]
        if decision.event_type == "Battles" and not targets:
            targets = [self.actors.generic("armed_group", country)]
        if decision.event_type == "Violence against civilians":
            civilians = [t for t in targets if t.inter == 7]
            targets = civilians + [t for t in targets if t.inter != 7]
        actor1 = agents[0]
        actor2 = targets[0] if targets else None
        if actor2 is not None and actor2.name == actor1.name:
            actor2 = targets[1] if len(targets) > 1 else None
        return actor1, actor2, agents[1:], targets[1:]


def same_unidentified(doc: Document, actor: ActorRef | None) -> ActorRef | None:
    """One unnamed group per article: "clan gunmen" later is the "Lebanese clans" of the lead.

    An article that names an unidentified armed group or communal militia once and refers back
    to it by another noun means the same group; without this, the country suffix could differ
    and split one event in two.
    """
    if actor is None or not actor.name.startswith("Unidentified "):
        return actor
    kind = actor.name.split(" (")[0]
    seen = doc.extras.setdefault("code.unidentified", {})
    first = seen.setdefault(kind, actor)
    if first is actor or first.name == actor.name:
        return actor
    return ActorRef(actor.raw, first.name, first.inter, first.country, actor.span, actor.known)


def previous_mention(doc: Document, sentence: Sentence, reach: int = 2) -> Mention | None:
    """The last event mention coded within ``reach`` sentences before ``sentence``."""
    if not doc.mentions:
        return None
    last = doc.mentions[-1]
    previous = next((s for s in doc.sentences if s.span.start == last.sentence.start), None)
    if previous is None or not 0 < sentence.index - previous.index <= reach:
        return None
    return last


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
    for mention in doc.mentions:
        if mention.sentence.start == last.sentence.start and (
                fatalities.count > mention.fatalities.count):
            mention.fatalities = Fatalities(fatalities.count, fatalities.raw,
                                            f"{fatalities.rule}; from the next sentence".strip("; "))


def document_country(doc: Document) -> str:
    """The ISO2 country the article is mostly about: dateline first, then the most named."""
    for mention in doc.places:
        if mention.role == "dateline" and mention.place is not None:
            return mention.place.iso2
    counts = Counter(m.place.iso2 for m in doc.places if m.place is not None and m.place.iso2)
    return counts.most_common(1)[0][0] if counts else ""


def _usable(times: list[TimeExpr]) -> list[TimeExpr]:
    return [t for t in times if t.relation != "future" and (t.date is not None or t.kind == "year")]


def event_date(doc: Document, sentence: Sentence) -> tuple[dt.date | None, int | None, str]:
    """The event's date: a time expression in its sentence, else in the lead, else the pub date.

    News reports the latest day first, and an undated sentence later in an article most often
    continues the lead's day, so the lead's date is the fallback before the publication date
    (which then gets precision 2: the day is not stated, only that it is recent).
    """
    own = _usable(sentence.times)
    if own:
        best = min(own, key=lambda t: (t.precision or 9))
        return best.date, best.precision, best.span.text
    for earlier in doc.sentences[: min(sentence.index, 3)]:
        lead = [t for t in _usable(earlier.times) if t.precision]
        if lead:
            best = min(lead, key=lambda t: t.precision)
            return best.date, best.precision, best.span.text
    if doc.published is not None:
        return doc.published, 2, ""
    return None, None, ""


def closest_fatalities(text: str, trigger_start: int) -> Fatalities:
    found = find_fatality_mentions(text)
    if not found:
        return Fatalities()
    span, fatalities = min(found, key=lambda item: abs(item[0].start - trigger_start))
    return fatalities
