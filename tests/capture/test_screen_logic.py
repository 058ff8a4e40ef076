"""Screen picture size and pacing rules."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from client.capture.screen_logic import Pacer, scaled_size, to_bgr


@given(st.integers(2, 8000), st.integers(2, 5000), st.integers(320, 3840))
def test_scaled_size_is_even_never_upscaled_and_keeps_the_aspect(w: int, h: int,
                                                                 target: int) -> None:
    sw, sh = scaled_size(w, h, target)
    assert sw % 2 == 0 and sh % 2 == 0
    assert sw <= max(w, 2) and sw <= target
    if w > target and h * target / w >= 4:
        assert abs(sw / sh - w / h) <= 2 * (w / h) / sh + 0.01


def test_two_monitors_side_by_side_fit_the_width() -> None:
    assert scaled_size(3840, 1080, 1280) == (1280, 360)
    assert scaled_size(1280, 800, 1280) == (1280, 800)


def test_to_bgr_drops_alpha_and_scales() -> None:
    raw = np.zeros((800, 1280, 4), np.uint8)
    raw[..., 2] = 200  # red in BGRA
    out = to_bgr(raw, (640, 400))
    assert out.shape == (400, 640, 3) and out[..., 2].min() == 200 and out[..., 3:].size == 0


def test_pacer_keeps_the_steady_rate_and_follows_changes_up_to_its_limit() -> None:
    pacer = Pacer(fps=1.0, change_fps=2.0)
    kept = [t / 10 for t in range(0, 40) if pacer.keep(t / 10, changed=False)]
    assert kept == [0.0, 1.0, 2.0, 3.0]
    pacer = Pacer(fps=1.0, change_fps=2.0)
    kept = [t / 10 for t in range(0, 40) if pacer.keep(t / 10, changed=True)]
    assert kept == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]
    assert Pacer(1.0, 0.0).poll_interval == 1.0 and Pacer(1.0, 4.0).poll_interval == 0.25
