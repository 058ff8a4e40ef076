"""Flags from events other parts of the app report: network, focus, full-screen, displays, agent.

These arrive as journal-style event dicts (``{"kind": ..., **fields}``). States (network down,
focus away) become conditions that open a flag after the kind's hold time and close when the
state returns; agent findings are instants. The accepted shapes are listed in docs/FLAGS.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from client.flags.kinds import AGENT_ALIASES

# event kind -> (flag code, function telling whether the event says "violation now")
_STATES: dict[str, tuple[str, Callable[[dict[str, Any]], bool | None]]] = {
    "network": ("n1", lambda e: _flag(e, "online", off_words=("down", "offline", "lost"),
                                      on_words=("up", "online"))),
    "focus": ("b1", lambda e: _flag(e, "focused", off_words=("lost", "away", "out"),
                                    on_words=("back", "in", "gained"))),
    "fullscreen": ("b2", lambda e: _flag(e, "fullscreen", off_words=("left", "exited"),
                                         on_words=("entered", "on"))),
}

AGENT_KINDS = frozenset({
    "forbidden_app", "virtual_machine", "remote_session", "extra_display", "display_change",
    "shortcut", "synthetic_input", "clipboard", "focus_lost", "capture_hidden_window",
    "virtual_device",
})


def _flag(event: dict[str, Any], good_field: str, off_words: tuple[str, ...],
          on_words: tuple[str, ...]) -> bool | None:
    """True when the event says the bad state began, False when it ended, None if unclear."""
    if isinstance(event.get(good_field), bool):
        return not event[good_field]
    state = str(event.get("state", "")).lower()
    if state in off_words:
        return True
    if state in on_words:
        return False
    return None


class SignalWatch:
    def __init__(self, observe: Callable[[str, float, bool, dict[str, Any]], None],
                 instant: Callable[[str, float, dict[str, Any]], None],
                 max_displays: int = 1) -> None:
        self.observe = observe
        self.instant = instant
        self.max_displays = max_displays
        self.states: dict[str, tuple[bool, dict[str, Any]]] = {}

    def event(self, t: float, event: dict[str, Any]) -> None:
        kind = str(event.get("kind", ""))
        if kind in _STATES:
            code, says = _STATES[kind]
            bad = says(event)
            if bad is not None:
                self._set(code, t, bad, {"event": kind, "t": t})
        elif kind == "displays" and isinstance(event.get("count"), int):
            count = event["count"]
            self._set("s2", t, count > self.max_displays, {"event": kind, "count": count, "t": t})
        elif kind == "agent" and isinstance(event.get("finding"), dict):
            self._finding(t, event["finding"])
        elif kind == "agent.finding" and isinstance(event.get("finding"), str):
            self._finding(t, {**event, "kind": event["finding"]})  # as the app journals it
        elif kind in AGENT_KINDS:
            self._finding(t, event)

    def _finding(self, t: float, finding: dict[str, Any]) -> None:
        if finding.get("action", "flag") == "allow":
            return
        kind = str(finding.get("kind", ""))
        if kind not in AGENT_KINDS:
            return
        evidence = {"agent": kind, "t": t, "message": str(finding.get("message", ""))[:300],
                    "detail": finding.get("evidence", {})}
        self.instant(AGENT_ALIASES.get(kind, kind), t, evidence)

    def _set(self, code: str, t: float, bad: bool, evidence: dict[str, Any]) -> None:
        self.states[code] = (bad, evidence)
        self.observe(code, t, bad, evidence)

    def tick(self, t: float) -> None:
        """Re-state lasting conditions so their hold time can run out between events."""
        for code, (bad, evidence) in self.states.items():
            self.observe(code, t, bad, evidence)
