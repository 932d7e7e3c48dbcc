"""The analyse stage: sentence offsets, where entities and the parse are promised, cue gating.

The article is written for these tests in the style of a wire report.
"""

import dataclasses
import datetime as dt

import pytest

from dateline.analyse import Analyser, split_sentences
from dateline.analyse._nlp import names_something
from dateline.errors import ConfigError
from dateline.records import Document
from dateline.settings import AnalyseSettings, Settings, with_overrides

ARTICLE = (
    "Gunmen kill six in raid on village near Bokkos\n"
    "\n"
    "JOS, Nigeria (Wire) -- Gunmen killed six people in an overnight raid on Mangu Halle, a "
    "village near Bokkos in Nigeria's Plateau State, police said on Tuesday. "
    "The attackers also burned 20 houses.\n"
    "Residents said the community had been calm for months.  it was market day.\n"
    "Governor Caleb Mutfwang visited Bokkos on Wednesday and promised more patrols.\n"
    "  \n"
    "the weather was dry and hot."
)

MODEL = Settings().analyse.spacy_model


def analyse(scope: str = "all", text: str = ARTICLE) -> Document:
    settings = with_overrides(Settings(), {"analyse.ner_scope": scope})
    doc = Document(id="t", text=text, clean_text=text, published=dt.date(2025, 2, 7))
    return Analyser(settings)(doc)


@pytest.fixture(scope="module")
def all_scope() -> Document:
    return analyse("all")


def test_sentence_offsets_index_clean_text_exactly(all_scope):
    text = all_scope.clean_text
    for i, sentence in enumerate(all_scope.sentences):
        span = sentence.span
        assert sentence.index == i
        assert span.text == text[span.start:span.end]
        assert span.text == span.text.strip() or span.text.strip()
        assert "\n" not in span.text  # a line break always ends a sentence
    starts = [s.span.start for s in all_scope.sentences]
    assert starts == sorted(starts)
    texts = [s.span.text for s in all_scope.sentences]
    assert texts[0] == "Gunmen kill six in raid on village near Bokkos"
    assert "The attackers also burned 20 houses." in texts
    assert texts[-1] == "the weather was dry and hot."


def test_split_sentences_matches_the_stage(all_scope):
    spans = split_sentences(ARTICLE, MODEL)
    assert [(s.start, s.end) for s in spans] == [
        (s.span.start, s.span.end) for s in all_scope.sentences]


def test_cue_sentences_are_parsed_and_the_rest_are_not(all_scope):
    parsed = all_scope.extras["analyse.parsed"]
    by_text = {s.span.text: s for s in all_scope.sentences}
    raid = next(s for t, s in by_text.items() if t.startswith("JOS, Nigeria"))
    weather = by_text["the weather was dry and hot."]
    assert raid.has_cue and raid.index in parsed
    assert not weather.has_cue and weather.index not in parsed
    assert set(parsed) == {s.index for s in all_scope.sentences if s.has_cue}
    sdoc = parsed[raid.index]
    assert sdoc.text == raid.span.text  # offsets in the Doc are relative to the sentence
    assert sdoc.has_annotation("DEP") and sdoc.has_annotation("POS")
    killed = next(t for t in sdoc if t.text == "killed")
    assert killed.lemma_ == "kill" and killed.pos_ == "VERB"
    burned = next(s for s in all_scope.sentences if s.span.text.startswith("The attackers"))
    verb = next(t for t in parsed[burned.index] if t.text == "burned")
    assert any(c.dep_ == "nsubj" and c.text == "attackers" for c in verb.children)


def test_entities_offsets_and_labels(all_scope):
    text = all_scope.clean_text
    for sentence in all_scope.sentences:
        for ent in sentence.entities:
            assert ent.span.text == text[ent.span.start:ent.span.end]
            assert sentence.span.start <= ent.span.start < ent.span.end <= sentence.span.end
    names = {e.span.text: e.label for s in all_scope.sentences for e in s.entities}
    assert names.get("Nigeria") == "GPE"
    assert names.get("Caleb Mutfwang") == "PERSON"


