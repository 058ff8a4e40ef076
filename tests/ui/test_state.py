"""The one place the exam's state lives: allowed changes only, listeners told, clock right."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from client.ui.state import ALLOWED, Change, ExamState, Phase, TransitionError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_whole_exam_in_order_tells_listeners() -> None:
    clock = Clock()
    state = ExamState(clock=clock)
    seen: list[Change] = []
    state.subscribe(seen.append)
    state.change(Phase.RUNNING, by="candidate")
    clock.now += 60
    state.change(Phase.PAUSED, reason="proctor pause", by="proctor")
    clock.now += 30
    state.change(Phase.RUNNING, by="proctor")
    clock.now += 10
    state.change(Phase.ENDED)
    clock.now += 500
    state.change(Phase.HANDED_IN)
    assert [(c.old, c.new) for c in seen] == [
        (Phase.CHECK_IN, Phase.RUNNING), (Phase.RUNNING, Phase.PAUSED),
        (Phase.PAUSED, Phase.RUNNING), (Phase.RUNNING, Phase.ENDED),
        (Phase.ENDED, Phase.HANDED_IN)]
    assert seen[1].by == "proctor" and seen[1].reason == "proctor pause"
    assert state.elapsed() == 100.0  # frozen at the end, pauses included


def test_refuses_ending_an_exam_that_never_started() -> None:
    state = ExamState()
    with pytest.raises(TransitionError):
        state.change(Phase.ENDED)
    assert state.phase is Phase.CHECK_IN
    assert state.elapsed() == 0.0


def test_unsubscribed_listener_hears_nothing() -> None:
    state = ExamState()
    heard: list[Change] = []
    stop = state.subscribe(heard.append)
    stop()
    state.change(Phase.RUNNING)
    assert heard == []


def test_resumed_state_keeps_the_original_start() -> None:
    clock = Clock()
    state = ExamState(Phase.RUNNING, clock=clock, started_at=clock.now - 600)
    assert state.elapsed() == 600.0
    assert state.recording


@given(st.lists(st.sampled_from(list(Phase)), max_size=12))
def test_any_sequence_of_commands_only_follows_allowed_edges(commands: list[Phase]) -> None:
    state = ExamState()
    for target in commands:
        before = state.phase
        if target in ALLOWED[before]:
            state.change(target)
            assert state.phase is target
        else:
            with pytest.raises(TransitionError):
                state.change(target)
            assert state.phase is before
