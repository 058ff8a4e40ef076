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
    `change_fps` times a second), so typing shows up promptly without a high steady rate.

    "Changed" means different from the last picture kept, not from the last one looked at: a
    change that came too soon after a kept picture is kept at the next poll that may keep one,
    if it is still on the screen. Compared with the previous poll instead, a brief state (a
    notification, a window shown for a moment) that followed another change was never recorded:
    seen once, refused by the rate limit, and "unchanged" from then on. Nor is a poll refused for
    coming up to a quarter of a poll early, as the loop's wake-ups wander around its schedule."""

    fps: float
    change_fps: float
    last: float | None = None
    _kept: bytes = b""

    def keep(self, t: float, picture: bytes) -> bool:
        """Whether to keep the picture grabbed at `t` (its raw bytes)."""
        slack = self.poll_interval / 4
        if self.last is None or t - self.last >= 1.0 / self.fps - slack:
            return self._take(t, picture)
        if (self.change_fps > 0 and t - self.last >= 1.0 / self.change_fps - slack
                and picture != self._kept):
            return self._take(t, picture)
        return False

    def _take(self, t: float, picture: bytes) -> bool:
        self.last = t
        self._kept = picture
        return True

    @property
    def poll_interval(self) -> float:
        return 1.0 / max(self.fps, self.change_fps)
