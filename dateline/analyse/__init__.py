"""Stage: analyse. Sentences, entities, parse on event sentences, dates and casualty figures."""

from ._dates import find_time_expressions
from ._nlp import Analyser, load_spacy, split_sentences
from ._numbers import find_fatalities, find_fatality_mentions, split_fatalities

__all__ = [
    "Analyser", "load_spacy", "split_sentences", "find_time_expressions", "find_fatalities",
    "find_fatality_mentions", "split_fatalities",
]
