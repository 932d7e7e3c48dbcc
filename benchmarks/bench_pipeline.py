"""End-to-end speed and memory: dateline's whole pipeline next to plain spaCy on the same articles.

Prints articles/s for both (one process, one core) and the ratio, seconds per pipeline stage,
and peak memory (RSS). Articles: the fixture set in tests/fixtures/events (repeated to --n
articles). The CPU may be shared, so compare the ratio and the stage shares within one run, not
absolute rates across runs (docs/speed.md).

    python benchmarks/bench_pipeline.py --n 150
    python benchmarks/bench_pipeline.py --n 150 --set analyse.ner_scope=all
"""

from __future__ import annotations

import argparse
import collections
import resource
import time
from pathlib import Path

from dateline.analyse import load_spacy
from dateline.ingest import document_from_text
from dateline.pipeline import Pipeline
from dateline.settings import load_settings

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "events"


def articles(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts = texts or [(Path(__file__).parents[1] / "examples" / "border_clash.txt").read_text()]
    return [texts[i % len(texts)] for i in range(n)]


class _Timed:
    """A stage wrapper that adds the stage's wall-clock seconds to a shared counter."""

    def __init__(self, stage, seconds: collections.Counter):
        self.stage, self.seconds = stage, seconds
        self.name, self.requires, self.produces = stage.name, stage.requires, stage.produces

    def __call__(self, doc):
        start = time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.seconds[self.name] += time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles to code")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.NAME=VALUE",
                        help="override one setting (repeatable)")
    args = parser.parse_args()
    texts = articles(args.n)
    settings = load_settings(overrides=dict(s.split("=", 1) for s in args.set))
    seconds: collections.Counter = collections.Counter()
    pipeline = Pipeline(settings)
    pipeline.stages = [_Timed(stage, seconds) for stage in pipeline.stages]
    nlp = load_spacy(settings.analyse.spacy_model)
    pipeline.process(document_from_text(texts[0]))  # warm up both
    seconds.clear()

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - start

    start = time.perf_counter()
    n_events = 0
    for i, text in enumerate(texts):
        result = pipeline.process(document_from_text(text, id=f"bench-{i}"))
        n_events += len(result.events)
    dateline_s = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(texts)}  chars: {sum(map(len, texts))}  events: {n_events}")
    print(f"plain spaCy ({settings.analyse.spacy_model}, full pipeline): "
          f"{len(texts) / spacy_s:.1f} articles/s  ({spacy_s:.2f} s)")
    print(f"dateline end to end: {len(texts) / dateline_s:.1f} articles/s  ({dateline_s:.2f} s)")
    stages = "  ".join(f"{name} {s:.2f}" for name, s in seconds.items())
    other = dateline_s - sum(seconds.values())
    print(f"  stage seconds: {stages}  (ingest+runner {other:.2f})")
    print(f"ratio dateline/spaCy: {spacy_s / dateline_s:.2f}x")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
