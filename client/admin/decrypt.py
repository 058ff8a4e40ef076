"""`invigilo admin decrypt`: verify, then write each stream out as plain, playable files."""

from __future__ import annotations

import argparse
from pathlib import Path

from client.admin.session_args import add_session_arguments, recording_key
from client.journal import decrypt_session


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_session_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder for the plain files")
    parser.add_argument("--force", action="store_true",
                        help="decrypt what does verify even if the session is not intact")


def run(args: argparse.Namespace) -> int:
    report, written = decrypt_session(args.session, recording_key(args), args.out,
                                      allow_problems=args.force)
    for stream, files in sorted(written.items()):
        print(f"  {stream:<8} {len(files):>6} file(s)")
    if not report.ok:
        print(f"Decrypted with {len(report.problems)} problem(s); see 'invigilo admin verify'.")
        return 1
    print(f"Verified and decrypted into {args.out}")
    return 0
