"""Measure the way to the backend with real bytes: latency, upload rate and the server's clock.

Why our own small prober on http.client rather than a speed-test service: the figure that matters
is the path to the institution's own backend, the run must stay within a few seconds on a
0.15 Mbit/s uplink, and the timing must be ours. The upload rate is timed from the first byte of a
request to the server's answer, which comes only after the server has read the whole body; local
socket buffers therefore cannot make a slow link look fast.

Two kinds of endpoint:
- `test_url` (preferred): any HTTP(S) URL that accepts POST with an octet-stream body, reads and
  discards it, and answers 2xx. Latency is timed on empty POSTs.
- a tus 1.0 server: a throwaway upload per sample (POST to create, PATCH the bytes, DELETE it
  afterwards through the termination extension); latency is timed on OPTIONS.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.client
import os
import socket
import ssl
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from client.i18n import QT_TRANSLATE_NOOP

Kind = Literal["test_url", "tus"]

FIRST_SAMPLE = 8 * 1024
MAX_SAMPLE = 16 * 1024 * 1024
LONG_ENOUGH_S = 1.2      # a sample this long is accurate enough to stop
TARGET_SAMPLE_S = 1.8    # how long we aim the next sample to take
LATENCY_SAMPLES = 3

TEXT = {
    "refused": QT_TRANSLATE_NOOP("NetworkProbe", "The server {host} refused the connection: "
                                 "nothing is listening there."),
    "refused_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Check the network connection; if other web "
                                     "sites work, tell IT that the exam server does not accept "
                                     "connections."),
    "dns": QT_TRANSLATE_NOOP("NetworkProbe", "The server name {host} could not be found."),
    "dns_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Connect to the internet (Wi-Fi or cable) and "
                                 "try again."),
    "connect_timeout": QT_TRANSLATE_NOOP("NetworkProbe", "No answer from {host} within {s:.0f} "
                                         "s: the network seems down or blocked."),
    "connect_timeout_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Connect to the internet and try "
                                             "again; on a school or company network, ask IT "
                                             "whether a firewall blocks the exam server."),
    "stalled": QT_TRANSLATE_NOOP("NetworkProbe", "{host} accepted the connection but sent no "
                                 "answer within {s:.0f} s."),
    "stalled_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Try again in a minute; if it keeps "
                                     "happening, tell IT the exam server or a proxy on the way "
                                     "is not responding."),
    "unreachable": QT_TRANSLATE_NOOP("NetworkProbe", "{host} cannot be reached from this network "
                                     "({reason})."),
    "unreachable_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Connect to the internet (Wi-Fi or "
                                         "cable) and try again."),
    "cut": QT_TRANSLATE_NOOP("NetworkProbe", "The connection to {host} was cut off while testing."),
    "cut_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Move closer to the Wi-Fi router or use a "
                                 "cable, and try again."),
    "tls": QT_TRANSLATE_NOOP("NetworkProbe", "The secure connection to {host} failed ({reason})."),
    "tls_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Check the computer's date and time; on a "
                                 "school or company network, ask IT whether something intercepts "
                                 "secure connections."),
    "http": QT_TRANSLATE_NOOP("NetworkProbe", "The server {host} answered with an error (HTTP "
                              "{status})."),
    "http_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Tell IT: the exam's test address is wrong or "
                                  "the server is not set up for it."),
    "too_slow": QT_TRANSLATE_NOOP("NetworkProbe", "Less than {kbps:.0f} kbit/s got through in "
                                  "{s:.0f} s."),
    "too_slow_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Use a faster connection: move closer to "
                                      "the router, use a cable, or stop other downloads and "
                                      "video calls."),
    "bad_url": QT_TRANSLATE_NOOP("NetworkProbe", "The test address {url} is not a valid http:// "
                                 "or https:// URL."),
    "bad_url_fix": QT_TRANSLATE_NOOP("NetworkProbe", "Tell IT: the exam config's "
                                     "backend.test_url is wrong."),
}


class NetProblem(Exception):
    """The network could not be measured; `message` and `remedy` are for a person, `code`
    (a key of TEXT: refused, dns, connect_timeout, stalled, cut, tls, http, too_slow, bad_url)
    for programs."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.message = TEXT[code].format(**values)
        self.remedy = TEXT[code + "_fix"]
        super().__init__(self.message)


