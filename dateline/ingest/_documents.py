"""One article's text (plain or HTML) to a ``Document``.

HTML goes through trafilatura, which keeps the main text with one paragraph (or heading, or
list item) per line, and reads the title and site name; the publication date is htmldate's,
restricted to what the page's markup states (``original_date``, no extensive search: an
extensive search picks up dates mentioned in the report itself, which the cleaner handles with
better evidence). Photo captions (``<figcaption>``) are dropped by trafilatura, so we collect them
separately into ``extras["ingest.captions"]`` for the cleaner.

The id is a hash of the *normalised* body (NFKC, whitespace collapsed, lower-cased) so the same
report read from two URLs, or re-scraped with different spacing, is one document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

from ..errors import EmptyInputError, InputError
from ..records import Document

#: Options handed to htmldate through trafilatura (see the module docstring for why).
HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}

_WS = re.compile(r"\s+")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def normalise_for_hash(text: str) -> str:
    """NFKC, every whitespace run to one space, lower-cased, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def text_hash(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text (64 bits: no collisions at
    corpus scale, short enough to read in a table)."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]


def normalise_newlines(text: str) -> str:
    """Line ends to ``\\n`` and a leading BOM removed: the cleaner works line by line."""
    return _NEWLINES.sub("\n", text.lstrip("\ufeff"))


def document_from_text(text: str, *, id: str | None = None, url: str = "", title: str = "",
                       source: str = "", published: dt.date | None = None, html: bool = False,
                       input_name: str = "") -> Document:
    """Build a ``Document`` from one article's text (``html=True``: a whole HTML page).

    A given ``published`` date wins over anything found in the page (method "override"); a given
    ``title``/``source`` wins over the page's. Raises ``EmptyInputError`` when there is no body
    text (whitespace only, or HTML where trafilatura finds no main text).
    """
    return build_document(text, id=id, url=url, title=title, source=source,
                          published=published,
                          published_method="override" if published else "",
                          html=html, input_name=input_name)


def build_document(text: str, *, id: str | None, url: str, title: str, source: str,
                   published: dt.date | None, published_method: str, html: bool,
                   input_name: str, warnings: list[str] | None = None) -> Document:
    """``document_from_text`` with the date's provenance stated (readers pass "metadata")."""
    name = input_name or url or id or "<text>"
    extras: dict = {}
    if html:
        body, meta, captions = extract_html(text, url=url)
        if not body.strip():
            raise EmptyInputError(name, "no article text found in the HTML (no body or only "
                                        "page furniture)")
        title = title or meta.get("title", "")
        source = source or meta.get("sitename", "")
        url = url or meta.get("url", "")
        if published is None and meta.get("date"):
            published, published_method = meta["date"], "html"
        if captions:
            extras["ingest.captions"] = captions
    else:
        body = normalise_newlines(text)
        if not body.strip():
            raise EmptyInputError(name, "no text (empty or whitespace only)")
    if not source and url:
        host = urlsplit(url).hostname or ""
        source = host[4:] if host.startswith("www.") else host
    digest = text_hash(body)
    return Document(
        id=id or digest, text=body, input_name=input_name, text_hash=digest, url=url,
        title=title.strip(), source=source.strip(), published=published,
        published_method=published_method if published else "",
        warnings=list(warnings or []), extras=extras,
    )


def extract_html(page: str, url: str = "") -> tuple[str, dict, list[str]]:
    """Main text (one paragraph per line), metadata and figure captions of an HTML page."""
    import trafilatura  # imported here: a plain-text run never pays for lxml and trafilatura

    try:
        result = trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False,
            date_extraction_params=dict(HTML_DATE_PARAMS),
        )
    except (ValueError, TypeError):  # trafilatura raises these on markup it cannot parse
        result = None
    if result is None:
        return "", {}, []
    meta: dict = {}
    if result.title:
        meta["title"] = result.title
    if result.sitename:
        meta["sitename"] = result.sitename
    if result.url:
        meta["url"] = result.url
    if result.date:
        try:
            meta["date"] = dt.date.fromisoformat(result.date[:10])
        except ValueError:
            pass
    body = normalise_newlines(result.text or "")
    return body, meta, figure_captions(page)


_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def figure_captions(page: str) -> list[str]:
    """Text of every ``<figcaption>``, whitespace collapsed, in page order, without repeats."""
    import html as html_lib

    out: list[str] = []
    for m in _FIGCAPTION.finditer(page):
        text = _WS.sub(" ", html_lib.unescape(_TAG.sub(" ", m.group(1)))).strip()
        if text and text not in out:
            out.append(text)
    return out


def parse_iso_date(value: str, where: str, field: str = "'published'") -> dt.date | None:
    """An ISO 8601 date or datetime string to its date (as written: no time-zone shifting);
    a bad one is an ``InputError`` naming ``where`` and the ``field`` it came from."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(where, f"{field} is not an ISO date or datetime: {value!r}") from None
