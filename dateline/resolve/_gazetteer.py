"""The gazetteer: one compact SQLite file of GeoNames places, and fast look-ups over it.

Why SQLite and not an in-memory dict: the default build holds ~290k places and ~1.3M names;
an indexed file opens in milliseconds, is shared read-only by every worker, and only the names
used for recognition (one Aho-Corasick automaton, built lazily) are held in memory.

Schema (``SCHEMA_VERSION``):

* ``meta(key, value)``: schema version, build source, build time, counts.
* ``countries(iso2, iso3, iso_numeric, name, region, geonames_id, population)``: ``name`` is
  ACLED's spelling, ``region`` ACLED's region.
* ``places(geonames_id, name, ascii_name, latitude, longitude, feature, population, iso2,
  admin1_code, admin1, admin2_code, admin2)``: ``feature`` is ``populated place``, ``admin1``,
  ``admin2``, ``admin3``, ``country`` or ``other``. Units GeoNames has no id for get a negative id,
  and so do dateline's conflict regions (feature ``admin1``, ids from -20,000,001 down) and
  places added with ``gazetteer add`` (below every other id).
* ``names(key, geonames_id, kind)``: every spelling, under its normalised key (``name_key``).
* ``skeletons(key, geonames_id)``: consonant skeletons of main names, for spelling variants.
* ``recognition(key)``: keys worth matching in running text (Latin script, capitalised in
  GeoNames, of a country, an admin unit or a place of at least ``RECOGNITION_MIN_POPULATION``).

Names are normalised by one function, ``name_key``, both when stored and when looked up, so
"al-Qusayr", "Al Qusayr" and "AL-QUSAYR" share a key, and "Dar'a" and "Dara" do too.
"""

from __future__ import annotations

import csv
import math
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError, ResourceError
from ..records import Place
from ._geo_data import DEMONYMS, NAME_ARTICLES

SCHEMA_VERSION = "1"

#: How each name of a place was found (``names.kind``); lower is a more trustworthy spelling.
KIND_MAIN, KIND_ALT, KIND_VARIANT, KIND_OTHER, KIND_ALIAS = 0, 1, 2, 3, 4

FEATURE_ORDER = ("country", "admin1", "admin2", "admin3", "other", "populated place")

# ---------------------------------------------------------------------------- name keys

_WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc\u2018`\u02bf\u02be][^\W_]+)*")
_POSSESSIVE = re.compile(r"[^\W_]['\u2019]s$")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`\u02bf\u02be")
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae",
                          "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})
_ARTICLES = frozenset(a.rstrip("-") for a in NAME_ARTICLES)
_SKELETON_DROP = str.maketrans("", "", "aeiouyhw")
_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "z": "s", "j": "g"})


@lru_cache(maxsize=300_000)
def fold_word(word: str) -> str:
    """Lower-case, strip diacritics and apostrophes: ``Ḩalab`` -> ``halab``."""
    word = word.lower().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)


def words(text: str) -> list[tuple[int, int, str]]:
    """The word tokens of ``text`` as ``(start, end, folded word)``."""
    return [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1 << 16)  # pure; a report repeats its names
def name_key(name: str) -> str:
    """The look-up key of a name: its folded words joined by single spaces."""
    return " ".join(w for _, _, w in words(name))


