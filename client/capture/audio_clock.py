"""Wall-clock times for audio blocks, steady enough for lip sync over a two-hour exam.

The samples themselves are the best clock there is: unless the audio system reports an overflow,
sample n of a stream was taken exactly n / rate seconds after sample 0. What is uncertain is only
when sample 0 was taken. Each callback gives an estimate of that (the time the callback ran, minus
how long ago the audio system says the block's first sample was taken, minus the samples before the
block), and those estimates are wrong in two known ways:

- callbacks run late and in bursts: without a reported delay the estimate is only an upper bound;
- the reported delay itself can be wrong for a while. Measured with PortAudio on ALSA's PulseAudio
  plugin: for the first 0.7 s of a stream it claims 0.62 s instead of 0.08 s, then ramps down over
  half a second, and from then on it is right to within a millisecond (checked against a beep's
  DAC time played into the same sound server).

So the clock takes a low quantile of the last second's estimates (late callbacks and a few wild
values cannot move it; a lasting change moves it within a second), and the first blocks of a stream
are held back until the estimates agree (`SettlingStamper`), so that they are stamped with the
settled clock rather than the start-up guess. An overflow means samples were lost: the count no
longer holds, so the clock starts afresh.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

WINDOW_SECONDS = 1.0       # how much recent audio the estimate is taken over
QUANTILE = 0.2             # low: late callbacks only ever make estimates too late
SNAP_SECONDS = 0.02        # a lasting disagreement larger than this is taken at once
GAIN = 0.1                 # smaller ones are followed smoothly, so times do not jitter
SETTLED_SPREAD = 0.010     # a full window agreeing this closely means the clock has settled
SETTLE_MAX_SECONDS = 3.0   # never hold the first blocks back longer than this


def quantile(values: list[float], q: float) -> float:
    """numpy's default (linear) quantile, in plain Python: for the ten or so values of a window
    this is several times cheaper than numpy's general machinery, on PortAudio's thread."""
    ordered = sorted(values)
    h = (len(ordered) - 1) * q
    low = int(h)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (h - low) * (ordered[high] - ordered[low])


@dataclass
class AudioClock:
    rate: int
    latency: float = 0.0
    anchor: float | None = None   # wall-clock time of sample 0
    samples: int = 0              # samples seen so far
    _window: deque[tuple[int, float]] = field(default_factory=deque)

    def observe(self, callback_time: float, frames: int, delay: float | None = None,
                overflow: bool = False) -> int:
        """Take in one block's callback; returns the index of the block's first sample.

        `delay` is how long before `callback_time` the first sample was taken, where the audio
        system reports it; otherwise the stream's latency and the block length stand in."""
        if delay is None or not 0.0 <= delay < 1.0:
            delay = self.latency + frames / self.rate
        if overflow:
            self._restart()
        index = self.samples
        estimate = callback_time - delay - index / self.rate
        self._window.append((index, estimate))
        while self._window[0][0] < index - WINDOW_SECONDS * self.rate:
            self._window.popleft()
        self._follow(quantile([e for _, e in self._window], QUANTILE))
        self.samples += frames
        return index

    def stamp(self, callback_time: float, frames: int, delay: float | None = None,
              overflow: bool = False) -> float:
        """Observe a block and return the wall-clock time of its first sample."""
        return self.time_at(self.observe(callback_time, frames, delay, overflow))

    def time_at(self, index: int) -> float:
        if self.anchor is None:
            raise ValueError("the clock has not seen a block yet")
        return self.anchor + index / self.rate

    @property
    def settled(self) -> bool:
        """True once a full window of estimates agrees (or the start-up allowance is over)."""
        if self.samples >= SETTLE_MAX_SECONDS * self.rate:
            return True
        if not self._window or self.samples - self._window[0][0] < WINDOW_SECONDS * self.rate:
            return False
        values = [e for _, e in self._window]
        return max(values) - min(values) <= SETTLED_SPREAD

    def _follow(self, target: float) -> None:
        if self.anchor is None or abs(target - self.anchor) > SNAP_SECONDS:
            self.anchor = target
        else:
            self.anchor += GAIN * (target - self.anchor)

    def _restart(self) -> None:
        """Samples were lost: what came before says nothing about sample 0 any more."""
        self.samples = 0
        self._window.clear()
        self.anchor = None


class SettlingStamper:
    """Stamps a stream's blocks, holding the first ones back until the clock has settled.

    Holding costs the recording nothing (blocks are only handed on a second or two later at the
    start) and keeps the start-up guess out of the first segment, whose timing is fixed by its
    first block."""

    def __init__(self, clock: AudioClock) -> None:
        self.clock = clock
        self._held: list[tuple[int, np.ndarray]] = []
        self._open = False

    def add(self, callback_time: float, block: np.ndarray, delay: float | None = None,
            overflow: bool = False) -> list[tuple[float, np.ndarray]]:
        """Take in one block; returns the blocks now ready, each with its time, in order."""
        ready = self.flush() if overflow and self._held else []
        index = self.clock.observe(callback_time, block.shape[0], delay, overflow)
        if overflow:
            self._open = False
        self._held.append((index, block))
        if self._open or self.clock.settled:
            self._open = True
            ready.extend(self.flush())
        return ready

    def flush(self) -> list[tuple[float, np.ndarray]]:
        """Every held block with the clock's current times (at the end of a stream)."""
        ready = [(self.clock.time_at(i), b) for i, b in self._held]
        self._held.clear()
        return ready
