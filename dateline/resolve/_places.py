"""Place mentions: find toponyms in a report, resolve them to gazetteer entries, and link an
event to the place where it happened. docs/places.md describes every rule; in short:

Recognition (``find_place_mentions``): a dateline opening the report (role ``dateline``: it
sets the country context, it is not an event place); spaCy GPE/LOC/FAC entities, trimmed and
split at commas; ORG/NORP/PERSON entities that are nothing but a known place name (the small
model tags "Idlib" ORG); a gazetteer longest match for names spaCy missed, guarded against
ordinary words; other occurrences of names already taken as places. Demonyms ("Syrian") and
places inside organisation names ("Sudan Liberation Movement") are role ``context``: evidence of
the country, never event places.

Cues around a name set its precision (ONTOLOGY §4): "X province/district/..." picks the admin
unit (geo_precision 3); "near X", "the outskirts of X", "villages around X" give 2; "the
town/village of X" prefers a populated place.

Resolution ranks each name's candidates by prominence (``_gazetteer.prominence``) plus what the
rest of the report says: the countries of the other places, the dateline and demonyms, their
admin1 regions, a container named right after the place ("Daraa, southern Syria"), and the
distance to the other places. Three passes: each pass's choices are the next one's context. The
score is the winner's share of the candidates' weights (a softmax), in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..records import Document, Place, PlaceMention, Span
from ..settings import Settings
from ._gazetteer import Candidate, Gazetteer, has_main_name, name_key, prominence, towns_by_admin
from ._geo_data import (ADMIN_UNIT_WORDS, CONTINENT_DEMONYMS, DATELINE_PATTERNS, DEMONYMS,
                        FEATURES_NOT_EVENT, GENERIC_NAME_WORDS, GROUP_NAMES, LOCATIVE_PREPOSITIONS, NEAR_CUES,
                        ORGANISATION_WORDS, ORIGIN_PREPOSITIONS, SETTLEMENT_WORDS)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entities whose words are never taken as places by the gazetteer matcher.
BLOCKING_LABELS = frozenset({"PERSON", "NORP", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT",
                             "LAW", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY"})
_LOWER_JOINERS = frozenset({"of", "de", "del", "la", "le", "les", "du", "des", "da", "do",
                            "al", "el", "upon", "on", "the", "and", "y", "en", "sur", "am"})
_DIRECTION = re.compile(r"^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?"
                        r"(?:[- ]?(?:east|west)(?:ern)?)?|eastern|western|greater)\s+", re.I)
_DEMONYM_WORDS = sorted(set(DEMONYMS) | set(CONTINENT_DEMONYMS), key=len, reverse=True)
_DEMONYM_RE = re.compile(r"\b((?:" + "|".join(re.escape(w) for w in _DEMONYM_WORDS) + r")s?)\b(?![-\u2013])")
#: A word before a capitalised name that makes it a place reading: "in Sake", "near Djibo".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|into|of|around)\s+(?:the\s+)?$")
_ARTICLE_PREFIX = re.compile(r"(?:\b(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[-\s])$", re.I)


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
    best: Candidate | None = None
    score: float = 0.0


# ---------------------------------------------------------------------------- entry point


def find_place_mentions(doc: Document, gazetteer: Gazetteer, settings: Settings) -> list[PlaceMention]:
    """Every place named in ``doc.clean_text``, resolved where the evidence allows.

    Offsets are into ``clean_text``. A mention whose best score is under
    ``settings.resolve.place_threshold`` is kept with ``place=None``.
    """
    text = doc.clean_text or doc.text
    sdoc = doc.extras.get("analyse.spacy")
    found = _recognise(doc, text, gazetteer, sdoc)
    for f in found:
        _read_cues(text, f)
        if not f.candidates:
            f.candidates = _candidates(gazetteer, f)
    _link_containers(text, found)
    _resolve(found, text, gazetteer)
    threshold = settings.resolve.place_threshold
    out = []
    for f in found:
        resolved = f.best is not None and f.score >= threshold
        place = f.best.place if resolved else None
        precision = _precision(place, f) if place else f.precision
        out.append(PlaceMention(span=Span(f.start, f.end, text[f.start:f.end]), place=place,
                                geo_precision=precision, score=round(f.score, 4), role=f.role,
                                method=f.method + ("" if resolved else "+unresolved")))
    return out


# ---------------------------------------------------------------------------- recognition


def _recognise(doc: Document, text: str, gazetteer: Gazetteer, sdoc) -> list[_Found]:
    entities = [e for s in doc.sentences for e in s.entities]
    found: list[_Found] = _find_dateline(text, gazetteer)
    for ent in entities:
        if ent.label in PLACE_LABELS or (ent.label == "PERSON" and _ends_with_unit_word(ent.span.text)):
            found.extend(_from_entity(text, ent.span.start, ent.span.end, gazetteer))
    found.extend(_demonyms(text, gazetteer))
    for ent in entities:
        if ent.label in ("ORG", "NORP", "PERSON"):
            found.extend(_mislabelled_place(text, ent.span.start, ent.span.end, ent.label, gazetteer))
    for ent in entities:
        if ent.label == "ORG":
            found.extend(_inside_organisation(text, ent.span.start, ent.span.end, gazetteer))
    found = _drop_overlaps(found)
    blocked = [(e.span.start, e.span.end) for e in entities if e.label in BLOCKING_LABELS]
    blocked += [(f.start, f.end) for f in found]
    for start, end, key in gazetteer.match_names(text):
        if key not in GENERIC_NAME_WORDS and not _overlaps(start, end, blocked) \
                and _looks_like_name(text, start, end, sdoc):
            found.append(_Found(start, end, text[start:end], "gazetteer"))
    found = _drop_overlaps(found + _repeats(text, found, entities))
    for f in found:
        if f.role != "dateline":
            f.start = _with_article(text, f.start)
            f.text = text[f.start:f.end]
        if f.role == "event" and _followed_by_organisation_word(text, f.end):
            f.role, f.method = "context", f.method + "+in_organisation"
    return found


def _repeats(text: str, found: list[_Found], entities) -> list[_Found]:
    """Other occurrences of a name already taken as a place, which spaCy tagged otherwise
    (a town tagged GPE once and PERSON later in the same report is the same town)."""
    names = {f.text for f in found if f.method.split("+")[0] in ("spacy", "dateline", "gazetteer")
             and f.role != "context" and len(f.text) >= 4 and f.text[:1].isupper()}
    if not names:
        return []
    covered = [(f.start, f.end) for f in found]
    longer = [(e.span.start, e.span.end, e.span.text) for e in entities]
    out = []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    for m in pattern.finditer(text):
        if _overlaps(m.start(), m.end(), covered):
            continue
        inside = [t for s, e, t in longer if s < m.end() and m.start() < e]
        if any(t.strip() != m.group() for t in inside):
            continue
        out.append(_Found(m.start(), m.end(), m.group(), "repeat"))
    return out


def _demonyms(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """"Syrian", "Congolese", "South Sudanese": no place, but context about a country.

    Kept as role ``context`` mentions of the country (or continent), never event places.
    """
    out = []
    for m in _DEMONYM_RE.finditer(text):
        word = m.group(1)
        iso2 = Gazetteer.demonym(word)
        place = gazetteer.country_place(iso2) if iso2 else None
        if place is None and word.rstrip("s") in CONTINENT_DEMONYMS:
            found = [c for c in gazetteer.candidates(CONTINENT_DEMONYMS[word.rstrip("s")])
                     if c.place.feature == "continent"]
            cands = found[:1]
        else:
            cands = [c for c in gazetteer.candidates(place.name) if c.place.geonames_id == place.geonames_id][:1] \
                if place else []
        if cands:
            out.append(_Found(m.start(1), m.end(1), word, "demonym", role="context",
                              precision=3, candidates=cands))
    return out


def _ends_with_unit_word(name: str) -> bool:
    parts = name.split()
    return len(parts) > 1 and parts[-1].lower() in ADMIN_UNIT_WORDS


def _find_dateline(text: str, gazetteer: Gazetteer) -> list[_Found]:
    """The place (and country) of a dateline at the start of the report, if any."""
    head = text[:160]
    for pattern in DATELINE_PATTERNS:
        m = pattern.match(head)
        if not m:
            continue
        out = []
        for group in (1, 2):
            if m.group(group) and gazetteer.candidates(m.group(group).strip()):
                start = m.start(group)
                name = m.group(group).strip()
                start += m.group(group).index(name)
                out.append(_Found(start, start + len(name), name, "dateline", role="dateline"))
        if out:
            return out
    return []


def _from_entity(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """A spaCy place entity, trimmed and split at commas into the names it holds; when the
    whole has no gazetteer entry, the known names inside it ("Guernsey County" of
    "Guernsey County Sheriff's Office")."""
    out = []
    for s, e in _comma_parts(text, start, end):
        s, e = _trim(text, s, e)
        if e - s < 2 or _is_demonym(text[s:e]):
            continue
        name = text[s:e]
        if gazetteer.candidates(name):
            out.append(_Found(s, e, name, "spacy"))
            continue
        m = _DIRECTION.match(name)
        if m and gazetteer.candidates(name[m.end():]):
            out.append(_Found(s + m.end(), e, name[m.end():], "spacy"))
            continue
        inner = [(s + a, s + b) for a, b, key in gazetteer.match_names(name)
                 if key not in GENERIC_NAME_WORDS and name[a:a + 1].isupper()]
        if inner:
            out.extend(_Found(a, b, text[a:b], "spacy+part") for a, b in inner)
        else:
            out.append(_Found(s, e, name, "spacy"))
    return out


def _mislabelled_place(text: str, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[_Found]:
    """An ORG/NORP/PERSON entity that is nothing but a known place name: the small model often
    tags "Idlib" ORG or "Aleppo" NORP. Taken as a place when the name is the entry's own name
    (or a spelling of it) and the entry is prominent (a country or admin unit, or a town of at
    least 5,000), or when a locative word comes before it ("in", "near", "town of")."""
    s, e = _trim(text, start, end)
    name = text[s:e]
    if e - s < 3 or _is_demonym(name) or name_key(name) in GROUP_NAMES or \
            name_key(name) in GENERIC_NAME_WORDS:
        return []
    cands = [c for c in gazetteer.candidates(name) if c.spelling and c.match != "skeleton"]
    prominent = any(c.place.feature != "populated place" or c.place.population >= 5000 for c in cands)
    cue = _LOCATIVE_BEFORE.search(text[max(0, s - 16):s])
    if not cands or not (cue or (label != "PERSON" and prominent)):
        return []
    return [_Found(s, e, name, "spacy_" + label.lower())]


def _inside_organisation(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[_Found]:
    """Places named inside an organisation's name: kept as context, never as event places."""
    out = []
    for s, e, key in gazetteer.match_names(text[start:end]):
        s, e = s + start, e + start
        if text[s].isupper() and not _is_demonym(text[s:e]) and e - s >= 3 \
                and key not in GENERIC_NAME_WORDS \
                and any(c.spelling for c in gazetteer.candidates(text[s:e])):
            out.append(_Found(s, e, text[s:e], "in_organisation", role="context"))
    return out


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


