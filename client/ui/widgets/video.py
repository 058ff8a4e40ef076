"""A live picture: camera frames (BGR numpy arrays) shown scaled, with an optional guide box."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def to_qimage(frame_bgr: np.ndarray) -> QImage:
    """A QImage that owns its pixels (safe after the array is gone); called on worker threads."""
    if frame_bgr.ndim == 2:
        h, w = frame_bgr.shape
        return QImage(frame_bgr.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    h, w, _ = frame_bgr.shape
    contiguous = np.ascontiguousarray(frame_bgr)
    return QImage(contiguous.data, w, h, 3 * w, QImage.Format.Format_BGR888).copy()


class VideoView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._box: tuple[int, int, int, int] | None = None
        self._box_ok = False
        self._placeholder = ""
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_image(self, image: QImage | None, box: tuple[int, int, int, int] | None = None,
                  box_ok: bool = False) -> None:
        self._image, self._box, self._box_ok = image, box, box_ok
        self.update()

    def has_image(self) -> bool:
        return self._image is not None

    def image(self) -> QImage | None:
        return self._image

    def _target(self) -> QRect:
        assert self._image is not None
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101317"))
        if self._image is None:
            painter.setPen(QColor("#e8ecf1"))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._placeholder)
            return
        target = self._target()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        if self._box is not None:
            sx = target.width() / self._image.width()
            sy = target.height() / self._image.height()
            x, y, w, h = self._box
            colour = QColor("#37d67a") if self._box_ok else QColor("#ffb020")
            painter.setPen(QPen(colour, max(2.0, self.devicePixelRatioF() * 2)))
            painter.drawRect(round(target.x() + x * sx), round(target.y() + y * sy),
                             round(w * sx), round(h * sy))
