"""Steps 1-2 of classification: cue hits, vetoes, hard negatives, negation and irrealis.

A cue that a court word governs ("sentenced ... for killing"), a verbal attack ("attacked the
policy"), a negated verb ("did not attack") or a cue under a modal or a verb of threat, plan
or wish ("threatened to attack") is dropped. Each kept hit gets a *salience* (main clause 1.0,
adjuncts, relative clauses and participles less) and a *referential* flag (an event someone
condemns or investigates).
"""

from __future__ import annotations

import re

from . import _triggers as T
from ._lexicon import (
    _AUX_RX,
    _BACKGROUND_PREPS,
    _CAUSE_RX,
    _Lexicon,
    _MODALS,
    _NEG_WINDOW,
    _REFERENCE_LEMMAS,
    _REPORT_LEMMAS,
)
from ..literals import may_match
from ._sentence import _Hit, _View, _overlap


# --- Step 1-2: cue hits ------------------------------------------------------------------------

def _find_hits(view: _View, lex: _Lexicon, strict: bool = True) -> list[_Hit]:
    text = view.text
    hits = [_Hit(cue, m.start(), m.end(), m.group(0))
            for cue, rx in may_match(lex.cues, text) for m in rx.finditer(text)]
    if not hits:
        return []
    vetoes = [(v, m.start(), m.end())
              for v, rx in may_match(lex.vetoes, text) for m in rx.finditer(text)]
    hits = [h for h in hits if not any(
        ("*" in v.frames or h.frame in v.frames) and _overlap(h.start, h.end, s, e)
        for v, s, e in vetoes)]
    for neg, rx, unless in may_match(lex.negatives, text):
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


def _indirect_question(verb) -> bool:
    """"investigating who launched the rockets", "unclear whether the strike killed anyone".

    A clause opened by who/whether/if under a verb or adjective of inquiry asks about an event;
    it does not report one.
    """
    if verb.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp", "acomp"):
        return False
    opener = [c for c in verb.children if c.lower_ in ("who", "whom", "whether", "if", "what")
              and c.dep_ in ("nsubj", "nsubjpass", "mark", "dobj")]
    return bool(opener) and verb.head.lemma_.lower() in T.INQUIRY_LEMMAS


def _irrealis(view: _View, hit: _Hit, lex: _Lexicon) -> bool:
    """Forecasts, threats, plans and wishes: "threatened to attack", "could strike"."""
    tok = hit.anchor
    if view.parsed and tok is not None:
        verb = _clause_verb(tok)
        if verb is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
        if verb.dep_ in ("nsubj", "nsubjpass", "csubj") and any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children):
            # "fighting could intensify": a gerund cue as the subject of a modal verb
            return True
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children):
            return True
        if (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
                and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)):
            # "we will defend and strike on the counter": a shared modal governs both verbs
            return True
        if _indirect_question(verb):
            return True
        t = verb
        for _ in range(3):
            if t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp", "conj") and t.head.i != t.i:
                head = t.head
                if t.dep_ == "ccomp" and head.lemma_.lower() in T.ASSERTION_LEMMAS:
                    break  # a told clause is asserted: "wishes to inform the public that ..."
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
        return _foreseen_noun(h)
    return bool(lex.irrealis.search(view.text[max(0, hit.start - 60):hit.start]))




def _foreseen_noun(tok) -> bool:
    """A noun cue that a verb of fearing, foreseeing or preventing takes as its object ("feared
    attacks on markets", "warned of raids", "to prevent revenge attacks"): no event is reported."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "about", "against"):
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # "expect attacks to rise": the noun is the subject of the foreseen clause
        if head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
            return False
        head = head.head
    return head.lemma_.lower() in T.FORECAST_LEMMAS


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
        if t.dep_ in ("dobj", "pobj", "nsubjpass", "prep") and t.head.lemma_.lower() in _REFERENCE_LEMMAS:
            return True
        t = t.head
    return False
