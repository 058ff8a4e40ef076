"""A real exam whose backend cannot be reached: the exam goes on, the status says so calmly,
and the hand-in page never claims it is safe to close; it names the folder instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.errors import UserError
from client.ui.flow import Flow
from client.ui.handin import shown_folder
from client.ui.window import MainWindow
from tests.ui.support import app_args, free_port, signed_exam, wait_until

pytestmark = [pytest.mark.needs_display, pytest.mark.needs_audio]


def test_backend_down_exam_goes_on_and_hand_in_waits(qt_app, speaking, data_dir: Path,  # type: ignore[no-untyped-def]
                                                     camera_file: Path, tmp_path: Path) -> None:
    app = qt_app
    exam, anchor = signed_exam(tmp_path, backend_url=f"http://127.0.0.1:{free_port()}/files/")
    flow = Flow(app_args(data_dir / "spool", camera_file, exam=str(exam), trust=[anchor]),
                practice=False)
    window = MainWindow(flow)
    window.show()
    flow.open_exam(str(exam))
    assert not window.practice_badge.isVisibleTo(window)
    assert "Statistics 101" in window.exam_title.text()
    flow.consent("c-42")
    window.show_page("start")
    window._continue()
    exam_page = window.pages["exam"]
    assert wait_until(app, lambda: "offline" in exam_page.network.text(), 60), \
        exam_page.network.text()
    assert "The exam goes on" in exam_page.network.text()
    assert wait_until(app, lambda: exam_page.streams.text().count(": recording") == 3, 90)
    status = window.status_window
    assert "offline" in status.network.text()
    # the wrapped lines fit: the window is as tall as its text needs at its width
    assert status.height() >= status.layout().totalHeightForWidth(status.width())

    flow.finish_exam()
    finish = window.pages["finish"]
    folder = flow.session.writer.path  # type: ignore[union-attr]
    assert wait_until(app, lambda: "parts confirmed" in finish.state.text(), 90)
    wait_until(app, lambda: False, 2)
    assert not finish.complete and not window.next.isEnabled()
    assert "safe to close" not in finish.state.text()
    assert shown_folder(folder) in finish.folder_note.text()
    assert finish.folder_note.toolTip() == str(folder)
    assert finish.folder_note.isVisible()
    # what holds the hand-in up, in plain words
    assert finish.upload_problem.isVisible()
    assert finish.upload_problem.text() == ("The last attempt did not work: cannot reach the "
                                            "upload server (connection refused)")
    window.close()
    flow.shutdown()


def test_an_altered_exam_file_is_refused_with_a_remedy(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                       camera_file: Path, tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, backend_url="http://127.0.0.1:9/files/")
    exam.write_bytes(exam.read_bytes().replace(b'"signature": "', b'"signature": "AAAA'))
    flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
    window = MainWindow(flow)
    window.show()
    page = window.pages["open"]
    page._open(str(exam))
    assert page.error.isVisibleTo(window)
    assert "has been altered" in page.error.text()
    assert "What to do: ask your institution for a fresh copy" in page.error.text()
    assert window.current_name() == "open" and flow.session is None
    with pytest.raises(UserError):
        flow.open_exam(str(exam))
    window.close()


def test_closed_while_handing_in_then_reopened_finishes_the_hand_in(  # type: ignore[no-untyped-def]
        qt_app, speaking, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    """A site without network hands in to a USB stick: the stick is missing at the end of the
    exam, the candidate closes the app, plugs the stick in, opens the app again."""
    app = qt_app
    stick = tmp_path / "usb-stick" / "hand-in"
    exam, anchor = signed_exam(tmp_path, hand_in_folder=stick)
    args = app_args(data_dir / "spool", camera_file, trust=[anchor])
    flow = Flow(args, practice=False)
    window = MainWindow(flow)
    window.show()
    flow.open_exam(str(exam))
    flow.consent("c-7")
    window.show_page("start")
    window._continue()
    exam_page = window.pages["exam"]
    assert wait_until(app, lambda: "offline" in exam_page.network.text(), 60)
    flow.finish_exam()
    finish = window.pages["finish"]
    assert wait_until(app, lambda: "parts confirmed" in finish.state.text(), 90)
    session = flow.session.folder  # type: ignore[union-attr]
    window.close()
    flow.shutdown()

    stick.mkdir(parents=True)
    again = Flow(args, practice=False)
    assert again.interrupted is not None and again.interrupted.phase == "ended"
    window = MainWindow(again)
    window.show()
    open_page = window.pages["open"]
    assert open_page.resume_button.isVisibleTo(window)
    open_page.resume_button.click()
    assert window.current_name() == "finish"
    finish = window.pages["finish"]
    assert wait_until(app, lambda: finish.complete, 60), finish.state.text()
    assert "safe to close" in finish.state.text()
    assert (stick / session.name / "session.json").is_file()
    window.close()
    again.shutdown()
    assert Flow(args, practice=False).interrupted is None
