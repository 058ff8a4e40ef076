"""Photo quality feedback on real pictures: a real face, a drawn ID card, and spoiled copies."""

from __future__ import annotations

import cv2
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from client.ui import quality
from tests.ui.support import card_frame, face_frame


def test_a_clear_face_passes_and_is_boxed() -> None:
    result = quality.assess_face(face_frame())
    assert result.ok, result
    assert result.faces == 1
    x, _, w, _ = result.box  # type: ignore[misc]
    assert 80 < x + w / 2 < 240 and w > 30


def test_blur_darkness_and_glare_are_named() -> None:
    face = face_frame()
    assert "blurry" in quality.assess_face(cv2.GaussianBlur(face, (15, 15), 0)).problems
    assert "dark" in quality.assess_face((face * 0.15).astype(np.uint8)).problems
    glare = cv2.addWeighted(face, 0.2, np.full_like(face, 255), 0.8, 0)
    assert "bright" in quality.assess_face(glare).problems


def test_no_face_and_a_small_face() -> None:
    wall = np.full((240, 320, 3), 128, np.uint8)
    assert quality.assess_face(wall).problems[0] == "no_face"
    far = np.full((720, 960, 3), 90, np.uint8)
    far[300:420, 400:560] = cv2.resize(face_frame(), (160, 120))  # face about 5 % of the width
    result = quality.assess_face(far)
    assert not result.ok and result.problems[0] in ("no_face", "face_small")


def test_the_whole_card_passes_and_a_cut_card_does_not() -> None:
    card = card_frame()
    assert quality.assess_id(card).ok
    cut = np.roll(card, 150, axis=1)  # the card's right part wraps off the left edge
    assert not quality.assess_id(cut).ok
    assert quality.assess_id(np.full((240, 320, 3), 70, np.uint8)).problems[0] == "no_card"


def test_card_touching_the_edge_is_cut() -> None:
    assert quality.touches_edge((0, 50, 100, 60), (240, 320))
    assert not quality.touches_edge((40, 50, 100, 60), (240, 320))


def test_jpeg_is_a_real_jpeg() -> None:
    data = quality.jpeg(face_frame())
    assert data[:3] == b"\xff\xd8\xff"
    assert cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR).shape == (240, 320, 3)


@settings(max_examples=25, deadline=None)
@given(arrays(np.uint8, st.tuples(st.integers(8, 64), st.integers(8, 64), st.just(3))),
       st.sampled_from(["face", "id"]))
def test_any_picture_gets_an_answer_not_a_crash(frame: np.ndarray, kind: str) -> None:
    result = quality.assess(kind, frame)  # type: ignore[arg-type]
    assert result.ok == (not result.problems)
    assert 0 <= result.brightness <= 255
