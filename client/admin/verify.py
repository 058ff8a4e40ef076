"""`invigilo admin verify`: is every segment there, unaltered, in order, and properly ended?"""

from __future__ import annotations

import argparse
import json

from client.admin.session_args import add_session_arguments, recording_key
from client.journal import VerifyReport, verify


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_session_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def summary(report: VerifyReport) -> dict[str, object]:
    return {
        "session_id": report.session_id,
        "ok": report.ok,
        "problems": report.problems,
        "streams": {name: {"segments": s.segments, "payload_bytes": s.payload_bytes,
                           "file_bytes": s.file_bytes, "seconds": round(s.duration, 3),
                           "ended": s.final}
                    for name, s in report.streams.items()},
    }


def run(args: argparse.Namespace) -> int:
    report = verify(args.session, recording_key(args))
    if args.json:
        print(json.dumps(summary(report), indent=1))
        return 0 if report.ok else 1
    print(f"Session {report.session_id}")
    for name, s in sorted(report.streams.items()):
        end = "ended" if s.final else "NOT ENDED"
        print(f"  {name:<8} {s.segments:>6} segments  {s.payload_bytes / 1e6:>9.3f} MB  "
              f"{s.duration:>9.1f} s  {end}")
    if report.ok:
        print("INTACT: every segment is present, unaltered, in order, and every stream ended.")
        return 0
    print(f"NOT INTACT: {len(report.problems)} problem(s):")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1
