"""Table-driven stand-ins for spaCy's attribute ruler and rule lemmatizer, same output.

Why: on our sentence Docs the attribute ruler's Matcher (179 patterns) and the lemmatizer's
per-token Python cost as much as the parser (docs/speed.md). Both are pure functions of a few
token attributes, so their answers are looked up in tables that fill as new words come:

* the ruler's one-token patterns read only TAG, LOWER, DEP and IS_SPACE, so the rule ids that
  fire on a token are cached by those four values (every word no pattern names sharing one
  LOWER entry) and applied in the ruler's order with the ruler's own setter. A Doc in which a
  multi-token pattern matches goes to the real ruler.
* the lemmatizer's answer depends on the token's text, POS and morphology only (its own cache
  uses the same key, but it skips caching base forms, the commonest case), and a new word is
  lemmatized by a copy of it whose word lists are sets (``_with_set_index``).

A pattern the table cannot read (an operator or attribute not listed in ``_READ``) makes
:func:`fast_rules` return the real components, so a new model never changes the output silently.
tests/analyse/test_rules.py checks the output against the real components token by token.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

#: Entries a table holds before it starts again (a long stream keeps meeting new words).
MAX_ENTRIES = 200_000

#: Token attributes the one-token patterns may test, read as strings (or a bool).
_READ: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class _Unsupported(Exception):
    """A pattern the table-driven ruler cannot evaluate."""


class _Words:
    """What the patterns ask of LOWER: these words, these regexes; ``negated`` if NOT_IN."""

    def __init__(self):
        self.words: set[str] = set()
        self.regexes: list[re.Pattern] = []
        self.negated = False


def _predicate(attr: str, spec, words: _Words) -> Callable[[Any], bool]:
    """One Matcher token condition (``{"LOWER": {"IN": [...]}}`` etc.) as a Python test."""
    read = _READ.get(attr)
    if read is None:
        raise _Unsupported(attr)
    if not isinstance(spec, dict):
        op, value = "==", spec
    elif len(spec) == 1:
        (op, value), = spec.items()
    else:
        raise _Unsupported(f"{attr}: {spec}")
    if attr == "LOWER":
        words.words.update([value] if op == "==" else value if op in ("IN", "NOT_IN") else [])
        words.negated |= op == "NOT_IN"
    if op == "==":
        return lambda t: read(t) == value
    if op == "IN":
        values = frozenset(value)
        return lambda t: read(t) in values
    if op == "NOT_IN":
        values = frozenset(value)
        return lambda t: read(t) not in values
    if op == "REGEX":
        rx = re.compile(value)
        if attr == "LOWER":
            words.regexes.append(rx)
        return lambda t: rx.search(read(t)) is not None
    raise _Unsupported(f"{attr}: {op}")


def _token_test(spec: dict, words: _Words) -> Callable[[Any], bool]:
    if set(spec) - set(_READ):  # e.g. "OP": a quantifier the table does not model
        raise _Unsupported(str(spec))
    tests = [_predicate(attr, value, words) for attr, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


class FastAttributeRuler:
    """The model's attribute ruler, answering one-token patterns from a cache."""

    def __init__(self, ruler):
        self.ruler = ruler
        # one-token patterns filed under the TAG, else the LOWER, they require (a new word is
        # then tested against a few patterns, not all of them)
        self.by_tag: dict[str, list[tuple[int, Callable[[Any], bool]]]] = {}
        self.by_lower: dict[str, list[tuple[int, Callable[[Any], bool]]]] = {}
        self.rest: list[tuple[int, Callable[[Any], bool]]] = []
        self.multi: list[list[Callable[[Any], bool]]] = []  # multi-token patterns, token tests
        self.words = _Words()
        for rule_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self._file(rule_id, pattern[0])
                else:
                    self.multi.append([_token_test(spec, self.words) for spec in pattern])
        #: (tag, lower, dep, is_space) -> (rule ids that fire, multi-token patterns it may open);
        #: lower is 0 for a word no pattern names (all such words get the same answer)
        self.cache: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.named: dict[int, bool] = {}  # lower -> does a pattern name this word?

    def _file(self, rule_id: int, spec: dict) -> None:
        rule = (rule_id, _token_test(spec, self.words))
        if isinstance(spec.get("TAG"), str):
            self.by_tag.setdefault(spec["TAG"], []).append(rule)
        elif isinstance(spec.get("LOWER"), str):
            self.by_lower.setdefault(spec["LOWER"], []).append(rule)
        else:
            self.rest.append(rule)

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        entries = [self._entry(token) for token in doc]
        if any(opens and self._multi_match(doc, i, opens)
               for i, (_, opens) in enumerate(entries)):
            return self.ruler(doc)
        attrs = self.ruler.attrs
        for token, (rule_ids, _) in zip(doc, entries):
            for rule_id in rule_ids:
                set_token_attrs(token, attrs[rule_id])
        return doc

    def _entry(self, token) -> tuple[tuple[int, ...], tuple[int, ...]]:
        key = (token.tag, self._lower_key(token), token.dep, token.is_space)
        entry = self.cache.get(key)
        if entry is None:
            if len(self.cache) >= MAX_ENTRIES:
                self.cache.clear()
            rules = [*self.by_tag.get(token.tag_, ()), *self.by_lower.get(token.lower_, ()),
                     *self.rest]
            rule_ids = tuple(sorted({r for r, test in rules if test(token)}))
            opens = tuple(i for i, tests in enumerate(self.multi) if tests[0](token))
            entry = self.cache[key] = (rule_ids, opens)
        return entry

    def _lower_key(self, token) -> int:
        named = self.named.get(token.lower)
        if named is None:
            if len(self.named) >= MAX_ENTRIES:
                self.named.clear()
            lower = token.lower_
            named = self.named[token.lower] = self.words.negated or lower in self.words.words \
                or any(rx.search(lower) for rx in self.words.regexes)
        return token.lower if named else 0

    def _multi_match(self, doc, start: int, opens: tuple[int, ...]) -> bool:
        for i in opens:
            tests = self.multi[i]
            if start + len(tests) <= len(doc) and all(
                    test(doc[start + k]) for k, test in enumerate(tests)):
                return True
        return False

    def pipe(self, docs, batch_size: int = 0):
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The model's rule lemmatizer with every answer cached by (text, POS, morphology)."""

    def __init__(self, lemmatizer):
        self.lemmatizer = _with_set_index(lemmatizer)
        self.cache: dict[tuple, str] = {}

    def __call__(self, doc):
        lemmatize, cache = self.lemmatizer.lemmatize, self.cache
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = cache.get(key)
                if lemma is None:
                    if len(cache) >= MAX_ENTRIES:
                        cache.clear()
                        self.lemmatizer.cache.clear()  # spaCy's own, in the copy
                    lemma = cache[key] = lemmatize(token)[0]
                token.lemma_ = lemma
        return doc

    def pipe(self, docs, batch_size: int = 0):
        for doc in docs:
            yield self(doc)


