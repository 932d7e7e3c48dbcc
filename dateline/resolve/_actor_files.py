"""The actor dictionary's files: entries and countries read from the CSV tables in
``dateline/data/actors/`` (and a user's extra file), each bad row a DataFileError naming its
line (docs/actors.md). ``_actors.py`` builds the dictionary from what these return.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError
from ._actor_data import (COLUMNS, IDENTITY_ALIASES, IDENTITY_COLUMNS, IDENTITY_KIND_ALIASES, IDENTITY_KINDS,
                          ROLES)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_ISO2_RE = re.compile(r"[A-Z]{2}\Z")


# Length-preserving folding: typographic quotes and dashes to ASCII, line breaks to spaces.
_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\n": " ", "\r": " ", "\t": " ", "\u2009": " ", "\u202f": " ",
})


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _lower(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid ("İ" keeps one char)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _today() -> dt.date:
    return dt.date.today()


def _as_date(value: dt.date | dt.datetime | None) -> dt.date:
    if value is None:
        return _today()
    if isinstance(value, dt.datetime):
        return value.date()
    return value


@dataclass(frozen=True)
class ActorEntry:
    """One row of the dictionary: a canonical actor, valid over [start, end] (inclusive)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    inter: int
    start: dt.date | None
    end: dt.date | None
    role: str
    active: frozenset[str]
    notes: str
    source: str  # "file:line" where the row was read, for error messages and audits

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to this entry's period (0 inside it)."""
        if self.start is not None and day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0

    def span_days(self) -> int:
        lo = self.start or dt.date(1900, 1, 1)
        hi = self.end or dt.date(2100, 1, 1)
        return (hi - lo).days


@dataclass(frozen=True)
class _Country:
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    sovereign: str  # "" for a sovereign state, "-" for none, else the sovereign's ISO2


def _parse_alias(raw: str) -> tuple[str, bool, bool]:
    """"~PDF" -> ("PDF", exact, restricted); acronyms (no lower-case letter) are exact-case."""
    restricted = exact = False
    alias = raw.strip()
    while alias[:1] in ("~", "="):
        if alias[0] == "~":
            restricted = True
        else:
            exact = True
        alias = alias[1:].strip()
    if not any(ch.islower() for ch in alias):
        exact = True
    return alias, exact, restricted


