"""Which of a table's patterns could match a text at all: a literal prefilter, exact.

Shared by the stages that run tables of regexes over every line or sentence (the cleaner's
notices, the coder's cues, roles and genres). Why: the cue step tries every cue pattern and every veto on every parsed sentence, and Python's
``re`` cannot skip ahead in a case-insensitive pattern that opens with ``\\b``, so that loop was
most of the code stage (docs/speed.md). Every match of a pattern contains one of a few literal
strings read off its syntax tree ("set" or " up" for ``set(?:ting)? up``); one Aho-Corasick pass
over the lower-cased sentence finds which of them occur, and only their patterns run. A pattern
is skipped only when it cannot match, so the hits are the same, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

try:  # Python 3.11+
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sre
    import sre_parse as _sre_parse


def _case_folds() -> frozenset[str] | None:
    """Characters that ``re.IGNORECASE`` treats as equal to another letter although
    ``str.lower`` keeps them apart (dotless i, long s, Greek variants); None when this Python
    does not say (then every sentence that is not plain ASCII meets every pattern)."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover
        return None
    return frozenset(chr(c) for lo, others in _EXTRA_CASES.items()
                     for c in (lo, *others) if c > 127)


_FOLDS = _case_folds()

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))

Entry = TypeVar("Entry", bound=tuple)


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None if unknown."""
    return _need(_sre_parse.parse(pattern.pattern, pattern.flags))


def _need(items) -> frozenset[str] | None:
    """The requirement of a sequence: its most selective literal run or part."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        char = chr(av).lower() if op is _sre.LITERAL else ""
        if len(char) == 1:
            run.append(char)
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        part = _part_need(op, av)
        if part:
            options.append(part)
    if run:
        options.append(frozenset({"".join(run)}))
    return max(options, key=_selectivity, default=None)


def _part_need(op, av) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _need(av[-1])
    if op is _sre.BRANCH:
        alternatives = [_need(a) for a in av[1]]
        if any(not a for a in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in _REPEATS and av[0] >= 1:
        return _need(av[2])
    return None  # a class, a look-around, an anchor, an optional part: no literal promised


def _selectivity(option: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in option), -len(option)


class LiteralFilter:
    """The prefilter for one table of patterns."""

    def __init__(self, patterns: Sequence[re.Pattern]):
        import ahocorasick

        self.always: list[int] = []
        needs: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self.always.append(i)
            else:
                for literal in literals:
                    needs.setdefault(literal, []).append(i)
        self.automaton = None
        if needs:
            self.automaton = ahocorasick.Automaton()
            for literal, ids in needs.items():
                self.automaton.add_word(literal, tuple(ids))
            self.automaton.make_automaton()

    def possible(self, text: str) -> set[int] | None:
        """Indices of the patterns that may match ``text``; None means all of them."""
        lowered = text.lower()
        if self.automaton is None or len(lowered) != len(text) or (
                not lowered.isascii() and (_FOLDS is None or not _FOLDS.isdisjoint(lowered))):
            return None
        found = set(self.always)
        for _, ids in self.automaton.iter(lowered):
            found.update(ids)
        return found


_FILTERS: dict[int, tuple[tuple, LiteralFilter]] = {}


def may_match(table: tuple[Entry, ...], text: str) -> list[Entry] | tuple[Entry, ...]:
    """The entries of ``table`` (tuples whose second item is a compiled pattern) whose pattern
    may match ``text``, in table order."""
    cached = _FILTERS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _FILTERS[id(table)] = (table, LiteralFilter([entry[1] for entry in table]))
    possible = cached[1].possible(text)
    if possible is None:
        return table
    return [entry for i, entry in enumerate(table) if i in possible]
