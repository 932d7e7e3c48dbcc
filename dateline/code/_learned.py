"""A small learned sub-event classifier: hashed n-grams and multinomial logistic regression.

Pure numpy, so it adds nothing to the install. It is trained inside the project from
``dateline/data/training/sentences.tsv`` (our own sentences, never a benchmark) by
``scripts/train_classifier.py``, or from a user's ACLED export by ``dateline train --acled``.
See docs/learned-classifier.md.

* **Features.** The text is lower-cased and digits become ``0``. Word unigrams and bigrams, and
  character 4-grams inside each word (padded ``<word>``), are hashed with CRC-32 into
  ``n_buckets`` buckets. Counts are damped (``1 + log``) and each group (words, characters) is
  L2-normalised, so long notes and short headlines look alike. A constant feature plays the
  bias.
* **Model.** Softmax regression over the 25 ACLED sub-event types, ``NONE`` and, if the data
  names them, ``NONE``'s kinds (:data:`NONE_KINDS`, folded into ``NONE`` by ``predict``),
  trained with mini-batch Adam (lazy: only the rows of features in the batch move) and L2
  weight decay; the weights of three runs with consecutive seeds are averaged. The only
  randomness is the shuffling, drawn from ``numpy.random.default_rng(seed)``, so the same
  data and seed give the same weights, and :meth:`LearnedClassifier.save` writes a
  byte-identical file (fixed zip timestamps, no dates in the JSON).
* **File.** ``model.npz`` holds the bucket ids that occurred in training (``buckets``), their
  weights as float16 (``weights``, buckets × labels) and the ``bias``; ``model.json`` beside it
  holds the labels, the feature configuration, the training-data hash, the seed and the
  version. Buckets not in the file have weight 0.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import DataFileError, ResourceError
from ..ontology import SUB_EVENT_TYPES

NONE_LABEL = "NONE"
#: Every label the classifier may know: the 25 sub-event types in ONTOLOGY §2 order, then NONE.
ALL_LABELS: tuple[str, ...] = tuple(s for subs in SUB_EVENT_TYPES.values() for s in subs) + (NONE_LABEL,)
#: Optional finer training labels for "no ACLED event": the non-ACLED topics of CASE 2021
#: (security-related events, diplomacy, claims of responsibility). ``predict`` folds them into
#: ``NONE`` unless asked for the kind, so the coder never sees them.
NONE_KINDS: tuple[str, ...] = ("NONE:ORG_CRIME", "NONE:NATURAL_DISASTER", "NONE:MAN_MADE_DISASTER",
                               "NONE:DIPLO", "NONE:ATTRIB")
TRAINING_LABELS: tuple[str, ...] = ALL_LABELS + NONE_KINDS
FORMAT = "dateline.learned.v1"
#: Bumped when features or training change in a way that changes the weights.
MODEL_VERSION = 2

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "data"
SHIPPED_MODEL = PACKAGE_DATA / "classifier" / "model.npz"
BUILTIN_SENTENCES = PACKAGE_DATA / "training" / "sentences.tsv"


@dataclass(frozen=True)
class FeatureConfig:
    """How a text becomes a sparse vector (stored with the model; a change needs a retrain)."""

    n_buckets: int = 1 << 18
    word_ngrams: int = 2          # unigrams .. this
    char_min: int = 4
    char_max: int = 4
    char_weight: float = 0.5      # weight of the L2-normalised character group vs. the word group

    def to_json(self) -> dict:
        return {"n_buckets": self.n_buckets, "word_ngrams": self.word_ngrams,
                "char_min": self.char_min, "char_max": self.char_max,
                "char_weight": self.char_weight}


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 12
    batch_size: int = 16
    learning_rate: float = 0.05
    l2: float = 1e-6              # weight decay per update of a row, scaled by the learning rate
    class_balance: float = 0.5    # example weight ∝ (1 / class count) ** class_balance
    #: models trained with seeds seed .. seed+ensemble-1 whose weights are averaged (one linear
    #: model again, so the file does not grow); it smooths the luck of the shuffling
    ensemble: int = 3

    def to_json(self) -> dict:
        return {"epochs": self.epochs, "batch_size": self.batch_size,
                "learning_rate": self.learning_rate, "l2": self.l2,
                "class_balance": self.class_balance, "ensemble": self.ensemble}


_TOKEN = re.compile(r"\w+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_BIAS = "__bias__"


def _hash(feature: str, n_buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % n_buckets


class _Featurizer:
    """Text → (bucket ids, values), with a per-word cache of character n-gram buckets."""

    def __init__(self, config: FeatureConfig):
        self.config = config
        self._word_cache: dict[str, tuple[int, tuple[int, ...]]] = {}
        self._bias = _hash(_BIAS, config.n_buckets)

    def _word(self, token: str) -> tuple[int, tuple[int, ...]]:
        cached = self._word_cache.get(token)
        if cached is not None:
            return cached
        c, n = self.config, self.config.n_buckets
        padded = f"<{token}>"
        grams = []
        for size in range(c.char_min, c.char_max + 1):
            for start in range(0, max(1, len(padded) - size + 1)):
                grams.append(_hash("c:" + padded[start:start + size], n))
        value = (_hash("w:" + token, n), tuple(grams))
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        self._word_cache[token] = value
        return value

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        c, n = self.config, self.config.n_buckets
        tokens = _TOKEN.findall(_DIGIT.sub("0", text.lower()))
        words: Counter = Counter()
        chars: Counter = Counter()
        for token in tokens:
            w, grams = self._word(token)
            words[w] += 1
            chars.update(grams)
        for size in range(2, c.word_ngrams + 1):
            for i in range(len(tokens) - size + 1):
                words[_hash("b:" + " ".join(tokens[i:i + size]), n)] += 1
        out: dict[int, float] = {}
        for group, weight in ((words, 1.0), (chars, c.char_weight)):
            if not group:
                continue
            damped = {k: 1.0 + math.log(v) for k, v in group.items()}
            norm = math.sqrt(sum(v * v for v in damped.values()))
            for k, v in damped.items():
                out[k] = out.get(k, 0.0) + weight * v / norm
        out[self._bias] = out.get(self._bias, 0.0) + 1.0
        keys = np.fromiter(out.keys(), dtype=np.int64, count=len(out))
        vals = np.fromiter(out.values(), dtype=np.float32, count=len(out))
        return keys, vals


def is_none(label: str) -> bool:
    """``NONE`` or one of its kinds."""
    return label == NONE_LABEL or label.startswith(NONE_LABEL + ":")


def data_hash(examples: Sequence[tuple[str, str]]) -> str:
    """SHA-256 of the training examples ``(text, label)`` in order (recorded in the model)."""
    h = hashlib.sha256()
    for text, label in examples:
        h.update(label.encode("utf-8") + b"\t" + text.encode("utf-8") + b"\n")
    return h.hexdigest()


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` as an .npz whose bytes depend on the arrays only (fixed zip timestamps),
    through a temporary file, so that a rebuild can be checked byte for byte."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, member.getvalue())
    tmp = path.with_suffix(".npz.tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)


class LearnedClassifier:
    """Trained weights plus the feature configuration; ``predict`` labels one text."""

    def __init__(self, labels: Sequence[str], buckets: np.ndarray, weights: np.ndarray,
                 bias: np.ndarray, features: FeatureConfig, meta: dict | None = None):
        self.labels = tuple(labels)
        self.buckets = np.asarray(buckets, dtype=np.int64)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.features = features
        self.meta = dict(meta or {})
        self._featurize = _Featurizer(features)
        self._row = np.full(features.n_buckets, -1, dtype=np.int32)
        self._row[self.buckets] = np.arange(len(self.buckets), dtype=np.int32)
        self._none = np.array([is_none(label) for label in self.labels])

    # --- prediction -------------------------------------------------------------------------

    def _logits(self, text: str) -> np.ndarray:
        keys, vals = self._featurize(text)
        rows = self._row[keys]
        known = rows >= 0
        return vals[known] @ self.weights[rows[known]] + self.bias

    def _proba(self, text: str) -> np.ndarray:
        z = self._logits(text)
        z = np.exp(z - z.max())
        return z / z.sum()

    def predict_proba(self, text: str, *, kinds: bool = False) -> dict[str, float]:
        """Probability of every label (they sum to 1); the ``NONE`` kinds summed into ``NONE``
        unless ``kinds``."""
        proba = {label: float(p) for label, p in zip(self.labels, self._proba(text))}
        if kinds:
            return proba
        out: dict[str, float] = {}
        for label, p in proba.items():
            key = NONE_LABEL if is_none(label) else label
            out[key] = out.get(key, 0.0) + p
        return out

    def predict(self, text: str, *, must_answer: bool = False, kinds: bool = False) -> tuple[str, float]:
        """``(label, probability)``: a sub-event type or ``"NONE"``.

        ``NONE`` competes with its kinds summed. With ``must_answer`` (closed-set use, the text
        is known to report an event), ``NONE`` is never returned: the most probable sub-event
        type is, with its own probability. With ``kinds``, a ``NONE`` answer names its most
        probable kind (``"NONE:DIPLO"``) when the model was trained with kinds.
        """
        p = self._proba(text)
        events = np.where(self._none, -1.0, p)
        best = int(np.argmax(events))
        if must_answer:
            return self.labels[best], float(p[best])
        none_p = float(p[self._none].sum())
        if not self._none.any() or p[best] >= none_p:
            return self.labels[best], float(p[best])
        if not kinds:
            return NONE_LABEL, none_p
        kind = int(np.argmax(np.where(self._none, p, -1.0)))
        return self.labels[kind], none_p

    def predict_many(self, texts: Iterable[str], *, must_answer: bool = False) -> list[tuple[str, float]]:
        return [self.predict(t, must_answer=must_answer) for t in texts]

    # --- files ------------------------------------------------------------------------------

    @staticmethod
    def meta_path(path: Path) -> Path:
        return Path(path).with_suffix(".json")

    def save(self, path: str | Path) -> Path:
        """Write ``path`` (.npz) and the JSON beside it; the same model gives the same bytes."""
        path = Path(path)
        if path.suffix != ".npz":
            path = path / "model.npz" if path.is_dir() or not path.suffix else path.with_suffix(".npz")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_npz(path, {"buckets": self.buckets.astype(np.int32),
                         "weights": self.weights.astype(np.float16),
                         "bias": self.bias.astype(np.float32)})
        meta = {"format": FORMAT, "labels": list(self.labels), "features": self.features.to_json(),
                **{k: v for k, v in self.meta.items() if k not in ("format", "labels", "features")}}
        self.meta_path(path).write_text(json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
        return path

    @classmethod
    def from_settings(cls, settings) -> "LearnedClassifier":
        """The model named by ``code.classifier_model`` (empty: the shipped one)."""
        return cls.load(settings.code.classifier_model or None)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "LearnedClassifier":
        """Load a model (.npz with its .json beside it, or a folder holding ``model.npz``).

        ``None`` or ``""`` loads the model shipped in the package.
        """
        path = Path(path).expanduser() if path else SHIPPED_MODEL
        if path.is_dir():
            path = path / "model.npz"
        meta_file = cls.meta_path(path)
        if not path.is_file() or not meta_file.is_file():
            raise ResourceError(f"{path}: no learned classifier here (needs {path.name} and "
                                f"{meta_file.name}; build one with `dateline train` or "
                                f"scripts/train_classifier.py)")
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT:
                raise ValueError(f"unknown format {meta.get('format')!r}")
            with np.load(path, allow_pickle=False) as data:
                buckets, weights, bias = data["buckets"], data["weights"], data["bias"]
            features = FeatureConfig(**meta["features"])
            labels = meta["labels"]
            if weights.shape != (len(buckets), len(labels)) or bias.shape != (len(labels),):
                raise ValueError("array shapes do not match the labels")
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            raise ResourceError(f"{path}: not a readable learned classifier: {exc}") from None
        return cls(labels, buckets, weights, bias, features, meta)


# --- training -------------------------------------------------------------------------------


def _check_examples(examples: Sequence[tuple[str, str]]) -> list[str]:
    if not examples:
        raise ValueError("no training examples")
    bad = sorted({label for _, label in examples if label not in TRAINING_LABELS})
    if bad:
        raise ValueError(f"unknown label(s): {', '.join(bad)}")
    present = {label for _, label in examples}
    labels = [label for label in TRAINING_LABELS if label in present]
    if len(labels) < 2:
        raise ValueError("training needs at least two different labels")
    return labels


def train(examples: Sequence[tuple[str, str]], seed: int = 0, *,
          features: FeatureConfig | None = None, config: TrainConfig | None = None,
          meta: dict | None = None) -> LearnedClassifier:
    """Train on ``(text, label)`` pairs; labels are sub-event types or ``"NONE"``.

    Deterministic: the same examples, seed and configuration give the same weights.
    """
    features = features or FeatureConfig()
    config = config or TrainConfig()
    labels = _check_examples(examples)
    index = {label: i for i, label in enumerate(labels)}
    featurize = _Featurizer(features)

    # compact sparse matrix (CSR) over the buckets seen in training
    keys_list, vals_list = [], []
    for text, _ in examples:
        keys, vals = featurize(text)
        keys_list.append(keys.astype(np.int32))
        vals_list.append(vals)
    indptr = np.zeros(len(examples) + 1, dtype=np.int64)
    np.cumsum([len(k) for k in keys_list], out=indptr[1:])
    buckets, inverse = np.unique(np.concatenate(keys_list), return_inverse=True)
    del keys_list
    cols = inverse.astype(np.int32)
    del inverse
    vals = np.concatenate(vals_list).astype(np.float32)
    del vals_list
    y = np.array([index[label] for _, label in examples], dtype=np.int64)

    counts = np.bincount(y, minlength=len(labels)).astype(np.float64)
    sample_w = (1.0 / counts[y]) ** config.class_balance
    sample_w = (sample_w / sample_w.mean()).astype(np.float32)

    shape = (len(buckets), len(labels))
    fits = [_fit(cols, vals, indptr, y, sample_w, shape, config, seed + k)
            for k in range(max(1, config.ensemble))]
    W = np.mean([w for w, _ in fits], axis=0)
    b = np.mean([b for _, b in fits], axis=0)

    info = {"model_version": MODEL_VERSION, "seed": seed, "train": config.to_json(),
            "examples": len(examples),
            "data_sha256": data_hash(examples),
            "class_counts": {label: int(counts[i]) for i, label in enumerate(labels)}}
    info.update(meta or {})
    # float16 as stored, so a trained model predicts exactly like its saved file
    return LearnedClassifier(labels, buckets, W.astype(np.float16).astype(np.float32), b,
                             features, info)


def _fit(cols: np.ndarray, vals: np.ndarray, indptr: np.ndarray, y: np.ndarray,
         sample_w: np.ndarray, shape: tuple[int, int], config: TrainConfig,
         seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One softmax regression by mini-batch Adam over the CSR rows; ``(weights, bias)``."""
    n_feat, n_cls = shape
    W = np.zeros((n_feat, n_cls), dtype=np.float32)
    b = np.zeros(n_cls, dtype=np.float32)
    mW, vW = np.zeros_like(W), np.zeros_like(W)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    rng = np.random.default_rng(seed)
    step = 0
    for _ in range(config.epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(order), config.batch_size):
            batch = order[start:start + config.batch_size]
            seg = [np.arange(indptr[i], indptr[i + 1]) for i in batch]
            lengths = np.array([len(s) for s in seg])
            nz = np.concatenate(seg)
            row_of = np.repeat(np.arange(len(batch)), lengths)
            c, v = cols[nz], vals[nz]
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            logits = np.add.reduceat(W[c] * v[:, None], starts, axis=0) + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), y[batch]] -= 1.0
            g = p * (sample_w[batch] / len(batch))[:, None]
            uniq, inv = np.unique(c, return_inverse=True)
            gW = np.zeros((len(uniq), n_cls), dtype=np.float32)
            np.add.at(gW, inv, g[row_of] * v[:, None])
            gW += config.l2 * W[uniq]
            gb = g.sum(axis=0)
            step += 1
            lr = config.learning_rate * math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
            mW[uniq] = beta1 * mW[uniq] + (1 - beta1) * gW
            vW[uniq] = beta2 * vW[uniq] + (1 - beta2) * gW * gW
            W[uniq] -= lr * mW[uniq] / (np.sqrt(vW[uniq]) + eps)
            mb[:] = beta1 * mb + (1 - beta1) * gb
            vb[:] = beta2 * vb + (1 - beta2) * gb * gb
            b -= lr * mb / (np.sqrt(vb) + eps)
    return W, b


