"""Hysteresis: short glitches never become flags; flags are well formed whatever the input."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from client.flags.tracker import ConditionTracker


def run(observations: list[tuple[float, bool]], hold: float) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    tracker = ConditionTracker("c2", hold, lambda kind, **f: out.append({"kind": kind, **f}))
    for t, active in observations:
        tracker.observe(t, active, {"t": t})
    tracker.close(at=observations[-1][0] if observations else 0.0)
    return out


def test_a_short_glitch_is_not_a_flag() -> None:
    obs = [(i * 0.5, 2 <= i < 8) for i in range(40)]  # 3 s of absence, hold 8 s
    assert run(obs, 8.0) == []


def test_a_long_absence_is_one_flag_with_its_true_start_and_end() -> None:
    obs = [(i * 0.5, 10 <= i < 40) for i in range(60)]  # absent from 5.0 s to 19.5 s
    events = run(obs, 8.0)
    assert [e["phase"] for e in events] == ["start", "end"]
    assert events[0]["start"] == 5.0 and events[1]["end"] == 19.5
    assert events[0]["id"] == events[1]["id"]


def test_flicker_inside_a_flag_keeps_it_one_flag() -> None:
    obs = [(i * 0.5, 10 <= i < 60 and i % 7 != 0) for i in range(80)]
    events = run(obs, 4.0)
    assert [e["phase"] for e in events] == ["start", "end"]


def test_speech_pauses_do_not_restart_the_hold() -> None:
    # active windows with one quiet window every 1.5 s, as words and pauses are
    obs = [(i * 0.5, i % 3 != 2) for i in range(12)]
    assert [e["phase"] for e in run(obs, 2.0)] == ["start", "end"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), max_size=200), st.floats(0.0, 10.0))
def test_flags_are_well_formed(states: list[bool], hold: float) -> None:
    obs = [(i * 0.5, s) for i, s in enumerate(states)]
    events = run(obs, hold)
    starts = [e for e in events if e["phase"] == "start"]
    ends = [e for e in events if e["phase"] == "end"]
    assert len(starts) == len(ends)
    last_end = float("-inf")
    for s, e in zip(starts, ends, strict=True):
        assert s["id"] == e["id"]
        assert last_end < s["start"] <= e["end"]
        last_end = e["end"]
    # nothing opens unless the condition held for the hold time (gaps under 1 s allowed)
    for s in starts:
        assert any(t >= s["start"] + hold and active for t, active in obs)
