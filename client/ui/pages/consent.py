"""Welcome, privacy and consent: what is recorded, who sees it, how long it is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from client.errors import UserError
from client.ui import texts
from client.ui.pages.base import Page, label
from client.ui.texts import config_text

translate = QCoreApplication.translate


class ConsentPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("ConsentPage", "Welcome"))
        self.intro = label()
        self.layout_.addWidget(self.intro)
        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(8)
        self.recorded = label()
        self.who = label()
        self.kept = label()
        self.contact = label(selectable=True)
        self.facts.addRow(label(translate("ConsentPage", "<b>What is recorded</b>")),
                          self.recorded)
        self.facts.addRow(label(translate("ConsentPage", "<b>Who can see it</b>")), self.who)
        self.facts.addRow(label(translate("ConsentPage", "<b>How long it is kept</b>")),
                          self.kept)
        self.contact_title = label(translate("ConsentPage", "<b>Questions</b>"))
        self.facts.addRow(self.contact_title, self.contact)
        self.layout_.addLayout(self.facts)
        self.consent_text = label("", "notice")
        self.layout_.addWidget(self.consent_text)

        form = QFormLayout()
        self.candidate = QLineEdit()
        self.candidate.setAccessibleName(translate("ConsentPage", "Candidate number"))
        self.candidate.setPlaceholderText(translate("ConsentPage", "as given by your "
                                                    "institution"))
        self.candidate.setMaxLength(64)
        form.addRow(translate("ConsentPage", "Candidate &number:"), self.candidate)
        self.layout_.addLayout(form)

        self.agree = QCheckBox(translate("ConsentPage", "I have read this and &agree to be "
                                         "recorded during the exam"))
        self.agree.setAccessibleName(translate("ConsentPage", "I agree to be recorded"))
        self.agree.toggled.connect(self.set_ready)
        self.layout_.addWidget(self.agree)
        self.error = label("", "error", selectable=True)
        self.error.setAccessibleName(translate("ConsentPage", "Problem starting the exam"))
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def enter(self) -> None:
        config = self.flow.opened.exam.config
        exam, privacy, rec = config.exam, config.privacy, config.recording
        self.title.setText(translate("ConsentPage", "Welcome to {title}").format(
            title=config_text(exam.title)))
        minutes = exam.duration_minutes
        self.intro.setText(translate(
            "ConsentPage", "{institution} uses Invigilo to supervise this exam. The exam "
            "lasts {minutes} minutes. First we check your computer, camera and microphone and "
            "take two photos; this takes about five minutes.").format(
                institution=config_text(exam.institution), minutes=minutes))
        parts = []
        if rec.webcam.enabled:
            parts.append(translate("ConsentPage", "your camera"))
        if rec.audio.enabled:
            parts.append(translate("ConsentPage", "your microphone"))
        if rec.screen.enabled:
            parts.append(translate("ConsentPage", "your screen"))
        if config.checkin.face_photo or config.checkin.id_photo:
            parts.append(translate("ConsentPage", "a photo of you and of your ID card"))
        self.recorded.setText(", ".join(parts) + ".")
        self.who.setText(config_text(privacy.who_can_see))
        self.kept.setText(translate("ConsentPage", "{days} days, then it is deleted.").format(
            days=privacy.retention_days))
        self.contact.setText(privacy.contact)
        self.contact.setVisible(bool(privacy.contact))
        self.contact_title.setVisible(bool(privacy.contact))
        self.consent_text.setText(config_text(privacy.consent_text))
        self.set_ready(self.agree.isChecked())
        self.agree.setFocus()

    def commit(self) -> bool:
        """Consent opens the session on disk: a full or read-only disk is said here."""
        try:
            self.flow.consent(self.candidate.text().strip())
        except UserError as exc:
            self.error.setText(texts.problem(exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def auto_step(self) -> None:
        self.agree.setChecked(True)
