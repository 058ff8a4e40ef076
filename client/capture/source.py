"""What every capture source shares: a thread, counters, a state, and where its output goes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from client.capture.fanout import Fanout, Listener

# Called for every device problem or recovery: (kind, fields); the recorder turns it into a
# session event.
EventSink = Callable[..., None]
# The recorder's segmenter: (t, item) -> accepted; False means its queue was full (a drop).
Consumer = Callable[[float, Any], bool]

RECORDING = "recording"
STARTING = "starting"
MISSING = "device missing"
DENIED = "permission denied"
STOPPED = "stopped"


@dataclass
class SourceStats:
    captured: int = 0
    dropped: int = 0
    state: str = STARTING
    message: str = ""


def _no_event(kind: str, **fields: Any) -> None:
    return None


class Source:
    """A capture loop on its own thread; subclasses implement `_run` and stop when `stopping`."""

    kind = "source"

    def __init__(self, on_event: EventSink | None = None) -> None:
        self.stats = SourceStats()
        self.on_event: EventSink = on_event or _no_event
        self.listeners = Fanout(self.kind)
        self.consumer: Consumer | None = None
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def add_listener(self, fn: Listener) -> Callable[[], None]:
        return self.listeners.add(fn)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._guarded, name=f"capture-{self.kind}",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.listeners.close()
        if self.stats.state != MISSING:
            self.stats.state = STOPPED

    def _guarded(self) -> None:
        try:
            self._run()
        except Exception as exc:  # report, never kill the other streams
            self._set_state(MISSING, f"the {self.kind} stopped unexpectedly: {exc}")
            self.on_event(f"{self.kind}_failed", message=self.stats.message)

    def _run(self) -> None:
        raise NotImplementedError

    def _set_state(self, state: str, message: str = "") -> None:
        self.stats.state = state
        self.stats.message = message

    def emit(self, t: float, item: Any) -> None:
        """Hand one captured item to the recorder and the listeners."""
        self.stats.captured += 1
        if self.consumer is not None and not self.consumer(t, item):
            self.stats.dropped += 1
        self.listeners.publish(t, item)

    def sleep_until(self, deadline: float) -> bool:
        """Wait until `deadline` (time.monotonic); False when asked to stop meanwhile."""
        return not self.stopping.wait(max(0.0, deadline - time.monotonic()))
