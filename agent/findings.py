"""What the agent reports: one `Finding` per thing it saw, always with its evidence.

A finding never stands without evidence: the message says what was seen in plain words, `evidence`
holds the raw facts (strings read, paths, ids) so a reviewer can judge it, and `remedy` tells the
candidate what to do. `action` is what the exam's policy says about it.

Message and remedy are English (agent/messages.py); sent to the app (`for_client`), they also
travel as templates with their values under `i18n`, so that the app can show them in the
candidate's language. A client that does not know `i18n` shows the English, as before.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from client.i18n import Text, to_data

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

    def for_client(self) -> dict[str, Any]:
        """`as_dict`, plus the translatable form of message and remedy (`i18n`) where they
        have one: the body of a `finding` message on the channel."""
        data = self.as_dict()
        texts = {name: to_data(value) for name, value in (("message", self.message),
                                                          ("remedy", self.remedy))
                 if isinstance(value, Text)}
        if texts:
            data["i18n"] = texts
        return data

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
