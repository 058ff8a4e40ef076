"""The capture sources on real virtual devices: a clip as the camera, Xvfb, PulseAudio."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from client.capture.audio import AudioSource, AudioSpec
from client.capture.camera import CameraSource, CameraSpec, fit
from client.capture.screen import ScreenSource, ScreenSpec
from client.capture.source import MISSING, RECORDING
from tests.record.conftest import ROOT, webcam_clip
from tests.support.env import environment
from tests.support.pulse import speech_wav


class Collector:
    def __init__(self) -> None:
        self.items: list[tuple[float, Any]] = []
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Lock()

    def consume(self, t: float, item: Any) -> bool:
        with self.lock:
            self.items.append((t, item))
        return True

    def event(self, kind: str, **fields: Any) -> None:
        self.events.append((kind, fields))

    def kinds(self) -> list[str]:
        return [k for k, _ in self.events]


def _run(source: Any, seconds: float, sink: Collector) -> None:
    source.consumer = sink.consume
    source.start()
    time.sleep(seconds)
    source.stop()


def test_fit_crops_to_the_aspect_then_scales() -> None:
    wide = np.zeros((720, 1280, 3), np.uint8)
    wide[:, :160] = 255  # a bar that the 4:3 crop removes
    out = fit(wide, 320, 240)
    assert out.shape == (240, 320, 3) and out.max() == 0


def test_scaling_down_averages_fine_detail_instead_of_aliasing() -> None:
    """1-pixel stripes at 768x576 must come out an even grey at 320x240 (a plain linear resize
    picks stripes and shows bands), and a natural picture must match OpenCV's area filter."""
    import cv2

    stripes = np.zeros((576, 768, 3), np.uint8)
    stripes[:, ::2] = 255
    out = fit(stripes, 320, 240).astype(float)
    assert abs(out.mean() - 127.5) < 3 and out.std() < 12
    cap = cv2.VideoCapture(str(webcam_clip()))
    ok, frame = cap.read()
    assert ok
    ours = fit(frame, 320, 240).astype(float)
    area = cv2.resize(frame, (320, 240), interpolation=cv2.INTER_AREA).astype(float)
    assert np.abs(ours - area).mean() < 3.0


def test_the_linux_package_refuses_an_encrypted_camera_address(monkeypatch: Any) -> None:
    """Its FFmpeg has no TLS (a stub that would stop the app): say so instead of opening."""
    from client.capture.camera import MSG_NO_TLS

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    sink = Collector()
    _run(CameraSource(CameraSpec("https://camera.example/stream.mjpg"), sink.event), 0.5, sink)
    assert next(e for e in sink.events if e[0] == "camera_missing")[1]["message"] == MSG_NO_TLS
    assert not sink.items


def test_a_clip_plays_as_a_camera_at_the_asked_rate_and_size() -> None:
    sink = Collector()
    _run(CameraSource(CameraSpec(str(webcam_clip()), 320, 240, 5.0), sink.event), 3.0, sink)
    times = [t for t, _ in sink.items]
    assert 12 <= len(times) <= 16
    assert all(f.shape == (240, 320, 3) for _, f in sink.items)
    assert 0.15 < float(np.median(np.diff(times))) < 0.25
    assert sink.kinds() == []


@pytest.mark.parametrize("fps", [10.0, 5.0])
def test_pictures_handed_on_keep_their_content_when_no_scaling_is_needed(
        tmp_path: Path, fps: float) -> None:
    """The camera decodes into one reused buffer: a picture already at the asked size must
    still be handed on as a copy of its own, not as the buffer the next picture overwrites.
    At half the clip's rate every other picture is only grabbed, never converted: what is
    handed on is still the picture of its own moment, two steps on from the last."""
    import cv2

    path = tmp_path / "steps.avi"
    clip_fps = 10.0
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), clip_fps, (320, 240))
    for level in range(0, 250, 10):
        writer.write(np.full((240, 320, 3), level, np.uint8))
    writer.release()
    sink = Collector()
    _run(CameraSource(CameraSpec(str(path), 320, 240, fps), sink.event), 1.5, sink)
    levels = [round(float(f.mean())) for _, f in sink.items]
    assert len(levels) >= round(fps * 0.8)
    steps = [b - a for a, b in itertools.pairwise(levels)]
    step = round(10 * clip_fps / fps)  # the clip's levels rise by 10 a picture
    assert len(set(levels)) > 4 and all(s == step for s in steps if s > 0)


def test_a_camera_that_appears_later_is_picked_up(tmp_path: Path) -> None:
    path = tmp_path / "camera.avi"
    sink = Collector()
    source = CameraSource(CameraSpec(str(path), 320, 240, 10.0), sink.event)
    source.consumer = sink.consume
    source.start()
    time.sleep(1.0)
    assert source.stats.state == MISSING and sink.kinds() == ["camera_missing"]
    shutil.copy(webcam_clip(), path)  # plugged in
    deadline = time.monotonic() + 6
    while source.stats.state != RECORDING and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    source.stop()
    assert sink.kinds() == ["camera_missing", "camera_restored"]
    assert source.stats.captured > 0


def test_screen_follows_changes_at_its_limit(xdisplay: Any, tmp_path: Path) -> None:
    desk = subprocess.Popen([sys.executable, "-m", "tests.record.desk", "--seconds", "8"],
                            cwd=ROOT)
    try:
        time.sleep(2.0)
        sink = Collector()
        source = ScreenSource(ScreenSpec(width=640, fps=1.0, change_fps=4.0), sink.event)
        _run(source, 3.0, sink)
    finally:
        desk.terminate()
        desk.wait(10)
    # typing changes the screen all the time: about 4 pictures a second, not 1
    assert 9 <= len(sink.items) <= 14
    assert sink.items[0][1].shape == (400, 640, 3)
    assert source.stats.state != MISSING


def test_screen_without_a_display_is_reported(tmp_path: Path) -> None:
    sink = Collector()
    with environment(DISPLAY=":987"):  # nobody serves this display
        source = ScreenSource(ScreenSpec(), sink.event)
        _run(source, 1.0, sink)
    assert sink.kinds() == ["screen_capture_failed"]
    assert "could not be captured" in sink.events[0][1]["message"]
    assert source.stats.state == MISSING and sink.items == []


def test_microphone_hears_speech_and_reports_its_level(pulse: Any, tmp_path: Path) -> None:
    wav = speech_wav("Testing the microphone level, one two three.", tmp_path / "s.wav")
    sink = Collector()
    source = AudioSource(AudioSpec(), sink.event)
    source.consumer = sink.consume
    levels: list[float] = []
    source.start()
    time.sleep(1.5)
    quiet = source.level
    player = pulse.play(wav)
    for _ in range(20):
        time.sleep(0.1)
        levels.append(source.level)
    player.wait(10)
    source.stop()
    assert sink.kinds() == []
    assert quiet <= -80 and max(levels) > -40
    blocks = [b for _, b in sink.items]
    assert all(b.dtype == np.float32 and b.ndim == 1 for b in blocks)
    times = np.array([t for t, _ in sink.items])
    assert np.all(np.diff(times) > 0)
