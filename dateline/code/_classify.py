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
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..ontology import event_type_of, precedence_key
from ..records import ActorRef, Span
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
                               "probe", "mourn", "commemorate", "remember", "decry"})


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


# --- Step 1-2: cue hits ------------------------------------------------------------------------

def _find_hits(view: _View, lex: _Lexicon, strict: bool = True) -> list[_Hit]:
    text = view.text
    hits = [_Hit(cue, m.start(), m.end(), m.group(0))
            for cue, rx in lex.cues for m in rx.finditer(text)]
    if not hits:
        return []
    vetoes = [(v, m.start(), m.end()) for v, rx in lex.vetoes for m in rx.finditer(text)]
    hits = [h for h in hits if not any(
        ("*" in v.frames or h.frame in v.frames) and _overlap(h.start, h.end, s, e)
        for v, s, e in vetoes)]
    for neg, rx, unless in lex.negatives:
        if rx.search(text) and not (unless and unless.search(text)):
            hits = [h for h in hits if not ("*" in neg.frames or h.frame in neg.frames)]
    if strict:
        hits = [h for h in hits if not _court_governed(text, h, lex)]
        hits = [h for h in hits if not _verbal_attack(view, h, lex)]
    kept = []
    for h in hits:
        h.anchor = view.anchor(h.start, h.end) if view.tokens else None
        if strict and h.frame != T.DISRUPTED and _negated(view, h):
            continue
        if strict and _irrealis(view, h, lex):
            continue
        h.salience = _salience(view, h)
        h.referential = _referential(view, h)
        kept.append(h)
    return kept


_AUX_RX = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b", re.I)


def _court_governed(text: str, hit: _Hit, lex: _Lexicon) -> bool:
    """"sentenced X for killing", "the trial of the bombers", "an inquiry into the attack"."""
    if hit.frame in (T.PROTEST, T.CHANGE):
        return False
    for m in lex.court.finditer(text, 0, hit.start):
        between = text[m.end():hit.start]
        if len(between) <= 80 and lex.court_link.search(between) and not _AUX_RX.search(between):
            return True
    return False


def _verbal_attack(view: _View, hit: _Hit, lex: _Lexicon) -> bool:
    """"attacked the government's policy in a speech": the brief's political (verbal) attacks."""
    if hit.frame not in (T.ATTACK, T.CLASH):
        return False
    after = view.text[hit.end:hit.end + 60].lower()
    words = re.findall(r"[a-z]+", after)[:5]
    if any(w in T.VERBAL_TARGETS for w in words) and not lex.armed_target.search(after[:40]):
        return not re.search(r"\b(?:killed|wounded|injured|dead|shot|gun\w*|bomb\w*|explosive)",
                             view.text, re.I)
    return bool(lex.verbal_context.search(view.text)) and hit.frame == T.ATTACK and not re.search(
        r"\b(?:killed|wounded|injured|dead|shot|gun\w*|bomb\w*|explosive|armed|soldiers|police)\b",
        view.text, re.I)


_NEG_WINDOW = re.compile(r"\b(?:not|n't|never|no|nobody|none|neither|nor|no one)\s+(?:[\w'-]+\s+){0,2}$",
                         re.I)


def _negated(view: _View, hit: _Hit) -> bool:
    tok = hit.anchor
    if view.parsed and tok is not None:
        if tok.pos_ in ("VERB", "AUX"):
            # "did not attack", "no one was arrested", "nobody was hurt"
            if any(c.dep_ == "neg" for c in tok.children):
                return True
            return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                c.lower_ in ("nobody", "none", "noone") or
                any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in tok.children)
        # a noun cue is negated only by its own "no" ("no clashes were reported"): a negated
        # verb elsewhere ("no one claimed the attack") does not undo it
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    return bool(_NEG_WINDOW.search(view.text[max(0, hit.start - 30):hit.start]))


