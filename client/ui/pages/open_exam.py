"""Open an exam: a file, an invigilo:// link or the practice exam; or resume an interrupted one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton

from client.errors import UserError
from client.ui import texts
from client.ui.pages.base import Page, label

translate = QCoreApplication.translate


class OpenPage(Page):
    def __init__(self, flow, *, institution: str = "") -> None:  # type: ignore[no-untyped-def]
        if institution:  # a branded build names the institution that sends its exams
            intro = translate("OpenPage", "{institution} sent you an exam file (ending in "
                              ".invigilo) or a link. You can also try everything first with a "
                              "practice exam.").format(institution=institution)
        else:
            intro = translate("OpenPage", "Your institution sent you an exam file (ending "
                              "in .invigilo) or a link. You can also try everything first "
                              "with a practice exam.")
        super().__init__(flow, translate("OpenPage", "Open your exam"), intro)
        self.resume_note = label("", "notice")
        self.layout_.addWidget(self.resume_note)
        self.resume_button = QPushButton(translate("OpenPage", "C&ontinue my exam"))
        self.resume_button.setAccessibleName(translate("OpenPage", "Continue my exam"))
        self.resume_button.setProperty("primary", True)
        self.resume_button.clicked.connect(self.continue_interrupted)
        self.layout_.addWidget(self.resume_button)

        self.file_button = QPushButton(translate("OpenPage", "Open exam &file…"))
        self.file_button.setAccessibleName(translate("OpenPage", "Open exam file"))
        self.file_button.clicked.connect(self.choose_file)
        self.layout_.addWidget(self.file_button)

        row = QHBoxLayout()
        self.link = QLineEdit()
        self.link.setPlaceholderText(translate("OpenPage", "or paste an invigilo:// link here"))
        self.link.setAccessibleName(translate("OpenPage", "Exam link"))
        self.link.returnPressed.connect(self.open_link)
        row.addWidget(self.link, 1)
        self.link_button = QPushButton(translate("OpenPage", "Open &link"))
        self.link_button.setAccessibleName(translate("OpenPage", "Open link"))
        self.link_button.clicked.connect(self.open_link)
        row.addWidget(self.link_button)
        self.layout_.addLayout(row)

        self.practice_button = QPushButton(translate("OpenPage", "Try a &practice exam"))
        self.practice_button.setAccessibleName(translate("OpenPage", "Try a practice exam"))
        self.practice_button.clicked.connect(self.open_practice)
        self.layout_.addWidget(self.practice_button)

        self.error = label("", "error", selectable=True)
        self.error.setAccessibleName(translate("OpenPage", "Problem opening the exam"))
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        note = self.flow.interrupted
        self.resume_note.setVisible(note is not None)
        self.resume_button.setVisible(note is not None)
        if note is not None:
            self.resume_note.setText(translate(
                "OpenPage", "Your exam was interrupted (the app was closed or the computer "
                "restarted). Nothing recorded was lost: continue it now."))
            self.resume_button.setFocus()
        self.set_ready(False)

    def show_error(self, error: UserError) -> None:
        """The problem in the app's language (the loader, the journal and the trust checks
        mark their sentences for translation), with what to do about it."""
        self.error.setText(texts.problem(error))
        self.error.show()

    def continue_interrupted(self) -> None:
        """Continue the interrupted exam; a session that cannot go on (damaged, or its disk
        full) is said here, and the candidate can open the exam again."""
        try:
            self.flow.continue_interrupted()
        except UserError as exc:
            self.enter()  # the offer to continue is gone with it
            self.show_error(exc)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("OpenPage", "Open exam file"), "",
            translate("OpenPage", "Exam files (*.invigilo);;All files (*)"))
        if path:
            self._open(path)

    def open_link(self) -> None:
        text = self.link.text().strip()
        if text:
            self._open(text)

    def open_practice(self) -> None:
        self._open(None)

    def _open(self, where: str | None) -> None:
        try:
            self.flow.open_exam(where)
        except UserError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        self.advance.emit()
