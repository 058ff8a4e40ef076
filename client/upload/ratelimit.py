"""The upload rate cap: one token bucket for everything the uploader sends.

The exam itself (its web page, the proctor's live view) shares the candidate's uplink, so the
uploader never sends faster than the config allows (default 120 kbit/s of a 150 kbit/s budget).
The cap is applied to request bodies as they are handed to the socket, in small pieces, so a
request never bursts a whole segment into a slow link's buffers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

UNCAPPED_PIECE = 64 * 1024
MIN_PIECE = 1024
BURST_S = 0.25


class RateCap:
    """Bytes per second, shared by every request; 0 means no cap."""

    def __init__(self, kbit_per_s: int) -> None:
        self.rate = kbit_per_s * 1000 / 8
        self.capacity = max(float(MIN_PIECE), self.rate * BURST_S)
        self._tokens = self.capacity
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    @property
    def capped(self) -> bool:
        return self.rate > 0

    @property
    def piece(self) -> int:
        if not self.capped:
            return UNCAPPED_PIECE
        return int(min(UNCAPPED_PIECE, max(MIN_PIECE, self.capacity)))

    def take(self, n: int, stop: threading.Event) -> None:
        """Wait until `n` bytes may leave; returns early only when `stop` is set."""
        if not self.capped:
            return
        while not stop.is_set():
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens >= n:
                    self._tokens -= n
                    return
                wait = (n - self._tokens) / self.rate
            stop.wait(min(wait, 0.25))


def paced(data: bytes | memoryview, cap: RateCap, stop: threading.Event,
          on_sent: Callable[[int], None], stopped: Callable[[], BaseException]) -> Iterator[bytes]:
    """The bytes of a request body in pieces, each let through the cap; reports each piece."""
    view = memoryview(data)
    piece = cap.piece
    for start in range(0, len(view), piece):
        chunk = view[start:start + piece]
        cap.take(len(chunk), stop)
        if stop.is_set():
            raise stopped()
        yield bytes(chunk)
        on_sent(len(chunk))
