"""Reading a decrypted recording back for the tests: decoding, flashes, beeps, speech."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np


@dataclass
class VideoSegment:
    path: Path
    times: list[float]          # seconds since the recording's origin, one per frame
    brightness: list[float]     # mean grey level per frame
    first_is_key: bool
    size: tuple[int, int]


def decode_video(path: Path) -> VideoSegment:
    """Decode one segment file on its own: this fails if it is not self-contained."""
    times: list[float] = []
    bright: list[float] = []
    first_key = False
    size = (0, 0)
    with av.open(str(path)) as container:
        for i, frame in enumerate(container.decode(video=0)):
            if i == 0:
                first_key = bool(frame.key_frame)
                size = (frame.width, frame.height)
            times.append(float(frame.time))
            bright.append(float(frame.to_ndarray(format="gray").mean()))
    return VideoSegment(path, times, bright, first_key, size)


def decode_audio(path: Path) -> tuple[float, np.ndarray, int]:
    """(start in seconds since origin, mono float samples, rate) of one segment, decoded alone."""
    blocks: list[np.ndarray] = []
    start = None
    rate = 48000
    with av.open(str(path)) as container:
        for frame in container.decode(audio=0):
            if start is None:
                start = float(frame.time)
            rate = frame.sample_rate
            blocks.append(frame.to_ndarray().reshape(-1).astype(np.float32))
    return (start or 0.0), np.concatenate(blocks) if blocks else np.zeros(0, np.float32), rate


def audio_timeline(paths: list[Path]) -> tuple[np.ndarray, int]:
    """All audio segments placed on one timeline (index 0 = the origin) by their timestamps."""
    parts = [decode_audio(p) for p in paths]
    rate = parts[0][2]
    length = max(round(s * rate) + len(x) for s, x, _ in parts)
    out = np.zeros(length, np.float32)
    for start, samples, _ in parts:
        i = round(start * rate)
        out[i:i + len(samples)] = samples
    return out, rate


def tone_envelope(samples: np.ndarray, rate: int, hz: float, window: float = 0.005) -> np.ndarray:
    """Magnitude of the `hz` component, smoothed over `window` seconds (a lock-in detector)."""
    t = np.arange(len(samples)) / rate
    mixed = samples * np.exp(-2j * np.pi * hz * t)
    n = max(1, round(window * rate))
    kernel = np.ones(n) / n
    return np.abs(np.convolve(mixed, kernel, mode="same")) * 2


def onsets(values: np.ndarray, times: np.ndarray, threshold: float, gap: float) -> list[float]:
    """Times where `values` rises through `threshold`, at least `gap` seconds apart."""
    above = values >= threshold
    rising = np.flatnonzero(above[1:] & ~above[:-1]) + 1
    found: list[float] = []
    for i in rising:
        if not found or times[i] - found[-1] >= gap:
            found.append(float(times[i]))
    return found


def band_energy_db(samples: np.ndarray, rate: int, lo: float = 300, hi: float = 3400) -> float:
    """Energy in the speech band, in dB (relative to full scale)."""
    if samples.size == 0:
        return -200.0
    spectrum = np.abs(np.fft.rfft(samples)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = spectrum[(freqs >= lo) & (freqs <= hi)].sum() / len(samples) ** 2
    return float(10 * np.log10(band + 1e-20))


def events(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines() if line]
