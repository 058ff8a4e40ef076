"""The webcam through OpenCV: a device index, or a video file or URL through the same code path.

A file is played in real time at its own frame rate and started again at its end, so a recorded
clip stands in for a camera in tests and in IT trial recordings. A device that fails to open or
stops delivering is reported, the other streams carry on, and it is reopened every few seconds
until it is back.

Verified on Linux (V4L2 back end and files). Windows (Media Foundation) and macOS (AVFoundation)
use the same OpenCV calls; the camera permission prompt on macOS appears as a failed open here.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from client.capture.camera_health import CameraHealth
from client.capture.source import DENIED, MISSING, RECORDING, EventSink, Source

RETRY_SECONDS = 2.0

MSG_OPEN = ("the camera could not be opened: it is not connected, another program (a video "
            "call?) is using it, or this app may not use it")
MSG_LOST = "the camera stopped sending pictures (unplugged, or taken by another program)"
MSG_BACK = "the camera is working again"
MSG_NO_TLS = ("this Linux package reads network cameras over http:// and rtsp:// only, not "
              "over encrypted addresses")
# The Linux package replaces FFmpeg's TLS library with a stub that stops the program when called
# (installer/slim.py: nothing else needs it), so an encrypted camera address is refused up front.
TLS_SCHEMES = ("https://", "rtsps://", "tls://", "srtp://")


def unsupported(source: str) -> str | None:
    """Why this build cannot read `source`, or None."""
    frozen_linux = sys.platform.startswith("linux") and bool(getattr(sys, "frozen", False))
    if frozen_linux and source.lower().startswith(TLS_SCHEMES):
        return MSG_NO_TLS
    return None


@dataclass(frozen=True)
class CameraSpec:
    """Which camera and what to ask of it: an index ("0"), a file path or a URL."""

    source: str = "0"
    width: int = 320
    height: int = 240
    fps: float = 10.0

    @property
    def device(self) -> int | str:
        return int(self.source) if self.source.isdigit() else self.source

    @property
    def is_file(self) -> bool:
        return not self.source.isdigit() and "://" not in self.source

    @property
    def open_params(self) -> list[int]:
        """For a file or URL (decoded by FFmpeg): one decoding thread. A 10 fps picture is
        decoded in well under a millisecond; a pool of frame threads only adds wake-ups."""
        return [] if self.source.isdigit() else [cv2.CAP_PROP_N_THREADS, 1]


def use_one_thread() -> None:
    """Keep OpenCV's work on the calling threads. The recorder's pictures are small (a webcam
    frame, a screen), so splitting each call across a pool saves nothing, while the pool's
    threads spin and wake for every call: on the 2-core build machine the recording took 0.8 %
    of a core less with this and one decoding thread (benchmarks/record.py, 10.3 % -> 9.5 %).
    Process-wide, as OpenCV allows."""
    cv2.setNumThreads(1)


def fit(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    """Centre-crop to the target aspect ratio, then scale down (or up, for a small camera)."""
    h, w = frame.shape[:2]
    if (w, h) == (width, height):
        return frame
    target = width / height
    if w / h > target + 0.01:
        crop = round(h * target)
        x = (w - crop) // 2
        frame = frame[:, x:x + crop]
    elif w / h < target - 0.01:
        crop = round(w / target)
        y = (h - crop) // 2
        frame = frame[y:y + crop]
    return shrink(frame, width, height)


def shrink(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    """Scale down in two steps: an exact whole-number area reduction (OpenCV's fast path, no
    aliasing), then a linear step of less than 2x for the rest. A fractional area resize of a
    768x576 clip to 320x240 costs 1.5 ms a frame; this costs 0.7 ms and looks the same."""
    h, w = frame.shape[:2]
    k = min(w // width, h // height)
    if k >= 2:
        w, h = w - w % k, h - h % k
        frame = cv2.resize(frame[:h, :w], (w // k, h // k), interpolation=cv2.INTER_AREA)
    if frame.shape[1] == width and frame.shape[0] == height:
        return frame
    return cv2.resize(frame, (width, height), interpolation=cv2.INTER_LINEAR)


class CameraSource(Source):
    kind = "camera"

    def __init__(self, spec: CameraSpec, on_event: EventSink | None = None) -> None:
        super().__init__(on_event)
        self.spec = spec
        self.health = CameraHealth()
        self._cap: Any = None
        self._file_fps = 0.0
        self._buffer: np.ndarray | None = None

    # ------------------------------------------------------------------ device
    def _open(self) -> bool:
        if self.spec.is_file and not os.path.exists(self.spec.source):
            return False
        cap = cv2.VideoCapture(self.spec.device, cv2.CAP_ANY, self.spec.open_params)
        if not cap.isOpened():
            cap.release()
            return False
        if not self.spec.is_file:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.spec.width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.spec.height)
            cap.set(cv2.CAP_PROP_FPS, self.spec.fps)
        ok, _ = cap.read()
        if not ok:
            cap.release()
            return False
        self._file_fps = cap.get(cv2.CAP_PROP_FPS) if self.spec.is_file else 0.0
        self._cap = cap
        return True

    def _release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None

    def _grab(self) -> bool:
        """Take the next picture from the camera or clip without converting it yet: pictures
        we skip (a clip or a camera running faster than the recording) never pay for the
        conversion to BGR, a third of a picture's cost at 768x576."""
        if self._cap.grab():
            return True
        if not self.spec.is_file:
            return False
        self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)  # end of the clip: play it again
        return bool(self._cap.grab())

    def _retrieve(self) -> np.ndarray | None:
        """The grabbed picture, converted into the same buffer each time: a fresh array per
        frame costs page faults and zeroing (0.15 ms a frame at 768x576). `_deliver` copies
        out."""
        ok, frame = self._cap.retrieve(self._buffer)
        if not ok:
            return None
        self._buffer = frame  # the same array, unless the picture size changed
        return frame

    # ------------------------------------------------------------------ loop
    def _run(self) -> None:
        why = unsupported(self.spec.source)
        if why:
            self._set_state(MISSING, why)
            self.on_event("camera_missing", message=why, source=self.spec.source)
            return
        first = True
        while not self.stopping.is_set():
            if not self._open():
                if first or self.stats.state != MISSING:
                    self._set_state(MISSING, MSG_OPEN)
                    self.on_event("camera_missing", message=MSG_OPEN, source=self.spec.source)
                first = False
                if self.stopping.wait(RETRY_SECONDS):
                    return
                continue
            if not first:
                self.on_event("camera_restored", message=MSG_BACK)
            first = False
            self._set_state(RECORDING)
            self._capture()
            self._release()
            if not self.stopping.is_set():
                self._set_state(MISSING, MSG_LOST)
                self.on_event("camera_lost", message=MSG_LOST)

    def _capture(self) -> None:
        interval = 1.0 / self.spec.fps
        pace = 1.0 / self._file_fps if self._file_fps > 0 else 0.0
        next_read = time.monotonic()
        next_emit = next_read
        while not self.stopping.is_set():
            if pace:
                if not self.sleep_until(next_read):
                    return
                next_read = max(next_read + pace, time.monotonic() - 1.0)
            if not self._grab():
                return
            now = time.monotonic()
            if now + 0.25 * interval < next_emit:
                continue  # the camera delivers faster than we record; skip this one
            next_emit = max(next_emit + interval, now - interval)
            frame = self._retrieve()
            if frame is None:
                return
            self._deliver(time.time(), frame)

    def _deliver(self, t: float, frame: np.ndarray) -> None:
        fitted = fit(frame, self.spec.width, self.spec.height)
        # the read buffer is overwritten by the next picture: what is handed on must be its own
        frame = fitted.copy() if np.shares_memory(fitted, frame) else fitted
        for kind, fields in self.health.update(t, frame):
            self.on_event(kind, **fields)
        self.emit(t, frame)


__all__ = ["DENIED", "CameraSource", "CameraSpec", "fit", "use_one_thread"]
