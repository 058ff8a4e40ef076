"""Virtual machine, remote session, forbidden apps and virtual devices: the lockdown agent's own
detectors, asked once through `agent.snapshot.take(config)`, so the check and the exam agree.

The exam policy decides what each finding means: "block" fails the check, "flag" warns (the exam
will run but reviewers will see it), "allow" passes with a note. A detector the agent could not
run on this computer is reported as skipped with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from client.checks.context import CheckContext
from client.checks.result import CheckResult, Status
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "no_agent": QT_TRANSLATE_NOOP("LockdownCheck", "Not checked: the lockdown agent is not "
                                  "available ({reason})."),
    "no_agent_fix": QT_TRANSLATE_NOOP("LockdownCheck", "Reinstall Invigilo; the installation "
                                      "seems incomplete."),
    "vm_ok": QT_TRANSLATE_NOOP("LockdownCheck", "No sign of a virtual machine."),
    "remote_session_ok": QT_TRANSLATE_NOOP("LockdownCheck", "No remote session or remote control "
                                           "was found."),
    "forbidden_apps_ok": QT_TRANSLATE_NOOP("LockdownCheck", "No app the exam forbids is running."),
    "virtual_devices_ok": QT_TRANSLATE_NOOP("LockdownCheck", "No virtual camera or microphone "
                                            "was found."),
    "allowed": QT_TRANSLATE_NOOP("LockdownCheck", " (allowed for this exam)"),
}

# check id -> (agent finding kind, the agent's name for that detector in its notices)
KINDS: dict[str, tuple[str, str]] = {
    "vm": ("virtual_machine", "virtual machine"),
    "remote_session": ("remote_session", "remote session"),
    "forbidden_apps": ("forbidden_app", "forbidden apps"),
    "virtual_devices": ("virtual_device", "virtual cameras and microphones"),
}
_STATUS: dict[str, Status] = {"block": "fail", "flag": "warn", "allow": "pass"}
_REQUIRED = {"vm": "a physical computer", "remote_session": "no remote session",
             "forbidden_apps": "none of the exam's forbidden apps",
             "virtual_devices": "real camera and microphone"}


def snapshot(ctx: CheckContext) -> list[Any] | str:
    """The agent's findings, or why there are none."""
    try:
        from agent import snapshot as agent_snapshot
    except ImportError as exc:
        return str(exc) or "not installed"
    take: Callable[[Any], list[Any]] = agent_snapshot.take
    return ctx.once("agent", lambda: take(ctx.config))


def evaluate(check_id: str, findings: list[Any]) -> CheckResult:
    kind, detector = KINDS[check_id]
    required = _REQUIRED[check_id]
    mine = [f for f in findings if f.kind == kind]
    notices = [f for f in findings if f.kind == "agent_notice"
               and f.evidence.get("check") == detector]
    if not mine:
        if notices:
            return CheckResult(check_id, "skipped", "not checked", required,
                               notices[0].message, notices[0].remedy,
                               details={"reason": notices[0].evidence.get("reason", "")})
        return CheckResult(check_id, "pass", "none found", required, TEXT[f"{check_id}_ok"])
    ranked = sorted(mine, key=lambda f: ("allow", "flag", "block").index(f.action), reverse=True)
    worst = ranked[0]
    status = _STATUS.get(worst.action, "warn")
    message = " ".join(dict.fromkeys(f.message for f in ranked[:3]))
    if status == "pass":
        message += TEXT["allowed"]
    remedy = " ".join(dict.fromkeys(f.remedy for f in ranked if f.remedy))
    measured = f"{len(mine)} found"
    details = {"findings": [{"action": f.action, "message": f.message, "evidence": f.evidence}
                            for f in ranked]}
    return CheckResult(check_id, status, measured, required, message, remedy, details=details)


def _check(check_id: str) -> Callable[[CheckContext], CheckResult]:
    def run(ctx: CheckContext) -> CheckResult:
        found = snapshot(ctx)
        if isinstance(found, str):
            return CheckResult(check_id, "skipped", "not checked", _REQUIRED[check_id],
                               TEXT["no_agent"].format(reason=found), TEXT["no_agent_fix"])
        return evaluate(check_id, found)

    run.__name__ = f"check_{check_id}"
    run.__doc__ = f"The agent's {KINDS[check_id][1]} detector."
    return run


check_vm = _check("vm")
check_remote_session = _check("remote_session")
check_forbidden_apps = _check("forbidden_apps")
check_virtual_devices = _check("virtual_devices")
