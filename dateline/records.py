"""The record model shared by every stage.

Stages fill fields of these dataclasses; none passes loose dicts. A stage that needs private
state stores it in ``Document.extras`` under its own name (e.g. ``extras["analyse.spacy_doc"]``);
extras are never exported.

Character offsets are always into ``Document.clean_text`` (the report after boilerplate removal),
half-open ``[start, end)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)

#: dateline's columns, after ACLED's 31 in every export.
EXTRA_COLUMNS: tuple[str, ...] = (
    "document_id", "document_ids", "url", "source_urls", "interaction_text", "evidence",
    "certainty", "attribution", "confidence", "geonames_id", "raw_time_expr", "pub_date",
    "raw_fatality_text", "fatalities_rule", "coder", "coder_version", "cluster_id",
)

CERTAINTIES = ("confirmed", "reported", "claimed", "unconfirmed", "denied")


@dataclass
class Span:
    """A piece of the cleaned text: ``clean_text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass
class Caption:
    """A photo caption kept apart from the report: it may date or place, never makes an event."""

    text: str
    line_no: int


@dataclass
class RemovedLine:
    """A line dropped by the cleaner, with the rule that dropped it (for ``clean --explain``)."""

    line_no: int
    text: str
    reason: str


@dataclass
class TimeExpr:
    """A temporal expression resolved against the publication date.

    ``precision`` follows ACLED time_precision: 1 day, 2 week or less, 3 month.
    ``relation`` is "past", "present" or "future" relative to the publication date.
    """

    span: Span
    date: dt.date | None
    precision: int | None
    kind: str  # weekday | explicit | relative | month | year | range | unknown
    relation: str = "past"


@dataclass
class Entity:
    """A named entity from the NLP model or a matcher."""

    span: Span
    label: str  # spaCy label (GPE, LOC, FAC, ORG, NORP, PERSON...) or ACTOR / PLACE for matchers
    source: str = "spacy"


@dataclass
class Sentence:
    span: Span
    index: int
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    has_cue: bool = False  # an event trigger word occurs: the parser ran on it


@dataclass
class Place:
    """A gazetteer entry chosen for a place mention."""

    geonames_id: int | None
    name: str
    latitude: float
    longitude: float
    country: str  # country name
    iso2: str
    iso3: str = ""
    iso_numeric: int | None = None
    region: str = ""  # ACLED region, e.g. "Middle East"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    feature: str = ""  # populated place | admin1 | admin2 | country | other
    population: int = 0


@dataclass
class PlaceMention:
    """A place named in the text, with its resolution (or ``None`` if unresolved)."""

    span: Span
    place: Place | None = None
    geo_precision: int = 1
    score: float = 0.0
    role: str = "event"  # event | origin | dateline | context
    method: str = ""


@dataclass
class ActorRef:
    """An actor as named in the text and, when known, its canonical dictionary entry."""

    raw: str
    name: str  # canonical ACLED-style name, or the raw text when unknown
    inter: int  # ACLED inter code 1-8
    country: str = ""  # ISO2 of the actor's home country, if known
    span: Span | None = None
    known: bool = True  # False when kept as raw text, not in the dictionary


@dataclass
class Fatalities:
    count: int = 0
    raw: str = ""
    rule: str = ""  # e.g. "lowest of 12-15", "dozens->12"


@dataclass
class Mention:
    """One event mention: a sentence that reports one kind of event between actors."""

    document_id: str
    sentence: Span
    trigger: Span
    event_type: str
    sub_event_type: str
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    location: PlaceMention | None = None
    date: dt.date | None = None
    time_precision: int | None = None
    raw_time_expr: str = ""
    fatalities: Fatalities = field(default_factory=Fatalities)
    certainty: str = "reported"
    attribution: str = ""
    is_new: bool = True
    civilian_target: bool = False
    rule: str = ""
    confidence: float = 0.0


@dataclass
class Event:
    """A merged event: ACLED's columns plus dateline's evidence and provenance."""

    event_id_cnty: str
    event_date: dt.date
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: int
    actor2: str
    assoc_actor_2: str
    inter2: int | None
    interaction: int
    interaction_text: str
    civilian_targeting: str
    place: Place
    location: str
    geo_precision: int
    source: str
    source_scale: str
    notes: str
    fatalities: int
    tags: str
    timestamp: int
    document_id: str
    url: str = ""
    mentions: list[Mention] = field(default_factory=list)
    certainty: str = "reported"
    attribution: str = ""
    confidence: float = 0.0
    raw_time_expr: str = ""
    pub_date: dt.date | None = None
    raw_fatality_text: str = ""
    fatalities_rule: str = ""
    coder: str = ""
    coder_version: str = ""
    cluster_id: str = ""
    document_ids: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)

    def evidence(self) -> list[dict[str, Any]]:
        return [
            {"document_id": m.document_id, "sentence": m.sentence.text,
             "start": m.sentence.start, "end": m.sentence.end,
             "trigger": m.trigger.text, "trigger_start": m.trigger.start,
             "trigger_end": m.trigger.end, "rule": m.rule}
            for m in self.mentions
        ]

    def to_row(self) -> dict[str, Any]:
        """The flat record: ACLED's 31 columns in order, then dateline's extras."""
        p = self.place
        row: dict[str, Any] = {
            "event_id_cnty": self.event_id_cnty,
            "event_date": self.event_date.isoformat(),
            "year": self.event_date.year,
            "time_precision": self.time_precision,
            "disorder_type": self.disorder_type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor_1": self.assoc_actor_1,
            "inter1": self.inter1,
            "actor2": self.actor2,
            "assoc_actor_2": self.assoc_actor_2,
            "inter2": self.inter2 if self.inter2 is not None else "",
            "interaction": self.interaction,
            "civilian_targeting": self.civilian_targeting,
            "iso": p.iso_numeric if p.iso_numeric is not None else "",
            "region": p.region,
            "country": p.country,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "admin3": p.admin3,
            "location": self.location,
            "latitude": round(p.latitude, 4),
            "longitude": round(p.longitude, 4),
            "geo_precision": self.geo_precision,
            "source": self.source,
            "source_scale": self.source_scale,
            "notes": self.notes,
            "fatalities": self.fatalities,
            "tags": self.tags,
            "timestamp": self.timestamp,
            "document_id": self.document_id,
            "document_ids": list(self.document_ids or [self.document_id]),
            "url": self.url,
            "source_urls": list(self.source_urls),
            "interaction_text": self.interaction_text,
            "evidence": self.evidence(),
            "certainty": self.certainty,
            "attribution": self.attribution,
            "confidence": round(self.confidence, 3),
            "geonames_id": p.geonames_id if p.geonames_id is not None else "",
            "raw_time_expr": self.raw_time_expr,
            "pub_date": self.pub_date.isoformat() if self.pub_date else "",
            "raw_fatality_text": self.raw_fatality_text,
            "fatalities_rule": self.fatalities_rule,
            "coder": self.coder,
            "coder_version": self.coder_version,
            "cluster_id": self.cluster_id,
        }
        return row


@dataclass
class Document:
    """One article on its way through the pipeline.

    ``id`` is the caller's id when given, else ``text_hash``: a hash of the normalised body, so
    the same report read from two URLs is one document.
    """

    id: str
    text: str
    input_name: str = ""
    text_hash: str = ""
    url: str = ""
    title: str = ""
    source: str = ""
    published: dt.date | None = None
    published_method: str = ""  # override | metadata | html | dateline | updated | caption | body
    language: str = ""
    clean_text: str = ""
    captions: list[Caption] = field(default_factory=list)
    removed_lines: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
