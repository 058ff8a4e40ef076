"""The client's exam state in one place, with no Qt inside.

The wizard, the exam view and (later) a remote proctor command all change the state through this
object and listen to it, so there is exactly one answer to "is the exam running?". Listeners are
called on the thread that made the change; the Qt side marshals them into the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Phase(StrEnum):
    CHECK_IN = "check_in"     # before recording: consent, checks, photos
    RUNNING = "running"       # recording, agent watching
    PAUSED = "paused"         # a needed part stopped (client/ui/pause.py), later also a proctor
    ENDED = "ended"           # the candidate finished; uploading what is left
    HANDED_IN = "handed_in"   # every segment confirmed by the backend (or written to the folder)


# Which phase may follow which: anything else is a bug or a forged command and is refused.
ALLOWED: dict[Phase, frozenset[Phase]] = {
    Phase.CHECK_IN: frozenset({Phase.RUNNING}),
    Phase.RUNNING: frozenset({Phase.PAUSED, Phase.ENDED}),
    Phase.PAUSED: frozenset({Phase.RUNNING, Phase.ENDED}),
    Phase.ENDED: frozenset({Phase.HANDED_IN}),
    Phase.HANDED_IN: frozenset(),
}


class TransitionError(ValueError):
    """A change the state machine does not allow (for example ending an exam never started)."""


@dataclass(frozen=True)
class Change:
    old: Phase
    new: Phase
    reason: str
    by: str        # "candidate", "proctor", "policy", "app"
    at: float      # wall clock, seconds


Listener = Callable[[Change], None]


class ExamState:
    """Thread-safe phase plus the running clock; elapsed time excludes nothing (pauses count)."""

    def __init__(self, phase: Phase = Phase.CHECK_IN, *, clock: Callable[[], float] = time.time,
                 started_at: float | None = None) -> None:
        self._phase = phase
        self._clock = clock
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self.started_at = started_at
        self.ended_at: float | None = None

    @property
    def phase(self) -> Phase:
        with self._lock:
            return self._phase

    @property
    def recording(self) -> bool:
        return self.phase in (Phase.RUNNING, Phase.PAUSED)

    def elapsed(self) -> float:
        """Seconds since the exam started (0 before), frozen once it ended."""
        with self._lock:
            if self.started_at is None:
                return 0.0
            end = self.ended_at if self.ended_at is not None else self._clock()
            return max(0.0, end - self.started_at)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def can(self, new: Phase) -> bool:
        return new in ALLOWED[self.phase]

    def change(self, new: Phase, *, reason: str = "", by: str = "app") -> Change:
        with self._lock:
            old = self._phase
            if new not in ALLOWED[old]:
                raise TransitionError(f"the exam cannot go from {old.value} to {new.value}")
            self._phase = new
            now = self._clock()
            if new is Phase.RUNNING and self.started_at is None:
                self.started_at = now
            if new is Phase.ENDED:
                self.ended_at = now
            listeners = list(self._listeners)
        change = Change(old, new, reason, by, now)
        for listener in listeners:
            listener(change)
        return change
