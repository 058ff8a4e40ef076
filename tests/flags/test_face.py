"""The face detector on real photos: found where a face is, nothing where none is."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from client.flags.camera import SEVERAL_MIN_SCORE, read_faces
from client.flags.face import (
    FULL_RANGE,
    MODELS,
    SHORT_RANGE,
    FaceDetector,
    TwoRangeDetector,
    anchors,
)
from tests.flags import material

HASHES = {
    "face_detection_full_range.tflite":
        "99bf9494d84f50acc6617d89873f71bf6635a841ea699c17cb3377f9507cfec3",
    "face_detection_short_range.tflite":
        "3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633",
}


@pytest.fixture(scope="module")
def detector() -> TwoRangeDetector:
    return TwoRangeDetector()


def test_models_are_the_published_files() -> None:
    for name, digest in HASHES.items():
        assert hashlib.sha256((MODELS / name).read_bytes()).hexdigest() == digest


def test_anchor_layout_matches_the_models() -> None:
    assert anchors(SHORT_RANGE).shape == (896, 2)
    assert anchors(FULL_RANGE).shape == (2304, 2)
    assert anchors(SHORT_RANGE).min() > 0 and anchors(SHORT_RANGE).max() < 1


def test_finds_the_astronaut_where_her_face_is(detector: TwoRangeDetector) -> None:
    frame = dict(material.faces())["astronaut"]
    faces = detector.detect(frame)
    assert len(faces) == 1
    f = faces[0]
    assert f.score > 0.8 and f.yaw < 0.3
    # her face is in the upper middle of the frame, about a third of its width
    assert 100 < f.x + f.w / 2 < 220 and 30 < f.y + f.h / 2 < 140 and 50 < f.w < 140


@pytest.mark.parametrize("name", ["rocket", "text", "brick", "baboon"])
def test_no_face_in_scenes_without_people(detector: TwoRangeDetector, name: str) -> None:
    scenes = dict(material.scenes())
    if name not in scenes:
        pytest.skip(f"{name} comes with Debian's opencv-doc, which is not installed")
    assert detector.detect(scenes[name]) == []


def test_a_cat_is_at_most_an_unsure_face(detector: TwoRangeDetector) -> None:
    """The cat's face may count as "someone is there" (never a false absence), but it is never
    sure enough to count towards several faces."""
    found = detector.detect(dict(material.scenes())["chelsea"])
    assert all(f.score < SEVERAL_MIN_SCORE for f in found)


def test_covered_face_is_absent_and_two_people_are_two(detector: TwoRangeDetector) -> None:
    frame = dict(material.faces())["astronaut"]
    assert read_faces(detector, material.covered(frame, 1)).facing == 0
    crops = material.face_crops()
    two = material.several([crops[0], crops[1]], 2, dict(material.scenes())["coffee"])
    assert read_faces(detector, two).faces == 2


def test_dim_light_still_finds_the_face(detector: TwoRangeDetector) -> None:
    frame = material.light(dict(material.faces())["astronaut"], "dark", seed=3)
    assert read_faces(detector, frame).facing == 1


def test_lfw_faces_mostly_found_and_non_faces_rarely(detector: TwoRangeDetector) -> None:
    """A quick slice of the benchmark: regressions in decoding show up here at once."""
    faces = [f for n, f in material.faces() if n.startswith("lfw")][:40]
    scenes = [f for n, f in material.scenes() if n.startswith("lfw-nonface")][:40]
    found = np.mean([bool(detector.detect(f)) for f in faces])
    false = np.mean([bool(detector.detect(f)) for f in scenes])
    assert found >= 0.9 and false <= 0.1


def test_single_model_is_usable_alone() -> None:
    frame = dict(material.faces())["astronaut"]
    assert len(FaceDetector(SHORT_RANGE).detect(frame)) == 1
