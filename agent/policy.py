"""The exam's lockdown policy, resolved: one action per concern.

An exam config names a level (strict / moderate / open / none) and may override any single
concern. The table below is the single source of truth; docs/LOCKDOWN.md prints the same table
and a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from agent.findings import Action

ProcessAction = Literal["off", "flag", "ask", "terminate"]
Level = Literal["strict", "moderate", "open", "none"]
LEVELS: tuple[Level, ...] = ("strict", "moderate", "open", "none")

# concern -> action per level, in LEVELS order.
LEVEL_TABLE: dict[str, tuple[str, str, str, str]] = {
    "forbidden_process_action": ("terminate", "ask", "flag", "off"),
    "virtual_machine": ("block", "flag", "flag", "allow"),
    "remote_session": ("block", "block", "flag", "allow"),
    "extra_displays": ("block", "flag", "flag", "allow"),
    "clipboard": ("block", "flag", "allow", "allow"),
    "shortcuts": ("block", "flag", "allow", "allow"),
    "synthetic_input": ("block", "flag", "flag", "allow"),
    "focus": ("flag", "flag", "allow", "allow"),
    "capture_hidden_windows": ("block", "flag", "flag", "allow"),
    "virtual_devices": ("block", "flag", "flag", "allow"),
}


@dataclass(frozen=True)
class Policy:
    level: Level = "moderate"
    forbidden_process_action: ProcessAction = "ask"
    virtual_machine: Action = "flag"
    remote_session: Action = "block"
    extra_displays: Action = "flag"
    clipboard: Action = "flag"
    shortcuts: Action = "flag"
    synthetic_input: Action = "flag"
    focus: Action = "flag"
    capture_hidden_windows: Action = "flag"
    virtual_devices: Action = "flag"
    max_displays: int = 1
    deny_apps: tuple[str, ...] = ()
    allow_apps: tuple[str, ...] = ()
    deny_hashes: tuple[str, ...] = ()
    default_deny_list: bool = True
    restart_agent: bool = True
    observe_only: bool = False  # IT's --report: watch and tell, change nothing on the computer
    extra: dict[str, Any] = field(default_factory=dict)

    def action_for(self, kind: str) -> Action:
        """The action for a finding kind (see agent.findings.KINDS)."""
        concern = _KIND_TO_CONCERN.get(kind)
        if concern is None:
            return "flag"
        if concern == "forbidden_process_action":
            how = self.forbidden_process_action
            return "allow" if how == "off" else "flag" if how == "flag" else "block"
        value: Action = getattr(self, concern)
        return value

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the channel (tuples become lists)."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Policy:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for name in ("deny_apps", "allow_apps", "deny_hashes"):
            if name in known:
                known[name] = tuple(str(x) for x in known[name])
        return cls(**known)


_KIND_TO_CONCERN = {
    "forbidden_app": "forbidden_process_action",
    "virtual_machine": "virtual_machine",
    "remote_session": "remote_session",
    "extra_display": "extra_displays",
    "display_change": "extra_displays",
    "shortcut": "shortcuts",
    "synthetic_input": "synthetic_input",
    "clipboard": "clipboard",
    "focus_lost": "focus",
    "capture_hidden_window": "capture_hidden_windows",
    "virtual_device": "virtual_devices",
}


def level_defaults(level: Level) -> dict[str, str]:
    column = LEVELS.index(level)
    return {concern: row[column] for concern, row in LEVEL_TABLE.items()}


def from_lockdown(lockdown: Any, max_displays: int = 1) -> Policy:
    """Resolve a `client.config.schema.Lockdown` (duck-typed: the agent does not import Qt or the
    client's UI, only plain data) into a `Policy`."""
    level: Level = lockdown.level
    values: dict[str, Any] = level_defaults(level)
    for concern in LEVEL_TABLE:
        override = getattr(lockdown, concern, None)
        if override is not None:
            values[concern] = override
    return Policy(
        level=level, max_displays=max_displays,
        deny_apps=tuple(lockdown.deny_apps), allow_apps=tuple(lockdown.allow_apps),
        deny_hashes=tuple(getattr(lockdown, "deny_hashes", ())),
        default_deny_list=bool(getattr(lockdown, "default_deny_list", True)),
        restart_agent=bool(lockdown.restart_agent), **values)


def from_config(config: Any) -> Policy:
    """The policy of a whole `ExamConfig`."""
    return from_lockdown(config.lockdown, max_displays=config.requirements.max_displays)
