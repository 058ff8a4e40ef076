"""When the exam counts as paused: a part the exam depends on stopped, and has not come back.

Paused means the recording is not whole: the lockdown agent is gone for good, a camera or
microphone stopped delivering, the screen may not be recorded, or the disk is so full that a
stream is shed. The parts retry by themselves (devices reopen every few seconds, the agent is
restarted), so a fault must last `HOLD_S` before the exam is paused: a camera that blinks for a
second is noted in the journal but does not throw the candidate out of their work. The exam
runs again as soon as every fault is gone. No Qt here: the status thread feeds it a snapshot.
"""

from __future__ import annotations

from client.ui.services import Snapshot

HOLD_S = 3.0
# A recorder stream state (client/capture/source.py, client/record/recorder.py) -> the fault
DEVICE_STATES = {"device missing": "{stream}", "permission denied": "{stream}",
                 "paused": "disk"}


def faults(snapshot: Snapshot) -> tuple[str, ...]:
    """What is wrong now, in a fixed order: "agent", a stream ("webcam", "audio", "screen"),
    "disk". A stream that never started on this computer is not a fault that pauses (the exam
    goes on and says so); neither is a stream still starting."""
    found: list[str] = []
    if snapshot.agent == "lost":
        found.append("agent")
    for stream, state in snapshot.streams.items():
        if state in DEVICE_STATES:
            found.append(DEVICE_STATES[state].format(stream=stream))
    return tuple(dict.fromkeys(found))


class PauseWatch:
    """Decides, once a status tick, whether the exam should pause or run again."""

    def __init__(self, hold_s: float = HOLD_S) -> None:
        self.hold_s = hold_s
        self.since: float | None = None   # when the current faults began
        self.paused: tuple[str, ...] = ()

    def update(self, now: float, found: tuple[str, ...]) -> tuple[str, ...] | None:
        """The faults to pause for (a change), () to run again, or None for no change."""
        if not found:
            self.since = None
            if self.paused:
                self.paused = ()
                return ()
            return None
        if self.since is None:
            self.since = now
        if now - self.since < self.hold_s or found == self.paused:
            return None
        self.paused = found
        return found
