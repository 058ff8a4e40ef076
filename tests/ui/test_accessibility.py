"""Every control a keyboard reaches has a name a screen reader can say; every page exists."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from client.config.loader import Exam
from client.ui.flow import Flow
from client.ui.session import open_practice
from client.ui.window import MainWindow
from tests.ui.support import activate, app_args

pytestmark = pytest.mark.needs_display


def all_pages_window(data_dir: Path, camera: Path) -> tuple[Flow, MainWindow]:
    flow = Flow(app_args(data_dir / "spool", camera), practice=True)
    window = MainWindow(flow)
    opened = open_practice()
    config = opened.exam.config
    config = dataclasses.replace(config, checkin=dataclasses.replace(config.checkin,
                                                                     room_scan=True))
    opened.exam = Exam(config, opened.exam.signer, opened.exam.source)
    flow.use(opened)
    return flow, window


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden()]


def test_every_focusable_widget_has_an_accessible_name(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                       camera_file: Path) -> None:
    flow, window = all_pages_window(data_dir, camera_file)
    assert set(window.order) == {"open", "consent", "checks", "devices", "face", "id", "room",
                                 "start", "exam", "finish"}
    assert set(window.pages) == set(window.order) | {"paused"}  # paused stands in for exam
    missing = []
    for root in [window, window.status_window]:
        for widget in focusable(root):
            if not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                               f"in {type(widget.parentWidget()).__name__}")
    window.close()
    flow.shutdown()
    assert not missing, "\n".join(missing)


def test_the_check_finds_a_nameless_control(qt_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    holder = QWidget()
    QVBoxLayout(holder).addWidget(QLineEdit())
    nameless = [w for w in focusable(holder) if not w.accessibleName()]
    assert len(nameless) == 1


def test_escape_goes_back_and_enter_needs_a_ready_page(qt_app, qtbot, data_dir: Path,  # type: ignore[no-untyped-def]
                                                       camera_file: Path) -> None:
    flow, window = all_pages_window(data_dir, camera_file)
    qtbot.addWidget(window)
    window.show()
    assert activate(qt_app, window)
    window.show_page("consent")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.current_name() == "consent"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_name() == "open"
    window.close()
    flow.shutdown()
