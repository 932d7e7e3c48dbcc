"""Stage: merge. Event mentions become events: one per actor pair, place and day."""

from ._merge import merge_mentions

__all__ = ["merge_mentions"]
