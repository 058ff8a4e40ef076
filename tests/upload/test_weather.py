"""Network weather between the uploader and the official tus server: storms, forgetting,
lies, a 150 kbit/s link, a client restart, expiry. Each test ends with every file byte-identical
on the server and the reassembled session verifying with the institution's key."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from client.upload import Uploader
from client.upload import errors as msg
from client.upload.state import SessionState
from tests.servers.tus_server import TusServer
from tests.support.httpfaults import clear, rewrite_header, storm
from tests.support.netproxy import NetProxy
from tests.upload.conftest import (
    Institution,
    assert_delivered,
    record_session,
    snapshot,
    tus_backend,
    wait_for,
)


def finish(uploader: Uploader, timeout: float = 30.0) -> None:
    try:
        assert wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0,
                        timeout), uploader.status()
    finally:
        assert uploader.stop()


def check(tmp_path: Path, tus: TusServer, expected: dict[str, bytes], session_id: str,
          inst: Institution) -> None:
    assert_delivered(expected, tus.reassemble(tmp_path / "server")[session_id], inst)


def test_503_429_500_storm_honours_retry_after(tmp_path: Path, tus: TusServer,
                                               proxy: NetProxy, institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    first = storm(proxy, 503, count=2, retry_after=1)
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")), network_cap_s=1.0)
    started = time.monotonic()
    uploader.start()
    assert wait_for(lambda: first.left <= 0, 10)
    assert uploader.status().online is True
    assert "busy (HTTP 503)" in (uploader.status().last_error or "")
    second = storm(proxy, 429, count=2, retry_after="1")
    assert wait_for(lambda: second.left <= 0, 10)
    third = storm(proxy, 500, count=2)  # no Retry-After: the jittered backoff paces it
    assert wait_for(lambda: third.left <= 0, 10)
    finish(uploader)
    # two Retry-After: 1 answers in a row before the first success, each waited in full
    assert time.monotonic() - started >= 2.0
    check(tmp_path, tus, expected, writer.session_id, institution)


def test_server_forgets_an_upload_mid_way(tmp_path: Path, tus: TusServer, proxy: NetProxy,
                                          institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1,
                            sizes={"webcam": 400_000})
    expected = snapshot(writer.path)
    proxy.throttle(up_kbps=1600)  # 200 kB/s: the webcam segment takes 2 s
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
    uploader.start()
    assert wait_for(lambda: (uploader.status().current or "").endswith("webcam/00000000.seg")
                    and uploader.status().current_sent > 100_000, 20)
    forgotten = tus.forget(lambda u: u.metadata.get("filename") == "webcam/00000000.seg")
    proxy.close_connections()
    assert forgotten == 1
    proxy.passthrough()
    finish(uploader)
    check(tmp_path, tus, expected, writer.session_id, institution)


def test_lying_offsets_are_errors_not_crashes(tmp_path: Path, tus: TusServer, proxy: NetProxy,
                                              institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    rewrite_header(proxy, "upload-offset", "999999999")
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
    uploader.start()
    assert wait_for(lambda: uploader.status().problems, 10)
    status = uploader.status()
    assert "claims 999999999 bytes" in (status.last_error or "")
    assert (writer.path / "session.json").exists()
    assert len(list(writer.path.rglob("*.seg"))) == len(expected) - 2  # nothing deleted
    clear(proxy)
    finish(uploader)
    check(tmp_path, tus, expected, writer.session_id, institution)


def _huge_answer(sock: socket.socket) -> None:
    sock.recv(65536)
    sock.sendall(b"HTTP/1.1 201 Created\r\nContent-Length: 500000000\r\n"
                 b"Location: /files/x\r\n\r\n" + b"x" * 70_000)
    time.sleep(0.5)


def test_huge_answer_is_refused_without_reading_it(tmp_path: Path, tus: TusServer,
                                                   proxy: NetProxy,
                                                   institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    proxy.respond(_huge_answer)
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
    uploader.start()
    assert wait_for(lambda: uploader.status().last_error == msg.HUGE, 10)
    proxy.passthrough()
    finish(uploader)
    check(tmp_path, tus, expected, writer.session_id, institution)


def test_150_kbit_link_and_rate_cap(tmp_path: Path, tus: TusServer, proxy: NetProxy,
                                    institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1,
                            sizes={"audio": 4_000, "webcam": 16_000, "screen": 8_000})
    expected = snapshot(writer.path)
    payload = sum(len(v) for v in expected.values())
    proxy.throttle(up_kbps=150)
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files"), rate_limit_kbps=60))
    started = time.monotonic()
    uploader.start()
    finish(uploader)
    elapsed = time.monotonic() - started
    # the cap (60 kbit/s), not the link (150), set the pace: bodies never ran faster
    assert elapsed >= payload * 8 / 60_000 * 0.8, elapsed
    assert proxy.stats.bytes_up * 8 / elapsed <= 150_000
    check(tmp_path, tus, expected, writer.session_id, institution)


def test_client_restart_resumes_where_the_server_is(tmp_path: Path, tus: TusServer,
                                                    proxy: NetProxy,
                                                    institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1,
                            sizes={"webcam": 600_000})
    expected = snapshot(writer.path)
    first = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files"), rate_limit_kbps=2400))
    first.start()
    assert wait_for(lambda: (first.status().current or "").endswith("webcam/00000000.seg")
                    and first.status().current_sent > 250_000, 20)
    assert first.stop()
    state = SessionState(writer.path).get("webcam/00000000.seg",
                                          _sha(writer.path / "webcam/00000000.seg"))
    assert state is not None and state["url"].startswith(proxy.url("/files"))
    held = [u for u in tus.uploads() if u.metadata.get("filename") == "webcam/00000000.seg"]
    assert len(held) == 1 and 200_000 < len(held[0].data) < 600_000
    before = proxy.stats.bytes_up
    second = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
    second.start()
    finish(second)
    held = [u for u in tus.uploads() if u.metadata.get("filename") == "webcam/00000000.seg"]
    assert len(held) == 1, "resumed the same upload, did not start over"
    assert proxy.stats.bytes_up - before < 600_000 - 150_000
    check(tmp_path, tus, expected, writer.session_id, institution)


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_expired_upload_is_started_again(tmp_path: Path, institution: Institution) -> None:
    from tests.upload.conftest import tus_server

    if tus_server.available():
        import pytest

        pytest.skip(tus_server.available() or "")
    with TusServer(tmp_path / "tus-data", expiration_ms=1500) as tus, \
            NetProxy(("127.0.0.1", tus.port)) as proxy:
        writer = record_session(tmp_path / "spool", institution, segments=1,
                                sizes={"webcam": 600_000})
        expected = snapshot(writer.path)
        first = Uploader(tmp_path / "spool",
                         tus_backend(proxy.url("/files"), rate_limit_kbps=2400))
        first.start()
        assert wait_for(lambda: first.status().current_sent > 100_000
                        and (first.status().current or "").endswith("webcam/00000000.seg"), 20)
        assert first.stop()
        record = SessionState(writer.path).get("webcam/00000000.seg",
                                               _sha(writer.path / "webcam/00000000.seg"))
        assert record is not None and record["expires"] > time.time() - 5
        time.sleep(max(0.0, record["expires"] - time.time()) + 0.2)
        second = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
        second.start()
        finish(second)
        webcam = [u for u in tus.uploads() if u.metadata.get("filename") == "webcam/00000000.seg"]
        assert len(webcam) == 2 and sum(u.complete for u in webcam) == 1
        check(tmp_path, tus, expected, writer.session_id, institution)


def test_live_session_is_picked_up_and_tail_kept(tmp_path: Path, tus: TusServer,
                                                 institution: Institution) -> None:
    spool = tmp_path / "spool"
    writer = record_session(spool, institution, segments=1, finish=False)
    uploader = Uploader(spool, tus_backend(tus.url), poll_s=0.2)
    uploader.start()
    assert wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0)
    # confirmed, but the newest segment of each stream stays while the session is recorded
    assert sorted(p.relative_to(writer.path).as_posix() for p in writer.path.rglob("*.seg")) == [
        "audio/00000000.seg", "events/00000001.seg", "screen/00000000.seg", "webcam/00000000.seg"]
    for n in range(1, 4):
        writer.write_segment("webcam", bytes([n]) * 5_000, n * 10.0, n * 10.0 + 10)
        uploader.wake()
        time.sleep(0.1)
    writer.close()
    expected = {}
    for path in sorted(writer.path.rglob("*.seg")):
        expected[path.relative_to(writer.path).as_posix()] = path.read_bytes()
    assert wait_for(lambda: not list(writer.path.rglob("*.seg")), 20)
    finish(uploader)
    received = tus.reassemble(tmp_path / "server")[writer.session_id]
    for rel, data in expected.items():
        assert (received / rel).read_bytes() == data
    assert (received / "session.json").read_bytes() == (writer.path / "session.json").read_bytes()
    from client.journal import verify

    report = verify(received, institution.private)
    assert report.ok, report.problems


def test_stop_is_prompt_even_when_the_server_is_silent(tmp_path: Path, tus: TusServer,
                                                       proxy: NetProxy,
                                                       institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    expected = snapshot(writer.path)
    proxy.stall()  # connections open, nothing comes back: a 30 s timeout would apply
    uploader = Uploader(tmp_path / "spool", tus_backend(proxy.url("/files")))
    uploader.start()
    assert wait_for(lambda: uploader.status().current is not None, 10)
    time.sleep(0.3)
    started = time.monotonic()
    assert uploader.stop()
    assert time.monotonic() - started < 3.0
    assert snapshot(writer.path) == expected  # nothing lost, nothing deleted
