"""Virtual machine signals on macOS: `sysctl kern.hv_vmm_present hw.model` (and, when asked,
`system_profiler SPHardwareDataType`). Not run on a Mac in this project's CI; the evaluation is
tested on recorded outputs.
"""

from __future__ import annotations

import json

from agent.watchers.vm import Report, Signal, run_tool, vm_strings_in


def macos_report_from(sysctl_out: str, hardware_json: str) -> Report:
    """Evaluate `sysctl hw.model kern.hv_vmm_present` and
    `system_profiler SPHardwareDataType -json`."""
    report = Report()
    values = dict(line.split(":", 1) for line in sysctl_out.splitlines() if ":" in line)
    values = {k.strip(): v.strip() for k, v in values.items()}
    if values.get("kern.hv_vmm_present") == "1":
        report.signals.append(Signal("macos_vmm_present", True,
                                     {"source": "sysctl kern.hv_vmm_present", "value": "1"}))
    elif "kern.hv_vmm_present" not in values:
        report.unavailable.append("sysctl kern.hv_vmm_present")
    model = values.get("hw.model", "")
    if vm_strings_in(model) or model.lower().startswith("virtualmac"):
        report.signals.append(Signal("firmware_string", True, {
            "source": "sysctl hw.model", "value": model, "matches": vm_strings_in(model)}))
    try:
        items = json.loads(hardware_json).get("SPHardwareDataType", []) if hardware_json else []
    except (json.JSONDecodeError, AttributeError):
        items = []
        report.unavailable.append("system_profiler SPHardwareDataType")
    for item in items:
        for key in ("machine_model", "machine_name", "model_number", "boot_rom_version"):
            value = str(item.get(key, ""))
            hits = vm_strings_in(value)
            if hits or value.lower().startswith("virtualmac"):
                report.signals.append(Signal("firmware_string", True, {
                    "source": f"system_profiler {key}", "value": value, "matches": hits}))
    return report


def macos_report(with_profiler: bool = False) -> Report:
    """sysctl alone answers in milliseconds (`hw.model` is the profiler's machine_model);
    system_profiler, which takes a second or more, only when asked for the fuller record."""
    sysctl = run_tool(["sysctl", "hw.model", "kern.hv_vmm_present"], 5) or ""
    hardware = (run_tool(["system_profiler", "SPHardwareDataType", "-json"], 20) or "null"
                if with_profiler else "")
    return macos_report_from(sysctl, hardware)


