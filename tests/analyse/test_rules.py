"""The table-driven attribute ruler and lemmatizer give the model's own output, token by token.

Each text is tagged and parsed once; one copy then goes through the model's attribute ruler and
lemmatizer, another through the stand-ins of ``dateline.analyse._rules``.
"""

from pathlib import Path

import pytest
import spacy

from dateline.analyse import load_spacy
from dateline.analyse._rules import FastAttributeRuler, FastLemmatizer, fast_rules
from dateline.settings import Settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "events"

# Pronouns, auxiliaries, "there were" (a two-token pattern), "gonna"/"ain't" (tokenized into
# two-token patterns), a double space (a whitespace token) and new words for the lemmatizer.
SENTENCES = [
    "Gunmen killed six people in an overnight raid on Mangu Halle, police said on Tuesday.",
    "There were clashes between the army and the militants, who had seized two villages.",
    "\"We are gonna attack them again,\" a commander told reporters;  he ain't joking.",
    "She said nobody was hurt, but it did not stop them from burning 20 houses.",
    "The drones struck fuel depots near Kharkiv, and anti-aircraft units were firing.",
    "I myself saw that something was wrong: those who'd fled couldn't return.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_spacy(Settings().analyse.spacy_model)


def tagged(nlp, texts):
    return list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def both_ways(nlp, texts):
    real, fast = tagged(nlp, texts), tagged(nlp, texts)
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast_ruler, fast_lemmatizer = fast_rules(ruler, lemmatizer)
    for doc in real:
        lemmatizer(ruler(doc))
    for doc in fast:
        fast_lemmatizer(fast_ruler(doc))
    return real, fast


def test_the_stand_ins_are_used_for_the_shipped_model(nlp):
    ruler, lemmatizer = fast_rules(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    assert isinstance(ruler, FastAttributeRuler) and isinstance(lemmatizer, FastLemmatizer)


def test_same_annotations_as_the_model_on_hard_cases(nlp):
    real, fast = both_ways(nlp, SENTENCES)
    for r, f in zip(real, fast):
        assert annotations(f) == annotations(r)
    # the cases are really exercised: a pronoun lemma, a multi-token rule, a space token
    words = {(t.lower_, t.lemma_, t.pos_) for d in fast for t in d}
    assert ("he", "he", "PRON") in words and ("were", "be", "VERB") in words
    assert any(t.is_space and t.pos_ == "SPACE" for d in fast for t in d)


def test_same_annotations_as_the_model_on_fixture_articles(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:12]]
    real, fast = both_ways(nlp, texts)
    assert sum(len(d) for d in fast) > 2000
    for r, f in zip(real, fast):
        assert annotations(f) == annotations(r)


def test_second_pass_answers_from_the_tables_with_the_same_result(nlp):
    ruler, lemmatizer = fast_rules(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    first, second = tagged(nlp, SENTENCES[:2]), tagged(nlp, SENTENCES[:2])
    for doc in first:
        lemmatizer(ruler(doc))
    filled = len(ruler.cache), len(lemmatizer.cache)
    for doc in second:
        lemmatizer(ruler(doc))
    assert (len(ruler.cache), len(lemmatizer.cache)) == filled
    assert [annotations(d) for d in second] == [annotations(d) for d in first]


def test_a_pattern_beyond_the_table_keeps_the_models_components(nlp):
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert fast_rules(ruler, lemmatizer) == (ruler, lemmatizer)


def test_the_models_lemmatizer_is_left_as_it_was(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    before = type(lemmatizer.lookups.get_table("lemma_index").get("noun"))
    fast_rules(nlp.get_pipe("attribute_ruler"), lemmatizer)
    assert type(lemmatizer.lookups.get_table("lemma_index").get("noun")) is before
    assert lemmatizer.lemmatize.__self__ is lemmatizer
