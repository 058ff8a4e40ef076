"""The exam is paused: a part it needs stopped. What happened, what to do, calmly.

Shown in place of the exam page while client/ui/pause.py says the recording is not whole, and
left by itself as soon as it is again. Nothing here blames the candidate: a camera cable or a
full disk is fixed, not confessed, and everything recorded so far is kept either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton

from client.ui import texts
from client.ui.pages.base import Page, label

translate = QCoreApplication.translate


class PausedPage(Page):
    finish_requested = Signal()

    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("Paused", "Recording is paused"),
                         translate("Paused", "Your exam time keeps running, and everything "
                                   "recorded so far is kept."))
        self.what = label("", "hint")
        self.what.setAccessibleName(translate("Paused", "What happened"))
        self.layout_.addWidget(self.what)
        self.todo = label("", "notice")
        self.todo.setAccessibleName(translate("Paused", "What to do"))
        self.layout_.addWidget(self.todo)
        self.note = label(translate("Paused", "Recording starts again by itself as soon as "
                                    "this is fixed, and this page closes. You can keep working "
                                    "on your exam meanwhile."), "subtitle")
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)
        self.finish = QPushButton(translate("Paused", "&Finish exam"))
        self.finish.setAccessibleName(translate("Paused", "Finish exam"))
        self.finish.clicked.connect(self.finish_requested)  # the exam page asks, as always
        self.layout_.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignRight)
        self.faults: tuple[str, ...] = ()

    def can_go_back(self) -> bool:
        return False

    def show_faults(self, faults: tuple[str, ...]) -> None:
        self.faults = faults
        reasons = [texts.pause_reason(f) for f in faults] or [texts.pause_reason("")]
        self.what.setText(translate("Paused", "What happened: {what}").format(
            what=" ".join(what for what, _ in reasons)))
        self.todo.setText(translate("Paused", "What to do: {todo}").format(
            todo=" ".join(todo for _, todo in reasons)))

