"""Spans of a report that may name places: the tokens under a span, a recognised name on its way
to resolution (``_Found``), and the span tests the recognition rules share (is it a name, is it
inside a longer one, trim it, widen it over an article).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..records import Document
from ._gazetteer import Candidate, Gazetteer
from ._geo_data import COMMON_ENGLISH_WORDS, DEMONYMS, GENERIC_NAME_WORDS, ORGANISATION_WORDS
_LOWER_JOINERS = frozenset({"of", "de", "del", "la", "le", "les", "du", "des", "da", "do",
                            "al", "el", "upon", "on", "the", "and", "y", "en", "sur", "am"})


#: A word before a capitalised name that makes it a place reading: "in Sake", "near Djibo".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|of|around)\s+(?:the\s+)?$")
#: An Arabic article before a name: hyphenated ("as-Suwayda", "ad-Dawr"), or "Al"/"El" and a
#: space; not "at"/"as"/"an" and a space, which are English words ("at Athens").
_ARTICLE_PREFIX = re.compile(r"(?:\b(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)-|\b(?:al|el) )$", re.I)


#: Nigeria's Local Government Areas are named after their seat: "Bokkos Local Government
#: Area" is the town's area (geo_precision 2 at the town), not an organisation.
_LGA = re.compile(r"[ \t]+(?:Local Government Area|local government area|LGA)\b")


class _Tokens:
    """spaCy tokens for character spans of ``clean_text``, from whichever analysis the document
    carries: one Doc of the whole text (``extras["analyse.spacy"]``, as the benchmark builds
    it), or the analyse stage's Docs of the sentences it parsed (``extras["analyse.parsed"]``,
    keyed by sentence index, offsets from the sentence start). A sentence the analyse stage did
    not parse (no event cue) has no tokens: the rules that need them are then skipped."""

    def __init__(self, doc: Document):
        self.whole = doc.extras.get("analyse.spacy")
        self.parsed = doc.extras.get("analyse.parsed") or {}
        self.sentences = doc.sentences
        self.starts = [s.span.start for s in doc.sentences]

    @property
    def available(self) -> bool:
        return self.whole is not None or bool(self.parsed)

    def span(self, start: int, end: int):
        """The spaCy span covering ``[start, end)``, or None."""
        if self.whole is not None:
            return self.whole.char_span(start, end, alignment_mode="expand")
        i = bisect_right(self.starts, start) - 1
        if i < 0 or self.sentences[i].index not in self.parsed:
            return None
        offset = self.sentences[i].span.start
        return self.parsed[self.sentences[i].index].char_span(start - offset, end - offset,
                                                               alignment_mode="expand")

    def at_sentence_start(self, text: str, start: int) -> bool:
        """True when nothing but punctuation precedes ``start`` in its sentence (or line)."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and start < self.sentences[i].span.end:
            return not any(ch.isalnum() for ch in text[self.sentences[i].span.start:start])
        return re.search(r"(?:^|[.!?\n])[^\w.!?\n]*$", text[max(0, start - 80):start]) is not None


@dataclass
class _Found:
    """A recognised name on its way to resolution."""

    start: int
    end: int
    text: str
    method: str
    role: str = "event"
    precision: int = 1
    want: str = ""  # "admin" | "settlement" | "" : a cue's preference
    candidates: list[Candidate] = field(default_factory=list)
    container: int | None = None  # index of a mention naming this one's admin unit or country
    other_name: bool = False  # matched only another name of its entry ("Kobane": Ayn al-Arab)
    part_of: str = ""  # the town whose district this is: "Kharkiv" of "Kharkiv's Kyivskyi district"
    best: Candidate | None = None
    score: float = 0.0


def _comma_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, s = [], start
    for i in range(start, end):
        if text[i] == ",":
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    return parts


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    lowered = text[s:e].lower()
    if lowered.startswith("the "):
        s += 4
    for suffix in ("'s", "\u2019s"):
        if text[s:e].endswith(suffix):
            e -= 2
    return s, e


