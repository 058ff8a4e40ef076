"""The whole practice flow, driven by the keyboard alone, on real virtual devices.

Xvfb display, a video file through OpenCV's capture path as the camera, PulseAudio speech as the
microphone, the real recorder, uploader (folder hand-in) and lockdown agent; at the end the
session is verified and decrypted with the practice recording key, as the institution would.
"""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from client.journal import SessionReader, verify
from client.trust import keys
from client.ui import quality
from client.ui.flow import Flow
from client.ui.window import MainWindow
from client.upload import hand_in
from tests.ui.support import activate, app_args, wait_until

pytestmark = [pytest.mark.needs_display, pytest.mark.needs_audio, pytest.mark.slow]


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)


def tab_to(qtbot, window: MainWindow, target: QWidget, limit: int = 40) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until `target` has the keyboard focus, as a keyboard user would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def enter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, QApplication.focusWidget() or window, Qt.Key.Key_Return)


def take_photo_by_keyboard(qtbot, app, window: MainWindow, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = window.pages[kind]
    for _ in range(10):  # the test video alternates face and card: press while it is good
        assert wait_until(app, page.take.isEnabled, 90), page.feedback.text()
        tab_to(qtbot, window, page.take)
        enter(qtbot, window)
        if wait_until(app, page.is_ready, 1):
            return
    raise AssertionError(f"{kind} photo was never taken")


def answer_yes_soon(qtbot, outcome: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the confirmation with Alt+Y. Should the key not close it, press Yes anyway and
    say so in `outcome`: a modal left open would block the test forever (an assertion raised
    inside a Qt callback does not end the nested event loop)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(100, answer)
            return
        qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
        outcome.append("keyboard")
        QTimer.singleShot(2000, lambda: rescue(box))

    def rescue(box: QMessageBox) -> None:
        if shiboken6.isValid(box) and box.isVisible():  # answered: Qt has deleted the box
            outcome.append("still open")
            box.button(QMessageBox.StandardButton.Yes).click()
    QTimer.singleShot(100, answer)


def test_whole_practice_flow_by_keyboard(qt_app, qtbot, speaking, data_dir: Path,  # type: ignore[no-untyped-def]
                                         camera_file: Path) -> None:
    app = qt_app
    flow = Flow(app_args(data_dir / "spool", camera_file), practice=True)
    window = MainWindow(flow)
    qtbot.addWidget(window)
    window.resize(900, 680)
    window.show()
    qtbot.waitExposed(window)
    assert activate(app, window)

    open_page = window.pages["open"]
    tab_to(qtbot, window, open_page.practice_button)
    enter(qtbot, window)
    assert wait_until(app, lambda: window.current_name() == "consent", 10)
    consent = window.pages["consent"]
    assert QApplication.focusWidget() is consent.agree
    enter(qtbot, window)
    assert window.current_name() == "consent"  # no consent yet: Enter does nothing
    press(qtbot, consent.agree, Qt.Key.Key_Space)
    enter(qtbot, window)
    assert window.current_name() == "checks"

    checks = window.pages["checks"]
    assert wait_until(app, checks.is_ready, 90), checks.summary.text()
    assert checks.rows["camera"].state.text() == "OK"
    assert checks.rows["microphone"].state.text() == "OK"
    enter(qtbot, window)

    devices = window.pages["devices"]
    assert wait_until(app, devices.is_ready, 90), devices.mic_state.text()
    assert devices.meter.peak > 0.3
    enter(qtbot, window)

    take_photo_by_keyboard(qtbot, app, window, "face")
    assert QApplication.focusWidget() is window.next  # photo taken: Enter goes on
    enter(qtbot, window)
    assert window.current_name() == "id"
    take_photo_by_keyboard(qtbot, app, window, "id")
    enter(qtbot, window)
    assert window.current_name() == "start"
    enter(qtbot, window)
    assert window.current_name() == "exam"

    exam = window.pages["exam"]
    assert wait_until(app, lambda: exam.streams.text().count(": recording") == 3, 90), \
        exam.streams.text()
    assert window.status_window.isVisible()
    assert window.status_window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    wait_until(app, lambda: False, 3)  # a few seconds of recording
    window.showNormal()
    assert activate(app, window)
    tab_to(qtbot, window, exam.finish)
    outcome: list[str] = []
    answer_yes_soon(qtbot, outcome)
    enter(qtbot, window)
    assert wait_until(app, lambda: window.current_name() == "finish", 90)
    assert outcome == ["keyboard"], outcome

    finish = window.pages["finish"]
    assert wait_until(app, lambda: finish.complete, 90), finish.state.text()
    assert "safe to close" in finish.state.text()
    session_id = flow.session.writer.path.name  # type: ignore[union-attr]
    digest = hand_in(flow.session.writer.path).digest.upper()  # type: ignore[union-attr]
    assert wait_until(app, lambda: "hand-in code" in finish.folder_note.text(), 5)
    shown = re.search(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", finish.folder_note.text())
    assert shown and shown.group(0).replace("-", "") == digest[:16]
    enter(qtbot, window)
    assert wait_until(app, lambda: not window.isVisible(), 10)

    handed_in = data_dir / "hand-in" / session_id
    private = keys.load_recording_private(data_dir / "practice-keys" / "recording.key")
    report = verify(handed_in, private)
    assert report.ok, report.problems
    assert {"webcam", "screen", "audio", "id", "events"} <= set(report.streams)
    reader = SessionReader(handed_in, private)
    photos = [s.payload for s in reader.segments("id") if s.payload]  # last: end marker
    assert len(photos) == 2
    face = cv2.imdecode(np.frombuffer(photos[0], np.uint8), cv2.IMREAD_COLOR)
    assert quality.assess_face(face).ok
    assert quality.assess_id(cv2.imdecode(np.frombuffer(photos[1], np.uint8),
                                          cv2.IMREAD_COLOR)).ok
    kinds = [e["kind"] for e in reader.events()]
    for expected in ("consent", "system_check", "photo", "exam_state", "recording_started",
                     "agent.started", "session_finished"):
        assert expected in kinds, expected
