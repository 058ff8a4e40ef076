"""Face photo and ID photo with live quality feedback; the photo goes into the journal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from client.ui import texts
from client.ui.pages.base import Page, label, restyle
from client.ui.quality import Quality
from client.ui.widgets.video import VideoView

translate = QCoreApplication.translate


class PhotoPage(Page):
    def __init__(self, flow, kind: str) -> None:  # type: ignore[no-untyped-def]
        if kind == "face":
            title = translate("PhotoPage", "Photo of your face")
            sub = translate("PhotoPage", "Look straight at the camera, with your face lit "
                            "from the front. The photo shows the reviewer that it is you.")
        else:
            title = translate("PhotoPage", "Photo of your ID card")
            sub = translate("PhotoPage", "Hold your student or identity card close to the "
                            "camera, photo side towards it, so that the whole card is visible.")
        super().__init__(flow, title, sub)
        self.kind = kind
        self.video = VideoView()
        self.video.setAccessibleName(title)
        self.video.set_placeholder(translate("PhotoPage", "Starting the camera…"))
        self.layout_.addWidget(self.video, 1)
        self.feedback = label("", "hint")
        self.feedback.setAccessibleName(translate("PhotoPage", "Photo quality"))
        self.layout_.addWidget(self.feedback)
        row = QHBoxLayout()
        self.take = QPushButton(translate("PhotoPage", "&Take photo"))
        self.take.setAccessibleName(translate("PhotoPage", "Take photo"))
        self.take.setProperty("primary", True)
        self.take.setEnabled(False)
        self.take.clicked.connect(self.take_photo)
        self.retake = QPushButton(translate("PhotoPage", "&Retake"))
        self.retake.setAccessibleName(translate("PhotoPage", "Retake photo"))
        self.retake.clicked.connect(self.again)
        self.retake.hide()
        row.addWidget(self.take)
        row.addWidget(self.retake)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.latest: Quality | None = None
        self.taken = False
        flow.bridge.image.connect(self._image)
        flow.bridge.quality.connect(self._quality)

    def enter(self) -> None:
        if not self.taken and self.latest is None:
            self.feedback.setText(translate("PhotoPage", "Looking at the camera picture…"))
        self.flow.start_previews(audio=False)
        self.flow.assess(self.kind if not self.taken else None)
        self.set_ready(self.taken)

    def leave(self) -> None:
        self.flow.assess(None)

    def _image(self, image: QImage) -> None:
        if self.isVisible() and not self.taken:
            box = self.latest.box if self.latest else None
            self.video.set_image(image, box, bool(self.latest and self.latest.ok))

    def _quality(self, quality: Quality) -> None:
        if not self.isVisible() or self.taken or quality.kind != self.kind:
            return
        self.latest = quality
        self.video.set_image(self.video.image(), quality.box, quality.ok)
        self.feedback.setText(texts.quality_message(quality.message_key))
        self.feedback.setProperty("role", "good" if quality.ok else "hint")
        restyle(self.feedback)
        self.take.setEnabled(quality.ok)

    def take_photo(self) -> None:
        shot = self.flow.take_photo(self.kind)
        if shot is None:
            return
        image, quality = shot
        self.taken = True
        self.flow.assess(None)
        self.video.set_image(image, quality.box, True)
        self.feedback.setText(translate("PhotoPage", "Photo saved. Continue, or retake it."))
        self.feedback.setProperty("role", "good")
        restyle(self.feedback)
        self.take.hide()
        self.retake.show()
        self.set_ready(True)
        self.focus_next.emit()

    def again(self) -> None:
        self.taken = False
        self.retake.hide()
        self.take.show()
        self.take.setEnabled(False)
        self.set_ready(False)
        self.flow.assess(self.kind)

    def auto_step(self) -> None:
        if self.take.isEnabled() and self.take.isVisible():
            self.take.click()
