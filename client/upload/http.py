"""One HTTP client for every network transport: TLS always verified, optional key pinning,
credentials only for the backend's own origin, bounded answers, and errors sorted for the scheduler.

Why the pieces:
- TLS verification cannot be switched off by any setting. An institution with a private CA gives
  its certificate in the config (`backend.ca_pem`); it is added to the system's trust, never
  replacing it.
- Pinning (`backend.pin_sha256`, base64 SHA-256 of the server certificate's public key, SPKI) is
  checked right after the TLS handshake, before a single byte of a request (or its bearer token)
  leaves: the TLS context checks the pin inside `wrap_socket`.
- The bearer token is added per request, only when the request goes to the backend's own scheme,
  host and port. A redirect or a presigned URL on another host never sees it.
- Answers are read with a size limit: a broken or hostile server cannot make the client hold
  megabytes of junk in memory.
Verified on Linux (OpenSSL 3) only. `load_default_certs` reads the Windows certificate store
there; on macOS Python sees certifi's bundle (loaded here too), not the Keychain.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import socket
import ssl
import threading
import urllib.parse
from collections.abc import Generator
from typing import Any

import httpx

from client import __version__
from client.upload import errors
from client.upload.backoff import DIGITS, parse_retry_after

log = logging.getLogger("invigilo.upload")

MAX_ANSWER = 64 * 1024
SEND_BUFFER = 64 * 1024
USER_AGENT = f"invigilo/{__version__}"


class PinMismatch(ssl.SSLError):
    """The server's public key is not one of the pinned keys."""


