"""The flag kinds, their default weight and timing, and what strictness does to them.

Codes follow the tracker set the field uses (ProctorEdu's c1..s2, b1, b2) so that reviewers who
know those products read ours at once; agent violations keep the agent's own kind name.
Strictness only changes *how long* something must last before it becomes a flag (the hold time):
a stricter exam flags shorter episodes, a lenient one only long ones. Detection thresholds stay the
same, so a strict setting never makes the detector itself less precise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Severity = Literal["info", "low", "medium", "high"]

# Multiplier on each kind's hold time; "off" disables the kind.
STRICTNESS_FACTOR: dict[str, float] = {"lenient": 2.0, "normal": 1.0, "strict": 0.5}


@dataclass(frozen=True)
class Kind:
    code: str
    title: str           # plain words for the report (translatable: one place, here)
    severity: Severity
    weight: float        # points per percent of exam time (score formula, docs/FLAGS.md)
    hold: float          # seconds a condition must last before it becomes a flag (normal)
    min_charge: float    # seconds the score charges at least, for short or instant flags


_KINDS = (
    Kind("c1", "Webcam off, black or frozen", "medium", 1.0, 5.0, 10.0),
    Kind("c2", "Face not visible or turned away", "medium", 1.0, 8.0, 10.0),
    Kind("c3", "Several faces in front of the camera", "high", 2.0, 3.0, 30.0),
    Kind("m1", "Microphone muted or too quiet", "low", 0.5, 15.0, 10.0),
    Kind("m2", "Speech or noise in the background", "medium", 1.0, 1.5, 10.0),
    Kind("n1", "Network connection lost", "info", 0.0, 10.0, 0.0),
    Kind("s1", "Screen not captured", "medium", 1.0, 10.0, 10.0),
    Kind("s2", "Second display in use", "high", 2.0, 0.0, 60.0),
    Kind("b1", "Focus left the exam", "medium", 1.0, 2.0, 10.0),
    Kind("b2", "Full-screen mode left", "low", 0.5, 2.0, 10.0),
    Kind("forbidden_app", "Forbidden application running", "high", 2.0, 0.0, 60.0),
    Kind("virtual_machine", "Running in a virtual machine", "high", 3.0, 0.0, 900.0),
    Kind("remote_session", "Remote session or remote control", "high", 3.0, 0.0, 900.0),
    Kind("shortcut", "Blocked shortcut pressed", "low", 0.5, 0.0, 10.0),
    Kind("synthetic_input", "Typing injected by software", "high", 2.0, 0.0, 60.0),
    Kind("clipboard", "Copy or paste", "medium", 1.0, 0.0, 30.0),
    Kind("capture_hidden_window", "Window hidden from screen capture", "high", 2.0, 0.0, 60.0),
    Kind("virtual_device", "Virtual camera or microphone", "high", 2.0, 0.0, 120.0),
)
KINDS: dict[str, Kind] = {k.code: k for k in _KINDS}

# Agent finding kinds that are the same thing as a tracker code.
AGENT_ALIASES: dict[str, str] = {
    "focus_lost": "b1",
    "extra_display": "s2",
    "display_change": "s2",
}

# c4 (face differs from the check-in photo) is deliberately absent: no face-recognition model
# ships in a package we can depend on, so the report shows the check-in photos beside every face
# thumbnail for a person to compare instead (docs/FLAGS.md).
NOT_DETECTED = {"c4": "c4, face differs from the check-in photo"}


def kind(code: str) -> Kind:
    """The kind for a code; unknown codes (a newer agent) get a neutral medium kind."""
    found = KINDS.get(code)
    if found is not None:
        return found
    return Kind(code, code.replace("_", " ").capitalize(), "medium", 1.0, 0.0, 30.0)


def strictness_for(code: str, default: str, per_kind: Mapping[str, str]) -> str:
    return per_kind.get(code, default)


def hold_time(code: str, strictness: str) -> float | None:
    """Seconds before a flag opens under this strictness; None when the kind is off."""
    factor = STRICTNESS_FACTOR.get(strictness)
    if factor is None:
        return None
    return kind(code).hold * factor
