"""The last page before the exam: what happens when the candidate presses Start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from client.ui.pages.base import Page, label

translate = QCoreApplication.translate


class StartPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("StartPage", "Ready to start"))
        self.body = label()
        self.layout_.addWidget(self.body)
        self.rules = label("", "notice")
        self.layout_.addWidget(self.rules)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        config = self.flow.opened.exam.config
        self.body.setText(translate(
            "StartPage", "When you press Start exam, recording begins and a small status "
            "window stays in a corner of your screen. It shows that recording works and what is "
            "still waiting to upload. Press Finish exam in it when you are done.\n\n"
            "If the app or the computer stops during the exam, open Invigilo again: your exam "
            "continues where it was, and nothing recorded is lost."))
        level = config.lockdown.level
        if level in ("strict", "moderate"):
            rules = translate("StartPage", "During the exam, close every program the exam "
                              "does not allow (chat, video calls, remote access). Invigilo "
                              "will tell you at once if something is not allowed.")
        else:
            rules = translate("StartPage", "This exam does not restrict other programs.")
        self.rules.setText(rules)
        self.set_ready(True)

    def continue_text(self) -> str:
        return translate("StartPage", "&Start exam")

    def commit(self) -> bool:
        self.flow.start_exam()
        return True
