"""Ordinary news codes to (almost) no events: the known false alarms may fall, never rise.

tests/fixtures/news_stream holds 32 non-conflict articles written for this test (sport with
"clash", "attack" and "shot" wording, markets, elections and parliaments, courts, weather and
disasters, health, culture, technology, local councils; several regions; with boilerplate).
The benchmark mixes them with conflict articles for its secondary figure (docs/speed.md).
"""

from pathlib import Path

import pytest

from dateline.ingest import document_from_text
from dateline.pipeline import pipeline_for
from dateline.settings import Settings

STREAM = Path(__file__).parent / "fixtures" / "news_stream"

#: Events the coder wrongly finds, per article, when this test was written. Lower is welcome
#: (then lower the number here); higher fails.
KNOWN_FALSE_ALARMS = {
    # "shot the ball from well beyond the arc"; "Boston were without two starters"
    "sport_basketball_shot.txt": 2,
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list]:
    pipeline = pipeline_for(Settings())
    paths = sorted(STREAM.glob("*.txt"))
    docs = [document_from_text(p.read_text(encoding="utf-8"), id=p.stem, input_name=p.name)
            for p in paths]
    results = list(pipeline.code(docs))
    assert all(r.ok and not r.skipped for r in results), [
        (r.input_name, r.error, r.skipped) for r in results if not r.ok or r.skipped]
    return {p.name: r.events for p, r in zip(paths, results)}


def test_the_stream_is_large_and_varied():
    names = [p.name for p in STREAM.glob("*.txt")]
    assert len(names) >= 30
    topics = {name.split("_")[0] for name in names}
    assert {"sport", "markets", "election", "parliament", "court", "weather", "disaster",
            "health", "culture", "tech", "council"} <= topics


def test_false_alarms_do_not_rise(coded):
    found = {name: len(events) for name, events in coded.items() if events}
    risen = {name: (n, KNOWN_FALSE_ALARMS.get(name, 0)) for name, n in found.items()
             if n > KNOWN_FALSE_ALARMS.get(name, 0)}
    assert not risen, f"new false alarms (found, known): {risen}; " + "; ".join(
        f"{e.sub_event_type} at {e.location}: {e.notes[:120]}"
        for name in risen for e in coded[name])
    assert sum(found.values()) <= sum(KNOWN_FALSE_ALARMS.values())


def test_sport_wording_alone_is_no_event(coded):
    for name in ("sport_derby_clash.txt", "sport_cricket_attack.txt", "sport_rugby_battle.txt",
                 "sport_boxing_knockout.txt", "culture_concert_review.txt",
                 "tech_cyberattack_retailer.txt", "election_campaign_attack_ad.txt"):
        assert coded[name] == [], name
