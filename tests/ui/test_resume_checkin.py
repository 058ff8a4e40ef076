"""Closed during check-in and opened again: the same session, check-in again from consent."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.journal import SessionMeta, list_sessions
from client.ui.flow import Flow
from client.ui.window import MainWindow
from tests.ui.support import app_args

pytestmark = pytest.mark.needs_display


def test_closed_during_check_in_continues_the_same_session(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                           camera_file: Path) -> None:
    args = app_args(data_dir / "spool", camera_file)
    flow = Flow(args, practice=True)
    window = MainWindow(flow)
    window.pages["open"].practice_button.click()
    assert window.current_name() == "consent"
    window.pages["consent"].agree.setChecked(True)
    window._continue()  # consent given: the session exists from here on
    first = flow.session.folder  # type: ignore[union-attr]
    window.close()
    flow.shutdown()

    again = Flow(args, practice=True)
    window = MainWindow(again)
    assert again.interrupted is not None and again.interrupted.phase == "check_in"
    window.pages["open"].resume_button.click()
    assert window.current_name() == "consent"
    assert again.session is not None and again.session.folder == first
    window.pages["consent"].agree.setChecked(True)
    window._continue()
    assert window.current_name() == "checks"
    assert list_sessions(data_dir / "spool") == [first]
    assert len(SessionMeta.load(first).epochs) == 2
    window.close()
    again.shutdown()
