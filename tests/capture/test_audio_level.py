"""The microphone level the UI shows, computed on PortAudio's thread for every block."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from client.capture.audio import SILENCE_DB, level_db


@given(st.floats(1e-4, 1.0), st.integers(1, 4800))
def test_level_of_a_full_scale_square_wave_is_its_amplitude(amplitude: float, n: int) -> None:
    block = np.where(np.arange(n) % 2, amplitude, -amplitude).astype(np.float32)
    assert abs(level_db(block) - 20 * np.log10(amplitude)) < 0.01


def test_level_of_silence_and_of_nothing_is_the_floor() -> None:
    assert level_db(np.zeros(4800, np.float32)) == SILENCE_DB
    assert level_db(np.zeros(0, np.float32)) == SILENCE_DB
