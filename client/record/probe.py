"""Check-in probe: is this processor fast enough for the default video codec? Measured, not
guessed: encode a few seconds of synthetic webcam and screen pictures at the exam's settings
and compare the processor time spent with the media time encoded, the way a recording spends it
(an encoder set up per segment, frames at the exam's rates).

The readiness checks call `choose_codec`; the recorder records the result as a session event.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

import numpy as np

from client.record.codecs import DEFAULT, FALLBACKS, VideoCodec
from client.record.encoder import VideoSegmentEncoder

# Video encoding may use 12 % of one core; the rest of the budget (capture, scaling, audio,
# sealing) needs the remainder of the 20 % target. Measured on the 2-core build machine, the
# probe gives AV1 3.6 % and a recording's encoders spend about the same (webcam 2.4 %, screen
# 1.2 %, from benchmarks/record.py's content with one stream at a time switched off).
MAX_LOAD = 0.12
PROBE_SECONDS = 2.0


@dataclass(frozen=True)
class ProbeResult:
    codec: str
    load: float                  # share of one core the video encoding needs (1.0 = a core)
    tried: dict[str, float]      # codec name -> measured load
    fallback: bool

    def as_event(self) -> dict[str, object]:
        return asdict(self)


def _webcam_frames(width: int, height: int, count: int) -> list[np.ndarray]:
    """A textured scene with a moving shape and sensor noise: roughly what a webcam sees."""
    import cv2

    cv2.setRNGSeed(7)  # OpenCV's generator: the app bundle leaves numpy.random out
    yy, xx = np.mgrid[0:height, 0:width]
    base = ((xx * 3 + yy * 2) % 256).astype(np.uint8)
    frames = []
    for i in range(count):
        frame = np.stack([base, np.roll(base, i, 1), base[::-1]], axis=2).copy()
        cx, cy = (i * 7) % width, height // 2
        frame[max(0, cy - 40):cy + 40, max(0, cx - 30):cx + 30] = (60, 90, 160)
        noise = np.empty(frame.shape, np.int16)
        cv2.randu(noise, np.array([-6.0]), np.array([7.0]))
        frames.append(np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8))
    return frames


def _screen_frames(width: int, height: int, count: int) -> list[np.ndarray]:
    """A light page with lines of 'text' growing: roughly what a typed answer looks like."""
    frames = []
    page = np.full((height, width, 3), 245, np.uint8)
    for i in range(count):
        y = 60 + (i % 20) * 24
        for x in range(40, width - 200, 14):
            if (x * 31 + i * 17) % 7:
                page[y:y + 12, x:x + 9] = 30
        frames.append(page.copy())
    return frames


def _encode_seconds(codec: VideoCodec, frames: list[np.ndarray], fps: float, kbps: int,
                    quality: int | None) -> float:
    """Processor time to make one segment of `frames`: encoder set-up, frames, finishing."""
    size = (frames[0].shape[1], frames[0].shape[0])
    began = time.process_time()
    encoder = VideoSegmentEncoder(codec, size, fps, kbps, 0.0, len(frames), quality)
    for i, frame in enumerate(frames):
        encoder.add(i / fps, frame)
    encoder.finish()
    return time.process_time() - began


def measure(codec: VideoCodec, webcam: tuple[int, int, float, int],
            screen: tuple[int, int, float, int], segment_seconds: float = 10.0) -> float:
    """Share of one core needed to encode webcam + screen video in real time with `codec`.

    Each segment has an encoder of its own, whose set-up (SVT-AV1 builds its tables and
    threads) costs as much as a second of webcam frames: that cost is measured apart and spread
    over a segment, as in a recording, not over the probe's two seconds."""
    load = 0.0
    for (width, height, fps, kbps), make, quality in (
            (webcam, _webcam_frames, None), (screen, _screen_frames, codec.screen_quality)):
        count = max(2, round(PROBE_SECONDS * fps))
        frames = make(width, height, count + 1)
        fixed = _encode_seconds(codec, frames[:1], fps, kbps, quality)
        many = _encode_seconds(codec, frames[1:], fps, kbps, quality)
        per_frame = max(0.0, many - fixed) / (count - 1)
        load += fixed / segment_seconds + per_frame * fps
    return load


def choose_codec(webcam: tuple[int, int, float, int] = (320, 240, 10.0, 55),
                 screen: tuple[int, int, float, int] = (1280, 800, 1.0, 25),
                 max_load: float = MAX_LOAD, segment_seconds: float = 10.0) -> ProbeResult:
    """The default codec when this machine keeps up with it, else the first fallback that does
    (or, failing all, the cheapest one measured)."""
    tried: dict[str, float] = {}
    for codec in (DEFAULT, *FALLBACKS):
        tried[codec.name] = round(measure(codec, webcam, screen, segment_seconds), 4)
        if tried[codec.name] <= max_load:
            return ProbeResult(codec.name, tried[codec.name], tried, codec is not DEFAULT)
    cheapest = min(tried, key=lambda name: tried[name])
    return ProbeResult(cheapest, tried[cheapest], tried, cheapest != DEFAULT.name)