def _looks_like_name(text: str, start: int, end: int, sdoc) -> bool:
    """Guards for gazetteer-only matches: capitalised proper nouns, not ordinary words."""
    parts = text[start:end].split()
    if len(text[start:end]) < 4 or not parts[0][:1].isupper():
        return False
    if any(not (p[:1].isupper() or p.lower() in _LOWER_JOINERS) for p in parts):
        return False
    if text[start:end].isupper() and len(parts) == 1 and len(parts[0]) <= 4:
        return False
    if _inside_longer_name(text, start, end):
        return False
    if sdoc is not None and not _LOCATIVE_BEFORE.search(text[max(0, start - 16):start]):
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ != "PROPN" and t.lower_ not in _LOWER_JOINERS for t in span):
            return False
    return True


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when capitalised words run on around the match ("Eastern" of "Eastern Ghouta",
    "Jordan" of "Michael Jordan"): the name is part of a longer one we do not know."""
    if re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
        return True
    m = re.search(r"(?:^|(\S*)[ \t]+)(\S+)[ \t]+$", text[max(0, start - 40):start])
    if not m or not m.group(2)[:1].isupper() or m.group(2)[-1] in ".!?:;,\"\u201d)":
        return False
    before = m.group(1)
    sentence_start = before is None or before == "" or before[-1] in ".!?:\"\u201d\n"
    return not sentence_start


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
    m = re.match(r"(?:[ \t]+[A-Z][\w'\u2019.&-]*){1,3}", text[end:end + 60])
    if not m:
        return False
    return any(re.sub(r"['\u2019]s$", "", w).lower() in ORGANISATION_WORDS for w in m.group().split())


def _is_demonym(name: str) -> bool:
    name = name.strip()
    if name in DEMONYMS or (name.endswith("s") and name[:-1] in DEMONYMS):
        return True
    return name.upper() == name and name.title() in DEMONYMS


# ---------------------------------------------------------------------------- cues


def _read_cues(text: str, f: _Found) -> None:
    """Precision and feature preference from the words around a name (ONTOLOGY §4)."""
    before = re.sub(r"\s+", " ", text[max(0, f.start - 40):f.start].lower())
    next_word = re.match(r"[ \t-]*([A-Za-z-]+)", text[f.end:f.end + 20])
    word = next_word.group(1).lower() if next_word else ""
    units = "|".join(ADMIN_UNIT_WORDS)
    if word in ADMIN_UNIT_WORDS or (len(f.text.split()) > 1 and f.text.split()[-1].lower() in ADMIN_UNIT_WORDS) \
            or re.search(r"\b(?:" + units + r") of (?:the )?$", before):
        f.want, f.precision = "admin", 3
    elif re.search(r"\b(?:" + "|".join(SETTLEMENT_WORDS) + r") of (?:the )?$", before) or \
            re.search(r"\bthe (?:" + "|".join(SETTLEMENT_WORDS) + r") $", before):
        f.want = "settlement"
    for cue in NEAR_CUES:
        if re.search(r"(?:^|\W)" + re.escape(cue) + r" (?:the )?$", before):
            f.precision = max(f.precision, 2)
            f.method += "+near"
            break


def _candidates(gazetteer: Gazetteer, f: _Found) -> list[Candidate]:
    name = f.text
    cands = gazetteer.candidates(name)
    if not cands and len(name.split()) > 1 and name.split()[-1].lower() in ADMIN_UNIT_WORDS:
        cands = gazetteer.candidates(" ".join(name.split()[:-1]))
    if f.want == "admin":
        admins = [c for c in cands if c.place.feature in ("admin1", "admin2", "admin3", "other")]
        cands = admins or cands
    elif f.want == "settlement":
        towns = [c for c in cands if c.place.feature == "populated place"]
        cands = towns or cands
    return cands


def _link_containers(text: str, found: list[_Found]) -> None:
    """"Daraa, southern Syria" / "Springfield, Illinois": the second names the first's unit."""
    for i in range(len(found) - 1):
        between = text[found[i].end:found[i + 1].start]
        if re.fullmatch(r",\s*(?:(?:the )?(?:north|south|east|west|central)\w*(?:[- ]\w+ern)?\s+)?",
                        between, flags=re.I) or re.fullmatch(r"\s*\(\s*", between):
            found[i].container = i + 1


