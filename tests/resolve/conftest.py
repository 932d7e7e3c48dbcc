"""Shared fixtures for the resolve tests: one real gazetteer per test session.

The default gazetteer is built once (about 30 s) into a temporary folder, or taken from
``$DATELINE_TEST_GAZETTEER`` when that names an existing file. The eval tests reuse the same
build through ``session_gazetteer_path``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.resolve import Gazetteer, build_default_gazetteer


def session_gazetteer_path(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's gazetteer file, built on first use."""
    cached = getattr(config, "_dateline_gazetteer_path", None)
    if cached is not None:
        return cached
    env = os.environ.get("DATELINE_TEST_GAZETTEER", "")
    if env and Path(env).is_file():
        path = Path(env)
    else:
        path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
        build_default_gazetteer(path)
    config._dateline_gazetteer_path = path
    return path


@pytest.fixture(scope="session")
def gazetteer_path(request, tmp_path_factory) -> Path:
    return session_gazetteer_path(request.config, tmp_path_factory)


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path) -> Gazetteer:
    gaz = Gazetteer.open(gazetteer_path)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline with its parser (event_location needs the parse)."""
    import spacy

    from dateline.settings import Settings

    return spacy.load(Settings().analyse.spacy_model)
