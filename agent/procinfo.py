"""What the agent says about a process by pid, on every platform."""

from __future__ import annotations

import psutil


def process_name(pid: int | None) -> str:
    """The process's name, or "" when it is gone or not ours to inspect (never an error)."""
    if not pid:
        return ""
    try:
        return str(psutil.Process(pid).name())
    except (psutil.Error, OSError):
        return ""
