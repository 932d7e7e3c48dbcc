"""Stage: ingest. Inputs of every kind to ``Document`` records (see docs/ingest.md).

``read_inputs`` yields an ``InputError`` for an input it cannot read and goes on with the rest.
"""

from ._documents import document_from_text
from ._readers import read_inputs

__all__ = ["document_from_text", "read_inputs"]
