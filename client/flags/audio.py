"""Microphone detectors: m1 (muted or too quiet) and m2 (speech or noise in the background).

m2 compares each half second with the room's own noise floor (a low percentile of the last 20 s),
so a humming fan or a noisy laptop is learnt as the floor instead of flagged all exam long, while
a voice or a bang stands out above it. Speech is caught by its energy in the 300-3400 Hz band,
where voices live and most fan and mains noise does not.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np

WINDOW_S = 0.5
MUTED_DBFS = -75.0      # a real microphone in a silent room still measures about -65 dBFS
ABOVE_FLOOR_DB = 9.0    # a window this far above the floor is sound, not room noise
MIN_SOUND_DBFS = -55.0  # and it must be at least this loud to matter
FLOOR_SECONDS = 20.0
FLOOR_PERCENTILE = 10


def dbfs(x: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if x.size else 0.0
    return float(20.0 * np.log10(max(rms, 1e-10)))


def band_dbfs(x: np.ndarray, rate: int, low: float = 300.0, high: float = 3400.0) -> float:
    """Mean-square level of the speech band alone, from one FFT of the window (Parseval)."""
    w = _hann(x.size)
    spectrum = np.fft.rfft(x * w)
    freqs = np.fft.rfftfreq(x.size, 1.0 / rate)
    band = np.abs(spectrum[(freqs >= low) & (freqs <= high)]) ** 2
    power = 2.0 * float(band.sum()) / (x.size * float(np.sum(w * w)))
    return float(10.0 * np.log10(max(power, 1e-20)))


@cache
def _hann(size: int) -> np.ndarray:
    return np.hanning(size).astype(np.float32)


class SoundLevel:
    """Decides, window by window, whether there is sound above the room's floor."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.history: deque[float] = deque(maxlen=int(FLOOR_SECONDS / WINDOW_S))

    def window(self, x: np.ndarray) -> tuple[float, float, bool]:
        """(level, floor, loud) for one window of mono float samples."""
        level = band_dbfs(x, self.rate)
        floor = float(np.percentile(self.history, FLOOR_PERCENTILE)) if self.history else level
        self.history.append(level)
        loud = level >= MIN_SOUND_DBFS and level - floor >= ABOVE_FLOOR_DB
        return level, floor, loud


class AudioWatch:
    """Cuts incoming blocks into half-second windows and reports m1 and m2."""

    def __init__(self, observe: Callable[[str, float, bool, dict[str, Any]], None],
                 rate: int = 48000) -> None:
        self.observe = observe
        self.rate = rate
        self.level = SoundLevel(rate)
        self.buffer = np.zeros(0, dtype=np.float32)
        self.buffer_t = 0.0

    def block(self, t: float, samples: np.ndarray, rate: int | None = None) -> None:
        if rate is not None and rate != self.rate:
            self.rate, self.level = rate, SoundLevel(rate)
        mono = samples.mean(axis=1) if samples.ndim == 2 else samples
        if self.buffer.size == 0:
            self.buffer_t = t
        self.buffer = np.concatenate([self.buffer, mono.astype(np.float32, copy=False)])
        size = int(self.rate * WINDOW_S)
        while self.buffer.size >= size:
            chunk, self.buffer = self.buffer[:size], self.buffer[size:]
            self._window(self.buffer_t, chunk)
            self.buffer_t += WINDOW_S

    def _window(self, t: float, chunk: np.ndarray) -> None:
        whole = dbfs(chunk)
        level, floor, loud = self.level.window(chunk)
        evidence = {"stream": "audio", "t": t, "dbfs": round(whole, 1),
                    "speech_band_db": round(level, 1), "floor_db": round(floor, 1)}
        self.observe("m1", t, whole < MUTED_DBFS, evidence)
        self.observe("m2", t, loud, evidence)
