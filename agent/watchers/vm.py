"""Is this a virtual machine? Every signal reported with the evidence that raised it.

SEB's users' top complaint is VM false positives on real laptops, two of them caused by treating
missing data as a verdict. Here: a signal is only ever raised by something positively seen
(a string read, a device present); what could not be read is listed under `unavailable` and never
counts. Signals are strong (a VM device or firmware string, which real hardware does not carry) or
weak (the CPU's hypervisor bit: set on real Windows PCs running Memory Integrity / VBS; Hyper-V
traces on Windows hosts). Verdict: one strong signal, or two weak ones.

This module holds what all platforms share (the verdict, the vendor tables, the watcher); the
back ends are vm_linux (sysfs/procfs, tested for real here), vm_windows (registry and device ids)
and vm_macos (sysctl), whose evaluations are tested on recorded outputs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Watcher

# Firmware / product strings of hypervisors (lower case substrings).
VM_STRINGS = ("vmware", "virtualbox", "vbox", "qemu", "kvm", "bochs", "xen", "parallels",
              "hyper-v", "innotek", "bhyve", "amazon ec2", "google compute engine", "openstack",
              "firecracker", "virtual machine", "ovmf", "utm", "virtualmac", "apple virtual")
# PCI vendor ids used only by virtual hardware.
VM_PCI_VENDORS = {"0x1af4": "Red Hat virtio", "0x1b36": "QEMU", "0x15ad": "VMware",
                  "0x80ee": "VirtualBox", "0x1414": "Microsoft Hyper-V", "0x5853": "Xen",
                  "0x1ab8": "Parallels"}
# MAC prefixes (OUI) assigned to hypervisor vendors for virtual network cards.
VM_MAC_PREFIXES = {"08:00:27": "VirtualBox", "52:54:00": "QEMU/KVM", "00:0c:29": "VMware",
                   "00:50:56": "VMware", "00:05:69": "VMware", "00:1c:14": "VMware",
                   "00:15:5d": "Hyper-V", "00:16:3e": "Xen", "00:1c:42": "Parallels"}
@dataclass(frozen=True)
class Signal:
    name: str
    strong: bool
    evidence: dict[str, Any]


@dataclass
class Report:
    signals: list[Signal] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)

    @property
    def is_vm(self) -> bool:
        strong = sum(s.strong for s in self.signals)
        return strong >= 1 or len(self.signals) - strong >= 2

    def evidence(self) -> dict[str, Any]:
        return {"signals": [{"signal": s.name, "strong": s.strong, **s.evidence}
                            for s in self.signals], "unavailable": self.unavailable}


def vm_strings_in(text: str) -> list[str]:
    low = text.lower()
    return [s for s in VM_STRINGS if re.search(rf"(^|[^a-z]){re.escape(s)}([^a-z]|$)", low)]


def run_tool(argv: list[str], timeout: float) -> str | None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None



def current_report() -> Report:
    if sys.platform == "win32":
        from agent.watchers.vm_windows import windows_report
        return windows_report()
    if sys.platform == "darwin":
        from agent.watchers.vm_macos import macos_report
        return macos_report()
    from agent.watchers.vm_linux import linux_report
    return linux_report()


def finding(report: Report, policy: Policy) -> Finding | None:
    if not report.is_vm:
        return None
    return Finding("virtual_machine", policy.virtual_machine, messages.VM[0], messages.VM[1],
                   report.evidence())


class VmWatcher(Watcher):
    """Checked at start, then once a minute: hardware does not change mid-exam, but a machine can
    be moved into a VM by a snapshot restore. Every back end answers in milliseconds."""

    name = "virtual_machine"
    interval = 60.0

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._reported = False

    def poll(self) -> list[Finding]:
        if self.policy.virtual_machine == "allow" or self._reported:
            return []
        found = finding(current_report(), self.policy)
        self._reported = found is not None
        return [found] if found else []
