"""The main window: a header with the exam and the steps, the current page, Back and Continue.

One page at a time and a visible list of steps, so a stressed candidate always knows where they
are and what comes next. Enter presses Continue, Escape goes back where that is allowed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from client import paths
from client.admin.brand import Branding
from client.ui.flow import Flow
from client.ui.pages.base import Page, label
from client.ui.pages.checks import ChecksPage
from client.ui.pages.consent import ConsentPage
from client.ui.pages.devices import DevicesPage
from client.ui.pages.exam import ExamPage
from client.ui.pages.finish import FinishPage
from client.ui.pages.open_exam import OpenPage
from client.ui.pages.paused import PausedPage
from client.ui.pages.photo import PhotoPage
from client.ui.pages.room import RoomPage
from client.ui.pages.start import StartPage
from client.ui.startup import Startup
from client.ui.state import Phase
from client.ui.status_window import StatusWindow
from client.ui.texts import config_text

translate = QCoreApplication.translate
AUTO_TICK_MS = 700


def step_names() -> dict[str, str]:
    return {
        "open": translate("MainWindow", "Open exam"),
        "consent": translate("MainWindow", "Consent"),
        "checks": translate("MainWindow", "System check"),
        "devices": translate("MainWindow", "Camera and mic"),
        "face": translate("MainWindow", "Face photo"),
        "id": translate("MainWindow", "ID photo"),
        "room": translate("MainWindow", "Room"),
        "start": translate("MainWindow", "Start"),
        "exam": translate("MainWindow", "Exam"),
        "finish": translate("MainWindow", "Hand-in"),
    }


class MainWindow(QMainWindow):
    def __init__(self, flow: Flow, *, branding: Branding | None = None) -> None:
        super().__init__()
        self.flow = flow
        self.branding = branding  # an institution's build: its name and logo, not ours
        self._fullscreen = False  # as last journaled (client/flags raises b2 from it)
        self.setWindowTitle(translate("MainWindow", "Invigilo"))
        self.setWindowIcon(QIcon(str(self._logo_path())))
        self.setMinimumSize(640, 520)
        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._header())
        steps = QVBoxLayout()
        steps.setContentsMargins(16, 0, 16, 0)
        steps.setSpacing(4)
        self.step_text = label("", "step")
        self.step_text.setAccessibleName(translate("MainWindow", "Progress"))
        steps.addWidget(self.step_text)
        self.step_bar = QProgressBar()
        self.step_bar.setTextVisible(False)
        self.step_bar.setMaximumHeight(6)
        self.step_bar.setAccessibleName(translate("MainWindow", "Steps done"))
        steps.addWidget(self.step_bar)
        outer.addLayout(steps)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        outer.addLayout(self._footer())
        self.pages: dict[str, Page] = {}
        self.order: list[str] = []
        self.status_window = StatusWindow()
        self.status_window.finish_requested.connect(self._finish_from_status)
        self.status_window.open_requested.connect(self._bring_up)
        self._add("open", OpenPage(flow, institution=branding.institution if branding else ""))
        self._build_steps(["open"])
        self.show_page("open")
        flow.exam_opened.connect(self._exam_opened)
        flow.exam_started.connect(self._exam_started)
        flow.exam_finished.connect(self._exam_finished)
        flow.checkin_resumed.connect(lambda: self.show_page("consent"))
        flow.handed_in.connect(self._handed_in)
        flow.exam_paused.connect(self._exam_paused)
        flow.exam_unpaused.connect(self._exam_unpaused)
        flow.bridge.status.connect(self.status_window.show_status)
        flow.bridge.violation.connect(self._violation)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self._enter_pressed)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self._enter_pressed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._back_pressed)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(AUTO_TICK_MS)
        self.auto_timer.timeout.connect(self._auto_tick)
        if flow.auto:
            self.auto_timer.start()

    # ---------------------------------------------------------------- building
    def _logo_path(self) -> Path:
        if self.branding is not None and self.branding.logo is not None:
            return self.branding.logo
        return paths.resource("icons/invigilo.svg")

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(16, 12, 16, 4)
        self.logo = label(wrap=False)
        if self.branding is not None and self.branding.logo is not None:
            # An institution's logo is a PNG of any shape: two lines of text high.
            height = self.fontMetrics().height() * 2 + 8
            ratio = self.devicePixelRatioF()
            image = QPixmap(str(self.branding.logo)).scaledToHeight(
                round(height * ratio), Qt.TransformationMode.SmoothTransformation)
            image.setDevicePixelRatio(ratio)
            self.logo.setPixmap(image)
            self.logo.setAccessibleName(translate("MainWindow", "Logo of {institution}").format(
                institution=self.branding.institution))
        else:
            side = self.fontMetrics().height() + 6
            self.logo.setPixmap(QIcon(str(self._logo_path())).pixmap(side, side))
        row.addWidget(self.logo)
        name = self.branding.institution if self.branding is not None else translate(
            "MainWindow", "Invigilo")
        self.exam_title = label(html.escape(name), "subtitle")
        self.exam_title.setAccessibleName(translate("MainWindow", "Exam"))
        row.addWidget(self.exam_title, 1)
        self.practice_badge = label(translate("MainWindow", "PRACTICE"), "practice", wrap=False)
        self.practice_badge.setAccessibleName(translate("MainWindow", "Practice mode"))
        self.practice_badge.hide()
        row.addWidget(self.practice_badge)
        return row

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(16, 8, 16, 16)
        self.back = QPushButton(translate("MainWindow", "&Back"))
        self.back.setAccessibleName(translate("MainWindow", "Back"))
        self.back.clicked.connect(self._back_pressed)
        row.addWidget(self.back)
        row.addStretch(1)
        self.next = QPushButton(translate("MainWindow", "&Continue"))
        self.next.setAccessibleName(translate("MainWindow", "Continue"))
        self.next.setProperty("primary", True)
        self.next.clicked.connect(self._continue)
        row.addWidget(self.next)
        return row

    def _add(self, name: str, page: Page) -> None:
        self.pages[name] = page
        self.stack.addWidget(page)
        page.ready_changed.connect(self._update_nav)
        page.advance.connect(self._continue_from_page)
        page.focus_next.connect(self._focus_continue)

    def _build_steps(self, order: list[str]) -> None:
        self.order = order
        self.step_bar.setRange(0, max(1, len(order) - 1))

    def _show_step(self, name: str) -> None:
        """One line that always fits: where the candidate is and what comes next."""
        name = "exam" if name == "paused" else name
        names = step_names()
        index = self.order.index(name) if name in self.order else 0
        if len(self.order) <= 1:
            self.step_text.setText("")
            self.step_bar.hide()
            return
        self.step_bar.show()
        self.step_bar.setValue(index)
        text = translate("MainWindow", "Step {n} of {total}: <b>{name}</b>").format(
            n=index + 1, total=len(self.order), name=names[name])
        if index + 1 < len(self.order):
            text += " · " + translate("MainWindow", "next: {name}").format(
                name=names[self.order[index + 1]])
        self.step_text.setText(text)

    def _exam_opened(self) -> None:
        flow = self.flow
        config = flow.opened.exam.config
        self.exam_title.setText(f"<b>{html.escape(config_text(config.exam.title))}</b> · "
                                f"{html.escape(config_text(config.exam.institution))}")
        self.practice_badge.setVisible(config.exam.practice)
        order = ["open", "consent", "checks", "devices"]
        if config.checkin.face_photo:
            order.append("face")
        if config.checkin.id_photo:
            order.append("id")
        if config.checkin.room_scan:
            order.append("room")
        order += ["start", "exam", "finish"]
        makers = {"consent": ConsentPage, "checks": ChecksPage, "devices": DevicesPage,
                  "room": RoomPage, "start": StartPage, "exam": ExamPage,
                  "finish": FinishPage}
        for name in order:
            if name in self.pages:
                continue
            if name in ("face", "id"):
                self._add(name, PhotoPage(flow, name))
            else:
                self._add(name, makers[name](flow))
        if "paused" not in self.pages:  # not a step: it stands in for the exam page
            paused = PausedPage(flow)
            self._add("paused", paused)
            exam = self.pages["exam"]
            assert isinstance(exam, ExamPage)
            paused.finish_requested.connect(exam.ask_finish)
        self._build_steps(order)

    # ---------------------------------------------------------------- opening
    def start(self, startup: Startup) -> None:
        """Open what the app was started with (client/ui/startup.py), unless an interrupted
        exam waits: then the open page offers to continue it, which comes first."""
        page = self.pages["open"]
        assert isinstance(page, OpenPage)
        if startup.problem is not None:
            page.show_error(startup.problem)
        if self.flow.interrupted is not None:
            return
        if startup.practice:
            page.open_practice()
        elif startup.exam:
            page._open(startup.exam)

    def open_requested(self, where: str) -> None:
        """An exam link or file the system handed over while the app runs (macOS)."""
        self._bring_up()
        session = self.flow.session
        if self.flow.interrupted is not None and session is None:
            return  # continuing the interrupted exam comes first; the open page says so
        if session is not None and session.writer is not None:
            return  # an exam is under way: it is never replaced by another
        self.show_page("open")
        page = self.pages["open"]
        assert isinstance(page, OpenPage)
        page._open(where)

    # ---------------------------------------------------------------- moving
    def current_name(self) -> str:
        page = self.stack.currentWidget()
        return next(n for n, p in self.pages.items() if p is page)

    def show_page(self, name: str) -> None:
        old = self.stack.currentWidget()
        if isinstance(old, Page) and old is not self.pages[name]:
            old.leave()
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        self._show_step(name)
        page.enter()
        self._update_nav()
        if self.branding is not None:
            self.setWindowTitle(translate("MainWindow", "{institution}: {page}").format(
                institution=self.branding.institution, page=page.title.text()))
        else:
            self.setWindowTitle(translate("MainWindow", "Invigilo: {page}").format(
                page=page.title.text()))

    def _update_nav(self) -> None:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        name = self.current_name()
        index = self.order.index(name) if name in self.order else 0
        self.back.setVisible(index > 0 and page.can_go_back())
        self.next.setText(page.continue_text() or translate("MainWindow", "&Continue"))
        self.next.setAccessibleName(self.next.text().replace("&", ""))
        self.next.setVisible(name not in ("open", "exam", "paused"))
        self.next.setEnabled(page.is_ready())

    def _continue(self) -> None:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        name = self.current_name()  # before commit: Start moves to the exam page by itself
        if not page.is_ready() or not page.commit():
            return
        if name == "finish":
            self.close()
            return
        if name == "start":
            return  # exam_started moves on
        self.show_page(self.order[self.order.index(name) + 1])

    def _continue_from_page(self) -> None:
        if self.current_name() == "open" and len(self.order) > 1:
            if self.flow.session is not None and self.flow.session.resumed:
                return  # exam_started / exam_finished place the window
            self.show_page(self.order[1])

    def _focus_continue(self) -> None:
        if self.next.isVisible() and self.next.isEnabled():
            self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter_pressed(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.next and focus.isVisible():
            focus.click()  # Enter on a focused button presses that button
            return
        if self.next.isVisible() and self.next.isEnabled():
            self._continue()

    def _back_pressed(self) -> None:
        if not self.back.isVisible():
            return
        name = self.current_name()
        index = self.order.index(name)
        if index > 0:
            self.show_page(self.order[index - 1])

    # ---------------------------------------------------------------- exam
    def _exam_started(self) -> None:
        self.show_page("exam")
        policy = self.flow.opened.exam.config.lockdown
        fullscreen = policy.fullscreen if policy.fullscreen is not None else (
            policy.level == "strict")
        if fullscreen:
            self.showFullScreen()
        else:
            self.showMinimized() if not self.flow.auto else None
        self.status_window.show()
        self.status_window.place()

    def _exam_paused(self, faults: object) -> None:
        page = self.pages.get("paused")
        if not isinstance(page, PausedPage) or not isinstance(faults, tuple):
            return
        page.show_faults(faults)
        if self.current_name() in ("exam", "paused"):
            self.show_page("paused")
            self._bring_up()

    def _exam_unpaused(self) -> None:
        exam = self.pages.get("exam")
        if isinstance(exam, ExamPage):
            exam.note(translate("MainWindow", "Recording runs again."))
        if self.current_name() == "paused":
            self.show_page("exam")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            session = self.flow.session
            if full != self._fullscreen and session is not None and session.state.recording:
                self._fullscreen = full
                self.flow.fullscreen_changed(full)

    def _exam_finished(self) -> None:
        self.status_window.hide()
        if self.isFullScreen():
            self.showNormal()
        self._bring_up()
        self.show_page("finish")

    def _handed_in(self) -> None:
        page = self.pages.get("finish")
        if isinstance(page, FinishPage) and self.flow.session is not None:
            self.flow.session_event("handed_in")

    def _finish_from_status(self) -> None:
        self._bring_up()
        page = self.pages.get("exam")
        if isinstance(page, ExamPage):
            page.ask_finish()

    def _bring_up(self) -> None:
        """In front and active; a full-screen exam stays full screen (leaving it is flagged)."""
        if not self.isFullScreen():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _violation(self, violation: object) -> None:
        if isinstance(violation, dict):
            self.status_window.show_violation(violation)

    # ---------------------------------------------------------------- auto
    def _auto_tick(self) -> None:
        """--auto: press what a candidate would press, one step per tick."""
        name = self.current_name()
        page = self.pages[name]
        if name == "open":
            if self.flow.interrupted is not None:
                assert isinstance(page, OpenPage)
                page.continue_interrupted()
            elif self.flow.practice_mode or self.flow.args.exam:
                self._auto_open()
            return
        if name in ("exam", "finish", "paused"):
            if name == "finish" and page.is_ready() and self.flow.args.auto_finish is not None:
                self.auto_timer.stop()
                self.close()
            return
        page.auto_step()
        if page.is_ready():
            self._continue()

    def _auto_open(self) -> None:
        page = self.pages["open"]
        assert isinstance(page, OpenPage)
        if self.flow.practice_mode:
            page.open_practice()
        else:
            page._open(self.flow.args.exam)

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.flow.session
        if session is not None and session.state.phase in (Phase.RUNNING, Phase.PAUSED) \
                and not self.flow.auto:
            answer = QMessageBox.question(
                self, translate("MainWindow", "Close during the exam?"),
                translate("MainWindow", "Your exam is still running. If you close Invigilo "
                          "now, recording stops until you open it again. Close anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.status_window.close()
        self.flow.shutdown()
        event.accept()
