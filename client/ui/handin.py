"""How much of a session the backend has confirmed, read from the spool itself.

The uploader appends a receipt for every file the backend confirmed (client/journal/spool.py), so
"safe to close" is decided from the disk, not from what any running component believes: a
session is handed in when it is finished and every segment on disk has a receipt.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from client.journal import read_receipts, segment_files
from client.journal.meta import SessionMeta
from client.journal.spool import stream_names


@dataclass(frozen=True)
class HandIn:
    folder: Path
    finished: bool
    total_files: int
    confirmed_files: int
    pending_bytes: int
    confirmed_bytes: int

    @property
    def complete(self) -> bool:
        return self.finished and self.confirmed_files >= self.total_files

    @property
    def fraction(self) -> float:
        total = self.pending_bytes + self.confirmed_bytes
        return 1.0 if total == 0 else self.confirmed_bytes / total


def hand_in_status(folder: Path) -> HandIn:
    receipts = read_receipts(folder)
    total = confirmed = pending_bytes = confirmed_bytes = 0
    seen: set[str] = set()
    for stream in stream_names(folder):
        for _, path in segment_files(folder, stream):
            rel = f"{stream}/{path.name}"
            seen.add(rel)
            total += 1
            receipt = receipts.get(rel)
            if receipt is not None:
                confirmed += 1
                confirmed_bytes += receipt.size
            else:
                try:
                    pending_bytes += path.stat().st_size
                except FileNotFoundError:  # confirmed and removed between the two reads
                    continue
    for rel, receipt in receipts.items():  # confirmed files already removed from the spool
        if rel not in seen and "/" in rel:
            total += 1
            confirmed += 1
            confirmed_bytes += receipt.size
    finished = SessionMeta.load(folder).finished is not None
    return HandIn(folder, finished, total, confirmed, pending_bytes, confirmed_bytes)


def shown_folder(folder: PurePath, home: PurePath | None = None, *,
                 windows: bool = sys.platform == "win32") -> str:
    """A folder as the candidate reads it: "~/..." when it is inside their home folder.

    Shorter, and it does not spell out the account's name on a page that may be shared on a
    screen. Windows users do not write "~", so they get the full path. The page still copies
    and opens the full path.
    """
    if windows:
        return str(folder)
    home = Path.home() if home is None else home
    try:
        inside = PurePosixPath(folder).relative_to(PurePosixPath(home))
    except ValueError:
        return str(folder)
    return "~" if inside == PurePosixPath(".") else f"~/{inside}"
