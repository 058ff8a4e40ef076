"""The camera check through OpenCV's own capture path, on video files made here, plus the
"who holds the camera" lookups."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.checks import camera, holders
from client.config.schema import Webcam

DATA = Path(__file__).parent / "data"


def write_video(path: Path, frames: list[np.ndarray], fps: float = 10.0) -> str:
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return str(path)


def moving(n: int = 20, size: tuple[int, int] = (240, 320)) -> list[np.ndarray]:
    rng = np.random.default_rng(1)
    out = []
    for i in range(n):
        frame = np.full((*size, 3), 90, np.uint8)
        frame += rng.integers(0, 12, frame.shape, dtype=np.uint8)
        x = 10 + i * 12
        cv2.rectangle(frame, (x, 60), (x + 60, 140), (240, 220, 200), -1)
        out.append(frame)
    return out


def test_moving_video_passes(ctx_factory, tmp_path):
    path = write_video(tmp_path / "moving.avi", moving())
    result = camera.check_camera(ctx_factory(camera=path))
    assert result.status == "pass", result
    assert result.measured.startswith("320x240 at 10.0 fps")


def test_black_video_fails(ctx_factory, tmp_path):
    path = write_video(tmp_path / "black.avi", [np.zeros((240, 320, 3), np.uint8)] * 20)
    result = camera.check_camera(ctx_factory(camera=path))
    assert result.status == "fail" and "black" in result.message
    assert "shutter" in result.remedy


def test_frozen_video_fails(ctx_factory, tmp_path):
    still = moving(1)[0]
    path = write_video(tmp_path / "still.avi", [still] * 20)
    result = camera.check_camera(ctx_factory(camera=path))
    assert result.status == "fail" and "does not change" in result.message


def test_too_small_picture_fails(ctx_factory, tmp_path):
    path = write_video(tmp_path / "small.avi", moving(size=(120, 160)))
    result = camera.check_camera(ctx_factory(camera=path))
    assert result.status == "fail" and "160x120" in result.message


def test_missing_source_fails_clearly(ctx_factory, tmp_path):
    result = camera.check_camera(ctx_factory(camera=str(tmp_path / "nope.avi")))
    assert result.status == "fail" and "could not be opened" in result.message


def test_evaluate_rate_rules():
    want = Webcam(width=320, height=240, fps=10)
    live = camera.FrameStats(20, 320, 240, 7.0, 100.0, 200.0, 3.0)
    assert camera.evaluate(live, want).status == "warn"
    assert camera.evaluate(camera.FrameStats(20, 320, 240, 4.0, 100.0, 200.0, 3.0),
                           want).status == "fail"
    assert camera.evaluate(camera.FrameStats(20, 640, 480, 30.0, 100.0, 200.0, 3.0),
                           want).status == "pass"
    # a dark room with a lit face is not "black"
    assert camera.evaluate(camera.FrameStats(20, 320, 240, 10.0, 8.0, 120.0, 3.0),
                           want).status == "pass"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux /proc")
def test_linux_holder_is_named(tmp_path):
    device = tmp_path / "video0"
    device.write_bytes(b"")
    holder = subprocess.Popen([sys.executable, "-c",
                               f"f = open({str(device)!r}); print('ready', flush=True); "
                               "import time; time.sleep(30)"], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        found = holders.linux_holders(str(device))
        assert [h.pid for h in found] == [holder.pid]
        assert found[0].process.startswith("python")
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    assert holders.linux_holders(str(device)) == []


def test_busy_result_names_the_app():
    report = holders.HolderReport(True, (holders.Holder("Zoom", r"C:\Program Files\Zoom.exe"),))
    result = camera.busy_result(True, 0, Webcam(), report)
    assert result.status == "fail"
    assert result.remedy.startswith("Quit Zoom: it is using your camera")


def test_windows_consent_store_parsing():
    text = (DATA / "reg-query-webcam.txt").read_text()
    report = holders.consent_report(holders.parse_reg_query(text), "webcam")
    assert [h.name for h in report.holders] == ["Zoom"]
    assert report.holders[0].process == r"C:\Program Files\Zoom\bin\Zoom.exe"
    assert not report.blocked_by_privacy


def test_one_store_app_denied_does_not_block_us():
    text = (DATA / "reg-query-webcam.txt").read_text().replace(
        "8wekyb3d8bbwe\n    Value    REG_SZ    Allow", "8wekyb3d8bbwe\n    Value    REG_SZ    Deny")
    assert "Deny" in text
    report = holders.consent_report(holders.parse_reg_query(text), "webcam")
    assert not report.blocked_by_privacy


def test_desktop_apps_denied_blocks_us():
    text = (DATA / "reg-query-webcam.txt").read_text().replace(
        "NonPackaged\n    Value    REG_SZ    Allow", "NonPackaged\n    Value    REG_SZ    Deny")
    assert "Deny" in text
    assert holders.consent_report(holders.parse_reg_query(text), "webcam").blocked_by_privacy


def test_windows_privacy_deny_is_reported():
    text = (DATA / "reg-query-webcam-denied.txt").read_text()
    report = holders.consent_report(holders.parse_reg_query(text), "webcam")
    assert report.blocked_by_privacy and report.holders == ()


@given(st.text())
def test_reg_query_parser_never_crashes(text):
    entries = holders.parse_reg_query(text)
    holders.consent_report(entries, "webcam")


@pytest.mark.parametrize(("exe", "name"), [
    (r"C:#Program Files#Zoom#bin#Zoom.exe", "Zoom"),
    ("MSTeams_8wekyb3d8bbwe", "Microsoft Teams"),
    ("Microsoft.WindowsCamera_8wekyb3d8bbwe", "Camera"),
    ("obs", "OBS Studio"),
])
def test_friendly_names(exe, name):
    assert holders.friendly(exe) == name