def spki_sha256(der_certificate: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


class PinnedContext(ssl.SSLContext):
    """An SSL context that also refuses servers whose key is not pinned (when pins are given).

    Only the server's own (leaf) certificate is compared: Python 3.11 exposes no verified chain.
    """

    pins: frozenset[str] = frozenset()

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        sock = super().wrap_socket(*args, **kwargs)
        if self.pins:
            der = sock.getpeercert(binary_form=True)
            if der is None or spki_sha256(der) not in self.pins:
                sock.close()
                raise PinMismatch("pinned key mismatch")
        return sock


def tls_context(ca_pem: str = "", pins: list[str] | None = None) -> PinnedContext:
    context = PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_default_certs()
    try:
        import certifi

        context.load_verify_locations(cafile=certifi.where())
    except (ImportError, OSError):
        pass  # the system's store alone
    if ca_pem.strip():
        context.load_verify_locations(cadata=ca_pem)
    context.pins = frozenset(pins or [])
    return context


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    parsed = httpx.URL(str(url))
    port = parsed.port or {"http": 80, "https": 443}.get(parsed.scheme)
    return parsed.scheme, parsed.host.lower(), port


def safe_url(url: str | httpx.URL) -> str:
    """A URL fit for messages and logs: no credentials, no query (presigned signatures)."""
    parts = urllib.parse.urlsplit(str(url))
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


class OriginBearer(httpx.Auth):
    """`Authorization: Bearer` for the backend's origin only."""

    def __init__(self, token: str, backend_url: str) -> None:
        self._header = f"Bearer {token}"
        self._origin = origin(backend_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if origin(request.url) == self._origin:
            request.headers["Authorization"] = self._header
        else:
            request.headers.pop("Authorization", None)
        yield request


class Sockets:
    """The client's open sockets, so that `stop()` can cut a request blocked on a silent server.

    Closing an httpx client does not wake a thread blocked in `recv` (closing a socket never
    does); shutting the socket down does. Sockets are learnt from httpcore's public trace events.
    """

    def __init__(self) -> None:
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                with self._lock:
                    self._open = [s for s in self._open if s.fileno() != -1] + [sock]

    def shutdown(self) -> None:
        with self._lock:
            found, self._open = self._open, []
        for sock in found:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class RedactUrls(logging.Filter):
    """httpx logs each request's full URL at INFO; a presigned URL's query is a credential."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(safe_url(a) if isinstance(a, httpx.URL) else a
                                for a in record.args)
        return True


def _redact_library_logs() -> None:
    httpx_log = logging.getLogger("httpx")
    if not any(isinstance(f, RedactUrls) for f in httpx_log.filters):
        httpx_log.addFilter(RedactUrls())


def make_client(*, backend_url: str, token: str = "", ca_pem: str = "",
                pins: list[str] | None = None, timeout: float = 30.0,
                connect_timeout: float = 5.0) -> httpx.Client:
    """The client every network transport uses. Redirects are never followed automatically."""
    _redact_library_logs()
    # TCP_NODELAY: a request's headers and body leave in separate writes; with Nagle's
    # algorithm the body then waits for the server's delayed ACK (~40 ms) on every file.
    # SO_SNDBUF: at most SEND_BUFFER bytes wait in the kernel (3.5 s at 150 kbit/s), so the
    # answer timeout is not eaten by megabytes still queued on a slow link, and the rate cap
    # and progress figures tell what really left.
    transport = httpx.HTTPTransport(
        verify=tls_context(ca_pem, pins), trust_env=False,
        limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
        socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),
                        (socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)])
    client = httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=connect_timeout),
        follow_redirects=False,
        auth=OriginBearer(token, backend_url) if token else None,
        trust_env=False,
    )
    # Every header costs uplink bytes on each request; keep only what HTTP/1.1 needs.
    for name in ("accept", "accept-encoding", "connection"):
        client.headers.pop(name, None)
    client.headers["user-agent"] = USER_AGENT
    return client


def root_cause(exc: BaseException) -> BaseException:
    """The TLS or socket error under an httpx error, else the deepest cause."""
    seen = exc
    while seen.__cause__ is not None or seen.__context__ is not None:
        nxt = seen.__cause__ or seen.__context__
        assert nxt is not None
        if isinstance(nxt, (ssl.SSLError, OSError)):
            return nxt
        seen = nxt
    return seen


def classify(exc: httpx.HTTPError, timeout: float) -> errors.UploadError:
    """Turn an httpx failure into what the scheduler acts on, with a plain-words message."""
    cause = root_cause(exc)
    if isinstance(cause, PinMismatch):
        return errors.Rejected(errors.PIN_MISMATCH)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return errors.Rejected(errors.TLS_UNTRUSTED.format(detail=cause.verify_message))
    if isinstance(exc, httpx.TimeoutException):
        return errors.NetworkError(errors.TIMED_OUT.format(seconds=timeout))
    if isinstance(exc, httpx.ConnectError):
        detail = errors.CONNECTION_REFUSED if isinstance(cause, ConnectionRefusedError) else (
            errors.NAME_NOT_FOUND if isinstance(cause, socket.gaierror) else errors.NO_CONNECTION)
        return errors.NetworkError(errors.OFFLINE.format(detail=detail))
    if isinstance(exc, httpx.RemoteProtocolError) and "disconnected" not in str(exc).lower():
        return errors.ProtocolError(errors.MALFORMED.format(detail=errors.NOT_HTTP))
    return errors.NetworkError(errors.CUT)


def read_limited(response: httpx.Response, limit: int = MAX_ANSWER) -> bytes:
    """The body of a streamed response, refusing (not buffering) anything over `limit`."""
    declared = response.headers.get("content-length", "")
    if DIGITS.fullmatch(declared) and int(declared) > limit:
        raise errors.ProtocolError(errors.HUGE)
    body = bytearray()
    for chunk in response.iter_raw():
        body += chunk
        if len(body) > limit:
            raise errors.ProtocolError(errors.HUGE)
    return bytes(body)


def raise_for_status(response: httpx.Response, what: str) -> None:
    """Sort a non-success answer; returns quietly for 2xx."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status in (408, 423, 429) or status >= 500:
        raise errors.ServerBusy(errors.BUSY.format(status=status),
                                retry_after=parse_retry_after(response.headers.get("retry-after")))
    if 300 <= status < 400:
        where = response.headers.get("location", "")
        raise errors.Rejected(errors.REDIRECT.format(where=safe_url(where) or "elsewhere"))
    if status in (401, 403):
        raise errors.Rejected(errors.AUTH.format(status=status))
    if status == 413:
        raise errors.Rejected(errors.TOO_LARGE.format(what=what))
    if status in (404, 410):
        raise errors.UploadLost(errors.REFUSED.format(what=what, status=status))
    raise errors.Rejected(errors.REFUSED.format(what=what, status=status))
