"""The sentence as the classifier sees it, and the records its steps pass along.

``_View`` gives the sentence text, relative offsets and (when present) the parsed tokens;
``_Hit`` is a matched cue, ``_Party`` an actor or role noun, ``_Roles`` the agents and targets of
a cue. ``TriggerDecision`` is the classifier's output: one sub-event decision with its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Span
from . import _triggers as T


@dataclass
class TriggerDecision:
    """One sub-event decision for a sentence, with the evidence that made it.

    ``trigger`` offsets are relative to the sentence start. ``agents`` and ``targets`` index the
    ``actors`` list passed to :func:`classify_sentence`; ``agent_spans``/``target_spans`` also
    cover generic role nouns ("gunmen", "villagers") that no actor covered.
    """

    sub_event_type: str
    event_type: str
    trigger: Span
    rule: str
    confidence: float
    agents: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    agent_spans: list[Span] = field(default_factory=list)
    target_spans: list[Span] = field(default_factory=list)
    target_is_civilian: bool = False
    reason: str = ""
    frame: str = ""  # the deciding cue's frame (``_triggers``), e.g. KILL for "killed"
    #: indices of the actors that take part in the sentence's events (speakers such as "police
    #: said" are left out); ``None`` when the classifier was given no actors
    parties: list[int] | None = None



# --- The sentence and its pieces ---------------------------------------------------------------

class _View:
    """Sentence text, relative offsets and (when present) the parsed tokens."""

    def __init__(self, sent: Any):
        if isinstance(sent, str):
            self.text, self.base, self.tokens, self.parsed, self.ents = sent, 0, [], False, []
            return
        self.text = sent.text
        self.base = getattr(sent, "start_char", 0)
        doc = getattr(sent, "doc", sent)
        self.tokens = list(sent)
        self.parsed = bool(self.tokens) and doc.has_annotation("DEP")
        self.ents = [(e.start_char - self.base, e.end_char - self.base, e.label_) for e in sent.ents]

    def tok_start(self, tok) -> int:
        return tok.idx - self.base

    def tok_end(self, tok) -> int:
        return tok.idx - self.base + len(tok.text)

    def tokens_in(self, start: int, end: int) -> list:
        return [t for t in self.tokens if self.tok_start(t) < end and self.tok_end(t) > start]

    def anchor(self, start: int, end: int):
        """The syntactic head of the tokens in [start, end): the one whose head lies outside."""
        toks = self.tokens_in(start, end)
        if not toks:
            return None
        if not self.parsed:
            return toks[0]
        inside = {t.i for t in toks}
        for t in toks:
            if t.head.i not in inside or t.head.i == t.i:
                return t
        return toks[-1]


@dataclass
class _Hit:
    cue: T.Cue
    start: int
    end: int
    text: str
    anchor: Any = None
    salience: float = 1.0
    referential: bool = False

    @property
    def frame(self) -> str:
        return self.cue.frame


@dataclass
class _Party:
    inter: int
    start: int
    end: int
    text: str
    actor_index: int | None = None


@dataclass
class _Roles:
    agents: list[_Party]
    targets: list[_Party]
    known: bool  # roles came from syntax or word order with at least one party placed


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1
