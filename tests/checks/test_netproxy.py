"""The fault proxy itself: each mode does what its name says, switched at runtime."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.netproxy import NetProxy


@pytest.fixture
def echo() -> Iterator[int]:
    """A real TCP echo server on 127.0.0.1."""
    server = socket.create_server(("127.0.0.1", 0))

    def serve(conn: socket.socket) -> None:
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()


def roundtrip(port: int, payload: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(payload)
        got = b""
        while len(got) < len(payload):
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
        return got


def test_pass_and_throttle_rate(echo):
    with NetProxy(("127.0.0.1", echo)) as proxy:
        assert roundtrip(proxy.port, b"x" * 1000) == b"x" * 1000
        proxy.throttle(up_kbps=200)  # 25 000 bytes/s
        start = time.monotonic()
        assert len(roundtrip(proxy.port, b"y" * 25_000)) == 25_000
        assert 0.85 <= time.monotonic() - start <= 1.3
        assert proxy.stats.bytes_up >= 26_000


def test_stall_holds_data_until_released(echo):
    with NetProxy(("127.0.0.1", echo)) as proxy:
        proxy.stall()
        with socket.create_connection(proxy.address, timeout=0.5) as s:
            s.sendall(b"held")
            with pytest.raises(TimeoutError):
                s.recv(10)
            proxy.passthrough()
            s.settimeout(3)
            assert s.recv(10) == b"held"


def test_drop_after_bytes_and_refuse(echo):
    with NetProxy(("127.0.0.1", echo)) as proxy:
        proxy.drop(after_bytes=100)
        assert len(roundtrip(proxy.port, b"z" * 5000)) <= 100
        proxy.refuse()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(proxy.address, timeout=1)
        proxy.passthrough()
        assert roundtrip(proxy.port, b"back") == b"back"


def test_responder_answers_by_itself(echo):
    def answer(conn: socket.socket) -> None:
        conn.recv(1024)
        conn.sendall(b"HTTP/1.1 503 Busy\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n")

    with NetProxy(("127.0.0.1", echo)) as proxy:
        proxy.respond(answer)
        assert roundtrip(proxy.port, b"GET / HTTP/1.1\r\n\r\n").startswith(b"HTTP/1.1 503")


def test_only_forwards_to_loopback():
    with pytest.raises(ValueError):
        NetProxy(("10.0.0.1", 80))
