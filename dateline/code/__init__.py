"""Stage: code. Event mentions: sub-event type, roles, modality, place, date and toll."""

from ._antecedents import SPEAKER_SIDES, force_kind
from ._classify import TriggerDecision, classify_sentence, classify_text, has_event_cue
from ._coder import RuleCoder, document_country
from ._discourse import REPORT_PLACE_TAGS, is_general_force, own_place
from ._event_dates import event_date
from ._modality import Modality, assess_modality
from ._prefilter import has_event_trigger

__all__ = [
    "RuleCoder", "has_event_cue", "has_event_trigger", "classify_sentence", "classify_text",
    "TriggerDecision", "assess_modality", "Modality", "document_country", "event_date",
    "SPEAKER_SIDES", "force_kind", "REPORT_PLACE_TAGS", "own_place", "is_general_force",
]
