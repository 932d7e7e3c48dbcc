"""Passes over a whole report's mentions once every sentence is coded: retreats told as
territory lost, recaps of older incidents, and lead-paragraph totals that repeat the events
told below them (docs/coding.md).
"""

from __future__ import annotations

import re

from ..distance import place_km
from ..records import Document, Mention, PlaceMention
from ._discourse import SAME_PLACE_KM, TERRITORY_TYPES

#: Within one report, incidents more than a week older than its newest day are recaps.
RECAP_DAYS = 7
#: The most words a one-line document may have to read as a news headline on its own.
HEADLINE_WORDS = 16


def only_a_headline(doc: Document) -> bool:
    """Is the whole document one short line ("Gunmen kill 5 in Kidal.")? A headline tells a
    past event in the present tense and summarises nothing below it, so it is the report."""
    if len(doc.sentences) != 1:
        return False
    text = doc.sentences[0].span.text.strip()
    return "\n" not in text and len(text.split()) <= HEADLINE_WORDS


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


#: "...abducted two nurses in late April, and they have not been seen since": a disappearance
#: that lasts is news whenever it is first told (§2.3 forced disappearance), not a recap.
_STILL_MISSING = re.compile(r"\b(?:(?:not|never) been (?:seen|heard (?:from|of))(?: again| since)?|"
                            r"remains? missing|still (?:missing|held|in captivity|unaccounted for)|"
                            r"whereabouts (?:remain|are|is) (?:still )?unknown)\b", re.IGNORECASE)


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
        if mention.date is not None and (newest - mention.date).days > RECAP_DAYS and not (
                mention.sub_event_type == "Abduction/forced disappearance"
                and _STILL_MISSING.search(mention.sentence.text)):
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
