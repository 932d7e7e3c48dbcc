"""``has_event_trigger``: the test that decides which sentences the analyse stage parses.

Cheap by design: a word-start prefilter, then only the cue patterns whose literals occur
(``dateline.literals``).
"""

from __future__ import annotations

from ..literals import may_match


def has_event_trigger(text: str) -> bool:
    """Could this sentence report an event? The word-start prefilter (``has_event_cue``) passes
    it and one of the cue patterns (``_triggers.CUES``) matches it.

    The classifier gives no decision to a sentence no cue pattern matches, so the analyse stage
    parses only these. On the event fixtures this passes 447 of 707 sentences (the prefilter
    alone 516), and event P/R/F1 rose (docs/speed.md).
    """
    from ._lexicon import _lexicon, has_event_cue

    if not has_event_cue(text):
        return False
    return any(rx.search(text) for _, rx in may_match(_lexicon().cues, text))