@dataclass
class NetResult:
    url: str
    kind: Kind
    latency_ms: float | None = None
    upload_kbps: float | None = None
    upload_bytes: int = 0
    upload_seconds: float = 0.0
    budget_hit: bool = False           # the rate is a lower bound: the time ran out first
    clock_skew_s: float | None = None  # server minus this computer
    problem: NetProblem | None = None
    samples: list[tuple[int, float]] = field(default_factory=list)


def _host(url: urllib.parse.SplitResult) -> str:
    return url.hostname or "?"


class _Client:
    """One persistent connection per host, with errors turned into `NetProblem`s."""

    def __init__(self, connect_timeout: float, headers: dict[str, str]) -> None:
        self.connect_timeout = connect_timeout
        self.headers = headers
        self.conns: dict[tuple[str, str], http.client.HTTPConnection] = {}

    def _conn(self, url: urllib.parse.SplitResult) -> http.client.HTTPConnection:
        key = (url.scheme, url.netloc)
        conn = self.conns.get(key)
        if conn is None:
            cls = http.client.HTTPSConnection if url.scheme == "https" else \
                http.client.HTTPConnection
            conn = cls(url.hostname or "", url.port, timeout=self.connect_timeout)
            try:
                conn.connect()
            except Exception as exc:
                raise self._problem(exc, url, connecting=True) from None
            self.conns[key] = conn
        return conn

    def _problem(self, exc: BaseException, url: urllib.parse.SplitResult, *,
                 connecting: bool, wait: float = 0.0) -> NetProblem:
        host = _host(url)
        if isinstance(exc, NetProblem):
            return exc
        if isinstance(exc, ConnectionRefusedError):
            return NetProblem("refused", host=host)
        if isinstance(exc, socket.gaierror):
            return NetProblem("dns", host=host)
        if isinstance(exc, TimeoutError | socket.timeout):
            if connecting:
                return NetProblem("connect_timeout", host=host, s=self.connect_timeout)
            return NetProblem("stalled", host=host, s=wait)
        if isinstance(exc, ssl.SSLError):
            return NetProblem("tls", host=host, reason=exc.reason or exc)
        if isinstance(exc, OSError | http.client.HTTPException):
            if connecting and isinstance(exc, OSError) and exc.errno is not None:
                return NetProblem("unreachable", host=host, reason=exc.strerror or exc)
            return NetProblem("cut", host=host)
        raise exc

    def request(self, method: str, url: str, *, body: bytes = b"",
                headers: dict[str, str] | None = None,
                timeout: float) -> tuple[http.client.HTTPResponse, float, float]:
        """Send one request; return the response (body read), the seconds from the first byte
        sent to the answer, and the wall-clock midpoint (for the Date header)."""
        parts = urllib.parse.urlsplit(url)
        conn = self._conn(parts)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        all_headers = {**self.headers, **(headers or {}), "Content-Length": str(len(body))}
        if body:
            all_headers.setdefault("Content-Type", "application/octet-stream")
        try:
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            wall0, t0 = time.time(), time.perf_counter()
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            elapsed = time.perf_counter() - t0
            wall1 = time.time()
            response.read()
        except Exception as exc:
            self.conns.pop((parts.scheme, parts.netloc), None)
            conn.close()
            raise self._problem(exc, parts, connecting=False, wait=timeout) from None
        if response.getheader("Connection", "").lower() == "close":
            self.conns.pop((parts.scheme, parts.netloc), None)
            conn.close()
        if response.status >= 400:
            raise NetProblem("http", host=_host(parts), status=response.status)
        return response, elapsed, (wall0 + wall1) / 2

    def close(self) -> None:
        for conn in self.conns.values():
            conn.close()
        self.conns.clear()


def _skew(response: http.client.HTTPResponse, local_mid: float) -> float | None:
    header = response.getheader("Date")
    if not header:
        return None
    try:
        server = email.utils.parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return None
    # Date has one-second resolution and is truncated: the true server time is ~0.5 s later.
    return round(server + 0.5 - local_mid, 1)


