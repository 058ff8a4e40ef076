"""Wall-clock times for audio blocks, steady enough for lip sync over a two-hour exam.

Callbacks arrive late and in bursts, so the time a callback runs minus how long ago PortAudio says
the block's first sample was taken (its ADC time against its current time, both on the stream's
own clock) is only an upper bound of when that sample was heard. Counting samples is smooth but
drifts from the wall clock (sound cards run a little fast or slow). The clock follows the lower
envelope of the callback estimates: it moves back quickly when a callback proves it early and
forward only slowly, and jumps when they disagree grossly (a gap after the device was reopened).
"""

from __future__ import annotations

from dataclasses import dataclass

JUMP_SECONDS = 0.25
BACK_GAIN = 0.5
FORWARD_GAIN = 0.002


@dataclass
class AudioClock:
    rate: int
    latency: float = 0.0
    anchor: float | None = None
    samples: int = 0

    def stamp(self, callback_time: float, frames: int, delay: float | None = None) -> float:
        """Time of the first sample of a block of `frames`, given when its callback ran and,
        where the audio system reports it, how long before that the first sample was taken."""
        if delay is None or not 0.0 <= delay < 1.0:
            delay = self.latency + frames / self.rate
        estimate = callback_time - delay
        if self.anchor is None:
            self.anchor = estimate
        expected = self.anchor + self.samples / self.rate
        error = estimate - expected
        if abs(error) > JUMP_SECONDS:
            self.anchor += error
        elif error < 0:
            self.anchor += BACK_GAIN * error
        else:
            self.anchor += FORWARD_GAIN * error
        t = self.anchor + self.samples / self.rate
        self.samples += frames
        return t
