"""Run the whole pipeline over a folder of gold articles and score it (docs/fixtures.md)."""

from __future__ import annotations

from pathlib import Path

from ._events import load_gold, score_events


def evaluate_event_fixtures(folder: Path, settings) -> dict:
    from ..ingest import document_from_text
    from ..pipeline import pipeline_for

    pipeline = pipeline_for(settings)
    gold = load_gold(Path(folder))
    predicted: dict[str, list[dict]] = {}
    failures = []
    for article in gold:
        text = (Path(folder) / article.file).read_text(encoding="utf-8")
        doc = document_from_text(text, id=article.id, published=article.published,
                                 input_name=article.file)
        result = pipeline.process(doc)
        if result.error:
            failures.append(str(result.error))
        predicted[article.id] = [event.to_row() for event in result.events]
    result = score_events(predicted, gold)
    result["pipeline_failures"] = failures
    return result
