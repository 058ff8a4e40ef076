"""Uploading to the official tus server on loopback, through weather made by a real TCP proxy."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from client.journal.spool import read_receipts
from client.upload import Uploader, hand_in
from tests.servers.tus_server import TusServer
from tests.support.netproxy import NetProxy
from tests.upload.conftest import (
    Institution,
    assert_delivered,
    record_session,
    snapshot,
    tus_backend,
    wait_for,
)


def drain(uploader: Uploader, timeout: float = 30.0) -> None:
    uploader.start()
    try:
        done = wait_for(lambda: uploader.status().idle and uploader.status().pending_files == 0,
                        timeout)
        assert done, uploader.status()
    finally:
        uploader.stop()


def test_plain_drain_in_order_with_receipts(tmp_path: Path, tus: TusServer,
                                            institution: Institution) -> None:
    spool = tmp_path / "spool"
    writer = record_session(spool, institution)
    expected = snapshot(writer.path)
    uploader = Uploader(spool, tus_backend(tus.url))
    drain(uploader)
    assert uploader.status().receipts == len(expected)
    assert uploader.status().confirmed_files == len(expected)
    sessions = tus.reassemble(tmp_path / "server")
    assert_delivered(expected, sessions[writer.session_id], institution)
    # segments gone locally only with a receipt; records kept; receipts match the bytes
    assert not list(writer.path.rglob("*.seg"))
    receipts = read_receipts(writer.path)
    assert set(receipts) == set(expected)
    for rel, data in expected.items():
        assert receipts[rel].sha256 == hashlib.sha256(data).hexdigest()
    # the candidate's proof of hand-in: a digest the institution recomputes from what it got
    receipt = hand_in(writer.path)
    assert receipt.complete and receipt.files == len(expected) and receipt.pending_files == 0
    lines = sorted(f"{rel} {hashlib.sha256(data).hexdigest()} {len(data)}\n"
                   for rel, data in expected.items())
    assert receipt.digest == hashlib.sha256("".join(lines).encode()).hexdigest()
    # order on the server: records, then events, audio, webcam, screen
    order = [u.metadata["filename"] for u in sorted(tus.uploads(), key=lambda u: u.created)]
    kinds = [name.split("/")[0] for name in order]
    rank = {"session.json": 0, "exam.invigilo": 1, "events": 2, "audio": 3, "webcam": 4,
            "screen": 5}
    assert [rank[k] for k in kinds] == sorted(rank[k] for k in kinds)


def test_drop_stall_and_server_restart(tmp_path: Path, tus: TusServer, proxy: NetProxy,
                                       institution: Institution) -> None:
    spool = tmp_path / "spool"
    writer = record_session(spool, institution, sizes={"audio": 3_000, "webcam": 300_000,
                                                       "screen": 4_000}, segments=2)
    expected = snapshot(writer.path)
    proxy.drop(after_bytes=40_000)  # every connection dies after 40 kB
    uploader = Uploader(spool, tus_backend(proxy.url("/files")), timeout=2.0)
    uploader.start()
    try:
        assert wait_for(lambda: uploader.status().confirmed_files >= 6, 30)
        proxy.stall()
        time.sleep(2.5)  # longer than the timeout: the stalled request is given up
        proxy.passthrough()
        assert wait_for(lambda: uploader.status().confirmed_files >= 8, 30)
        tus.restart(down_s=0.5)
        assert wait_for(lambda: uploader.status().idle
                        and uploader.status().pending_files == 0, 30), uploader.status()
    finally:
        uploader.stop()
    assert_delivered(expected, tus.reassemble(tmp_path / "server")[writer.session_id],
                     institution)
