"""Quality measured, not assumed: scorers for external benchmarks and our own gold sets."""

from ._acled import evaluate_acled, format_acled_report
from ._case2021 import evaluate_case2021, format_case2021_report
from ._clean import evaluate_clean, format_clean_report
from ._events import format_events_report, load_gold, score_events
from ._fixtures import evaluate_event_fixtures
from ._geo import evaluate_geo, evaluate_geo_sets, format_geo_report
from ._halterman import evaluate_halterman, format_halterman_report
from ._plover import evaluate_plover, format_plover_report

__all__ = [
    "evaluate_acled", "format_acled_report", "evaluate_case2021", "format_case2021_report",
    "evaluate_clean", "format_clean_report", "evaluate_event_fixtures", "format_events_report",
    "load_gold", "score_events", "evaluate_geo", "evaluate_geo_sets", "format_geo_report",
    "evaluate_halterman", "format_halterman_report", "evaluate_plover", "format_plover_report",
]
