"""Black, covered and frozen camera pictures, judged on synthetic frames."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from client.capture.camera_health import CameraHealth, conditions, thumbnail


def _scene(seed: int, shape: tuple[int, int] = (240, 320)) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (*shape, 3), dtype=np.uint8)


def test_black_covered_and_frozen_are_told_apart() -> None:
    black = np.full((240, 320, 3), 5, np.uint8)
    covered = np.full((240, 320, 3), 90, np.uint8)
    scene = _scene(1)
    assert conditions(thumbnail(black), None) == {"black"}
    assert conditions(thumbnail(covered), None) == {"covered"}
    assert conditions(thumbnail(scene), None) == set()
    assert conditions(thumbnail(scene), thumbnail(scene)) == {"frozen"}


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1))
def test_a_live_picture_is_never_flagged(seed_a: int, seed_b: int) -> None:
    a, b = _scene(seed_a), _scene(seed_b)
    if seed_a != seed_b:
        assert conditions(thumbnail(b), thumbnail(a)) == set()


def test_a_condition_is_reported_after_hold_and_its_end_too() -> None:
    health = CameraHealth(hold=2.0)
    black = np.zeros((240, 320, 3), np.uint8)
    out = []
    for i in range(30):  # three seconds of black at 10 fps
        out += health.update(i / 10, black)
    kinds = [k for k, _ in out]
    assert kinds == ["camera_black"]  # not also "frozen": a black picture never changes
    assert health.active == {"black"}
    assert out[0][1]["since"] == 0.0
    back = health.update(3.0, _scene(3))
    assert back == [("camera_picture_ok", {"condition": "black", "lasted_s": 3.0})]


def test_a_short_blip_is_not_reported() -> None:
    health = CameraHealth(hold=2.0)
    events = []
    for i in range(10):
        events += health.update(i / 10, np.zeros((240, 320, 3), np.uint8))
    events += health.update(1.0, _scene(5))
    assert events == []


def test_frames_between_judgements_pass_unexamined() -> None:
    """A few judgements a second: a condition is timed from the first judged frame showing it,
    and a frame in between, however black, starts nothing."""
    health = CameraHealth(hold=2.0, every=0.2)
    assert health.update(0.0, _scene(1)) == []
    assert health.update(0.1, np.zeros((240, 320, 3), np.uint8)) == []
    out = []
    for i in range(2, 25):  # black from 0.2 s to 2.4 s, at 10 fps
        out += health.update(i / 10, np.zeros((240, 320, 3), np.uint8))
    assert [k for k, _ in out] == ["camera_black"]
    assert out[0][1]["since"] == 0.2
