"""The command line as a user meets it: real processes, real files, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path


EXAMPLE = Path(__file__).parents[1] / "examples" / "border_clash.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "dateline", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(proc, *fragments):
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.startswith("dateline:")]
    assert lines, proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr


def test_missing_file():
    proc = run("code", "no/such/article.txt")
    assert_one_line_error(proc, "no/such/article.txt")


def test_binary_file(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert_one_line_error(run("code", png), "photo.txt")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run("code", empty), "empty.txt")


def test_bad_date():
    proc = run("code", EXAMPLE, "--date", "31/02/2025")
    assert_one_line_error(proc, "--date")
    assert proc.returncode == 2


def test_json_output_and_a_batch_that_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("code", empty, EXAMPLE, "--format", "json")
    assert proc.returncode == 3, proc.stderr
    assert "empty.txt" in proc.stderr and "Traceback" not in proc.stderr
    events = json.loads(proc.stdout)
    assert {e["sub_event_type"] for e in events} >= {"Armed clash"}
    assert all(list(e)[:31][0] == "event_id_cnty" for e in events)
    for key in ("document_id", "evidence", "certainty", "attribution", "confidence",
                "geonames_id", "coder_version"):
        assert key in events[0]


def test_jsonl_articles_from_stdin_with_ids(tmp_path):
    article = EXAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a1", "text": article, "published": "2025-02-06"}),
             "{not json",
             json.dumps({"id": "a2", "text": "   "})]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("code", batch, "--format", "jsonl")
    assert "batch.jsonl:2" in proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert events and {e["document_id"] for e in events} == {"a1"}


def test_csv_to_file_and_store_is_idempotent(tmp_path):
    out, db = tmp_path / "events.csv", tmp_path / "events.sqlite"
    for _ in range(2):
        proc = run("code", EXAMPLE, "--format", "csv", "--out", out, "--store", db)
        assert proc.returncode == 0, proc.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    import sqlite3

    with sqlite3.connect(db) as conn:
        n_rows = len(out.read_text(encoding="utf-8").splitlines()) - 1
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == n_rows


def test_clean_explain_shows_reasons():
    proc = run("clean", EXAMPLE, "--explain")
    assert proc.returncode == 0, proc.stderr
    assert "Syrian government forces clashed" in proc.stdout
    assert "removed line" in proc.stdout and "Donate today" in proc.stdout


MATCH_REPORT = """Derby ends in red cards
Kano Pillars and Enyimba clashed in a bruising derby at the Sani Abacha Stadium on Sunday, and
the visitors' striker fired a late shot that killed off the home side's hopes. The league said it
would review two red cards. Tickets for the return fixture go on sale next week.
"""


def test_code_explain_says_what_was_not_coded_and_why(tmp_path):
    match = tmp_path / "derby.txt"
    match.write_text(MATCH_REPORT, encoding="utf-8")
    proc = run("code", EXAMPLE, match, "--explain", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3  # the events themselves are unchanged
    lines = [l for l in proc.stderr.splitlines() if l.startswith("dateline: not coded:")]
    assert f"dateline: not coded: {match}: [whole article] article genre: sport" in lines
    background = [l for l in lines if l.startswith(f"dateline: not coded: {EXAMPLE}:")]
    assert any("background" in l and "Since the collapse of the Assad government" in l
               for l in background), lines
    assert "not coded" not in run("code", EXAMPLE, "--format", "jsonl").stderr


def test_settings_listing():
    proc = run("settings")
    assert proc.returncode == 0
    assert "analyse.spacy_model" in proc.stdout


def test_a_text_over_the_length_cap_is_refused_and_the_batch_goes_on(tmp_path):
    # one line of 1.2 million characters, as a PDF-to-text dump without line breaks arrives
    dump = tmp_path / "dump.txt"
    sentence = "Soldiers and militants exchanged fire near Gao on Tuesday, residents said. "
    dump.write_text(sentence * (1_200_000 // len(sentence) + 1), encoding="utf-8")
    proc = run("code", dump, EXAMPLE, "--format", "json")
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    refused = [l for l in proc.stderr.splitlines() if "dump.txt" in l]
    assert len(refused) == 1 and "analyse.max_chars (1,000,000)" in refused[0], proc.stderr
    assert {e["sub_event_type"] for e in json.loads(proc.stdout)} >= {"Armed clash"}


def test_a_relative_date_without_a_publication_date_warns_and_names_the_fix(tmp_path):
    article = tmp_path / "kano.txt"
    article.write_text("Gunmen stormed a market in Kano on Monday and killed four traders, "
                       "police said.\n", encoding="utf-8")
    undated = run("code", article, "--format", "json")
    assert undated.returncode == 0, undated.stderr
    assert json.loads(undated.stdout) == []
    warning = [l for l in undated.stderr.splitlines() if l.startswith("dateline: warning: ")]
    assert len(warning) == 1 and "kano.txt" in warning[0] and "--date" in warning[0]
    dated = run("code", article, "--date", "2025-03-05", "--format", "json")
    assert "warning" not in dated.stderr
    assert [e["event_date"] for e in json.loads(dated.stdout)] == ["2025-03-03"]
