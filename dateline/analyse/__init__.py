"""Stage: analyse."""
