"""dateline: offline, ACLED-compatible event coding from conflict news.

The public surface is small: ``code_text`` and ``code_documents`` return typed records
(``dateline.records``); ``Settings``/``load_settings`` configure them.
"""

__version__ = "0.1.0"

from .errors import DatelineError  # noqa: E402
from .pipeline import Pipeline, Result, code_documents, code_text  # noqa: E402
from .records import Document, Event, Mention  # noqa: E402
from .settings import Settings, load_settings  # noqa: E402

__all__ = [
    "code_text", "code_documents", "Pipeline", "Result", "Settings", "load_settings",
    "Document", "Event", "Mention", "DatelineError", "__version__",
]
