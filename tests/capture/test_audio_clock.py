"""Audio block times under late, bursty callbacks and a drifting sound card."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from client.capture.audio_clock import AudioClock

RATE, BLOCK = 48000, 960


def _run(delays: np.ndarray, drift: float = 0.0, start: float = 1000.0) -> list[float]:
    """Feed blocks whose first sample truly began at start + k*block*(1+drift)."""
    clock = AudioClock(RATE)
    errors = []
    for k, late in enumerate(delays):
        true = start + k * BLOCK / RATE * (1 + drift)
        callback = true + BLOCK / RATE * (1 + drift) + late
        errors.append(clock.stamp(callback, BLOCK, BLOCK / RATE + late) - true)
    return errors


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**31))
def test_jittery_callbacks_give_steady_times(seed: int) -> None:
    rng = np.random.default_rng(seed)
    late = rng.exponential(0.01, 3000)  # callbacks up to tens of ms late, never early
    errors = np.array(_run(late))
    settled = errors[100:]
    assert settled.max() < 0.02 and settled.min() > -0.005


def test_a_fast_sound_card_does_not_drift_away_over_an_hour() -> None:
    late = np.full(180_000, 0.002)  # one hour of 20 ms blocks
    errors = _run(late, drift=-2e-4)  # the card is 0.02% fast: 0.7 s per hour uncorrected
    assert abs(errors[-1]) < 0.03


def test_a_gap_after_reopening_makes_the_clock_jump() -> None:
    clock = AudioClock(RATE)
    clock.stamp(1000.02, BLOCK, 0.02)
    t = clock.stamp(1005.02, BLOCK, 0.02)  # five seconds later: the device was away
    assert abs(t - 1005.0) < 1e-6


def test_times_increase_by_the_block_length_when_callbacks_are_regular() -> None:
    clock = AudioClock(RATE)
    stamps = [clock.stamp(1000 + (k + 1) * 0.02, BLOCK, 0.02) for k in range(50)]
    assert np.allclose(np.diff(stamps), 0.02)
