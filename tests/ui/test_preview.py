"""Previews: the microphone meter's scale and a video file looping as a camera."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from client.ui.preview import CameraPreview, level_from_samples, parse_source
from tests.ui.support import FPS, camera_video


def test_meter_scale_ends() -> None:
    assert level_from_samples(np.zeros(800, np.float32)) == 0.0
    assert level_from_samples(np.ones(800, np.float32)) == 1.0
    assert level_from_samples(np.array([], np.float32)) == 0.0
    tone = (0.1 * np.sin(np.linspace(0, 200, 8000))).astype(np.float32)  # about -23 dBFS
    assert 0.55 < level_from_samples(tone) < 0.68


@given(st.floats(0.0001, 1.0), st.floats(0.0001, 1.0))
def test_louder_is_never_lower_on_the_meter(a: float, b: float) -> None:
    quiet, loud = sorted((a, b))
    block = np.ones(256, np.float32)
    assert level_from_samples(block * quiet) <= level_from_samples(block * loud)


def test_parse_source() -> None:
    assert parse_source("0") == 0
    assert parse_source(" 2 ") == 2
    assert parse_source("cam.avi") == "cam.avi"


def test_a_video_file_loops_like_a_camera(tmp_path: Path) -> None:
    video = camera_video(tmp_path / "cam.avi", face_seconds=0.5, card_seconds=0.5)
    frames: list[tuple[int, ...]] = []
    enough = threading.Event()

    def on_frame(t: float, frame: np.ndarray) -> None:
        frames.append(frame.shape)
        if len(frames) >= 2 * FPS + 5:  # more frames than the file holds
            enough.set()

    preview = CameraPreview(str(video), on_frame, fps=100)
    preview.start()
    try:
        assert enough.wait(20)
    finally:
        preview.stop()
    assert set(frames) == {(240, 320, 3)}


def test_a_missing_camera_is_reported_not_raised(tmp_path: Path) -> None:
    errors: list[str] = []
    done = threading.Event()
    preview = CameraPreview(str(tmp_path / "none.avi"), lambda t, f: None,
                            on_error=lambda key: (errors.append(key), done.set()))
    preview.start()
    assert done.wait(10)
    preview.stop()
    assert errors == ["no_camera"]
