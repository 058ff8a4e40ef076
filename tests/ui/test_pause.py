"""When the exam pauses and runs again (client/ui/pause.py): no display needed."""

from __future__ import annotations

from client.ui.pause import HOLD_S, PauseWatch, faults
from client.ui.services import Snapshot

RECORDING = {"webcam": "recording", "screen": "recording", "audio": "recording"}


def snap(agent: str = "running", **streams: str) -> Snapshot:
    return Snapshot(streams={**RECORDING, **streams}, agent=agent)


def test_faults_are_the_parts_that_stopped_not_those_starting_or_never_started() -> None:
    assert faults(snap()) == ()
    assert faults(snap(agent="restarting")) == ()
    assert faults(snap(webcam="starting", screen="failed")) == ()  # the exam goes on, said so
    assert faults(snap(agent="lost")) == ("agent",)
    assert faults(snap(webcam="device missing")) == ("webcam",)
    assert faults(snap(screen="permission denied", audio="device missing")) == ("screen",
                                                                                 "audio")
    assert faults(snap(webcam="paused", screen="paused")) == ("disk",)


def test_a_fault_pauses_only_after_it_lasted_and_the_exam_runs_again_once_clear() -> None:
    watch = PauseWatch()
    assert watch.update(0.0, ("webcam",)) is None
    assert watch.update(HOLD_S - 0.1, ("webcam",)) is None    # a blink is not a pause
    assert watch.update(HOLD_S, ("webcam",)) == ("webcam",)
    assert watch.update(HOLD_S + 1, ("webcam",)) is None      # said once
    assert watch.update(HOLD_S + 2, ("webcam", "agent")) == ("webcam", "agent")  # more broke
    assert watch.update(HOLD_S + 3, ()) == ()                 # all back: run again
    assert watch.update(HOLD_S + 4, ()) is None


def test_a_blink_that_recovers_never_pauses() -> None:
    watch = PauseWatch()
    for t in range(3):
        assert watch.update(t * 1.0, ("audio",) if t < 2 else ()) is None
    assert watch.update(10.0, ("audio",)) is None  # a new fault starts its own clock
