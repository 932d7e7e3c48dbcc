"""The learned sub-event classifier: shipped model, training, files, and `dateline train`.

The sentences below were written for this test (they are not in the training file, which a
test checks), in the style of wire reports, plus hard negatives that share event words.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from dateline.code._learned import (ALL_LABELS, NONE_KINDS, NONE_LABEL, SHIPPED_MODEL,
                                    TRAINING_LABELS, LearnedClassifier, data_hash,
                                    read_acled_examples, read_sentences, train)
from dateline.errors import DataFileError, ResourceError

FIXTURES = Path(__file__).parents[1] / "fixtures"
ACLED_SAMPLE = FIXTURES / "acled" / "train_sample.csv"

EVENTS = [
    ("Air/drone strike", "Fighter jets bombed a fuel depot on the outskirts of Sirte late on Thursday, killing three guards, a local official said."),
    ("Air/drone strike", "A drone struck a car travelling near Marib, killing two men believed to be Houthi commanders."),
    ("Suicide bomb", "A suicide bomber detonated his explosive vest at the entrance of a mosque in Quetta during evening prayers, killing 11 people."),
    ("Remote explosive/landmine/IED", "A roadside bomb destroyed an army truck on the road to Gao on Sunday, killing four soldiers."),
    ("Grenade", "Two men on a motorcycle lobbed a hand grenade into a crowded bar in Bujumbura, wounding seven customers."),
    ("Shelling/artillery/missile attack", "Artillery shells rained down on the eastern districts of Kharkiv overnight, damaging a hospital, the mayor said."),
    ("Chemical weapon", "Medics said dozens of residents suffered from choking after a chlorine gas attack on the town on Saturday."),
    ("Abduction/forced disappearance", "Gunmen kidnapped twelve passengers from a bus on the Kaduna-Zaria road on Tuesday night and took them into the forest."),
    ("Sexual violence", "Soldiers raped three women in the village of Kalonge during a search operation, a women's rights group said."),
    ("Peaceful protest", "Several hundred nurses marched peacefully to the ministry of health in Harare on Monday to demand higher wages."),
    ("Protest with intervention", "Police fired tear gas to disperse students protesting outside the university in Kampala and detained nine of them."),
    ("Violent demonstration", "Angry youths burned tyres, threw stones at police and set a government vehicle on fire during protests in Kisumu."),
    ("Mob violence", "A mob beat to death two men accused of stealing a goat in a village near Kasese."),
    ("Agreement", "The warring factions signed a ceasefire agreement in Addis Ababa on Friday after two weeks of talks."),
    ("Arrests", "Police arrested the leader of the main opposition party at his home in the capital on charges of treason."),
    ("Armed clash", "Government troops and rebel fighters exchanged heavy gunfire for several hours near the town of Rutshuru on Wednesday."),
    ("Attack", "Gunmen stormed a village in Plateau state overnight and shot dead 14 residents, including women and children."),
    ("Other", "Army officers appeared on national television to announce that they had seized power and dissolved the government."),
]

HARD_NEGATIVES = [
    "The striker's late goal lifted Al Hilal past their rivals in a fierce clash, and fans celebrated peacefully in Omdurman.",
    "The two teams clashed in a thrilling cup final in Lagos that ended 3-2 after extra time.",
    "The opposition leader attacked the finance minister's budget speech as reckless in a statement on Tuesday.",
    "A court in Nairobi sentenced a man to 15 years in prison for a robbery he committed in 2019.",
    "The country marked the 30th anniversary of the end of the civil war with a ceremony in the capital.",
    "Analysts warned that the militants could launch new attacks on the capital if talks fail.",
    "The central bank said it would fight inflation with all the weapons at its disposal.",
    "A gas cylinder exploded in a restaurant kitchen in Accra, injuring four workers, firefighters said.",
    "The government denied reports that troops had been sent to the border, calling them baseless rumours.",
    "Heavy floods destroyed hundreds of homes in the Niger delta, the emergency agency said.",
]


@pytest.fixture(scope="module")
def shipped():
    return LearnedClassifier.load()


@pytest.fixture(scope="module")
def subset():
    return read_sentences()[::6]


def test_test_sentences_are_not_training_sentences():
    training = {text for text, _ in read_sentences()}
    assert not training & ({t for _, t in EVENTS + UNSEEN} | set(HARD_NEGATIVES))


@pytest.mark.parametrize("label, text", EVENTS)
def test_event_sentences(shipped, label, text):
    assert shipped.predict(text)[0] == label


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_none(shipped, text):
    assert shipped.predict(text)[0] == NONE_LABEL


# non-ACLED topics of CASE 2021, each with the NONE kind the model should name
UNSEEN = [
    ("NONE:NATURAL_DISASTER", "A powerful earthquake flattened mud-brick houses in three mountain villages on Saturday, and rescuers were still digging for survivors."),
    ("NONE:MAN_MADE_DISASTER", "A packed ferry overturned on the river near Mopti, and divers recovered 40 bodies, the transport ministry said."),
    ("NONE:ORG_CRIME", "Anti-narcotics police seized 700 kilograms of cocaine hidden in a cargo of frozen fish and arrested five members of the smuggling network."),
    ("NONE:DIPLO", "The foreign minister summoned the ambassador and announced the suspension of diplomatic relations over the border dispute."),
]


@pytest.mark.parametrize("kind, text", UNSEEN)
def test_none_kinds_fold_into_none(shipped, kind, text):
    assert shipped.predict(text)[0] == NONE_LABEL          # what the coder sees
    assert shipped.predict(text, kinds=True)[0] == kind    # what the CASE evaluator asks for
    proba = shipped.predict_proba(text, kinds=True)
    assert set(proba) == set(shipped.labels) and set(NONE_KINDS) <= set(proba)
    assert shipped.predict_proba(text)[NONE_LABEL] == pytest.approx(
        sum(p for label, p in proba.items() if label.startswith(NONE_LABEL)), abs=1e-6)


def test_probabilities_and_must_answer(shipped):
    text = HARD_NEGATIVES[1]
    proba = shipped.predict_proba(text)
    assert set(proba) == set(ALL_LABELS)
    assert abs(sum(proba.values()) - 1.0) < 1e-5
    label, p = shipped.predict(text)
    assert p == pytest.approx(proba[label])
    forced, _ = shipped.predict(text, must_answer=True)
    assert forced != NONE_LABEL and forced in ALL_LABELS
    assert shipped.predict("")[0] in ALL_LABELS  # no words: the bias decides, no crash


def test_shipped_model_is_small_and_built_from_the_training_file():
    meta = json.loads(SHIPPED_MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert SHIPPED_MODEL.stat().st_size < 5_000_000
    assert meta["labels"] == list(TRAINING_LABELS)  # the 25 types, NONE and its kinds
    # rebuild with scripts/train_classifier.py after editing dateline/data/training/sentences.tsv
    assert meta["data_sha256"] == data_hash(read_sentences())
    assert {"features", "model_version", "seed", "format"} <= set(meta)


def test_save_load_round_trip(tmp_path, subset):
    model = train(subset, seed=0)
    path = model.save(tmp_path / "m" / "model.npz")
    again = LearnedClassifier.load(path)
    assert again.labels == model.labels
    for _, text in EVENTS[:5]:
        assert again.predict_proba(text) == pytest.approx(model.predict_proba(text), abs=1e-6)
    assert LearnedClassifier.load(tmp_path / "m").labels == model.labels  # a folder works too


def test_training_is_reproducible(tmp_path, subset):
    a = train(subset, seed=0).save(tmp_path / "a.npz")
    b = train(subset, seed=0).save(tmp_path / "b.npz")
    assert a.read_bytes() == b.read_bytes()
    assert a.with_suffix(".json").read_bytes() == b.with_suffix(".json").read_bytes()
    c = train(subset, seed=1)
    assert not np.array_equal(c.weights, LearnedClassifier.load(a).weights)


def test_bad_model_and_labels(tmp_path):
    (tmp_path / "model.npz").write_bytes(b"not a zip")
    (tmp_path / "model.json").write_text('{"format": "dateline.learned.v1"}')
    with pytest.raises(ResourceError):
        LearnedClassifier.load(tmp_path / "model.npz")
    with pytest.raises(ResourceError):
        LearnedClassifier.load(tmp_path / "nowhere.npz")
    with pytest.raises(ValueError, match="unknown label"):
        train([("Some text.", "Battle"), ("Other text.", "NONE")])


def test_acled_examples_and_bad_sub_event_type(tmp_path):
    examples, skipped = read_acled_examples(ACLED_SAMPLE)
    assert len(examples) == 12 and skipped == 0
    assert {label for _, label in examples} == {"Armed clash", "Peaceful protest",
                                                 "Air/drone strike", "Arrests"}
    rows = list(csv.DictReader(ACLED_SAMPLE.open(encoding="utf-8")))
    rows[3]["sub_event_type"] = "Peaceful protests"
    bad = tmp_path / "bad_label.csv"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DataFileError, match="Peaceful protests"):
        read_acled_examples(bad)


def run(*args):
    return subprocess.run([sys.executable, "-m", "dateline", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_cli_train_on_an_acled_export(tmp_path):
    out = tmp_path / "user" / "model.npz"
    proc = run("train", "--acled", ACLED_SAMPLE, "--out", out, "--no-include-builtin", "--folds", "3")
    assert proc.returncode == 0, proc.stderr
    assert "3  Armed clash" in proc.stdout and "3  Arrests" in proc.stdout
    assert "3-fold: accuracy" in proc.stdout
    assert str(out) in proc.stderr
    model = LearnedClassifier.load(out)
    assert set(model.labels) == {"Armed clash", "Peaceful protest", "Air/drone strike", "Arrests"}
    assert model.predict("On 2 June 2024, police detained two opposition leaders in Lusaka.")[0] == "Arrests"


def test_cli_train_rejects_a_bad_export(tmp_path):
    bad = tmp_path / "not_acled.csv"
    bad.write_text("id,text,label\n1,Some text,Armed clash\n", encoding="utf-8")
    proc = run("train", "--acled", bad, "--out", tmp_path / "m.npz", "--folds", "0")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "not_acled.csv" in proc.stderr and "not an ACLED export" in proc.stderr
    assert not (tmp_path / "m.npz").exists()
    proc = run("train", "--acled", tmp_path / "missing.csv")
    assert proc.returncode == 2 and "missing.csv" in proc.stderr
