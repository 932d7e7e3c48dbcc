"""CSV and TSV files of articles: the header finds the columns, a bad row is one error naming
its line, and the rows around it are coded."""

import dataclasses
import datetime as dt
import unicodedata

from dateline.errors import EmptyInputError, InputError
from dateline.ingest import read_inputs
from dateline.pipeline import Pipeline
from dateline.records import Document
from dateline.settings import Settings

from ingest_samples import ARTICLE, PAGE
from test_ingest_fetch import ALLOW, serve

SETTINGS = Settings()

KIDAL = ("Gunmen on motorbikes killed three villagers near a water point outside Kidal on "
         "Monday, local officials said. No group said it had carried out the attack.")
NAIROBI = ("Police fired tear gas at hundreds of traders protesting against a new market levy "
           "in central Nairobi on Tuesday.\n\nA second paragraph: twenty people were arrested, "
           "a police spokesman said, and the traders promised to return on Friday.")

#: A spreadsheet export as scrapers write them: columns in their own order, an extra column,
#: quoted fields with commas and line breaks, and three bad rows between good ones.
EXPORT = "\r\n".join([
    "Headline,Publish Date,URL,Article Text,section",
    f'Gunmen kill villagers near Kidal,2025-03-05,https://sahel.example/kidal,"{KIDAL}",Africa',
    'Rebels in Goma,2025-99-99,,"Rebels attacked Goma on Monday, killing five.",Africa',
    "Too many fields,2025-03-05,,text, with, commas,World",
    "No body,2025-03-05,,,World",
    f'"Traders, police clash",2025-03-06T08:30:00+03:00,,"{NAIROBI}",Africa',
]) + "\r\n"


def read(inputs, settings=SETTINGS):
    return list(read_inputs([str(i) for i in inputs], settings))


def test_a_csv_export_gives_one_document_per_good_row(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8-sig")
    results = read([path])
    good = [r for r in results if isinstance(r, Document)]
    assert [d.title for d in good] == ["Gunmen kill villagers near Kidal",
                                       "Traders, police clash"]
    first, last = good
    assert first.text == KIDAL and first.url == "https://sahel.example/kidal"
    assert (first.published, first.published_method) == (dt.date(2025, 3, 5), "metadata")
    assert first.source == "sahel.example" and first.input_name == f"{path}:2"
    assert last.text == NAIROBI and last.published == dt.date(2025, 3, 6)
    assert last.input_name == f"{path}:6"
    assert [str(e) for e in results if isinstance(e, InputError)] == [
        f"{path}:3: column 'Publish Date' is not an ISO date or datetime: '2025-99-99'",
        f"{path}:4: 7 fields where the header has 5 (an unquoted delimiter or a missing quote?)",
        f"{path}:5: the article column is empty"]


def test_the_good_rows_are_coded_and_the_bad_ones_reported(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    results = list(Pipeline(SETTINGS).code(read_inputs([str(path)], SETTINGS)))
    assert [r.ok for r in results] == [True, False, False, False, True]
    places = [unicodedata.normalize("NFKD", e.location).encode("ascii", "ignore").decode()
              for r in results if r.ok for e in r.events]
    kinds = [e.sub_event_type for r in results if r.ok for e in r.events]
    assert places == ["Kidal", "Nairobi"]
    assert kinds == ["Attack", "Protest with intervention"]


def test_a_tsv_with_an_html_column_and_ids(tmp_path):
    path = tmp_path / "pages.tsv"
    flat_page = " ".join(PAGE.split())
    path.write_text(f"id\thtml\tdate\nnc-1\t{flat_page}\t2025-03-04\n", encoding="utf-8")
    [doc] = read([path])
    assert doc.id == "nc-1" and doc.source == "Nile Courier"
    assert (doc.published, doc.published_method) == (dt.date(2025, 3, 4), "metadata")


def test_a_table_without_an_article_column_is_one_clear_error(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("event_date,country,fatalities\n2025-03-03,Mali,3\n", encoding="utf-8")
    [err] = read([path])
    assert isinstance(err, InputError) and str(err).startswith(
        f"{path}: no article column in the header (one of text, body, content")
    assert "found 'event_date', 'country', 'fatalities'" in str(err)


def test_a_header_only_file_gives_nothing_and_an_empty_file_says_so(tmp_path):
    header_only, empty = tmp_path / "h.csv", tmp_path / "e.csv"
    header_only.write_text("id,text\n", encoding="utf-8")
    empty.write_bytes(b"")
    assert read([header_only]) == []
    [err] = read([empty])
    assert isinstance(err, EmptyInputError)


def test_bad_bytes_stop_the_file_after_the_rows_before_them(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"id,text\na,\"" + ARTICLE.encode() + b"\"\nb,caf\xe9 latin-1 row\n")
    results = read([path])
    assert isinstance(results[0], Document) and results[0].id == "a"
    bad_line = 3 + ARTICLE.count("\n")  # the line the bad byte is on, after a multi-line cell
    assert str(results[1]).startswith(f"{path}:{bad_line}: not UTF-8 (CSV files must be)")


def test_a_row_over_max_bytes_is_refused_alone(tmp_path):
    small = dataclasses.replace(SETTINGS, ingest=dataclasses.replace(SETTINGS.ingest,
                                                                     max_bytes=400))
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nlong,"{KIDAL * 4}"\nshort,"{KIDAL}"\n', encoding="utf-8")
    results = read([path], small)
    assert "over ingest.max_bytes" in str(results[0])
    assert isinstance(results[1], Document) and results[1].id == "short"


def test_a_csv_served_over_http_is_read_as_a_table():
    body = f'title,text,published\nKidal,"{KIDAL}",2025-03-05\n'.encode()
    with serve({"/export": (200, {"Content-Type": "text/csv; charset=utf-8"}, body)}) as base:
        [doc] = list(read_inputs([f"{base}/export"], ALLOW))
    assert isinstance(doc, Document) and doc.text == KIDAL and doc.title == "Kidal"


def test_a_semicolon_csv_from_a_european_spreadsheet(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f'title;date;text\n"Kidal; attaque";2025-03-05;"{KIDAL}"\n', encoding="utf-8")
    [doc] = read([path])
    assert isinstance(doc, Document)
    assert (doc.title, doc.text, doc.published) == ("Kidal; attaque", KIDAL, dt.date(2025, 3, 5))
