"""CSV and TSV files of articles: one article per row, columns found by their header names.

Scraped corpora are often spreadsheets (``id,title,date,url,text``); the header decides which
column is which, so column order and extra columns do not matter. Files are streamed row by
row; a bad row is one error naming ``file:LINE`` (the line where the row starts) and the rest
continue.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import EmptyInputError, InputError
from ..records import Document
from ._documents import build_document, parse_iso_date

#: Header names (case-insensitive, spaces and hyphens read as underscores) for each field, in
#: order of preference when a file has several.
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "maintext",
             "story"),
    "html": ("html", "raw_html", "page_html"),
    "id": ("id", "doc_id", "article_id", "document_id", "uid"),
    "url": ("url", "link", "source_url", "article_url"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "source_domain", "site"),
    "published": ("published", "date", "publish_date", "published_date", "date_publish",
                  "pubdate", "published_at", "publication_date"),
}


def read_table(stream: BinaryIO, name: str, delimiter: str,
               max_bytes: int) -> Iterator[Document | InputError]:
    """Documents (or errors) from a CSV/TSV byte stream with a header row (a ".csv" may use
    ";", "|" or a tab instead of commas: its header decides)."""
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    lines = _decoded_lines(stream)
    try:
        first = next(lines, "")
        if delimiter == ",":
            delimiter = header_delimiter(first)
        rows = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        header = next(rows, None)
        if header is None:
            yield EmptyInputError(name, "no header row")
            return
        fields = _field_columns(header)
        if "text" not in fields and "html" not in fields:
            yield InputError(name, "no article column in the header (one of "
                                   f"{', '.join(COLUMNS['text'] + COLUMNS['html'])}); "
                                   f"found {', '.join(repr(h) for h in header[:12])}")
            return
        start = rows.line_num + 1
        for row in rows:
            where = f"{name}:{start}"
            start = rows.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield _document(row, header, fields, where, max_bytes)
            except InputError as exc:
                yield exc
    except _NotUtf8 as exc:
        yield InputError(f"{name}:{exc.line}", f"not UTF-8 (CSV files must be): {exc.reason}; "
                                               f"the rows before it were read")
    except csv.Error as exc:
        yield InputError(f"{name}:{rows.line_num}", f"not readable as CSV: {exc}; the rows "
                                                    f"before it were read")


def header_delimiter(line: str) -> str:
    """The delimiter of a ".csv" file by its header: spreadsheets set to a European locale
    write ";", some exports "|" or a tab; a comma unless another is more frequent."""
    counts = {d: line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


class _NotUtf8(Exception):
    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


def _decoded_lines(stream: BinaryIO) -> Iterator[str]:
    """The stream's lines as text, decoded one by one so that a bad byte names its line."""
    for n, raw in enumerate(stream, 1):
        try:
            yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise _NotUtf8(n, exc.reason) from None


def _field_columns(header: list[str]) -> dict[str, int]:
    """Field name -> column index, by the first header name each field accepts."""
    names = {_header_key(h): i for i, h in reversed(list(enumerate(header)))}
    found = {}
    for field, accepted in COLUMNS.items():
        for key in accepted:
            if key in names:
                found[field] = names[key]
                break
    return found


def _header_key(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def _document(row: list[str], header: list[str], fields: dict[str, int], where: str,
              max_bytes: int) -> Document:
    if len(row) != len(header):
        raise InputError(where, f"{len(row)} fields where the header has {len(header)} (an "
                                f"unquoted delimiter or a missing quote?)")
    size = sum(len(cell) for cell in row)
    if size > max_bytes:
        raise InputError(where, f"row of {size} characters is over ingest.max_bytes "
                                f"({max_bytes})")
    value = {field: row[i] for field, i in fields.items()}
    text, html = value.get("text", ""), value.get("html", "")
    if not text.strip() and not html.strip():
        raise EmptyInputError(where, "the article column is empty")
    column = header[fields["published"]] if "published" in fields else ""
    published = parse_iso_date(value.get("published", ""), where, f"column {column!r}")
    return build_document(
        text if text.strip() else html, id=value.get("id", "").strip() or None,
        url=value.get("url", "").strip(), title=value.get("title", ""),
        source=value.get("source", ""), published=published,
        published_method="metadata" if published else "", html=not text.strip(),
        input_name=where)