def _with_set_index(lemmatizer):
    """A copy of ``lemmatizer`` whose word-index tables are sets, the model's own untouched.

    spaCy keeps them as lists and tests ``form in index`` for every candidate lemma of a new
    word: a scan of up to 57,000 nouns, 0.25 ms a word. Membership is all it asks of them.
    """
    from spacy.lookups import Lookups

    fast = copy.copy(lemmatizer)
    fast.cache, fast.lookups = {}, Lookups()
    fast.lemmatize = fast.rule_lemmatize  # the original's bound method came along with the copy
    for name in lemmatizer.lookups.tables:
        data = dict(lemmatizer.lookups.get_table(name).items())
        if name == "lemma_index":
            data = {pos: frozenset(words) for pos, words in data.items()}
        fast.lookups.add_table(name, data)
    return fast


def fast_rules(ruler, lemmatizer) -> tuple[Any, Any]:
    """Table-driven stand-ins for ``ruler`` and ``lemmatizer``, or the two themselves when a
    pattern or the lemmatizer's mode is beyond the tables."""
    if getattr(lemmatizer, "mode", "rule") != "rule":
        return ruler, lemmatizer
    try:
        return FastAttributeRuler(ruler), FastLemmatizer(lemmatizer)
    except _Unsupported:
        return ruler, lemmatizer
