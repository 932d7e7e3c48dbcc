"""Fetching one URL safely: the only network code in dateline.

Safe defaults, all from ``IngestSettings``: an overall deadline (``fetch_timeout``), a body cap
(``max_bytes``), at most ``max_redirects`` redirects, and no loopback, private, link-local or
otherwise non-public targets unless ``allow_private_urls``. The host is resolved by us, every
address it resolves to is checked, and the connection is made to the checked address (the
``Host`` header and TLS SNI still carry the name), so a DNS answer cannot change between the check
and the connection. Every redirect hop is checked the same way.

Plain ``http.client``: no proxies from the environment, no cookies, no retries.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError
from ..settings import IngestSettings

USER_AGENT = "dateline/0.1 (offline conflict-event coder; one request per article)"

#: Networks refused on top of what ``ipaddress`` flags private/loopback/link-local/reserved:
#: carrier-grade NAT (RFC 6598) is not public either.
EXTRA_FORBIDDEN = (ipaddress.ip_network("100.64.0.0/10"),)

_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 65536


@dataclass
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why ``ip`` is not a public address ("loopback", "private"...), or None if it is public."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private or any(ip in net for net in EXTRA_FORBIDDEN if ip.version == net.version):
        return "private"
    if ip.is_reserved:
        return "reserved"
    return None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address we checked, whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def fetch_url(url: str, settings: IngestSettings, *, name: str | None = None,
              allowed_addresses: frozenset[str] = frozenset()) -> FetchResult:
    """GET ``url`` under the safety settings; raise ``FetchError`` (named ``name`` or the URL).

    ``allowed_addresses`` lists exact IP addresses exempt from the private-address rule (for a
    known internal mirror; tests use it to reach their own server while checking redirect hops).
    """
    name = name or url
    deadline = time.monotonic() + settings.fetch_timeout
    current = url
    for _hop in range(settings.max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise FetchError(name, f"refused: only http and https URLs are fetched, not {current!r}")
        host = parts.hostname
        if not host:
            raise FetchError(name, f"no host in URL {current!r}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(name, f"bad port in URL {current!r}") from None
        address = _checked_address(name, host, port, settings, allowed_addresses)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(name, f"timed out after {settings.fetch_timeout:g} s")
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        conn = cls(host, port, address, timeout=remaining)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request("GET", path, headers={
                "User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                          "application/atom+xml,text/plain;q=0.9,*/*;q=0.5"})
            response = conn.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                response.close()
                if not location:
                    raise FetchError(name, f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise FetchError(name, f"HTTP {response.status} {response.reason} from {current}")
            body = _read_capped(name, response, settings, deadline)
            headers = {k.lower(): v for k, v in response.getheaders()}
            return FetchResult(url=url, final_url=current, status=response.status,
                               content_type=headers.get("content-type", ""), body=body,
                               headers=headers)
        except (TimeoutError, socket.timeout):
            raise FetchError(name, f"timed out after {settings.fetch_timeout:g} s") from None
        except ssl.SSLError as exc:
            raise FetchError(name, f"TLS error talking to {host}: {exc.reason or exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(name, f"cannot fetch {current}: {exc.__class__.__name__}: {exc}") \
                from None
        finally:
            conn.close()
    raise FetchError(name, f"more than {settings.max_redirects} redirects (ingest.max_redirects)")


def _checked_address(name: str, host: str, port: int, settings: IngestSettings,
                     allowed: frozenset[str]) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(name, f"cannot resolve host {host!r}: {exc.strerror}") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(name, f"host {host!r} has no address")
    if not settings.allow_private_urls:
        for addr in addresses:
            if addr in allowed:
                continue
            kind = address_kind(ipaddress.ip_address(addr.split("%")[0]))
            if kind:
                raise FetchError(name, f"refused: {host} resolves to {addr}, a {kind} address "
                                       "(set ingest.allow_private_urls to fetch it)")
    return addresses[0]


def _read_capped(name: str, response: http.client.HTTPResponse, settings: IngestSettings,
                 deadline: float) -> bytes:
    cap = settings.max_bytes
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > cap:
        raise FetchError(name, f"response of {int(length)} bytes is over ingest.max_bytes ({cap})")
    gzipped = (response.getheader("Content-Encoding") or "").lower() in ("gzip", "x-gzip")
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(name, f"timed out after {settings.fetch_timeout:g} s")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, cap + 1 - size)
            except zlib.error:
                raise FetchError(name, "response says gzip but does not decompress") from None
        size += len(chunk)
        if size > cap:
            raise FetchError(name, f"response is over ingest.max_bytes ({cap} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)
