"""Presigned PUT against the contract's reference server, plain and over TLS: pinning, the
bearer token staying with its host, and nothing secret in the logs."""

from __future__ import annotations

import base64
import hashlib
import logging
from pathlib import Path

import pytest

from client.config.schema import Auth, Backend
from client.upload import Uploader
from client.upload import errors as msg
from client.upload.http import spki_sha256
from tests.servers.presign_server import PresignServer
from tests.servers.tls import make_pki
from tests.upload.conftest import Institution, assert_delivered, record_session, snapshot, wait_for

TOKEN = "s3cr3t-exam-token-7f2a"


def backend(url: str, **changes: object) -> Backend:
    fields: dict[str, object] = {"transport": "presigned", "url": url, "rate_limit_kbps": 0,
                                 "auth": Auth("bearer", TOKEN)}
    return Backend(**(fields | changes))  # type: ignore[arg-type]


def drain(uploader: Uploader, timeout: float = 20.0) -> None:
    uploader.start()
    try:
        assert wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0,
                        timeout), uploader.status()
    finally:
        assert uploader.stop()


def test_presigned_put_to_another_host_never_gets_the_token(
        tmp_path: Path, institution: Institution, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    writer = record_session(tmp_path / "spool", institution, segments=2)
    expected = snapshot(writer.path)
    with PresignServer(tmp_path / "store", token=TOKEN, object_host="localhost") as server:
        drain(Uploader(tmp_path / "spool", backend(server.url)))
        puts = [h for method, _, h in server.requests if method == "PUT"]
        posts = [h for method, _, h in server.requests if method == "POST"]
    assert len(puts) == len(expected) and all("authorization" not in h for h in puts)
    assert all(h.get("authorization") == f"Bearer {TOKEN}" for h in posts)
    assert all(h["content-md5"] for h in puts)  # the store checks the bytes itself
    assert_delivered(expected, tmp_path / "store" / writer.session_id, institution)
    assert TOKEN not in caplog.text and "sig=" not in caplog.text


def test_wrong_token_is_a_plain_refusal_and_loses_nothing(tmp_path: Path,
                                                          institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    with PresignServer(tmp_path / "store", token="another") as server:
        uploader = Uploader(tmp_path / "spool", backend(server.url))
        uploader.start()
        assert wait_for(lambda: uploader.status().idle and uploader.status().problems, 10)
        assert uploader.stop()
    assert uploader.status().last_error == msg.AUTH.format(status=401)
    assert snapshot(writer.path) == expected


def test_already_stored_object_is_not_sent_again(tmp_path: Path,
                                                 institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    with PresignServer(tmp_path / "store", token=TOKEN) as server:
        for rel, data in expected.items():  # the store got them, the client crashed before
            target = tmp_path / "store" / writer.session_id / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        drain(Uploader(tmp_path / "spool", backend(server.url)))
        assert not [r for r in server.requests if r[0] == "PUT"]
    assert not list(writer.path.rglob("*.seg"))


@pytest.fixture
def pki(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_pki(tmp_path / "pki")


def test_tls_untrusted_pinned_and_trusted(tmp_path: Path, institution: Institution,
                                          pki) -> None:  # type: ignore[no-untyped-def]
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    server_pin = spki_sha256(_der(pki.cert_file))
    other_pin = base64.b64encode(hashlib.sha256(b"another key").digest()).decode()
    with PresignServer(tmp_path / "store", token=TOKEN, tls=pki.server_context()) as server:
        # 1. a certificate the system does not trust: refused before any request is sent
        first = Uploader(tmp_path / "spool", backend(server.url))
        first.start()
        assert wait_for(lambda: first.status().problems, 10)
        assert first.stop()
        assert "certificate is not trusted" in (first.status().last_error or "")
        # 2. trusted through the exam's CA, but not the pinned key: refused, token never sent
        second = Uploader(tmp_path / "spool", backend(server.url, ca_pem=pki.ca_pem,
                                                      pin_sha256=[other_pin]))
        second.start()
        assert wait_for(lambda: second.status().problems, 10)
        assert second.stop()
        assert second.status().last_error == msg.PIN_MISMATCH
        assert server.requests == []
        # 3. trusted and pinned: delivered
        drain(Uploader(tmp_path / "spool", backend(server.url, ca_pem=pki.ca_pem,
                                                   pin_sha256=[server_pin])))
    assert_delivered(expected, tmp_path / "store" / writer.session_id, institution)


def _der(pem_file: Path) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return x509.load_pem_x509_certificate(pem_file.read_bytes()).public_bytes(
        serialization.Encoding.DER)
