"""`invigilo admin inspect`: is this exam file valid here and now, and what does it say?"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from client.config.loader import open_exam, read_exam_source, trust_anchors
from client.errors import UserError
from client.trust import signed_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exam", help="the signed exam file (.invigilo) or an invigilo:// link")
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="a trusted signing.pub (repeatable); also INVIGILO_TRUST")
    parser.add_argument("--at", type=dt.datetime.fromisoformat,
                        help="check validity at this time (ISO 8601) instead of now")


def run(args: argparse.Namespace) -> int:
    data = read_exam_source(args.exam)
    when = args.at.astimezone(dt.UTC) if args.at else dt.datetime.now(dt.UTC)
    try:
        exam = open_exam(data, anchors=trust_anchors(args.trust), now=when)
    except UserError as exc:
        print(f"INVALID: {exc}")
        return 1
    _envelope, config_bytes, _signature = signed_config.parse(data)
    c = exam.config
    print(f"VALID: '{c.exam.title}' ({c.exam.id}) from {c.exam.institution}")
    print(f"  signed by  {exam.signer}")
    print(f"  open       {c.exam.not_before.isoformat()} to {c.exam.not_after.isoformat()}")
    print(f"  backend    {c.backend.transport} {c.backend.url or c.backend.folder}")
    print(f"  lockdown   {c.lockdown.level}{'   (practice)' if c.exam.practice else ''}")
    print("--- config as signed ---")
    print(config_bytes.decode("utf-8").rstrip())
    return 0
