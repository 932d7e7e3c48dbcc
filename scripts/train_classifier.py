"""Rebuild the learned sub-event classifier shipped in the package, and measure it.

    python scripts/train_classifier.py            # rebuild dateline/data/classifier/model.npz
    python scripts/train_classifier.py --check    # rebuild in a temp dir, compare bytes, keep the file
    python scripts/train_classifier.py --no-rules --no-case   # training and k-fold only (~15 s)

Steps (docs/learned-classifier.md):

1. Train on ``dateline/data/training/sentences.tsv`` (our own sentences) with ``--seed`` and
   write the model; training twice on a subset must give byte-identical files (checked every
   run), and ``--check`` compares a full rebuild with the file in the package.
2. Stratified k-fold accuracy and macro-F1 on the training sentences.
3. Held out: the coder development sentences (``tests/fixtures/coder_dev``, written by a
   colleague for the rules and never used for training).
4. Unless ``--no-rules``: the rule classifier (``classify_doc``) on our training sentences and
   on the development sentences, and the combination policies of :func:`combine` scored on
   both (learned probabilities out-of-fold on ours, averaged over ``--repeats`` k-folds with fold
   seeds ``seed``, ``seed+1``...). The ratio the evaluator uses
   (``dateline.eval._case2021.OVERRIDE_RATIO``) is the one with the best mean macro-F1 over the
   two: our sentences favour the learned model (it was trained on their like), the
   development sentences favour the rules (they were written for them).
5. If ``../shared/benchmarks/case2021_task2`` exists (and unless ``--no-case``): CASE 2021
   subtask 1 (closed set, 25 types) for the rules, the learned model alone and the combinations,
   as a **measurement only**: aggregate scores are printed, no snippet, and nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.code._learned import (  # noqa: E402
    ALL_LABELS, BUILTIN_SENTENCES, NONE_LABEL, SHIPPED_MODEL, LearnedClassifier, cross_validate,
    TRAINING_LABELS, f1_scores, is_none, read_sentences, train,
)

CASE_FILE = ROOT.parent / "shared" / "benchmarks" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
DEV_FILE = ROOT / "tests" / "fixtures" / "coder_dev" / "sentences.tsv"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
RATIOS = (2, 5, 10, 20, 50, 100)


def combine(policy: str, rule_strict: str | None, rule_forced: str | None,
            proba: dict[str, float], t: float = 0.0) -> str | None:
    """One snippet's closed-set label under a combination policy.

    ``proba`` is the learned model's ``predict_proba``; its label is the most probable
    sub-event type (never NONE).

    * ``rules``: the rule classifier (strict, else its lenient re-read and topic words);
    * ``learned``: the learned model alone;
    * ``fill``: the rules when they find an event, else the learned label;
    * ``fill+override``: as ``fill``, but the learned label also wins a disagreement when its
      probability is at least ``t``;
    * ``ratio``: as ``fill``, but the learned label wins when it is at least ``t`` times as
      probable as the rules' label (:func:`dateline.eval._case2021.combined_label`, the
      evaluator's policy).
    """
    from dateline.eval._case2021 import combined_label

    events = {label: p for label, p in proba.items() if label != NONE_LABEL}
    label = max(events, key=events.get)
    if policy == "rules":
        return rule_forced
    if policy == "learned":
        return label
    if policy == "fill":
        return rule_strict or label
    if policy == "fill+override":
        return label if rule_strict is None or events[label] >= t else rule_strict
    if policy == "ratio":
        return combined_label(rule_strict, proba, must_answer=True, ratio=t)
    raise ValueError(policy)


def _policy_grid():
    yield "rules", 0.0
    yield "learned", 0.0
    yield "fill", 0.0
    for t in THRESHOLDS:
        yield "fill+override", t
    for r in RATIOS:
        yield "ratio", r


def _name(policy: str, t: float) -> str:
    return f"{policy} {t:g}" if t else policy


def rule_labels(texts: list[str], nlp) -> list[tuple[str | None, str | None]]:
    """``(strict, closed-set)`` rule labels for each text (``classify_doc`` on ``nlp.pipe``)."""
    from dateline.code._classify import classify_doc

    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        strict = classify_doc(doc)
        out.append((strict, strict or classify_doc(doc, must_answer=True)))
    return out


def speed(model_path: Path, texts: list[str]) -> float:
    """Sentences per second of a freshly loaded model (cold word cache) over ``texts``."""
    model = LearnedClassifier.load(model_path)
    started = time.perf_counter()
    for text in texts:
        model.predict(text)
    return len(texts) / (time.perf_counter() - started)


def reproducible(examples, seed: int) -> bool:
    """Training twice on a small subset gives byte-identical files."""
    subset = examples[::8]
    with tempfile.TemporaryDirectory() as tmp:
        a = train(subset, seed=seed).save(Path(tmp) / "a" / "model.npz")
        b = train(subset, seed=seed).save(Path(tmp) / "b" / "model.npz")
        return (filecmp.cmp(a, b, shallow=False)
                and filecmp.cmp(a.with_suffix(".json"), b.with_suffix(".json"), shallow=False))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=BUILTIN_SENTENCES, help="label<TAB>sentence file")
    ap.add_argument("--out", type=Path, default=SHIPPED_MODEL, help="model file to write (.npz)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=5, help="k for k-fold scores (0: skip)")
    ap.add_argument("--repeats", type=int, default=3,
                    help="k-folds (fold seeds seed, seed+1, ...) averaged to choose the override ratio")
    ap.add_argument("--check", action="store_true",
                    help="rebuild into a temporary folder and compare bytes with --out (nothing written)")
    ap.add_argument("--no-rules", action="store_true", help="skip the rule classifier and combinations")
    ap.add_argument("--no-case", action="store_true", help="skip the CASE 2021 measurement")
    ap.add_argument("--case", type=Path, default=CASE_FILE, help="CASE 2021 Task 2 TSV with labels")
    ap.add_argument("--json", type=Path, help="also write every score here as JSON")
    args = ap.parse_args(argv)

    report: dict = {}
    examples = read_sentences(args.data)
    counts = Counter(label for _, label in examples)
    n_none = sum(n for label, n in counts.items() if is_none(label))
    print(f"training data: {args.data} ({len(examples)} sentences, "
          f"{sum(not is_none(l) for l in counts)} sub-event types, {n_none} NONE incl. its kinds)")
    for label in TRAINING_LABELS:
        if counts[label]:
            print(f"  {counts[label]:>4}  {label}")
    report["class_counts"] = {l: counts[l] for l in TRAINING_LABELS if counts[l]}

    same = reproducible(examples, args.seed)
    print(f"reproducible (two trainings on a subset give identical files): {same}")
    report["reproducible"] = same
    if not same:
        return 1

    started = time.perf_counter()
    data_name = args.data.resolve().relative_to(ROOT).as_posix() if args.data.resolve().is_relative_to(ROOT) else args.data.name
    model = train(examples, seed=args.seed, meta={"data_file": data_name})
    seconds = time.perf_counter() - started
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = model.save(Path(tmp) / "model.npz")
            ok = (args.out.is_file() and filecmp.cmp(fresh, args.out, shallow=False)
                  and filecmp.cmp(fresh.with_suffix(".json"), args.out.with_suffix(".json"), shallow=False))
        print(f"rebuild identical to {args.out}: {ok}")
        if not ok:
            return 1
        model_path = args.out
    else:
        model_path = model.save(args.out)
        print(f"model written: {model_path} and {model_path.with_suffix('.json').name}")
    size = model_path.stat().st_size + model_path.with_suffix(".json").stat().st_size
    rate = speed(model_path, [t for t, _ in examples])
    print(f"trained in {seconds:.1f} s; {len(model.buckets)} feature buckets; "
          f"file {size / 1e6:.2f} MB; {rate:,.0f} sentences/s (fresh load, one core)")
    report.update({"train_seconds": round(seconds, 2), "buckets": len(model.buckets),
                   "file_bytes": size, "sentences_per_second": round(rate)})

    oof_probas = []
    if args.folds:
        cv = cross_validate(examples, k=args.folds, seed=args.seed)
        oof_probas = [cv["probabilities"]]
        print(f"\n{args.folds}-fold on the training sentences: accuracy {cv['accuracy']:.3f}, "
              f"macro-F1 {cv['macro_f1']:.3f} (26 labels incl. NONE)")
        for label, f1 in cv["per_label_f1"].items():
            print(f"  {f1:.2f}  {label}")
        report["kfold"] = {k: v for k, v in cv.items()
                           if k not in ("predictions", "closed_predictions", "probabilities")}

    if DEV_FILE.is_file():
        dev = read_sentences(DEV_FILE)
        d = f1_scores([l for _, l in dev], [model.predict(t)[0] for t, _ in dev], ALL_LABELS)
        print(f"\nheld out, coder development sentences ({len(dev)}, a colleague's, not trained on): "
              f"accuracy {d['accuracy']:.3f}, macro-F1 {d['macro_f1']:.3f}")
        report["coder_dev"] = {"rows": len(dev), "accuracy": d["accuracy"], "macro_f1": d["macro_f1"]}

    case_ok = not args.no_case and args.case.is_file()
    if args.no_rules:
        if case_ok:
            _case(args.case, model, None, None, report)
        _write(args.json, report)
        return 0

    from dateline.analyse import load_spacy
    from dateline.settings import Settings

    nlp = load_spacy(Settings().analyse.spacy_model)
    chosen = None
    if oof_probas and DEV_FILE.is_file():
        oof_probas += [cross_validate(examples, k=args.folds, seed=args.seed + r)["probabilities"]
                       for r in range(1, args.repeats)]
        chosen = _choose_ratio(examples, oof_probas, model, nlp, report)
    if case_ok:
        _case(args.case, model, nlp, chosen, report)
    _write(args.json, report)
    return 0


def _choose_ratio(examples, oof_probas, model: LearnedClassifier, nlp, report: dict) -> str:
    """Score every policy on our event sentences (out-of-fold, the mean over the repeated
    k-folds) and the development ones; return the ratio policy with the best mean macro-F1 over
    the two."""
    events = [i for i, (_, l) in enumerate(examples) if not is_none(l)]
    own_rules = rule_labels([examples[i][0] for i in events], nlp)
    own_gold = [examples[i][1] for i in events]
    dev = [(t, l) for t, l in read_sentences(DEV_FILE) if l != NONE_LABEL]
    dev_rules = rule_labels([t for t, _ in dev], nlp)
    dev_proba = [model.predict_proba(t) for t, _ in dev]
    print(f"\ncombinations (closed set), macro-F1 on our {len(events)} event sentences (learned "
          f"out-of-fold, mean of {len(oof_probas)} k-folds) and on the {len(dev)} development event "
          f"sentences; no benchmark:")
    scores = {}
    for policy, t in _policy_grid():
        own = {"macro_f1": sum(f1_scores(own_gold, [combine(policy, rs, rf, oof[i], t)
                                                   for i, (rs, rf) in zip(events, own_rules)],
                                         ALL_LABELS[:-1])["macro_f1"] for oof in oof_probas)
               / len(oof_probas)}
        held = f1_scores([l for _, l in dev], [combine(policy, rs, rf, p, t) for (rs, rf), p
                                               in zip(dev_rules, dev_proba)], ALL_LABELS[:-1])
        scores[_name(policy, t)] = {"own_macro_f1": own["macro_f1"], "dev_macro_f1": held["macro_f1"],
                                    "mean": (own["macro_f1"] + held["macro_f1"]) / 2}
        print(f"  {_name(policy, t):<20} ours {own['macro_f1']:.3f}  development {held['macro_f1']:.3f}  "
              f"mean {scores[_name(policy, t)]['mean']:.3f}")
    chosen = max((k for k in scores if k.startswith("ratio")), key=lambda k: (scores[k]["mean"], k))
    print(f"  suggested (best mean among ratio policies): {chosen}")
    report["combinations"] = scores
    report["suggested_policy"] = chosen
    return chosen


def _case(path: Path, model: LearnedClassifier, nlp, chosen: str | None, report: dict) -> None:
    """CASE 2021 subtask 1, aggregate scores only (a test set: measured, never tuned on)."""
    from dateline.eval._case2021 import CASE_TO_ACLED, SUBTASK_LABELS, read_case2021, score, to_case_label

    rows = [r for r in read_case2021(path) if r[2] in CASE_TO_ACLED]
    texts = [text for _, text, _ in rows]
    gold = [g for _, _, g in rows]
    learned = [model.predict_proba(t) for t in texts]
    rules = rule_labels(texts, nlp) if nlp is not None else None
    print(f"\nCASE 2021 Task 2, subtask 1 ({len(rows)} snippets, 25 types; measurement only):")
    print(f"  {'policy':<28}{'acc':>7}{'wP':>7}{'wR':>7}{'wF1':>7}{'macroF1':>9}")
    results = {}
    for policy, t in _policy_grid():
        if rules is None and policy != "learned":
            continue
        pred = [combine(policy, *(rules[i] if rules else (None, "")), learned[i], t)
                for i in range(len(rows))]
        s = score(gold, [to_case_label(p) for p in pred], SUBTASK_LABELS[1])
        name = _name(policy, t)
        results[name] = {"accuracy": s["accuracy"], "weighted": s["weighted"], "macro_f1": s["macro"]["f1"]}
        mark = "  <- suggested" if name == chosen else ""
        print(f"  {name:<28}{s['accuracy']:>7.3f}{s['weighted']['precision']:>7.3f}"
              f"{s['weighted']['recall']:>7.3f}{s['weighted']['f1']:>7.3f}{s['macro']['f1']:>9.3f}{mark}")
    report["case2021_subtask1"] = results


def _write(path: Path | None, report: dict) -> None:
    if path:
        path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
