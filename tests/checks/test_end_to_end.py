"""`invigilo check` with every device real at once: a painted Xvfb screen, a PulseAudio
microphone hearing speech, a video file as the camera, a loopback server behind a 1 Mbit/s link."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.checks.sink import sink_server
from tests.checks.test_camera import moving, write_video
from tests.support.env import environment
from tests.support.netproxy import NetProxy
from tests.support.pulse import speech_wav
from tests.support.xvfb import XDisplay, xvfb

ROOT = Path(__file__).resolve().parents[2]
DEVICE_CHECKS = ("latency", "bandwidth", "clock", "camera", "microphone", "screen", "displays")


@pytest.fixture
def painted_display() -> Iterator[XDisplay]:
    import mss

    with xvfb(800, 600) as display:
        env = {**os.environ, "DISPLAY": display.name}
        with environment(DISPLAY=display.name):
            keeper = (getattr(mss, "MSS", None) or mss.mss)()  # no server reset to black
        subprocess.run(["xsetroot", "-solid", "#40608a"], env=env, check=True, timeout=10)
        try:
            yield display
        finally:
            keeper.close()


@pytest.mark.slow
@pytest.mark.needs_audio
@pytest.mark.needs_display
def test_everything_real(pulse, painted_display, tmp_path):
    camera = write_video(tmp_path / "camera.avi", moving(30))
    speech = speech_wav("This is the device check. Testing, one, two, three. " * 3,
                        tmp_path / "speech.wav")
    player = pulse.play(speech)
    try:
        with sink_server() as sink, NetProxy(("127.0.0.1", sink.port)) as proxy:
            proxy.throttle(up_kbps=1000)
            out = subprocess.run(
                [sys.executable, "-m", "client", "check", "--json", "--camera", camera,
                 "--net-url", proxy.url("/speedtest"), "--spool", str(tmp_path / "spool"),
                 "--out", str(tmp_path / "report.json")],
                cwd=ROOT, capture_output=True, text=True, timeout=60,
                env={**os.environ, **pulse.env, "DISPLAY": painted_display.name})
    finally:
        player.kill()
        player.wait()
    doc = json.loads(out.stdout)
    status = {c["id"]: c["status"] for c in doc["checks"]}
    assert {k: status[k] for k in DEVICE_CHECKS} == dict.fromkeys(DEVICE_CHECKS, "pass"), doc
    assert out.returncode == doc["exit_code"] == {"pass": 0, "warn": 0}.get(doc["overall"], 1)
    assert json.loads((tmp_path / "report.json").read_text())["checks"] == doc["checks"]
    assert doc["duration_s"] < 10
