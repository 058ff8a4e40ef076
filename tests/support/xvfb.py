"""A real X server (Xvfb) for tests that need a display."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class XDisplay:
    name: str
    width: int
    height: int
    process: subprocess.Popen[bytes]


@contextmanager
def xvfb(width: int = 1280, height: int = 800, depth: int = 24) -> Iterator[XDisplay]:
    """Start Xvfb on a free display number (the server picks it) and stop it afterwards.

    `-noreset` keeps the server's state (selections, windows) when its last client leaves, as a
    real desktop session does; otherwise tests that connect one after another see a fresh server.
    """
    exe = shutil.which("Xvfb")
    if exe is None:
        raise RuntimeError("Xvfb is not installed; run ./dev test, which installs it")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [exe, "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x{depth}",
         "-nolisten", "tcp", "-noreset", "+extension", "RANDR"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    try:
        yield XDisplay(f":{number}", width, height, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
