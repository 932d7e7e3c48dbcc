"""Each reader, and each kind of bad input: the error names the input and the batch goes on."""

import dataclasses
import datetime as dt
import io
import json
import logging
import subprocess
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.errors import (BinaryInputError, EmptyInputError, EncodingError, InputError)
from dateline.records import Document
from dateline.ingest import read_inputs
from dateline.settings import Settings

from ingest_samples import ARTICLE, PAGE, PAGE_NO_BODY, RSS, page

SETTINGS = Settings()


def read(inputs, settings=SETTINGS, **kw):
    return list(read_inputs([str(i) for i in inputs], settings, **kw))


def docs(results):
    return [r for r in results if isinstance(r, Document)]


def errors(results):
    return [r for r in results if isinstance(r, InputError)]


def test_text_file(tmp_path):
    path = tmp_path / "kidal.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read([path])
    assert doc.text == ARTICLE and doc.input_name == str(path) and doc.warnings == []


def test_html_file_by_extension_and_by_sniffing(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "saved-page").write_text(PAGE, encoding="utf-8")  # no extension
    results = read([tmp_path / "a.html", tmp_path / "saved-page"])
    assert [d.source for d in docs(results)] == ["Nile Courier", "Nile Courier"]
    assert docs(results)[0].id == docs(results)[1].id


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second report: shelling in Kherson on Monday.")
    (tmp_path / "a.txt").write_text("First report: clashes in Goma on Monday.")
    (tmp_path / "b" / "1.txt").write_text("Third report: a raid in Tillaberi on Monday.")
    (tmp_path / ".hidden.txt").write_text("skipped")
    names = [d.input_name for d in read([tmp_path])]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.txt"),
                     str(tmp_path / "b" / "2.txt")]


def test_glob_and_missing_inputs(tmp_path):
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(f"Report {n}: an attack on a convoy near Djibo.")
    results = read([tmp_path / "r*.txt", tmp_path / "nothing-*.txt", tmp_path / "gone.txt"])
    assert len(docs(results)) == 3
    missing = errors(results)
    assert [str(e) for e in missing] == [
        f"{tmp_path}/nothing-*.txt: no file matches this pattern",
        f"{tmp_path}/gone.txt: no such file or directory"]


def test_published_overrides_every_document(tmp_path):
    (tmp_path / "p.html").write_text(PAGE)
    [doc] = read([tmp_path / "p.html"], published=dt.date(2025, 1, 1))
    assert (doc.published, doc.published_method) == (dt.date(2025, 1, 1), "override")


