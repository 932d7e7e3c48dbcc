"""Modality of an event mention: how certain, who says so, and whether it is news or history.

DESIGN.md step 4 asks for certainty (reported / claimed by X / unconfirmed / denied), attribution
(who says so) and whether the event is new or background history ("since the December 2024
collapse"). Each judgement carries a short ``reason`` naming the words that decided it, so a
reader can check it.

* ``certainty`` is one of ``records.CERTAINTIES``:
  ``denied`` when a denial governs the event ("the army denied that its jets bombed...");
  ``claimed`` when the doer itself asserts it ("X claimed responsibility", "X said it had
  killed..."); ``unconfirmed`` for hedges ("unconfirmed reports", "could not be independently
  verified", "reportedly"); ``confirmed`` when someone confirms it ("the ministry confirmed");
  otherwise ``reported`` (stated by the source, or by someone it quotes).
* ``attribution`` is the speaker: the subject of say/tell/report/claim/confirm/deny, or the
  object of "according to".
* ``is_new`` is False for background: anniversaries, "since 2015", "in 2019" (a year before the
  publication year, or any explicit year when the publication date is unknown), "last year",
  "years ago", "the 2011 uprising", "remains", "has been ... for years", cumulative tolls.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..records import Span
from ._event_dates import _subtree_ends

# --- Lexicon (our own wording of common news hedges and attributions) -------------------------
REPORT_LEMMAS = frozenset({
    "say", "tell", "report", "add", "state", "announce", "note", "explain", "write", "tweet",
    "post", "quote", "inform", "describe", "recount", "testify", "warn", "allege", "confirm",
    "claim", "deny", "accuse", "blame",
})
DENY_LEMMAS = frozenset({"deny", "refute", "dismiss", "reject", "disown", "contest", "dispute"})
CLAIM_LEMMAS = frozenset({"claim"})
CONFIRM_LEMMAS = frozenset({"confirm", "verify", "acknowledge", "admit"})
_BOTH_SIDES = re.compile(r"(?:both|the two) (?:sides|parties|armies|belligerents|camps)$", re.IGNORECASE)
# A denial of these nouns denies the doer's role, not the event ("denied involvement in").
ROLE_NOUNS = frozenset({"involvement", "responsibility", "role", "link", "links", "part",
                        "participation", "hand", "connection", "blame"})

UNCONFIRMED_PATTERN = re.compile(
    r"\b(?:unconfirmed|unverified|could not (?:be )?(?:independently )?(?:verif\w+|confirm\w*)|"
    r"(?:has|have|had) not (?:yet )?been (?:independently )?(?:verified|confirmed)|"
    r"not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|cannot be (?:independently )?"
    r"(?:verified|confirmed)|reportedly|allegedly|purportedly|supposedly|rumou?r(?:s|ed)?|"
    r"it (?:is|was|remains) (?:not |un)clear (?:whether|if)|there (?:were|are|have been) (?:unconfirmed )?reports|"
    r"reports (?:suggest|suggested|indicate|indicated)|is believed to|are believed to|"
    r"were believed to|was believed to|may have|might have|possibly|apparently|unclear)\b",
    re.IGNORECASE)
CLAIM_PATTERN = re.compile(
    r"\b(?:claim(?:ed|s|ing)? (?:\w+ )?(?:responsibility|credit)|took responsibility|"
    r"(?:assumed|accepted|admitted) responsibility|claim(?:ed|s)? (?:that )?(?:it|they|its|their)\b)",
    re.IGNORECASE)
DENY_PATTERN = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|refut(?:ed|es|e)|dismiss(?:ed|es)? (?:\w+ )?(?:reports|claims|allegations)|"
    r"reject(?:ed|s)? (?:\w+ )?(?:reports|claims|allegations)|false reports|fake news)\b", re.IGNORECASE)
ACCORDING_PATTERN = re.compile(r"\baccording to ((?:[\w.'’-]+ ?){1,8}?)(?=[,.;:]|$| who| which| on | in )",
                               re.IGNORECASE)
SAID_AFTER_PATTERN = re.compile(
    r"[,;]\s*((?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)\s+(?:said|says|told|reported|added|confirmed|stated|claimed|announced)\b",
    re.IGNORECASE)
SAID_BEFORE_PATTERN = re.compile(
    r"^((?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)\s+(?:said|says|told|reported|confirmed|claimed|announced|denied)\b",
    re.IGNORECASE)

_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
BACKGROUND_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("anniversary", re.compile(r"\banniversar(?:y|ies)\b|\bcommemorat\w*|\bmemorial\b|\bmarked? (?:\w+ ){0,2}years? since\b|\bremember(?:ed|ing)? the\b", re.I)),
    # "freed two soldiers it had held since August": how long the captives were held, not
    # when the release was
    ("since", re.compile(r"(?<!\bheld )(?<!\bdetained )(?<!\bkidnapped )(?<!\babducted )(?<!\bcaptivity )"
                         r"\bsince (?:(?:19|20)\d\d|the (?!(?:morning|weekend|evening|afternoon|night|dawn|start of the week)\b)\w+|"
                         r"last (?:year|month|decade)|" + _MONTHS + r"|early|late|then|independence)\b", re.I)),
    ("years_ago", re.compile(r"\b(?:\w+ )?(?:years|decades|months) ago\b|\blast year\b|\bprevious year\b|\bin the past\b|"
                             r"\bin recent years\b|\bdecades?-long\b|\byears?-long\b|\bfor (?:years|decades|months)\b|"
                             r"\bfor (?:(?:more than|over|nearly|almost|about|some|the (?:past|last)) )?(?:a|an|\w+) "
                             r"(?:decades?|years)\b|"
                             r"\bover the (?:past|last) (?:\w+ )?(?:years|decades|months|year|decade)\b|"
                             r"\bso far this year\b|\bthis year alone\b|\bsince the start of\b|\bin total\b|"
                             r"\bhistor(?:y|ic|ical|ically)\b|\bpreviously\b|\bformerly\b|"
                             # "a police chief who served under the previous government": who
                             # the person is, not when the event was
                             r"\bprevious\b(?!\s+(?:government|regime|administration|republic|rulers?)\b)",
                             re.I)),
    ("recalled", re.compile(r"\b(?:a|an) (?:similar|earlier|prior|previous) (?:[\w-]+ )?(?:attacks?|assaults?|raids?|"
                            r"ambush(?:es)?|clash(?:es)?|bombings?|blasts?|strikes?|incidents?|killings?|"
                            r"abductions?|kidnappings?|protests?|attempts?)\b", re.I)),
    # "the third such attack this month", "the latest in a series of attacks": a count or a
    # comparison over many incidents, not a report of one (fixtures: totals are not coded)
    ("comparison", re.compile(r"\bsuch (?:[\w-]+ )?(?:attacks?|assaults?|raids?|ambush(?:es)?|clash(?:es)?|"
                              r"bombings?|blasts?|strikes?|incidents?|killings?|abductions?|"
                              r"kidnappings?|protests?)\b|\b(?:the )?latest in a (?:series|string|spate|"
                              r"wave|run|string) of\b|\bin a (?:series|string|spate|wave) of\b|"
                              # "It was the second attack on the town this week": the event just
                              # told, counted among others
                              r"\b(?:it|this|that) (?:was|is|marks|marked) (?:the|a) (?:[\w-]+ )?(?:second|third|"
                              r"fourth|fifth|sixth|latest|deadliest|worst|\d+(?:st|nd|rd|th))\b", re.I)),
    # "At least 40 people have been killed in the region this month": a running total over
    # many incidents (fixtures: totals over many days or places are not coded)
    ("cumulative", re.compile(r"\b(?:have|has) been (?:killed|abducted|kidnapped|displaced|wounded|injured|"
                              r"arrested|detained)\b[^.;]{0,60}\b(?:this (?:month|year|week)|so far|"
                              r"in recent (?:weeks|months|days)|since)\b|\b(?:this (?:month|year)|so far|"
                              r"in recent (?:weeks|months))\b[^.;]{0,60}\b(?:have|has) been (?:killed|"
                              r"abducted|kidnapped|displaced)\b", re.I)),
    # "rights groups have accused the army of killing civilians": an allegation about conduct,
    # not a report of one incident (fixtures: unverified rumours that add no event)
    ("allegation", re.compile(r"\b(?:accus(?:ed|es|ing)|alleg(?:ed|es|ing)|charg(?:ed|es|ing)) "
                              r"(?:[\w'-]+ ){0,4}of (?:[\w'-]+ ){0,3}(?:killing|killings|attacking|"
                              r"abducting|torturing|executing|raping|shelling|bombing|looting|burning|stealing|robbing|"
                              r"targeting|massacring|(?:extrajudicial|extra-judicial|summary) "
                              r"(?:killings|executions))\b|\b(?:are|is|were|was|stand|stands) accused of\b",
                              re.I)),
    ("remains", re.compile(r"\bremain(?:s|ed)? (?:under|in (?:control|place|custody|detention|hiding|effect|force)|tense|closed|displaced|missing|held|at large|besieged|cut off|occupied|unresolved)\b|\bcontinues? to (?:be|hold|control)\b|\bstill (?:holds?|controls?|under)\b", re.I)),
)
#: "The attack came days after security forces killed two militants": what follows the
#: marker happened days or weeks before the reported event; it is recalled, not reported.
EARLIER_INCIDENT = re.compile(
    r"\b(?:(?:\w+ |several |a few )?(?:days|weeks|months)|a week|a month|a fortnight) (?:after|before)\b[^.;]*$",
    re.I)
YEAR_PATTERN = re.compile(r"\b((?:19|20)\d\d)\b")
_REPORT_SUBJECT_STRIP = re.compile(r"^(?:and|but|while|as)\s+", re.I)


@dataclass(frozen=True)
class Modality:
    certainty: str  # one of records.CERTAINTIES
    attribution: str
    is_new: bool
    reason: str


class _Sent:
    def __init__(self, sent: Any):
        if isinstance(sent, str):
            self.text, self.base, self.tokens, self.parsed = sent, 0, [], False
            return
        self.text = sent.text
        self.base = getattr(sent, "start_char", 0)
        self.tokens = list(sent)
        doc = getattr(sent, "doc", sent)
        self.parsed = bool(self.tokens) and doc.has_annotation("DEP")

    def rel(self, tok) -> int:
        return tok.idx - self.base

    def anchor(self, span: Span):
        toks = [t for t in self.tokens
                if self.rel(t) < span.end and self.rel(t) + len(t.text) > span.start]
        if not toks:
            return None
        inside = {t.i for t in toks}
        for t in toks:
            if t.head.i not in inside or t.head.i == t.i:
                return t
        return toks[0]

    def phrase(self, tok) -> str:
        """The subtree text of ``tok`` without relative clauses and appositions."""
        keep = [tok]
        stack = [c for c in tok.children if c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj")
                 or c.dep_ in ("cc", "conj") and c.pos_ in ("NOUN", "PROPN")]
        while stack:
            t = stack.pop()
            keep.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "punct", "acl"))
        keep.sort(key=lambda t: t.i)
        start, end = self.rel(keep[0]), self.rel(keep[-1]) + len(keep[-1].text)
        return self.text[start:end]


def _ancestors(tok):
    t = tok
    for _ in range(20):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def _speaker(s: _Sent, anchor) -> tuple[str, str, Any]:
    """(attribution, how, speech verb token) for the trigger at ``anchor``."""
    if s.parsed:
        # "according to X" anywhere in the sentence
        for t in s.tokens:
            if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
                to = next(c for c in t.children if c.lower_ == "to")
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    return s.phrase(objs[0]), "according to", None
        verbs = [t for t in s.tokens if t.lemma_.lower() in REPORT_LEMMAS and t.pos_ in ("VERB", "AUX")]
        if anchor is not None:
            governing = [v for v in verbs if v in set(_ancestors(anchor)) and v is not anchor]
            verbs = governing + [v for v in verbs if v not in governing]
        for v in verbs:
            if anchor is not None and v.i == anchor.i:
                continue
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return _REPORT_SUBJECT_STRIP.sub("", s.phrase(subj[0])), v.lemma_.lower(), v
    m = ACCORDING_PATTERN.search(s.text)
    if m:
        return m.group(1).strip(), "according to", None
    m = SAID_AFTER_PATTERN.search(s.text) or SAID_BEFORE_PATTERN.search(s.text)
    if m:
        return _REPORT_SUBJECT_STRIP.sub("", m.group(1).strip()), "said", None
    return "", "", None


def _denied(s: _Sent, anchor) -> tuple[bool, str, str]:
    if s.parsed and anchor is not None:
        for a in _ancestors(anchor):
            if a.lemma_.lower() in DENY_LEMMAS and a.i != anchor.i:
                path = []
                t = anchor
                while t.i != a.i:
                    path.append(t)
                    t = t.head
                if any(p.lower_ in ROLE_NOUNS for p in path):
                    return False, "", ""
                subj = [c for c in a.children if c.dep_ == "nsubj"]
                who = s.phrase(subj[0]) if subj else ""
                return True, who, f"'{a.text}' governs the event"
        # "X denied reports of clashes": reports/claims/allegations as the denied object
        return False, "", ""
    m = DENY_PATTERN.search(s.text)
    if m and not re.search(r"den\w+ (?:any )?(?:involvement|responsibility|role|links?)", s.text, re.I):
        who = SAID_BEFORE_PATTERN.search(s.text[:m.end()].rstrip() + " said")
        return True, (who.group(1) if who else ""), f"'{m.group(0)}' in the sentence"
    return False, "", ""


def _claimed(s: _Sent, anchor, speaker: str, verb) -> tuple[bool, str, str]:
    m = CLAIM_PATTERN.search(s.text)
    if m:
        who = speaker
        if s.parsed:
            for t in s.tokens:
                if t.lemma_.lower() in ("claim", "take", "assume", "accept", "admit") and any(
                        c.lower_ in ("responsibility", "credit") for c in t.subtree):
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    if subj:
                        who = s.phrase(subj[0])
                        break
        return True, who, f"'{m.group(0)}'"
    if s.parsed and verb is not None and anchor is not None:
        # "X said it had killed...": the speaker reports its own action
        if verb.lemma_.lower() in ("say", "announce", "claim", "state", "add", "tell") and \
                verb in set(_ancestors(anchor)) and not _inquiry_into(anchor):
            clause = anchor
            for a in _ancestors(anchor):
                if a.pos_ in ("VERB", "AUX"):
                    clause = a
                    break
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            if subj and (subj[0].lower_ in ("it", "they", "we") or any(
                    # "a Fano commander told the paper his fighters had killed ...": the
                    # commander's own side
                    c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                    for c in subj[0].children)):
                return True, speaker, f"{speaker or 'the speaker'} reports its own action"
    return False, "", ""


#: "they had opened an investigation into the killing": the speaker's action is the inquiry.
_INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe"})


def _inquiry_into(anchor) -> bool:
    if anchor.dep_ != "pobj":
        return False
    gov = anchor.head.head  # the noun, or the verb the parser hung "into the killing" on
    return gov.lemma_.lower() in _INQUIRY_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRY_NOUNS for c in gov.children)


def _habitual_present(anchor) -> bool:
    """"Bandit gangs raid villages and kidnap for ransom": the simple present of an event verb.

    News reports incidents in the past tense; an event verb in the simple present (outside a
    headline) states a habit or a general truth. The verb that carries tense above the trigger
    decides; speech verbs ("police say") do not.
    """
    tok = anchor
    for _ in range(6):
        if tok.tag_ in ("VBD", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD")
                                            for c in tok.children):
            return False
        if tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP"):
            if tok.lemma_.lower() in REPORT_LEMMAS or any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children):
                return False
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _time_mark_clause(verb) -> bool:
    """"raped ... in mid-January, before the army retook the town": the clause dates the event
    told; the recapture is neither dated nor reported in its own right. A clause with a date of
    its own ("before soldiers recaptured it on Sunday") reports that event."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                    for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "until")