def _variants(alias: str) -> set[str]:
    """Spelling variants news uses: "al-Shabaab"/"al Shabaab", "Hay'at"/"Hayat"."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
    if "'" in alias or "\u2019" in alias:
        for v in list(out):
            out.add(v.replace("'", "").replace("\u2019", ""))
    return out


def _read_rows(path: Path, columns: tuple[str, ...] = COLUMNS,
               required: str = "name") -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of a CSV with "#" comment lines; one record a line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), None, f"not UTF-8 text: {exc}") from None
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cells = next(csv.reader([line]))
        except csv.Error as exc:
            raise DataFileError(str(path), lineno, f"bad CSV: {exc}") from None
        if header is None:
            header = [c.strip().lower() for c in cells]
            unknown = [c for c in header if c not in columns]
            if unknown:
                raise DataFileError(str(path), lineno, f"unknown column(s) {unknown}; "
                                                       f"expected some of {list(columns)}")
            if required not in header:
                raise DataFileError(str(path), lineno, f"the header has no {required!r} column")
            continue
        if len(cells) > len(header):
            raise DataFileError(str(path), lineno,
                                f"{len(cells)} fields but the header has {len(header)}")
        rows.append((lineno, cells))
    if header is None:
        raise DataFileError(str(path), None, "empty file: no header row")
    return header, rows


def _read_countries(path: Path) -> dict[str, _Country]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from None
    out: dict[str, _Country] = {}
    reader = csv.DictReader(line for line in lines if not line.startswith("#"))
    for row in reader:
        iso2 = row["iso2"].strip()
        out[iso2] = _Country(
            iso2=iso2, name=row["name"].strip(),
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            demonyms=tuple(d for d in row["demonyms"].split("|") if d),
            sovereign=row["sovereign"].strip())
    return out


def _parse_row(path: Path, lineno: int, record: dict[str, str],
               countries: dict[str, _Country], need_inter: bool) -> dict:
    """Validate one row; every error names file:line."""
    def fail(msg: str):
        raise DataFileError(str(path), lineno, msg)

    name = record.get("name", "").strip()
    if not name:
        fail("empty actor name")
    out: dict = {"name": name}
    inter = record.get("inter", "").strip()
    if inter:
        if not inter.isdigit() or not 1 <= int(inter) <= 8:
            fail(f"inter code {inter!r} for {name!r} is not 1-8 (ONTOLOGY §3.1)")
        out["inter"] = int(inter)
    elif need_inter:
        fail(f"no inter code for new actor {name!r}")
    country = record.get("country", "").strip()
    if country:
        if not _ISO2_RE.match(country) or country not in countries:
            fail(f"country {country!r} for {name!r} is not a known ISO 3166 alpha-2 code")
        out["country"] = country
    for col in ("start", "end"):
        value = record.get(col, "").strip()
        if value:
            if not _DATE_RE.match(value):
                fail(f"{col} date {value!r} for {name!r} is not YYYY-MM-DD")
            try:
                out[col] = dt.date.fromisoformat(value)
            except ValueError:
                fail(f"{col} date {value!r} for {name!r} is not a valid date")
    if "start" in out and "end" in out and out["start"] > out["end"]:
        fail(f"period of {name!r} ends before it starts")
    role = record.get("role", "").strip()
    if role:
        if role not in ROLES:
            fail(f"role {role!r} for {name!r} is not one of military, police")
        out["role"] = role
    active = [a.strip() for a in record.get("active", "").split("|") if a.strip()]
    for a in active:
        if a not in countries:
            fail(f"active country {a!r} for {name!r} is not a known ISO2 code")
    if active:
        out["active"] = frozenset(active)
    aliases = []
    for raw in record.get("aliases", "").split("|"):
        if raw.strip():
            alias, _exact, _restricted = _parse_alias(raw)
            if not alias:
                fail(f"empty alias {raw!r} for {name!r}")
            aliases.append(raw.strip())
    out["aliases"] = tuple(aliases)
    notes = record.get("notes", "").strip()
    if notes:
        out["notes"] = notes
    return out


def _read_actor_file(path: Path, countries: dict[str, _Country], existing: dict[str, dict],
                     builtin: bool) -> None:
    """Merge one actor CSV into ``existing`` (name -> fields), in place."""
    header, rows = _read_rows(path)
    if builtin and "inter" not in header:
        raise DataFileError(str(path), None, "the header has no 'inter' column")
    seen: set[str] = set()
    for lineno, cells in rows:
        record = dict(zip(header, cells))
        name = record.get("name", "").strip()
        if name in seen:
            raise DataFileError(str(path), lineno, f"actor {name!r} appears twice in this file")
        seen.add(name)
        old = existing.get(name)
        if old is not None and builtin:
            raise DataFileError(str(path), lineno,
                                f"actor {name!r} is already defined at {old['source']}")
        fields = _parse_row(path, lineno, record, countries, need_inter=old is None)
        if (fields.get("role") or (old or {}).get("role")) and \
                fields.get("inter", (old or {}).get("inter")) != 1:
            raise DataFileError(str(path), lineno,
                                f"{name!r} has a military/police role but inter is not 1")
        if old is None:
            fields["source"] = f"{path.name}:{lineno}"
            existing[name] = fields
        else:  # user row over a built-in one: set fields override, aliases are added
            aliases = tuple(dict.fromkeys(old.get("aliases", ()) + fields.pop("aliases")))
            old.update(fields)
            old["aliases"] = aliases
            old["source"] += f"; {path}:{lineno}"


def _identity_aliases(spellings: list[str], kind: str) -> tuple[str, ...]:
    """Armed-noun aliases of a group, each only in its home country ("~Murle militia")."""
    templates = (*IDENTITY_ALIASES, *IDENTITY_KIND_ALIASES[kind])
    return tuple(dict.fromkeys(f"~{t.format(g=g)}" for g in spellings for t in templates))


def _add_identity_militias(path: Path, countries: dict[str, _Country],
                           rows: dict[str, dict]) -> None:
    """Generate "<Group> Ethnic/Clan/Tribal Militia (Country)" rows; hand-written rows win."""
    header, records = _read_rows(path, IDENTITY_COLUMNS, "group")
    if tuple(header) != IDENTITY_COLUMNS:
        raise DataFileError(str(path), None, f"header must be {','.join(IDENTITY_COLUMNS)}")
    for lineno, cells in records:
        group, iso2, kind, spellings = (c.strip() for c in (*cells, "", "", "")[:4])
        if kind not in IDENTITY_KINDS:
            raise DataFileError(str(path), lineno,
                                f"kind {kind!r} is not one of {', '.join(IDENTITY_KINDS)}")
        if iso2 not in countries or not group:
            raise DataFileError(str(path), lineno, f"bad group {group!r} or country {iso2!r}")
        name = f"{group} {IDENTITY_KINDS[kind]} ({countries[iso2].name})"
        if name in rows:
            continue
        names = [group, *(s.strip() for s in spellings.split("|") if s.strip())]
        rows[name] = {"name": name, "aliases": _identity_aliases(names, kind), "country": iso2,
                      "inter": 4, "notes": "generated from identity_groups.csv",
                      "source": f"{path.name}:{lineno}"}
