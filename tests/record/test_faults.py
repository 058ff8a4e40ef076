"""Faults while recording: camera missing or unusable, microphone removed mid-recording, spool
full. In each, the other streams keep recording, the fault is an event with a clear message,
and everything already written still verifies."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from client.config.practice import practice_exam
from client.journal import SessionWriter, verify
from client.record.probe import ProbeResult
from client.record.recorder import Recorder, Selection, stream_types
from client.trust import keys
from tests.record.conftest import decrypt, record, webcam_clip
from tests.record.media import decode_video, events
from tests.support.pulse import SINK


def _kinds(out: Path) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for e in events(out):
        found.setdefault(str(e["kind"]), []).append(e)
    return found


@pytest.mark.parametrize("camera", ["9", "not-a-video"])
def test_missing_or_unusable_camera_leaves_the_rest_recording(
        camera: str, xdisplay: Any, pulse: Any, exam_file: Any, institution: Path,
        tmp_path: Path) -> None:
    if camera == "not-a-video":
        bogus = tmp_path / "camera.avi"
        bogus.write_text("this is not a video")
        camera = str(bogus)
    result = record(exam_file(), institution, tmp_path / "spool", 8, "--camera", camera)
    webcam = result["streams"]["webcam"]
    assert webcam["captured"] == 0 and webcam["state"] == "device missing"
    assert "camera could not be opened" in webcam["message"]
    assert result["streams"]["screen"]["segments"] >= 1
    assert result["streams"]["audio"]["segments"] >= 1
    out = tmp_path / "plain"
    decrypt(Path(result["session_dir"]), institution, out)
    missing = _kinds(out)["camera_missing"]
    assert missing[0]["stream"] == "webcam" and "another program" in missing[0]["message"]
    assert list((out / "screen").glob("*.webm")) and list((out / "audio").glob("*.webm"))


def _start_pulse(runtime: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    proc = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
         "--load=module-native-protocol-unix", "--load=module-always-sink",
         f"--load=module-null-sink sink_name={SINK} rate=48000 channels=1"], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 10
    while not socket.exists():
        assert time.monotonic() < deadline and proc.poll() is None, "PulseAudio did not start"
        time.sleep(0.05)
    subprocess.run(["pactl", "set-default-source", f"{SINK}.monitor"], env={
        **env, "PULSE_SERVER": str(socket)}, check=True, timeout=10)
    return proc


@contextmanager
def private_pulse() -> Iterator[tuple[Path, list[subprocess.Popen[bytes]]]]:
    runtime = Path(tempfile.mkdtemp(prefix="invigilo-mic-"))
    procs = [_start_pulse(runtime)]
    try:
        yield runtime, procs
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(5)
        shutil.rmtree(runtime, ignore_errors=True)


def test_microphone_removed_mid_recording_is_reported_and_reopened(
        xdisplay: Any, exam_file: Any, institution: Path, tmp_path: Path) -> None:
    with private_pulse() as (runtime, procs):
        env = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": str(runtime / "pulse" / "native")}

        def unplug_and_replug() -> None:
            time.sleep(4)
            procs[0].terminate()   # the sound server and its microphone vanish
            procs[0].wait(5)
            time.sleep(4)
            procs.append(_start_pulse(runtime))

        fault = threading.Thread(target=unplug_and_replug)
        fault.start()
        result = record(exam_file(), institution, tmp_path / "spool", 16, "--camera",
                        str(webcam_clip()), env=env)
        fault.join()
    streams = result["streams"]
    assert streams["webcam"]["dropped"] == 0 and 150 <= streams["webcam"]["captured"] <= 170
    out = tmp_path / "plain"
    decrypt(Path(result["session_dir"]), institution, out)
    kinds = _kinds(out)
    lost, back = kinds["microphone_lost"][0], kinds["microphone_restored"][0]
    assert "microphone stopped" in str(lost["message"])
    assert 3 < float(back["t"]) - float(lost["t"]) < 10
    # the webcam never stopped: its segments cover the whole recording without a gap
    webcam = [decode_video(p) for p in sorted((out / "webcam").glob("*.webm"))]
    frames = sum(len(s.times) for s in webcam)
    assert frames == streams["webcam"]["captured"]
    audio_files = sorted((out / "audio").glob("*.webm"))
    assert len(audio_files) >= 2  # sound before the removal and after the return


def test_full_spool_sheds_screen_first_and_loses_nothing(
        xdisplay: Any, pulse: Any, tmp_path: Path) -> None:
    exam, keys_dir = practice_exam(tmp_path / "keys")
    rec = dataclasses.replace(exam.config.recording, segment_seconds=2.0)
    config = dataclasses.replace(exam.config, recording=rec)
    selection = Selection(camera=str(webcam_clip()))
    recipient = keys.load_recording_public(keys_dir / "recording.pub")
    writer = SessionWriter.create(tmp_path / "spool", exam=config, recipient=recipient,
                                  streams=stream_types(config, selection), quota_bytes=90_000)
    seen: list[tuple[str, dict[str, Any]]] = []
    recorder = Recorder(config, writer, selection,
                        probe=ProbeResult("av1", 0.0, {}, fallback=False))
    recorder.add_event_listener(lambda kind, fields: seen.append((kind, fields)))
    recorder.start()
    time.sleep(14)
    recorder.stop()
    stats = recorder.stats()
    writer.close()
    pauses = [f["stream"] for k, f in seen if k == "recording_paused"]
    assert pauses and pauses[0] == "screen"  # the least important stream goes first
    assert all("full" in f["message"] for k, f in seen if k == "recording_paused")
    # Segments are cut on one grid, so one cut can cross several levels at once: audio keeps at
    # least as much as the screen, never less.
    assert stats["audio"].segments >= stats["screen"].segments
    assert stats["webcam"].dropped == 0 and stats["screen"].dropped == 0
    report = verify(writer.path, keys.load_recording_private(keys_dir / "recording.key"))
    assert report.ok, report.problems
