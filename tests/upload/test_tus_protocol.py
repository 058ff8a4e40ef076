"""The tus transport against the official server, one protocol feature at a time."""

from __future__ import annotations

import base64
import hashlib
import threading
from pathlib import Path

import httpx
import pytest

from client.upload import errors
from client.upload.http import make_client
from client.upload.items import Item
from client.upload.ratelimit import RateCap
from client.upload.state import SessionState
from client.upload.transport import Attempt
from client.upload.tus import TusTransport
from tests.servers.tus_server import TusServer


def attempt_for(session: Path, relpath: str, data: bytes) -> Attempt:
    item = Item(session, "ab" * 16, relpath, len(data), (0, "", 0))
    return Attempt(item, data, hashlib.sha256(data).hexdigest(), SessionState(session),
                   RateCap(0), threading.Event())


def transport(url: str) -> TusTransport:
    return TusTransport(make_client(backend_url=url), url)


def test_extensions_metadata_and_creation_with_upload(tmp_path: Path, tus: TusServer) -> None:
    tus_transport = transport(tus.url)
    assert {"creation", "creation-with-upload", "termination", "expiration"} <= \
        tus_transport.discover()
    attempt = attempt_for(tmp_path, "webcam/00000000.seg", b"x" * 1000)
    tus_transport.send(attempt)
    [stored] = tus.uploads()
    assert stored.data == b"x" * 1000
    assert stored.metadata == {"filename": "webcam/00000000.seg", "session": "ab" * 16,
                               "sha256": base64.b64encode(hashlib.sha256(b"x" * 1000).digest())
                               .decode()}


def test_newer_version_terminates_the_older_upload(tmp_path: Path, tus: TusServer) -> None:
    tus_transport = transport(tus.url)
    tus_transport.discover()
    old = attempt_for(tmp_path, "session.json", b"{}" * 10)
    url, _ = tus_transport.create(old, with_body=False)  # created, never finished
    assert len(tus.uploads()) == 1
    new = attempt_for(tmp_path, "session.json", b"[]" * 20)
    tus_transport.send(new)
    [stored] = tus.uploads()
    assert stored.data == b"[]" * 20
    with pytest.raises(errors.UploadLost):
        tus_transport.head(url, 20)


def test_409_offset_mismatch_resolved_from_the_server(tmp_path: Path, tus: TusServer) -> None:
    tus_transport = transport(tus.url)
    tus_transport.discover()
    data = bytes(range(256)) * 100
    attempt = attempt_for(tmp_path, "audio/00000000.seg", data)
    url, _ = tus_transport.create(attempt, with_body=False)
    # someone else's PATCH (an earlier, half-answered attempt) already stored 5000 bytes
    with httpx.Client() as raw:
        answer = raw.patch(url, content=data[:5000], headers={
            "Tus-Resumable": "1.0.0", "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream"})
        assert answer.status_code == 204
    with pytest.raises(Exception) as conflict:  # our stale view: offset 0
        tus_transport.patch(attempt, url, 0)
    assert type(conflict.value).__name__ == "_Conflict"
    tus_transport.send(attempt)  # resumes from HEAD: 5000
    assert [u.data for u in tus.uploads()] == [data]
