"""The spool scan: what is pending, read incrementally, never fooled by a torn receipt line."""

from __future__ import annotations

import json
from pathlib import Path

from client.journal.spool import RECEIPTS, add_receipt
from client.upload.items import SessionCache, scan_session
from tests.upload.conftest import Institution, record_session


def test_receipts_are_read_incrementally_and_torn_lines_wait(tmp_path: Path,
                                                             institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    cache = SessionCache()
    first = scan_session(writer.path, cache)
    pending = {i.relpath for i in first.pending}
    assert {"session.json", "exam.invigilo", "audio/00000000.seg"} <= pending
    add_receipt(writer.path, "audio/00000000.seg", "00" * 32, 1, "test")
    line = json.dumps({"path": "webcam/00000000.seg", "sha256": "11" * 32, "size": 1,
                       "confirmed": "now", "backend": "test"})
    with open(writer.path / RECEIPTS, "a") as handle:
        handle.write(line[:20])  # a crash in the middle of a line
    second = scan_session(writer.path, cache)
    assert "audio/00000000.seg" not in {i.relpath for i in second.pending}
    assert "webcam/00000000.seg" in {i.relpath for i in second.pending}
    assert [i.relpath for i, _ in second.confirmed_present] == ["audio/00000000.seg"]
    with open(writer.path / RECEIPTS, "a") as handle:
        handle.write(line[20:] + "\n")
    third = scan_session(writer.path, cache)
    assert "webcam/00000000.seg" not in {i.relpath for i in third.pending}


def test_changed_session_record_is_pending_again(tmp_path: Path,
                                                 institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1, finish=False)
    cache = SessionCache()
    import hashlib

    record = writer.path / "session.json"
    add_receipt(writer.path, "session.json", hashlib.sha256(record.read_bytes()).hexdigest(),
                record.stat().st_size, "test")
    scan = scan_session(writer.path, cache)
    assert "session.json" not in {i.relpath for i in scan.pending} and not scan.finished
    writer.close()  # rewrites session.json with `finished`
    scan = scan_session(writer.path, cache)
    assert "session.json" in {i.relpath for i in scan.pending} and scan.finished


def test_damaged_session_record_is_still_uploaded(tmp_path: Path,
                                                  institution: Institution) -> None:
    writer = record_session(tmp_path / "spool", institution, segments=1)
    (writer.path / "session.json").write_text("{ not json")
    scan = scan_session(writer.path)
    assert scan.problem and "damaged" in scan.problem
    assert not scan.finished  # so nothing is deleted on the strength of it
    assert "session.json" in {i.relpath for i in scan.pending}


def test_one_uploader_per_spool(tmp_path: Path, institution: Institution) -> None:
    from client.config.schema import Backend
    from client.upload import Uploader
    from client.upload.lock import HELD, SpoolLock
    from tests.upload.conftest import snapshot, wait_for

    spool = tmp_path / "spool"
    writer = record_session(spool, institution, segments=1)
    expected = snapshot(writer.path)
    other = SpoolLock(spool)  # another process (the app) holds the spool
    assert other.acquire()
    uploader = Uploader(spool, Backend(transport="folder", folder=str(tmp_path / "out")),
                        poll_s=0.1)
    (tmp_path / "out").mkdir()
    uploader.start()
    assert wait_for(lambda: uploader.status().last_error == HELD.format(spool=spool), 5)
    assert snapshot(writer.path) == expected and not list((tmp_path / "out").iterdir())
    other.release()
    assert wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0
                    and uploader.status().confirmed_files == len(expected), 10)
    assert uploader.stop()


def test_unplugged_stick_waits_and_then_hands_in(tmp_path: Path,
                                                 institution: Institution) -> None:
    from client.config.schema import Backend
    from client.journal import verify
    from client.upload import Uploader
    from client.upload import errors as msg
    from tests.upload.conftest import snapshot, wait_for

    spool, stick = tmp_path / "spool", tmp_path / "stick"
    writer = record_session(spool, institution, segments=1)
    expected = snapshot(writer.path)
    uploader = Uploader(spool, Backend(transport="folder", folder=str(stick)), network_cap_s=0.5)
    uploader.start()
    assert wait_for(lambda: uploader.status().last_error
                    == msg.FOLDER_MISSING.format(folder=stick), 5)
    assert uploader.status().online is False and snapshot(writer.path) == expected
    stick.mkdir()  # plugged in
    assert wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0, 10)
    assert uploader.stop()
    assert snapshot(stick / writer.session_id) == expected
    assert verify(stick / writer.session_id, institution.private).ok
