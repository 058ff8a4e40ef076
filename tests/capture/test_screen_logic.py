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
    polls = [k * pacer.poll_interval for k in range(8)]
    assert [t for t in polls if pacer.keep(t, b"same")] == [0.0, 1.0, 2.0, 3.0]
    pacer = Pacer(fps=1.0, change_fps=2.0)
    assert [t for t in polls if pacer.keep(t, str(t).encode())] == polls
    # between polls (a caller off the schedule) changes are still held to change_fps
    pacer = Pacer(fps=1.0, change_fps=2.0)
    kept = [t / 10 for t in range(40) if pacer.keep(t / 10, str(t).encode())]
    assert kept == [0.0, 0.4, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.2, 3.6]
    assert Pacer(1.0, 0.0).poll_interval == 1.0 and Pacer(1.0, 4.0).poll_interval == 0.25


def test_a_change_refused_as_too_soon_is_kept_at_the_next_poll() -> None:
    """A flash that follows a typed letter within one poll must still reach the recording."""
    pacer = Pacer(fps=1.0, change_fps=15.0)
    assert pacer.keep(0.0, b"typing")
    assert not pacer.keep(0.03, b"flash")  # too soon after the last picture
    assert pacer.keep(0.07, b"flash")      # the same as the last poll, but not yet recorded
    assert not pacer.keep(0.14, b"flash")  # recorded now: unchanged


@given(st.sampled_from([(1.0, 2.0), (1.0, 15.0), (2.0, 4.0), (1.0, 0.0)]),
       st.lists(st.tuples(st.floats(0.0, 0.125), st.sampled_from([b"a", b"b", b"c"])),
                min_size=1, max_size=60))
def test_every_poll_that_shows_something_new_is_kept(rates: tuple[float, float],
                                                     polls: list[tuple[float, bytes]]) -> None:
    fps, change_fps = rates
    pacer = Pacer(fps, change_fps)
    step = pacer.poll_interval
    last_kept: tuple[float, bytes] | None = None
    for k, (late, picture) in enumerate(polls):
        t = (k + late) * step  # on schedule, woken up to an eighth of a poll late
        kept = pacer.keep(t, picture)
        if change_fps and (last_kept is None or picture != last_kept[1]):
            assert kept, (k, picture, last_kept)
        if last_kept is None or t - last_kept[0] >= 1.0 / fps + step / 8:
            assert kept  # the steady rate holds whatever the screen does
        if kept:
            if last_kept is not None:
                assert t - last_kept[0] >= 1.0 / max(fps, change_fps) - step / 4
            last_kept = (t, picture)
