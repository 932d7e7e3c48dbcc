"""URL ingest against a real HTTP server that each test starts on 127.0.0.1.

Reaching 127.0.0.1 needs ``allow_private_urls=True``; the refusal tests check that it is
refused when False, on the first hop and on a redirect hop.
"""

import dataclasses
import datetime as dt
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dateline.errors import BinaryInputError, FetchError
from dateline.ingest import read_inputs
from dateline.ingest._fetch import fetch_url
from dateline.ingest._readers import _Reader
from dateline.records import Document
from dateline.settings import Settings

from ingest_samples import PAGE, page

ALLOW = dataclasses.replace(Settings(), ingest=dataclasses.replace(
    Settings().ingest, allow_private_urls=True, fetch_timeout=2.0))
STRICT = dataclasses.replace(Settings(), ingest=dataclasses.replace(
    Settings().ingest, allow_private_urls=False, fetch_timeout=2.0))

MASISI = page("Clashes in Masisi displace thousands", [
    "Fighting between M23 rebels and Wazalendo militias around Masisi centre on Monday forced "
    "thousands of families to flee towards Sake, local officials said.",
    "A health worker said at least six civilians were killed by stray shells, and that the "
    "hospital in Masisi had run out of dressings by the evening."], date="2025-02-04")


def feed_with_summaries(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kivu Monitor</title><link>{base}/</link>
<item><title>Clashes in Masisi</title><link>{base}/masisi</link>
<pubDate>Tue, 04 Feb 2025 09:30:00 +0000</pubDate>
<description>Fighting around Masisi centre...</description></item>
<item><title>A page that is gone</title><link>{base}/missing</link>
<description>Traders in Uvira closed their shops on Wednesday.</description></item>
<item><title>Gone and no summary</title><link>{base}/missing</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        status, headers, body = route(self) if callable(route) else route
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass


@contextmanager
def serve(routes):
    handler = type("RouteHandler", (Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_fetches_a_page_as_a_document():
    with serve({"/el-obeid": (200, HTML, PAGE.encode())}) as base:
        [doc] = list(read_inputs([f"{base}/el-obeid"], ALLOW))
    assert isinstance(doc, Document)
    assert doc.url == f"{base}/el-obeid" and doc.input_name == f"{base}/el-obeid"
    assert doc.source == "Nile Courier"
    assert (doc.published, doc.published_method) == (dt.date(2025, 3, 4), "html")


def test_loopback_is_refused_unless_allowed():
    with serve({"/el-obeid": (200, HTML, PAGE.encode())}) as base:
        [err] = list(read_inputs([f"{base}/el-obeid"], STRICT))
    assert isinstance(err, FetchError)
    assert str(err) == (f"{base}/el-obeid: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback "
                        "address (set ingest.allow_private_urls to fetch it)")


def test_redirect_to_a_private_address_is_refused():
    # The first hop is let through by exact address (as for a known internal mirror), so the
    # refusal can only come from checking the redirect hop. 127.0.0.2 is loopback too: if the
    # check failed, the request would stay on this machine and fail to connect.
    routes = {"/story": (302, {"Location": "http://127.0.0.2:9/admin"}, b"")}
    with serve(routes) as base:
        reader = _Reader(STRICT.ingest, allowed_addresses=frozenset({"127.0.0.1"}))
        [err] = list(reader.read(f"{base}/story"))
        # and through the public API, with private addresses refused, the first hop already is
        [err2] = list(read_inputs([f"{base}/story"], STRICT))
    assert isinstance(err, FetchError)
    assert str(err) == (f"{base}/story: refused: 127.0.0.2 resolves to 127.0.0.2, a loopback "
                        "address (set ingest.allow_private_urls to fetch it)")
    assert "refused" in str(err2) and "loopback" in str(err2)


def test_redirects_are_followed_up_to_the_limit():
    routes = {"/a": (301, {"Location": "/b"}, b""), "/b": (302, {"Location": "/c"}, b""),
              "/c": (200, HTML, PAGE.encode())}
    routes.update({f"/loop{i}": (302, {"Location": f"/loop{i + 1}"}, b"") for i in range(10)})
    with serve(routes) as base:
        [doc, err] = list(read_inputs([f"{base}/a", f"{base}/loop0"], ALLOW))
    assert doc.url == f"{base}/c"
    assert str(err) == f"{base}/loop0: more than 5 redirects (ingest.max_redirects)"


def test_a_url_that_times_out_and_the_batch_goes_on():
    def slow(handler):
        time.sleep(3)
        return 200, HTML, PAGE.encode()

    settings = dataclasses.replace(ALLOW, ingest=dataclasses.replace(ALLOW.ingest,
                                                                     fetch_timeout=0.5))
    with serve({"/slow": slow, "/fast": (200, HTML, PAGE.encode())}) as base:
        start = time.monotonic()
        err, doc = list(read_inputs([f"{base}/slow", f"{base}/fast"], settings))
        elapsed = time.monotonic() - start
    assert isinstance(err, FetchError)
    assert str(err) == f"{base}/slow: timed out after 0.5 s"
    assert isinstance(doc, Document)
    assert elapsed < 2.5


def test_size_cap_http_errors_and_content_types():
    settings = dataclasses.replace(ALLOW, ingest=dataclasses.replace(ALLOW.ingest,
                                                                     max_bytes=10_000))
    routes = {
        "/big": (200, HTML, b"<p>" + b"x" * 20_000 + b"</p>"),
        "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n0000"),
        "/plain": (200, {"Content-Type": "text/plain; charset=utf-8"},
                   "Shelling hit Kherson's centre on Monday, officials said.".encode()),
    }
    with serve(routes) as base:
        results = list(read_inputs([f"{base}/big", f"{base}/nope", f"{base}/logo.png",
                                    f"{base}/plain", "ftp://example.org/file.txt"], settings))
    big, nope, logo, plain, ftp = results
    assert str(big) == f"{base}/big: response of 20007 bytes is over ingest.max_bytes (10000)"
    assert str(nope) == f"{base}/nope: HTTP 404 Not Found from {base}/nope"
    assert isinstance(logo, BinaryInputError) and "the server sent image/png" in str(logo)
    assert isinstance(plain, Document) and plain.text.startswith("Shelling hit Kherson")
    assert str(ftp) == "ftp://example.org/file.txt: no such file or directory"


def test_fetch_url_reports_final_url_and_type():
    with serve({"/r": (307, {"Location": "/el-obeid"}, b""),
                "/el-obeid": (200, HTML, PAGE.encode())}) as base:
        result = fetch_url(f"{base}/r", ALLOW.ingest)
    assert result.final_url == f"{base}/el-obeid"
    assert result.content_type == "text/html; charset=utf-8"
    assert result.body == PAGE.encode()


def test_feed_entries_with_only_a_summary_fetch_the_linked_page():
    routes = {"/masisi": (200, HTML, MASISI.encode())}
    with serve(routes) as base:
        routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"},
                               feed_with_summaries(base).encode())
        results = list(read_inputs([f"{base}/feed.xml"], ALLOW))
    masisi, fallback, err = results
    assert masisi.title == "Clashes in Masisi"
    assert masisi.text.startswith("Clashes in Masisi displace thousands\nFighting between M23")
    assert (masisi.published, masisi.published_method) == (dt.date(2025, 2, 4), "metadata")
    assert masisi.input_name == f"{base}/feed.xml#entry-1"
    assert fallback.text == "Traders in Uvira closed their shops on Wednesday."
    assert fallback.warnings[0].startswith("linked page not fetched (")
    assert "HTTP 404" in fallback.warnings[0] and fallback.warnings[0].endswith(
        "; using the feed summary")
    assert isinstance(err, FetchError)
    assert str(err).startswith(f"{base}/feed.xml#entry-3 <{base}/missing>: HTTP 404")


def test_feed_links_obey_the_private_address_rule():
    with serve({"/masisi": (200, HTML, MASISI.encode())}) as base:
        feed = feed_with_summaries(base)
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kivu.rss"
        path.write_text(feed)
        first = next(iter(read_inputs([str(path)], STRICT)))
    assert isinstance(first, Document)  # fell back to the summary...
    assert "refused" in first.warnings[0]  # ...because the link was refused


@pytest.mark.parametrize("url", ["http://[::1]:9/x", "http://0.0.0.0:9/x",
                                 "http://169.254.169.254/latest", "http://10.1.2.3/x",
                                 "http://192.168.0.1/x", "http://100.64.0.1/x"])
def test_private_and_special_addresses_are_refused_before_any_connection(url):
    # No connection is attempted: the address check comes first.
    with pytest.raises(FetchError, match="refused: .* a (loopback|unspecified|link-local|private) "
                                         "address"):
        fetch_url(url, STRICT.ingest)
