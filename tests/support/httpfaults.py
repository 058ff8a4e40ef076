"""HTTP-level faults on top of the TCP proxy (tests/support/netproxy.py), through its extension
points only: `respond` for answer storms, `filter` for rewriting answers in flight.

    storm(proxy, 503, count=4, retry_after=1)  # next 4 requests get 503 + Retry-After, then pass
    rewrite_header(proxy, "upload-offset", "99999999")  # the server now lies about offsets

A storm cuts the open connections so that the client's next request reaches the responder, reads
each request completely (headers and body) before answering, as a real overloaded server's
front end would, and answers with `Connection: close`.
"""

from __future__ import annotations

import re
import socket
import threading

from tests.support.netproxy import NetProxy

REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable"}


def _read_request(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = sock.recv(4096)
        if not piece:
            return data
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    remaining = int(match.group(1)) - len(rest) if match else 0
    while remaining > 0:
        piece = sock.recv(min(65536, remaining))
        if not piece:
            break
        remaining -= len(piece)
    return head


class Storm:
    def __init__(self, proxy: NetProxy, status: int, count: int,
                 retry_after: float | str | None) -> None:
        self.proxy = proxy
        self.status = status
        self.left = count
        self.retry_after = retry_after
        self.answered: list[bytes] = []
        self.lock = threading.Lock()

    def __call__(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        try:
            head = _read_request(sock)
            with self.lock:
                self.answered.append(head.split(b"\r\n", 1)[0])
                self.left -= 1
                if self.left <= 0:
                    self.proxy.passthrough()
            lines = [f"HTTP/1.1 {self.status} {REASONS.get(self.status, 'Error')}",
                     "Content-Length: 0", "Connection: close"]
            if self.retry_after is not None:
                lines.append(f"Retry-After: {self.retry_after}")
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        except OSError:
            pass


def storm(proxy: NetProxy, status: int = 503, count: int = 5,
          retry_after: float | str | None = None) -> Storm:
    handler = Storm(proxy, status, count, retry_after)
    proxy.respond(handler)
    proxy.close_connections()
    return handler


def rewrite_header(proxy: NetProxy, name: str, value: str) -> None:
    """Every answer's `name` header (case-insensitive) now says `value`."""
    pattern = re.compile(rb"(?im)^(" + re.escape(name.encode()) + rb"):[^\r\n]*")

    def rewrite(direction: str, data: bytes) -> bytes:
        if direction != "down":
            return data
        return pattern.sub(lambda m: m.group(1) + b": " + value.encode(), data)

    proxy.filter = rewrite  # type: ignore[assignment]


def clear(proxy: NetProxy) -> None:
    proxy.filter = None
    proxy.passthrough()