def model_output_path(out: str | Path | None, settings) -> Path:
    """Where ``dateline train`` writes: ``out``, else ``code.classifier_model``, else
    ``share/dateline/classifier/model.npz`` in the Python environment (like the gazetteer).

    The shipped model is never a target: ``scripts/train_classifier.py`` rebuilds it.
    """
    import sys

    from ..errors import ConfigError

    if out:
        target = Path(out).expanduser()
    elif settings.code.classifier_model:
        target = Path(settings.code.classifier_model).expanduser()
    else:
        target = Path(sys.prefix) / "share" / "dateline" / "classifier" / "model.npz"
    if target.suffix != ".npz":
        raise ConfigError(f"--out: expected a .npz file name, got {target}")
    if target.resolve() == SHIPPED_MODEL.resolve():
        raise ConfigError("--out: the shipped model is rebuilt by scripts/train_classifier.py, not here")
    return target


# --- data -----------------------------------------------------------------------------------


def read_sentences(path: str | Path | None = None) -> list[tuple[str, str]]:
    """``(text, label)`` pairs from a ``label<TAB>sentence`` file (``#`` starts a comment).

    ``None`` reads the built-in training sentences.
    """
    path = Path(path) if path else BUILTIN_SENTENCES
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read training sentences: {exc}") from None
    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or not text.strip():
            raise DataFileError(str(path), line_no, "expected label<TAB>sentence")
        if label not in TRAINING_LABELS:
            raise DataFileError(str(path), line_no, f"unknown label {label!r}")
        out.append((text.strip(), label))
    return out