def _with_article(text: str, start: int) -> int:
    """Extend a gazetteer match back over an Arabic article: "al-" + "Qusair"."""
    m = _ARTICLE_PREFIX.search(text[max(0, start - 4):start])
    if m and text[start - len(m.group()):start][:1].isalpha():
        return start - len(m.group())
    return start


def _looks_like_name(text: str, start: int, end: int, tokens: _Tokens, in_name: bool = False) -> bool:
    """Guards for gazetteer-only matches: capitalised proper nouns, not ordinary words. The
    proper-noun test needs tokens; without them (a sentence the analyse stage did not parse)
    the other guards stand alone. ``in_name``: the match may open a longer name ("Wooster"
    of "Wooster City Schools"), which the caller has checked."""
    parts = text[start:end].split()
    if len(text[start:end]) < 4 or not parts[0][:1].isupper():
        return False
    if any(not (p[:1].isupper() or p.lower() in _LOWER_JOINERS) for p in parts):
        return False
    if text[start:end].isupper() and len(parts) == 1 and len(parts[0]) <= 4:
        return False
    # (start, start): only the words before the match count, the caller checked those after
    opens_name = in_name and not _inside_longer_name(text, start, start)
    if _inside_longer_name(text, start, end) and not opens_name:
        return False
    if tokens.available and not _LOCATIVE_BEFORE.search(text[max(0, start - 16):start]) \
            and not _dateline_form(text, start, end):
        span = tokens.span(start, end)
        if span is None and tokens.whole is not None:
            return False
        if span is not None and span.doc.has_annotation("TAG") and \
                any(t.pos_ != "PROPN" and t.lower_ not in _LOWER_JOINERS for t in span):
            return False
    return True


def _dateline_form(text: str, start: int, end: int) -> bool:
    """A name in capitals opening a line, then a comma or dash: "TORRINGTON --", "HUDSON, N.Y."
    (a dateline further down, e.g. after a headline; taggers read such words as anything)."""
    return text[start:end].isupper() and re.match(r"\s*(?:,|--|[-\u2013\u2014])", text[end:end + 4]) is not None \
        and re.search(r"(?:^|\n)[^\w\n]*$", text[max(0, start - 10):start]) is not None


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when capitalised words run on around the match ("Eastern" of "Eastern Ghouta",
    "Jordan" of "Michael Jordan"): the name is part of a longer one we do not know."""
    if re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
        return True
    if re.match(r"-(?:e|i|ye|[A-Z])", text[end:end + 3]):  # "Dasht-e Barchi", "Khan-Sheikhoun"
        return True
    m = re.search(r"(?:^|(\S*)[ \t]+)(\S+)[ \t]+$", text[max(0, start - 40):start])
    if not m or not m.group(2)[:1].isupper() or m.group(2)[-1] in ".!?:;,\"\u201d)":
        return False
    before = m.group(1)
    sentence_start = before is None or before == "" or before[-1] in ".!?:\"\u201d\n"
    return not sentence_start


def _in_hyphenated_name(text: str, start: int, end: int) -> bool:
    """Whether the match is the head of a name joined by a Persian connective ("Dasht" of
    "Dasht-e Barchi"). Not two places joined ("Dallas-Fort Worth": both are places)."""
    return re.match(r"-(?:e|i|ye)[ \t-]", text[end:end + 4]) is not None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _drop_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep the first of overlapping mentions (dateline, then spaCy, then gazetteer order)."""
    kept: list[_Found] = []
    for f in found:
        if not _overlaps(f.start, f.end, [(k.start, k.end) for k in kept]):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _followed_by_organisation_word(text: str, end: int) -> bool:
    """"Sudan Liberation Movement", "Laurel County Sheriff's Office": the capitalised words
    right after the name run into an organisation's head word."""
    if _LGA.match(text[end:end + 30]):
        return False
    m = re.match(r"(?:[ \t]+[A-Z][\w'\u2019.&-]*){1,3}", text[end:end + 60])
    if not m:
        return False
    return any(re.sub(r"['\u2019]s$", "", w).lower() in ORGANISATION_WORDS for w in m.group().split())


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _ordinary_word(key: str) -> bool:
    """A key the gazetteer automaton alone never makes a place: a generic place word
    ("Eastern", "University") or a common English word ("Since", "Police", "Human")."""
    return key in GENERIC_NAME_WORDS or key in COMMON_ENGLISH_WORDS


