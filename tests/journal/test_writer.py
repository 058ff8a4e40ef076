"""Writing sessions: continuing after a stop, disk budget, full and read-only disks, bad folders."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from client.errors import InvalidInput
from client.journal import JournalError, SessionReader, SessionWriter, SpoolFull, StreamShed, verify
from client.journal.spool import add_receipt, segment_files, segment_name
from tests.journal.helpers import Keys, payload, small_disk, write_session


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys(tmp_path_factory.mktemp("keys"))


def test_resumed_session_continues_the_chain_under_a_new_key(keys: Keys, tmp_path: Path) -> None:
    first = write_session(tmp_path, keys, segments=3, close=False)
    second = SessionWriter.resume(first.path, recipient=keys.public)
    assert second.epoch == 1
    second.write_segment("webcam", payload(1, 3), time.time(), time.time() + 1)
    second.close()
    report = verify(first.path, keys.private)
    assert report.ok, report.problems
    epochs = [s.epoch for s in SessionReader(first.path, keys.private).segments("webcam")]
    assert epochs == [0, 0, 0, 1, 1]  # last one is the end marker


def test_pq_hybrid_key_round_trip(tmp_path: Path) -> None:
    pq = Keys(tmp_path / "pq", pq=True)
    session = write_session(tmp_path / "spool", pq, segments=2).path
    report = verify(session, pq.private)
    assert report.ok, report.problems
    assert '"recipient_kem": "MLKEM768-X25519"' in (session / "session.json").read_text()


def test_parallel_streams_from_threads_stay_in_order(keys: Keys, tmp_path: Path) -> None:
    writer = SessionWriter.create(tmp_path, exam=keys.exam.config, recipient=keys.public)

    def record(stream: str) -> None:
        for seq in range(20):
            writer.write_segment(stream, payload(0, seq), seq, seq + 1, content_type="video/webm")
            writer.event("wrote", stream=stream, seq=seq)

    threads = [threading.Thread(target=record, args=(s,)) for s in ("webcam", "screen", "audio")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    writer.close()
    report = verify(writer.path, keys.private)
    assert report.ok, report.problems
    events = list(SessionReader(writer.path, keys.private).events())
    assert sum(e["kind"] == "wrote" for e in events) == 60


def test_confirmed_and_deleted_segments_still_chain(keys: Keys, tmp_path: Path) -> None:
    """The uploader deletes what the backend confirmed; a continuing writer chains to receipts."""
    writer = write_session(tmp_path, keys, segments=3, close=False)
    from client.journal.format import file_hash

    for _seq, path in segment_files(writer.path, "webcam"):
        add_receipt(writer.path, f"webcam/{path.name}", file_hash(path.read_bytes()).hex(),
                    path.stat().st_size, "test")
        uploaded = tmp_path / "server" / "webcam"
        uploaded.mkdir(parents=True, exist_ok=True)
        path.rename(uploaded / path.name)
    resumed = SessionWriter.resume(writer.path, recipient=keys.public)
    info = resumed.write_segment("webcam", b"more", 10, 11)
    assert info.seq == 3
    resumed.close()
    for path in (tmp_path / "server" / "webcam").iterdir():
        path.rename(writer.path / "webcam" / path.name)
    assert verify(writer.path, keys.private).ok


def test_quota_sheds_screen_then_webcam_and_keeps_the_rest(keys: Keys, tmp_path: Path) -> None:
    pressures = []
    writer = SessionWriter.create(tmp_path / "spool", exam=keys.exam.config, recipient=keys.public,
                                  quota_bytes=200_000, on_pressure=pressures.append)
    chunk = payload(0, 0, 10_000)
    shed_order = []
    for i in range(40):
        for stream in ("screen", "webcam", "audio"):
            try:
                writer.write_segment(stream, chunk, i, i + 1, content_type="video/webm")
            except StreamShed:
                if stream not in shed_order:
                    shed_order.append(stream)
            except SpoolFull:
                pass
    assert shed_order[:2] == ["screen", "webcam"]
    assert not writer.accepting("screen")
    assert pressures and "screen" in pressures[0].shed
    writer.close()
    report = verify(writer.path, keys.private)
    assert report.ok, report.problems  # shedding never damages what was written
    kinds = [e["kind"] for e in SessionReader(writer.path, keys.private).events()]
    assert "spool_pressure" in kinds


def test_full_disk_loses_nothing_already_written(keys: Keys) -> None:
    with small_disk(256) as disk:
        writer = SessionWriter.create(disk / "spool", exam=keys.exam.config,
                                      recipient=keys.public)
        written = []
        with pytest.raises(SpoolFull) as failure:
            for seq in range(100):
                writer.write_segment("webcam", payload(0, seq, 20_000), seq, seq + 1)
                written.append(seq)
        assert "disk" in str(failure.value) and "full" in str(failure.value)
        assert not list((writer.path / "webcam").glob(".*.tmp"))  # no half-written leftovers
        reader = SessionReader(writer.path, keys.private)
        got = [(s.seq, s.payload) for s in reader.segments("webcam")]
        assert got == [(seq, payload(0, seq, 20_000)) for seq in written]
        writer.abandon()


def test_read_only_spool_says_so(keys: Keys) -> None:
    with small_disk(64, read_only=True) as disk, pytest.raises(JournalError) as failure:
        SessionWriter.create(disk / "spool", exam=keys.exam.config, recipient=keys.public)
    assert "read-only" in str(failure.value)


def test_missing_session_record_is_a_clear_error(keys: Keys, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"has no session\.json"):
        verify(tmp_path, keys.private)
    (tmp_path / "session.json").write_text("{not json")
    with pytest.raises(InvalidInput, match="damaged"):
        verify(tmp_path, keys.private)


def test_finished_session_cannot_be_reopened(keys: Keys, tmp_path: Path) -> None:
    session = write_session(tmp_path, keys, segments=1).path
    with pytest.raises(JournalError, match="already finished"):
        SessionWriter.resume(session, recipient=keys.public)


def test_session_for_another_institution_key_is_not_continued(keys: Keys, tmp_path: Path) -> None:
    session = write_session(tmp_path / "a", keys, segments=1, close=False).path
    other = Keys(tmp_path / "other")
    with pytest.raises(JournalError, match="different institution key"):
        SessionWriter.resume(session, recipient=other.public)


def test_leftover_partial_write_is_cleaned_on_resume(keys: Keys, tmp_path: Path) -> None:
    writer = write_session(tmp_path, keys, segments=2, close=False)
    leftover = writer.path / "webcam" / f".{segment_name(2)}.tmp"
    leftover.write_bytes(b"half a segment")
    resumed = SessionWriter.resume(writer.path, recipient=keys.public)
    assert not leftover.exists()
    resumed.close()
    assert verify(writer.path, keys.private).ok
