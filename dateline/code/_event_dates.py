"""When an event happened: the day a sentence gives its event, and one event per reported day.

ONTOLOGY §5 dates an event by the day the source gives for it, and §1 makes one event per
reported day. A sentence often holds other days too: the day a statement was made ("said on
Monday"), the page's own date ("Posted on ..."), the day of something else in a relative or
adverbial clause ("women who reached Rufaa over the weekend said fighters raped ... in
mid-January"). These helpers pick the event's own day and split "on Saturday and Sunday" into
one event per day, with a shared toll split evenly (§6.8).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..records import Document, Fatalities, Mention, Sentence, TimeExpr


def pair_place_day(mention: Mention) -> tuple:
    place = mention.location.place if mention.location else None
    # a pair has no order (ONTOLOGY §1): "Israel vs gunmen" and "gunmen vs Israel" are one
    first, second = sorted((mention.actor1.name if mention.actor1 else "",
                            mention.actor2.name if mention.actor2 else ""))
    return (first, second,
            (place.geonames_id, place.latitude, place.longitude) if place else None, mention.date)


def event_times(doc: Document, sentence: Sentence) -> list[TimeExpr]:
    """The sentence's usable times without a statement's day ("the government said on Saturday")."""
    return [t for t in usable_times(sentence.times) if not _is_statement_time(doc, t)]


def usable_times(times: list[TimeExpr]) -> list[TimeExpr]:
    return [t for t in times if t.relation != "future" and (t.date is not None or t.kind == "year")]


# "said on Monday", "told reporters on Tuesday": the day of the statement, not of the event.
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told \w+|announced|stated|reported|confirmed|added|claimed|denied|"
    r"statement|spokesm[ae]n|briefing)"
    # "a statement read on state television on Saturday": how the statement was made public
    r"(?:\s+(?:read|published|posted|broadcast|issued|aired|released)(?:\s+(?:on|by|in|at)\s+"
    r"[\w-]+(?:\s+[\w-]+)?)?)?\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
# "KHARTOUM, Feb 6 (Reuters) -": the wire dateline dates the report.
DATELINE_AFTER = re.compile(r"^[^.]{0,30}?(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]")


#: "on Friday, Saturday and Sunday", "on Saturday and Sunday": days joined in one phrase.
_DAY_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:again\s+|also\s+|then\s+)?(?:on\s+)?$",
                       re.IGNORECASE)


def coordinated_days(doc: Document, sentence: Sentence) -> list[TimeExpr]:
    """The day-precise times of the sentence joined by commas or "and" into one list, if any."""
    days = sorted((t for t in event_times(doc, sentence) if t.precision == 1 and t.date is not None),
                  key=lambda t: t.span.start)
    groups: list[list[TimeExpr]] = []
    for time in days:
        if groups and (time.span.start < groups[-1][-1].span.end or _DAY_JOIN.match(
                doc.clean_text[groups[-1][-1].span.end:time.span.start])):
            groups[-1].append(time)
        else:
            groups.append([time])
    return max(groups, key=len) if groups and max(len(g) for g in groups) >= 2 else []


def other_days(doc: Document, sentence: Sentence, mention: Mention) -> list[Mention]:
    """One event per reported day (ONTOLOGY §1): "fighting raged on Friday, Saturday and Sunday".

    The mention dated by one day of a list gets a copy for each other day of it; a toll given
    with it is split evenly, the remainder on the first day (§6.8).
    """
    days = coordinated_days(doc, sentence)
    if not any(t.date == mention.date and t.span.text == mention.raw_time_expr for t in days):
        return []
    dates = sorted({t.date for t in days})
    copies = _per_day(mention, dates)
    doc.extras.setdefault("code.day_groups", []).append([mention] + copies)
    return copies


def _per_day(mention: Mention, dates: list[dt.date]) -> list[Mention]:
    """Copies of ``mention`` for the other ``dates``; its toll split evenly, the rest on the first."""
    copies = [replace(mention, date=d, assoc_actor_1=list(mention.assoc_actor_1),
                      assoc_actor_2=list(mention.assoc_actor_2)) for d in dates if d != mention.date]
    group = sorted([mention] + copies, key=lambda m: m.date)
    total = mention.fatalities.count
    if total:
        share, extra = divmod(total, len(group))
        for i, m in enumerate(group):
            m.fatalities = Fatalities(share + (extra if i == 0 else 0), mention.fatalities.raw,
                                      f"{mention.fatalities.rule}; split over {len(group)} days")
    return copies


#: A toll given for all the days of a multi-day fight.
_OVER_THE_DAYS = re.compile(r"\b(?:over|during|in|across) (?:the |those |these )?(?:two|three|four|five|six|"
                            r"seven|\d+|past \w+|last \w+) days\b|\bon (?:both|all \w+) days\b|"
                            r"\bover the weekend\b", re.IGNORECASE)


def split_multiday_tolls(doc: Document) -> None:
    """"Five soldiers were killed over the two days": one total for the days of a fight (§6.8).

    A follow-up toll folded into one day of a fight told day by day is spread over those days:
    evenly, the remainder on the first day.
    """
    for group in doc.extras.get("code.day_groups", []):
        dates = sorted({m.date for m in group})
        keys = {pair_place_day(m)[:3] for m in group}
        for mention in list(doc.mentions):
            if (any(mention is m for m in group) or mention.date not in dates
                    or not mention.fatalities.count or pair_place_day(mention)[:3] not in keys
                    or not _OVER_THE_DAYS.search(mention.sentence.text)):
                continue
            doc.mentions.extend(_per_day(mention, dates))


def same_paragraph_before(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences before ``sentence`` in its paragraph, nearest first.

    "Yesterday morning (Monday) I was on my way ... By the time the police came ...": an
    undated sentence continues the day its paragraph gave, before the lead's.
    """
    found = []
    for earlier in reversed(doc.sentences[:sentence.index]):
        if "\n\n" in doc.clean_text[earlier.span.end:sentence.span.start] or (
                found and "\n\n" in doc.clean_text[earlier.span.end:found[-1].span.start]):
            break
        found.append(earlier)
    return found