#: Words that make a capitalised name a person's: a title before it, a speech verb after it.
_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Maj|Sgt|Lt|Capt|Cpl|Pvt|Det|Insp|Supt|Judge|"
    r"Justice|Officer|Deputy|Trooper|Sheriff|Chief|Coach|Pastor|Rev|Father|Sister|Brother|"
    r"President|Mayor|Minister|Commissioner|Councilman|Councilwoman|Attorney)\.?[ \t]+$")
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|asked|stated|explained|noted|wrote|"
                           r"recalled|argued|testified|replied|declined|was|is|has|had|who)\b")


def _person_context(text: str, start: int, end: int) -> bool:
    """A title before the name ("Sheriff Ashland") or a speech verb after it ("Ashland said")."""
    return _PERSON_TITLE_BEFORE.search(text[max(0, start - 16):start]) is not None \
        or _SPEECH_AFTER.match(text[end:end + 16]) is not None


def _names_organisation(name: str) -> bool:
    """Whether an ORG entity's words include an organisation's head word ("Sudan Liberation
    Movement", "Laurel County Sheriff's Office"), rather than naming a site ("Kuweires Airbase")."""
    return any(re.sub(r"['\u2019]s$", "", w).lower() in ORGANISATION_WORDS for w in name.split())


def _is_demonym(name: str) -> bool:
    name = name.strip()
    if name in DEMONYMS or (name.endswith("s") and name[:-1] in DEMONYMS):
        return True
    return name.upper() == name and name.title() in DEMONYMS


def _after_number(text: str, start: int) -> bool:
    """Initials right after a number are no place: "300 BC" is a year."""
    return re.search(r"\d\W?$", text[max(0, start - 2):start]) is not None


def _extend_over_joiner(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of a place entity that spaCy cut before "del"/"de"/"of"/"and" or another
    capitalised word and the rest of the name ("Valle" of "Valle del Cauca", "Trinidad" of
    "Trinidad and Tobago", "Baja" of "Baja California"), when the whole is a gazetteer name."""
    m = re.match(r"[ \t]+(?:(?:del|de la|de|do|da|dos|das|of|and)[ \t]+)?"
                 r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?", text[end:end + 50])
    if not m:
        return end
    last = m.group().split()[-1]
    stops = {end + m.end(), end + m.end() - len(last) - 1}
    if re.search(r"['\u2019]s$", last):
        stops.add(end + m.end() - 2)  # "Newfoundland and Labrador's ties": the name without its 's
    for stop in sorted(stops, reverse=True):
        name = text[start:stop].strip()
        if any(c.match == "exact" for c in gazetteer.candidates(name)):
            return stop
    return end


#: One or two capitalised words right before a name (after a space, or at the text's start).
_CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[ \t\n]))([A-Z][\w\u2019'-]*[ \t]+){1,2}$")


def _extend_back(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The start of a place entity that spaCy cut after a capitalised first word of the name
    ("Santos" of "General Santos", "Santos City" of "General Santos City"), when the whole is
    a gazetteer name of its own (no mere skeleton or alternate match)."""
    m = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    for word in re.finditer(r"[A-Z][\w\u2019'-]*", text[m.start():start]):
        s = m.start() + word.start()
        if any(c.match == "exact" for c in gazetteer.candidates(text[s:end].strip())):
            return s
    return start


#: The end of a date's or time's own words: its last comma or number ("January,",
#: "12:03 p.m."), after which the small model often runs on over a name.
_STRETCHED_END = re.compile(r"(?:,|\d(?:[\d:.]*\d)?(?:[ \t]*[ap]\.m\.)?)[ \t]+(?=[A-Z])")


def _before_stretched_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a DATE or TIME entity that is no name: all of it, unless a capitalised word
    follows its last comma or number ("January, South Carolina")."""
    last = None
    for last in _STRETCHED_END.finditer(text, start, end):
        pass
    return (start, last.end()) if last else (start, end)
