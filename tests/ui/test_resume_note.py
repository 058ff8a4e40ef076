"""What the app keeps to continue an interrupted exam, and how hand-in is judged from disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.config.loader import recording_recipient
from client.config.practice import practice_exam
from client.journal import SessionWriter, add_receipt, segment_files
from client.journal import format as fmt
from client.ui import resume
from client.ui.handin import hand_in_status


@pytest.fixture()
def writer(tmp_path: Path) -> SessionWriter:
    exam, keys = practice_exam(tmp_path / "keys")
    return SessionWriter.create(tmp_path / "spool", exam=exam.config,
                                recipient=recording_recipient(exam, keys))


def test_note_round_trip_and_finished_sessions_are_not_offered(writer: SessionWriter) -> None:
    spool = writer.path.parent
    assert resume.load(spool) is None
    resume.save(spool, resume.Note(writer.path.name, "practice", "running", 123.0, True))
    note = resume.load(spool)
    assert note is not None and note.started_at == 123.0 and note.folder(spool) == writer.path
    writer.close()
    assert resume.load(spool) is None  # finished while "running": nothing to continue
    resume.save(spool, resume.Note(writer.path.name, "practice", "ended", 123.0, True))
    assert resume.load(spool) is not None  # ended: the upload still has to finish
    resume.clear(spool)
    assert resume.load(spool) is None


@pytest.mark.parametrize("garbage", [b"", b"{", b'{"session": 1}', b"[]"])
def test_damaged_note_is_ignored(tmp_path: Path, garbage: bytes) -> None:
    (tmp_path / resume.NOTE).write_bytes(garbage)
    assert resume.load(tmp_path) is None


def test_note_for_a_vanished_session_is_ignored(tmp_path: Path) -> None:
    resume.save(tmp_path, resume.Note("gone", "x", "running", None, False))
    assert resume.load(tmp_path) is None


def test_hand_in_counts_receipts_including_removed_segments(writer: SessionWriter) -> None:
    writer.write_segment("id", b"jpeg-1", 1.0, 1.0, content_type="image/jpeg")
    writer.write_segment("id", b"jpeg-2", 2.0, 2.0, content_type="image/jpeg")
    writer.close()
    status = hand_in_status(writer.path)
    assert status.finished and not status.complete and status.confirmed_files == 0
    assert status.total_files == len(segment_files(writer.path, "id")) + len(
        segment_files(writer.path, "events"))
    for stream in ("id", "events"):
        for _, path in segment_files(writer.path, stream):
            data = path.read_bytes()
            add_receipt(writer.path, f"{stream}/{path.name}", fmt.file_hash(data).hex(),
                        len(data), "test")
    first = segment_files(writer.path, "id")[0][1]
    first.unlink()  # the uploader removes what the backend confirmed
    status = hand_in_status(writer.path)
    assert status.complete and status.fraction == 1.0 and status.pending_bytes == 0