def _background(s: _Sent, trigger: Span, anchor, pub_date: dt.date | None,
                headline: bool = False) -> str:
    """The background marker governing the trigger, or '' when the event reads as news (in a
    headline the present tense tells what happened: no habitual present there)."""
    text = s.text
    scope = (0, len(text))
    if s.parsed and anchor is not None:
        clause = anchor
        for a in _ancestors(anchor):
            clause = a
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("amod",):
                break
        first, last = _subtree_ends(clause)
        scope = (s.rel(first), s.rel(last) + len(last.text))
    else:
        scope = (max(0, trigger.start - 80), min(len(text), trigger.end + 80))
    window = text[scope[0]:scope[1]]
    for name, rx in BACKGROUND_PATTERNS:
        m = rx.search(text if name in ("anniversary", "allegation") else window)
        if m:
            return f"{name}: '{m.group(0)}'"
    m = EARLIER_INCIDENT.search(text[:trigger.start])
    if m:
        return f"earlier incident: '{m.group(0).strip()}'"
    if s.parsed and anchor is not None and _time_mark_clause(clause):
        return "time mark: 'before/until' names another event only to date the one told"
    if s.parsed and anchor is not None and not headline and _habitual_present(anchor):
        return "habitual: a present-tense statement of what happens, not of what happened"
    for m in YEAR_PATTERN.finditer(window):
        year = int(m.group(1))
        if pub_date is None or year < pub_date.year:
            return f"explicit year {year}" + ("" if pub_date is None else f" before {pub_date.year}")
    return ""