# ---------------------------------------------------------------------------- resolution

_W_COUNTRY = 5.0
_W_ADMIN1 = 3.0
_W_CONTAINER = 4.0
_W_NEAR = 4.0
_NEAR_UNIT_SHARE = 0.5  # admin units are areas: their centroid's nearness counts less


@dataclass
class _Context:
    """What the rest of the document says: weights of countries and admin1 regions, and points.

    ``own`` holds each mention's own contribution, so a mention is judged by the others only
    (otherwise a first guess would vote for itself in the next pass).
    """

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    points: list[tuple[float, float, float]] = field(default_factory=list)
    own: dict[int, tuple[str, str, float]] = field(default_factory=dict)

    def country_share(self, iso2: str, who: int = -1) -> float:
        own_iso2, _, w = self.own.get(who, ("", "", 0.0))
        total = sum(self.countries.values()) - w
        mine = self.countries[iso2] - (w if own_iso2 == iso2 else 0.0)
        return mine / total if total > 1e-9 else 0.0

    def admin1_share(self, code: str, who: int = -1) -> float:
        _, own_code, w = self.own.get(who, ("", "", 0.0))
        w = w if own_code else 0.0
        total = sum(self.admin1.values()) - w
        mine = self.admin1[code] - (w if own_code == code else 0.0)
        return mine / total if total > 1e-9 and code else 0.0