def without_article(key: str) -> str:
    """``al qusayr`` -> ``qusayr``; a key with no leading article comes back unchanged."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else key


def skeleton(key: str) -> str:
    """A coarse consonant skeleton for transliteration variants: ``qusayr``, ``qusair`` -> ``ksr``."""
    out = []
    for word in without_article(key).split():
        word = word.translate(_SKELETON_MAP)
        squeezed = word[:1] + word[1:].translate(_SKELETON_DROP)
        out.append("".join(c for i, c in enumerate(squeezed) if i == 0 or c != squeezed[i - 1]))
    return " ".join(out)


def is_spelling_of(key: str, main_key: str) -> bool:
    """True if ``key`` spells ``main_key`` differently ("daraa"/"dara", "hermel"/"el hermel"),
    False if it is another name ("manchester" for Richmond)."""
    a, b = without_article(key), without_article(main_key)
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.8


def is_latin(key: str) -> bool:
    return key.isascii()


# ---------------------------------------------------------------------------- schema

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE countries (
    iso2 TEXT PRIMARY KEY, iso3 TEXT, iso_numeric INTEGER, name TEXT NOT NULL,
    region TEXT, geonames_id INTEGER, population INTEGER);
CREATE TABLE places (
    geonames_id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii_name TEXT NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL, feature TEXT NOT NULL,
    population INTEGER NOT NULL, iso2 TEXT NOT NULL, admin1_code TEXT, admin1 TEXT,
    admin2_code TEXT, admin2 TEXT, capital INTEGER NOT NULL DEFAULT 0);
CREATE TABLE names (key TEXT NOT NULL, geonames_id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, geonames_id)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, geonames_id INTEGER NOT NULL,
    PRIMARY KEY (key, geonames_id)) WITHOUT ROWID;
CREATE TABLE recognition (key TEXT PRIMARY KEY) WITHOUT ROWID;
"""

#: Look-ups are memoised until this many candidates are held (a few hundred MB at most): common
#: names of the full GeoNames dump carry thousands of candidates each, so counting keys is not enough.
_CACHE_CANDIDATES = 400_000

#: How alike (difflib ratio) a name and an entry's main name with the same skeleton must be.
SKELETON_MIN_RATIO = 0.75

