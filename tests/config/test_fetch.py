"""Exam files from https:// addresses (IT's deployment, links): a real TLS server on loopback."""

from __future__ import annotations

import http.server
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from client.config.loader import open_exam, read_exam_source
from client.errors import InvalidInput
from client.paths import resource
from client.trust import keys, signed_config
from tests.servers.tls import TestPKI, make_pki

TestPKI.__test__ = False  # a helper, not a test class


class Files(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes, str]]] = {}

    def do_GET(self) -> None:
        status, body, location = self.routes.get(self.path, (404, b"not here", ""))
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def pki(tmp_path: Path) -> TestPKI:
    return make_pki(tmp_path / "pki")


@pytest.fixture
def server(pki: TestPKI) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Files)
    httpd.socket = pki.server_context().wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def envelope(tmp_path: Path) -> tuple[bytes, Path]:
    keys.generate(tmp_path / "inst")
    data = signed_config.sign(resource("demo-exam.toml").read_bytes(),
                              keys.load_signing_private(tmp_path / "inst" / "signing.key"))
    return data, tmp_path / "inst" / "signing.pub"


def test_a_signed_exam_is_fetched_and_verified(server: str, pki: TestPKI,
                                               envelope: tuple[bytes, Path]) -> None:
    data, pub = envelope
    Files.routes = {"/exam.invigilo": (200, data, ""),
                    "/moved": (302, b"", f"{server}/exam.invigilo")}
    assert read_exam_source(f"{server}/exam.invigilo", ca_pem=pki.ca_pem) == data
    assert read_exam_source(f"{server}/moved", ca_pem=pki.ca_pem) == data
    link = "invigilo://open?url=" + urllib.parse.quote(f"{server}/exam.invigilo", safe="")
    fetched = read_exam_source(link, ca_pem=pki.ca_pem)
    assert open_exam(fetched, trust=[pub]).config.exam.id == "practice"


def test_an_untrusted_certificate_is_refused(server: str, envelope: tuple[bytes, Path]) -> None:
    Files.routes = {"/exam.invigilo": (200, envelope[0], "")}
    with pytest.raises(InvalidInput, match=r"certificate .* is not trusted"):
        read_exam_source(f"{server}/exam.invigilo")


@pytest.mark.parametrize(("route", "words"), [
    ((404, b"no", ""), "answered 404"),
    ((200, b"x" * (2 << 20), ""), "larger than 1024 KB"),
    ((302, b"", "http://127.0.0.1:9/exam.invigilo"), "insecure address"),
])
def test_wrong_answers_say_what_went_wrong(server: str, pki: TestPKI,
                                           route: tuple[int, bytes, str], words: str) -> None:
    Files.routes = {"/exam.invigilo": route}
    with pytest.raises(InvalidInput, match=words):
        read_exam_source(f"{server}/exam.invigilo", ca_pem=pki.ca_pem)


def test_plain_http_and_a_dead_address_are_refused_plainly() -> None:
    with pytest.raises(InvalidInput, match="not a secure"):
        read_exam_source("http://127.0.0.1/exam.invigilo")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]   # closed again: nothing listens there
    with pytest.raises(InvalidInput, match="cannot be reached"):
        read_exam_source(f"https://127.0.0.1:{port}/exam.invigilo")
