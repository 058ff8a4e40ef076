"""A real TCP proxy on 127.0.0.1 whose behaviour can be switched while connections are open.

Put it between a client and a real server to get a slow, stalled, flaky or absent network:

    with NetProxy(("127.0.0.1", server_port)) as proxy:
        url = f"http://127.0.0.1:{proxy.port}/"
        proxy.throttle(up_kbps=100)          # client -> server at 100 kbit/s (token bucket)
        proxy.throttle(up_kbps=1000, down_kbps=500)
        proxy.stall()                        # accept, forward nothing (both ways) until changed
        proxy.drop(after_bytes=4096)         # close each connection after 4096 bytes forwarded
        proxy.refuse()                       # stop listening: connects get "connection refused"
        proxy.passthrough()                  # forward everything at full speed

Modes apply at once to open connections as well as new ones. Bytes forwarded and connections
accepted are counted in `proxy.stats`. Extension points for other fault kinds:
- `proxy.respond(handler)`: new connections are not forwarded; `handler(client_socket)` runs in
  the connection's thread and answers by itself (for example an HTTP 503 with Retry-After);
- `proxy.filter = fn(direction, data) -> data`: rewrite bytes in flight ("up" is client to
  server, "down" server to client), for example to corrupt them.
Everything binds to 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["up", "down"]
HOST = "127.0.0.1"
CHUNK = 4096


class TokenBucket:
    """`rate` bytes per second with a small burst, shared by every connection in one direction
    (like one physical link)."""

    def __init__(self, bytes_per_s: float, burst_s: float = 0.02) -> None:
        self.rate = bytes_per_s
        self.capacity = max(512.0, bytes_per_s * burst_s)
        self.tokens = self.capacity
        self.stamp = time.monotonic()
        self.lock = threading.Lock()

    def take(self, n: int, cancelled: Callable[[], bool]) -> None:
        """Block until `n` bytes may pass (in pieces no larger than the burst)."""
        while n > 0:
            with self.lock:
                now = time.monotonic()
                self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
                self.stamp = now
                piece = min(n, int(self.capacity))
                if self.tokens >= piece:
                    self.tokens -= piece
                    n -= piece
                    continue
                wait = (piece - self.tokens) / self.rate
            if cancelled():
                return
            time.sleep(min(wait, 0.05))


@dataclass
class Stats:
    connections: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, direction: Direction, n: int) -> None:
        with self.lock:
            if direction == "up":
                self.bytes_up += n
            else:
                self.bytes_down += n


class _Link:
    """One proxied connection: two pumps and a shared fate."""

    def __init__(self, proxy: NetProxy, client: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.server: socket.socket | None = None
        self.forwarded = 0
        self.closed = threading.Event()

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.server):
            if sock is None:
                continue
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def run(self) -> None:
        try:
            if self.proxy.mode == "respond" and self.proxy.responder is not None:
                self.proxy.responder(self.client)
                return
            self.server = socket.create_connection(self.proxy.target, timeout=5)
            self.server.settimeout(None)
            # a proxy is no endpoint: no Nagle delay of its own on small writes (which would
            # add a delayed-ACK wait, ~40 ms, to every request that the real path does not have)
            for sock in (self.client, self.server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            self.close()
            return
        up = threading.Thread(target=self.pump, args=(self.client, self.server, "up"),
                              daemon=True)
        up.start()
        self.pump(self.server, self.client, "down")
        up.join()

    def _wait_while_stalled(self) -> None:
        while self.proxy.mode == "stall" and not self.closed.is_set():
            time.sleep(0.02)

    def pump(self, src: socket.socket, dst: socket.socket, direction: Direction) -> None:
        proxy = self.proxy
        try:
            while not self.closed.is_set():
                self._wait_while_stalled()
                bucket = proxy.buckets.get(direction)
                size = CHUNK if bucket is None else max(1, min(CHUNK, int(bucket.capacity)))
                data = src.recv(size)
                if not data:
                    break
                self._wait_while_stalled()
                if proxy.filter is not None:
                    data = proxy.filter(direction, data)
                if proxy.mode == "drop" and self.forwarded + len(data) > proxy.drop_after:
                    keep = max(0, proxy.drop_after - self.forwarded)
                    if keep:
                        dst.sendall(data[:keep])
                    break
                bucket = proxy.buckets.get(direction)
                if bucket is not None:
                    bucket.take(len(data), self.closed.is_set)
                dst.sendall(data)
                self.forwarded += len(data)
                proxy.stats.add(direction, len(data))
        except OSError:
            pass
        finally:
            self.close()


class NetProxy:
    def __init__(self, target: tuple[str, int], port: int = 0) -> None:
        if target[0] not in (HOST, "localhost"):
            raise ValueError("the test proxy only forwards to 127.0.0.1")
        self.target = target
        self.mode: str = "pass"
        self.buckets: dict[Direction, TokenBucket] = {}
        self.drop_after = 0
        self.responder: Callable[[socket.socket], None] | None = None
        self.filter: Callable[[Direction, bytes], bytes] | None = None
        self.stats = Stats()
        self._links: set[_Link] = set()
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self._stopped = False
        self.port = port
        self._listen()

    # -- lifecycle ---------------------------------------------------------------------------
    def _listen(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, self.port))
        sock.listen(64)
        self.port = sock.getsockname()[1]
        self._listener = sock
        self._accepting = threading.Thread(target=self._accept_loop, args=(sock,), daemon=True)
        self._accepting.start()

    def _unlisten(self) -> None:
        sock, self._listener = self._listener, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._accepting is not None:
            self._accepting.join(2)
            self._accepting = None

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            link = _Link(self, client)
            with self._lock:
                self._links.add(link)
                self.stats.connections += 1
            threading.Thread(target=self._serve, args=(link,), daemon=True).start()

    def _serve(self, link: _Link) -> None:
        try:
            link.run()
        finally:
            link.close()
            with self._lock:
                self._links.discard(link)

    def close(self) -> None:
        self._stopped = True
        self._unlisten()
        self.close_connections()

    def __enter__(self) -> NetProxy:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def address(self) -> tuple[str, int]:
        return (HOST, self.port)

    def url(self, path: str = "/") -> str:
        return f"http://{HOST}:{self.port}{path}"

    def close_connections(self) -> None:
        """Cut every open connection now (the listener stays)."""
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()

    # -- modes -------------------------------------------------------------------------------
    def _set(self, mode: str) -> None:
        if self.mode == "refuse" and mode != "refuse" and not self._stopped:
            self.mode = mode
            self._listen()
            return
        self.mode = mode

    def passthrough(self) -> None:
        self.buckets = {}
        self._set("pass")

    def throttle(self, up_kbps: float | None = None, down_kbps: float | None = None) -> None:
        """Limit each direction to N kbit/s (1 kbit = 1000 bits); None leaves it unlimited."""
        buckets: dict[Direction, TokenBucket] = {}
        if up_kbps:
            buckets["up"] = TokenBucket(up_kbps * 1000 / 8)
        if down_kbps:
            buckets["down"] = TokenBucket(down_kbps * 1000 / 8)
        self.buckets = buckets
        self._set("throttle")

    def stall(self) -> None:
        self._set("stall")

    def drop(self, after_bytes: int = 0) -> None:
        """Close each connection once it has forwarded `after_bytes` (both directions counted);
        connections already past that are closed at their next byte."""
        self.drop_after = after_bytes
        self._set("drop")

    def refuse(self) -> None:
        self.mode = "refuse"
        self._unlisten()
        self.close_connections()

    def respond(self, handler: Callable[[socket.socket], None]) -> None:
        self.responder = handler
        self._set("respond")
