"""Is the camera showing anything? Black, covered and frozen pictures, judged from the frames.

Pure logic on small grey thumbnails, judged a few times a second rather than for every frame: a
condition must last `hold` seconds before it is reported (a blink or a lamp switched on is not
an incident), so judging all 10 frames a second would spend the capture thread's time (0.12 ms a
frame in a loop, more on a thread waking from sleep) on answers no one reads. Its end is
reported too, so a reviewer sees when and for how long.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

THUMB = (64, 48)
BLACK_MEAN = 16.0        # average grey level (0-255) below which the picture is black
COVERED_STD = 6.0        # contrast below which a lit picture shows nothing (a hand, tape, a lid)
FROZEN_DIFF = 0.0        # a live sensor always has some noise; an identical picture is frozen

MESSAGES = {
    "black": "the camera picture is black",
    "covered": "the camera seems to be covered: the picture shows no detail",
    "frozen": "the camera picture has stopped changing",
}


def thumbnail(frame_bgr: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY) if frame_bgr.ndim == 3 else frame_bgr
    return cv2.resize(grey, THUMB, interpolation=cv2.INTER_AREA)


def conditions(thumb: np.ndarray, previous: np.ndarray | None) -> set[str]:
    """Which of black / covered / frozen this thumbnail shows (at most one)."""
    # OpenCV's single calls rather than numpy's chains: this runs for every frame on the capture
    # thread, where every call is paid for with cold caches.
    found: set[str] = set()
    mean, std = (float(v[0][0]) for v in cv2.meanStdDev(thumb))
    if mean < BLACK_MEAN:
        found.add("black")
    elif std < COVERED_STD:
        found.add("covered")
    # (a black or featureless picture never changes; it is reported as what it is)
    if (not found and previous is not None and previous.shape == thumb.shape
            and cv2.norm(thumb, previous, cv2.NORM_INF) <= FROZEN_DIFF):
        found.add("frozen")
    return found


@dataclass
class CameraHealth:
    """Feeds frames, returns (event kind, fields) for each condition that starts or ends."""

    hold: float = 2.0
    every: float = 0.2      # seconds between judged frames; the others pass unexamined
    _judged: float | None = None
    _since: dict[str, float] = field(default_factory=dict)
    _active: set[str] = field(default_factory=set)
    _previous: np.ndarray | None = None

    def update(self, t: float, frame_bgr: np.ndarray) -> list[tuple[str, dict[str, object]]]:
        if self._judged is not None and t - self._judged < self.every - 1e-3:
            return []
        self._judged = t
        thumb = thumbnail(frame_bgr)
        now = conditions(thumb, self._previous)
        self._previous = thumb
        events: list[tuple[str, dict[str, object]]] = []
        for name in list(self._since):
            if name not in now:
                started = self._since.pop(name)
                if name in self._active:
                    self._active.discard(name)
                    events.append(("camera_picture_ok", {"condition": name,
                                                         "lasted_s": round(t - started, 1)}))
        for name in now:
            started = self._since.setdefault(name, t)
            if name not in self._active and t - started >= self.hold:
                self._active.add(name)
                events.append((f"camera_{name}", {"message": MESSAGES[name], "since": started}))
        return events

    @property
    def active(self) -> set[str]:
        return set(self._active)
