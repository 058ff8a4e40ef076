"""What the agent reports: one `Finding` per thing it saw, always with its evidence.

A finding never stands without evidence: the message says what was seen in plain words, `evidence`
holds the raw facts (strings read, paths, ids) so a reviewer can judge it, and `remedy` tells the
candidate what to do. `action` is what the exam's policy says about it.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Action = Literal["allow", "flag", "block"]
ACTIONS: tuple[Action, ...] = ("allow", "flag", "block")

# The kinds the agent reports. The app maps each kind to a flag and a message.
KINDS = (
    "forbidden_app",      # a deny-listed process runs
    "virtual_machine",    # this computer is a virtual machine (signals in evidence)
    "remote_session",     # someone could be watching or controlling this computer remotely
    "extra_display",      # more displays than allowed, or mirroring
    "display_change",     # a display was added or removed during the exam
    "shortcut",           # a shortcut that leaves the exam was pressed
    "synthetic_input",    # key events injected by software, not typed
    "clipboard",          # copy or paste during the exam
    "focus_lost",         # the exam window lost focus (evidence: to which app)
    "capture_hidden_window",  # a window hides itself from screen capture
    "virtual_device",     # a virtual camera or microphone
    "agent_notice",       # the agent itself: started, limits of this platform
)


@dataclass(frozen=True)
class Finding:
    kind: str
    action: Action
    message: str
    remedy: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.time)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        action = data.get("action")
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        return cls(kind=str(data["kind"]), action=action, message=str(data["message"]),
                   remedy=str(data.get("remedy", "")), evidence=dict(data.get("evidence", {})),
                   at=float(data.get("at", time.time())))

    def with_action(self, action: Action) -> Finding:
        return Finding(self.kind, action, self.message, self.remedy, self.evidence, self.at)