PLACE_COLUMNS = ("geonames_id, name, ascii_name, latitude, longitude, feature, population, "
                 "iso2, admin1_code, admin1, admin2_code, admin2, capital")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may stand for, and how the name matched it."""

    place: Place
    kind: int  # KIND_* of the best name that matched
    match: str  # exact | article | skeleton | alias
    admin1_code: str = ""
    admin2_code: str = ""
    capital: bool = False  # the capital of its country
    main_key: str = ""  # name_key of the entry's main name
    spelling: bool = True  # the name is the main name or a spelling of it (not another name)
    row_id: int = 0  # the entry's id in the file or among the aliases; 0 if unknown

    @property
    def key_id(self) -> int:
        """The row id (negative for units without a GeoNames id, conflict regions and user places)."""
        if self.row_id:
            return self.row_id
        return self.place.geonames_id if self.place.geonames_id is not None else -1


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    iso_numeric: int | None
    name: str
    region: str
    geonames_id: int | None
    population: int


class Gazetteer:
    """Read-only access to a built gazetteer file, plus user aliases held in memory."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self._conn = conn
        self.meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.countries: dict[str, Country] = {
            row[0]: Country(row[0], row[1] or "", row[2], row[3], row[4] or "", row[5], row[6] or 0)
            for row in conn.execute("SELECT iso2, iso3, iso_numeric, name, region, geonames_id, "
                                    "population FROM countries")}
        self._alias_names: dict[str, list[tuple[int, int]]] = {}
        self._alias_places: dict[int, Candidate] = {}
        self._automaton = None
        self._cache: dict[str, list[Candidate]] = {}
        self._cached_size = 0

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path) -> "Gazetteer":
        """Open a gazetteer built by ``dateline gazetteer build``; ResourceError if unusable."""
        path = Path(path)
        hint = "run `dateline gazetteer build` to create it"
        if not path.is_file():
            raise ResourceError(f"gazetteer not found: {path} ({hint})")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"gazetteer {path} is corrupt or not a gazetteer ({exc}); {hint}") from None
        if not version or version[0] != SCHEMA_VERSION:
            conn.close()
            raise ResourceError(f"gazetteer {path} has schema {version[0] if version else '?'}, "
                                f"this dateline needs {SCHEMA_VERSION}; {hint}")
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ look-ups

    def find(self, name: str, country: str | None = None, limit: int = 10) -> list[Place]:
        """Places called ``name`` (any spelling), most prominent first.

        ``country`` (ISO2, ISO3 or a country name) keeps only places in that country. Order:
        better spelling match, then countries and admin units before towns of the same name,
        then population.
        """
        iso2 = self.country_code(country) if country else None
        if country and not iso2:
            return []
        found = [c for c in self.candidates(name) if not iso2 or c.place.iso2 == iso2]
        return [c.place for c in rank_by_prominence(found)[:limit]]

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry ``name`` may stand for: exact key (or, hyphenated, the key written as one
        word), then without an article, then skeleton."""
        key = name_key(name)
        if not key:
            return []
        cache_key = key + "\x00-" if "-" in name else key  # hyphenated: one more reading
        if cache_key not in self._cache:
            found = self._by_key(key, "exact")
            if not found and "-" in name:  # "Pétion-Ville" is GeoNames' "Pétionville"
                found = self._by_key(name_key(name.replace("-", "")), "exact")
            bare = without_article(key)
            if not found and bare != key:
                found = self._by_key(bare, "article")
            if not found:
                found = self._by_key("al " + key, "article")
            if not found and len(key) >= 5:
                found = self._by_skeleton(key)
            self._cached_size += len(found) + 1
            if self._cached_size > _CACHE_CANDIDATES:
                self._cache.clear()
                self._cached_size = len(found) + 1
            self._cache[cache_key] = found
        return list(self._cache[cache_key])

    def place(self, geonames_id: int) -> Place | None:
        """The entry with this id (a GeoNames id, or a negative id of an alias or unit)."""
        if geonames_id in self._alias_places:
            return self._alias_places[geonames_id].place
        row = self._conn.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE geonames_id=?",
                                 (geonames_id,)).fetchone()
        return self._row_place(row) if row else None

    def admin_codes(self, geonames_id: int) -> tuple[str, str]:
        """(admin1_code, admin2_code) of an entry, e.g. ("SY.09", "SY.09.170061")."""
        row = self._conn.execute("SELECT admin1_code, admin2_code FROM places WHERE geonames_id=?",
                                 (geonames_id,)).fetchone()
        return (row[0] or "", row[1] or "") if row else ("", "")

    def country_code(self, name: str) -> str | None:
        """ISO2 of a country given by ISO2, ISO3 or any of its names; None if unknown."""
        if len(name) == 2 and name.upper() in self.countries:
            return name.upper()
        if len(name) == 3 and name.isupper():
            for c in self.countries.values():
                if c.iso3 == name:
                    return c.iso2
        for cand in self.candidates(name):
            if cand.place.feature == "country" and cand.match == "exact":
                return cand.place.iso2
        return None

    def country_by_name(self, name: str) -> Country | None:
        """The country called ``name`` ("Syria", "DRC", "Burma"), or None."""
        iso2 = self.country_code(name)
        return self.countries.get(iso2) if iso2 else None

    def country_place(self, iso2: str) -> Place | None:
        c = self.countries.get(iso2)
        return self.place(c.geonames_id) if c and c.geonames_id else None

    @staticmethod
    def demonym(word: str) -> str | None:
        """ISO2 of the country a demonym refers to ("Syrian" -> "SY"), or None."""
        word = word.strip()
        if word.endswith("s") and word[:-1] in DEMONYMS:
            word = word[:-1]
        return DEMONYMS.get(word)

    # ------------------------------------------------------------------ recognition index

    def automaton(self):
        """An Aho-Corasick automaton over recognisable name keys (built on first use, ~2 s)."""
        if self._automaton is None:
            import ahocorasick

            auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
            for (key,) in self._conn.execute("SELECT key FROM recognition"):
                auto.add_word(" " + key + " ")
            for key in self._alias_names:
                if is_latin(key):
                    auto.add_word(" " + key + " ")
            auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def match_names(self, text: str) -> list[tuple[int, int, str]]:
        """Longest non-overlapping gazetteer names in ``text`` as (start, end, key)."""
        toks = words(text)
        if not toks:
            return []
        hits = self._automaton_hits(toks)
        # a possessive is the name and "'s" ("Springfield's police", "Syria's army"); a name
        # whose own key ends so ("St. John's") still matches in the first pass
        bare = [(s, e - 2, w[:-1]) if w[-1:] == "s" and _POSSESSIVE.search(text[s:e]) else (s, e, w)
                for s, e, w in toks] if "'" in text or "\u2019" in text else toks
        if bare != toks:
            hits += [(first, last, key, bare) for first, last, key, _ in self._automaton_hits(bare)]
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, taken_until = [], -1
        for first, last, key, tokens in hits:
            if first > taken_until:
                out.append((tokens[first][0], tokens[last][1], key))
                taken_until = last
        return out

    def _automaton_hits(self, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str, list]]:
        """Recognition keys among ``toks`` as (first token, last token, key, toks)."""
        joined, starts = " ", []
        for _, _, w in toks:
            starts.append(len(joined))
            joined += w + " "
        index_at = {pos: i for i, pos in enumerate(starts)}
        hits = []
        for end, length in self.automaton().iter(joined):
            first = index_at.get(end - length + 2)
            if first is None:
                continue
            key = joined[end - length + 2:end]
            hits.append((first, first + key.count(" "), key, toks))
        return hits

    # ------------------------------------------------------------------ user aliases

    def add_aliases(self, csv_path: str | Path, persist: bool = False) -> int:
        """Add a user's alias file; returns the number of aliases added.

        Columns: ``name`` and either ``geonames_id`` (an entry of this gazetteer) or
        ``latitude``, ``longitude``, ``country`` (ISO2 or name) and optionally ``admin1``, for
        a place the gazetteer lacks. A bad row raises DataFileError naming its line, and then
        nothing is added. By default the aliases live in memory for this process; with
        ``persist=True`` they are written into the gazetteer file (``dateline gazetteer add``).
        """
        path = str(csv_path)
        try:
            with open(csv_path, newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                rows = list(reader)
                header = reader.fieldnames or []
        except OSError as exc:
            raise DataFileError(path, None, f"cannot read alias file: {exc.strerror}") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise DataFileError(path, None, f"not a UTF-8 CSV file: {exc}") from None
        if "name" not in header:
            raise DataFileError(path, 1, "missing column 'name'")
        aliases = [self._parse_alias(path, line, row) for line, row in enumerate(rows, start=2)]
        if persist:
            self._persist_aliases(aliases)
        else:
            for key, gid, place in aliases:
                if place is not None:
                    gid = self._fresh_alias_id()
                    self._alias_places[gid] = Candidate(place, KIND_ALIAS, "alias", row_id=gid)
                self._alias_names.setdefault(key, []).append((gid, KIND_ALIAS))
        self._automaton = None
        self._cache.clear()
        self._cached_size = 0
        return len(aliases)

    def _fresh_alias_id(self) -> int:
        """An id for an in-memory alias place, below every id of the file (conflict regions and
        persisted aliases included) and every alias id already handed out."""
        lowest = self._conn.execute("SELECT MIN(geonames_id) FROM places").fetchone()[0] or 0
        return min(lowest, -10_000_000, *self._alias_places) - 1

    def _parse_alias(self, path: str, line: int, row: dict) -> tuple[str, int | None, Place | None]:
        """(key, existing id, None) or (key, None, new place) for one alias row."""
        name = (row.get("name") or "").strip()
        key = name_key(name)
        if not key:
            raise DataFileError(path, line, "empty name")
        gid = (row.get("geonames_id") or "").strip()
        if gid:
            if not gid.lstrip("-").isdigit() or self.place(int(gid)) is None:
                raise DataFileError(path, line, f"geonames_id {gid!r} is not in the gazetteer")
            return key, int(gid), None
        return key, None, self._alias_place(path, line, row, name)

    def _persist_aliases(self, aliases: list[tuple[str, int | None, Place | None]]) -> None:
        """Write aliases into the gazetteer file; new places get fresh negative ids."""
        try:
            conn = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise ResourceError(f"cannot write to gazetteer {self.path}: {exc}") from None
        with conn:
            next_id = min(conn.execute("SELECT MIN(geonames_id) FROM places").fetchone()[0] or 0,
                          -10_000_000) - 1
            for key, gid, place in aliases:
                if place is not None:
                    gid, next_id = next_id, next_id - 1
                    conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                 (gid, place.name, key, place.latitude, place.longitude,
                                  place.feature, 0, place.iso2, "", place.admin1, "", "", 0))
                conn.execute("INSERT OR REPLACE INTO names VALUES (?,?,?)", (key, gid, KIND_ALIAS))
                if is_latin(key) and len(key) >= 3:
                    conn.execute("INSERT OR IGNORE INTO recognition VALUES (?)", (key,))
        conn.close()

    def _alias_place(self, path: str, line: int, row: dict, name: str) -> Place:
        try:
            lat, lon = float(row.get("latitude") or ""), float(row.get("longitude") or "")
        except ValueError:
            raise DataFileError(path, line, "needs geonames_id, or latitude and longitude "
                                            "as numbers") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(path, line, f"coordinates out of range: {lat}, {lon}")
        iso2 = self.country_code((row.get("country") or "").strip() or "?")
        if not iso2:
            raise DataFileError(path, line, f"unknown country {row.get('country')!r}")
        c = self.countries[iso2]
        return Place(geonames_id=None, name=name, latitude=lat, longitude=lon, country=c.name,
                     iso2=iso2, iso3=c.iso3, iso_numeric=c.iso_numeric, region=c.region,
                     admin1=(row.get("admin1") or "").strip(), feature="populated place")

    # ------------------------------------------------------------------ internals

    def _by_key(self, key: str, match: str) -> list[Candidate]:
        rows = self._conn.execute(
            f"SELECT {PLACE_COLUMNS}, n.kind FROM names n JOIN places p USING (geonames_id) "
            "WHERE n.key=?", (key,)).fetchall()
        found = [self._row_candidate(row[:-1], row[-1], match, key) for row in rows]
        for gid, kind in self._alias_names.get(key, []):
            if gid in self._alias_places:
                found.append(self._alias_places[gid])
            elif (place := self.place(gid)) is not None:
                a1, a2 = self.admin_codes(gid)
                found = [c for c in found if c.place.geonames_id != gid]
                found.append(Candidate(place, kind, "alias", a1, a2, row_id=gid))
        return found

    def _by_skeleton(self, key: str) -> list[Candidate]:
        """Entries whose main name has the same skeleton and is spelt alike (ratio >= 0.75)."""
        rows = self._conn.execute(
            f"SELECT {PLACE_COLUMNS} FROM skeletons s JOIN places p USING (geonames_id) "
            "WHERE s.key=?", (skeleton(key),)).fetchall()
        bare = without_article(key)
        return [self._row_candidate(row, KIND_VARIANT, "skeleton") for row in rows
                if SequenceMatcher(None, bare, without_article(row[2])).ratio() >= SKELETON_MIN_RATIO]

    def _row_candidate(self, row: tuple, kind: int, match: str, key: str = "") -> Candidate:
        spelling = kind == KIND_MAIN or not key or is_spelling_of(key, row[2])
        return Candidate(self._row_place(row), kind, match, row[8] or "", row[10] or "",
                         bool(row[12]), row[2], spelling, row[0])

    def _row_place(self, row: tuple) -> Place:
        gid, name, _ascii, lat, lon, feature, pop, iso2, _a1c, a1, _a2c, a2, _cap = row
        c = self.countries.get(iso2)
        return Place(geonames_id=gid if gid > 0 else None, name=name, latitude=lat,
                     longitude=lon, country=c.name if c else "", iso2=iso2,
                     iso3=c.iso3 if c else "", iso_numeric=c.iso_numeric if c else None,
                     region=c.region if c else "", admin1=a1 or "", admin2=a2 or "",
                     feature=feature, population=pop)


#: Prominence adjustments, in log10-population units (see ``prominence``).
BONUS_COUNTRY = 2.0
STEP_BACK_UNIT = 1.5
BONUS_CAPITAL = 1.2
PENALTY_UNIT_WITHOUT_WORD = 1.0
PENALTY_ALTERNATE = 1.0
#: An entry that has the name only as an alternate spelling, when another has it as its main
#: name ("Torrington": not West Torrington): first 70% of the geo sets, exact 0.8088 -> 0.8111.
PENALTY_ALT_SPELLING = 0.3


def prominence(c: Candidate, towns_inside: set[str], has_main: bool = False) -> float:
    """How likely a bare name means this entry, before any context (log10 population scale).

    Countries and continents get a bonus, capitals a smaller one. An admin unit named after a
    town in it ("Idlib" governorate, Idlib city) steps back behind the town, the usual meaning
    of the bare name; so does a unit found only with its unit word dropped ("Oakland" for
    Oakland County). When some entry carries the name as its main name, entries that have it
    only as an alternate step back: another name (often a historic one) by 1, an alternate
    spelling by 0.3 ("Torrington" is not West Torrington).
    """
    score = math.log10(c.place.population + 10)
    feature = c.place.feature
    if feature in ("country", "continent"):
        score += BONUS_COUNTRY
    elif feature in ("admin1", "admin2", "admin3") and c.admin1_code in towns_inside:
        score -= STEP_BACK_UNIT
    if c.capital:
        score += BONUS_CAPITAL
    if c.kind == KIND_VARIANT and feature in ("admin1", "admin2", "admin3"):
        score -= PENALTY_UNIT_WITHOUT_WORD
    elif not c.spelling and has_main:
        score -= PENALTY_ALTERNATE
    elif c.kind != KIND_MAIN and has_main:
        score -= PENALTY_ALT_SPELLING
    if c.match == "article":
        score -= 0.3
    elif c.match == "skeleton":
        score -= 1.5
    if c.kind >= KIND_OTHER:
        score -= 1.0
    return score


def towns_by_admin(cands: list[Candidate]) -> set[str]:
    """Admin1 codes holding a town that is really called by the name looked up.

    A town counts when the name is its main name, or an alternate spelling that is not just a
    shortening of it ("Oklahoma" for "Oklahoma City" does not make Oklahoma step back).
    """
    unit_keys = {o.main_key for o in cands if o.place.feature != "populated place" and o.main_key}
    shortens: dict[str, bool] = {}  # per distinct main name: thousands of namesakes share a few
    out = set()
    for c in cands:
        if c.place.feature != "populated place" or c.kind >= KIND_OTHER or not c.admin1_code:
            continue
        if c.kind != KIND_MAIN:
            if c.main_key not in shortens:
                shortens[c.main_key] = any(k != c.main_key and k in c.main_key for k in unit_keys)
            if shortens[c.main_key]:
                continue
        out.add(c.admin1_code)
    return out


def has_main_name(cands: list[Candidate]) -> bool:
    return any(c.kind == KIND_MAIN and c.match in ("exact", "alias") for c in cands)


def rank_by_prominence(cands: list[Candidate]) -> list[Candidate]:
    towns, main = towns_by_admin(cands), has_main_name(cands)
    return sorted(cands, key=lambda c: -prominence(c, towns, main))
