"""The toponym benchmark evaluator, on a few articles of each real benchmark file.

The benchmark files live outside the repository (``../shared/benchmarks``); these tests skip
when they are absent. The gazetteer is the session's one (see tests/resolve/conftest.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dateline.eval._geo import (GoldToponym, evaluate_geo, haversine_km, load_nlp, pool_reports,
                                read_geo_benchmark, score_toponym)
from dateline.records import Place, PlaceMention, Span
from dateline.resolve import Gazetteer, build_default_gazetteer
from dateline.settings import Settings

BENCHMARKS = Path(__file__).parents[3] / "shared" / "benchmarks"
FILES = {
    "gwn": BENCHMARKS / "geo_geowebnews" / "GWN.xml",
    "lgl": BENCHMARKS / "geo_lgl" / "lgl.xml",
    "trnews": BENCHMARKS / "geo_trnews" / "TR-News.xml",
}
needs_benchmarks = pytest.mark.skipif(
    not all(p.is_file() for p in FILES.values()),
    reason=f"geo benchmarks not found under {BENCHMARKS} (shared/ is not checked out beside the repo)")


@pytest.fixture(scope="module")
def gazetteer(request, tmp_path_factory):
    path = getattr(request.config, "_dateline_gazetteer_path", None)
    env = os.environ.get("DATELINE_TEST_GAZETTEER", "")
    if path is None and env and Path(env).is_file():
        path = Path(env)
    if path is None:
        path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
        build_default_gazetteer(path)
        request.config._dateline_gazetteer_path = path
    gaz = Gazetteer.open(path)
    yield gaz
    gaz.close()


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings())


def _mention(start, end, gid, lat, lon):
    place = Place(geonames_id=gid, name="x", latitude=lat, longitude=lon, country="", iso2="")
    return PlaceMention(span=Span(start, end, "x"), place=place)


def test_scoring_rules_without_data():
    gold = GoldToponym(10, 16, "Aleppo", 170063, 36.20124, 37.16117)
    assert score_toponym(gold, []) == {"recognised": False, "exact": False, "acc161": False}
    assert score_toponym(gold, [_mention(10, 16, 170063, 36.2, 37.16)])["exact"]
    near = score_toponym(gold, [_mention(12, 20, 1, 36.5, 37.0)])
    assert near == {"recognised": True, "exact": False, "acc161": True}
    far = score_toponym(gold, [_mention(10, 16, 2, 33.5, 36.3)])
    assert far == {"recognised": True, "exact": False, "acc161": False}
    unresolved = score_toponym(gold, [PlaceMention(span=Span(10, 16, "Aleppo"))])
    assert unresolved["recognised"] and not unresolved["acc161"]
    assert 290 < haversine_km(36.2, 37.16, 33.51, 36.29) < 330  # Aleppo - Damascus


@needs_benchmarks
@pytest.mark.parametrize("name, fmt", [("gwn", "gwn"), ("lgl", "lgl"), ("trnews", "lgl")])
def test_formats_are_detected_and_offsets_hold(name, fmt):
    detected, articles = read_geo_benchmark(FILES[name])
    assert detected == fmt and len(articles) > 100
    tops = [t for a in articles[:20] for t in a.toponyms]
    assert tops and all(t.geonames_id > 0 for t in tops)
    art = articles[0]
    for t in art.toponyms:
        assert art.text[t.start:t.end].lower().replace("\n", " ")[:3] == t.text.lower()[:3]
    # the article's address goes to the Document, as a user's document carries it
    assert all(a.url.startswith("http") for a in articles[:20])


@needs_benchmarks
def test_end_to_end_on_a_few_articles(gazetteer, nlp):
    reports = [evaluate_geo(FILES[name], gazetteer, Settings(), limit=6, nlp=nlp) for name in FILES]
    for report in reports:
        json.dumps(report)
        assert report["articles"] == 6
        # the first 70% (where rules are chosen) and the last 30% (held out) split the whole
        assert report["first70"]["n_gold"] + report["last30"]["n_gold"] == report["all"]["n_gold"]
        for part in ("all", "first70", "last30"):
            scores = report[part]
            assert scores["n_gold"] > 0
            assert 0 <= scores["exact"] <= scores["acc161"] <= 1
            assert scores["acc161"] <= scores["recognition_recall"] + 1e-9
            assert 0.5 < scores["gold_in_gazetteer"] <= 1
    pooled = pool_reports(reports)
    assert pooled["all"]["exact"] > 0.4
    assert pooled["all"]["n_gold"] == sum(r["all"]["n_gold"] for r in reports)
    assert pooled["first70"]["n_gold"] == sum(r["first70"]["n_gold"] for r in reports)


@needs_benchmarks
def test_sets_report_and_table(gazetteer):
    from dateline.eval._geo import evaluate_geo_sets, format_geo_report

    result = evaluate_geo_sets([FILES["trnews"]], gazetteer, Settings(), limit=4)
    assert set(result) == {"sets", "pooled"}
    table = format_geo_report(result)
    assert "TR-News.xml" in table and "pooled" in table and "first70" in table and "last30" in table
