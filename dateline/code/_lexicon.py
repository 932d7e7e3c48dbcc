"""The classifier's compiled lexicon and the small word lists and patterns its steps share.

The cue tables themselves are data in ``_triggers.py`` (each entry cites its ONTOLOGY section);
this module compiles them once per process (``_lexicon()``) and holds the regular expressions
and lemma sets the cue, role and resolution steps read (STYLE §12: patterns are data, apart from
logic). ``has_event_cue`` is the prefilter that decides which sentences get the parser.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import _triggers as T


ARMED = frozenset({1, 2, 3, 4, 8})
NON_STATE_ARMED = frozenset({2, 3, 4})
CROWD = frozenset({5, 6})

# ERV sub-event types by precedence (ONTOLOGY §1: within a type the first listed wins).
_ERV_ORDER = (T.CHEM, T.AIR, T.SUICIDE, T.SHELLING, T.IED, T.GRENADE)
_REPORT_LEMMAS = frozenset({
    "say", "tell", "report", "add", "confirm", "state", "announce", "claim", "allege", "note",
    "accord", "explain", "according", "quote", "write", "tweet", "post",
})
_LIGHT_VERBS = frozenset({
    "carry", "launch", "stage", "conduct", "mount", "execute", "unleash", "perpetrate",
    "commit", "wage", "make", "hold", "organise", "organize", "lead", "stage", "undertake",
    "use", "fire", "drop", "plant", "detonate", "throw", "hurl", "lob", "deploy",
})
_TARGET_PREPS = frozenset({"on", "against", "at", "upon", "into", "targeting", "toward", "towards"})
_BACKGROUND_PREPS = frozenset({"after", "following", "amid", "since", "before", "despite"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "must", "can",
                     "wo", "ca"})
_REFERENCE_LEMMAS = frozenset({"condemn", "denounce", "deplore", "discuss", "investigate",
                               "probe", "mourn", "commemorate", "remember", "decry",
                               # "opened an investigation into the killing": the noun's object
                               "investigation", "inquiry", "enquiry", "condemnation"})


# --- Compiled lexicon (built once per process from the data module) ---------------------------

@dataclass(frozen=True)
class _Lexicon:
    cues: tuple[tuple[T.Cue, re.Pattern], ...]
    vetoes: tuple[tuple[T.Veto, re.Pattern], ...]
    negatives: tuple[tuple[T.NegativeContext, re.Pattern, re.Pattern | None], ...]
    roles: tuple[tuple[int, re.Pattern], ...]
    armed_target: re.Pattern
    civilian_target: re.Pattern
    territory: re.Pattern
    person_object: re.Pattern
    property: re.Pattern
    crowd: re.Pattern
    court: re.Pattern
    court_link: re.Pattern
    irrealis: re.Pattern
    verbal_context: re.Pattern
    automaton: Any


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem in T.PREFILTER_STEMS:
        whole = stem.endswith("$")
        key = stem.rstrip("$").lower()
        automaton.add_word(key, (len(key), whole))
    automaton.make_automaton()
    return _Lexicon(
        cues=tuple((c, _c(c.pattern)) for c in T.CUES),
        vetoes=tuple((v, _c(v.pattern)) for v in T.LOCAL_VETOES),
        negatives=tuple((n, _c(n.pattern), _c(n.unless) if n.unless else None)
                        for n in T.NEGATIVE_CONTEXTS),
        roles=tuple((inter, _c(p)) for inter, p in T.ROLE_NOUNS),
        armed_target=_c(T.ARMED_TARGET_NOUNS),
        civilian_target=_c(T.CIVILIAN_TARGET_NOUNS),
        territory=_c(T.TERRITORY_NOUNS),
        person_object=_c(T.PERSON_OBJECT_NOUNS),
        property=_c(T.PROPERTY_NOUNS),
        crowd=_c(T.CROWD_NOUNS),
        court=_c(T.COURT_PATTERN),
        court_link=_c(T.COURT_LINK),
        irrealis=_c(T.IRREALIS_FALLBACK),
        verbal_context=_c(T.VERBAL_CONTEXT),
        automaton=automaton,
    )


def has_event_cue(text: str) -> bool:
    """Fast lexical prefilter: could this sentence report an event? (Decides who gets parsed.)

    One Aho-Corasick pass over the lower-cased text for the word starts in
    ``_triggers.PREFILTER_STEMS``; tuned for recall, not precision.
    """
    lowered = text.lower()
    for end, (length, whole) in _lexicon().automaton.iter(lowered):
        start = end - length + 1
        if start > 0 and lowered[start - 1].isalnum():
            continue
        if whole and end + 1 < len(lowered) and lowered[end + 1].isalnum():
            continue
        return True
    return False


_AUX_RX = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b", re.I)

_NEG_WINDOW = re.compile(r"\b(?:not|n't|never|no|nobody|none|neither|nor|no one)\s+(?:[\w'-]+\s+){0,2}$",
                         re.I)


# "displaced by the fighting", "fleeing the clashes": the violence is the cause, not the news.
_CAUSE_RX = re.compile(r"\b(?:displaced by|fled|fleeing|flee|escap\w+|due to|because of|caused by|"
                       r"as a result of|driven out by|uprooted by)\s+(?:the |ongoing |recent |heavy |"
                       r"renewed |intense |fierce )*$", re.I)


_REPORT_SPAN = re.compile(
    r"\baccording to [^,.;]*|,\s*(?:[\w'-]+\s+){0,6}?(?:said|says|told|reported|added|confirmed|stated|claimed)\b|"
    r"^(?:[\w'-]+\s+){1,6}?(?:said|says|told|reported|confirmed|claimed)\b", re.I)


# "arrested over the protests", "accused of organising the rally": the protest is the reason.
_REASON_RX = re.compile(
    r"\b(?:for|over|after|following|in connection with|linked to|accused of|charged with|suspected of|"
    r"organi[sz]ing|inciting|leading|coverage of|reporting on|calling for|planning)\s+(?:[\w'-]+\s+){0,4}$",
    re.I)
# "arrested for killing", "suspected of planting the bomb": the crime an arrest is about.
_CRIME_RX = re.compile(
    r"\b(?:for|over|in connection with|linked to|suspected of|accused of|charged with|behind|"
    r"involved in|responsible for|wanted for|on suspicion of|convicted of)\s+(?:[\w'-]+\s+){0,4}$", re.I)
_MINOR_RX = re.compile(r"\b(?:minor|slight(?:ly)?|light(?:ly)?) (?:injur\w*|wound\w*|hurt)\b", re.I)
_SERIOUS_RX = re.compile(r"\b(?:serious(?:ly)?|critical(?:ly)?|gunshot|bullets?|live|stabb\w*|fractur\w*|wound\w*|"
                         r"hospitali[sz]ed in critical)\b", re.I)
_BRIEFLY_RX = re.compile(r"\b(?:briefly|temporarily|for (?:a few|several) hours|before (?:being|they were) "
                         r"(?:driven|pushed|repelled|forced))\b", re.I)
# "protest against the killing of", "rally over the arrest of": the grievance, not the event.
_GRIEVANCE_RX = re.compile(
    r"\b(?:against|over|protest(?:ed|ing|s)?|denounc\w+|condemn\w+|justice for|demand\w*|mourn\w*|"
    r"in response to|angered by|outraged by|outrage (?:at|over)|anger (?:at|over)|in memory of|"
    r"commemorat\w+|to mark|demanding|calling for|denouncing|condemning)\s+(?:[\w'-]+\s+){0,4}$|"
    # "to demand the release of a local party organiser arrested on Friday": who is held
    r"\b(?:release|freedom) of\s+(?:[\w'-]+\s+){0,6}$", re.I)
_FROM_PLACE_RX = re.compile(
    r"^\s*(?:(?:[\w'-]+\s+){0,3}(?:from|of)\s+)(?!(?:the\s+)?(?:country|region|nation|deal|agreement|talks|"
    r"accord|treaty|race|election|competition|process)\b)(?:the\s+)?(?:[A-Z][\w'-]+|(?:[\w'-]+\s+)?"
    r"(?:town|city|village|base|bases|district|area|positions?|posts?|checkpoints?|airport|port|province|"
    r"camp|capital|border|crossing|hill|region's capital))", re.I)
_DIED_RX = re.compile(r"died|dies|dead|succumbed|fatalities", re.I)
_PASSIVE_RX = re.compile(r"\b(?:was|were|been|being|is|are|got|Was|Were)\s+(?:\w+\s+)?$")
