"""Small builders shared by the journal tests."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from client.config.practice import practice_exam
from client.journal import SessionWriter
from client.trust import keys
from client.trust.keys import RecordingPrivateKey, RecordingPublicKey


class Keys:
    def __init__(self, folder: Path, pq: bool = False) -> None:
        keys.generate(folder, pq=pq)
        self.folder = folder
        self.public: RecordingPublicKey = keys.load_recording_public(folder / "recording.pub")
        self.private: RecordingPrivateKey = keys.load_recording_private(folder / "recording.key")
        self.exam = practice_exam(folder)[0]


def payload(epoch: int, seq: int, size: int = 300) -> bytes:
    """Deterministic content, so a decrypted segment can be checked byte for byte."""
    seed = hashlib.sha256(f"{epoch}/{seq}".encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


def write_session(spool: Path, k: Keys, segments: int = 4, *, close: bool = True,
                  streams: tuple[str, ...] = ("webcam",)) -> SessionWriter:
    writer = SessionWriter.create(spool, exam=k.exam.config, recipient=k.public,
                                  candidate_id="c-1", streams={s: "video/webm" for s in streams})
    t = time.time()
    for stream in streams:
        for seq in range(segments):
            writer.write_segment(stream, payload(0, seq), t + seq, t + seq + 1)
    writer.event("note", text="hello")
    if close:
        writer.close()
    else:
        writer.abandon()
    return writer


@contextmanager
def small_disk(size_kb: int, *, read_only: bool = False) -> Iterator[Path]:
    """A real, tiny filesystem (tmpfs) so that a full or read-only disk is real, not simulated."""
    if os.geteuid() != 0:
        raise RuntimeError("mounting a test filesystem needs root (CI and ./dev test run as root)")
    mount = Path(tempfile.mkdtemp(prefix="invigilo-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                   check=True)
    try:
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        shutil.rmtree(mount, ignore_errors=True)
