"""``read_inputs``: every kind of input to a stream of ``Document`` or ``InputError``.

Errors are yielded, not raised, so that one bad file in a batch of thousands costs one line in
the report and nothing else. Each error names the input (a path, ``path:line`` for JSONL,
``path#entry-N`` for a feed entry, ``path#record-N`` for a WARC record, or the URL).

Size caps: ``ingest.max_bytes`` applies to one article — a text or HTML file, a page fetched, a
feed file, one JSONL line, one WARC record. JSONL and WARC files themselves may be any size; they
are streamed.
"""

from __future__ import annotations

import datetime as dt
import functools
import glob
import io
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import BinaryInputError, EmptyInputError, FetchError, InputError
from ..records import Document
from ..settings import IngestSettings, Settings
from ._decode import (binary_kind, content_type_charset, decode_bytes,
                      html_declared_charset)
from ._csv import read_table
from ._documents import build_document, parse_iso_date
from ._fetch import fetch_url
from ._formats import guess_format, sniff_format

log = logging.getLogger("dateline.ingest")

Result = Document | InputError
_HEAD = 8192
_GLOB_CHARS = set("*?[")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TABLE_TYPES = {"text/csv": "csv", "text/tab-separated-values": "tsv"}
_DELIMITERS = {"csv": ",", "tsv": "\t"}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml")


def read_inputs(inputs: list[str], settings: Settings,
                published: dt.date | None = None) -> Iterator[Result]:
    """Read files, globs, directories (recursively, sorted), ``-`` (stdin) and http(s) URLs.

    ``published``, when given, overrides every document's date (method "override").
    """
    reader = _Reader(settings.ingest)
    for spec in inputs:
        for item in reader.read(spec):
            if published is not None and isinstance(item, Document):
                item.published, item.published_method = published, "override"
            yield item


