"""The screen through mss: every monitor (their bounding box) or the primary one, scaled down.

mss must be used from the thread that created it, so the whole loop lives on the capture
thread. A failing capture (no display, the session locked, permission withdrawn) is reported
and retried; the other streams are unaffected.
Verified on Linux (X11, Xvfb). Windows (GDI BitBlt) and macOS (CoreGraphics) are mss's own back
ends; the macOS permission check is in client.capture.permissions.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from client.capture.permissions import screen_capture_allowed
from client.capture.screen_logic import Pacer, scaled_size, to_bgr
from client.capture.source import DENIED, MISSING, RECORDING, EventSink, Source

RETRY_SECONDS = 3.0
MSG_DENIED = ("this computer does not allow the app to record the screen: allow it in System "
              "Settings > Privacy & Security > Screen Recording, then restart the app")
MSG_FAILED = "the screen could not be captured"
MSG_BACK = "the screen is being recorded again"


@dataclass(frozen=True)
class ScreenSpec:
    width: int = 1280
    fps: float = 1.0
    change_fps: float = 2.0
    monitors: str = "all"   # "all" or "primary"


class ScreenSource(Source):
    kind = "screen"

    def __init__(self, spec: ScreenSpec, on_event: EventSink | None = None) -> None:
        super().__init__(on_event)
        self.spec = spec

    def _run(self) -> None:
        import mss  # here: the first import probes the display system

        if screen_capture_allowed() is False:
            self._set_state(DENIED, MSG_DENIED)
            self.on_event("screen_capture_denied", message=MSG_DENIED)
        failing = False
        while not self.stopping.is_set():
            try:
                factory = getattr(mss, "MSS", None) or mss.mss
                with factory() as grabber:
                    if failing:
                        self.on_event("screen_restored", message=MSG_BACK)
                        failing = False
                    self._loop(grabber)
                return
            except mss.exception.ScreenShotError as exc:
                if not failing:
                    self._set_state(MISSING, f"{MSG_FAILED}: {exc}")
                    self.on_event("screen_capture_failed", message=f"{MSG_FAILED}: {exc}")
                failing = True
                if self.stopping.wait(RETRY_SECONDS):
                    return

    def _monitor(self, grabber: Any) -> dict[str, int]:
        index = 1 if self.spec.monitors == "primary" and len(grabber.monitors) > 1 else 0
        return dict(grabber.monitors[index])

    def _loop(self, grabber: Any) -> None:
        pacer = Pacer(self.spec.fps, self.spec.change_fps)
        monitor = self._monitor(grabber)
        size = scaled_size(monitor["width"], monitor["height"], self.spec.width)
        if self.stats.state != DENIED:
            self._set_state(RECORDING)
        deadline = time.monotonic()
        while self.sleep_until(deadline):
            deadline = max(deadline + pacer.poll_interval, time.monotonic())
            t = time.time()
            shot = grabber.grab(monitor)
            raw = shot.raw
            if pacer.keep(t, raw):
                frame = to_bgr(np.frombuffer(raw, np.uint8).reshape(shot.height, shot.width, 4),
                               size)
                self.emit(t, frame)
