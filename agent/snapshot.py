"""A one-shot look at this computer with the agent's detectors, for the readiness check.

`take(config)` runs the detectors that need no running exam (virtual machine, remote session,
forbidden apps, displays, virtual devices, capture-hidden windows) in parallel and returns within
about two seconds; a detector that has not answered by then is reported as not checked rather than
waited for. Nothing is changed on the computer: no process is closed here.
"""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from agent import messages
from agent import policy as policy_mod
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import plain_reason

BUDGET_SECONDS = 1.5  # leaves room for start-up within the 2 s the readiness check allows

__all__ = ["Finding", "take", "take_policy"]


def take(config: Any, budget: float = BUDGET_SECONDS) -> list[Finding]:
    """Findings for an `ExamConfig` (the readiness check's entry point)."""
    return take_policy(policy_mod.from_config(config), budget)


def take_policy(policy: Policy, budget: float = BUDGET_SECONDS) -> list[Finding]:
    checks: dict[str, Callable[[Policy], list[Finding]]] = {
        "virtual machine": _vm, "remote session": _remote, "forbidden apps": _processes,
        "displays": _displays, "virtual cameras and microphones": _devices,
        "hidden windows": _hidden,
    }
    results: dict[str, list[Finding]] = {}
    errors: dict[str, str] = {}

    def run(name: str, check: Callable[[Policy], list[Finding]]) -> None:
        try:
            results[name] = check(policy)
        except Exception as exc:
            errors[name] = plain_reason(exc)

    threads = [threading.Thread(target=run, args=item, daemon=True, name=f"snapshot {item[0]}")
               for item in checks.items()]
    deadline = time.monotonic() + budget
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    found = [f for name in checks for f in results.get(name, [])]
    for name in checks:
        if name not in results:
            why = errors.get(name, "it took too long")
            found.append(Finding("agent_notice", "allow",
                                 messages.NOT_POSSIBLE.format(what=name.capitalize(), why=why),
                                 "", {"check": name, "reason": why}))
    return found


def _vm(policy: Policy) -> list[Finding]:
    from agent.watchers import vm
    report = vm.current_report()
    if not report.is_vm:
        return []
    return [Finding("virtual_machine", policy.virtual_machine, messages.VM[0], messages.VM[1],
                    report.evidence())]


def _remote(policy: Policy) -> list[Finding]:
    from agent.watchers import remote
    text, remedy = messages.REMOTE
    return [Finding("remote_session", policy.remote_session, text.format(what=s["what"]), remedy, s)
            for s in remote.current_signals()]


def _processes(policy: Policy) -> list[Finding]:
    from agent import rules
    from agent.watchers.processes import ProcessWatcher
    look = dataclasses.replace(policy, forbidden_process_action="ask")  # never kill from here
    watcher = ProcessWatcher(rules.from_policy(policy), look)
    action = policy.action_for("forbidden_app")
    return [f.with_action(action) for f in watcher.scan_once()]


def _displays(policy: Policy) -> list[Finding]:
    from agent.watchers import displays
    watcher = displays.DisplayWatcher(dataclasses.replace(policy, extra_displays="flag"))
    try:
        watcher.check_available()
        found = watcher.poll()
    finally:
        watcher.stop()
    return [f.with_action(policy.extra_displays) for f in found]


def _devices(policy: Policy) -> list[Finding]:
    from agent.watchers import devices
    watcher = devices.DeviceWatcher(dataclasses.replace(policy, virtual_devices="flag"),
                                    quick=True)
    return [f.with_action(policy.virtual_devices) for f in watcher.poll()]


def _hidden(policy: Policy) -> list[Finding]:
    if sys.platform not in ("win32", "darwin"):
        return []  # X11 has no capture exclusion: every window is in a screen capture
    from agent.watchers import hidden_windows
    watcher = hidden_windows.HiddenWindowWatcher(
        dataclasses.replace(policy, capture_hidden_windows="flag"))
    return [f.with_action(policy.capture_hidden_windows) for f in watcher.poll()]
