"""Fixtures for the upload tests: real sessions, a real tus server, a real TCP proxy."""

from __future__ import annotations

import dataclasses
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from client.config.practice import practice_exam
from client.config.schema import Backend
from client.journal import SessionWriter, verify
from client.trust import keys
from tests.servers import tus_server
from tests.servers.tus_server import TusServer
from tests.support.netproxy import NetProxy

# one media stream mix like a real session, scaled down to keep every test a few seconds
STREAMS = {"audio": "audio/webm", "webcam": "video/webm", "screen": "video/webm"}


@dataclass
class Institution:
    keys_dir: Path
    exam: object  # client.config.loader.Exam

    @property
    def public(self) -> keys.RecordingPublicKey:
        return keys.load_recording_public(self.keys_dir / "recording.pub")

    @property
    def private(self) -> keys.RecordingPrivateKey:
        return keys.load_recording_private(self.keys_dir / "recording.key")


@pytest.fixture(scope="session")
def institution(tmp_path_factory: pytest.TempPathFactory) -> Institution:
    folder = tmp_path_factory.mktemp("keys")
    exam, folder = practice_exam(folder)
    return Institution(folder, exam)


def record_session(spool: Path, inst: Institution, *, segments: int = 3,
                   sizes: dict[str, int] | None = None, finish: bool = True,
                   seed: int = 0) -> SessionWriter:
    """A session with `segments` segments per media stream of random (incompressible) bytes."""
    rng = random.Random(seed)
    sizes = sizes or {"audio": 2_000, "webcam": 6_000, "screen": 3_000}
    writer = SessionWriter.create(spool, exam=inst.exam.config,  # type: ignore[attr-defined]
                                  recipient=inst.public, candidate_id="c-1", streams=STREAMS,
                                  exam_source=inst.exam.source)  # type: ignore[attr-defined]
    for n in range(segments):
        for stream, size in sizes.items():
            writer.write_segment(stream, rng.randbytes(size), n * 10.0, n * 10.0 + 10)
        writer.event("tick", n=n)
        writer.flush_events()
    if finish:
        writer.close()
    return writer


def snapshot(session: Path) -> dict[str, bytes]:
    """Every file the uploader must deliver, by path relative to the session folder."""
    files = {}
    for path in sorted(session.rglob("*")):
        rel = path.relative_to(session).as_posix()
        if path.is_file() and (rel.endswith(".seg") or rel in ("session.json", "exam.invigilo")):
            files[rel] = path.read_bytes()
    return files


def assert_delivered(expected: dict[str, bytes], received: Path, inst: Institution) -> None:
    """Byte-identical on the server, and the reassembled session verifies with the key."""
    got = snapshot(received)
    assert sorted(got) == sorted(expected)
    for rel, data in expected.items():
        assert got[rel] == data, f"{rel} differs on the server"
    report = verify(received, inst.private)
    assert report.ok, report.problems


@pytest.fixture
def tus(tmp_path: Path) -> Iterator[TusServer]:
    why = tus_server.available()
    if why:
        pytest.skip(why)
    with TusServer(tmp_path / "tus-data") as server:
        yield server


@pytest.fixture
def proxy(tus: TusServer) -> Iterator[NetProxy]:
    with NetProxy(("127.0.0.1", tus.port)) as link:
        yield link


def tus_backend(url: str, **changes: object) -> Backend:
    return dataclasses.replace(Backend(transport="tus", url=url, rate_limit_kbps=0),
                               **changes)  # type: ignore[arg-type]


def wait_for(predicate: object, timeout: float = 20.0, step: float = 0.05) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(step)
    return False


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
