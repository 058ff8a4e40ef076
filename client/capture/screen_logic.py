"""When to keep a screen picture and how big: pure rules, tested without a display."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


def scaled_size(width: int, height: int, target_width: int) -> tuple[int, int]:
    """Scale down to `target_width` (never up), keeping the aspect; even sides for 4:2:0 video."""
    if width > target_width:
        height = round(height * target_width / width)
        width = target_width
    return max(2, width - width % 2), max(2, height - height % 2)


def to_bgr(raw: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """BGRA screen pixels to BGR at `size`, with an area filter so text stays legible."""
    bgr = cv2.cvtColor(raw, cv2.COLOR_BGRA2BGR)  # SIMD: a quarter of numpy's strided copy
    if (bgr.shape[1], bgr.shape[0]) != size:
        return cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    return bgr


@dataclass
class Pacer:
    """Keeps a picture every 1/fps seconds, and sooner when the screen changed (at most
    `change_fps` times a second), so typing shows up promptly without a high steady rate."""

    fps: float
    change_fps: float
    last: float | None = None

    def keep(self, t: float, changed: bool) -> bool:
        if self.last is None or t - self.last >= 1.0 / self.fps - 1e-3:
            self.last = t
            return True
        if changed and self.change_fps > 0 and t - self.last >= 1.0 / self.change_fps - 1e-3:
            self.last = t
            return True
        return False

    @property
    def poll_interval(self) -> float:
        return 1.0 / max(self.fps, self.change_fps)
