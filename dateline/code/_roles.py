"""Step 3 of classification: the parties in a sentence and their roles for each cue.

Parties are the actors the caller found (``ActorRef`` with ``inter``) and, where none covers a
span, the generic role nouns of ``_triggers.ROLE_NOUNS``. Speakers ("police said", "according
to the ministry") are not parties. Agents and targets come from the dependency parse (subject,
object, passive ``by`` agent, "attack on X", light verbs such as "carried out an airstrike"),
else from word order.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..records import ActorRef
from ._lexicon import (
    ARMED,
    _DIED_RX,
    _LIGHT_VERBS,
    _Lexicon,
    _PASSIVE_RX,
    _REPORT_LEMMAS,
    _REPORT_SPAN,
    _TARGET_PREPS,
)
from ._sentence import _Hit, _Party, _Roles, _View, _overlap
from ._cues import _clause_verb
from ..literals import may_match


# --- Step 3: parties and roles ----------------------------------------------------------------

#: Verbs of arriving: a force that "came" or "arrived" in a time clause answered the event.
_ARRIVAL_LEMMAS = frozenset({"come", "arrive", "reach", "intervene", "respond"})



def _find_parties(view: _View, lex: _Lexicon, actors: list[ActorRef]) -> list[_Party]:
    parties: list[_Party] = []
    for i, a in enumerate(actors):
        if a.span is not None and 1 <= a.inter <= 8:
            parties.append(_Party(a.inter, a.span.start, a.span.end, a.span.text, i))
    nouns: list[_Party] = []
    for inter, rx in may_match(lex.roles, view.text):
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
            elif (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _ARRIVAL_LEMMAS
                  and tok.head.dep_ in ("advcl", "relcl", "pcomp", "acl")):
                # "by the time the police came, they had been beaten": who arrived afterwards
                # is neither the doer nor the target
                reporters.append((view.tok_start(tok.left_edge), view.tok_end(tok.right_edge)))
    own_deed = _speakers_of_own_deed(view) if view.parsed else []
    parties = [p for p in parties if not any(_overlap(p.start, p.end, s, e) and
                                             not _looks_like_event_subject(view, p)
                                             for s, e in reporters)
               or any(_overlap(p.start, p.end, s, e) for s, e in own_deed) and p.inter in ARMED]
    parties.sort(key=lambda p: p.start)
    return parties


#: "The command said it had carried out an airstrike": the pronouns by which a speaker owns
#: the deed it reports ("they" is left out: "residents said they heard gunfire").
_OWN_PRONOUNS = frozenset({"it", "we"})
#: The deeds a force or group claims as its own (a light verb carries the event noun).
_CLAIMED_LEMMAS = _LIGHT_VERBS | frozenset({
    "kill", "strike", "target", "destroy", "shoot", "down", "intercept", "arrest", "detain",
    "seize", "capture", "attack", "hit", "neutralise", "neutralize", "eliminate", "repel",
    "repulse", "bomb", "shell", "raid", "ambush", "abduct", "kidnap",
})


def _own_deed_speaker(tok):
    """The speaker's subject token when ``tok`` ("it" in "AFRICOM said it had carried out an
    airstrike") is the pronoun by which the speaker claims the reported deed, else None."""
    if tok.lower_ not in _OWN_PRONOUNS or tok.dep_ != "nsubj":
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in _CLAIMED_LEMMAS:
        return None
    report = verb.head
    if report.lemma_.lower() not in _REPORT_LEMMAS:
        return None
    return next((c for c in report.children if c.dep_ == "nsubj"), None)


def _speakers_of_own_deed(view: _View) -> list[tuple[int, int]]:
    """Spans of speakers who report their own deed: they stay parties (the doer, §3)."""
    spans = []
    for tok in view.tokens:
        subj = _own_deed_speaker(tok)
        if subj is not None:
            spans.append((view.tok_start(subj.left_edge), view.tok_end(subj.right_edge)))
    return spans


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
            # "artillery shells fired from RSF positions": who fired the weapon the phrase names
            agent_toks += [g for v in _firing_verbs(_phrase_head(noun))
                           for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
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
        # "KIRKUK, Iraq (Meridian) — Islamic State militants attacked ...": the parser makes the
        # dateline's city the subject and the group its apposition; an apposition names the
        # same participant ("the KIA, an ethnic armed group, attacked")
        agent_toks += [c for a in agent_toks for c in a.children if c.dep_ == "appos"]
        agent_toks += [s for s in map(_own_deed_speaker, agent_toks) if s is not None]
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


#: Verbs of a weapon reaching what it hit.
_HIT_LEMMAS = frozenset({"strike", "hit", "land", "slam", "pound", "rain"})


def _firing_verbs(head) -> list:
    """"shells fired from X", "rockets launched by X": the participle that says who fired
    (as a reduced relative, or misparsed as the clause's verb with the weapon its subject)."""
    verbs = [v for v in head.children if v.dep_ == "acl" and v.tag_ == "VBN"]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ == "VBN" and (
            head.head.lemma_.lower() in ("fire", "launch", "lob")):
        verbs.append(head.head)
    return verbs


def _phrase_head(tok):
    """"artillery" in "artillery shells": the noun the phrase is about."""
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _struck_text(view: _View, hit: _Hit) -> str:
    """What the weapon the trigger names hit: "artillery shells fired from the hills struck
    a displacement camp" is about the camp, beyond the words right after the trigger."""
    tok = hit.anchor
    if not view.parsed or tok is None:
        return ""
    if tok.pos_ in ("VERB", "AUX"):
        # "aircraft dropped bombs on the city, hitting an apartment block": the participle
        verbs = [c for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp")]
    elif tok.pos_ in ("NOUN", "PROPN"):
        tok = _phrase_head(tok)
        if tok.dep_ != "nsubj":
            return ""
        # "rounds fired from the hills struck a camp", misparsed: "struck" hangs on "fired"
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in ("advcl", "conj")]
    else:
        return ""
    objects = [c for v in verbs if v.lemma_.lower() in _HIT_LEMMAS
               for c in v.children if c.dep_ == "dobj"]
    return "".join(" " + view.text[view.tok_start(o.left_edge):view.tok_end(o.right_edge)]
                   for o in objects)


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
    return bool(lex.civilian_target.search(_near_text(view, hit, 60) + _struck_text(view, hit)))
