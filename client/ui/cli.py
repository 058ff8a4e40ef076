"""`invigilo` / `invigilo app`: the candidate app.

Qt is imported inside `run`, so `invigilo --help` and the other commands never pay for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NO_DISPLAY = ("No display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the app "
              "window cannot open.")


def has_display() -> bool:
    """False on a Linux/BSD machine without an X or Wayland display (a server, SSH, CI)."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spool", type=Path, default=None,
                        help="recording folder (default: the app's spool)")
    parser.add_argument("--camera", default="0",
                        help="camera index, or a video file played as the camera")
    parser.add_argument("--microphone", default=None,
                        help="microphone device index or name (default: the system's)")
    parser.add_argument("--candidate", default="", help="candidate id to record under")
    parser.add_argument("--lang", default=None,
                        help="interface language, e.g. de or en (default: the system's)")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system",
                        help="light or dark appearance (default: the system's)")
    parser.add_argument("--auto", action="store_true",
                        help="walk through check-in by itself (demonstrations, IT test runs)")
    parser.add_argument("--auto-finish", type=float, default=None, metavar="SECONDS",
                        help="with --auto: finish the exam after this many seconds")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exam", nargs="?", default=None,
                        help="a .invigilo exam file or an invigilo:// link (default: ask)")
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="a trusted signing.pub (repeatable)")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from client.errors import UserError

    if not has_display():
        raise UserError(NO_DISPLAY, "run it on the computer's own screen, or try "
                        "'invigilo practice --headless' to test recording without a window")
    from client.ui.app import launch

    return launch(args, practice=False)
