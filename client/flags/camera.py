"""Webcam detectors: c1 (off, black, frozen), c2 (no face or turned away), c3 (several faces).

Cheap by design: every frame is reduced to a 32x24 grey thumbnail for the black/frozen test
(microseconds), and the face model runs at most ``face_hz`` times a second on the frame the
recorder already captured. Frames arriving faster than that are only looked at for c1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from client.flags.face import Face

BLACK_MEAN = 16.0      # mean luma (0-255) below which a frame counts as black
BLACK_STD = 6.0        # ...and with so little detail: a covered lens or a camera in use elsewhere
FROZEN_DIFF = 0.1      # mean absolute change between frames (every 4th pixel): a live sensor's
                       # noise alone changes far more; only a stuck or looped still stays below
TURNED_AWAY_YAW = 0.85  # nose offset in eye distances: only a clear profile, see Face.yaw
SEVERAL_MIN_SCORE = 0.6  # each of "several" faces must be this sure; one unsure face is enough
                         # to count as present (a false "absent" is the worse mistake)
STARTUP_GRACE = 7.0    # extra seconds before "no frames yet" counts, on top of the 3 s timeout
MIN_FACE_FRACTION = 0.06  # a face narrower than this share of the frame width is ignored


class Detector(Protocol):
    def detect(self, frame: np.ndarray) -> list[Face]: ...


@dataclass(frozen=True)
class FaceReading:
    faces: int
    facing: int          # faces not turned away
    best: float          # best score, 0 if none


def tiny_grey(frame: np.ndarray) -> np.ndarray:
    import cv2

    grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return np.asarray(cv2.resize(grey, (32, 24), interpolation=cv2.INTER_AREA), dtype=np.float32)


def is_black(tiny: np.ndarray) -> bool:
    return float(tiny.mean()) < BLACK_MEAN and float(tiny.std()) < BLACK_STD


def read_faces(detector: Detector, frame: np.ndarray) -> FaceReading:
    width = frame.shape[1]
    faces = [f for f in detector.detect(frame) if f.w >= MIN_FACE_FRACTION * width]
    facing = sum(1 for f in faces if f.yaw < TURNED_AWAY_YAW)
    sure = sum(1 for f in faces if f.score >= SEVERAL_MIN_SCORE)
    return FaceReading(max(sure, min(len(faces), 1)), facing,
                       max((f.score for f in faces), default=0.0))


class CameraWatch:
    """Feeds c1/c2/c3 observations to ``observe(code, t, active, evidence)``."""

    def __init__(self, observe: Callable[[str, float, bool, dict[str, Any]], None],
                 detector: Detector | None, face_hz: float = 2.0,
                 expected: bool = False) -> None:
        self.observe = observe
        self.expected = expected
        self.detector = detector
        self.face_period = 1.0 / face_hz if face_hz > 0 else float("inf")
        self.last_face_t = float("-inf")
        self.previous: np.ndarray | None = None
        self.last_frame_t: float | None = None
        self.latest: np.ndarray | None = None

    def frame(self, t: float, frame: np.ndarray) -> None:
        self.last_frame_t, self.latest = t, frame
        tiny = tiny_grey(frame)
        black = is_black(tiny)
        sparse = frame[::4, ::4].astype(np.int16)
        frozen = (self.previous is not None and self.previous.shape == sparse.shape
                  and float(np.abs(sparse - self.previous).mean()) < FROZEN_DIFF)
        self.previous = sparse
        reason = "black" if black else "frozen" if frozen else ""
        self.observe("c1", t, bool(reason), {"stream": "webcam", "t": t, "why": reason})
        if black or self.detector is None or t - self.last_face_t < self.face_period:
            return
        self.last_face_t = t
        reading = read_faces(self.detector, frame)
        evidence = {"stream": "webcam", "t": t, "faces": reading.faces, "facing": reading.facing}
        self.observe("c2", t, reading.facing == 0, evidence)
        self.observe("c3", t, reading.faces >= 2, evidence)

    def tick(self, t: float, timeout: float = 3.0) -> None:
        """No frame for a while means the webcam is off (c1) even though nothing says so;
        when the exam expects a webcam, never having had a frame counts from the first tick."""
        if self.last_frame_t is None and self.expected:
            self.last_frame_t = t + STARTUP_GRACE  # opening a camera can take seconds
        if self.last_frame_t is not None and t - self.last_frame_t > timeout:
            self.observe("c1", t, True, {"stream": "webcam", "t": t, "why": "no frames"})
