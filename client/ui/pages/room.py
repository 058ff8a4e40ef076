"""Room scan, when the exam asks for one: stills of the room while the candidate turns the camera.

Stills (one every two seconds) instead of video: a reviewer needs to see the room, not watch it,
and twelve JPEGs cost a fraction of a video on a slow uplink.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressBar, QPushButton

from client.ui.pages.base import Page
from client.ui.widgets.video import VideoView

translate = QCoreApplication.translate
STILLS = 12
INTERVAL_MS = 2000


class RoomPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("RoomPage", "Show your room"),
                         translate("RoomPage", "Press Start scan, then slowly turn your laptop "
                                   "or camera once around the room, including your desk. It "
                                   "takes about 25 seconds."))
        self.video = VideoView()
        self.video.setAccessibleName(translate("RoomPage", "Camera picture"))
        self.layout_.addWidget(self.video, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, STILLS)
        self.progress.setAccessibleName(translate("RoomPage", "Room scan progress"))
        self.layout_.addWidget(self.progress)
        self.scan = QPushButton(translate("RoomPage", "&Start scan"))
        self.scan.setAccessibleName(translate("RoomPage", "Start room scan"))
        self.scan.clicked.connect(self.start_scan)
        self.layout_.addWidget(self.scan)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._still)
        flow.bridge.image.connect(self._image)

    def enter(self) -> None:
        self.flow.start_previews(audio=False)
        self.set_ready(self.progress.value() >= STILLS)

    def leave(self) -> None:
        self.timer.stop()

    def _image(self, image: QImage) -> None:
        if self.isVisible():
            self.video.set_image(image)

    def start_scan(self) -> None:
        self.progress.setValue(0)
        self.scan.setEnabled(False)
        self.flow.session_event("room_scan_started")
        self.timer.start()

    def _still(self) -> None:
        if self.flow.save_still("room"):
            self.progress.setValue(self.progress.value() + 1)
        if self.progress.value() >= STILLS:
            self.timer.stop()
            self.scan.setEnabled(True)
            self.scan.setText(translate("RoomPage", "&Scan again"))
            self.flow.session_event("room_scan_finished", stills=STILLS)
            self.set_ready(True)
            self.focus_next.emit()

    def auto_step(self) -> None:
        if self.scan.isEnabled() and not self.is_ready():
            self.scan.click()
