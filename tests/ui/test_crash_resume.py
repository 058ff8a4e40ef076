"""Kill the app mid-exam, open it again: the same session continues and verifies whole."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from client.journal import SessionMeta, SessionReader, list_sessions, verify
from client.trust import keys
from client.ui import resume
from tests.ui.conftest import subprocess_env

pytestmark = [pytest.mark.needs_display, pytest.mark.needs_audio, pytest.mark.slow]


def start_app(data: Path, camera: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "client.cli", "practice", "--camera",
                             str(camera), "--auto", *extra], env=subprocess_env(data),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def media_segments(data: Path, session: str, stream: str) -> list[Path]:
    """Segments in the spool and those the uploader already handed in to the folder."""
    return [*(data / "spool" / session / stream).glob("*.seg"),
            *(data / "hand-in" / session / stream).glob("*.seg")]


def wait_for(condition, timeout: float, proc: subprocess.Popen[bytes]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            raise AssertionError(f"the app exited early: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        time.sleep(0.2)
    raise AssertionError("timed out")


def kill_hard(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL, as a crash or power cut would; then end the agent it had started."""
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    _, alive = psutil.wait_procs(children, timeout=5)
    for child in alive:
        child.kill()


def test_killed_mid_exam_then_reopened_continues_the_same_session(
        qt_app, speaking, data_dir: Path, camera_file: Path) -> None:  # type: ignore[no-untyped-def]
    spool = data_dir / "spool"
    first = start_app(data_dir, camera_file)
    try:
        def running() -> bool:
            note = resume.load(spool)
            return note is not None and note.phase == "running"

        wait_for(running, 240, first)
        (session,) = list_sessions(spool)
        wait_for(lambda: len(media_segments(data_dir, session.name, "webcam")) >= 1, 120, first)
    finally:
        kill_hard(first)
    assert SessionMeta.load(session).finished is None

    second = start_app(data_dir, camera_file, "--auto-finish", "4")
    try:
        assert second.wait(300) == 0, second.stderr.read().decode()[-2000:]  # type: ignore[union-attr]
    finally:
        if second.poll() is None:
            kill_hard(second)

    # No second session was started: the spool holds this one (or nothing, once handed in).
    assert [p.name for p in list_sessions(spool)] in ([session.name], [])
    handed_in = data_dir / "hand-in" / session.name
    meta = SessionMeta.load(handed_in)
    assert meta.finished is not None and len(meta.epochs) == 2
    private = keys.load_recording_private(data_dir / "practice-keys" / "recording.key")
    report = verify(handed_in, private)
    assert report.ok, report.problems
    reader = SessionReader(handed_in, private)
    epochs = {s.epoch for s in reader.segments("webcam") if s.payload}
    assert epochs == {0, 1}  # recorded before the crash and after the restart, one chain
    kinds = [e["kind"] for e in reader.events()]
    assert "app_restarted" in kinds and "session_resumed" in kinds
    assert kinds.count("recording_started") == 2
    assert resume.load(spool) is None
    assert json.loads((handed_in / "session.json").read_text())["session_id"] == session.name
