"""The event ontology as data (../shared/ONTOLOGY.md): types, sub-types, precedence, inter codes."""

from ._ontology import (
    EVENT_TYPES,
    INTER_LABELS,
    SUB_EVENT_TYPES,
    civilian_targeting,
    disorder_type,
    event_type_of,
    interaction,
    interaction_text,
    precedence_key,
    ONE_SIDED_TYPES,
)

__all__ = [
    "EVENT_TYPES", "SUB_EVENT_TYPES", "INTER_LABELS", "ONE_SIDED_TYPES", "event_type_of",
    "disorder_type", "civilian_targeting", "interaction", "interaction_text", "precedence_key",
]
