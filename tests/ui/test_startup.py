"""What the app opens by itself: practice mode, a branded build's exam, IT's deployed exam, and
links macOS hands over as open events instead of arguments."""

from __future__ import annotations

import sys
import urllib.parse
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from client import cli, paths
from client.admin.brand import LINUX_FILE, make_build_inputs
from client.ui import file_open
from client.ui.app import build
from client.ui.startup import Startup, decide
from client.ui.window import MainWindow
from tests.ui.support import app_args, signed_exam, wait_until

pytestmark = pytest.mark.needs_display

LOGO_BGR = (40, 120, 230)  # an orange square: easy to find again in the window's pixels


def test_invigilo_practice_starts_on_the_practice_exam(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                       camera_file: Path) -> None:
    """The command a candidate types, through the real parser and launcher: the window must
    open on the practice exam's welcome page, not on "Open your exam"."""
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(100, look)
            return
        window = windows[-1]
        seen["page"] = window.current_name()
        seen["practice"] = window.flow.opened is not None and window.flow.opened.practice
        seen["badge"] = window.practice_badge.isVisibleTo(window)
        window.close()
        QCoreApplication.quit()

    QTimer.singleShot(300, look)
    QTimer.singleShot(60_000, QCoreApplication.quit)  # never hang the suite
    code = cli.main(["practice", "--camera", str(camera_file), "--spool",
                     str(data_dir / "spool"), "--lang", "en", "--theme", "light"])
    assert code == 0
    assert seen == {"page": "consent", "practice": True, "badge": True}


def test_an_exam_on_the_command_line_is_opened_without_asking(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                              camera_file: Path,
                                                              tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, hand_in_folder=tmp_path / "hand-in")
    args = app_args(data_dir / "spool", camera_file, exam=str(exam), trust=[anchor])
    flow, window = build(args, practice=False,
                         startup=decide(str(exam), practice=False, root=tmp_path / "root"))
    assert window.current_name() == "consent"
    assert flow.opened is not None and flow.opened.exam.config.exam.id == "demo-101"
    window.close()
    flow.shutdown()


def test_file_open_events_open_the_linked_exam(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                               camera_file: Path, tmp_path: Path) -> None:
    """macOS: the link arrives as a QFileOpenEvent, possibly before the window exists."""
    exam, anchor = signed_exam(tmp_path, hand_in_folder=tmp_path / "hand-in")
    other, _ = signed_exam(tmp_path, hand_in_folder=tmp_path / "hand-in", exam_id="other-2",
                           name="other")
    link = "invigilo://open?file=" + urllib.parse.quote(str(exam))
    opener = file_open.install(qt_app)
    assert file_open.install(qt_app) is opener
    QCoreApplication.postEvent(qt_app, QFileOpenEvent(QUrl(link)))
    qt_app.processEvents()
    assert opener.pending == [link]  # kept until the window can take it

    args = app_args(data_dir / "spool", camera_file, trust=[anchor])
    flow, window = build(args, practice=False, startup=Startup())
    assert window.current_name() == "open" and flow.opened is None
    opener.set_handler(window.open_requested)
    assert window.current_name() == "consent"
    assert flow.opened is not None and flow.opened.exam.config.exam.id == "demo-101"

    # A double-clicked file works the same way while nothing is recorded yet...
    QCoreApplication.postEvent(qt_app, QFileOpenEvent(str(other)))
    assert wait_until(qt_app, lambda: flow.opened.exam.config.exam.id == "other-2", 5)  # type: ignore[union-attr]
    assert window.current_name() == "consent"
    # ...but once the candidate consented, an exam under way is never replaced.
    flow.consent("c-1")
    QCoreApplication.postEvent(qt_app, QFileOpenEvent(QUrl(link)))
    wait_until(qt_app, lambda: False, 0.5)
    assert flow.opened.exam.config.exam.id == "other-2"
    window.close()
    flow.shutdown()


