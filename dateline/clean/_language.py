"""Language identification with lingua, restricted to ``settings.ingest.languages``.

Restricting the candidates makes lingua faster and stops it from answering a close relative
nobody asked about (Galician for Portuguese). The detector is built once per language tuple and
cached: building it is cheap but its language models load lazily and stay loaded.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigError
from ..settings import Settings

#: Characters of text given to lingua: a few paragraphs decide as well as a whole article.
SAMPLE_CHARS = 2000
#: Below this confidence lingua's best language is a guess: in a headline-length text the names
#: decide ("Police arrest 12 in Dakar" reads as French at 0.33, "Al-Shabaab attacked Afgoye." as
#: Somali at 0.76), so it is undecidable, not foreign. Whole articles and foreign sentences score
#: 0.97 or more ("Des hommes armés ont tué trois civils": French 0.98).
MIN_CONFIDENCE = 0.9


@lru_cache(maxsize=8)
def language_detector(codes: tuple[str, ...]):
    """A lingua ``LanguageDetector`` for these ISO 639-1 codes (cached per tuple)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in codes:
        try:
            languages.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            raise ConfigError(f"ingest.languages: {code!r} is not an ISO 639-1 code lingua "
                              "knows") from None
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str, settings: Settings) -> str:
    """ISO 639-1 code of ``text`` among ``settings.ingest.languages``; "" when undecidable
    (no letters, or too little text for lingua to be at least ``MIN_CONFIDENCE`` sure)."""
    codes = tuple(c.strip().lower() for c in settings.ingest.languages if c.strip())
    if not codes:
        raise ConfigError("ingest.languages is empty")
    if len(codes) == 1:
        return codes[0]
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return ""
    ranked = language_detector(codes).compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < MIN_CONFIDENCE:
        return ""
    return ranked[0].language.iso_code_639_1.name.lower()
