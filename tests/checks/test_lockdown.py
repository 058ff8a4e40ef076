"""VM, remote-session and forbidden-app checks map the agent's findings through the exam policy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from client.checks import lockdown


@dataclass(frozen=True)
class F:  # the agent's Finding contract: kind, action, message, remedy, evidence
    kind: str
    action: str
    message: str
    remedy: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)


def test_block_fails_flag_warns_allow_passes():
    vm = [F("virtual_machine", "block", "This computer appears to be a virtual machine.",
            "Use a physical computer.")]
    assert lockdown.evaluate("vm", vm).status == "fail"
    flagged = [F("remote_session", "flag", "Someone could see this computer: RDP.", "End it.")]
    result = lockdown.evaluate("remote_session", flagged)
    assert result.status == "warn" and "RDP" in result.message and result.remedy == "End it."
    allowed = [F("virtual_machine", "allow", "A virtual machine.")]
    assert lockdown.evaluate("vm", allowed).status == "pass"


def test_forbidden_apps_listed_worst_first():
    apps = [F("forbidden_app", "flag", "Discord is running.", "Close Discord."),
            F("forbidden_app", "block", "AnyDesk is running.", "Close AnyDesk.")]
    result = lockdown.evaluate("forbidden_apps", apps)
    assert result.status == "fail"
    assert result.message.startswith("AnyDesk is running.")
    assert result.remedy == "Close AnyDesk. Close Discord."
    assert result.measured == "2 found"


def test_nothing_found_passes_and_unrunnable_detector_is_skipped():
    assert lockdown.evaluate("vm", []).status == "pass"
    notice = F("agent_notice", "allow", "Virtual machine could not be checked: no WMI.",
               evidence={"check": "virtual machine", "reason": "no WMI"})
    result = lockdown.evaluate("vm", [notice])
    assert result.status == "skipped" and "no WMI" in result.message
    assert lockdown.evaluate("remote_session", [notice]).status == "pass"


def test_with_the_real_agent(ctx_factory):
    pytest.importorskip("agent.snapshot")
    ctx = ctx_factory()
    results = [lockdown.check_vm(ctx), lockdown.check_remote_session(ctx),
               lockdown.check_forbidden_apps(ctx)]
    assert all(r.status in ("pass", "warn", "fail", "skipped") for r in results)
    assert all(r.message for r in results)
