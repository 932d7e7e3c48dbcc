"""Stage: clean. Boilerplate lines out, captions apart, date and language found
(see docs/cleaning.md)."""

from ._boilerplate import clean_document
from ._language import detect_language

__all__ = ["clean_document", "detect_language"]
