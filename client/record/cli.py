"""`invigilo record`: a headless recording for IT test runs and for tests.

Opens the exam (signed config, or the practice exam when none is given), starts a session in the
spool, records for the given time and closes it properly, then prints what each stream wrote:
frames captured and dropped, bytes and kbit/s. With --no-camera --no-screen --no-audio it records
events only (a smoke test that needs no devices).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

from client import __version__, paths
from client.config.loader import Exam, open_exam_file, recording_recipient
from client.config.practice import practice_exam
from client.errors import UserError
from client.journal import SessionWriter
from client.journal.quota import folder_size

HEARTBEAT_SECONDS = 1.0

MSG_SECONDS = "--seconds must be more than 0"
MSG_CAMERA_BOTH = "--camera and --no-camera contradict each other"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="the signed exam file (default: the practice exam)")
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="a trusted signing.pub (repeatable)")
    parser.add_argument("--spool", type=Path, default=None,
                        help="recording folder (default: the app's spool)")
    parser.add_argument("--seconds", type=float, required=True, help="how long to record")
    parser.add_argument("--candidate", default="it-test", help="candidate id to record under")
    parser.add_argument("--camera", help="camera index (default 0) or a video file or URL")
    parser.add_argument("--microphone", default=None,
                        help="microphone name or index (default: the system's default)")
    parser.add_argument("--codec", choices=["av1", "vp9"], default=None,
                        help="video codec (default: measured on this computer at start)")
    parser.add_argument("--no-camera", action="store_true", help="do not record the webcam")
    parser.add_argument("--no-screen", action="store_true", help="do not record the screen")
    parser.add_argument("--no-audio", action="store_true", help="do not record the microphone")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")


def open_for_recording(config: str | None, trust: list[Path]) -> tuple[Exam, Path | None]:
    if config is None:
        exam, keys_dir = practice_exam()
        return exam, keys_dir
    return open_exam_file(config, trust=trust), None


def _heartbeats(writer: SessionWriter, seconds: float) -> None:
    started = time.monotonic()
    while (elapsed := time.monotonic() - started) < seconds:
        writer.event("heartbeat", elapsed=round(elapsed, 3))
        time.sleep(min(HEARTBEAT_SECONDS, max(seconds - elapsed, 0)))


def run(args: argparse.Namespace) -> int:
    if args.seconds <= 0:
        raise UserError(MSG_SECONDS)
    if args.camera is not None and args.no_camera:
        raise UserError(MSG_CAMERA_BOTH)
    media = not (args.no_camera and args.no_screen and args.no_audio)
    exam, practice_keys = open_for_recording(args.config, args.trust)
    spool = args.spool or paths.default_spool()
    selection = None
    streams: dict[str, str] = {}
    if media:
        from client.record.recorder import Selection, stream_types

        selection = Selection(camera=None if args.no_camera else (args.camera or "0"),
                              screen=not args.no_screen, audio=not args.no_audio,
                              audio_device=args.microphone)
        streams = stream_types(exam.config, selection)
    writer = SessionWriter.create(
        spool, exam=exam.config, recipient=recording_recipient(exam, practice_keys),
        candidate_id=args.candidate, exam_source=exam.source, streams=streams,
        quota_bytes=exam.config.recording.spool_quota_mb * 1024 * 1024)
    writer.event("device", app_version=__version__, os=platform.platform(),
                 machine=platform.machine(), python=platform.python_version())
    started = time.monotonic()
    per_stream: dict[str, dict[str, Any]] = {}
    try:
        if selection is None:
            _heartbeats(writer, args.seconds)
        else:
            per_stream = _record(exam, writer, selection, args)
    finally:
        writer.close()
    elapsed = time.monotonic() - started
    events = folder_size(writer.path / "events") if (writer.path / "events").exists() else 0
    if selection is None:
        events = folder_size(writer.path)
    per_stream["events"] = {"bytes": events, "kbit_s": round(events * 8 / 1000 / elapsed, 3)}
    result: dict[str, Any] = {
        "session_dir": str(writer.path),
        "session_id": writer.session_id,
        "seconds": round(elapsed, 3),
        "streams": per_stream,
        "total_bytes": folder_size(writer.path),
    }
    result["total_kbit_s"] = round(result["total_bytes"] * 8 / 1000 / elapsed, 3)
    if practice_keys is not None:
        result["practice_keys"] = str(practice_keys)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        _print(result)
    return 0


def _record(exam: Exam, writer: SessionWriter, selection: Any,
            args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    from client.record.probe import ProbeResult
    from client.record.recorder import Recorder

    probe = (ProbeResult(args.codec, 0.0, {}, fallback=False) if args.codec else None)
    recorder = Recorder(exam.config, writer, selection, probe=probe)
    recorder.start()
    try:
        _heartbeats(writer, args.seconds)
    finally:
        recorder.stop()
    out: dict[str, dict[str, Any]] = {}
    for name, s in recorder.stats().items():
        out[name] = {"captured": s.captured, "dropped": s.dropped, "bytes": s.bytes,
                     "kbit_s": s.kbps, "segments": s.segments, "state": s.state}
        if s.message:
            out[name]["message"] = s.message
    return out


def _print(result: dict[str, Any]) -> None:
    print(f"Recorded session {result['session_id']} in {result['session_dir']}")
    for name, s in result["streams"].items():
        frames = (f"{s['captured']} captured, {s['dropped']} dropped, "
                  if "captured" in s else "")
        state = f"  ({s['state']}: {s['message']})" if s.get("message") else ""
        print(f"  {name:8s} {frames}{s['bytes']} bytes, {s['kbit_s']} kbit/s{state}")
    print(f"  total    {result['total_bytes']} bytes, {result['total_kbit_s']} kbit/s")