def _resolve(found: list[_Found], text: str, gazetteer: Gazetteer) -> None:
    context = _initial_context(found, text, gazetteer)
    _choose_all(found, context)
    for _ in range(2):
        context = _context_from_choices(found, text, gazetteer)
        _choose_all(found, context)


def _initial_context(found: list[_Found], text: str, gazetteer: Gazetteer) -> _Context:
    """Countries from the dateline, from names that can only be one country, and demonyms."""
    ctx = _Context()
    for f in found:
        countries = {c.place.iso2 for c in f.candidates if c.match in ("exact", "alias")}
        weight = 2.0 if f.role == "dateline" else 1.0
        if len(countries) == 1:
            ctx.countries[next(iter(countries))] += weight
    for word, n in _demonym_counts(text).items():
        ctx.countries[word] += 0.5 * min(n, 3)
    return ctx


def _demonym_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for m in re.finditer(r"\b[A-Z][a-z]+(?:ese|ian|an|i|ish|ean|ine|ch|ic)?\b", text):
        iso2 = DEMONYMS.get(m.group())
        if iso2:
            counts[iso2] += 1
    return counts


def _context_from_choices(found: list[_Found], text: str, gazetteer: Gazetteer) -> _Context:
    ctx = _Context()
    for i, f in enumerate(found):
        if f.best is None:
            continue
        weight = f.score * (2.0 if f.role == "dateline" else 1.0)
        p = f.best.place
        ctx.countries[p.iso2] += weight
        code = f.best.admin1_code if p.feature not in FEATURES_NOT_EVENT else ""
        ctx.own[i] = (p.iso2, code, weight)
        if code:
            ctx.admin1[code] += weight
        if p.feature not in FEATURES_NOT_EVENT:
            ctx.points.append((p.latitude, p.longitude, weight))
    for word, n in _demonym_counts(text).items():
        ctx.countries[word] += 0.3 * min(n, 3)
    return ctx


