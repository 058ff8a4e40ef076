"""Hand-in: upload progress, and "safe to close" only when the backend confirmed everything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton

from client.ui import texts
from client.ui.handin import HandIn, shown_folder
from client.ui.pages.base import Page, label, restyle
from client.ui.status_view import size

translate = QCoreApplication.translate


class FinishPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("FinishPage", "Handing in your exam"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(translate("FinishPage", "Upload progress"))
        self.layout_.addWidget(self.progress)
        self.state = label()
        self.state.setAccessibleName(translate("FinishPage", "Hand-in state"))
        self.layout_.addWidget(self.state)
        self.upload_problem = label("", "subtitle", selectable=True)
        self.upload_problem.setAccessibleName(translate("FinishPage", "Why the upload waits"))
        self.upload_problem.hide()
        self.layout_.addWidget(self.upload_problem)
        self.folder_note = label("", "notice", selectable=True)
        self.folder_note.hide()
        self.layout_.addWidget(self.folder_note)
        row = QHBoxLayout()
        self.copy = QPushButton(translate("FinishPage", "&Copy folder path"))
        self.copy.setAccessibleName(translate("FinishPage", "Copy folder path"))
        self.copy.clicked.connect(self.copy_path)
        self.open = QPushButton(translate("FinishPage", "Show &folder"))
        self.open.setAccessibleName(translate("FinishPage", "Show folder"))
        self.open.clicked.connect(self.open_folder)
        row.addWidget(self.copy)
        row.addWidget(self.open)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.folder = ""
        self.complete = False
        flow.bridge.status.connect(self._status)

    def can_go_back(self) -> bool:
        return False

    def continue_text(self) -> str:
        return translate("FinishPage", "&Close")

    def enter(self) -> None:
        if not self.complete:
            self.state.setText(translate("FinishPage", "Your exam is finished. Sealing the last "
                                         "recording and starting the upload…"))
        self.set_ready(self.complete)

    def _status(self, status: object) -> None:
        hand_in = getattr(status, "hand_in", None)
        if isinstance(hand_in, HandIn) and self.isVisible():
            self.show_hand_in(hand_in, getattr(status, "receipt_code", ""),
                              getattr(status, "upload_problem", ""))

    def show_hand_in(self, hand_in: HandIn, code: str = "", problem: str = "") -> None:
        """`problem`: the uploader's last failure (client/upload/errors.py), in the app's
        language; shown while the hand-in waits, so a candidate knows what holds it up (an
        unplugged USB stick, a refused login) rather than only that it waits."""
        self.folder = str(hand_in.folder)
        self.upload_problem.setVisible(bool(problem) and not hand_in.complete)
        if problem:
            self.upload_problem.setText(translate(
                "FinishPage", "The last attempt did not work: {problem}").format(
                    problem=texts.local(problem)))
        self.progress.setValue(round(hand_in.fraction * 1000))
        if hand_in.complete:
            self.complete = True
            self.state.setText(translate("FinishPage", "✓ Everything is handed in and "
                                         "confirmed. It is safe to close Invigilo."))
            self.state.setProperty("role", "good")
            if code:
                self.folder_note.setText(translate(
                    "FinishPage", "Your hand-in code is {code}. Your institution can check "
                    "it against what it received; keep it until your result is out.").format(
                        code=code))
                self.folder_note.show()
            else:
                self.folder_note.hide()
            self.copy.hide()
            self.open.hide()
            self.set_ready(True)
        else:
            self.state.setText(translate(
                "FinishPage", "Uploading: {done} of {total} parts confirmed, {left} still to "
                "send. Please keep Invigilo open and stay online.").format(
                    done=hand_in.confirmed_files, total=hand_in.total_files,
                    left=size(hand_in.pending_bytes)))
            self.state.setProperty("role", "hint")
            self.folder_note.setText(translate(
                "FinishPage", "If you have to close before this finishes, nothing is lost: "
                "Invigilo continues the upload the next time it opens. If your institution "
                "asked you to hand in a folder instead, it is:\n{folder}").format(
                    folder=shown_folder(hand_in.folder)))
            self.folder_note.setToolTip(self.folder)  # the whole path; Copy copies it too
            self.folder_note.show()
            self.set_ready(False)
        restyle(self.state)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.folder)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

    def commit(self) -> bool:
        return self.complete
