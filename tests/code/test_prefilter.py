"""The literal prefilter skips only patterns that cannot match, and the parse gate it serves.

The identity checks run every table of the classifier's lexicon over the development sentences
(tests/fixtures/coder_dev) and the event fixture articles, with and without the prefilter. The
same goes for the article-genre check (whole-article patterns) and for the clause bounds read
without walking spaCy's subtree (docs/speed.md, fifth pass).
"""

import csv
import re
from pathlib import Path

import pytest

from dateline.code import has_event_cue, has_event_trigger
from dateline.code._lexicon import _lexicon
from dateline.literals import LiteralFilter, may_match, required_literals

FIXTURES = Path(__file__).parents[1] / "fixtures"


def sentences() -> list[str]:
    with open(FIXTURES / "coder_dev" / "sentences.tsv", encoding="utf-8") as f:
        rows = [row[1] for row in csv.reader(f, delimiter="\t")
                if len(row) > 1 and not row[0].startswith("#")]
    for path in sorted((FIXTURES / "events").glob("*.txt")):
        rows += re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8"))
    return [r for r in rows if r.strip()]


def all_hits(table, text):
    return [(i, m.span()) for i, entry in enumerate(table) for m in entry[1].finditer(text)]


def filtered_hits(table, text):
    index = {id(entry): i for i, entry in enumerate(table)}
    return [(index[id(e)], m.span()) for e in may_match(table, text) for m in e[1].finditer(text)]


@pytest.mark.parametrize("table", ["cues", "vetoes", "negatives"])
def test_same_hits_in_the_same_order_as_trying_every_pattern(table):
    entries = getattr(_lexicon(), table)
    texts = sentences()
    assert len(texts) > 1000
    assert [filtered_hits(entries, t) for t in texts] == [all_hits(entries, t) for t in texts]
    assert sum(len(all_hits(entries, t)) for t in texts) > 20  # the tables really fire


def test_required_literals_come_from_the_syntax_tree():
    assert required_literals(re.compile(r"\bset(?:ting)? up\b", re.IGNORECASE)) in (
        {"set"}, {" up"})
    assert required_literals(re.compile(r"\b(?:clash(?:es)?|fought)\b", re.IGNORECASE)) == {
        "clash", "fought"}
    assert required_literals(re.compile(r"(?-i:\bLiberation\b)", re.IGNORECASE)) == {"liberation"}
    # an optional part or a character class promises nothing
    assert required_literals(re.compile(r"\b(?:re)?[a-z]+\b", re.IGNORECASE)) is None


def test_every_cue_pattern_promises_a_literal():
    assert all(required_literals(rx) for _, rx in _lexicon().cues)


@pytest.mark.parametrize("text", [
    "Gunmen kılled six people",  # dotless i: re.IGNORECASE folds it into "i", str.lower does not
    "Gunmen ſhot six people",  # long s
    "KİLLED",  # dotted capital I lower-cases to two characters
])
def test_case_folds_that_lower_misses_fall_back_to_every_pattern(text):
    table = _lexicon().cues
    assert may_match(table, text) is table
    assert filtered_hits(table, text) == all_hits(table, text)


def test_a_table_without_literals_tries_every_pattern():
    table = ((None, re.compile(r"\d+")), (None, re.compile(r"[a-z]+")))
    assert LiteralFilter([rx for _, rx in table]).possible("42 dead") is None
    assert may_match(table, "42 dead") is table


def test_the_parse_gate_needs_a_cue_pattern_not_just_a_word_start():
    assert has_event_trigger("Gunmen killed six people in an overnight raid.")
    for text in ("The plane landed safely in the capital.",
                 "The exchange rate fell again."):
        assert has_event_cue(text) and not has_event_trigger(text)
    assert not has_event_trigger("The weather was dry and hot.")


def _genre_trying_every_pattern(text):
    """``non_event_genre`` as it was before the prefilter: every pattern searched."""
    from dateline.code import _discourse as D

    if sum(1 for rx in D._CONFLICT_RES if rx.search(text)) > D.GENRE_MAX_CONFLICT:
        return None
    best, best_hits = None, 0
    for name, rxs in D._GENRE_RES.items():
        hits = sum(1 for rx in rxs if rx.search(text))
        if name in D.GENRE_REQUIRES_FIRST and not rxs[0].search(text):
            continue
        if hits >= D.GENRE_MIN_CUES and hits > best_hits:
            best, best_hits = name, hits
    return best


def test_the_article_genre_is_the_same_as_with_every_pattern_tried():
    from dateline.code._discourse import non_event_genre

    texts = [p.read_text(encoding="utf-8") for folder in ("events", "news_stream")
             for p in sorted((FIXTURES / folder).glob("*.txt"))]
    genres = []
    for text in texts:
        for variant in (text, text.upper(), text[: len(text) // 3], text.replace("e", "\u0130")):
            genre = non_event_genre(variant)
            assert genre == _genre_trying_every_pattern(variant)
            genres.append(genre)
    assert None in genres and len(set(genres)) >= 3  # conflict reports and several genres


def test_subtree_ends_are_the_first_and_last_token_of_the_walk(nlp):
    """``_subtree_ends`` (the clause bounds of event dates and modality) without spaCy's walk:
    the same two tokens for every token of the event fixture articles, also where the parse is
    non-projective and the walk's ends are not ``left_edge``/``right_edge``."""
    from dateline.code._event_dates import _subtree_ends

    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "events").glob("*.txt"))]
    non_projective = 0
    for doc in nlp.pipe(texts[:30]):
        for tok in doc:
            walk = list(tok.subtree)
            first, last = _subtree_ends(tok)
            assert (first.i, last.i) == (walk[0].i, walk[-1].i)
            non_projective += (first.i, last.i) != (tok.left_edge.i, tok.right_edge.i)
    assert non_projective > 0