def test_jsonl_articles_and_bad_lines(tmp_path):
    rows = [
        json.dumps({"id": "a1", "text": ARTICLE, "url": "https://sahel.example/kidal",
                    "title": "Kidal checkpoint", "published": "2025-03-03", "source": "Sahel Wire"}),
        "{not json",
        json.dumps({"html": PAGE, "published": "2025-03-04T21:15:00+02:00"}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Shelling in Kherson.", "published": "last Tuesday"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": "Clashes in Ituri killed four, officials said.", "id": "a9"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    results = read([path])
    good = docs(results)
    assert [d.id for d in good][0] == "a1" and good[-1].id == "a9"
    first = good[0]
    assert (first.url, first.title, first.source) == (
        "https://sahel.example/kidal", "Kidal checkpoint", "Sahel Wire")
    assert (first.published, first.published_method) == (dt.date(2025, 3, 3), "metadata")
    html_doc = good[1]
    assert html_doc.source == "Nile Courier"
    assert (html_doc.published, html_doc.published_method) == (dt.date(2025, 3, 4), "metadata")
    assert html_doc.input_name == f"{path}:3"
    messages = [str(e) for e in errors(results)]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1] == f"{path}:4: no 'text' or 'html' field with content"
    assert messages[2] == f"{path}:5: 'published' is not an ISO date or datetime: 'last Tuesday'"
    assert messages[3] == f"{path}:7: expected a JSON object, got list"
    assert messages[4] == f"{path}:8: field 'text' must be a string, got int"
    assert len(good) == 3


def test_feed_entries_content_summary_and_broken(tmp_path):
    path = tmp_path / "monitor.xml"
    path.write_text(RSS, encoding="utf-8")
    results = read([path])
    good, bad = docs(results), errors(results)
    assert [d.title for d in good] == ["Clashes in Masisi displace thousands",
                                      "Uvira: traders strike over checkpoint fees"]
    masisi = good[0]
    assert masisi.text.split("\n")[1] == \
        "A health worker said at least six civilians were killed by stray shells."
    assert (masisi.published, masisi.published_method) == (dt.date(2025, 2, 4), "metadata")
    assert masisi.source == "Great Lakes Monitor"
    assert masisi.url == "https://monitor.example.org/masisi"
    assert good[1].warnings == ["feed entry has only a summary"]
    [broken] = bad
    assert isinstance(broken, EmptyInputError)
    assert str(broken) == (f"{path}#entry-2: feed entry has no content, no summary and no link "
                           "(title 'Entry with nothing in it')")


def test_unreadable_feed_is_one_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>Half a feed", encoding="utf-8")
    [err] = read([path])
    assert isinstance(err, EmptyInputError)
    assert str(err).startswith(f"{path}: not a readable RSS/Atom feed or no entries")


def _warc(path, records):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(str(path), {"software": "test"}))
        for uri, ctype, body, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_records_and_skipped_records(tmp_path, caplog, name):
    path = tmp_path / name
    _warc(path, [
        ("https://nilecourier.example/el-obeid", "text/html; charset=utf-8", PAGE.encode(),
         "200 OK"),
        ("https://nilecourier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\nxxxx", "200 OK"),
        ("https://nilecourier.example/feed.json", "application/json", b"{}", "200 OK"),
        ("https://nilecourier.example/gone", "text/html", b"<html>gone</html>", "404 Not Found"),
        ("https://nilecourier.example/empty", "text/html", PAGE_NO_BODY.encode(), "200 OK"),
        ("https://kivu.example/goma", "text/html",
         page("Goma airport closed", ["Flights to Goma were suspended on Thursday after "
                                      "shells landed near the runway, the airport said."] * 3)
         .encode(), "200 OK"),
    ])
    with caplog.at_level(logging.WARNING, logger="dateline.ingest"):
        results = read([path])
    good = docs(results)
    assert [d.url for d in good] == ["https://nilecourier.example/el-obeid",
                                     "https://kivu.example/goma"]
    assert good[0].input_name == f"{path}#record-2 <https://nilecourier.example/el-obeid>"
    [empty] = errors(results)
    assert str(empty).startswith(f"{path}#record-6 <https://nilecourier.example/empty>: "
                                 "no article text")
    skipped = [r.getMessage() for r in caplog.records]
    assert f"{path}#record-3 <https://nilecourier.example/logo.png>: skipped: not an HTML " \
           "record (image/png)" in skipped
    assert any("feed.json>: skipped: not an HTML record (application/json)" in m for m in skipped)
    assert any("gone>: skipped: HTTP status 404" in m for m in skipped)


def test_bad_inputs_each_named_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "01-good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "02-empty.txt").write_bytes(b"")
    (tmp_path / "03-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "04-archive").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (tmp_path / "05-nuls.dat").write_bytes(b"abc\x00\x01\x02def" * 50)
    big = tmp_path / "06-huge.txt"
    with big.open("wb") as fh:  # 50 MB of text, written without holding it in memory
        line = ("Shelling was reported in the villages east of the river on Monday. " * 4
                + "\n").encode()
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    (tmp_path / "07-nobody.html").write_text(PAGE_NO_BODY)
    import random
    rnd = random.Random(7)
    (tmp_path / "08-noise.txt").write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(4000)))
    (tmp_path / "09-good.md").write_text("Clashes in Bunia killed three, police said.\n")
    results = read([tmp_path])
    by_name = {(r.input_name if isinstance(r, Document) else r.name).rsplit("/", 1)[-1]: r
               for r in results}
    assert list(by_name) == ["01-good.txt", "02-empty.txt", "03-photo.txt", "04-archive",
                             "05-nuls.dat", "06-huge.txt", "07-nobody.html", "08-noise.txt",
                             "09-good.md"]
    assert isinstance(by_name["01-good.txt"], Document)
    assert isinstance(by_name["09-good.md"], Document)
    assert isinstance(by_name["02-empty.txt"], EmptyInputError)
    assert "empty file (0 bytes)" in str(by_name["02-empty.txt"])
    assert isinstance(by_name["03-photo.txt"], BinaryInputError)
    assert str(by_name["03-photo.txt"]).endswith("03-photo.txt: not text: looks like PNG image")
    assert "ZIP archive" in str(by_name["04-archive"])
    assert "NUL bytes" in str(by_name["05-nuls.dat"])
    assert type(by_name["06-huge.txt"]) is InputError
    assert "06-huge.txt: file of 5" in str(by_name["06-huge.txt"])
    assert "over ingest.max_bytes (20000000)" in str(by_name["06-huge.txt"])
    assert isinstance(by_name["07-nobody.html"], EmptyInputError)
    assert isinstance(by_name["08-noise.txt"], EncodingError)
    assert "08-noise.txt: cannot determine the text encoding" in str(by_name["08-noise.txt"])


