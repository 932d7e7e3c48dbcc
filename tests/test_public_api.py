"""The public surface: what each package promises in ``__all__`` exists and is small."""

import importlib

import pytest

PACKAGES = ["dateline", "dateline.ingest", "dateline.clean", "dateline.analyse", "dateline.code",
            "dateline.resolve", "dateline.merge", "dateline.store", "dateline.eval",
            "dateline.ontology"]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_exported_name_exists(name):
    module = importlib.import_module(name)
    assert module.__all__, f"{name} exports nothing"
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names missing objects: {missing}"
    assert len(module.__all__) <= 20, f"{name} exports {len(module.__all__)} names: keep it small"


def test_top_level_api():
    import dateline

    assert {"code_text", "code_documents", "Settings", "load_settings"} <= set(dateline.__all__)