def under_day_heading(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's paragraph opens with a day of its own ("**Tuesday.** Students
    blocked ..."): a report told day by day dates every sentence under each day's heading."""
    for earlier in same_paragraph_before(doc, sentence):
        times = usable_times(earlier.times)
        if times and len(earlier.span.text.strip(" .:*-—")) <= len(times[0].span.text) + 4:
            return True
    return False


def _is_statement_time(doc: Document, time: TimeExpr) -> bool:
    before = doc.clean_text[max(0, time.span.start - 60):time.span.start]
    if SPEECH_BEFORE.search(before):
        return True
    at_top = time.span.start < 60 and not doc.clean_text[:time.span.start].count("\n")
    return at_top and bool(DATELINE_AFTER.match(doc.clean_text[time.span.end:time.span.end + 60]))


#: Clauses hung on the trigger's clause that tell something else ("who visited the town on
#: Wednesday", "as they were buried on Wednesday"): their times are not the trigger's.
_OTHER_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl"})


def trigger_scope(sdoc, rel_start: int, offset: int):
    """A test on document offsets: is this inside the trigger's own clause, if parsed?

    The clause is the subtree of the verb that governs the trigger (for a verb joined by "and",
    the first verb's, whose modifiers both share), without the relative, adverbial and
    complement clauses hung on it that do not hold the trigger.
    """
    from ._cues import _clause_verb

    if not getattr(sdoc, "has_annotation", lambda _: False)("DEP"):
        return None
    tok = next((t for t in sdoc if t.idx <= rel_start < t.idx + max(len(t.text), 1)), None)
    if tok is None:
        return None
    verb = _clause_verb(tok)
    while verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and (
            verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB"))):
        # "raided a camp on Tuesday, killing four", "gathered on Thursday to protest": the
        # participle or infinitive shares the day of the verb it hangs on
        verb = verb.head
    clause = list(verb.subtree)
    inside = {t.i for t in clause}
    for t in clause:
        if t.dep_ in _OTHER_CLAUSES and t is not verb and not (
                t.left_edge.i <= tok.i <= t.right_edge.i):
            inside -= {u.i for u in t.subtree}
    kept = [t for t in clause if t.i in inside]
    starts = {offset + t.idx for t in kept}
    spans = sorted((offset + t.idx, offset + t.idx + len(t.text)) for t in kept)
    return lambda position: position in starts or any(a <= position < b for a, b in spans)


def trigger_clause(sdoc, rel_start: int, offset: int) -> tuple[int, int] | None:
    """The document offsets of the clause the trigger heads (its verb's subtree), if parsed."""
    from ._cues import _clause_verb

    tok = next((t for t in sdoc if t.idx <= rel_start < t.idx + max(len(t.text), 1)), None)
    if tok is None or not getattr(sdoc, "has_annotation", lambda _: False)("DEP"):
        return None
    first, last = _subtree_ends(_clause_verb(tok))
    return offset + first.idx, offset + last.idx + len(last.text)


def _subtree_ends(tok):
    """The first and the last token ``tok.subtree`` yields, found without walking the subtree
    (spaCy's walk rescans every child's span: 3x slower). Not ``left_edge``/``right_edge``:
    in a non-projective parse the walk's order is not the text's."""
    first = tok
    while (left := next(first.lefts, None)) is not None:
        first = left
    last = tok
    while rights := list(last.rights):
        last = rights[-1]
    return first, last


def event_date(doc: Document, sentence: Sentence, trigger_start: int | None = None, *,
               clause: tuple[int, int] | None = None) -> tuple[dt.date | None, int | None, str]:
    """The event's date: the time expression nearest the trigger, else the lead's, else the pub date.

    The expression nearest the event word dates it ("said on Monday that ... on Sunday night"
    is Sunday); a statement's day or a wire dateline's date is used only when nothing else
    is there. News reports the latest day first, and an undated sentence later in an article
    most often continues the lead's day, so the lead's date is the fallback before the
    publication date (which then gets precision 2: the day is not stated, only that it is recent).
    """
    own = event_times(doc, sentence)
    if own:
        anchor = sentence.span.start if trigger_start is None else trigger_start
        # "women who reached Rufaa over the weekend said fighters had raped ... in mid-January":
        # a time inside the trigger's own clause dates it before a nearer one outside
        outside = (lambda t: not (clause[0] <= t.span.start < clause[1])) if clause else (lambda t: False)
        best = min(own, key=lambda t: (_is_statement_time(doc, t), t.precision is None, outside(t),
                                       abs(t.span.start - anchor)))
        return best.date, best.precision, best.span.text
    for earlier in same_paragraph_before(doc, sentence) + doc.sentences[: min(sentence.index, 3)]:
        lead = [t for t in usable_times(earlier.times) if t.precision and not _is_statement_time(doc, t)]
        if lead:
            # "Twelve years ago today, on 21 August 2013, ...": the calendar date, not "today"
            best = min(lead, key=lambda t: (t.precision, t.kind != "explicit"))
            return best.date, best.precision, best.span.text
    statements = usable_times(sentence.times)
    if statements:
        best = min(statements, key=lambda t: (t.precision is None, abs(t.span.start - sentence.span.start)))
        return best.date, best.precision, best.span.text
    if doc.published is not None:
        return doc.published, 2, ""
    return None, None, ""
