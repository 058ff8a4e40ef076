"""Camera and microphone previews for check-in, before the recorder owns the devices.

A camera can be opened by one program at a time on Windows, so the preview releases it before the
recording starts. The camera source is a device index or a video file path (a file loops, which is
how the tests and the screenshots feed a "camera"). Frames and levels go to callbacks on the
worker thread; the Qt side marshals them into the UI thread and never waits on a device.
Errors are reported by key ("no_camera", "no_microphone"); client/ui/texts.py words them.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

FrameCallback = Callable[[float, np.ndarray], None]
LevelCallback = Callable[[float], None]
ErrorCallback = Callable[[str], None]

SILENCE_DB = -60.0

def level_from_samples(samples: np.ndarray) -> float:
    """Loudness 0..1 on a dB scale from -60 dBFS (silence) to 0 dBFS, as meters show it."""
    if samples.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(samples.astype(np.float64)))))
    if rms <= 0.0:
        return 0.0
    db = 20.0 * math.log10(min(rms, 1.0))
    return max(0.0, min(1.0, (db - SILENCE_DB) / -SILENCE_DB))


def parse_source(text: str | int) -> int | str:
    """A device index if the text is a number, else a file path or URL."""
    if isinstance(text, int):
        return text
    return int(text) if text.strip().isdigit() else text


class CameraPreview:
    """Reads frames on its own thread at a modest rate (the 2011 laptop still has to breathe)."""

    def __init__(self, source: int | str, on_frame: FrameCallback, *, fps: float = 12.0,
                 on_error: ErrorCallback | None = None) -> None:
        self.source = source
        self.on_frame = on_frame
        self.on_error = on_error
        self.interval = 1.0 / fps
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="camera-preview", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def _open(self) -> Any:
        import cv2

        capture = cv2.VideoCapture(self.source)
        if not capture.isOpened():
            return None
        return capture

    def _run(self) -> None:
        capture = self._open()
        if capture is None:
            if self.on_error:
                self.on_error("no_camera")
            return
        is_file = isinstance(self.source, str)
        try:
            while not self._stop.is_set():
                began = time.monotonic()
                ok, frame = capture.read()
                if not ok and is_file:
                    capture.release()  # a file ends: loop it, as a camera never ends
                    capture = self._open()
                    ok, frame = (False, None) if capture is None else capture.read()
                if not ok or frame is None:
                    if self.on_error:
                        self.on_error("no_camera")
                    return
                self.on_frame(time.time(), frame)
                self._stop.wait(max(0.0, self.interval - (time.monotonic() - began)))
        finally:
            if capture is not None:
                capture.release()


class MicrophoneLevel:
    """The microphone's loudness a few times a second, through PortAudio (sounddevice)."""

    def __init__(self, on_level: LevelCallback, *, device: int | str | None = None,
                 on_error: ErrorCallback | None = None, rate: int = 16000) -> None:
        self.on_level = on_level
        self.on_error = on_error
        self.device = device
        self.rate = rate
        self._stream: Any = None

    def start(self) -> None:
        import sounddevice

        def callback(indata: np.ndarray, frames: int, when: Any, status: Any) -> None:
            self.on_level(level_from_samples(indata[:, 0]))

        try:
            self._stream = sounddevice.InputStream(
                samplerate=self.rate, channels=1, dtype="float32", device=self.device,
                blocksize=self.rate // 8, callback=callback)
            self._stream.start()
        except Exception:  # PortAudioError and friends: no device, no permission
            self._stream = None
            if self.on_error:
                self.on_error("no_microphone")

    def stop(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(Exception):
                self._stream.stop()
                self._stream.close()
            self._stream = None