def _path_up(tok, n: int):
    t = tok
    for _ in range(n):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def _clause_verb(tok):
    """The verb whose clause holds ``tok`` (the token itself when it is a verb)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _irrealis(view: _View, hit: _Hit, lex: _Lexicon) -> bool:
    """Forecasts, threats, plans and wishes: "threatened to attack", "could strike"."""
    tok = hit.anchor
    if view.parsed and tok is not None:
        verb = _clause_verb(tok)
        if verb is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children):
            return True
        t = verb
        for _ in range(3):
            if t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp", "conj") and t.head.i != t.i:
                head = t.head
                if head.lemma_.lower() in T.IRREALIS_LEMMAS and t.dep_ != "conj":
                    # "refused to", "prevented from" etc. are irrealis for the event itself
                    return True
                if head.lemma_.lower() in ("threat", "plan", "fear", "risk", "warning", "bid",
                                           "call", "demand", "possibility", "prospect", "vow"):
                    return True
                t = head
                continue
            break
        # a noun cue governed by "threat of", "fears of", "plans for"
        h = tok
        if h.pos_ in ("NOUN", "PROPN") and h.head.dep_ == "prep" and h.head.lower_ in ("of", "for"):
            gov = h.head.head
            if gov.lemma_.lower() in ("threat", "fear", "risk", "possibility", "prospect",
                                      "warning", "plan", "danger", "call", "demand"):
                return True
        return False
    return bool(lex.irrealis.search(view.text[max(0, hit.start - 60):hit.start]))


# "displaced by the fighting", "fleeing the clashes": the violence is the cause, not the news.
_CAUSE_RX = re.compile(r"\b(?:displaced by|fled|fleeing|flee|escap\w+|due to|because of|caused by|"
                       r"as a result of|driven out by|uprooted by)\s+(?:the |ongoing |recent |heavy |"
                       r"renewed |intense |fierce )*$", re.I)


def _salience(view: _View, hit: _Hit) -> float:
    """How central the cue is: main clause 1.0; adjuncts, relative clauses, participles less."""
    tok = hit.anchor
    if not (view.parsed and tok is not None):
        before = view.text[max(0, hit.start - 40):hit.start].lower()
        score = 0.75 if re.search(r"\b(?:after|following|amid|since|before|despite)\s+(?:[\w'-]+\s+){0,3}$",
                                  before) else 1.0
        if hit.frame in (T.CLASH, T.KILL, T.ATTACK) and _CAUSE_RX.search(before):
            score *= 0.65
        return score
    score = 1.0
    if tok.dep_ == "amod" or (tok.tag_ in ("VBN",) and tok.dep_ in ("amod", "compound")):
        score *= 0.6
    t = tok
    for _ in range(10):
        if t.head.i == t.i:
            break
        if t.dep_ in ("relcl", "acl"):
            score *= 0.9
        elif t.dep_ == "advcl":
            score *= 0.92
        elif t.dep_ == "ccomp" and t.head.lemma_.lower() not in _REPORT_LEMMAS:
            score *= 0.92
        elif t.dep_ == "prep" and t.lower_ in _BACKGROUND_PREPS:
            score *= 0.7
        elif t.dep_ == "mark" and t.lower_ in _BACKGROUND_PREPS:
            score *= 0.7
        t = t.head
    if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_PREPS
           for c in _clause_verb(tok).children):
        score *= 0.7
    if hit.frame in (T.CLASH, T.KILL, T.ATTACK) and _CAUSE_RX.search(
            view.text[max(0, hit.start - 40):hit.start]):
        score *= 0.65
    return max(score, 0.4)


def _referential(view: _View, hit: _Hit) -> bool:
    """The cue names an event someone condemns or investigates, rather than reporting it."""
    tok = hit.anchor
    if not (view.parsed and tok is not None):
        return bool(re.search(r"\b(?:condemn|denounc|deplor|investigat|probe|mourn)\w*\s+(?:[\w'-]+\s+){0,3}$",
                              view.text[max(0, hit.start - 50):hit.start], re.I))
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            break
        if t.dep_ in ("dobj", "pobj", "nsubjpass") and t.head.lemma_.lower() in _REFERENCE_LEMMAS:
            return True
        t = t.head
    return False


# --- Step 3: parties and roles ----------------------------------------------------------------

_REPORT_SPAN = re.compile(
    r"\baccording to [^,.;]*|,\s*(?:[\w'-]+\s+){0,6}?(?:said|says|told|reported|added|confirmed|stated|claimed)\b|"
    r"^(?:[\w'-]+\s+){1,6}?(?:said|says|told|reported|confirmed|claimed)\b", re.I)


def _find_parties(view: _View, lex: _Lexicon, actors: list[ActorRef]) -> list[_Party]:
    parties: list[_Party] = []
    for i, a in enumerate(actors):
        if a.span is not None and 1 <= a.inter <= 8:
            parties.append(_Party(a.inter, a.span.start, a.span.end, a.span.text, i))
    nouns: list[_Party] = []
    for inter, rx in lex.roles:
        for m in rx.finditer(view.text):
            nouns.append(_Party(inter, m.start(), m.end(), m.group(0)))
    nouns.sort(key=lambda p: (-(p.end - p.start), p.start))
    for p in nouns:
        if not any(_overlap(p.start, p.end, q.start, q.end) for q in parties):
            parties.append(p)
    reporters = [(m.start(), m.end()) for m in _REPORT_SPAN.finditer(view.text)]
    if view.parsed:
        for tok in view.tokens:
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _REPORT_LEMMAS:
                reporters.append((view.tok_start(tok.left_edge), view.tok_end(tok.right_edge)))
    parties = [p for p in parties if not any(_overlap(p.start, p.end, s, e) and
                                             not _looks_like_event_subject(view, p)
                                             for s, e in reporters)]
    parties.sort(key=lambda p: p.start)
    return parties


def _looks_like_event_subject(view: _View, p: _Party) -> bool:
    """"Gunmen killed three, police said": the reporting span regex would swallow the gunmen."""
    return p.start == 0 and p.inter in ARMED and view.text[p.end:p.end + 40].strip()[:1].isalpha()


def _parties_in_tokens(parties: list[_Party], view: _View, toks: Iterable) -> list[_Party]:
    spans = [(view.tok_start(t), view.tok_end(t)) for t in toks]
    return [p for p in parties if any(_overlap(p.start, p.end, s, e) for s, e in spans)]


_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc"})


def _arg_tokens(tok) -> list:
    """The argument phrase of ``tok`` without its relative clauses and other clauses."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _STOP_DEPS or
                     (c.dep_ in ("conj", "cc") and c.pos_ in ("NOUN", "PROPN")))
    return out


