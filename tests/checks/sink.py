"""A small real HTTP server on 127.0.0.1 that swallows uploads, for the network checks.

POST/PUT to any path: the body is read and discarded, 204. With `tus=True` the server also
speaks the part of tus 1.0 the bandwidth probe uses (OPTIONS, creation, PATCH, termination).
`clock_offset_s` shifts its Date header to test the clock-skew check.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class SinkState:
    clock_offset_s: float = 0.0
    received: int = 0
    uploads: dict[str, int] = field(default_factory=dict)  # tus uploads still present
    deleted: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _handler(state: SinkState) -> type[BaseHTTPRequestHandler]:
    ids = itertools.count(1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            pass

        def date_time_string(self, timestamp: float | None = None) -> str:
            import time
            return formatdate((timestamp or time.time()) + state.clock_offset_s, usegmt=True)

        def _drain(self) -> int:
            left = int(self.headers.get("Content-Length") or 0)
            total = left
            while left:
                chunk = self.rfile.read(min(65536, left))
                if not chunk:
                    break
                left -= len(chunk)
            with state.lock:
                state.received += total
            return total

        def _reply(self, status: int, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            length = self.headers.get("Upload-Length")
            self._drain()
            if length is None:
                self._reply(204)
                return
            upload = f"/files/{next(ids)}"
            with state.lock:
                state.uploads[upload] = 0
            self._reply(201, {"Location": upload, "Tus-Resumable": "1.0.0"})

        do_PUT = do_POST

        def do_PATCH(self) -> None:
            n = self._drain()
            with state.lock:
                state.uploads[self.path] = state.uploads.get(self.path, 0) + n
            self._reply(204, {"Upload-Offset": str(n), "Tus-Resumable": "1.0.0"})

        def do_DELETE(self) -> None:
            with state.lock:
                state.uploads.pop(self.path, None)
                state.deleted += 1
            self._reply(204, {"Tus-Resumable": "1.0.0"})

        def do_OPTIONS(self) -> None:
            self._reply(204, {"Tus-Resumable": "1.0.0", "Tus-Version": "1.0.0",
                              "Tus-Extension": "creation,termination"})

        def do_HEAD(self) -> None:
            self._reply(200)

    return Handler


@dataclass
class Sink:
    port: int
    state: SinkState

    def url(self, path: str = "/speedtest") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextmanager
def sink_server(clock_offset_s: float = 0.0) -> Iterator[Sink]:
    state = SinkState(clock_offset_s=clock_offset_s)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Sink(server.server_address[1], state)
    finally:
        server.shutdown()
        server.server_close()
