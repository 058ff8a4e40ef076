"""Camera and microphone preview with a level meter: the candidate sees and hears the setup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from client.ui import texts
from client.ui.pages.base import Page, label, restyle
from client.ui.widgets.meter import LevelMeter
from client.ui.widgets.video import VideoView

translate = QCoreApplication.translate
HEARD = 0.35   # a spoken word reaches this on the meter's dB scale; room noise does not


class DevicesPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("DevicesPage", "Camera and microphone"),
                         translate("DevicesPage", "Sit where you will sit during the exam. "
                                   "Your face should be in the middle of the picture. Then say "
                                   "a few words: the bar below should move."))
        row = QHBoxLayout()
        self.video = VideoView()
        self.video.setAccessibleName(translate("DevicesPage", "Camera picture"))
        self.video.set_placeholder(translate("DevicesPage", "Starting the camera…"))
        row.addWidget(self.video, 3)
        side = QVBoxLayout()
        side.addWidget(label(translate("DevicesPage", "Microphone level")))
        self.meter = LevelMeter(translate("DevicesPage", "Microphone level"))
        side.addWidget(self.meter)
        self.camera_state = label()
        self.mic_state = label()
        side.addWidget(self.camera_state)
        side.addWidget(self.mic_state)
        side.addStretch(1)
        row.addLayout(side, 2)
        self.layout_.addLayout(row, 1)
        self.seen_picture = False
        self.heard = False
        flow.bridge.image.connect(self._image)
        flow.bridge.level.connect(self._level)
        flow.bridge.device_error.connect(self._error)

    def enter(self) -> None:
        self._show_state()
        self.flow.start_previews(audio=True)

    def leave(self) -> None:
        self.flow.stop_audio_preview()

    def _image(self, image: QImage) -> None:
        if not self.isVisible():
            return
        self.video.set_image(image)
        if not self.seen_picture:
            self.seen_picture = True
            self._show_state()

    def _level(self, level: float) -> None:
        self.meter.set_level(level)
        if level >= HEARD and not self.heard:
            self.heard = True
            self._show_state()

    def _error(self, key: str) -> None:
        target = self.camera_state if key == "no_camera" else self.mic_state
        target.setText(texts.device_message(key))
        target.setProperty("role", "error")
        restyle(target)
        if key == "no_camera":
            self.video.set_placeholder(texts.device_message(key))

    def _show_state(self) -> None:
        config = self.flow.opened.exam.config
        need_camera = config.recording.webcam.enabled
        need_mic = config.recording.audio.enabled
        for widget, needed, ok, good, waiting in (
            (self.camera_state, need_camera, self.seen_picture,
             translate("DevicesPage", "✓ Camera works."),
             translate("DevicesPage", "Waiting for the camera picture…")),
            (self.mic_state, need_mic, self.heard,
             translate("DevicesPage", "✓ The microphone hears you."),
             translate("DevicesPage", "Say a few words so the microphone can hear you.")),
        ):
            if not needed:
                widget.setText(translate("DevicesPage", "Not used in this exam."))
                widget.setProperty("role", "subtitle")
            else:
                widget.setText(good if ok else waiting)
                widget.setProperty("role", "good" if ok else "hint")
            restyle(widget)
        self.set_ready((self.seen_picture or not need_camera) and (self.heard or not need_mic))
