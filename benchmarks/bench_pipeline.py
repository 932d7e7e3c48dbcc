"""End-to-end speed and memory: dateline's whole pipeline next to plain spaCy on the same articles.

Prints articles/s per core for both (one process; CPU seconds of the process, so other jobs on
a shared machine disturb the ratio less than wall-clock time would) and the ratio, CPU seconds
per pipeline stage, and peak memory (RSS). Articles: the fixture set in tests/fixtures/events
(repeated to --n articles). Dateline codes them as the CLI does (``Pipeline.code``, documents
in batches). Compare the ratio and the stage shares within one run, not absolute rates across
runs (docs/speed.md).

A second spaCy figure runs the same plain pipeline with its matrix products through numpy's
OpenBLAS on one thread, as dateline runs its components (``dateline.analyse._blas``): the
headline compares with spaCy as installed, that line with spaCy given the same BLAS.

A secondary figure follows: the same comparison on a news stream of one conflict article in
four, the others from tests/fixtures/news_stream (sport, markets, courts, weather...). The
headline stays the conflict articles; the stream shows what the parse gate saves on ordinary
news.

    python benchmarks/bench_pipeline.py --n 150
    python benchmarks/bench_pipeline.py --n 150 --set analyse.ner_scope=all
    python benchmarks/bench_pipeline.py --n 150 --no-stream
"""

from __future__ import annotations

import argparse
import collections
import resource
import time
from pathlib import Path

from dateline.analyse import load_spacy
from dateline.analyse._blas import fast_matmul
from dateline.ingest import document_from_text
from dateline.pipeline import Pipeline
from dateline.settings import load_settings

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "events"
NEWS_STREAM = Path(__file__).parents[1] / "tests" / "fixtures" / "news_stream"
#: In the secondary stream, one article in this many is a conflict article.
STREAM_EVERY = 4


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def articles(n: int) -> list[str]:
    texts = _texts(FIXTURES)
    texts = texts or [(Path(__file__).parents[1] / "examples" / "border_clash.txt").read_text()]
    return [texts[i % len(texts)] for i in range(n)]


def news_stream(n: int) -> list[str]:
    """``n`` articles: every ``STREAM_EVERY``-th a conflict article, the rest ordinary news."""
    conflict, other = articles(n), _texts(NEWS_STREAM)
    if not other:
        return []
    return [conflict[i // STREAM_EVERY] if i % STREAM_EVERY == 0
            else other[(i - 1 - i // STREAM_EVERY) % len(other)] for i in range(n)]


class _Timed:
    """A stage wrapper that adds the stage's wall-clock seconds to a shared counter."""

    def __init__(self, stage, seconds: collections.Counter):
        self.stage, self.seconds = stage, seconds
        self.name, self.requires, self.produces = stage.name, stage.requires, stage.produces

    def __call__(self, doc):
        return self._timed(self.stage, doc)

    def __getattr__(self, name):
        if name == "pipe" and hasattr(self.stage, "pipe"):  # the runner batches such stages
            return lambda docs: self._timed(self.stage.pipe, docs)
        raise AttributeError(name)

    def _timed(self, call, arg):
        start = time.process_time()
        try:
            return call(arg)
        finally:
            self.seconds[self.name] += time.process_time() - start


def _clock(run) -> tuple[float, float]:
    """CPU seconds of this process (what a core spends, whatever else shares the machine) and
    wall-clock seconds taken by ``run()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _plain_spacy(texts: list[str], nlp) -> tuple[float, float]:
    return _clock(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32)))


def _plain_spacy_same_blas(texts: list[str], nlp) -> tuple[float, float] | None:
    """Plain spaCy with dateline's matrix products; None when dateline cannot use them."""
    with fast_matmul([pipe for _, pipe in nlp.pipeline]) as swapped:
        return _plain_spacy(texts, nlp) if swapped else None


def _compare(texts: list[str], nlp, pipeline: Pipeline, seconds: collections.Counter) -> dict:
    """CPU and wall seconds of plain spaCy and of dateline on ``texts``, and dateline's events."""
    seconds.clear()
    spacy_cpu, spacy_wall = _plain_spacy(texts, nlp)
    docs = (document_from_text(text, id=f"bench-{i}") for i, text in enumerate(texts))
    results = []
    dateline_cpu, dateline_wall = _clock(lambda: results.extend(pipeline.code(docs)))
    return {"n": len(texts), "chars": sum(map(len, texts)), "spacy": (spacy_cpu, spacy_wall),
            "dateline": (dateline_cpu, dateline_wall), "stages": dict(seconds),
            "events": sum(len(result.events) for result in results)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles to code")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.NAME=VALUE",
                        help="override one setting (repeatable)")
    parser.add_argument("--no-stream", action="store_true",
                        help="skip the secondary news-stream figure")
    args = parser.parse_args()
    settings = load_settings(overrides=dict(s.split("=", 1) for s in args.set))
    seconds: collections.Counter = collections.Counter()
    pipeline = Pipeline(settings)
    pipeline.stages = [_Timed(stage, seconds) for stage in pipeline.stages]
    nlp = load_spacy(settings.analyse.spacy_model)
    texts = articles(args.n)
    pipeline.process(document_from_text(texts[0]))  # warm up both

    run = _compare(texts, nlp, pipeline, seconds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (spacy_cpu, spacy_wall), (dateline_cpu, dateline_wall) = run["spacy"], run["dateline"]
    n = run["n"]
    print(f"articles: {n}  chars: {run['chars']}  events: {run['events']}")
    print(f"plain spaCy ({settings.analyse.spacy_model}, full pipeline): "
          f"{n / spacy_cpu:.1f} articles/s/core  ({spacy_cpu:.2f} s CPU, {spacy_wall:.2f} s wall)")
    print(f"dateline end to end: {n / dateline_cpu:.1f} articles/s/core  "
          f"({dateline_cpu:.2f} s CPU, {dateline_wall:.2f} s wall)")
    stages = "  ".join(f"{name} {s:.2f}" for name, s in run["stages"].items())
    other = dateline_cpu - sum(run["stages"].values())
    print(f"  stage CPU seconds: {stages}  (ingest+runner {other:.2f})")
    print(f"ratio dateline/spaCy: {spacy_cpu / dateline_cpu:.2f}x CPU  "
          f"({spacy_wall / dateline_wall:.2f}x wall)")
    print(f"peak RSS: {peak_mb:.0f} MB")
    same_blas = _plain_spacy_same_blas(texts, nlp)
    if same_blas is not None:
        print(f"plain spaCy with dateline's BLAS: {n / same_blas[0]:.1f} articles/s/core "
              f"({same_blas[0]:.2f} s CPU); ratio dateline/that: {same_blas[0] / dateline_cpu:.2f}x CPU")
    stream = [] if args.no_stream else news_stream(args.n)
    if stream:
        run = _compare(stream, nlp, pipeline, seconds)
        (spacy_cpu, _), (dateline_cpu, _) = run["spacy"], run["dateline"]
        stages = "  ".join(f"{name} {s:.2f}" for name, s in run["stages"].items())
        print(f"secondary, news stream (1 conflict article in {STREAM_EVERY}, {run['n']} articles, "
              f"{run['events']} events): ratio {spacy_cpu / dateline_cpu:.2f}x CPU  "
              f"(spaCy {spacy_cpu:.2f} s, dateline {dateline_cpu:.2f} s: {stages})")
        print(f"peak RSS after both: "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