def assess_modality(sent: Any, trigger_span: Span, *, pub_date: dt.date | None = None,
                    headline: bool = False) -> Modality:
    """Certainty, attribution and newness of the event whose trigger is ``trigger_span``.

    ``sent`` is the spaCy ``Span``/``Doc`` of the sentence (or its text); ``trigger_span`` has
    offsets relative to the sentence start (``TriggerDecision.trigger``). ``pub_date`` lets an
    explicit year equal to the publication year count as news; without it any explicit year in
    the trigger's clause reads as background. ``headline``: the sentence is a news headline
    standing alone, whose present tense ("Gunmen kill 5") tells a past event.
    """
    s = _Sent(sent)
    anchor = s.anchor(trigger_span) if s.parsed else None
    speaker, how, verb = _speaker(s, anchor)
    background = _background(s, trigger_span, anchor, pub_date, headline)
    is_new = not background
    tail = f"; background ({background})" if background else ""

    denied, who, why = _denied(s, anchor)
    if denied:
        return Modality("denied", who or speaker, is_new, f"denied: {why}{tail}")
    claimed, who, why = _claimed(s, anchor, speaker, verb)
    if claimed:
        return Modality("claimed", who or speaker, is_new, f"claimed: {why}{tail}")
    m = UNCONFIRMED_PATTERN.search(s.text)
    if m:
        return Modality("unconfirmed", speaker, is_new, f"unconfirmed: '{m.group(0)}'{tail}")
    if how in CONFIRM_LEMMAS or (verb is not None and verb.lemma_.lower() in CONFIRM_LEMMAS) or (
            # "both sides accused each other of starting the fighting" is blame, not assent
            _BOTH_SIDES.match(speaker) and not (verb is not None and verb.lemma_.lower() in (
                "accuse", "blame"))):
        # "according to both sides": each party acknowledges it (docs/fixtures.md, certainty)
        return Modality("confirmed", speaker, is_new, f"confirmed by {speaker}{tail}")
    if speaker:
        return Modality("reported", speaker, is_new, f"reported ({how} {speaker}){tail}")
    return Modality("reported", "", is_new, f"stated by the source{tail}")
