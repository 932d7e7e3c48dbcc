"""Sentence → sub-event type decisions, from the trigger lexicon and the actors in the sentence.

How a decision is made (every step is named in the decision's ``rule`` and ``reason``):

1. **Cues.** Every pattern of ``_triggers.CUES`` is matched; a cue names a sub-event type or a
   generic frame (KILL, CLASH, CAPTURE...). Local vetoes drop wordings that are not the event
   ("tear gas" is not a chemical weapon, "riot police" is not a riot, "war on drugs"), and
   sentence contexts drop the hard negatives (sport, disasters, accidents, fiction). A cue that
   a court or inquiry word governs ("sentenced ... for killing") is dropped.
2. **Negation and irrealis.** With the dependency parse, a cue whose verb is negated ("did not
   attack", "no one was arrested") or governed by a modal or a verb of threat, plan or wish
   ("threatened to attack", "could strike") is dropped. Without a parse a short look-behind
   window does the same, less reliably. Denials are *not* dropped here: ``_modality`` marks them.
3. **Roles.** Actors come from the caller (``ActorRef`` with ``inter`` codes) and, where none
   covers a span, from the generic role nouns of ``_triggers.ROLE_NOUNS`` ("gunmen" → 3,
   "villagers" → 7). Agents and targets of each cue come from the parse (subject, object,
   passive ``by`` agent, "attack on X"), else from word order.
4. **Resolution** applies ONTOLOGY §2 per family, in this order, each family *consuming* the
   generic cues it explains (an airstrike that "killed ten" is one Air/drone strike, not also an
   Attack): disrupted weapons; explosions (most specific weapon wins, §1 ladder inside the
   type); protests and riots (§2.4-2.5: crowd violence → Violent demonstration, lethal force →
   Excessive force, dispersal or arrests → Protest with intervention); territory (§2.1: who
   took the place decides GRT vs NSA; "unopposed" → Non-violent transfer); sexual violence and
   abduction (§2.3; "arrested" by a non-state group → Abduction; abducted and killed → Attack);
   clashes and attacks (§2.1 needs two armed sides, else §2.3 Attack on civilians, or §2.5 Mob
   violence when a crowd is the attacker); strategic developments (§2.6).

Confidence is the cue's weight times how sure the roles are, times the cue's *salience* (a cue in
the main clause counts more than one in an "after ..." adjunct or a participle like "abducted
students"), times 0.9 without a parse.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..ontology import precedence_key
from ..records import ActorRef
from . import _triggers as T
from ._lexicon import _c, _lexicon, has_event_cue
from ._sentence import TriggerDecision, _View
from ._cues import _find_hits
from ._roles import _find_parties
from ._resolver import _Resolver


def classify_sentence(sent: Any, actors: list[ActorRef] | None = None) -> list[TriggerDecision]:
    """Sub-event decisions for one sentence, highest precedence first (ONTOLOGY §1 ladder).

    ``sent`` is a spaCy ``Span`` or ``Doc`` (parsed when possible; a plain string also works,
    at lower confidence). ``actors`` are the actor mentions in it, their spans relative to the
    sentence start. Returns ``[]`` when no event is reported (hard negatives, negated or future
    events).
    """
    return _classify(sent, actors, strict=True)


def _classify(sent: Any, actors: list[ActorRef] | None, strict: bool) -> list[TriggerDecision]:
    view = _View(sent)
    lex = _lexicon()
    hits = _find_hits(view, lex, strict)
    if not hits:
        return []
    actors = list(actors or [])
    parties = _find_parties(view, lex, actors)
    return _Resolver(view, hits, parties, lex, actors).run()


#: How far (in confidence) a higher-ranked type may trail the most confident decision and still
#: win the snippet: the ONTOLOGY §1 ladder joins tactics of one event, but a weak mention of a
#: higher type must not outvote a clear report of a lower one.
MAIN_EVENT_MARGIN = 0.12


def main_decision(decisions: list[tuple[int, TriggerDecision, Any]]) -> TriggerDecision | None:
    """The snippet's main event among ``(sentence_index, decision, modality)`` triples.

    Policy: background (is_new False) and denied decisions count half; later sentences count
    slightly less (the lead reports the main event); among decisions within
    ``MAIN_EVENT_MARGIN`` of the best, the precedence ladder (ONTOLOGY §1) picks.
    """
    if not decisions:
        return None
    scored = []
    for index, d, modality in decisions:
        score = d.confidence * (0.97 ** index)
        if modality is not None and (not modality.is_new or modality.certainty == "denied"):
            score *= 0.5
        scored.append((score, index, d))
    best = max(s for s, _, _ in scored)
    close = [(s, i, d) for s, i, d in scored if s >= best - MAIN_EVENT_MARGIN]
    return min(close, key=lambda x: (precedence_key(x[2].sub_event_type), -x[0], x[1]))[2]


def classify_text(text: str, nlp, *, must_answer: bool = False) -> str | None:
    """The snippet's sub-event type (its main event), or ``None`` when it reports none.

    Runs ``nlp`` on the snippet, classifies every sentence that passes the prefilter, judges
    modality, and picks the main event with :func:`main_decision`. ``must_answer`` is for
    closed-set evaluation (every snippet is known to be one of the 25 types): see
    :func:`classify_doc`.
    """
    return classify_doc(nlp(text), must_answer=must_answer)


def classify_doc(doc, *, must_answer: bool = False) -> str | None:
    """:func:`classify_text` on an already processed spaCy ``Doc`` (for ``nlp.pipe``).

    With ``must_answer`` (a closed-set classifier must answer), a snippet in which no sentence
    reports an event is classified again *leniently* (keeping cues that a negation, a modal, a
    court or a verbal context had dropped: "plans to set up a base" is still about a base) and,
    failing that, by topic words (``_triggers.TOPIC_FALLBACK``). Without it, such a snippet is
    ``None``. The pipeline's ``classify_sentence`` never does either.
    """
    from ._modality import assess_modality

    sents = list(doc.sents)
    for strict in ((True, False) if must_answer else (True,)):
        found = []
        for index, sent in enumerate(sents):
            if not has_event_cue(sent.text):
                continue
            for d in _classify(sent, None, strict=strict):
                found.append((index, d, assess_modality(sent, d.trigger)))
        best = main_decision(found)
        if best is not None:
            return best.sub_event_type
    if must_answer:
        for sub, rx in _topic_fallback():
            if rx.search(doc.text):
                return sub
    return None


def not_acled_topic(text: str) -> str | None:
    """A non-ACLED topic for a snippet that reports no ACLED event, or ``None``.

    Labels are CASE 2021's unseen types (ATTRIB, NATURAL_DISASTER, MAN_MADE_DISASTER,
    ORG_CRIME, DIPLO), from ``_triggers.NOT_ACLED_TOPICS``; first match wins.
    """
    for label, rx in _not_acled():
        if rx.search(text):
            return label
    return None


@functools.lru_cache(maxsize=1)
def _not_acled() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((label, _c(p)) for label, p in T.NOT_ACLED_TOPICS)


@functools.lru_cache(maxsize=1)
def _topic_fallback() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((sub, _c(p)) for sub, p in T.TOPIC_FALLBACK)