class Prober:
    def __init__(self, url: str, kind: Kind, *, headers: dict[str, str] | None = None,
                 connect_timeout: float = 2.0, budget_s: float = 6.0,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise NetProblem("bad_url", url=url)
        self.url, self.kind = url, kind
        self.client = _Client(connect_timeout, dict(headers or {}))
        self.connect_timeout = connect_timeout
        self.budget_s = budget_s
        self.clock = clock
        self.start = clock()
        self.result = NetResult(url, kind)

    def remaining(self) -> float:
        return self.budget_s - (self.clock() - self.start)

    # -- latency and clock --------------------------------------------------------------------
    def ping(self) -> None:
        best: float | None = None
        for _ in range(LATENCY_SAMPLES):
            wait = min(self.connect_timeout, max(0.2, self.remaining()))
            if self.kind == "tus":
                response, elapsed, mid = self.client.request(
                    "OPTIONS", self.url, headers={"Tus-Resumable": "1.0.0"}, timeout=wait)
            else:
                response, elapsed, mid = self.client.request("POST", self.url, timeout=wait)
            best = elapsed if best is None else min(best, elapsed)
            skew = _skew(response, mid)
            if skew is not None:
                self.result.clock_skew_s = skew
        self.result.latency_ms = round((best or 0.0) * 1000, 1)

    # -- upload ------------------------------------------------------------------------------
    def _send(self, payload: bytes, timeout: float) -> float:
        if self.kind == "test_url":
            _, elapsed, _ = self.client.request("POST", self.url, body=payload, timeout=timeout)
            return elapsed
        created, _, _ = self.client.request(
            "POST", self.url, timeout=min(timeout, self.connect_timeout),
            headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(payload)),
                     "Upload-Metadata": "filename aW52aWdpbG8tc3BlZWR0ZXN0"})
        location = urllib.parse.urljoin(self.url, created.getheader("Location") or "")
        try:
            _, elapsed, _ = self.client.request(
                "PATCH", location, body=payload, timeout=timeout,
                headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0",
                         "Content-Type": "application/offset+octet-stream"})
        finally:
            self._forget(location)
        return elapsed

    def _forget(self, location: str) -> None:
        """Delete the throwaway upload; a server without termination keeps it until it expires."""
        with contextlib.suppress(NetProblem):
            self.client.request("DELETE", location, headers={"Tus-Resumable": "1.0.0"},
                                timeout=min(1.0, self.connect_timeout))

    def upload(self) -> None:
        rtt = (self.result.latency_ms or 0.0) / 1000
        size = FIRST_SAMPLE
        while True:
            timeout = self.remaining()
            if timeout <= 0.2:
                self.result.budget_hit = True
                break
            payload = os.urandom(size)
            try:
                elapsed = self._send(payload, timeout)
            except NetProblem as exc:
                if exc.code != "stalled":
                    raise
                # The time ran out inside this sample: report what the last one measured.
                self.result.budget_hit = True
                if not self.result.samples:
                    raise NetProblem("too_slow", kbps=size * 8 / 1000 / timeout,
                                     s=self.budget_s) from None
                break
            transfer = max(elapsed - rtt, elapsed * 0.5, 1e-6)
            self.result.samples.append((size, transfer))
            self.result.upload_bytes, self.result.upload_seconds = size, transfer
            self.result.upload_kbps = round(size * 8 / 1000 / transfer, 1)
            if transfer >= LONG_ENOUGH_S or size >= MAX_SAMPLE:
                break
            rate = size / transfer
            left = self.remaining() - 0.3
            want = min(TARGET_SAMPLE_S, left)
            nxt = int(min(MAX_SAMPLE, rate * want))
            if nxt < size * 2:
                if want < TARGET_SAMPLE_S:
                    self.result.budget_hit = True
                break
            size = nxt

    def close(self) -> None:
        self.client.close()


def measure(url: str, kind: Kind = "test_url", *, headers: dict[str, str] | None = None,
            connect_timeout: float = 2.0, budget_s: float = 6.0,
            upload: bool = True) -> NetResult:
    """Latency, clock skew and (if asked) upload rate to `url`; never raises for network
    trouble: `result.problem` says what went wrong in plain words."""
    try:
        prober = Prober(url, kind, headers=headers, connect_timeout=connect_timeout,
                        budget_s=budget_s)
    except NetProblem as exc:
        return NetResult(url, kind, problem=exc)
    try:
        prober.ping()
        if upload:
            prober.upload()
    except NetProblem as exc:
        prober.result.problem = exc
    finally:
        prober.close()
    return prober.result