def _subject_of(verb, depth: int = 0):
    """Subject tokens of ``verb``, inherited through conj/xcomp/advcl/relcl like a reader would."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subj or depth > 3 or verb.head.i == verb.i:
        return subj, False
    if verb.dep_ == "relcl":
        return [verb.head], False
    if verb.dep_ in ("conj", "xcomp", "advcl", "acl"):
        head = verb.head
        if head.pos_ in ("VERB", "AUX"):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
            if passive and verb.dep_ == "advcl":
                agents = [g for c in head.children if c.dep_ == "agent" for g in c.children]
                return agents, False
            if passive:
                return [c for c in head.children if c.dep_ == "nsubjpass"], True
            return _subject_of(head, depth + 1)
        if verb.dep_ == "acl":
            return [head], False
    return [], False


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
    r"commemorat\w+|to mark|demanding|calling for|denouncing|condemning)\s+(?:[\w'-]+\s+){0,4}$", re.I)
_FROM_PLACE_RX = re.compile(
    r"^\s*(?:(?:[\w'-]+\s+){0,3}(?:from|of)\s+)(?!(?:the\s+)?(?:country|region|nation|deal|agreement|talks|"
    r"accord|treaty|race|election|competition|process)\b)(?:the\s+)?(?:[A-Z][\w'-]+|(?:[\w'-]+\s+)?"
    r"(?:town|city|village|base|bases|district|area|positions?|posts?|checkpoints?|airport|port|province|"
    r"camp|capital|border|crossing|hill|region's capital))", re.I)
_DIED_RX = re.compile(r"died|dies|dead|succumbed|fatalities", re.I)
_PASSIVE_RX = re.compile(r"\b(?:was|were|been|being|is|are|got|Was|Were)\s+(?:\w+\s+)?$")


def _roles(view: _View, hit: _Hit, parties: list[_Party]) -> _Roles:
    if not parties:
        return _Roles([], [], False)
    tok = hit.anchor
    agents: list[_Party] = []
    targets: list[_Party] = []
    if hit.cue.name == "death_toll" or _DIED_RX.match(hit.text):
        # "two protesters died": the subject of an intransitive death is its victim
        if view.parsed and tok is not None:
            subj = [c for c in _clause_verb(tok).children if c.dep_ in ("nsubj", "nsubjpass")]
            victims = _parties_in_tokens(parties, view, [t for a in subj for t in _arg_tokens(a)])
            if victims:
                return _Roles([], victims, True)
        before = [p for p in parties if p.end <= hit.start]
        return _Roles([], before[-1:], bool(before))
    if view.parsed and tok is not None:
        agent_toks, target_toks = [], []
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("ROOT",):
            verb = tok
            passive = any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.text.islower())
                          for c in verb.children)
            if passive:
                target_toks += [c for c in verb.children if c.dep_ == "nsubjpass"]
                agent_toks += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
                if verb.dep_ == "relcl":
                    target_toks.append(verb.head)
            else:
                subj, subj_is_target = _subject_of(verb)
                (target_toks if subj_is_target else agent_toks).extend(subj)
                target_toks += [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr")]
            target_toks += [g for c in verb.children
                            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for g in c.children]
        else:
            noun = tok
            agent_toks += [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            agent_toks += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                           for g in c.children]
            target_toks += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                            for g in c.children]
            head = noun.head
            if noun.dep_ in ("dobj",) and head.lemma_.lower() in _LIGHT_VERBS:
                agent_toks += _subject_of(head)[0]
                target_toks += [g for c in head.children
                                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for g in c.children]
            elif noun.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
                target_toks += [c for c in head.children if c.dep_ in ("dobj",)]
                target_toks += [g for c in head.children
                                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for g in c.children]
            elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
                verb = head.head
                target_toks += [c for c in verb.children if c.dep_ == "nsubjpass"]
                agent_toks += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
                if not any(c.dep_ == "nsubjpass" for c in verb.children):
                    target_toks += [c for c in verb.children if c.dep_ == "dobj"]
        agents = _parties_in_tokens(parties, view, [t for a in agent_toks for t in _arg_tokens(a)])
        targets = _parties_in_tokens(parties, view, [t for a in target_toks for t in _arg_tokens(a)])
        targets = [p for p in targets if p not in agents]
        if agents or targets:
            return _Roles(agents, targets, True)
    # Word order: before the cue acts, after it suffers; a passive cue flips it.
    before = [p for p in parties if p.end <= hit.start]
    after = [p for p in parties if p.start >= hit.end]
    # case-sensitive on purpose: "IS militants" is a group, not a passive auxiliary
    passive = bool(_PASSIVE_RX.search(view.text[max(0, hit.start - 25):hit.start]))
    if passive:
        by = re.search(r"\bby\b", view.text[hit.end:hit.end + 40], re.I)
        by_at = hit.end + by.end() if by else None
        agents = [p for p in after if by_at is not None and p.start >= by_at]
        targets = before[-1:]
    else:
        agents = before[-2:]
        targets = after[:2]
    return _Roles(agents, targets, bool(agents or targets))


def _near_text(view: _View, hit: _Hit, width: int = 70) -> str:
    return view.text[hit.end:hit.end + width]


def _armed_target(view: _View, lex: _Lexicon, hit: _Hit, roles: _Roles) -> bool:
    if any(p.inter in ARMED for p in roles.targets):
        return True
    if roles.targets:
        return False
    return bool(lex.armed_target.search(_near_text(view, hit, 60)))


def _civilian_target(view: _View, lex: _Lexicon, hit: _Hit, roles: _Roles) -> bool:
    if any(p.inter == 7 for p in roles.targets):
        return True
    if roles.targets:
        return False
    return bool(lex.civilian_target.search(_near_text(view, hit, 60)))


# --- Step 4: resolution ---------------------------------------------------------------------

class _Resolver:
    def __init__(self, view: _View, hits: list[_Hit], parties: list[_Party], lex: _Lexicon,
                 actors: list[ActorRef]):
        self.view, self.hits, self.parties, self.lex, self.actors = view, hits, parties, lex, actors
        self.consumed: set[int] = set()
        self.out: dict[str, TriggerDecision] = {}
        self.parse_factor = 1.0 if view.parsed else 0.9
        self.inters = {p.inter for p in parties}

    # helpers
    def of(self, *frames: str, all_: bool = False) -> list[_Hit]:
        return [h for h in self.hits if h.frame in frames and (all_ or id(h) not in self.consumed)]

    def consume(self, hits: Iterable[_Hit]) -> None:
        self.consumed.update(id(h) for h in hits)

    def add(self, sub: str, hit: _Hit, conf: float, roles: _Roles | None, why: str,
            civilian: bool | None = None) -> None:
        roles = roles or _Roles([], [], False)
        if civilian is None:
            civilian = any(p.inter == 7 for p in roles.targets) or (
                not roles.targets and bool(self.lex.civilian_target.search(_near_text(self.view, hit, 60))))
        conf = conf * hit.salience * self.parse_factor * (0.6 if hit.referential else 1.0)
        conf = round(min(max(conf, 0.05), 0.99), 3)
        old = self.out.get(sub)
        if old is not None and old.confidence >= conf:
            return
        self.out[sub] = TriggerDecision(
            sub_event_type=sub,
            event_type=event_type_of(sub),
            trigger=Span(hit.start, hit.end, hit.text),
            rule=f"{T.RULESET}:{T.SLUGS[sub]}.{hit.cue.name}",
            confidence=conf,
            agents=[p.actor_index for p in roles.agents if p.actor_index is not None],
            targets=[p.actor_index for p in roles.targets if p.actor_index is not None],
            agent_spans=[Span(p.start, p.end, p.text) for p in roles.agents],
            target_spans=[Span(p.start, p.end, p.text) for p in roles.targets],
            target_is_civilian=bool(civilian),
            reason=why,
        )

    def roles(self, hit: _Hit) -> _Roles:
        return _roles(self.view, hit, self.parties)

    def best(self, hits: list[_Hit]) -> _Hit:
        return max(hits, key=lambda h: (h.cue.weight * h.salience, -h.start))

    def has_place(self) -> bool:
        return any(lbl in ("GPE", "LOC", "FAC") for _, _, lbl in self.view.ents) or bool(
            self.lex.territory.search(self.view.text))

    # families
    def run(self) -> list[TriggerDecision]:
        self.disrupted()
        self.explosions()
        self.crowds()
        self.territory()
        self.civilian_specific()
        self.coup()
        self.arrests()
        self.fighting()
        self.attacks()
        self.strategic()
        return sorted(self.out.values(), key=lambda d: (precedence_key(d.sub_event_type),
                                                        -d.confidence))

    def disrupted(self) -> None:
        hits = self.of(T.DISRUPTED)
        if any(h.cue.name == "coup" for h in self.of(T.OTHER)):
            # "a coup attempt was foiled" is a coup (§2.6 Other), not a disrupted weapon
            hits = [h for h in hits if h.cue.name != "foiled"]
        if self.of(T.KILL, T.INJURE, T.ATTACK, T.EXPLOSION, T.SHOOT, T.CLASH) or any(
                h.cue.name == "blew_self_up" for h in self.of(T.SUICIDE)):
            # "an attacker wearing an explosive vest targeted a funeral": the attack happened
            hits = [h for h in hits if h.cue.name != "carrying_weapon"]
        if not hits:
            return
        h = self.best(hits)
        self.add(T.DISRUPTED, h, h.cue.weight, self.roles(h), "disrupted or seized weapon (§2.6)")
        self.consume(hits)
        preventive = [x for x in hits if x.cue.name not in ("weapons_seized", "weapons_destroyed")]
        if any(x.cue.name == "carrying_weapon" for x in hits):
            self.consume(self.of(T.ARREST))
        if preventive:
            # the device was defused/intercepted: its weapon words are not an explosion event,
            # and "foiled ... by arresting" describes how it was prevented
            first = min(x.start for x in preventive)
            self.consume(self.of(*_ERV_ORDER, T.EXPLOSION, T.AIR_WEAK, T.KILL, T.INJURE,
                                 T.CAPTURE, T.ATTACK, T.CLASH))
            self.consume([a for a in self.of(T.ARREST) if a.start > first])
        else:
            # "seized weapons, rockets and mortars": the haul's contents are not an explosion
            self.consume([e for e in self.of(*_ERV_ORDER, T.EXPLOSION)
                          if any(0 <= e.start - x.end <= 80 or _overlap(e.start, e.end, x.start, x.end)
                                 for x in hits)])
            # "seized weapons" is not a territorial capture
            self.consume([c for c in self.of(T.CAPTURE)
                          if any(_overlap(c.start, c.end, x.start, x.end) for x in hits)])

    def explosions(self) -> None:
        # Ground weapons named as part of a fight ("the fighting, which involved mortars and
        # RPGs") belong to the Armed clash (§1: tactics of one event merge into the top type).
        clash_anchors = [c.anchor for c in self.of(T.CLASH) if c.cue.weight >= 0.6
                         and c.anchor is not None and self.view.parsed]
        if clash_anchors:
            self.consume([h for h in self.of(T.SHELLING, T.GRENADE, T.EXPLOSION)
                          if h.anchor is not None and any(
                              h.anchor.i != c.i and c in h.anchor.ancestors for c in clash_anchors)])
        strong = [h for h in self.of(*_ERV_ORDER) if h.cue.weight >= 0.7]
        weak = [h for h in self.of(*_ERV_ORDER, T.EXPLOSION, T.AIR_WEAK) if h not in strong]
        if strong:
            sub = min((h.frame for h in strong), key=_ERV_ORDER.index)
            chosen = self.best([h for h in strong if h.frame == sub])
            conf = chosen.cue.weight
        elif weak:
            chosen = self.best(weak)
            sub = {T.EXPLOSION: T.IED, T.AIR_WEAK: T.AIR}.get(chosen.frame, chosen.frame)
            if chosen.frame == T.EXPLOSION and not self.of(T.KILL, T.INJURE, T.DESTROY, T.ATTACK):
                conf = chosen.cue.weight * 0.8
            else:
                conf = chosen.cue.weight
        else:
            return
        roles = self.roles(chosen)
        protest_targets = any(p.inter == 6 for p in roles.targets) and bool(self.of(T.PROTEST))
        if protest_targets:
            # §2.4: "an IED against a rally" is excessive force against protesters
            self.add(T.EXCESSIVE, chosen, conf * 0.9, roles, "explosive used on protesters (§2.4)",
                     civilian=True)
        else:
            self.add(sub, chosen, conf, roles, f"weapon cue '{chosen.text}' (§2.2)")
        self.consume(strong + weak + self.of(T.KILL, T.INJURE, T.ATTACK, T.DESTROY, T.SHOOT))
        if sub in (T.AIR, T.SHELLING):
            # "shelled the town" is not also a territorial or crowd event
            self.consume(self.of(T.AMBUSH))

    def crowds(self) -> None:
        text = self.view.text
        arrests = self.of(T.ARREST)
        protest = self.of(T.PROTEST)
        protesters = [p for p in self.parties if p.inter == 6]
        if arrests:
            # "arrested over the protests": the protest is the reason, the arrest is the news
            protest = [h for h in protest if not _REASON_RX.search(text[max(0, h.start - 50):h.start])]
            protesters = [p for p in protesters
                          if not _REASON_RX.search(text[max(0, p.start - 50):p.start])]
            if self.view.parsed:
                # "arrested 30 people who had protested": a description of who was arrested
                protest = [h for h in protest if not (h.anchor is not None and any(
                    a.dep_ in ("relcl", "acl") for a in _path_up(h.anchor, 4)))]
        if protest or protesters:
            # the grievance of a protest ("against the killing of", "over the arrest of") is not
            # something that happened at it
            self.consume([h for h in self.of(T.KILL, T.SHOOT, T.INJURE, T.ARREST, T.DISPERSE,
                                             T.LIVE_FIRE, T.ATTACK, T.ABDUCT, T.SEXUAL)
                          if _GRIEVANCE_RX.search(text[max(0, h.start - 50):h.start])])
            arrests = self.of(T.ARREST)
        crowd_violence = self.of(T.CROWD_VIOLENCE)
        riot = self.of(T.RIOT)
        mob = self.of(T.MOB)
        disperse = self.of(T.DISPERSE)
        live = self.of(T.LIVE_FIRE)
        in_protest = bool(protest or protesters)
        crowd_words = bool(self.lex.crowd.search(text)) or bool(self.inters & CROWD)
        if not (in_protest or riot or mob or (crowd_violence and crowd_words)):
            if disperse and crowd_words:
                h = self.best(disperse)
                self.add(T.INTERVENTION, h, 0.55, self.roles(h), "crowd dispersed (§2.4)")
                self.consume(disperse)
            return
        # Who does the violence? Crowd violence by police (e.g. "police torched") is not a riot.
        crowd_acts = []
        for h in crowd_violence + self.of(T.ATTACK, T.DESTROY, T.LOOT, T.KILL, T.INJURE):
            roles = self.roles(h)
            agent_inters = {p.inter for p in roles.agents}
            if h.frame == T.CROWD_VIOLENCE and not (agent_inters & ({1, 8} | NON_STATE_ARMED)):
                crowd_acts.append(h)
            elif (agent_inters & CROWD or (agent_inters & {7} and h.frame in (T.ATTACK, T.DESTROY,
                                                                             T.LOOT))) and not (
                    agent_inters & ARMED) and not (h.frame == T.INJURE and h.anchor is not None
                                                   and h.anchor.pos_ == "NOUN"):
                crowd_acts.append(h)
            elif (h.frame in (T.INJURE, T.KILL, T.ATTACK) and in_protest and not agent_inters
                  and any(p.inter in (1, 8) for p in roles.targets)):
                # police officers hurt at a protest: the crowd was violent (§2.5)
                crowd_acts.append(h)
            elif (h.frame in (T.ATTACK, T.DESTROY, T.LOOT) and not roles.agents and in_protest
                  and not (self.inters & NON_STATE_ARMED)
                  and (h.anchor is None or h.anchor.pos_ == "VERB")):
                crowd_acts.append(h)
        clashes = []
        for h in self.of(T.CLASH):
            if (in_protest or crowd_words) and (not (self.inters & NON_STATE_ARMED) or in_protest):
                clashes.append(h)
        if in_protest or (riot and not mob) or (crowd_violence and not mob):
            lethal = list(live)
            for h in self.of(T.KILL, T.SHOOT, T.INJURE):
                roles = self.roles(h)
                agents = {p.inter for p in roles.agents}
                on_protesters = any(p.inter == 6 for p in roles.targets)
                beating = bool(re.match(r"beat|whip|flog|assault|manhandl|hack", h.text, re.I))
                if h.frame == T.INJURE and (_MINOR_RX.search(text) or not (
                        _SERIOUS_RX.search(text) or (not beating and (on_protesters or (
                            h.anchor is not None and h.anchor.tag_ == "VBN")))
                        or (beating and re.search(r"\b(?:brutal|severe|bad)ly\b", text, re.I)))):
                    # injuries reported on protesters count as serious (§2.4: "force that
                    # causes serious injury"); minor ones do not
                    continue
                if (on_protesters or in_protest) and not (agents & CROWD):
                    lethal.append(h)
            intervention = disperse + ([h for h in arrests if in_protest]) + [
                h for h in self.of(T.INJURE) if in_protest and h not in lethal]
            violent = crowd_acts + clashes + riot
            # "clashes" alone next to protesters shot dead reads as repression, not a riot
            people_attacked = [h for h in crowd_acts if h.frame in (T.ATTACK, T.KILL, T.INJURE) and
                               not any(p.inter in (1, 8) for p in self.roles(h).targets)]
            if violent and not in_protest and not riot and people_attacked:
                # a crowd attacking people outside any demonstration is mob violence (§2.5)
                h = self.best(people_attacked)
                self.add(T.MOB_T, h, 0.7, self.roles(h), "a crowd attacked people (§2.5)")
            elif violent and not (lethal and not riot and not any(
                    h.frame == T.CROWD_VIOLENCE for h in crowd_acts)):
                # killings with only generic crowd wording ("clashes", "attacked") read as
                # repression of the crowd; stones, fires or riots make it a riot (§2.4-2.5)
                h = self.best(violent)
                conf = 0.85 if in_protest else 0.75
                self.add(T.VIOLENT_DEMO, h, conf, self.roles(h), "the crowd used violence (§2.5)",
                         civilian=False)
            elif lethal:
                h = self.best([x for x in lethal if x.frame in (T.LIVE_FIRE, T.KILL)] or lethal)
                self.add(T.EXCESSIVE, h, 0.8, self.roles(h),
                         "lethal or serious force against protesters (§2.4)", civilian=True)
            elif intervention:
                h = self.best(intervention)
                self.add(T.INTERVENTION, h, 0.8, self.roles(h),
                         "protesters dispersed, blocked or detained (§2.4)")
            elif protest:
                h = self.best(protest)
                self.add(T.PEACEFUL, h, h.cue.weight, self.roles(h), "a gathering (§2.4)")
            self.consume(protest + crowd_violence + riot + disperse + live + clashes + crowd_acts
                         + lethal + intervention + (mob if in_protest else []))
            if in_protest:
                self.consume(self.of(T.ARREST, T.KILL, T.SHOOT, T.INJURE, T.ATTACK, T.DESTROY,
                                     T.LOOT))
        if mob and not in_protest:
            h = self.best(mob)
            self.add(T.MOB_T, h, h.cue.weight, self.roles(h), "a mob or vigilantes (§2.5)")
            self.consume(mob + crowd_acts + self.of(T.KILL, T.INJURE, T.ATTACK, T.DESTROY,
                                                    T.CROWD_VIOLENCE, T.SHOOT))

    def territory(self) -> None:
        transfer = self.of(T.TRANSFER)
        strong_transfer = [h for h in transfer if h.cue.name == "transfer"]
        withdrawal = [h for h in transfer if h.cue.name == "withdrew"]
        entered = [h for h in transfer if h.cue.name == "entered"]
        recapture = self.of(T.RECAPTURE)
        capture = self.of(T.CAPTURE)
        if not (transfer or recapture or capture):
            return
        fighting = self.of(T.CLASH, T.KILL, T.SHOOT, T.AMBUSH, all_=True) + [
            h for h in self.hits if h.frame in _ERV_ORDER]
        if strong_transfer and self.has_place():
            h = self.best(strong_transfer)
            self.add(T.NV_TRANSFER, h, h.cue.weight, self.roles(h),
                     "control changed without a fight (§2.6)")
            self.consume(transfer + recapture + capture + self.of(T.CHANGE))
            return
        if withdrawal and (capture or recapture or entered) and not fighting:
            h = self.best(capture + recapture + entered)
            self.add(T.NV_TRANSFER, h, 0.7, self.roles(h),
                     "one side left, the other took over, no fighting reported (§2.6)")
            self.consume(transfer + recapture + capture + self.of(T.CHANGE))
            return
        briefly = bool(_BRIEFLY_RX.search(self.view.text)) or bool(
            [h for h in self.of(T.CLASH, all_=True) if h.cue.name == "repelled"])
        if fighting:
            capture = [h for h in capture if h.cue.name != "in_control"]
        for h in recapture + capture:
            kind = self._capture_object(h)
            if kind == "person":
                self._capture_person(h)
                continue
            if kind is None:
                continue
            if kind == "tactical" and fighting:
                continue
            roles = self.roles(h)
            if re.search(r"fell|fallen|fall of|hands of", h.text, re.I):
                after = [p for p in self.parties if p.start >= h.end]
                roles = _Roles(after[:1], [], bool(after))
            agent_inters = {p.inter for p in roles.agents}
            if briefly:
                self.add(T.CLASH_T, h, 0.7, roles, "a place held only briefly: a clash (§2.1)",
                         civilian=False)
                self.consume([h] + self.of(T.CLASH, T.ATTACK, T.KILL, T.SHOOT, T.INJURE,
                                           T.AMBUSH, T.RECAPTURE, T.CAPTURE))
                return
            if h.frame == T.RECAPTURE:
                nsa = bool(agent_inters & (NON_STATE_ARMED | {8})) and not agent_inters & {1}
            else:
                nsa = not (agent_inters & {1}) or bool(agent_inters & NON_STATE_ARMED - {3})
                if not agent_inters and self.inters & {1} and not self.inters & (NON_STATE_ARMED | {8}):
                    nsa = False
            sub = T.NSA if nsa else T.GRT
            conf = h.cue.weight * (0.95 if agent_inters else 0.8)
            self.add(sub, h, conf, roles, f"territory taken by {'a non-state' if nsa else 'a state'} "
                     "actor (§2.1)", civilian=False)
            self.consume([h] + self.of(T.CLASH, T.ATTACK, T.KILL, T.SHOOT, T.INJURE, T.AMBUSH))
        if entered and not (recapture or capture or withdrawal or fighting) and (
                self.inters & ARMED) and self.of(T.TRANSFER):
            h = self.best(entered)
            self.add(T.NV_TRANSFER, h, 0.5, self.roles(h),
                     "armed forces entered a place, no fighting reported (§2.6)")
            self.consume(entered)
        if withdrawal and not (recapture or capture) and not fighting:
            h = self.best(withdrawal)
            if _FROM_PLACE_RX.search(self.view.text[h.end:h.end + 60]):
                self.add(T.NV_TRANSFER, h, 0.6, self.roles(h),
                         "forces withdrew from a place: it changed hands without a fight (§2.6)")
            else:
                self.add(T.CHANGE, h, 0.55, self.roles(h), "forces withdrew: a change in posture (§2.6)")
            self.consume(withdrawal + self.of(T.CHANGE))

    def _capture_object(self, h: _Hit) -> str | None:
        """"place" when the cue's object is a place, "person" for people, else None."""
        view, lex = self.view, self.lex
        if h.frame == T.CAPTURE and re.fullmatch(r"seiz\w*", h.text, re.I) and not self.has_place():
            return None
        if re.search(r"fell|fallen|fall of|hands of", h.text, re.I):
            return "place" if self.has_place() else None
        strong = h.frame == T.RECAPTURE or bool(re.search(
            r"control|over|overr|over-r|captur|conquer|occup|hold", h.text, re.I))
        obj_text = view.text[h.end:h.end + (60 if strong else 45)]
        if view.parsed and h.anchor is not None:
            objs = [c for c in h.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs:
                obj = objs[0]
                toks = [obj] + [c for c in obj.subtree if c.i < obj.i]
                if obj.lower_ in ("control", "hold", "charge"):
                    toks = list(obj.subtree)
                toks.sort(key=lambda t: t.i)
                obj_text = " ".join(t.text for t in toks)
                ents = [e for e in view.ents if any(
                    view.tok_start(t) <= e[0] < view.tok_end(t) for t in toks)]
                if any(lbl in ("GPE", "LOC", "FAC") for _, _, lbl in ents):
                    return "place"
        if lex.territory.search(obj_text):
            if re.search(r"\b(?:positions?|posts?|checkpoints?|trenches|bunkers?|"
                         r"front ?lines?|vehicles?|tanks?)\b", obj_text, re.I) and not re.search(
                    r"\b(?:town|city|village|district|province|region|area|territory|base|airport)\b",
                    obj_text, re.I):
                # positions taken in a fight are part of the clash (§2.1 "only the final
                # decisive clash counts")
                return "tactical"
            return "place"
        if h.frame == T.RECAPTURE and re.search(r"(?:^|\s)(?:the\s+)?[A-Z][a-z]+", obj_text) and not any(
                p.start >= h.end and p.start < h.end + 15 for p in self.parties):
            return "place"
        if h.cue.name == "recaptured" and not lex.person_object.search(obj_text):
            # recaptured/retook/regained/liberated take places (§2.1)
            return "place"
        if lex.person_object.search(obj_text) or (h.frame == T.CAPTURE and any(
                p.inter in (2, 3, 4, 7) and p.start >= h.end and p.start < h.end + 30
                for p in self.parties)):
            return "person"
        if any(lbl in ("GPE", "LOC", "FAC") and h.end <= s < h.end + 60 for s, _, lbl in view.ents):
            return "place"
        if strong and re.search(r"(?:^|\s)(?:the\s+)?[A-Z][a-z]+", obj_text):
            return "place"
        return None

    def _capture_person(self, h: _Hit) -> None:
        if h.frame != T.CAPTURE or not re.match(r"captur", h.text, re.I):
            return
        roles = self.roles(h)
        agent_inters = {p.inter for p in roles.agents}
        if agent_inters & NON_STATE_ARMED and not agent_inters & {1}:
            self.add(T.ABDUCT, h, 0.6, roles, "people captured by a non-state group (§2.3)")
        else:
            self.add(T.ARRESTS, h, 0.55, roles, "people captured by state forces (§2.6)")
        self.consume([h])

    def civilian_specific(self) -> None:
        sexual = self.of(T.SEXUAL)
        if sexual:
            h = self.best(sexual)
            self.add(T.SEXUAL, h, h.cue.weight, self.roles(h), "sexual violence (§2.3)",
                     civilian=True)
            self.consume(sexual + self.of(T.KILL, T.INJURE, T.ATTACK, T.ABDUCT, T.ARREST))
        agreements = self.of(T.AGREEMENT)
        abduct = [h for h in self.of(T.ABDUCT)
                  if not any(_overlap(h.start, h.end, a.start, a.end) for a in agreements)]
        arrests_by_armed = []
        for h in self.of(T.ARREST):
            roles = self.roles(h)
            ai = {p.inter for p in roles.agents}
            if ai & NON_STATE_ARMED and not ai & {1}:
                arrests_by_armed.append(h)
        if abduct or arrests_by_armed:
            h = self.best(abduct or arrests_by_armed)
            roles = self.roles(h)
            killed = [k for k in self.of(T.KILL) if k.cue.weight >= 0.5]
            if killed:
                k = self.best(killed)
                self.add(T.ATTACK_T, k, 0.75, self.roles(k) if self.roles(k).known else roles,
                         "abducted and killed: an attack (§2.3)", civilian=True)
            else:
                conf = h.cue.weight if abduct else 0.7
                self.add(T.ABDUCT, h, conf, roles, "people taken by an armed group (§2.3)",
                         civilian=True)
            self.consume(abduct + arrests_by_armed + killed + self.of(T.INJURE, T.ATTACK, T.SHOOT))

    def coup(self) -> None:
        graves = [h for h in self.of(T.OTHER) if h.cue.name == "mass_grave"]
        if graves:
            h = self.best(graves)
            self.add(T.OTHER, h, h.cue.weight, self.roles(h), "a mass grave or bodies found (§2.6 Other)")
            self.consume(graves + [k for k in self.of(T.KILL) if k.cue.name == "death_toll"])
        coups = [h for h in self.of(T.OTHER) if h.cue.name == "coup"]
        if coups:
            h = self.best(coups)
            self.add(T.OTHER, h, h.cue.weight, self.roles(h), "a coup or mutiny (§2.6 Other)")
            self.consume(coups + self.of(T.ARREST, T.CAPTURE))

    def arrests(self) -> None:
        arrests = self.of(T.ARREST)
        if not arrests:
            return
        h = self.best(arrests)
        self.add(T.ARRESTS, h, h.cue.weight, self.roles(h), "an arrest by the state (§2.6)")
        # "arrested for killing ...": the crime is the reason for the arrest, not a new event
        self.consume([k for k in self.of(T.KILL, T.ATTACK, T.INJURE, T.SHOOT, T.SEXUAL, T.ABDUCT,
                                         T.LOOT, T.DESTROY, *_ERV_ORDER, T.EXPLOSION)
                      if k.start > h.start and _CRIME_RX.search(
                          self.view.text[max(0, k.start - 50):k.start])])
        # "arrested three suspects in raids": the raid is how the arrest was made
        self.consume(arrests + [a for a in self.of(T.ATTACK) if a.text.lower().startswith("raid")])

    def fighting(self) -> None:
        if any(h.cue.name == "displaced" for h in self.of(T.OTHER)):
            # "displaced by the fighting": the fighting is the cause of the news, not the news
            self.consume([h for h in self.of(T.CLASH, T.KILL, T.ATTACK) if _CAUSE_RX.search(
                self.view.text[max(0, h.start - 40):h.start])])
        for h in self.of(T.CLASH):
            inters = self.inters
            if h.cue.name in ("encounter", "offensive") and not (
                    (inters & {1, 8} and inters & NON_STATE_ARMED) or self.of(T.KILL, all_=True)):
                continue
            if not (inters & ARMED) and self.lex.crowd.search(self.view.text):
                self.add(T.MOB_T, h, 0.6, self.roles(h), "a clash between unarmed groups (§2.5)")
            else:
                conf = h.cue.weight * (1.0 if inters & ARMED else 0.85)
                self.add(T.CLASH_T, h, conf, self.roles(h), "two armed sides fought (§2.1)",
                         civilian=False)
            self.consume([h] + self.of(T.KILL, T.SHOOT, T.INJURE, T.ATTACK))
        for h in self.of(T.AMBUSH):
            roles = self.roles(h)
            if _civilian_target(self.view, self.lex, h, roles) and not _armed_target(
                    self.view, self.lex, h, roles):
                self.add(T.ATTACK_T, h, 0.75, roles, "an ambush on civilians (§2.3)", civilian=True)
            else:
                self.add(T.CLASH_T, h, 0.8, roles, "an ambush on an armed side (§2.1)",
                         civilian=False)
            self.consume([h] + self.of(T.KILL, T.SHOOT, T.INJURE, T.ATTACK))

    def attacks(self) -> None:
        hits = self.of(T.KILL, T.SHOOT, T.ATTACK, T.INJURE)
        if not hits:
            return
        scored = []
        for h in hits:
            roles = self.roles(h)
            agent_inters = {p.inter for p in roles.agents}
            armed_t = _armed_target(self.view, self.lex, h, roles)
            civ_t = _civilian_target(self.view, self.lex, h, roles)
            base = {T.KILL: 0.7, T.SHOOT: 0.65, T.ATTACK: 0.6, T.INJURE: 0.5}[h.frame]
            if h.cue.name == "death_toll":
                base = 0.45
            if agent_inters & {5} or (agent_inters & {7} and not agent_inters & ARMED
                                      and h.frame in (T.KILL, T.INJURE, T.ATTACK)
                                      and self.lex.crowd.search(self.view.text)):
                scored.append((base * 0.85, T.MOB_T, h, roles, "a crowd attacked (§2.5)"))
            elif armed_t and not (civ_t and not any(p.inter in ARMED for p in roles.targets)):
                scored.append((base, T.CLASH_T, h, roles,
                               "violence against an armed side (§2.1)"))
            elif civ_t:
                scored.append((base, T.ATTACK_T, h, roles, "violence against civilians (§2.3)"))
            elif agent_inters & ARMED:
                scored.append((base * 0.8, T.ATTACK_T, h, roles,
                               "an armed group's violence, target unclear (§2.3)"))
            elif self.inters & ARMED and not self.inters & {7}:
                scored.append((base * 0.75, T.CLASH_T, h, roles,
                               "violence among armed actors (§2.1)"))
            else:
                scored.append((base * 0.7, T.ATTACK_T, h, roles,
                               "violence, actors unclear (§2.3)"))
        conf, sub, h, roles, why = max(scored, key=lambda s: (s[0] * s[2].salience, -s[2].start))
        self.add(sub, h, conf, roles, why, civilian=sub == T.ATTACK_T or None)
        self.consume(hits)

    def strategic(self) -> None:
        agreements = self.of(T.AGREEMENT)
        if agreements:
            strong = [h for h in agreements if h.cue.weight >= 0.7]
            conflictual = bool(self.inters & ARMED) or bool(re.search(
                r"\b(?:rebels?|militants?|fighters|warring|armed|government|forces|militias?|"
                r"factions?|sides|parties|communities|clans|tribes|insurgents|hostages)\b",
                self.view.text, re.I))
            if strong or conflictual:
                h = self.best(strong or agreements)
                conf = h.cue.weight if strong else 0.5
                self.add(T.AGREEMENT, h, conf, self.roles(h), "an agreement, release or surrender (§2.6)")
        change = self.of(T.CHANGE)
        if change:
            h = self.best(change)
            self.add(T.CHANGE, h, h.cue.weight, self.roles(h), "a change in an armed group or posture (§2.6)")
        hq = self.of(T.HQ)
        if hq:
            h = self.best(hq)
            self.add(T.HQ, h, h.cue.weight, self.roles(h), "a base or headquarters set up (§2.6)")
        for h in self.of(T.DESTROY, T.LOOT):
            roles = self.roles(h)
            ai = {p.inter for p in roles.agents}
            if ai & {5} or (ai & {7} and not ai & ARMED and re.search(
                    r"\b(?:accused|suspected|witch\w*|thie(?:f|ves)|blasphem\w*|revenge)\b",
                    self.view.text, re.I)):
                self.add(T.MOB_T, h, 0.6, roles, "a crowd destroyed or looted property (§2.5)")
                self.consume(self.of(T.DESTROY, T.LOOT))
                break
        loot = self.of(T.LOOT, T.SEIZE_PROPERTY) + [
            h for h in self.of(T.CROWD_VIOLENCE) if re.search(r"vandal|smash|arson|tore|overturn", h.text, re.I)]
        destroy = [h for h in self.of(T.DESTROY)
                   if self.lex.property.search(self.view.text[max(0, h.start - 40):h.end + 60])]
        if loot or destroy:
            h = self.best(loot or destroy)
            conf = h.cue.weight if loot else 0.6
            self.add(T.LOOTING, h, conf, self.roles(h), "looting or destruction of property (§2.6)")
        other = self.of(T.OTHER)
        if other:
            h = self.best(other)
            violent = any(d.event_type != "Strategic developments" and d.confidence >= 0.55
                          for d in self.out.values())
            conf = h.cue.weight * (0.6 if violent and h.cue.name == "displaced" else 1.0)
            self.add(T.OTHER, h, conf, self.roles(h), "another major development (§2.6)")


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