def read_acled_examples(path: str | Path) -> tuple[list[tuple[str, str]], int]:
    """``(notes, sub_event_type)`` pairs from an ACLED export, and how many rows had no notes.

    Raises :class:`DataFileError` for a file that is not an ACLED export or has a sub-event
    type outside the 25 of the ontology.
    """
    import csv

    from ..eval._acled import read_acled_rows

    path = Path(path)
    try:
        rows = read_acled_rows(path)
    except UnicodeDecodeError:
        raise DataFileError(str(path), None, "not an ACLED export: not UTF-8 text") from None
    except csv.Error as exc:
        raise DataFileError(str(path), None, f"not an ACLED export: {exc}") from None
    examples, skipped = [], 0
    for line_no, row in enumerate(rows, start=2):
        notes = (row.get("notes") or "").strip()
        label = (row.get("sub_event_type") or "").strip()
        if not notes:
            skipped += 1
            continue
        if label not in ALL_LABELS or label == NONE_LABEL:
            raise DataFileError(str(path), line_no, f"unknown sub_event_type {label!r} "
                                "(expected one of the 25 ACLED sub-event types)")
        examples.append((notes, label))
    if not examples:
        raise DataFileError(str(path), None, "no rows with notes to train on")
    return examples, skipped


def cross_validate(examples: Sequence[tuple[str, str]], k: int = 5, seed: int = 0, *,
                   features: FeatureConfig | None = None,
                   config: TrainConfig | None = None) -> dict:
    """Stratified k-fold scores: accuracy, macro-F1 and out-of-fold predictions.

    Folds are dealt per label in a seeded order, so every fold sees every label.
    ``predictions`` are the out-of-fold ``(label, probability)`` pairs, ``closed_predictions``
    the same with ``must_answer`` (never ``NONE``), ``probabilities`` the out-of-fold
    ``predict_proba`` dicts.
    """
    labels = _check_examples(examples)
    rng = np.random.default_rng(seed)
    fold_of = np.zeros(len(examples), dtype=np.int64)
    for label in labels:
        members = [i for i, (_, l) in enumerate(examples) if l == label]
        members = [members[j] for j in rng.permutation(len(members))]
        for rank, i in enumerate(members):
            fold_of[i] = rank % k
    predicted: list[tuple[str, float]] = [("", 0.0)] * len(examples)
    closed: list[tuple[str, float]] = [("", 0.0)] * len(examples)
    probabilities: list[dict[str, float]] = [{}] * len(examples)
    for fold in range(k):
        train_set = [examples[i] for i in range(len(examples)) if fold_of[i] != fold]
        model = train(train_set, seed=seed, features=features, config=config)
        for i in np.flatnonzero(fold_of == fold):
            predicted[i] = model.predict(examples[i][0])
            closed[i] = model.predict(examples[i][0], must_answer=True)
            probabilities[i] = model.predict_proba(examples[i][0])
    # scored as the coder sees it: the NONE kinds count as NONE
    gold = [NONE_LABEL if is_none(label) else label for _, label in examples]
    pred = [p for p, _ in predicted]
    scored = [label for label in ALL_LABELS if label in set(gold)]
    return {"k": k, "examples": len(examples), **f1_scores(gold, pred, scored),
            "predictions": predicted, "closed_predictions": closed, "probabilities": probabilities}


def f1_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict:
    """Accuracy, macro-F1 over ``labels`` present in gold, and per-label F1."""
    per = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        n_pred = sum(1 for p in pred if p == label)
        n_gold = sum(1 for g in gold if g == label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        per[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    present = [l for l in labels if any(g == l for g in gold)]
    return {"accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
            "macro_f1": sum(per[l] for l in present) / len(present) if present else 0.0,
            "per_label_f1": per}
