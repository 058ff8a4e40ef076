"""The small always-on-top status during the exam: recording, network, upload, time.

Frameless and out of the way (top-right corner), because the candidate works in another window;
it never takes focus from the exam on its own, except to show an agent's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from client.ui.pages.base import label, set_property
from client.ui.pages.exam import needs_action, violation_text
from client.ui.status_view import Status, agent_line, network_line, stream_lines, time_line

translate = QCoreApplication.translate


class StatusWindow(QWidget):
    finish_requested = Signal()
    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(translate("StatusWindow", "Invigilo: exam status"))
        self.setAccessibleName(translate("StatusWindow", "Exam status"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._refit_pending = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame.setObjectName("statusWindow")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 10, 12, 10)
        self.headline = QLabel(translate("StatusWindow", "● Recording"))
        self.headline.setProperty("status", "pass")
        self.headline.setWordWrap(True)  # "Paused: ..." is longer in some languages
        box.addWidget(self.headline)
        self.time = QLabel()
        box.addWidget(self.time)
        self.streams = QLabel()
        box.addWidget(self.streams)
        self.network = label()
        box.addWidget(self.network)
        self.alert = label("", "error")
        self.alert.hide()
        box.addWidget(self.alert)
        self.open_button = QPushButton(translate("StatusWindow", "&Open Invigilo"))
        self.open_button.setAccessibleName(translate("StatusWindow", "Open Invigilo"))
        self.open_button.clicked.connect(self.open_requested)
        box.addWidget(self.open_button)
        self.finish = QPushButton(translate("StatusWindow", "&Finish exam"))
        self.finish.setAccessibleName(translate("StatusWindow", "Finish exam"))
        self.finish.clicked.connect(self.finish_requested)
        box.addWidget(self.finish)

    def fit(self) -> None:
        """Fixed width (about 26 characters of text), height for the wrapped text it holds.

        adjustSize() ignores word-wrapped labels' height-for-width in a top-level window, which
        cut the lines off; asking the layout for the height at this width does not.
        """
        width = self.fontMetrics().averageCharWidth() * 34 + 24
        self.ensurePolished()  # a label shown for the first time gets its padding now
        for child in self.findChildren(QLabel):
            child.ensurePolished()
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if height <= 0:  # not laid out yet: the size hint now, the exact height just after
            height = layout.totalSizeHint().height()
        self.setFixedSize(width, height)
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        """Once the layout has run with the new text, its height for this width is exact."""
        self._refit_pending = False
        height = self.layout().totalHeightForWidth(self.width())
        if height > 0 and height != self.height():
            self.setFixedSize(self.width(), height)

    def place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        self.fit()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - 16, area.top() + 16)

    def show_status(self, status: Status) -> None:
        self.time.setText(time_line(status))
        lines = stream_lines(status)
        all_ok = bool(lines) and all(ok for _, ok in lines)
        if status.phase == "paused":
            self.headline.setText(translate("StatusWindow", "● Paused: open Invigilo to see why"))
        elif all_ok:
            self.headline.setText(translate("StatusWindow", "● Recording"))
        else:
            self.headline.setText(translate("StatusWindow", "● Exam running"))
        set_property(self.headline, "status", "pass" if all_ok and status.phase != "paused"
                     else "warn")
        self.streams.setText("\n".join([text for text, _ in lines] + [agent_line(status)]))
        self.network.setText(network_line(status))
        self.fit()

    def show_violation(self, violation: dict[str, object]) -> None:
        if not needs_action(violation):
            return  # noted for the reviewer: the exam page lists it, no need to interrupt
        self.alert.setText(violation_text(violation))
        self.alert.show()
        self.fit()
        self.raise_()