def _choose_all(found: list[_Found], ctx: _Context) -> None:
    for i, f in enumerate(found):
        if not f.candidates:
            f.best, f.score = None, 0.0
            continue
        container = found[f.container] if f.container is not None else None
        towns, main = towns_by_admin(f.candidates), has_main_name(f.candidates)
        scored = [(_score(c, i, f, ctx, container, towns, main), c) for c in f.candidates]
        scored.sort(key=lambda sc: -sc[0])
        top = scored[0][0]
        weights = [math.exp((s - top) * math.log(10)) for s, _ in scored]
        f.best = scored[0][1]
        f.score = 1.0 / sum(weights)
        if f.best.match == "skeleton":
            f.score *= 0.6 if ctx.country_share(f.best.place.iso2, i) > 0 else 0.15


def _score(c: Candidate, i: int, f: _Found, ctx: _Context, container: _Found | None,
           towns: set[str], has_main: bool) -> float:
    p = c.place
    total = prominence(c, towns, has_main)
    total += _W_COUNTRY * ctx.country_share(p.iso2, i)
    if p.feature not in FEATURES_NOT_EVENT:
        total += _W_ADMIN1 * ctx.admin1_share(c.admin1_code, i)
    if p.feature not in FEATURES_NOT_EVENT:
        total += _W_NEAR * _nearness(p, ctx) * (1.0 if p.feature == "populated place" else _NEAR_UNIT_SHARE)
    if container is not None and _contains(container, c):
        total += _W_CONTAINER
    if f.want == "admin" and p.feature in ("admin1", "admin2", "admin3"):
        total += 1.0
    return total


def _contains(container: _Found, c: Candidate) -> bool:
    for k in container.candidates:
        kp = k.place
        if kp.feature == "country" and kp.iso2 == c.place.iso2 and c.place.feature != "country":
            return True
        if kp.feature == "admin1" and k.admin1_code and k.admin1_code == c.admin1_code \
                and c.place.feature not in ("country", "admin1"):
            return True
        if kp.feature == "admin2" and k.admin2_code and k.admin2_code == c.admin2_code \
                and c.place.feature == "populated place":
            return True
    return False


def _nearness(p: Place, ctx: _Context) -> float:
    """1 when other chosen places are close (< 50 km), falling to 0 at ~1000 km."""
    if not ctx.points:
        return 0.0
    total = sum(w for _, _, w in ctx.points)
    if not total:
        return 0.0
    mean = sum(w * _closeness(p, lat, lon) for lat, lon, w in ctx.points) / total
    return mean


def _closeness(p: Place, lat: float, lon: float) -> float:
    d = _km(p.latitude, p.longitude, lat, lon)
    if d < 1:  # the place itself
        return 0.0
    return max(0.0, 1.0 - math.log10(max(d, 50) / 50) / math.log10(20))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _precision(place: Place, f: _Found) -> int:
    """ONTOLOGY §4: 1 a town, 2 near/around a town, 3 a region (admin unit or larger)."""
    if place.feature != "populated place":
        return 3
    return f.precision if f.precision in (1, 2) else 1


# ---------------------------------------------------------------------------- event location


