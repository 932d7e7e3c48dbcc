import datetime as dt

import pytest

import dateline.ingest
from dateline.errors import EmptyInputError
from dateline.ingest import document_from_text
from dateline.ingest._documents import normalise_for_hash, text_hash

from ingest_samples import ARTICLE, PAGE, PAGE_NO_BODY


def test_public_api_is_exactly_these_names():
    assert sorted(dateline.ingest.__all__) == ["document_from_text", "read_inputs"]


def test_plain_text_document_id_is_hash_of_normalised_body():
    doc = document_from_text(ARTICLE, input_name="kidal.txt")
    assert doc.text == ARTICLE
    assert doc.id == doc.text_hash == text_hash(ARTICLE)
    assert len(doc.id) == 16
    assert doc.published is None and doc.published_method == ""
    assert doc.input_name == "kidal.txt"


def test_same_report_from_two_urls_is_one_document():
    a = document_from_text(ARTICLE, url="https://a.example.org/kidal")
    reflowed = ARTICLE.replace("\n", "\r\n").replace(" on Monday", "  on\u00a0Monday").upper()
    b = document_from_text(reflowed, url="https://b.example.net/news/2025/kidal")
    assert a.id == b.id
    assert a.url != b.url
    assert a.source == "a.example.org" and b.source == "b.example.net"


def test_normalisation_is_nfkc_whitespace_and_case():
    assert normalise_for_hash("  Ｇoma\t\tCITY\n\nﬁghting ") == "goma city fighting"


def test_given_id_wins_and_published_is_an_override():
    doc = document_from_text(ARTICLE, id="case-17", published=dt.date(2025, 3, 3))
    assert doc.id == "case-17"
    assert doc.text_hash != "case-17"
    assert (doc.published, doc.published_method) == (dt.date(2025, 3, 3), "override")


def test_line_ends_are_normalised():
    doc = document_from_text("\ufeffFirst line.\r\nSecond line.\rThird line.")
    assert doc.text == "First line.\nSecond line.\nThird line."


def test_html_goes_through_trafilatura_with_metadata():
    doc = document_from_text(PAGE, html=True, url="https://www.nilecourier.example/el-obeid")
    lines = doc.text.split("\n")
    assert lines[0] == "Drone strike hits fuel depot in El Obeid"
    assert any(line.startswith("EL OBEID - A drone") for line in lines)
    assert "Home" not in lines and "© 2025 Nile Courier" not in doc.text
    assert doc.title == "Drone strike hits fuel depot in El Obeid"
    assert doc.source == "Nile Courier"
    assert (doc.published, doc.published_method) == (dt.date(2025, 3, 4), "html")
    # figure captions are kept apart for the cleaner
    assert doc.extras["ingest.captions"] == [
        "Smoke rises over the depot in El Obeid on March 3, 2025. (AFP)"]


def test_given_metadata_wins_over_the_page():
    doc = document_from_text(PAGE, html=True, title="My title", source="Courier",
                             published=dt.date(2025, 3, 5))
    assert (doc.title, doc.source) == ("My title", "Courier")
    assert (doc.published, doc.published_method) == (dt.date(2025, 3, 5), "override")


def test_html_without_a_body_is_refused_with_its_name():
    with pytest.raises(EmptyInputError, match=r"^spa\.html: no article text found"):
        document_from_text(PAGE_NO_BODY, html=True, input_name="spa.html")


def test_whitespace_only_text_is_refused():
    with pytest.raises(EmptyInputError, match="blank.txt: no text"):
        document_from_text(" \n\t\n", input_name="blank.txt")
