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
4. Unless ``--no-rules``: the rule classifier (``dateline.code.classify_text``) on our training
   sentences, and the combination policies of :func:`combine` scored on them with out-of-fold
   learned predictions. The threshold of the suggested policy is chosen here, on our own data.
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
    f1_scores, read_sentences, train,
)

CASE_FILE = ROOT.parent / "shared" / "benchmarks" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
DEV_FILE = ROOT / "tests" / "fixtures" / "coder_dev" / "sentences.tsv"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def combine(policy: str, rule_strict: str | None, rule_forced: str | None,
            learned: tuple[str, float], threshold: float = 0.0) -> str | None:
    """One snippet's closed-set label under a combination policy.

    * ``rules``: the rule classifier (strict, else its lenient re-read and topic words);
    * ``learned``: the learned model alone (never NONE);
    * ``fill``: the rules when they find an event, else the learned label;
    * ``fill+override``: as ``fill``, but the learned label also wins a disagreement when its
      probability is at least ``threshold``;
    * ``forced+override``: the closed-set rules, overridden by a learned label of probability
      at least ``threshold``.
    """
    label, prob = learned
    if policy == "rules":
        return rule_forced
    if policy == "learned":
        return label
    if policy == "fill":
        return rule_strict or label
    if policy == "fill+override":
        if rule_strict is None or prob >= threshold:
            return label
        return rule_strict
    if policy == "forced+override":
        return label if prob >= threshold else rule_forced
    raise ValueError(policy)


POLICIES = ("rules", "learned", "fill", "fill+override", "forced+override")


def _policy_grid():
    for policy in POLICIES:
        if policy.endswith("override"):
            for t in THRESHOLDS:
                yield policy, t
        else:
            yield policy, 0.0


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
    print(f"training data: {args.data} ({len(examples)} sentences, "
          f"{len(counts) - (NONE_LABEL in counts)} sub-event types, {counts[NONE_LABEL]} NONE)")
    for label in ALL_LABELS:
        if counts[label]:
            print(f"  {counts[label]:>4}  {label}")
    report["class_counts"] = {l: counts[l] for l in ALL_LABELS if counts[l]}

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

    oof_closed = None
    if args.folds:
        cv = cross_validate(examples, k=args.folds, seed=args.seed)
        oof_closed = cv["closed_predictions"]
        print(f"\n{args.folds}-fold on the training sentences: accuracy {cv['accuracy']:.3f}, "
              f"macro-F1 {cv['macro_f1']:.3f} (26 labels incl. NONE)")
        for label, f1 in cv["per_label_f1"].items():
            print(f"  {f1:.2f}  {label}")
        report["kfold"] = {k: v for k, v in cv.items() if k not in ("predictions", "closed_predictions")}

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
    if oof_closed is not None:
        events = [i for i, (_, l) in enumerate(examples) if l != NONE_LABEL]
        rules = rule_labels([examples[i][0] for i in events], nlp)
        gold = [examples[i][1] for i in events]
        print(f"\ncombinations on our {len(events)} event sentences (closed set; learned labels "
              f"out-of-fold), to choose the threshold without touching a benchmark:")
        own = {}
        for policy, t in _policy_grid():
            pred = [combine(policy, rs, rf, oof_closed[i], t) for i, (rs, rf) in zip(events, rules)]
            s = f1_scores(gold, pred, ALL_LABELS[:-1])
            own[f"{policy}@{t}" if t else policy] = s
            print(f"  {policy + (f' t={t}' if t else ''):<24} accuracy {s['accuracy']:.3f}  "
                  f"macro-F1 {s['macro_f1']:.3f}")
        best = max((k for k in own if "override" in k), key=lambda k: (own[k]["macro_f1"], k))
        chosen = best
        print(f"  suggested (best macro-F1 here among override policies): {chosen}")
        report["own_data_combinations"] = {k: {"accuracy": v["accuracy"], "macro_f1": v["macro_f1"]}
                                           for k, v in own.items()}
        report["suggested_policy"] = chosen
    if case_ok:
        _case(args.case, model, nlp, chosen, report)
    _write(args.json, report)
    return 0


def _case(path: Path, model: LearnedClassifier, nlp, chosen: str | None, report: dict) -> None:
    """CASE 2021 subtask 1, aggregate scores only (a test set: measured, never tuned on)."""
    from dateline.eval._case2021 import CASE_TO_ACLED, SUBTASK_LABELS, read_case2021, score, to_case_label

    rows = [r for r in read_case2021(path) if r[2] in CASE_TO_ACLED]
    texts = [text for _, text, _ in rows]
    gold = [g for _, _, g in rows]
    learned = [model.predict(t, must_answer=True) for t in texts]
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
        name = f"{policy}@{t}" if t else policy
        results[name] = {"accuracy": s["accuracy"], "weighted": s["weighted"], "macro_f1": s["macro"]["f1"]}
        mark = "  <- suggested" if name == chosen else ""
        print(f"  {policy + (f' t={t}' if t else ''):<28}{s['accuracy']:>7.3f}{s['weighted']['precision']:>7.3f}"
              f"{s['weighted']['recall']:>7.3f}{s['weighted']['f1']:>7.3f}{s['macro']['f1']:>9.3f}{mark}")
    report["case2021_subtask1"] = results


def _write(path: Path | None, report: dict) -> None:
    if path:
        path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
