"""`dateline eval acled` on a small export in ACLED's format, written by us (not ACLED data)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import DataFileError
from dateline.eval import evaluate_acled
from dateline.settings import Settings

SAMPLE = Path(__file__).parents[1] / "fixtures" / "acled" / "sample_export.csv"


def test_scores_each_field_end_to_end():
    result = evaluate_acled(SAMPLE, Settings())
    assert result["rows"] == 3
    assert result["detected"] >= 2
    accuracy = result["accuracy"]
    assert set(accuracy) == {"event_type", "sub_event_type", "actor1", "actor2", "country",
                             "admin1", "location_25km", "event_date", "fatalities"}
    assert accuracy["country"] >= 2 / 3
    assert accuracy["event_date"] >= 2 / 3
    assert all(0.0 <= value <= 1.0 for value in accuracy.values())
    gold_labels = {c["gold"] for c in result["confusion"]}
    assert gold_labels == {"Armed clash", "Air/drone strike", "Peaceful protest"}


def test_not_an_acled_export(tmp_path):
    bogus = tmp_path / "contacts.csv"
    bogus.write_text("name,phone\nAmina,123\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not an ACLED export"):
        evaluate_acled(bogus, Settings())


def test_cli_json():
    proc = subprocess.run([sys.executable, "-m", "dateline", "eval", "acled", str(SAMPLE), "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    metrics = json.loads(proc.stdout)
    assert metrics["rows"] == 3 and "accuracy" in metrics
