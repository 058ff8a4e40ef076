"""The spool's disk budget and which streams to shed as it fills.

Shedding order follows what a reviewer can least do without: the screen goes first, then the
webcam; audio and events are kept to the end. Nothing already written is ever deleted to make
room: only the uploader removes segments, and only after the backend confirmed them.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

# (fraction of the quota in use, streams shed from that point on)
SHED_LEVELS: tuple[tuple[float, frozenset[str]], ...] = (
    (0.97, frozenset({"screen", "webcam", "audio"})),
    (0.90, frozenset({"screen", "webcam"})),
    (0.80, frozenset({"screen"})),
)
# Events and end markers are tiny and explain everything else; they may use a small reserve
# beyond the quota so that "the disk is full" itself is recorded and every stream can end.
EVENT_RESERVE = 1 << 20


def folder_size(root: Path) -> int:
    total = 0
    for base, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.stat(os.path.join(base, name)).st_size
            except OSError:
                continue
    return total


@dataclass(frozen=True)
class Pressure:
    used: int
    limit: int
    shed: frozenset[str]

    @property
    def fraction(self) -> float:
        return self.used / self.limit if self.limit else 0.0


class Quota:
    """Tracks bytes in the spool; cheap to consult on every write, rescanned now and then."""

    def __init__(self, root: Path, limit: int) -> None:
        self.root = root
        self.limit = limit
        self._lock = threading.Lock()
        self._used = folder_size(root)
        self._since_scan = 0

    @property
    def used(self) -> int:
        return self._used

    def rescan(self) -> None:
        # Uploads delete confirmed segments behind our back; a rescan gives that room back.
        size = folder_size(self.root)
        with self._lock:
            self._used = size

    def add(self, size: int) -> None:
        with self._lock:
            self._used += size
            self._since_scan += size
            due = self._since_scan > max(self.limit // 50, 1 << 20)
            if due:
                self._since_scan = 0
        if due:
            self.rescan()

    def pressure(self) -> Pressure:
        used = self._used
        fraction = used / self.limit if self.limit else 0.0
        for level, streams in SHED_LEVELS:
            if fraction >= level:
                return Pressure(used, self.limit, streams)
        return Pressure(used, self.limit, frozenset())

    def fits(self, size: int, essential: bool = False) -> bool:
        limit = self.limit + (EVENT_RESERVE if essential else 0)
        return self._used + size <= limit
