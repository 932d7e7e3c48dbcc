"""Bytes to text, or a clear refusal.

Why this order: UTF-8 is what almost every page and scrape is in, and a strict decode that
succeeds is never wrong; a byte-order mark is a declaration we trust; legacy encodings (cp1252,
cp1251, cp1256...) are detected with charset-normalizer. We never replace undecodable bytes
wholesale: a text that is UTF-8 but for a handful of stray bytes is decoded with replacement
characters *and a warning*; anything worse goes to detection, and if detection gives up the input
is refused (``EncodingError``) rather than turned into mojibake.

Binary inputs are refused before decoding: known magic numbers first, then NUL bytes (which
plain text never has, except UTF-16 without a BOM, recognised by its every-other-byte NULs).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from ..errors import BinaryInputError, EmptyInputError, EncodingError

#: Magic numbers of formats that are certainly not articles, with the name used in the error.
#: Sources: the formats' specifications (PNG, GIF, JPEG/JFIF, PDF, ZIP, ELF...), as listed in
#: file(1)'s magic database.
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

#: How many replacement characters a nearly-UTF-8 text may need before we prefer detection:
#: a few stray bytes (a truncated character, one pasted cp1252 quote) are common in scrapes.
MAX_REPLACEMENTS = 8
MAX_REPLACEMENT_RATIO = 0.001

#: When detection ties between single-byte Western encodings, cp1252 is by far the most common
#: on news sites (and the WHATWG default for "latin-1"-labelled pages).
PREFERRED_TIE = "cp1252"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_RIFF = re.compile(rb"^RIFF....(WEBP|WAVE|AVI )", re.S)
_FTYP = re.compile(rb"^....ftyp", re.S)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` (its first bytes suffice), or None when it may be text."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return None
    for magic, kind in BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    if _RIFF.match(data[:12]):
        return "RIFF media"
    if _FTYP.match(data[:12]):
        return "MP4/QuickTime media"
    head = data[:8192]
    if b"\x00" in head and _utf16_without_bom(head) is None:
        return "binary data (NUL bytes)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in ASCII-heavy UTF-16."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    n = min(len(even), len(odd))
    if odd[:n].count(0) > 0.4 * n and even[:n].count(0) < 0.05 * n:
        return "utf-16-le"
    if even[:n].count(0) > 0.4 * n and odd[:n].count(0) < 0.05 * n:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` (an input called ``name``) and return ``(text, warnings)``.

    ``declared`` is a charset the container stated (HTTP header, HTML meta, WARC header); it is
    used when it decodes strictly. Raises ``EmptyInputError`` for 0 bytes, ``BinaryInputError``
    for non-text, ``EncodingError`` when no encoding fits.
    """
    if not data:
        raise EmptyInputError(name, "empty input (0 bytes)")
    kind = binary_kind(data)
    if kind:
        raise BinaryInputError(name, f"not text: looks like {kind}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise EncodingError(name, f"starts with a {encoding} byte-order mark but does "
                                          f"not decode as {encoding}: {exc.reason}") from None
    utf16 = _utf16_without_bom(data[:8192]) if b"\x00" in data[:8192] else None
    if utf16:
        try:
            return data.decode(utf16), [f"decoded as {utf16} (no byte-order mark)"]
        except UnicodeDecodeError:
            raise EncodingError(name, "looks like UTF-16 but does not decode") from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if declared:
        encoding = _codec_name(declared)
        if encoding and encoding != "utf-8":
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                pass
    nearly = data.decode("utf-8", errors="replace")
    bad = nearly.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    has_multibyte = any(ord(c) > 127 and c != "\ufffd" for c in nearly)
    if has_multibyte and bad <= max(MAX_REPLACEMENTS, MAX_REPLACEMENT_RATIO * len(data)) and \
            bad <= MAX_REPLACEMENTS * 10:
        return nearly, [f"{bad} undecodable byte(s) replaced with U+FFFD (text is otherwise UTF-8)"]
    encoding = _detect(data)
    if encoding is None:
        raise EncodingError(name, "cannot determine the text encoding (not UTF-8, and no "
                                  "legacy encoding fits)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise EncodingError(name, f"detected {encoding} but the bytes do not decode") from None
    return text, [f"decoded as {encoding} (detected; not UTF-8)"]


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return None
    for match in results:
        if (match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
                and PREFERRED_TIE in match.could_be_from_charset):
            return PREFERRED_TIE
    return best.encoding


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def content_type_charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type or "", re.I)
    return m.group(1) if m else None
