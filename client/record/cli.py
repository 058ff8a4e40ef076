"""`invigilo record`: a headless recording for IT test runs and for tests.

Opens the exam (signed config, or the practice exam when none is given), starts a session in the
spool, records for the given time and closes it properly, then prints what each stream wrote.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from client import __version__, paths
from client.config.loader import Exam, open_exam_file, recording_recipient
from client.config.practice import practice_exam
from client.errors import UserError
from client.journal import SessionWriter
from client.journal.quota import folder_size

HEARTBEAT_SECONDS = 1.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="the signed exam file (default: the practice exam)")
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="a trusted signing.pub (repeatable)")
    parser.add_argument("--spool", type=Path, default=None,
                        help="recording folder (default: the app's spool)")
    parser.add_argument("--seconds", type=float, required=True, help="how long to record")
    parser.add_argument("--candidate", default="it-test", help="candidate id to record under")
    parser.add_argument("--camera", help="camera index or video file/URL")
    parser.add_argument("--no-camera", action="store_true", help="do not record the webcam")
    parser.add_argument("--no-screen", action="store_true", help="do not record the screen")
    parser.add_argument("--no-audio", action="store_true", help="do not record the microphone")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")


def open_for_recording(config: str | None, trust: list[Path]) -> tuple[Exam, Path | None]:
    if config is None:
        exam, keys_dir = practice_exam()
        return exam, keys_dir
    return open_exam_file(config, trust=trust), None


def run(args: argparse.Namespace) -> int:
    if args.seconds <= 0:
        raise UserError("--seconds must be more than 0")
    if not (args.no_camera and args.no_screen and args.no_audio):
        raise UserError("this command records events only: add --no-camera --no-screen "
                        "--no-audio")
    exam, practice_keys = open_for_recording(args.config, args.trust)
    spool = args.spool or paths.default_spool()
    writer = SessionWriter.create(
        spool, exam=exam.config, recipient=recording_recipient(exam, practice_keys),
        candidate_id=args.candidate, exam_source=exam.source,
        quota_bytes=exam.config.recording.spool_quota_mb * 1024 * 1024)
    writer.event("device", app_version=__version__, os=platform.platform(),
                 machine=platform.machine(), python=platform.python_version())
    started = time.monotonic()
    try:
        while (elapsed := time.monotonic() - started) < args.seconds:
            writer.event("heartbeat", elapsed=round(elapsed, 3))
            time.sleep(min(HEARTBEAT_SECONDS, max(args.seconds - elapsed, 0)))
    finally:
        writer.close()
    elapsed = time.monotonic() - started
    size = folder_size(writer.path)
    result = {
        "session_dir": str(writer.path),
        "session_id": writer.session_id,
        "seconds": round(elapsed, 3),
        "streams": {"events": {"bytes": size, "kbit_s": round(size * 8 / 1000 / elapsed, 3)}},
    }
    if practice_keys is not None:
        result["practice_keys"] = str(practice_keys)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"Recorded session {writer.session_id} in {writer.path}")
        print(f"  events   {size} bytes, {result['streams']['events']['kbit_s']} kbit/s")
    return 0



