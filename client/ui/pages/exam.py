"""The exam view in the main window: time, recording state, network, and agent messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QPushButton

from client.ui import texts
from client.ui.pages.base import Page, label, set_property
from client.ui.status_view import Status, agent_line, network_line, stream_lines, time_line

translate = QCoreApplication.translate


def violation_text(violation: dict[str, object]) -> str:
    """The agent's own words if it gave any (in the app's language: client/agent_link.py keeps
    them translatable), else a calm generic sentence."""
    said = violation.get("message")
    message = texts.local(said) if isinstance(said, str) and said else (
        violation.get("kind") or translate("ExamPage", "something on this computer"))
    if violation.get("action") == "block":
        text = translate("ExamPage", "Not allowed in this exam: {what}").format(what=message)
    else:
        text = translate("ExamPage", "Noted for the reviewer: {what}").format(what=message)
    remedy = violation.get("remedy")
    if isinstance(remedy, str) and remedy:
        text += " " + translate("ExamPage", "What to do: {remedy}").format(
            remedy=texts.local(remedy))
    return text


def needs_action(violation: dict[str, object]) -> bool:
    """A blocked finding asks the candidate to do something; a flag is only noted."""
    return violation.get("action") == "block"


class ExamPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("ExamPage", "Your exam is running"),
                         translate("ExamPage", "Work on your exam as instructed. This window "
                                   "can stay in the background: the small status window "
                                   "shows that everything is fine."))
        self.time = label()
        self.time.setAccessibleName(translate("ExamPage", "Exam time"))
        self.layout_.addWidget(self.time)
        self.streams = label()
        self.layout_.addWidget(self.streams)
        self.network = label()
        self.layout_.addWidget(self.network)
        self.alert = label("", "error")
        self.alert.setAccessibleName(translate("ExamPage", "Message from the exam's rules"))
        self.alert.hide()
        self.layout_.addWidget(self.alert)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(4)
        self.seen: set[str] = set()
        self.recording_note_shown = False
        self.history.setAccessibleName(translate("ExamPage", "Earlier messages"))
        self.history.hide()
        self.layout_.addWidget(self.history, 1)
        self.layout_.addStretch(0)  # takes the room only while the list is hidden
        self.finish = QPushButton(translate("ExamPage", "&Finish exam"))
        self.finish.setAccessibleName(translate("ExamPage", "Finish exam"))
        self.finish.setProperty("primary", True)
        self.finish.clicked.connect(self.ask_finish)
        self.layout_.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignRight)
        flow.bridge.status.connect(self.show_status)
        flow.bridge.violation.connect(self.show_violation)

    def can_go_back(self) -> bool:
        return False

    def enter(self) -> None:
        self.set_ready(False)
        if self.flow.resumed:
            self.subtitle.setText(translate("ExamPage", "Your exam continues where it was. "
                                            "Nothing recorded before the interruption was "
                                            "lost."))

    def show_status(self, status: Status) -> None:
        self.time.setText(time_line(status))
        lines = stream_lines(status)
        self.streams.setText("\n".join([text for text, _ in lines] + [agent_line(status)]))
        self.network.setText(network_line(status))
        set_property(self.network, "role", "hint" if status.online is False else "plain")
        if "recorder" in status.problems and not self.recording_note_shown:
            self.recording_note_shown = True
            self.history.insertItem(0, translate(
                "ExamPage", "The recording could not start on this computer. Your exam goes "
                "on and this is noted for the reviewer; tell your institution after the exam."))
            self.history.show()

    def note(self, text: str) -> None:
        """A calm line at the top of the earlier messages."""
        self.history.insertItem(0, text)
        self.history.show()

    def show_violation(self, violation: dict[str, object]) -> None:
        """Something to act on (blocked) in red at the top; notes for the reviewer listed calmly.

        The same finding repeated (the agent reports a running program until it is closed) is
        shown once.
        """
        text = violation_text(violation)
        if text in self.seen:
            return
        self.seen.add(text)
        if needs_action(violation):
            if self.alert.isVisible():
                self.history.insertItem(0, self.alert.text())
            self.alert.setText(text)
            self.alert.show()
        else:
            self.history.insertItem(0, text)
        self.history.setVisible(self.history.count() > 0)

    def ask_finish(self) -> None:
        if self.flow.auto:
            self.flow.finish_exam()
            return
        answer = QMessageBox.question(
            self, translate("ExamPage", "Finish the exam?"),
            translate("ExamPage", "Finish the exam now? Recording stops and cannot be started "
                      "again for this exam."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.flow.finish_exam()
