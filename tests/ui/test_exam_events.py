"""During the exam: full-screen changes reach the journal (and b2), the agent keeps a log for
support, and a part that stops pauses the exam with a page of its own until it is back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from client.journal import SessionReader, verify
from client.trust import keys
from client.ui import resume
from client.ui.flow import Flow
from client.ui.window import MainWindow
from tests.ui.support import app_args, signed_exam, wait_until

pytestmark = [pytest.mark.needs_display, pytest.mark.needs_audio, pytest.mark.slow]


def start_exam(app, tmp_path: Path, data_dir: Path, camera: Path,  # type: ignore[no-untyped-def]
               lockdown: str) -> tuple[Flow, MainWindow, Path]:
    hand_in = tmp_path / "hand-in"
    hand_in.mkdir()
    exam, anchor = signed_exam(tmp_path, hand_in_folder=hand_in, lockdown=lockdown)
    flow = Flow(app_args(data_dir / "spool", camera, trust=[anchor]), practice=False)
    window = MainWindow(flow)
    window.show()
    flow.open_exam(str(exam))
    flow.consent("c-9")
    window.show_page("start")
    window._continue()
    page = window.pages["exam"]
    assert wait_until(app, lambda: page.streams.text().count(": recording") == 3
                      and "security: on" in page.streams.text(), 120), page.streams.text()
    return flow, window, hand_in


def finish_and_read(app, flow: Flow, window: MainWindow, hand_in: Path,  # type: ignore[no-untyped-def]
                    tmp_path: Path) -> list[dict[str, object]]:
    flow.finish_exam()
    finish = window.pages["finish"]
    assert wait_until(app, lambda: finish.complete, 120), finish.state.text()
    session = flow.session.writer.path.name  # type: ignore[union-attr]
    window.close()
    flow.shutdown()
    private = keys.load_recording_private(tmp_path / "institution" / "recording.key")
    assert verify(hand_in / session, private).ok
    return list(SessionReader(hand_in / session, private).events())


def test_full_screen_left_and_entered_is_journaled_and_flagged(  # type: ignore[no-untyped-def]
        qt_app, speaking, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    app = qt_app
    flow, window, hand_in = start_exam(app, tmp_path, data_dir, camera_file,
                                       "fullscreen = true")
    assert window.isFullScreen()
    assert wait_until(app, lambda: flow.session.services.flags is not None, 30)  # type: ignore[union-attr]
    window.showNormal()  # the candidate leaves full screen...
    wait_until(app, lambda: False, 3.5)  # ...for longer than b2's hold (2 s)
    window.showFullScreen()
    wait_until(app, lambda: False, 0.5)
    session = flow.session.writer.path.name  # type: ignore[union-attr]
    events = finish_and_read(app, flow, window, hand_in, tmp_path)

    changes = [e["fullscreen"] for e in events if e["kind"] == "fullscreen"]
    assert changes == [True, False, True]  # entered at the start; not "left" at the end
    flags = [e for e in events if e["kind"] == "flag" and e.get("code") == "b2"]
    assert flags, [e["kind"] for e in events]
    left = next(e for e in events if e["kind"] == "fullscreen" and not e["fullscreen"])
    assert all(float(f["t"]) >= float(left["t"]) for f in flags)  # type: ignore[arg-type]

    # The agent wrote its own log where support finds it.
    log = data_dir / "logs" / f"agent-{session}.log"
    assert log.is_file()
    assert '"event": "started"' in log.read_text()


def test_a_stopped_part_pauses_the_exam_with_its_own_page(  # type: ignore[no-untyped-def]
        qt_app, speaking, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    app = qt_app
    camera = tmp_path / "camera.avi"  # a camera that can be "unplugged"
    shutil.copy(camera_file, camera)
    flow, window, hand_in = start_exam(app, tmp_path, data_dir, camera, "restart_agent = false")
    paused = window.pages["paused"]
    status = window.status_window

    # The camera stops delivering: after a few seconds the exam is paused, calmly.
    content = camera.read_bytes()
    camera.write_bytes(b"")
    assert wait_until(app, lambda: window.current_name() == "paused", 40)
    assert paused.what.text() == "What happened: The camera stopped sending pictures."
    assert paused.todo.text().startswith("What to do: Check that the camera is connected")
    assert "Exam" in window.step_text.text()  # still the exam step, not a new one
    assert not window.next.isVisible() and not window.back.isVisible()
    assert wait_until(app, lambda: status.headline.text().startswith("● Paused"), 5)
    note = resume.load(data_dir / "spool")
    assert note is not None and note.phase == "paused"

    # Plugged in again: the exam runs again by itself.
    camera.write_bytes(content)
    assert wait_until(app, lambda: window.current_name() == "exam", 40)
    exam = window.pages["exam"]
    assert exam.history.item(0).text() == "Recording runs again."
    assert wait_until(app, lambda: status.headline.text() == "● Recording", 10)

    # The lockdown agent dies and this exam does not restart it: paused for good.
    agent = flow.session.services.agent  # type: ignore[union-attr]
    agent.process.kill()
    assert wait_until(app, lambda: window.current_name() == "paused", 40)
    assert "Exam security stopped" in paused.what.text()
    flow.auto = True  # answer "finish" without the confirmation box
    paused.finish.click()
    assert wait_until(app, lambda: window.current_name() == "finish", 30)
    events = finish_and_read(app, flow, window, hand_in, tmp_path)

    states = [(e["new"], e["reason"]) for e in events if e["kind"] == "exam_state"]
    assert states == [("running", "candidate started the exam"),
                      ("paused", "stopped: webcam"), ("running", "working again"),
                      ("paused", "stopped: agent"), ("ended", "candidate finished")]
