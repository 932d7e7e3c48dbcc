"""Which reader an input goes to: by file extension first, then by sniffing its first bytes.

The tables are data so that a new extension is one line. Sniffing exists because scraped
corpora often come without extensions (``article-1234``) or with wrong ones.
"""

from __future__ import annotations

import re
import zlib

#: Extension (lower-case, longest first when compound) -> format name.
EXTENSIONS: dict[str, str] = {
    ".warc.gz": "warc",
    ".warc": "warc",
    ".arc.gz": "warc",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
}

#: Extensions whose content decides (an .xml file may be a feed or an XHTML page).
SNIFF_EXTENSIONS = {".xml", ".json", ""}

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", re.I)


def format_by_extension(name: str) -> str | None:
    lower = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    return None


def sniff_format(head: bytes) -> str:
    """Guess the format from the first bytes (a few KB) of an input; "text" when unsure."""
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if probe.startswith(b"<?xml") or probe.startswith(b"<"):
        if _FEED.search(probe[:2048]):
            return "feed"
        if _HTML.search(probe):
            return "html"
    if probe.startswith(b"{") and b"\n" in probe or probe.startswith(b'{"'):
        return "jsonl"
    if _HTML.search(probe[:1024]) and probe.count(b"<") > 5:
        return "html"
    return "text"


def guess_format(name: str, head: bytes) -> str:
    """The reader for an input named ``name`` whose first bytes are ``head``."""
    by_ext = format_by_extension(name)
    if by_ext == "text":
        # A .txt that is really a saved page still goes through trafilatura.
        sniffed = sniff_format(head)
        return "html" if sniffed == "html" and head.lstrip()[:1] == b"<" else "text"
    if by_ext:
        return by_ext
    return sniff_format(head)
