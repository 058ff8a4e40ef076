"""`invigilo agent`: the lockdown agent.

Started by the client for an exam (`--connect ADDRESS`, secret on standard input), or by IT staff
to see what the agent sees on a machine: `invigilo agent --config EXAM.invigilo --report`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from client.errors import UserError

USAGE_NO_EXAM = "say which exam's rules to apply"
USAGE_NO_EXAM_FIX = ("give --config EXAM.invigilo (or --practice for the built-in demo exam); "
                     "the client starts the agent by itself during an exam")
NO_SECRET = "the agent was started without its session secret"
NO_SECRET_FIX = "the agent is started by the Invigilo app; to test a machine use --report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="EXAM", help="exam file whose lockdown rules to apply")
    parser.add_argument("--practice", action="store_true", help="use the built-in demo exam")
    parser.add_argument("--trust", action="append", type=Path, default=[], metavar="KEY.pub",
                        help="an extra institution key to trust for --config (repeatable)")
    parser.add_argument("--report", action="store_true",
                        help="watch this computer and print what the agent sees (for IT)")
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="how long --report watches (default 30)")
    parser.add_argument("--json", action="store_true", help="print findings as JSON lines")
    parser.add_argument("--connect", metavar="ADDRESS", help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    if args.connect:
        return _connected(args)
    from agent import messages
    from agent import policy as policy_mod
    from agent.service import run_report
    if args.practice:
        from client.config.practice import practice_exam
        config = practice_exam()[0].config
    elif args.config:
        from client.config.loader import open_exam_file
        config = open_exam_file(args.config, trust=args.trust).config
    else:
        raise UserError(USAGE_NO_EXAM, USAGE_NO_EXAM_FIX)
    if args.seconds <= 0:
        raise UserError("--seconds must be more than 0")
    policy = policy_mod.from_config(config)
    if not args.json:
        print(messages.REPORT_HEADER.format(seconds=args.seconds, level=policy.level,
                                            exam=config.exam.id), flush=True)
    return run_report(policy, args.seconds, sys.stdout, args.json)


def _connected(args: argparse.Namespace) -> int:
    from agent.service import run_connected
    line = sys.stdin.readline().strip()
    try:
        secret = bytes.fromhex(line)
    except ValueError:
        secret = b""
    if len(secret) < 16:
        raise UserError(NO_SECRET, NO_SECRET_FIX)
    return run_connected(args.connect, secret, args.log)
