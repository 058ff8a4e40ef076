"""`invigilo practice`: the whole candidate flow on the built-in demo exam.

With a display it opens the app in practice mode; without one (or with --headless) it runs the
headless practice: a short sealed session, verified and decrypted as the institution would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from client.ui.cli import add_common, has_display

HEADLESS_NOTE = ("No display was found, so the practice runs without a window: it records a "
                 "short session and checks it as your institution would.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--headless", action="store_true",
                        help="no window: record, verify and decrypt a short practice session")
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="length of the headless practice session (default 5)")
    parser.add_argument("--out", type=Path, default=None,
                        help="headless: where to put the decrypted session")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from client import paths
    from client.errors import UserError

    if args.seconds <= 0:
        raise UserError("--seconds must be more than 0")
    headless = args.headless or not has_display()
    if headless:
        from client.ui.headless import run_headless

        if not args.headless:
            print(HEADLESS_NOTE, file=sys.stderr)
        result = run_headless(args.spool or paths.default_spool(), seconds=args.seconds,
                              out=args.out)
        return 0 if result.ok else 1
    from client.ui.app import launch

    args.exam = None
    args.trust = []
    return launch(args, practice=True)