def event_location(doc: Document, sentence_index: int, trigger: Span,
                   places: list[PlaceMention]) -> PlaceMention | None:
    """The place where the event of ``trigger`` (in sentence ``sentence_index``) happened.

    Order of evidence: a place attached to the trigger through a locative preposition ("in",
    "at", "near", ...) in the dependency parse, skipping origins ("fighters from Aleppo");
    else the nearest resolved event place in the sentence; else the last one in the earlier
    sentences of the same paragraph; else the dateline place (precision at least 2, since
    the report was filed there but the event may be nearby). Country-level places are never
    returned (ONTOLOGY §4): None instead.
    """
    sentence = doc.sentences[sentence_index]
    s_start, s_end = sentence.span.start, sentence.span.end
    usable = [m for m in places if m.place is not None and m.role == "event"]
    in_sentence = [m for m in usable if s_start <= m.span.start < s_end]
    linked = _linked_by_parse(doc, trigger, in_sentence)
    if linked:
        located = [m for m in linked if m.place.feature not in FEATURES_NOT_EVENT]
        if not located:
            return None  # "rallied in Sudan": known only at country level
        best = min(located, key=lambda m: _char_distance(m.span, trigger))
        return replace(best, method=best.method + "+parse")
    origins = _origins(doc, in_sentence)
    local = [m for m in in_sentence if m.place.feature not in FEATURES_NOT_EVENT and id(m) not in origins]
    if local:
        best = min(local, key=lambda m: _char_distance(m.span, trigger))
        return replace(best, method=best.method + "+nearest")
    earlier = _earlier_in_paragraph(doc, sentence_index, usable)
    if earlier is not None:
        return replace(earlier, method=earlier.method + "+previous_sentence")
    datelines = [m for m in places if m.role == "dateline" and m.place is not None
                 and m.place.feature not in FEATURES_NOT_EVENT]
    if datelines:
        d = datelines[0]
        return replace(d, role="event", geo_precision=max(d.geo_precision, 2),
                       method=d.method + "+dateline_fallback")
    return None


def _spacy_doc(doc: Document):
    sdoc = doc.extras.get("analyse.spacy")
    return sdoc if sdoc is not None and sdoc.has_annotation("DEP") else None


def _linked_by_parse(doc: Document, trigger: Span, in_sentence: list[PlaceMention]) -> list[PlaceMention]:
    """Places hanging from the trigger (or a head above it) by a locative preposition."""
    sdoc = _spacy_doc(doc)
    if sdoc is None or not in_sentence:
        return []
    trig = sdoc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if trig is None:
        return []
    chain = _verb_chain(trig.root)
    linked = []
    for m in in_sentence:
        prep = _governing_preposition(sdoc, m)
        if prep is None or prep.lower_ in ORIGIN_PREPOSITIONS or prep.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        attach = prep.head
        if attach in chain or attach.head in chain:
            linked.append(m)
    return linked


def _verb_chain(token) -> list:
    """The trigger and the heads above it, up to the sentence root."""
    chain = [token]
    while chain[-1].head is not chain[-1] and len(chain) < 8:
        chain.append(chain[-1].head)
    return chain


def _governing_preposition(sdoc, m: PlaceMention):
    """The preposition a place hangs from ("in" of "in Idlib"), through compounds/appositions."""
    span = sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.pos_ == "ADP":
            return tok.head
        if tok.dep_ in ("compound", "appos", "conj", "nmod", "amod", "npadvmod") and tok.head is not tok:
            tok = tok.head
            continue
        if tok.dep_ == "pobj":
            return tok.head
        return None
    return None


def _origins(doc: Document, in_sentence: list[PlaceMention]) -> set[int]:
    """Ids of places introduced by "from" (an origin, not where the event happened)."""
    sdoc = _spacy_doc(doc)
    out = set()
    for m in in_sentence:
        prep = _governing_preposition(sdoc, m) if sdoc is not None else None
        if prep is not None and prep.lower_ in ORIGIN_PREPOSITIONS:
            out.add(id(m))
        elif sdoc is None and re.search(r"\bfrom\s+(?:the\s+)?$",
                                        doc.clean_text[max(0, m.span.start - 12):m.span.start]):
            out.add(id(m))
    return out


def _earlier_in_paragraph(doc: Document, sentence_index: int, usable: list[PlaceMention]) -> PlaceMention | None:
    text = doc.clean_text
    for i in range(sentence_index - 1, -1, -1):
        s = doc.sentences[i]
        gap = text[s.span.end:doc.sentences[i + 1].span.start]
        if "\n" in gap:
            return None
        here = [m for m in usable if s.span.start <= m.span.start < s.span.end
                and m.place.feature not in FEATURES_NOT_EVENT]
        if here:
            return here[-1]
    return None


def _char_distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0