class _Reader:
    """Holds the settings while one ``read_inputs`` call dispatches its inputs."""

    def __init__(self, settings: IngestSettings,
                 allowed_addresses: frozenset[str] = frozenset()):
        self.settings = settings
        self.allowed_addresses = allowed_addresses
        #: Format name -> reader of (name, raw bytes, declared charset, url). Registered readers
        #: are the extension point for new input formats.
        self.byte_readers: dict[str, Callable[..., Iterator[Result]]] = {
            "text": self._text, "html": self._html, "feed": self._feed,
            "jsonl": self._jsonl_bytes, "warc": self._warc_bytes,
            "csv": functools.partial(self._table_bytes, fmt="csv"),
            "tsv": functools.partial(self._table_bytes, fmt="tsv"),
        }

    # -- dispatch -------------------------------------------------------------------------

    def read(self, spec: str) -> Iterator[Result]:
        if spec == "-":
            yield from self._stdin()
        elif spec.startswith(("http://", "https://")):
            yield from self._url(spec)
        elif os.path.isdir(spec):
            yield from self._directory(Path(spec))
        elif os.path.exists(spec):
            yield from self._file(Path(spec), spec)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield InputError(spec, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from self._directory(Path(match))
                else:
                    yield from self._file(Path(match), match)
        else:
            yield InputError(spec, "no such file or directory")

    def _directory(self, root: Path) -> Iterator[Result]:
        """Every non-hidden file under ``root``, in sorted path order (stable across runs)."""
        found = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            found.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
        if not found:
            yield EmptyInputError(str(root), "directory has no files")
        for path in sorted(found):
            yield from self._file(path, str(path))

    def _file(self, path: Path, name: str) -> Iterator[Result]:
        try:
            size = path.stat().st_size
            if size == 0:
                yield EmptyInputError(name, "empty file (0 bytes)")
                return
            with path.open("rb") as fh:
                head = fh.read(_HEAD)
                kind = binary_kind(head)
                fmt = guess_format(name, head)
                if fmt == "gzip":
                    yield BinaryInputError(name, "not text: a gzip file that is not a WARC")
                    return
                if kind and fmt not in ("warc",):
                    yield BinaryInputError(name, f"not text: looks like {kind}")
                    return
                if fmt == "jsonl":
                    fh.seek(0)
                    yield from self._jsonl(fh, name)
                    return
                if fmt == "warc":
                    fh.seek(0)
                    yield from self._warc(fh, name)
                    return
                if fmt in _DELIMITERS:
                    fh.seek(0)
                    yield from self._table(fh, name, fmt)
                    return
                if size > self.settings.max_bytes:
                    yield InputError(name, f"file of {size} bytes is over ingest.max_bytes "
                                           f"({self.settings.max_bytes})")
                    return
                data = head + fh.read()
        except OSError as exc:
            yield InputError(name, f"cannot read: {exc.strerror or exc}")
            return
        yield from self.byte_readers[fmt](name, data)

    def _stdin(self) -> Iterator[Result]:
        name = "<stdin>"
        data = sys.stdin.buffer.read(self.settings.max_bytes + 1)
        if len(data) > self.settings.max_bytes:
            yield InputError(name, f"more than ingest.max_bytes ({self.settings.max_bytes}) "
                                   "bytes on standard input")
            return
        if not data:
            yield EmptyInputError(name, "empty input (0 bytes)")
            return
        fmt = sniff_format(data[:_HEAD])
        if fmt == "gzip":
            yield BinaryInputError(name, "not text: a gzip stream that is not a WARC")
            return
        yield from self.byte_readers[fmt](name, data)

    def _url(self, url: str) -> Iterator[Result]:
        try:
            result = fetch_url(url, self.settings, allowed_addresses=self.allowed_addresses)
        except FetchError as exc:
            yield exc
            return
        ctype = result.content_type.split(";")[0].strip().lower()
        charset = content_type_charset(result.content_type)
        if not result.body:
            yield EmptyInputError(url, "empty response (0 bytes)")
            return
        if ctype in _HTML_TYPES:
            fmt = "html"
        elif ctype in _TABLE_TYPES:
            fmt = _TABLE_TYPES[ctype]
        elif ctype in _FEED_TYPES or ctype.endswith("+xml"):
            fmt = "feed" if sniff_format(result.body[:_HEAD]) == "feed" else "html"
        elif ctype.startswith("text/") or not ctype:
            fmt = sniff_format(result.body[:_HEAD])
            fmt = "text" if fmt in ("gzip", "warc", "jsonl") else fmt
        else:
            yield BinaryInputError(url, f"not an article: the server sent {ctype}")
            return
        yield from self.byte_readers[fmt](url, result.body, charset=charset,
                                          url=result.final_url)

    # -- formats --------------------------------------------------------------------------

    def _text(self, name: str, data: bytes, charset: str | None = None,
              url: str = "") -> Iterator[Result]:
        try:
            text, warnings = decode_bytes(data, name, charset)
            yield build_document(text, id=None, url=url, title="", source="", published=None,
                                 published_method="", html=False, input_name=name,
                                 warnings=warnings)
        except InputError as exc:
            yield exc

    def _html(self, name: str, data: bytes, charset: str | None = None,
              url: str = "") -> Iterator[Result]:
        try:
            text, warnings = decode_bytes(data, name, charset or html_declared_charset(data))
            yield build_document(text, id=None, url=url, title="", source="", published=None,
                                 published_method="", html=True, input_name=name,
                                 warnings=warnings)
        except InputError as exc:
            yield exc

    def _jsonl_bytes(self, name: str, data: bytes, **_: object) -> Iterator[Result]:
        yield from self._jsonl(io.BytesIO(data), name)

    def _jsonl(self, lines: Iterable[bytes], name: str) -> Iterator[Result]:
        """One article per line; a bad line is one error naming ``file:line``."""
        for n, raw in enumerate(lines, 1):
            where = f"{name}:{n}"
            if not raw.strip():
                continue
            try:
                yield self._jsonl_document(raw, where)
            except InputError as exc:
                yield exc

    def _jsonl_document(self, raw: bytes, where: str) -> Document:
        if len(raw) > self.settings.max_bytes:
            raise InputError(where, f"line of {len(raw)} bytes is over ingest.max_bytes "
                                    f"({self.settings.max_bytes})")
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise InputError(where, f"not UTF-8 (JSON must be): {exc.reason} at byte "
                                    f"{exc.start}") from None
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
        for key in ("text", "html", "id", "url", "title", "source", "published"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise InputError(where, f"field {key!r} must be a string, got "
                                        f"{type(obj[key]).__name__}")
        text, html = obj.get("text") or "", obj.get("html") or ""
        if not text.strip() and not html.strip():
            raise EmptyInputError(where, "no 'text' or 'html' field with content")
        published = parse_iso_date(obj.get("published") or "", where)
        return build_document(
            text if text.strip() else html, id=obj.get("id") or None, url=obj.get("url") or "",
            title=obj.get("title") or "", source=obj.get("source") or "",
            published=published, published_method="metadata" if published else "",
            html=not text.strip(), input_name=where)

    def _feed(self, name: str, data: bytes, charset: str | None = None,
              url: str = "") -> Iterator[Result]:
        import feedparser

        parsed = feedparser.parse(data, response_headers=(
            {"content-type": f"application/xml; charset={charset}"} if charset else None))
        entries = parsed.get("entries") or []
        if not entries:
            why = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
            yield EmptyInputError(name, f"not a readable RSS/Atom feed or no entries{why}")
            return
        source = (parsed.get("feed") or {}).get("title", "")
        for i, entry in enumerate(entries, 1):
            yield from self._feed_entry(entry, f"{name}#entry-{i}", source, url)

    def _feed_entry(self, entry: dict, where: str, source: str,
                    feed_url: str) -> Iterator[Result]:
        link = entry.get("link") or ""
        title = entry.get("title") or ""
        published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        method = "metadata" if published else ""
        contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
        summary = entry.get("summary") or ""
        try:
            if contents:
                body = max(contents, key=lambda c: len(c["value"]))["value"]
                yield build_document(html_fragment_text(body), id=None, url=link, title=title,
                                     source=source, published=published,
                                     published_method=method, html=False, input_name=where)
                return
            if link.startswith(("http://", "https://")):
                try:
                    page = fetch_url(link, self.settings, name=f"{where} <{link}>",
                                     allowed_addresses=self.allowed_addresses)
                except FetchError as exc:
                    if not summary.strip():
                        raise
                    doc = build_document(
                        html_fragment_text(summary), id=None, url=link, title=title,
                        source=source, published=published, published_method=method,
                        html=False, input_name=where,
                        warnings=[f"linked page not fetched ({exc}); using the feed summary"])
                    yield doc
                    return
                text, warnings = decode_bytes(page.body, where, content_type_charset(
                    page.content_type) or html_declared_charset(page.body))
                yield build_document(text, id=None, url=page.final_url, title=title,
                                     source=source, published=published,
                                     published_method=method, html=True, input_name=where,
                                     warnings=warnings)
                return
            if summary.strip():
                yield build_document(html_fragment_text(summary), id=None, url=link,
                                     title=title, source=source, published=published,
                                     published_method=method, html=False, input_name=where,
                                     warnings=["feed entry has only a summary"])
                return
            raise EmptyInputError(where, "feed entry has no content, no summary and no link"
                                  + (f" (title {title!r})" if title else ""))
        except InputError as exc:
            yield exc

    def _table_bytes(self, name: str, data: bytes, fmt: str, **_: object) -> Iterator[Result]:
        yield from self._table(io.BytesIO(data), name, fmt)

    def _table(self, stream: BinaryIO, name: str, fmt: str) -> Iterator[Result]:
        yield from read_table(stream, name, _DELIMITERS[fmt], self.settings.max_bytes)

    def _warc_bytes(self, name: str, data: bytes, **_: object) -> Iterator[Result]:
        yield from self._warc(io.BytesIO(data), name)

    def _warc(self, stream: BinaryIO, name: str) -> Iterator[Result]:
        """HTML response (and resource) records; other records are skipped with a warning."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        try:
            for i, record in enumerate(ArchiveIterator(stream), 1):
                yield from self._warc_record(record, name, i)
        except ArchiveLoadFailed as exc:
            yield InputError(name, f"not a readable WARC archive: {exc}")
        except (OSError, EOFError, ValueError) as exc:
            yield InputError(name, f"WARC archive is truncated or corrupt: {exc}")

    def _warc_record(self, record, name: str, i: int) -> Iterator[Result]:
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        where = f"{name}#record-{i}" + (f" <{uri}>" if uri else "")
        if record.rec_type not in ("response", "resource"):
            log.debug("%s: skipped %s record", where, record.rec_type)
            return
        if record.rec_type == "response":
            if record.http_headers is None:
                log.warning("%s: skipped: response record without HTTP headers", where)
                return
            status = record.http_headers.get_statuscode() or ""
            ctype = record.http_headers.get_header("Content-Type") or ""
            if not status.startswith("2"):
                log.warning("%s: skipped: HTTP status %s", where, status)
                return
        else:
            ctype = record.rec_headers.get_header("Content-Type") or ""
        if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
            log.warning("%s: skipped: not an HTML record (%s)", where, ctype or "no content type")
            return
        body = record.content_stream().read(self.settings.max_bytes + 1)
        if len(body) > self.settings.max_bytes:
            yield InputError(where, f"record is over ingest.max_bytes ({self.settings.max_bytes})")
            return
        if not body:
            yield EmptyInputError(where, "empty HTML record")
            return
        yield from self._html(where, body, charset=content_type_charset(ctype), url=uri)


def _struct_date(value: time.struct_time | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except (ValueError, AttributeError):
        return None


_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "pre",
           "dt", "dd", "td", "th", "tr", "div", "section", "article", "br"}


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one block element per line.

    trafilatura is built for whole pages and rejects short fragments; feed content is already
    the article, so a plain block-by-block walk is all it needs.
    """
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(el) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if block:
            flush()
        if el.text and isinstance(el.tag, str):
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)
