"""The microphone level meter: a progress bar, so screen readers announce it as a value."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget


class LevelMeter(QProgressBar):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setAccessibleName(name)
        self.peak = 0.0

    def set_level(self, level: float) -> None:
        self.peak = max(self.peak, level)
        self.setValue(round(level * 100))