@pytest.fixture()
def branded_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """An institution's build laid out as the frozen app finds it (`sys._MEIPASS`): the build
    inputs `invigilo admin brand` writes, beside the app's own resources."""
    institution = tmp_path / "institution"
    exam, anchor = signed_exam(institution, hand_in_folder=tmp_path / "hand-in")
    deployed, _ = signed_exam(institution, hand_in_folder=tmp_path / "hand-in",
                              exam_id="deployed-7", title="Chemistry 7", name="chemistry")
    logo = tmp_path / "logo.png"
    cv2.imwrite(str(logo), np.full((64, 96, 3), LOGO_BGR, np.uint8))
    bundle = tmp_path / "bundle"
    make_build_inputs(anchor, "Example University", bundle, logo=logo, config=exam)
    (bundle / "resources").symlink_to(paths.resources_dir(), target_is_directory=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    root = tmp_path / "root"
    (root / LINUX_FILE).parent.mkdir(parents=True)
    return {"bundle": bundle, "deployed": deployed, "root": root, "anchor": anchor}


def test_a_branded_build_shows_its_institution_and_opens_its_exam(  # type: ignore[no-untyped-def]
        qt_app, data_dir: Path, camera_file: Path, branded_install: dict[str, Path]) -> None:
    startup = decide(None, practice=False, root=branded_install["root"])
    assert startup.branding is not None and startup.branding.institution == "Example University"
    assert startup.exam == str(branded_install["bundle"] / "branding" / "default.invigilo")

    flow, window = build(app_args(data_dir / "spool", camera_file), practice=False,
                         startup=startup)
    # The built-in exam opened without asking, trusted through the build's own anchor only.
    assert window.current_name() == "consent"
    assert flow.opened is not None and flow.opened.exam.config.exam.id == "demo-101"
    assert "Example University" in window.windowTitle()
    assert window.logo.accessibleName() == "Logo of Example University"
    wait_until(qt_app, lambda: False, 0.3)
    picture = window.grab().toImage()
    centre = window.logo.mapTo(window, window.logo.rect().center())
    ratio = picture.devicePixelRatio()
    pixel = picture.pixelColor(round(centre.x() * ratio), round(centre.y() * ratio))
    assert (pixel.blue(), pixel.green(), pixel.red()) == pytest.approx(LOGO_BGR, abs=8)
    assert window.logo.pixmap().height() > window.fontMetrics().height()

    window.show_page("open")
    assert "Example University sent you" in window.pages["open"].subtitle.text()
    window.close()
    flow.shutdown()


def test_the_exam_it_deployed_comes_before_the_builds_default(  # type: ignore[no-untyped-def]
        qt_app, data_dir: Path, camera_file: Path, branded_install: dict[str, Path]) -> None:
    root = branded_install["root"]
    (root / LINUX_FILE).write_text(f"# set by IT\n{branded_install['deployed']}\n")
    startup = decide(None, practice=False, root=root, system="Linux")
    assert startup.exam == str(branded_install["deployed"])
    assert decide("given.invigilo", practice=False, root=root).exam == "given.invigilo"
    assert decide(None, practice=True, root=root).exam is None

    flow, window = build(app_args(data_dir / "spool", camera_file), practice=False,
                         startup=startup)
    assert window.current_name() == "consent"
    assert flow.opened is not None and flow.opened.exam.config.exam.id == "deployed-7"
    assert "Chemistry 7" in window.exam_title.text()
    window.close()
    flow.shutdown()


def test_a_damaged_deployment_is_said_on_the_open_page(  # type: ignore[no-untyped-def]
        qt_app, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / LINUX_FILE).parent.mkdir(parents=True)
    (root / LINUX_FILE).write_bytes(b"\xff\xfe not text")
    startup = decide(None, practice=False, root=root, system="Linux")
    assert startup.exam is None and startup.problem is not None
    flow, window = build(app_args(data_dir / "spool", camera_file), practice=False,
                         startup=startup)
    page = window.pages["open"]
    assert window.current_name() == "open"
    assert page.error.isVisibleTo(window)
    assert "ask your IT department" in page.error.text()
    window.close()
    flow.shutdown()
