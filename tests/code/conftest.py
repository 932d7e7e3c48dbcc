"""Shared fixtures for the coder tests: the spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The project's default spaCy pipeline (``dateline.analyse.load_spacy`` caches it)."""
    from dateline.analyse import load_spacy
    from dateline.errors import ResourceError
    from dateline.settings import Settings

    try:
        return load_spacy(Settings().analyse.spacy_model)
    except ResourceError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse one sentence and return it as a spaCy ``Doc`` (cached by text)."""
    cache: dict[str, object] = {}

    def _parse(text: str):
        if text not in cache:
            cache[text] = nlp(text)
        return cache[text]

    return _parse
