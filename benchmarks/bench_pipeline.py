"""End-to-end speed and memory: dateline's whole pipeline next to plain spaCy on the same articles.

Prints articles/s for both (one process, one core) and the ratio, plus peak memory (RSS).
Articles: the fixture set in tests/fixtures/events (repeated to --n articles).

    python benchmarks/bench_pipeline.py --n 200
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from dateline.analyse import load_spacy
from dateline.ingest import document_from_text
from dateline.pipeline import Pipeline
from dateline.settings import Settings

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures" / "events"


def articles(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts = texts or [(Path(__file__).parents[1] / "examples" / "border_clash.txt").read_text()]
    return [texts[i % len(texts)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles to code")
    args = parser.parse_args()
    texts = articles(args.n)
    settings = Settings()
    pipeline = Pipeline(settings)
    nlp = load_spacy(settings.analyse.spacy_model)
    pipeline.process(document_from_text(texts[0]))  # warm up both

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
          f"{len(texts) / spacy_s:.1f} articles/s")
    print(f"dateline end to end: {len(texts) / dateline_s:.1f} articles/s")
    print(f"ratio dateline/spaCy: {spacy_s / dateline_s:.2f}x")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
