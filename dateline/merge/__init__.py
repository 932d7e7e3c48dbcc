"""Stage: merge."""
