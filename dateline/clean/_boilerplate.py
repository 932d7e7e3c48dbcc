"""Line-level boilerplate removal: every line is kept, dropped (with a reason) or set apart as a
photo caption, and each decision can be read back (``Document.removed_lines``, ``captions``).

Why lines: scraped articles (trafilatura output, markdown-ish scrapes, feeds) put one paragraph
per line, and page furniture (share bars, appeals, bylines, lists of other headlines) occupies
whole lines. Deciding per line keeps every decision explainable and never cuts a report sentence.

Two passes. The first judges each line alone with the patterns in ``_patterns.py``. The second
uses context: the headline-like lines under a "Related stories" header, the caption line under
an image, the masthead and name-only byline lines above the first paragraph, and a trailing run
of headline-like lines after the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import EmptyInputError
from ..literals import may_match
from ..records import Caption, Document, RemovedLine
from ..settings import Settings
from . import _patterns as P
from ._language import detect_language
from ._pubdate import find_publication_date

KEEP, DROP, CAPTION, BLANK = "keep", "drop", "caption", "blank"

#: Longest line that a notice or appeal pattern may remove: past this, a line is a paragraph of
#: report text even if it mentions cookies or subscriptions.
MAX_NOTICE_CHARS = 400
MAX_APPEAL_CHARS = 300
#: Longest line taken as a caption because of a trailing photo credit.
MAX_CAPTION_CHARS = 400
#: A line of report text: this many words, or fewer ending like a sentence.
PARAGRAPH_WORDS = 15
SENTENCE_WORDS = 8


@dataclass
class LineDecision:
    line_no: int  # 1-based, in Document.text
    raw: str  # the line as it is in Document.text
    plain: str  # stripped of markdown markers (what patterns see, and what a kept line becomes)
    kind: str = KEEP
    reason: str = ""


def strip_markdown(line: str) -> str:
    """Markdown heading markers, emphasis markers and link targets removed; text untouched."""
    text = P.MD_HEADING.sub("", line.strip())
    text = P.MD_LINK.sub(r"\1", text)
    text = P.MD_STRONG.sub(r"\2", text)
    text = P.MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return text.strip()


def classify_lines(text: str) -> list[LineDecision]:
    """Decide every line of ``text`` (see the module docstring for the two passes)."""
    decisions = []
    for n, raw in enumerate(text.split("\n"), 1):
        d = LineDecision(n, raw, strip_markdown(raw))
        if not d.plain:
            d.kind = BLANK
        else:
            d.kind, d.reason = _judge_line(raw.strip(), d.plain)
        decisions.append(d)
    _related_lists(decisions)
    _captions_under_images(decisions)
    _header_zone(decisions)
    _trailing_headlines(decisions)
    return decisions


# -- pass 1: one line alone ------------------------------------------------------------------

def _judge_line(raw: str, plain: str) -> tuple[str, str]:
    low = plain.lower().rstrip(" :.").strip()
    n_chars = len(plain)
    if P.IMAGE.match(raw):
        return DROP, "image"
    if P.SEPARATOR.match(plain):
        return DROP, "separator"
    if P.CAPTION_LABEL.match(plain):
        return DROP, "caption label"
    if re.fullmatch(r"(?:[-*•]\s*)?<?https?://\S+>?", raw):
        return DROP, "bare link"
    if _is_link_list_item(raw):
        return DROP, "link to another page"
    if P.CAPTION.search(plain) or P.CREDIT_ONLY.match(plain) or (
            n_chars <= MAX_CAPTION_CHARS
            and (P.CREDIT_SLASH.search(plain) or P.CREDIT_PARENS.search(plain))):
        return CAPTION, "photo caption"
    if low in P.UI_LINES:
        return DROP, "site furniture"
    if P.LIST_HEADER.match(plain):
        return DROP, "related-stories header"
    if P.INLINE_POINTER.match(plain):
        return DROP, "pointer to other stories or tags"
    if _is_navigation(plain):
        return DROP, "navigation"
    if _is_social_bar(plain):
        return DROP, "share or follow bar"
    if is_byline(plain):
        return DROP, "byline"
    if is_date_line(plain) and not is_dateline_line(plain):
        return DROP, "date line"
    if n_chars <= MAX_NOTICE_CHARS:
        for reason, pattern in may_match(P.NOTICES, plain):
            if pattern.search(plain):
                return DROP, reason
    if n_chars <= MAX_APPEAL_CHARS:
        for reason, pattern in may_match(P.STRONG_APPEALS, plain):
            if pattern.search(plain):
                return DROP, reason
        for reason, pattern in may_match(P.APPEALS, plain):
            if pattern.search(plain) and P.APPEAL_CUE.search(plain):
                return DROP, reason
    return KEEP, ""


def _is_link_list_item(raw: str) -> bool:
    """A line that is only a markdown link (optionally bulleted): a pointer to another page."""
    return bool(re.fullmatch(r"(?:[-*•]|\d{1,2}[.)])?\s*\[[^\]]+\]\([^)]+\)", raw))


def _is_navigation(plain: str) -> bool:
    if P.BREADCRUMB_START.match(plain):
        return True
    parts = [p for p in P.NAV_SEPARATORS.split(plain) if p]
    if len(parts) < 2 or len(plain) > 120 or not P.NAV_SEPARATORS.search(plain):
        return False
    # Every part a short label ("Politics", "Middle East"), none a sentence or a date.
    return all(len(p.split()) <= 4 and not P.SENTENCE_END.search(p) and not any(
        c.isdigit() for c in p) for p in parts)


def _is_social_bar(plain: str) -> bool:
    tokens = [t for t in re.split(r"[\s,|/·•:]+", plain.lower()) if t]
    if not tokens or len(tokens) > 14:
        return False
    if all(t in P.SOCIAL_TOKENS or t in P.SHARE_WORDS for t in tokens) and any(
            t in P.SOCIAL_TOKENS for t in tokens):
        return True
    # "Follow us on X", "WhatsApp us your tips", "our Telegram channel": a platform named to
    # the reader.
    return len(plain) <= 200 and bool(P.SOCIAL_PLATFORM.search(plain)) and bool(
        re.search(r"\b(?:us|our|your)\b", plain, re.IGNORECASE)) and not P.REPORTING_VERB.search(plain)


def is_byline(plain: str) -> bool:
    """An author, desk, agency or credit line ("By Jane Doe and Ali Musa", "Staff Reporter",
    "(Reporting by ...; Editing by ...)", "AFP", "--IANS")."""
    if len(plain) > 200:
        return False
    if P.CREDITS.search(plain) or P.NEWS_AGENCIES.match(plain) or P.STAFF_LINE.match(plain):
        return True
    m = P.BYLINE_START.match(plain)
    if not m:
        return False
    rest = m.group("rest").strip(" *_")
    if not rest:
        return True
    if P.NOT_A_BYLINE_START.match(rest):
        return False
    name = re.split(r"\s*[|,;•·–—(]\s*|\s+-\s+", rest)[0]
    words = name.split()
    return 1 <= len(words) <= 8 and all(
        w[0].isupper() or w.lower() in P.BYLINE_WORDS for w in words)


def date_spans(text: str, numeric: bool = False) -> list[str]:
    """Full explicit dates in ``text``: named-month and ISO forms (+ numeric ones if asked)."""
    spans = [m.group(0) for m in P.DATE_NAMED.finditer(text)]
    spans += [m.group(0) for m in P.DATE_ISO.finditer(text)]
    if numeric:
        spans += [m.group(0) for m in P.DATE_NUMERIC.finditer(text)]
    return spans


def is_dateline_line(plain: str) -> bool:
    """A place in capitals and a date alone on a line ("PESHAWAR: July 2, 2025"): the report's
    dateline, kept for the place it names; "UPDATED: July 2, 2025" is a date line."""
    return bool(P.DATELINE_LINE.match(plain)) and not P.DATE_LINE_START.match(plain)


def is_date_line(plain: str) -> bool:
    """A metadata line that is (nearly) only a date: "Updated: 14 March 2025, 18:05 GMT",
    "Posted on February 22, 2025 by Thiri Win", "17.03.2025, 09:12", "Updated 3 hours ago"."""
    if len(plain) > 120:
        return False
    started = P.DATE_LINE_START.match(plain)
    has_date = bool(date_spans(plain, numeric=True))
    relative = bool(P.RELATIVE_AGE.search(plain))
    if not has_date and not (started and relative):
        return False
    rest = P.DATE_NAMED.sub(" ", plain)
    rest = P.DATE_ISO.sub(" ", rest)
    rest = P.DATE_NUMERIC.sub(" ", rest)
    rest = P.RELATIVE_AGE.sub(" ", rest)
    rest = P.TIME.sub(" ", rest)
    rest = P.META_FILLER.sub(" ", rest)
    words = [w for w in re.split(r"[\W_]+", rest) if w]
    if started:
        return len(words) <= 6
    if len(words) <= 3:
        return True
    # "Feb 19, 2025 | Politics, Human Rights | 0 comments": short fields between separators.
    fields = [f for f in re.split(r"\s*[|·•]\s*", plain) if f.strip()]
    return len(fields) >= 3 and all(len(f.split()) <= 5 for f in fields)


# -- pass 2: context -------------------------------------------------------------------------

def _next_nonblank(decisions: list[LineDecision], i: int) -> int | None:
    for j in range(i + 1, len(decisions)):
        if decisions[j].kind != BLANK:
            return j
    return None


def _is_list_like(d: LineDecision) -> bool:
    """A headline in a list of other stories: short, not ending like a sentence, or bulleted."""
    text = P.BULLET.sub("", d.plain)
    if len(text) > 160:
        return False
    if P.BULLET.match(d.plain) and len(text) <= 140:
        return True
    return not P.SENTENCE_END.search(text) or len(text.split()) <= 3


def _related_lists(decisions: list[LineDecision]) -> None:
    """Drop the list under a "Related stories" / "Tags" / "Most read" header."""
    for i, d in enumerate(decisions):
        if d.reason != "related-stories header":
            continue
        j = _next_nonblank(decisions, i)
        while j is not None:
            nxt = decisions[j]
            if nxt.kind == KEEP:
                if not _is_list_like(nxt):
                    break
                nxt.kind, nxt.reason = DROP, "related-stories list"
            elif nxt.reason == "related-stories header":
                break
            j = _next_nonblank(decisions, j)


def _captions_under_images(decisions: list[LineDecision]) -> None:
    """The line right under an image (or under a bare credit line) describing the picture."""
    for i, d in enumerate(decisions):
        under_image = d.reason in ("image", "caption label")
        under_credit = d.kind == CAPTION and len(d.plain.split()) <= 6
        if not (under_image or under_credit):
            continue
        j = _next_nonblank(decisions, i)
        if j is None:
            continue
        nxt = decisions[j]
        # a dated caption sentence ("Le port d'Uvira, le 18 février 2025.") may have been taken
        # for a date line in pass 1; a date line does not end like a sentence
        claimable = nxt.kind == KEEP or (nxt.reason == "date line" and nxt.plain.endswith("."))
        if claimable and looks_like_caption(nxt.plain):
            decisions[j].kind, decisions[j].reason = CAPTION, "line under an image"


def looks_like_caption(text: str) -> bool:
    """Short, and dated or credited, or one sentence with no reporting verb."""
    if len(text) > 250 or P.DATELINE.match(text):
        return False
    if date_spans(text) or P.CREDIT_SLASH.search(text) or P.CREDIT_PARENS.search(text):
        return True
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    return len(text) <= 120 and len(sentences) == 1 and not P.REPORTING_VERB.search(text)


def is_paragraph(text: str) -> bool:
    words = len(text.split())
    return words >= PARAGRAPH_WORDS or (words >= SENTENCE_WORDS and bool(
        P.SENTENCE_END.search(text)))


def _masthead_shaped(text: str) -> bool:
    """"Levant Today", "Sani Ibrahim, Gusau", "Express News Service": 2-4 capitalised words."""
    if len(text) > 45 or any(c.isdigit() for c in text) or re.search(r"[.!?:;]$", text):
        return False
    words = [w for w in re.split(r"[\s,|]+", text) if w]
    connectors = {"of", "the", "de", "la", "le", "and", "&", "y", "et", "du", "des", "del", "al"}
    return 2 <= len(words) <= 4 and all(w[0].isupper() or w in connectors for w in words)


def _header_zone(decisions: list[LineDecision]) -> None:
    """Above the first paragraph, drop masthead and name-only byline lines when something else
    (the headline) is kept there too."""
    zone = []
    for d in decisions:
        if d.kind == KEEP and (is_paragraph(d.plain) or P.DATELINE.match(d.plain)):
            break
        if d.kind == KEEP:
            zone.append(d)
    shaped = [d for d in zone if _masthead_shaped(d.plain)]
    if shaped and len(shaped) < len(zone):
        for d in shaped:
            d.kind, d.reason = DROP, "masthead or byline"


def _trailing_headlines(decisions: list[LineDecision]) -> None:
    """A run of 3+ short headline-like lines closing the document, after the report."""
    run: list[LineDecision] = []
    for d in reversed(decisions):
        if d.kind == BLANK or (d.kind == DROP and not run):
            continue
        if d.kind != KEEP:
            break
        text = P.BULLET.sub("", d.plain)
        if len(text) > 90 or re.search(r"[.!?:;\"”]$", text) or any(c.isdigit() for c in text):
            break
        run.append(d)
    if len(run) >= 3 and any(d.kind == KEEP and is_paragraph(d.plain) for d in decisions):
        for d in run:
            d.kind, d.reason = DROP, "trailing list of headlines"


# -- the stage -------------------------------------------------------------------------------

def join_kept(decisions: list[LineDecision]) -> str:
    """Kept lines, joined by "\\n" where they were adjacent in the input and by "\\n\\n" where a
    blank or removed line stood between them (so paragraph breaks survive)."""
    parts: list[str] = []
    gap = False
    for d in decisions:
        if d.kind == KEEP:
            if parts:
                parts.append("\n\n" if gap else "\n")
            parts.append(d.plain)
            gap = False
        else:
            gap = True
    return "".join(parts)


def clean_document(doc: Document, settings: Settings) -> Document:
    """Fill ``clean_text``, ``captions``, ``removed_lines``, ``language`` and, when the ingest
    found none, ``published`` (+ method). Returns the same document.

    Raises ``EmptyInputError`` when no report text is left.
    """
    decisions = classify_lines(doc.text)
    if not settings.clean.enabled:
        for d in decisions:
            if d.kind != BLANK:
                d.kind, d.reason = KEEP, ""
    doc.clean_text = join_kept(decisions)
    doc.removed_lines = [RemovedLine(d.line_no, d.raw.strip(), d.reason)
                         for d in decisions if d.kind == DROP]
    doc.captions = [Caption(d.plain, d.line_no) for d in decisions if d.kind == CAPTION]
    # Figure captions that trafilatura left out of the HTML text: line 0 = "from the page".
    doc.captions += [Caption(text, 0) for text in doc.extras.get("ingest.captions", [])]
    if not doc.clean_text.strip():
        raise EmptyInputError(doc.input_name or doc.id, "no report text left after cleaning")
    if doc.published is None:
        found = find_publication_date(decisions, doc.captions)
        if found:
            doc.published, doc.published_method = found
    doc.language = detect_language(doc.clean_text, settings)
    if not doc.language:
        doc.warnings.append("language undecided (too little text to tell); read as English")
    return doc
