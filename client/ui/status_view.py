"""The exam's status in words: shared by the exam page and the always-on-top status window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from client.ui import texts
from client.ui.handin import HandIn

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Status:
    """Built on the status thread once a second; only read on the UI thread."""

    elapsed: float
    limit_s: float
    streams: dict[str, str] = field(default_factory=dict)
    online: bool | None = None
    pending_bytes: int = 0
    phase: str = "running"
    problems: tuple[str, ...] = ()
    agent: str = "off"
    hand_in: HandIn | None = None
    receipt_code: str = ""      # the candidate's proof of hand-in, once complete
    upload_problem: str = ""    # why the last upload attempt failed (client/upload/errors.py)


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def size(n: int) -> str:
    if n < 1024 * 1024:
        return translate("Status", "{n} KB").format(n=max(0, round(n / 1024)))
    return translate("Status", "{n:.1f} MB").format(n=n / 1024 / 1024)


def time_line(status: Status) -> str:
    left = status.limit_s - status.elapsed
    if left >= 0:
        return translate("Status", "Time: {elapsed} (left: {left})").format(
            elapsed=clock(status.elapsed), left=clock(left))
    return translate("Status", "Time: {elapsed} (the planned time is over)").format(
        elapsed=clock(status.elapsed))


def stream_lines(status: Status) -> list[tuple[str, bool]]:
    return [(f"{texts.stream_name(s)}: {texts.stream_state(state)}", state == "recording")
            for s, state in status.streams.items()]


def agent_line(status: Status) -> str:
    return texts.agent_state(status.agent)


def network_line(status: Status) -> str:
    if status.online is None:
        return translate("Status", "Upload: kept safely on this computer until it can be "
                         "handed in")
    if status.online:
        return translate("Status", "Network: connected. Waiting to upload: {size}").format(
            size=size(status.pending_bytes))
    return translate("Status", "Network: offline. The exam goes on; everything is kept and "
                     "uploads when the connection returns ({size} waiting).").format(
                         size=size(status.pending_bytes))
