"""Actor dictionary and matcher: actor mentions in text -> canonical ACLED-style actors.

The dictionary is data (``dateline/data/actors/*.csv``, described in docs/actors.md): state
forces per regime period, named non-state groups, external forces, and a country table
(ACLED-style names, demonyms). A user CSV (``settings.resolve.actors``) is merged over it.

Matching is one Aho-Corasick pass (pyahocorasick) over a case-folded copy of the text, with
word-boundary checks, then longest-match selection. Decisions, in order:

* A named alias whose period covers the event date wins; among several (one alias, many
  actors: "ISIS", "Taliban"), the actor from the event's country wins, then one active there,
  then a transnational one, then the narrowest period (ONTOLOGY §3.1: actors are named per
  regime, so "Syrian army" on 2024-12-07 and on 2024-12-09 are different actors).
* "<demonym> <force noun>" ("Sudanese troops") names that country's military or police; a bare
  force noun ("soldiers", "police") names the event country's.
* Generic nouns ("gunmen", "villagers", "protesters") become "Unidentified Armed Group (X)",
  "Civilians (X)", "Protesters (X)"... with X the event country (ONTOLOGY §3.1 conventions).
* A state actor acting outside its home country is coded 8, External/Other forces (§3.1).

``raw_actor`` keeps a named group that is not in the dictionary as its raw text (inter 3,
``known=False``), so the coder never has to drop an actor it cannot resolve.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import ahocorasick

from ..errors import DataFileError
from ..records import ActorRef, Span
from ._actor_data import (
    ABSORBED_KINDS,
    ACTOR_FILES,
    ANAPHORIC_POSSESSIVES,
    BARE_MILITARY_OF,
    COUNTRIES_FILE,
    DATA_DIR,
    DEMONYM_FORCE_NOUNS,
    GAP_STOP_WORDS,
    GENERIC_ACTORS,
    GENERIC_KINDS,
    GENERIC_NOUNS,
    IDENTITY_FILE,
    INTRODUCED_GROUP_PATTERN,
    MEMBER_NOUNS,
    MODIFIER_PREFIXES,
    MODIFIER_SUFFIXES,
    NAME_FORCE_NOUNS,
    NO_NAME_PATTERNS,
    PARENT_OF_NOUNS,
    PLACE_LAST_WORDS,
    REGULAR_ARMS,
    STATE_KINDS,
    UNKNOWN_GROUP_PATTERN,
    UNKNOWN_GROUP_STOP_WORDS,
)
from ._actor_files import (ActorEntry, _add_identity_militias, _as_date, _Country, _fold, _lower,
                           _parse_alias, _read_actor_file, _read_countries, _variants)

__all__ = ["ActorDictionary", "ActorEntry", "raw_actor"]

_GENERIC_NAME_RE = re.compile(r"(.+?) \((.+)\)\Z")
_POSSESSIVE_GAP = re.compile(r"(?:'s|s')?\s+\Z")
_MEMBER_TAIL = re.compile(
    r"(?:'s|s')?\s+(?:" + "|".join(sorted(MEMBER_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
_MEMBERS_GAP = re.compile(
    r"\s+(?:from|of|belonging to|loyal to|affiliated with|linked to|allied to|allied with)"
    r"\s+(?:the\s+|an?\s+)?(?P<desc>(?:[A-Za-z][\w'-]*\s+){0,4})\Z", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(p) for p in ANAPHORIC_POSSESSIVES) + r")\s+\Z",
    re.IGNORECASE)
#: Words before a demonym that make it part of another name: "South Sudanese", "Latin American".
_NAME_PREFIXES = frozenset({"south", "north", "east", "west", "central", "latin", "southern",
                            "northern", "eastern", "western", "native", "sub-saharan"})


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# Candidate payloads stored in the automaton (tuples, for speed):
#   ("N", entry_index, exact_text_or_None, restricted)    named actor alias
#   ("F", countries_tuple, role, exact_prefix_or_None)     demonym/name + force noun
#   ("G", kind, None, None)                                 generic noun
_Cand = tuple


@dataclass
class _Hit:
    start: int
    end: int
    ref: ActorRef
    kind: str  # "N" named, "F" force phrase, "G:<kind>" generic


_PRECEDING_WORD = re.compile(r"([A-Za-z][\w'-]*)\s+$")
#: Text that a match of ``_PRECEDING_WORD`` could begin before: only word characters and spaces.
_WORD_THEN_SPACE = re.compile(r"[\w'-]*\s+")
#: Characters before a position that ``_preceding_word`` reads first.
_PRECEDING_WINDOW = 64


def _preceding_word(folded: str, end: int) -> re.Match | None:
    """``_PRECEDING_WORD.search(folded, 0, end)``, the same match, without scanning the text
    from its start: a match lies after the last character no match can hold, so the search
    starts a window before ``end`` and goes back to 0 only when the window holds no such
    character (the places stage reads whole articles, where the scan from 0 was quadratic)."""
    pos = max(0, end - _PRECEDING_WINDOW)
    if pos and _WORD_THEN_SPACE.fullmatch(folded, pos, end):
        pos = 0
    return _PRECEDING_WORD.search(folded, pos, end)


class ActorDictionary:
    """The actor dictionary with its matcher. Build with :meth:`load`; immutable afterwards
    (but for the last text's automaton matches, kept by ``_word_matches``)."""

    def __init__(self, entries: list[ActorEntry], countries: dict[str, _Country]):
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self._countries = countries
        self._by_name = {e.name: i for i, e in enumerate(self.entries)}
        # (iso2, role) -> entry indices of the country's main military/police rows
        self._state: dict[tuple[str, str], list[int]] = {}
        for i, e in enumerate(self.entries):
            if e.role:
                self._state.setdefault((e.country, e.role), []).append(i)
        for rows in self._state.values():
            rows.sort(key=lambda i: self.entries[i].start or dt.date.min)
        self._demonym_country = {
            _lower(_fold(d)): c.iso2 for c in countries.values() if not c.sovereign
            for d in c.demonyms}
        self._automaton = self._build_automaton()
        self._last_matches: tuple[str, str, list] | None = None  # see _word_matches

    def __reduce__(self):
        # Ship the rows, not the automaton (10 MB pickled): a Dask worker rebuilds it in ~0.2 s.
        return (ActorDictionary, (list(self.entries), self._countries))

    # ----------------------------------------------------------------------------- loading

    @classmethod
    def load(cls, settings=None, extra_csv: str | None = None) -> ActorDictionary:
        """The built-in dictionary, with ``settings.resolve.actors`` and ``extra_csv`` merged.

        Built once per set of files (keyed by path, size and modification time) and cached, so
        every stage and every document can call ``load`` freely. Raises DataFileError naming
        file:line for a malformed row.
        """
        user = []
        if settings is not None and getattr(settings.resolve, "actors", ""):
            user.append(settings.resolve.actors)
        if extra_csv:
            user.append(extra_csv)
        paths = [DATA_DIR / COUNTRIES_FILE, DATA_DIR / IDENTITY_FILE,
                 *(DATA_DIR / f for f in ACTOR_FILES)]
        paths += [Path(p).expanduser() for p in user]
        key = []
        for p in paths:
            try:
                st = p.stat()
            except OSError:
                raise DataFileError(str(p), None, "actor file not found") from None
            key.append((str(p), st.st_size, st.st_mtime_ns))
        return _load_cached(tuple(key), len(user))

    # ----------------------------------------------------------------------------- names

    def country_name(self, iso2: str) -> str:
        """ACLED-style short name of a country ("CD" -> "Democratic Republic of Congo")."""
        c = self._countries.get((iso2 or "").upper())
        return c.name if c else (iso2 or "")

    def country_of_name(self, name: str) -> str:
        """ISO2 for an ACLED-style country name or alias, or ""."""
        low = name.strip().lower()
        for c in self._countries.values():
            if c.name.lower() == low or low in (a.lower() for a in c.aliases):
                return c.iso2
        return ""

    def __len__(self) -> int:
        return len(self.entries)

    # ----------------------------------------------------------------------------- API

    def generic(self, kind: str, country_iso2: str, date: dt.date | None = None) -> ActorRef:
        """The generic actor of ``kind`` for a country: "Civilians (Mali)", the army of Mali...

        ``kind`` is one of armed_group, communal_militia, gang, protesters, rioters, civilians,
        military, police. State kinds pick the regime in power on ``date`` (default today).
        """
        if kind not in GENERIC_KINDS:
            raise ValueError(f"unknown generic actor kind {kind!r}; use one of {GENERIC_KINDS}")
        country = self._norm_country(country_iso2)
        if kind in STATE_KINDS:
            home = BARE_MILITARY_OF.get(country, country) if kind == "military" else country
            ref = self._state_ref(home, kind, _as_date(date), country)
            if ref is None:
                word = "Military" if kind == "military" else "Police"
                return ActorRef(raw="", name=f"{word} Forces", inter=1, country=country,
                                known=False)
            return ref
        template, inter = GENERIC_ACTORS[kind]
        if country:
            name = template.format(country=self.country_name(country))
        else:
            name = template.split(" (")[0]
        return ActorRef(raw="", name=name, inter=inter, country=country)

    def fights_for_state(self, ref: ActorRef | None) -> bool:
        """Is this a militia the dictionary notes as pro-government (VDP, Wazalendo ...)?

        Such auxiliaries fight beside their state's forces (ONTOLOGY §1: an associated actor of
        the state's side), never as their opponent in one event.
        """
        if ref is None or ref.inter in (1, 8):
            return False
        index = self._by_name.get(ref.name)
        return index is not None and "pro-government" in self.entries[index].notes.lower()

    def lookup(self, name: str, country: str = "", date: dt.date | None = None) -> ActorRef | None:
        """The actor for an exact alias or canonical name ("HTS", "Civilians (Mali)"), or None."""
        text = name.strip()
        if not text:
            return None
        m = _GENERIC_NAME_RE.match(text)
        if m and text not in self._by_name:
            for kind, (template, _inter) in GENERIC_ACTORS.items():
                if template.split(" (")[0] == m.group(1):
                    iso2 = self.country_of_name(m.group(2))
                    if iso2:
                        ref = self.generic(kind, iso2)
                        ref.raw = text
                        return ref
        hits = self._hits(text, self._norm_country(country), _as_date(date))
        for hit in hits:
            if hit.start == 0 and hit.end == len(text):
                ref = hit.ref
                ref.raw, ref.span = text, None
                return ref
        return None

    def find(self, text: str, country: str = "", date: dt.date | None = None) -> list[ActorRef]:
        """Every actor mention in ``text``, in order, longest match first, spans into ``text``.

        ``country`` (ISO2) is where the event happens: it completes generic actors, resolves a
        bare "soldiers" or "police", prefers that country's branch of a shared alias and
        decides the external code. ``date`` picks the regime period (default: today).
        """
        if not text:
            return []
        country = self._norm_country(country)
        refs = [h.ref for h in self._hits(text, country, _as_date(date))]
        refs = self._with_coordinated(text, refs, country, _as_date(date))
        refs = _with_possessed_forces(text, refs)
        return _with_unknown_groups(text, refs, country)

    def _with_coordinated(self, text: str, refs: list[ActorRef], country: str,
                          day: dt.date) -> list[ActorRef]:
        """"clashes between Druze and Bedouin gunmen": the armed noun names both sides.

        Each name of "X and Y <noun>" the dictionary left bare is read with the shared noun,
        then with "fighters" (a bare "groups" in "Druze and Bedouin groups" is armed only
        because the sentence is about a fight); only a full match of an armed actor counts.
        """
        added = []
        for m in _COORDINATED.finditer(text):
            for part in (("first", "second") if m.group("first") else ("first2", "second2")):
                start, end = m.span(part)
                if any(r.span is not None and r.span.start < end and start < r.span.end
                       and r.span.end - r.span.start > end - start for r in refs):
                    continue
                ref = self._armed_name(m.group(part), (m.group("noun") or "fighters", "fighters",
                                                       "militants", "militia"), country, day)
                if ref is not None:
                    refs = [r for r in refs if r.span is None or not (
                        r.span.start < end and start < r.span.end)]
                    ref.raw, ref.span = m.group(part), Span(start, end, m.group(part))
                    added.append(ref)
                    if part == "first2":
                        # "armed men from the Kuki and ...": the armed men are those two sides
                        refs = [r for r in refs if r.span is None or not (
                            m.start() <= r.span.start < start)]
        if not added:
            return refs
        return sorted(refs + added, key=lambda r: r.span.start if r.span is not None else -1)

    def _armed_name(self, name: str, nouns: tuple[str, ...], country: str,
                    day: dt.date) -> ActorRef | None:
        for noun in nouns:
            phrase = f"{name} {noun}"
            hit = next((h for h in self._hits(phrase, country, day)
                        if h.start == 0 and h.end == len(phrase)), None)
            if hit is not None and hit.ref.inter in (1, 2, 3, 4, 8):
                return hit.ref
        return None

    # ----------------------------------------------------------------------------- matching

    def _norm_country(self, country: str) -> str:
        iso2 = (country or "").strip().upper()
        return iso2 if iso2 in self._countries else ""

    def _word_matches(self, text: str) -> tuple[str, list[tuple[int, int, tuple[_Cand, ...]]]]:
        """The folded text and the automaton's whole-word matches in it, as (start, end,
        candidates). They do not depend on the country or the date, and the places stage reads
        each article up to three times (once per likely country), so the last text's are kept."""
        last = self._last_matches
        if last is not None and last[0] == text:
            return last[1], last[2]
        folded = _fold(text)
        key = _lower(folded)
        n = len(key)
        matches = []
        for end_idx, (length, cands) in self._automaton.iter(key):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and _is_word(folded[start - 1]):
                continue
            if end < n and _is_word(folded[end]):
                continue
            matches.append((start, end, cands))
        self._last_matches = (text, folded, matches)
        return folded, matches

    def _hits(self, text: str, country: str, day: dt.date) -> list[_Hit]:
        folded, matches = self._word_matches(text)
        found: list[_Hit] = []
        for start, end, cands in matches:
            hit = self._resolve(cands, folded, start, end, country, day)
            if hit is None:
                continue
            if self._is_modifier(hit, folded, start, end):
                continue
            if hit.kind in ("N", "F"):
                # "Border Police officers", "Haftar's men": the members belong to the actor,
                # and the longer span must win over "Police officers" in the selection below.
                tail = _MEMBER_TAIL.match(folded, end)
                if tail:
                    end = hit.end = tail.end()
            hit.ref.raw = text[start:end]
            hit.ref.span = Span(start, end, text[start:end])
            found.append(hit)
        # Longest first; among equals, the leftmost.
        found.sort(key=lambda h: (h.start - h.end, h.start))
        chosen: list[_Hit] = []
        for h in found:
            if all(h.end <= c.start or h.start >= c.end for c in chosen):
                chosen.append(h)
        chosen.sort(key=lambda h: h.start)
        return self._absorb(chosen, text)

    @staticmethod
    def _is_modifier(hit: _Hit, folded: str, start: int, end: int) -> bool:
        """"Houthi-controlled", "anti-Hamas", "gang-raped": not actor mentions."""
        if hit.kind.startswith("G"):
            # Generic nouns inside a hyphenated compound ("gang-raped", "police-style").
            if end < len(folded) - 1 and folded[end] == "-" and folded[end + 1].isalpha():
                return True
            return start > 1 and folded[start - 1] == "-" and folded[start - 2].isalpha()
        if end < len(folded) - 1 and folded[end] == "-":
            m = re.match(r"-([A-Za-z]+)", folded[end:end + 16])
            if m and m.group(1).lower() in MODIFIER_SUFFIXES:
                return True
        m = re.match(r"\s+([A-Za-z]+)", folded[end:end + 16])
        if m and m.group(1).lower() in PARENT_OF_NOUNS:
            return True
        before = folded[max(0, start - 8):start].lower()
        return any(before.endswith(p) for p in MODIFIER_PREFIXES)

    @staticmethod
    def _absorb(hits: list[_Hit], text: str) -> list[_Hit]:
        """One actor, the named one: "M23 rebels", "IDF soldiers", "Hamas's fighters",
        "fighters from the al Qaeda-linked group JNIM", "members of al-Shabaab"; and the more
        specific of two generic nouns: "armed men from local clans" are a communal militia.
        A member noun after "its" ("the NRF said its fighters...") is the named group before it.
        """
        out: list[_Hit] = []
        for h in hits:
            if h.kind.startswith("G:") and h.kind[2:] in _NONSTATE_KINDS:
                owner = _anaphor_owner(out, text, h)
                if owner is not None:
                    h.ref = ActorRef(raw=h.ref.raw, name=owner.ref.name, inter=owner.ref.inter,
                                     country=owner.ref.country, span=h.ref.span,
                                     known=owner.ref.known)
                    h.kind = "N"
                    out.append(h)
                    continue
            if out:
                prev = out[-1]
                gap = text[prev.end:h.start]
                members = _members_gap(gap)
                generic_then_named = h.kind == "N" and prev.kind.startswith("G:") and (
                    (prev.kind[2:] in ABSORBED_KINDS and members)
                    or (prev.kind == "G:armed_group" and gap.isspace()))
                # "gunmen from local clans", "armed men of a tribal militia"
                generic_then_specific = (prev.kind == "G:armed_group"
                                         and h.kind == "G:communal_militia" and members)
                named_then_generic = (h.kind.startswith("G:") and h.kind[2:] in ABSORBED_KINDS
                                      and prev.kind in ("N", "F") and _POSSESSIVE_GAP.match(gap))
                if named_then_generic or generic_then_named or generic_then_specific:
                    keep = prev if named_then_generic else h
                    keep.start, keep.end = prev.start, h.end
                    keep.ref.raw = text[prev.start:h.end]
                    keep.ref.span = Span(prev.start, h.end, keep.ref.raw)
                    out[-1] = keep
                    continue
            out.append(h)
        return out

    def _resolve(self, cands: tuple[_Cand, ...], folded: str, start: int, end: int,
                 country: str, day: dt.date) -> _Hit | None:
        """Pick one actor for a matched span; None if no candidate fits (case, country)."""
        surface = folded[start:end]
        named: list[ActorEntry] = []
        force = generic = None
        for cand in cands:
            tag = cand[0]
            if tag == "N":
                _t, idx, exact, restricted = cand
                if exact is not None and surface != exact:
                    continue
                entry = self.entries[idx]
                if restricted and not (country and self._home_or_active(entry, country)):
                    continue
                named.append(entry)
            elif tag == "F":
                if cand[3] is not None and not surface.startswith(cand[3]):
                    continue
                force = force or cand
            else:
                generic = generic or cand
        in_period = [e for e in named if e.covers(day)]
        if in_period:
            entry = self._best(in_period, country, day)
            return _Hit(start, end, self._entry_ref(entry, country), "N")
        if force is not None:
            _t, countries, role, _p = force
            iso2 = country if country in countries else countries[0]
            ref = self._state_ref(iso2, role, day, country)
            if ref is not None:
                return _Hit(start, end, ref, "F")
        if generic is not None:
            # "Lebanese clan fighters", "Malian civilians": the demonym names their country.
            before = _preceding_word(folded, start)
            if before:
                country = self._demonym_before(folded, before) or country
            ref = self._generic_ref(generic[1], country, day)
            return _Hit(start, end, ref, "G:" + generic[1])
        if named:
            entry = self._best(named, country, day)
            return _Hit(start, end, self._entry_ref(entry, country), "N")
        return None

    def _demonym_before(self, folded: str, before: re.Match) -> str:
        """The country of the demonym right before a generic noun, or "".

        "South Sudanese civilians" are South Sudan's, not Sudan's; "Latin American gangs" name
        no country at all, so the event country stays.
        """
        iso2 = self._demonym_country.get(_lower(before.group(1)), "")
        if not iso2:
            return ""
        two = _preceding_word(folded, before.start())
        if two and two.group(1)[:1].isupper():
            pair = _lower(f"{two.group(1)} {before.group(1)}")
            if pair in self._demonym_country:
                return self._demonym_country[pair]
            if _lower(two.group(1)) in _NAME_PREFIXES:
                return ""
        return iso2

    def _home_or_active(self, entry: ActorEntry, country: str) -> bool:
        return country == entry.country or country in entry.active or \
            self._sovereign(country) == entry.country

    def _best(self, entries: list[ActorEntry], country: str, day: dt.date) -> ActorEntry:
        def rank(e: ActorEntry) -> tuple:
            if country and (e.country == country or self._sovereign(country) == e.country):
                where = 3
            elif country and country in e.active:
                where = 2
            elif not e.country:
                where = 1
            else:
                where = 0
            return (-e.distance(day), where, -e.span_days())
        return max(entries, key=rank)  # max keeps the first of equals: file order breaks ties

    def _sovereign(self, iso2: str) -> str:
        c = self._countries.get(iso2)
        if c is None:
            return iso2
        if c.sovereign == "-":
            return ""
        return c.sovereign or iso2

    def _entry_ref(self, entry: ActorEntry, country: str) -> ActorRef:
        inter = entry.inter
        if inter == 1 and country and entry.country and self._sovereign(country) != entry.country:
            inter = 8  # ONTOLOGY §3.1: a state's forces outside their home country
        return ActorRef(raw="", name=entry.name, inter=inter, country=entry.country)

    def _state_ref(self, iso2: str, role: str, day: dt.date, country: str) -> ActorRef | None:
        home = self._sovereign(iso2)
        rows = self._state.get((home, role))
        if not rows:
            return None
        entries = [self.entries[i] for i in rows]
        entry = min(entries, key=lambda e: e.distance(day))  # the regime in power that day
        return self._entry_ref(entry, country)

    def _generic_ref(self, kind: str, country: str, day: dt.date) -> ActorRef:
        return self.generic(kind, country, day)

    # ----------------------------------------------------------------------------- automaton

    def _build_automaton(self) -> ahocorasick.Automaton:
        table: dict[str, list[_Cand]] = {}

        def add(alias: str, cand: _Cand) -> None:
            for variant in _variants(alias):
                k = _lower(_fold(variant))
                bucket = table.setdefault(k, [])
                if cand[0] == "N" and cand[2] is not None:
                    cand = (cand[0], cand[1], _fold(variant), cand[3])
                if cand not in bucket:
                    bucket.append(cand)

        for i, e in enumerate(self.entries):
            parsed = [_parse_alias(raw) for raw in e.aliases]
            # The canonical name matches too, unless an alias restricts that same spelling
            # ("~Mahmuda": only in Nigeria).
            if not any(alias == e.name and (exact or restricted)
                       for alias, exact, restricted in parsed):
                add(e.name, ("N", i, None, False))
            for alias, exact, restricted in parsed:
                add(alias, ("N", i, alias if exact else None, restricted))

        # "<demonym> <force noun>" and "<country name>('s) <force noun>".
        by_demonym: dict[str, list[str]] = {}
        for c in self._countries.values():
            if c.sovereign:
                continue
            for d in c.demonyms:
                by_demonym.setdefault(d, []).append(c.iso2)
        for demonym, isos in by_demonym.items():
            prefix = demonym if not any(ch.islower() for ch in demonym) else None
            for role, nouns in DEMONYM_FORCE_NOUNS.items():
                for noun in nouns:
                    add(f"{demonym} {noun}", ("F", tuple(isos), role, prefix))
        for c in self._countries.values():
            if c.sovereign or c.iso2 in NO_NAME_PATTERNS:
                continue
            for form in (c.name, *c.aliases):
                prefix = form if not any(ch.islower() for ch in form) else None
                for role, nouns in NAME_FORCE_NOUNS.items():
                    for noun in nouns:
                        add(f"{form}'s {noun}", ("F", (c.iso2,), role, prefix))
                        add(f"{form} {noun}", ("F", (c.iso2,), role, prefix))

        for kind, nouns in GENERIC_NOUNS.items():
            for noun in nouns:
                add(noun, ("G", kind, None, None))

        # Named candidates first, so an exact-case alias is tried before a force phrase.
        auto = ahocorasick.Automaton()
        for k, cands in table.items():
            cands.sort(key=lambda c: "NFG".index(c[0]))
            auto.add_word(k, (len(k), tuple(cands)))
        auto.make_automaton()
        return auto


_NONSTATE_KINDS = frozenset({"armed_group", "communal_militia", "gang"})


#: "the army says its forces recaptured ...": the speaker's own forces act.
_POSSESSED_FORCES = re.compile(r"\b(?:its|their) (?:own )?(?:forces|troops|soldiers|units|men)\b",
                               re.IGNORECASE)


def _with_possessed_forces(text: str, refs: list[ActorRef]) -> list[ActorRef]:
    """``refs`` plus "its forces" as the state force or armed group named just before it."""
    added = []
    for m in _POSSESSED_FORCES.finditer(text):
        if any(r.span is not None and r.span.start < m.end() and m.start() < r.span.end for r in refs):
            continue
        owner = next((r for r in reversed(refs) if r.span is not None and r.span.end <= m.start()
                      and r.inter in (1, 2, 3, 4, 8) and not r.name.startswith("Unidentified")), None)
        if owner is not None:
            added.append(ActorRef(raw=m.group(0), name=owner.name, inter=owner.inter,
                                  country=owner.country, span=Span(m.start(), m.end(), m.group(0)),
                                  known=owner.known))
    if not added:
        return refs
    return sorted(refs + added, key=lambda r: r.span.start if r.span is not None else -1)


def _members_gap(gap: str) -> bool:
    """Is ``gap`` the link of "fighters from [the al Qaeda-linked group] JNIM"?"""
    m = _MEMBERS_GAP.match(gap)
    if m is None:
        return False
    return not any(w.lower() in GAP_STOP_WORDS for w in m.group("desc").split())


def _anaphor_owner(hits: list[_Hit], text: str, hit: _Hit) -> _Hit | None:
    """The named non-state group that "its fighters" refers to: the last one before it."""
    if not _ANAPHOR.search(text, 0, hit.start):
        return None
    for prev in reversed(hits):
        if prev.kind == "N" and prev.ref.inter in (2, 3, 4):
            return prev
    return None


# --------------------------------------------------------------------------------- files


@functools.lru_cache(maxsize=8)
def _load_cached(key: tuple[tuple[str, int, int], ...], n_user: int) -> ActorDictionary:
    paths = [Path(p) for p, _s, _m in key]
    countries = _read_countries(paths[0])
    rows: dict[str, dict] = {}
    n_builtin = len(paths) - n_user
    for path in paths[2:n_builtin]:
        _read_actor_file(path, countries, rows, builtin=True)
    _add_identity_militias(paths[1], countries, rows)
    for path in paths[n_builtin:]:
        _read_actor_file(path, countries, rows, builtin=False)
    entries = [
        ActorEntry(
            name=name, aliases=f.get("aliases", ()), country=f.get("country", ""),
            inter=f["inter"], start=f.get("start"), end=f.get("end"), role=f.get("role", ""),
            active=f.get("active", frozenset()), notes=f.get("notes", ""), source=f["source"])
        for name, f in rows.items()
    ]
    return ActorDictionary(entries, countries)


_UNKNOWN_GROUP = re.compile(UNKNOWN_GROUP_PATTERN)
#: "Druze and Bedouin gunmen", "Kuki and Meitei militants": two names sharing one armed noun.
_COORDINATED = re.compile(
    r"\b(?P<first>[A-Z][\w'’-]+) (?:and|or) (?P<second>[A-Z][\w'’-]+) (?P<noun>gunmen|fighters|"
    r"militias?|militiamen|militants|armed groups|groups|tribesmen|factions|forces|troops)\b"
    # "armed men from the Kuki and Meitei communities": the armed noun comes first
    r"|\b(?i:armed men|gunmen|militants|fighters|militiamen) (?:from|of) (?:the )?"
    r"(?P<first2>[A-Z][\w'’-]+) (?:and|or) (?P<second2>[A-Z][\w'’-]+) (?:communities|tribes|clans)\b")
_INTRODUCED_GROUP = re.compile(INTRODUCED_GROUP_PATTERN)


def _with_unknown_groups(text: str, refs: list[ActorRef], country: str) -> list[ActorRef]:
    """``refs`` plus the named armed groups the dictionary does not know, kept as raw text.

    "Fighters of the Green Lions Brigade attacked ...": without this the coder would see only
    "fighters" (an unidentified group) or nothing. A group name that overlaps a dictionary hit
    is the dictionary's; the raw one is only added where nothing was found.
    """
    found = list(refs)
    for span, intro_start in [*_unit_named_groups(text), *_introduced_groups(text)]:
        if any(r.span is not None and r.span.start < span.end and span.start < r.span.end
               for r in found):
            continue
        ref = raw_actor(span.text, country)
        ref.span = span
        # "militants of the Ansar Valley Battalion": the members are the group
        member = next((r for r in found if r.span is not None and r.span.end <= span.start
                       and r.name.startswith("Unidentified Armed Group")
                       and (_members_gap(text[r.span.end:span.start])
                            or r.span.end > intro_start)), None)
        if member is not None:
            found.remove(member)
            ref.raw = text[member.span.start:span.end]
            ref.span = Span(member.span.start, span.end, ref.raw)
        found.append(ref)
    found.sort(key=lambda r: r.span.start if r.span is not None else -1)
    return found


def _unit_named_groups(text: str) -> Iterator[tuple[Span, int]]:
    """Names ending in a unit noun only armed groups use, with where their phrase starts."""
    for m in _UNKNOWN_GROUP.finditer(text):
        start, words = m.start(), m.group(0).split()
        while words and words[0] in UNKNOWN_GROUP_STOP_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if len(words) >= 2 and not _regular_formation(text[:start], words):
            yield Span(start, m.end(), text[start:m.end()]), start


_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")


def _regular_formation(before: str, words: list[str]) -> bool:
    """"the 94th Infantry Battalion": a numbered unit or a regular arm is a state's formation."""
    return bool(_ORDINAL_BEFORE.search(before)) or any(w in REGULAR_ARMS for w in words[:-1])


def _introduced_groups(text: str) -> Iterator[tuple[Span, int]]:
    """Names that "fighters of" or "the armed group" introduce, with where the phrase starts."""
    for m in _INTRODUCED_GROUP.finditer(text):
        words = m.group("name").split()
        if words[0] in UNKNOWN_GROUP_STOP_WORDS or words[-1] in PLACE_LAST_WORDS:
            continue
        start, end = m.start("name"), m.end("name")
        yield Span(start, end, text[start:end]), m.start()


def raw_actor(text: str, country_iso2: str = "") -> ActorRef:
    """An actor the dictionary does not know, kept as written ("the Tigers of the Valley").

    Coded 3 (Political militia), the ontology's default for a named armed group whose aims are
    unknown (ONTOLOGY §3.1 puts unidentified armed groups there too); ``known=False`` tells
    reviewers and the export that the name is raw text, not a canonical ACLED-style name.
    """
    name = " ".join(text.split())
    if name.lower().startswith("the "):
        name = name[4:]
    return ActorRef(raw=text, name=name, inter=3, country=(country_iso2 or "").upper(),
                    known=False)