def test_parsed_docs_carry_the_sentence_entities(all_scope):
    parsed = all_scope.extras["analyse.parsed"]
    for sentence in all_scope.sentences:
        if sentence.index in parsed:
            ents = {(sentence.span.start + e.start_char, e.label_) for e in parsed[sentence.index].ents}
            assert {(e.span.start, e.label) for e in sentence.entities} <= ents


def test_all_scope_reads_non_cue_sentences():
    doc = analyse("all")
    governor = next(s for s in doc.sentences if s.span.text.startswith("Governor"))
    assert not governor.has_cue
    assert any(e.label == "PERSON" for e in governor.entities)


@pytest.mark.parametrize("scope", ["cue", "cue_named"])
def test_cue_scopes_leave_non_cue_sentences_without_entities(scope):
    doc = analyse(scope)
    assert all(not s.entities for s in doc.sentences if not s.has_cue)
    raid = next(s for s in doc.sentences if s.span.text.startswith("JOS, Nigeria"))
    assert any(e.span.text == "Nigeria" for e in raid.entities)


def test_named_scope_skips_sentences_without_a_later_capital():
    doc = analyse("named")
    weather = doc.sentences[-1]
    assert weather.span.text.startswith("the weather")
    assert weather.entities == []
    governor = next(s for s in doc.sentences if s.span.text.startswith("Governor"))
    assert governor.entities


def test_none_scope_finds_no_entities_but_still_parses_cue_sentences(all_scope):
    doc = analyse("none")
    assert all(s.entities == [] for s in doc.sentences)
    assert set(doc.extras["analyse.parsed"]) == set(all_scope.extras["analyse.parsed"])
    raid = next(s for s in doc.sentences if s.span.text.startswith("JOS, Nigeria"))

    def parse(d):
        return [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in d.extras["analyse.parsed"][raid.index]]
    assert parse(doc) == parse(all_scope)  # the recogniser has its own tok2vec: same parse
    assert ("killed", "kill", "VERB") in [p[:3] for p in parse(doc)]


def test_scopes_agree_on_cue_sentences_that_name_something():
    full, narrow = analyse("all"), analyse("cue_named")
    for a, b in zip(full.sentences, narrow.sentences):
        assert (a.span.start, a.span.end, a.has_cue) == (b.span.start, b.span.end, b.has_cue)
        if a.has_cue and names_something(a.span.text):
            assert a.entities == b.entities


def test_names_something():
    assert names_something("Police said the raid began at dawn in Bokkos.")
    assert names_something('He said "Boko Haram fighters came at night."')
    assert not names_something("Police said the raid began at dawn.")
    assert not names_something("  Gunmen came at night.")


def test_parse_all_parses_every_sentence():
    settings = with_overrides(Settings(), {"analyse.parse_all": "true"})
    doc = Document(id="t", text=ARTICLE, clean_text=ARTICLE, published=dt.date(2025, 2, 7))
    doc = Analyser(settings)(doc)
    assert set(doc.extras["analyse.parsed"]) == {s.index for s in doc.sentences}


def test_injected_cue_function_gates_the_parser():
    doc = Document(id="t", text=ARTICLE, clean_text=ARTICLE, published=dt.date(2025, 2, 7))
    doc = Analyser(Settings(), has_cue=lambda text: "weather" in text)(doc)
    assert [doc.sentences[i].span.text for i in doc.extras["analyse.parsed"]] == [
        "the weather was dry and hot."]


def test_time_expressions_land_in_their_sentence(all_scope):
    governor = next(s for s in all_scope.sentences if s.span.text.startswith("Governor"))
    assert any(t.span.text == "Wednesday" for t in governor.times)
    for sentence in all_scope.sentences:
        assert all(sentence.span.start <= t.span.start < sentence.span.end for t in sentence.times)


def test_empty_text_has_no_sentences():
    doc = analyse("all", text="  \n\n ")
    assert doc.sentences == [] and doc.extras["analyse.parsed"] == {}


def test_unknown_ner_scope_is_refused():
    with pytest.raises(ConfigError):
        with_overrides(Settings(), {"analyse.ner_scope": "some"})
    with pytest.raises(ConfigError):
        dataclasses.replace(AnalyseSettings(), ner_scope="nothing")
