"""Flags from app and agent events: network, focus, full-screen, displays, agent findings."""

from __future__ import annotations

from typing import Any

from client.config.schema import Flags
from client.flags.engine import FlagEngine


def run(script: list[tuple[float, dict[str, Any]]], until: float,
        config: Flags | None = None, max_displays: int = 1) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    engine = FlagEngine(config or Flags(), lambda kind, **f: out.append({"kind": kind, **f}),
                        max_displays=max_displays, face_hz=0)
    events = dict(script)
    t = 0.0
    while t <= until:
        if t in events:
            engine.feed_event(t, events[t])
        engine.tick(t)
        t = round(t + 0.5, 1)
    engine.close(until)
    return [e for e in out if e["phase"] != "start"]


def test_network_outage_longer_than_ten_seconds_is_n1() -> None:
    flags = run([(5.0, {"kind": "network", "online": False}),
                 (25.0, {"kind": "network", "state": "up"})], 40)
    assert [(f["code"], f["start"], f["end"]) for f in flags] == [("n1", 5.0, 24.5)]


def test_short_outage_is_not_flagged() -> None:
    assert run([(5.0, {"kind": "network", "state": "down"}),
                (9.0, {"kind": "network", "state": "up"})], 20) == []


def test_focus_and_fullscreen() -> None:
    flags = run([(1.0, {"kind": "focus", "state": "lost"}), (6.0, {"kind": "focus",
                                                                   "focused": True}),
                 (10.0, {"kind": "fullscreen", "state": "left"}),
                 (20.0, {"kind": "fullscreen", "state": "entered"})], 30)
    assert [f["code"] for f in flags] == ["b1", "b2"]


def test_second_display_against_the_allowed_count() -> None:
    script = [(2.0, {"kind": "displays", "count": 2}), (8.0, {"kind": "displays", "count": 1})]
    assert [f["code"] for f in run(script, 10)] == ["s2"]
    assert run(script, 10, max_displays=2) == []


def test_agent_findings_become_instant_flags_unless_allowed() -> None:
    script = [
        (1.0, {"kind": "agent", "finding": {"kind": "clipboard", "action": "flag",
                                            "message": "paste"}}),
        (2.0, {"kind": "agent", "finding": {"kind": "remote_session", "action": "allow"}}),
        (3.0, {"kind": "focus_lost", "action": "block", "message": "to Firefox"}),
        (4.0, {"kind": "agent", "finding": {"kind": "agent_notice", "action": "flag"}}),
    ]
    flags = run(script, 5)
    assert [(f["code"], f["phase"], f["start"]) for f in flags] == [
        ("clipboard", "instant", 1.0), ("b1", "instant", 3.0)]
    assert flags[0]["evidence"]["message"] == "paste"


def test_off_kinds_and_unknown_events_raise_nothing() -> None:
    script = [(1.0, {"kind": "agent", "finding": {"kind": "clipboard", "action": "flag"}}),
              (2.0, {"kind": "mystery", "state": "lost"}), (3.0, {"kind": "network"})]
    assert run(script, 5, Flags(kinds={"clipboard": "off"})) == []


def test_agent_findings_as_the_app_journals_them() -> None:
    """client/ui/services.py writes kind "agent.finding" with the finding's kind as "finding"."""
    from client.flags.review import agent_marks

    event = {"kind": "agent.finding", "finding": "virtual_machine", "action": "flag",
             "message": "VirtualBox"}
    flags = run([(1.0, event)], 3)
    assert [(f["code"], f["phase"]) for f in flags] == [("virtual_machine", "instant")]
    marks = agent_marks([{**event, "t": 1.0}, {"kind": "agent.lost", "t": 2.0}])
    assert [(m.kind, m.text) for m in marks] == [("virtual_machine", "VirtualBox"),
                                                 ("agent.lost", "")]
