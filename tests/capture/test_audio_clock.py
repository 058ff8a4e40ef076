"""Audio block times under late, bursty callbacks, wrong start-up delays and a drifting card."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.capture.audio_clock import AudioClock, SettlingStamper, quantile

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


def test_an_overflow_makes_the_clock_start_afresh() -> None:
    clock = AudioClock(RATE)
    for k in range(60):
        clock.stamp(1000.02 + k * 0.02, BLOCK, 0.02)
    # five seconds of samples were lost: PortAudio says so with an overflow
    t = clock.stamp(1006.22, BLOCK, 0.02, overflow=True)
    assert abs(t - 1006.2) < 1e-6


def test_without_an_overflow_one_wild_estimate_does_not_move_the_clock() -> None:
    clock = AudioClock(RATE)
    stamps = []
    for k in range(100):
        late = 0.4 if k == 60 else 0.0   # one callback 0.4 s late with no delay reported
        stamps.append(clock.stamp(1000 + (k + 1) * 0.02 + late, BLOCK, None))
    assert np.allclose(np.diff(stamps), 0.02)


# PortAudio on ALSA's PulseAudio plugin, as measured (0.1 s blocks): the reported input delay is
# 0.62 s for the first seven callbacks, then falls by one block per callback to the true 0.08 s.
STARTUP_DELAYS = [0.62] * 7 + [0.52, 0.42, 0.32, 0.22, 0.12] + [0.08] * 300


def test_blocks_held_at_start_up_get_the_settled_times() -> None:
    block = np.zeros(4800, np.float32)
    stamper = SettlingStamper(AudioClock(RATE, latency=0.2))
    released: list[float] = []
    for k, delay in enumerate(STARTUP_DELAYS):
        true = 1000.0 + k * 0.1          # when the block's first sample was taken
        callback = true + 0.08           # the callbacks themselves run like clockwork
        for t, _ in stamper.add(callback, block, delay):
            released.append(t - (1000.0 + len(released) * 0.1))
        if k == 40:
            assert len(released) == k + 1, "blocks were held back for more than the start-up"
    errors = np.abs(released)
    assert errors.max() < 0.002, errors[:30]
    assert len(released) == len(STARTUP_DELAYS)


def test_a_short_stream_hands_over_every_held_block() -> None:
    block = np.zeros(480, np.float32)
    stamper = SettlingStamper(AudioClock(RATE))
    out = []
    for k in range(5):
        out += stamper.add(1000.0 + k * 0.01 + 0.02, block, 0.02)
    out += stamper.flush()
    assert [round(t - 1000.0, 6) for t, _ in out] == [0.0, 0.01, 0.02, 0.03, 0.04]


def test_times_increase_by_the_block_length_when_callbacks_are_regular() -> None:
    clock = AudioClock(RATE)
    stamps = [clock.stamp(1000 + (k + 1) * 0.02, BLOCK, 0.02) for k in range(50)]
    assert np.allclose(np.diff(stamps), 0.02)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40), st.floats(0.0, 1.0))
def test_quantile_is_numpys(values: list[float], q: float) -> None:
    expected = float(np.quantile(values, q))
    assert quantile(values, q) == pytest.approx(expected, rel=1e-9, abs=1e-6)
