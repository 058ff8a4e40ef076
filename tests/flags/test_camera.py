"""c1/c2/c3 and s1 through the engine, on real pictures and a real video file."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from client.config.schema import Flags
from client.flags.engine import FlagEngine
from tests.flags import material


def run(frames: list[np.ndarray], fps: float = 10, stream: str = "webcam",
        config: Flags | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    engine = FlagEngine(config or Flags(), lambda kind, **f: out.append(f))
    for i, frame in enumerate(frames):
        engine.feed_frame(stream, i / fps, frame)
        engine.tick(i / fps)
    engine.close(len(frames) / fps)
    return out


def live(picture: np.ndarray, count: int, seed: int = 0) -> list[np.ndarray]:
    """A still scene as a real sensor delivers it: a little noise in every frame."""
    rng = np.random.default_rng(seed)
    return [np.clip(picture + rng.normal(0, 2.0, picture.shape), 0, 255).astype(np.uint8)
            for _ in range(count)]


def codes(events: list[dict[str, Any]]) -> list[str]:
    return [e["code"] for e in events if e["phase"] == "end"]


def test_a_present_candidate_raises_nothing() -> None:
    assert codes(run(live(dict(material.faces())["astronaut"], 150))) == []


def test_leaving_for_twelve_seconds_is_one_c2_with_a_thumbnail() -> None:
    face, scene = dict(material.faces())["astronaut"], dict(material.scenes())["rocket"]
    events = run(live(face, 30) + live(scene, 120, 1) + live(face, 30, 2))
    c2 = [e for e in events if e["code"] == "c2"]
    assert [e["phase"] for e in c2] == ["start", "end"]
    assert 2.9 <= c2[0]["start"] <= 3.6 and 14.4 <= c2[1]["end"] <= 15.1
    assert len(c2[0]["thumb"]) > 1000  # a real JPEG, base64
    assert codes(events) == ["c2"]


def test_two_people_are_c3() -> None:
    crops = material.face_crops()
    two = material.several([crops[0], crops[1]], 2, dict(material.scenes())["coffee"])
    assert codes(run(live(two, 60))) == ["c3"]


def test_black_and_frozen_webcam_are_c1() -> None:
    black = np.zeros((240, 320, 3), np.uint8)
    assert codes(run([black] * 80)) == ["c1"]
    still = dict(material.faces())["astronaut"]
    assert codes(run([still] * 80)) == ["c1"]


def test_webcam_that_stops_sending_is_c1() -> None:
    out: list[dict[str, Any]] = []
    engine = FlagEngine(Flags(), lambda kind, **f: out.append(f))
    frames = live(dict(material.faces())["astronaut"], 20)
    for i, frame in enumerate(frames):
        engine.feed_frame("webcam", i / 10, frame)
    for t in range(3, 15):
        engine.tick(float(t))
    assert [e["code"] for e in out] == ["c1"]
    assert out[0]["evidence"]["why"] == "no frames"


def test_real_video_of_people_walking_is_not_a_frozen_webcam() -> None:
    """Debian opencv-doc's vtest.avi: real camera footage (small people, no faces to see)."""
    import cv2

    path = material.OPENCV_DOC / "vtest.avi"
    if not path.is_file():
        pytest.skip("Debian's opencv-doc is not installed (./dev test installs it)")
    cap = cv2.VideoCapture(str(path))
    frames = []
    while len(frames) < 100:
        ok, frame = cap.read()
        assert ok
        frames.append(cv2.resize(frame, (320, 240), interpolation=cv2.INTER_AREA))
    assert "c1" not in codes(run(frames))


def test_blank_screen_is_s1_and_a_real_screen_is_not() -> None:
    blank = np.full((720, 1280, 3), 30, np.uint8)
    assert codes(run([blank] * 15, fps=1, stream="screen")) == ["s1"]
    page = dict(material.scenes())["text"]
    assert codes(run([page] * 15, fps=1, stream="screen")) == []


def test_a_missing_face_model_is_reported_and_recording_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Any) -> None:
    from client.flags import face

    monkeypatch.setattr(face, "MODELS", tmp_path)
    face._net.cache_clear()
    out: list[tuple[str, dict[str, Any]]] = []
    try:
        engine = FlagEngine(Flags(), lambda kind, **f: out.append((kind, f)))
        black = np.zeros((240, 320, 3), np.uint8)
        for i in range(80):
            engine.feed_frame("webcam", i / 10, black)
        engine.close(8.0)
    finally:
        face._net.cache_clear()
    assert out[0][0] == "flags_notice" and "c2" in out[0][1]["message"]
    assert [f["code"] for k, f in out if k == "flag" and f["phase"] == "end"] == ["c1"]


def test_an_expected_webcam_that_never_sends_is_c1() -> None:
    from client.config.practice import practice_exam

    exam = practice_exam()[0].config
    out: list[dict[str, Any]] = []
    engine = FlagEngine.from_exam(exam, lambda kind, **f: out.append(f), face_hz=0)
    for t in range(20):
        engine.tick(float(t))
    assert {e["code"] for e in out} == {"c1", "s1"}
    quiet: list[dict[str, Any]] = []
    engine = FlagEngine(Flags(), lambda kind, **f: quiet.append(f), face_hz=0)
    for t in range(20):
        engine.tick(float(t))
    assert quiet == []
