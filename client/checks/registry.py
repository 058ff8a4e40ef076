"""Every readiness check by id, in the order people read them.

Check modules are imported only when their check runs, so asking for `--only os` never loads
OpenCV or PortAudio.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from client.checks.context import CheckContext
from client.checks.result import CheckResult

# id -> (title shown to people, "module:function")
CHECKS: dict[str, tuple[str, str]] = {
    "os": ("Operating system", "client.checks.system:check_os"),
    "arch": ("64-bit", "client.checks.system:check_arch"),
    "cpu": ("Processor generation", "client.checks.system:check_cpu"),
    "cores": ("Processor cores", "client.checks.system:check_cores"),
    "memory": ("Memory", "client.checks.system:check_memory"),
    "disk": ("Free disk space", "client.checks.system:check_disk"),
    "latency": ("Network latency", "client.checks.network:check_latency"),
    "bandwidth": ("Upload speed", "client.checks.network:check_bandwidth"),
    "clock": ("Clock", "client.checks.network:check_clock"),
    "camera": ("Camera", "client.checks.camera:check_camera"),
    "microphone": ("Microphone", "client.checks.microphone:check_microphone"),
    "screen": ("Screen capture", "client.checks.screen:check_screen"),
    "displays": ("Displays", "client.checks.screen:check_displays"),
    "vm": ("Virtual machine", "client.checks.lockdown:check_vm"),
    "remote_session": ("Remote session", "client.checks.lockdown:check_remote_session"),
    "forbidden_apps": ("Forbidden apps", "client.checks.lockdown:check_forbidden_apps"),
    "virtual_devices": ("Virtual camera/microphone",
                        "client.checks.lockdown:check_virtual_devices"),
}

NETWORK = ("latency", "bandwidth", "clock")

TEXT = {
    "unknown": "unknown check id(s): {ids}",
    "unknown_fix": "choose from: {valid}",
}


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    target: str

    def function(self) -> Callable[[CheckContext], CheckResult]:
        module, _, name = self.target.partition(":")
        fn: Callable[[CheckContext], CheckResult] = getattr(importlib.import_module(module), name)
        return fn


def title(check_id: str) -> str:
    return CHECKS.get(check_id, (check_id, ""))[0]


def unknown_ids(ids: list[str]) -> list[str]:
    return [i for i in ids if i not in CHECKS]


def select(only: list[str] | None = None, skip: list[str] | None = None) -> list[Check]:
    """The checks to run, in registry order. Ids must be known (see `unknown_ids`)."""
    chosen = [i for i in CHECKS if (not only or i in only) and i not in (skip or [])]
    return [Check(i, *CHECKS[i]) for i in chosen]
