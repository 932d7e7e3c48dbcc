"""Settings: declared once, documented, layered defaults -> TOML -> flags."""

from pathlib import Path

import pytest

from dateline.errors import ConfigError
from dateline.settings import Settings, declared_settings, load_settings

DOCS = Path(__file__).parents[1] / "docs" / "settings.md"


def test_toml_then_overrides(tmp_path):
    config = tmp_path / "dateline.toml"
    config.write_text('[analyse]\nparse_all = true\n[ingest]\nfetch_timeout = 3\n')
    settings = load_settings(config, {"ingest.fetch_timeout": "7.5"})
    assert settings.analyse.parse_all is True
    assert settings.ingest.fetch_timeout == 7.5
    assert settings.resolve.place_threshold == Settings().resolve.place_threshold


@pytest.mark.parametrize("overrides, message", [
    ({"analyse.nonsense": "1"}, "unknown setting"),
    ({"ingest.max_bytes": "lots"}, "cannot use"),
    ({"analyse.parse_all": "perhaps"}, "true or false"),
])
def test_bad_settings_are_named(overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(None, overrides)


def test_bad_toml_names_the_file(tmp_path):
    config = tmp_path / "broken.toml"
    config.write_text("[analyse\nparse_all = ")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_settings(config)


def test_every_setting_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = [name for name, _, _ in declared_settings() if f"`{name}`" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_settings_doc_is_generated_from_the_declarations():
    from dateline.settings import settings_markdown

    assert DOCS.read_text(encoding="utf-8") == settings_markdown(), (
        "docs/settings.md is stale: run `dateline settings --markdown > docs/settings.md`")
