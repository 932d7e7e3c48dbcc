"""Scoring the cleaner against line-level gold (``dateline eval clean PATH``).

A gold file is the article with a tag before every non-blank line (see docs/cleaning.md):
``K|`` a line of report text to keep, ``D|`` boilerplate to drop, ``C|`` a photo caption. Blank
lines stand for themselves. Lines starting with ``%`` are fixture metadata (``% date: 2025-02-06
dateline`` is the publication date and method the cleaner should find; ``% date: none`` says it
should find none).

The headline number is precision and recall of the *kept* lines: a dropped report line loses an
event (recall), a kept furniture line adds noise (precision). Captions are scored separately, and
the publication-date finder is scored on the files that state a date.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..settings import Settings

TAGS = {"K": "keep", "D": "drop", "C": "caption"}


@dataclass
class GoldArticle:
    path: Path
    text: str
    labels: dict[int, str]  # 1-based line number in ``text`` -> keep | drop | caption
    meta: dict[str, str] = field(default_factory=dict)


def read_gold(path: Path) -> GoldArticle:
    """Parse one tagged fixture file into the article text and its line labels."""
    lines, labels, meta = [], {}, {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("%"):
            key, _, value = raw[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not raw.strip():
            lines.append("")
            continue
        tag, sep, text = raw.partition("|")
        if not sep or tag not in TAGS:
            raise ValueError(f"{path}:{n}: expected K|, D| or C| before the line, got {raw[:20]!r}")
        lines.append(text)
        labels[len(lines)] = TAGS[tag]
    return GoldArticle(path, "\n".join(lines), labels, meta)


def gold_files(path: Path) -> list[Path]:
    return [path] if path.is_file() else sorted(p for p in path.rglob("*.txt"))


def evaluate_clean(path: Path, settings: Settings | None = None) -> dict:
    """Precision/recall of kept lines (and of captions, and date accuracy) over ``path``
    (a gold file, or a directory searched recursively for ``*.txt``)."""
    from ..clean import clean_document
    from ..ingest import document_from_text

    settings = settings or Settings()
    counts = {"keep": [0, 0, 0], "caption": [0, 0, 0]}  # true positive, false positive, false neg.
    errors: list[dict] = []
    dates = {"checked": 0, "correct": 0, "wrong": []}
    files = gold_files(Path(path))
    n_lines = 0
    for file in files:
        gold = read_gold(file)
        doc = document_from_text(gold.text, input_name=str(file))
        try:
            clean_document(doc, settings)
        except InputError:
            pass  # everything dropped: every kept line is a false negative below
        predicted = {n: "keep" for n in gold.labels}
        reasons = {}
        for r in doc.removed_lines:
            predicted[r.line_no], reasons[r.line_no] = "drop", r.reason
        for c in doc.captions:
            if c.line_no:
                predicted[c.line_no] = "caption"
        text_lines = gold.text.split("\n")
        n_lines += len(gold.labels)
        for n, label in gold.labels.items():
            guess = predicted[n]
            for kind, cell in counts.items():
                if guess == kind and label == kind:
                    cell[0] += 1
                elif guess == kind:
                    cell[1] += 1
                elif label == kind:
                    cell[2] += 1
            if guess != label:
                errors.append({"file": file.name, "line": n, "gold": label, "predicted": guess,
                               "reason": reasons.get(n, ""), "text": text_lines[n - 1][:100]})
        expected = gold.meta.get("date")
        if expected:
            dates["checked"] += 1
            want = expected.split()
            got = [doc.published.isoformat(), doc.published_method] if doc.published else ["none"]
            if got == want[:len(got)] and len(got) == len(want):
                dates["correct"] += 1
            else:
                dates["wrong"].append({"file": file.name, "expected": expected,
                                       "found": " ".join(got)})

    def pr(cell: list[int]) -> tuple[float, float]:
        tp, fp, fn = cell
        return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)

    kp, kr = pr(counts["keep"])
    cp, cr = pr(counts["caption"])
    return {
        "files": len(files),
        "lines": n_lines,
        "kept_precision": round(kp, 4), "kept_recall": round(kr, 4),
        "kept_tp": counts["keep"][0], "kept_fp": counts["keep"][1], "kept_fn": counts["keep"][2],
        "caption_precision": round(cp, 4), "caption_recall": round(cr, 4),
        "date_checked": dates["checked"], "date_correct": dates["correct"],
        "date_errors": dates["wrong"],
        "errors": errors,
    }


def format_clean_report(result: dict) -> str:
    lines = [
        f"files: {result['files']}, labelled lines: {result['lines']}",
        f"kept lines: precision {result['kept_precision']:.3f}  recall {result['kept_recall']:.3f}"
        f"  (tp {result['kept_tp']}, fp {result['kept_fp']}, fn {result['kept_fn']})",
        f"captions:   precision {result['caption_precision']:.3f}  "
        f"recall {result['caption_recall']:.3f}",
        f"publication date: {result['date_correct']}/{result['date_checked']} correct",
    ]
    for e in result["errors"]:
        lines.append(f"  {e['file']}:{e['line']} gold={e['gold']} got={e['predicted']}"
                     f"{' (' + e['reason'] + ')' if e['reason'] else ''}: {e['text']}")
    for e in result["date_errors"]:
        lines.append(f"  date {e['file']}: expected {e['expected']}, found {e['found']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m dateline.eval._clean GOLD_DIR_OR_FILE...", file=sys.stderr)
        return 2
    for arg in args:
        print(f"== {arg}")
        print(format_clean_report(evaluate_clean(Path(arg))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
