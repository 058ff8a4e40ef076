"""The fan-out the recorder calls: frames, sound blocks and events in, flag events out.

    engine = FlagEngine.from_exam(exam_config, writer.event)
    engine.feed_frame("webcam", t, bgr)     # camera thread
    engine.feed_frame("screen", t, bgr)     # screen thread
    engine.feed_audio(t, block, rate)       # audio thread
    engine.feed_event(t, {"kind": "focus", "state": "lost"})
    engine.tick(t)                          # about once a second, any thread
    engine.close(t)                         # at the end: open flags end here

Each watch keeps its own state and is fed by one thread; only the trackers and the sink are
shared, behind one lock, so a face detection on the camera thread never holds up the audio.
Times are the recorder's clock (the journal's wall-clock seconds).
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from client.config.schema import ExamConfig, Flags
from client.flags.audio import AudioWatch
from client.flags.camera import CameraWatch, Detector
from client.flags.kinds import hold_time, strictness_for
from client.flags.screen import ScreenWatch
from client.flags.signals import SignalWatch
from client.flags.thumbs import jpeg_b64
from client.flags.tracker import ConditionTracker, EventSink, instant

_CAMERA_CODES = ("c1", "c2", "c3")
NO_FACE_MODEL = ("face detection is not available in this installation, so no c2 or c3 flags "
                 "(face absent, several faces) can be raised")


class FlagEngine:
    def __init__(self, config: Flags, sink: EventSink, *, max_displays: int = 1,
                 screen_period: float = 1.0, audio_rate: int = 48000,
                 detector: Detector | None = None, face_hz: float = 2.0,
                 webcam_expected: bool = False, screen_expected: bool = False) -> None:
        self.config = config
        self.sink = sink
        self.lock = threading.Lock()
        self.trackers: dict[str, ConditionTracker | None] = {}
        if detector is None and face_hz > 0:
            detector = self._default_detector()
        self.camera = CameraWatch(self._observe, detector, face_hz, webcam_expected)
        self.screen = ScreenWatch(self._observe, screen_period, screen_expected)
        self.audio = AudioWatch(self._observe, audio_rate)
        self.signals = SignalWatch(self._observe, self._instant, max_displays)

    def _default_detector(self) -> Detector | None:
        """The face model, or None (and an event saying so): losing c2/c3 must never stop the
        recording, and the reviewer must know those flags could not be raised."""
        try:
            from client.flags.face import TwoRangeDetector

            return TwoRangeDetector()
        except Exception as exc:  # a missing or unreadable model file, an OpenCV without DNN
            self.sink("flags_notice", t=None, message=NO_FACE_MODEL, detail=str(exc)[:300])
            return None

    @classmethod
    def from_exam(cls, exam: ExamConfig, sink: EventSink, **options: Any) -> FlagEngine:
        rec = exam.recording
        return cls(exam.flags, sink, max_displays=exam.requirements.max_displays,
                   screen_period=1.0 / rec.screen.fps, audio_rate=rec.audio.sample_rate,
                   webcam_expected=rec.webcam.enabled, screen_expected=rec.screen.enabled,
                   **options)

    # ------------------------------------------------------------------ input
    def feed_frame(self, stream: str, t: float, frame: np.ndarray) -> None:
        if stream == "webcam":
            self.camera.frame(t, frame)
        elif stream == "screen":
            self.screen.frame(t, frame)

    def feed_audio(self, t: float, block: np.ndarray, rate: int | None = None) -> None:
        self.audio.block(t, block, rate)

    def feed_event(self, t: float, event: dict[str, Any]) -> None:
        self.signals.event(t, event)

    def tick(self, t: float) -> None:
        self.camera.tick(t)
        self.screen.tick(t)
        self.signals.tick(t)

    def close(self, t: float) -> None:
        with self.lock:
            for tracker in self.trackers.values():
                if tracker is not None:
                    tracker.close(at=t)

    # ------------------------------------------------------------------ plumbing
    def _tracker(self, code: str) -> ConditionTracker | None:
        if code not in self.trackers:
            level = strictness_for(code, self.config.strictness, self.config.kinds)
            hold = hold_time(code, level)
            self.trackers[code] = None if hold is None else ConditionTracker(
                code, hold, self.sink, thumb=self._thumb_for(code))
        return self.trackers[code]

    def _thumb_for(self, code: str) -> Any:
        watch = self.camera if code in _CAMERA_CODES else self.screen if code == "s1" else None
        if watch is None:
            return None
        return lambda: None if watch.latest is None else jpeg_b64(watch.latest)

    def _observe(self, code: str, t: float, active: bool, evidence: dict[str, Any]) -> None:
        with self.lock:
            tracker = self._tracker(code)
            if tracker is not None:
                tracker.observe(t, active, evidence)

    def _instant(self, code: str, t: float, evidence: dict[str, Any]) -> None:
        with self.lock:
            level = strictness_for(code, self.config.strictness, self.config.kinds)
            if hold_time(code, level) is not None:
                instant(self.sink, code, t, evidence)