REPORT_FR = ("Des hommes armés ont attaqué jeudi un poste de l'armée près de Djenné, "
             "tuant sept soldats, selon des élus locaux. Les assaillants sont repartis "
             "vers le fleuve après avoir incendié deux véhicules. « Ils sont venus de trois "
             "côtés à la fois », a déclaré un conseiller municipal.\n")


def test_legacy_encodings_are_detected_with_a_warning(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes(REPORT_FR.encode("cp1252"))
    (tmp_path / "utf16-bom.txt").write_bytes(REPORT_FR.encode("utf-16"))
    (tmp_path / "utf16le-nobom.txt").write_bytes(REPORT_FR.encode("utf-16-le"))
    (tmp_path / "utf8sig.txt").write_bytes(REPORT_FR.encode("utf-8-sig"))
    cp1252, utf16, utf16le, utf8sig = read(sorted(tmp_path.iterdir()))
    for doc in (cp1252, utf16, utf16le, utf8sig):
        assert isinstance(doc, Document)
        assert doc.text == REPORT_FR
    assert cp1252.warnings == ["decoded as cp1252 (detected; not UTF-8)"]
    assert utf16.warnings == [] and utf8sig.warnings == []
    assert utf16le.warnings == ["decoded as utf-16-le (no byte-order mark)"]


def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning(tmp_path):
    data = ("Frappes à Goma : « au moins cinq morts », selon la société civile. " * 20).encode()
    data = data[:300] + b"\xff" + data[300:900] + b"\xc3" + data[900:]
    (tmp_path / "mostly-utf8.txt").write_bytes(data)
    [doc] = read([tmp_path / "mostly-utf8.txt"])
    assert doc.text.count("\ufffd") == 2
    assert doc.warnings == ["2 undecodable byte(s) replaced with U+FFFD (text is otherwise UTF-8)"]


def test_html_charset_declared_in_meta_is_used(tmp_path):
    html = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Nile Courier", "Нил Курьер")
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    [doc] = read([tmp_path / "ru.html"])
    assert doc.source == "Нил Курьер"
    assert doc.warnings == []


def test_stdin_is_read_and_sniffed():
    code = ("import sys; from dateline.ingest import read_inputs; "
            "from dateline.settings import Settings; "
            "[print(type(r).__name__, r.input_name if hasattr(r, 'input_name') else r, "
            "r.source if hasattr(r, 'source') else '') for r in read_inputs(['-'], Settings())]")
    out = subprocess.run([sys.executable, "-c", code], input=PAGE.encode(), capture_output=True,
                         check=True, timeout=60).stdout.decode()
    assert out.strip() == "Document <stdin> Nile Courier"
    out = subprocess.run([sys.executable, "-c", code], input=b"", capture_output=True,
                         check=True, timeout=60).stdout.decode()
    assert out.strip() == "EmptyInputError <stdin>: empty input (0 bytes)"


def test_max_bytes_applies_per_article_in_jsonl(tmp_path):
    settings = dataclasses.replace(SETTINGS, ingest=dataclasses.replace(SETTINGS.ingest,
                                                                        max_bytes=600))
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": ARTICLE}) + "\n"
                    + json.dumps({"text": ARTICLE * 3}) + "\n", encoding="utf-8")
    first, second = read([path], settings)
    assert isinstance(first, Document)
    assert str(second).startswith(f"{path}:2: line of ") and "max_bytes (600)" in str(second)
