"""dateline: offline, ACLED-compatible event coding from conflict news."""

__version__ = "0.1.0"
