"""Handing captured frames to listeners without ever letting a listener slow capture down.

Each listener gets its own small queue and thread. When a listener falls behind, new items are
dropped for that listener only and counted, so a slow preview or a busy face detector never
costs the recording a frame.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Listener = Callable[[float, Any], None]
_STOP = object()


class _Subscriber:
    def __init__(self, fn: Listener, depth: int, name: str) -> None:
        self.fn = fn
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self.dropped = 0
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def offer(self, t: float, item: Any) -> None:
        try:
            self.queue.put_nowait((t, item))
        except queue.Full:
            self.dropped += 1

    def _run(self) -> None:
        while True:
            entry = self.queue.get()
            if entry is _STOP:
                return
            try:
                self.fn(*entry)
            except Exception:  # a faulty listener must not take capture down with it
                log.exception("frame listener failed")

    def stop(self) -> None:
        try:
            self.queue.put_nowait(_STOP)
        except queue.Full:
            with self.queue.mutex:
                self.queue.queue.clear()
            self.queue.put_nowait(_STOP)


class Fanout:
    """Thread-safe set of listeners for one source."""

    def __init__(self, name: str, depth: int = 2) -> None:
        self.name = name
        self.depth = depth
        self._subs: list[_Subscriber] = []
        self._lock = threading.Lock()

    def add(self, fn: Listener) -> Callable[[], None]:
        """Subscribe; returns a function that unsubscribes."""
        sub = _Subscriber(fn, self.depth, f"{self.name}-listener")
        with self._lock:
            self._subs.append(sub)

        def remove() -> None:
            with self._lock:
                if sub in self._subs:
                    self._subs.remove(sub)
            sub.stop()
        return remove

    def publish(self, t: float, item: Any) -> None:
        with self._lock:
            subs = list(self._subs)
        for sub in subs:
            sub.offer(t, item)

    @property
    def dropped(self) -> int:
        with self._lock:
            return sum(s.dropped for s in self._subs)

    def close(self) -> None:
        with self._lock:
            subs, self._subs = self._subs, []
        for sub in subs:
            sub.stop()
