"""Merge event mentions inside one document into events (ONTOLOGY §1).

One event per actor pair × place × day. When one pair uses several tactics at one place on one
day, the precedence ladder picks the single label (``precedence_key``): an airstrike during a
ground fight is one Armed clash. Different actor pairs stay different events.
"""

from __future__ import annotations

import hashlib
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
from ..records import ActorRef, Document, Event, Mention

CERTAINTY_ORDER = ("confirmed", "reported", "claimed", "unconfirmed", "denied")


def merge_mentions(doc: Document, settings=None, coder: str = "dateline.coder.rules.v1") -> list[Event]:
    """Group ``doc.mentions`` into events; mentions without a place or date are not events."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in doc.mentions:
        if mention.location is None or mention.location.place is None or mention.date is None:
            continue
        groups[_event_key(mention)].append(mention)
    events = [_build_event(doc, mentions, coder) for mentions in groups.values()]
    events.sort(key=lambda e: (e.event_date, e.location, e.event_type))
    return events


def _actor_key(actor: ActorRef | None) -> str:
    return actor.name if actor else ""


def _place_key(mention: Mention) -> tuple:
    place = mention.location.place
    return (place.geonames_id or (round(place.latitude, 3), round(place.longitude, 3)),)


def _event_key(mention: Mention) -> tuple:
    pair = tuple(sorted((_actor_key(mention.actor1), _actor_key(mention.actor2))))
    return pair, _place_key(mention), mention.date


def _best(mentions: list[Mention]) -> Mention:
    """The mention that labels the event: highest precedence, then confidence, then first."""
    return min(mentions, key=lambda m: (precedence_key(m.sub_event_type), -m.confidence,
                                        m.sentence.start))


def _join(actors: list[ActorRef], exclude: set[str]) -> str:
    names: list[str] = []
    for actor in actors:
        if actor.name not in exclude and actor.name not in names:
            names.append(actor.name)
    return "; ".join(names)


def _fatalities(mentions: list[Mention]) -> tuple[int, str, str]:
    """The largest figure reported for this event within the article.

    Within one article a later sentence usually updates or totals an earlier one ("the toll
    rose to 12"), so the largest figure of the article is kept; the lowest-of-disagreeing-sources
    rule (ONTOLOGY §6.3) applies across articles, when events from several sources are merged.
    """
    best = max(mentions, key=lambda m: m.fatalities.count)
    return best.fatalities.count, best.fatalities.raw, best.fatalities.rule


def _certainty(mentions: list[Mention]) -> tuple[str, str]:
    best = min(mentions, key=lambda m: CERTAINTY_ORDER.index(m.certainty)
               if m.certainty in CERTAINTY_ORDER else 1)
    return best.certainty, best.attribution


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


def _build_event(doc: Document, mentions: list[Mention], coder: str) -> Event:
    best = _best(mentions)
    place = best.location.place
    actor1, actor2 = best.actor1, best.actor2
    if actor1 is None and actor2 is not None:
        actor1, actor2 = actor2, None
    inter1 = actor1.inter if actor1 else 0
    inter2 = actor2.inter if actor2 else None
    main = {_actor_key(actor1), _actor_key(actor2)}
    assoc1 = _join([a for m in mentions for a in m.assoc_actor_1], main)
    assoc2 = _join([a for m in mentions for a in m.assoc_actor_2], main)
    fatalities, raw_fatalities, fatalities_rule = _fatalities(mentions)
    certainty, attribution = _certainty(mentions)
    target_civilian = any(m.civilian_target for m in mentions) or inter2 == 7
    key_text = "|".join(map(str, (_event_key(best), best.sub_event_type)))
    tags = [] if best.is_new else ["background"]
    if certainty != "reported":
        tags.append(f"certainty: {certainty}")
    return Event(
        event_id_cnty=_event_id(doc, key_text, place.iso3),
        event_date=best.date,
        time_precision=best.time_precision or 1,
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
