import pytest

from dateline.eval._clean import evaluate_clean, format_clean_report, read_gold

GOLD = """\
% date: 2025-02-04 dateline
D|Home > World
K|Gunmen attack market near Ouallam
D|By Staff Reporter

K|NIAMEY, Feb 4 (Sahel Wire) - Gunmen attacked a market near Ouallam on Tuesday, killing nine.
C|Traders at the market in Ouallam, February 3, 2025. REUTERS/Stringer
K|Share the blame, said the mayor, who accused the army of leaving the road unguarded.
D|Share this article
"""


def test_read_gold_keeps_blank_lines_and_metadata(tmp_path):
    path = tmp_path / "01_market.txt"
    path.write_text(GOLD, encoding="utf-8")
    gold = read_gold(path)
    assert gold.meta == {"date": "2025-02-04 dateline"}
    assert gold.text.split("\n")[3] == ""
    assert gold.labels == {1: "drop", 2: "keep", 3: "drop", 5: "keep", 6: "caption",
                           7: "keep", 8: "drop"}


def test_evaluate_clean_counts_kept_lines_captions_and_dates(tmp_path):
    (tmp_path / "01_market.txt").write_text(GOLD, encoding="utf-8")
    result = evaluate_clean(tmp_path)
    assert (result["files"], result["lines"]) == (1, 7)
    assert (result["kept_precision"], result["kept_recall"]) == (1.0, 1.0)
    assert (result["caption_precision"], result["caption_recall"]) == (1.0, 1.0)
    assert (result["date_checked"], result["date_correct"]) == (1, 1)
    report = format_clean_report(result)
    assert "kept lines: precision 1.000  recall 1.000" in report


def test_wrong_lines_are_listed_with_the_reason(tmp_path):
    # gold says keep a share bar: the cleaner's drop is listed as an error, with its rule
    (tmp_path / "02.txt").write_text("K|Clashes in Goma killed four, officials said on Monday."
                                     "\nK|Share on Facebook\n", encoding="utf-8")
    result = evaluate_clean(tmp_path)
    assert result["kept_recall"] == 0.5
    assert result["errors"] == [{"file": "02.txt", "line": 2, "gold": "keep",
                                 "predicted": "drop", "reason": "share or follow bar",
                                 "text": "Share on Facebook"}]
    assert "02.txt:2 gold=keep got=drop (share or follow bar): Share on Facebook" in \
        format_clean_report(result)


def test_untagged_line_is_a_clear_error(tmp_path):
    (tmp_path / "03.txt").write_text("K|fine\nno tag here\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"03\.txt:2: expected K\|, D\| or C\|"):
        evaluate_clean(tmp_path)
