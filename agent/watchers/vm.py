"""Is this a virtual machine? Every signal reported with the evidence that raised it.

SEB's users' top complaint is VM false positives on real laptops, two of them caused by treating
missing data as a verdict. Here: a signal is only ever raised by something positively seen
(a string read, a device present); what could not be read is listed under `unavailable` and never
counts. Signals are strong (a VM device or firmware string, which real hardware does not carry) or
weak (the CPU's hypervisor bit: set on real Windows PCs running Memory Integrity / VBS, and on
Linux hosts running a hypervisor's guest-less root partition). Verdict: one strong signal, or two
weak ones.

Back ends: Linux reads sysfs/procfs (tested for real here); Windows one CIM query through
PowerShell, parsed as JSON; macOS `sysctl` and `system_profiler` (parsers tested on recorded
outputs).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
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
# Kernel modules that only a guest loads (host-side modules such as vboxdrv are not listed).
VM_GUEST_MODULES = ("vboxguest", "vboxsf", "vboxvideo", "vmw_balloon", "vmwgfx", "vmw_pvscsi",
                    "vmxnet3", "hv_vmbus", "hv_balloon", "hv_netvsc", "hv_storvsc", "xen_blkfront",
                    "xen_netfront", "virtio_balloon", "virtio_net", "virtio_blk", "qxl",
                    "bochs", "bochs_drm", "virtio_gpu")
# PnP device id fragments (Windows), after SEB's list. Vendor-specific ones are strong; the
# generic Hyper-V / "virtual" ones are weak, because real PCs running Hyper-V, WSL 2 or Windows
# Sandbox carry Hyper-V devices too. Microsoft's virtual disk / DVD (a mounted VHD or ISO) are no
# signal at all.
VM_PNP = ("qemu", "ven_1af4", "ven_1b36", "subsys_11001af4", "ven_vbox", "vid_80ee",
          "prod_vmware", "ven_vmware", "vmware_ide", "ven_15ad", "ven_80ee")
VM_PNP_WEAK = ("prod_virtual", "hyper_v")
VM_PNP_EXCEPT = ("prod_virtual_disk", "prod_virtual_dvd")


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


# --- Linux -------------------------------------------------------------------------------------

DMI_FIELDS = ("sys_vendor", "product_name", "product_version", "board_vendor", "board_name",
              "bios_vendor", "bios_version", "chassis_vendor")


def linux_report(root: Path = Path("/")) -> Report:
    report = Report()
    _linux_dmi(root, report)
    _linux_cpu(root, report)
    _linux_devices(root, report)
    _linux_macs(root, report)
    _linux_modules(root, report)
    hv = _read(root / "sys/hypervisor/type")
    if hv:
        report.signals.append(Signal("hypervisor_type", True,
                                     {"source": "/sys/hypervisor/type", "value": hv}))
    return report


def _read(path: Path) -> str | None:
    try:
        return path.read_text(errors="replace").strip()
    except OSError:
        return None


def _linux_dmi(root: Path, report: Report) -> None:
    values = {f: v for f in DMI_FIELDS if (v := _read(root / "sys/class/dmi/id" / f))}
    if not values:
        report.unavailable.append("firmware (DMI/SMBIOS) strings: /sys/class/dmi/id is absent")
        return
    for name, value in values.items():
        hits = vm_strings_in(value)
        if hits:
            report.signals.append(Signal("firmware_string", True, {
                "source": f"/sys/class/dmi/id/{name}", "value": value, "matches": hits}))


def _linux_cpu(root: Path, report: Report) -> None:
    text = _read(root / "proc/cpuinfo")
    if text is None:
        report.unavailable.append("CPU flags: /proc/cpuinfo cannot be read")
        return
    for line in text.splitlines():
        if line.startswith("flags") and ":" in line:
            if "hypervisor" in line.split(":", 1)[1].split():
                report.signals.append(Signal("cpu_hypervisor_bit", False, {
                    "source": "/proc/cpuinfo flags", "value": "hypervisor"}))
            return


def _linux_devices(root: Path, report: Report) -> None:
    found: list[dict[str, str]] = []
    pci = root / "sys/bus/pci/devices"
    for dev in sorted(pci.iterdir()) if pci.is_dir() else []:
        for attr in ("vendor", "subsystem_vendor"):
            vendor = _read(dev / attr)
            if vendor in VM_PCI_VENDORS:
                found.append({"device": dev.name, attr: vendor,
                              "maker": VM_PCI_VENDORS[vendor], "id": _read(dev / "device") or ""})
                break
    if found:
        report.signals.append(Signal("vm_pci_devices", True, {
            "source": "/sys/bus/pci/devices", "devices": found}))
    virtio = root / "sys/bus/virtio/devices"
    names = sorted(p.name for p in virtio.iterdir()) if virtio.is_dir() else []
    if names:
        drivers = [(virtio / n / "driver").resolve().name for n in names
                   if (virtio / n / "driver").exists()]
        report.signals.append(Signal("virtio_devices", True, {
            "source": "/sys/bus/virtio/devices", "devices": names, "drivers": drivers}))


def _linux_macs(root: Path, report: Report) -> None:
    net = root / "sys/class/net"
    hits = []
    for iface in sorted(net.iterdir()) if net.is_dir() else []:
        if not (iface / "device").exists():  # software interfaces (bridges, docker, vpn)
            continue
        mac = (_read(iface / "address") or "").lower()
        maker = VM_MAC_PREFIXES.get(mac[:8])
        if maker:
            hits.append({"interface": iface.name, "mac": mac, "maker": maker})
    if hits:
        report.signals.append(Signal("vm_mac_prefix", True, {"source": "/sys/class/net",
                                                             "interfaces": hits}))


def _linux_modules(root: Path, report: Report) -> None:
    text = _read(root / "proc/modules")
    if text is None:
        return  # kernels without loadable modules: devices above still tell
    loaded = [line.split()[0] for line in text.splitlines() if line.strip()]
    hits = [m for m in loaded if m in VM_GUEST_MODULES]
    if hits:
        report.signals.append(Signal("vm_guest_modules", True, {"source": "/proc/modules",
                                                                "modules": hits}))


# --- Windows -----------------------------------------------------------------------------------

WINDOWS_QUERY = (
    "$o=@{cs=(Get-CimInstance Win32_ComputerSystem | Select-Object Manufacturer,Model,"
    "SystemFamily,HypervisorPresent);bios=(Get-CimInstance Win32_BIOS | Select-Object "
    "Manufacturer,Name,SMBIOSBIOSVersion);cpu=@(Get-CimInstance Win32_Processor | Select-Object "
    "Name);nic=@(Get-CimInstance Win32_NetworkAdapter -Filter 'PhysicalAdapter=True' | "
    "Select-Object Name,MACAddress);pnp=@(Get-CimInstance Win32_PnPEntity | Select-Object "
    "-ExpandProperty DeviceID)}; $o | ConvertTo-Json -Depth 3 -Compress")


def windows_report_from_json(text: str) -> Report:
    """Evaluate the JSON printed by WINDOWS_QUERY."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        report = Report()
        report.unavailable.append("system information (WMI/CIM) could not be read")
        return report
    return windows_report_from_data(data if isinstance(data, dict) else {})


def windows_report_from_data(data: dict[str, Any]) -> Report:
    """Evaluate Windows system facts shaped like WINDOWS_QUERY's JSON (cs, bios, cpu, nic, pnp);
    `windows_registry_data` gathers the same facts from the registry in milliseconds."""
    report = Report()
    cs = data.get("cs") or {}
    bios = data.get("bios") or {}
    maker = str(cs.get("Manufacturer") or "")
    model = f"{cs.get('SystemFamily') or ''} {cs.get('Model') or ''}".strip()
    for source, value in (("Win32_ComputerSystem.Manufacturer", maker),
                          ("Win32_ComputerSystem.Model", model),
                          ("Win32_BIOS.Manufacturer", str(bios.get("Manufacturer") or "")),
                          ("Win32_BIOS.Name", str(bios.get("Name") or "")),
                          ("Win32_BIOS.SMBIOSBIOSVersion",
                           str(bios.get("SMBIOSBIOSVersion") or ""))):
        hits = vm_strings_in(value)
        if hits:
            report.signals.append(Signal("firmware_string", True,
                                         {"source": source, "value": value, "matches": hits}))
    if "microsoft corporation" in maker.lower() and "virtual machine" in model.lower():
        report.signals.append(Signal("hyperv_guest_model", True,
                                     {"source": "Win32_ComputerSystem", "value": model}))
    if cs.get("HypervisorPresent") is True:
        report.signals.append(Signal("cpu_hypervisor_bit", False, {
            "source": "Win32_ComputerSystem.HypervisorPresent", "value": True}))
    for cpu in _as_list(data.get("cpu")):
        name = str((cpu or {}).get("Name") or "")
        if " kvm " in f" {name.lower()} ":
            report.signals.append(Signal("cpu_name", True, {"source": "Win32_Processor.Name",
                                                            "value": name}))
    macs = []
    for nic in _as_list(data.get("nic")):
        mac = str((nic or {}).get("MACAddress") or "").lower().replace("-", ":")
        if mac[:8] in VM_MAC_PREFIXES:
            macs.append({"adapter": nic.get("Name"), "mac": mac, "maker": VM_MAC_PREFIXES[mac[:8]]})
    if macs:  # weak on Windows: Hyper-V's virtual switches on real PCs use 00:15:5D too
        report.signals.append(Signal("vm_mac_prefix", False, {
            "source": data.get("nic_source", "Win32_NetworkAdapter"), "interfaces": macs}))
    ids = [str(x) for x in _as_list(data.get("pnp"))]
    source = data.get("pnp_source", "Win32_PnPEntity.DeviceID")
    for strong, keys in ((True, VM_PNP), (False, VM_PNP_WEAK)):
        devices = [d for d in ids if any(k in d.lower() for k in keys)
                   and not any(k in d.lower() for k in VM_PNP_EXCEPT)]
        if devices:
            report.signals.append(Signal("vm_pnp_devices" if strong else "hyperv_pnp_devices",
                                         strong, {"source": source, "devices": devices[:20]}))
    return report


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def windows_registry_data() -> dict[str, Any]:
    """The facts WINDOWS_QUERY gathers, from the registry (SMBIOS strings Windows copies to
    HARDWARE\\DESCRIPTION, enumerated device ids) and psutil (MACs): milliseconds instead of the
    seconds PowerShell takes to start on an old laptop. The CPU's hypervisor bit is not here."""
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import winreg

    def values(path: str, names: tuple[str, ...]) -> dict[str, str]:
        out: dict[str, str] = {}
        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path) as key:
                for name in names:
                    try:
                        out[name] = str(winreg.QueryValueEx(key, name)[0])
                    except OSError:
                        continue
        except OSError:
            pass
        return out

    def subkeys(path: str) -> list[str]:
        out: list[str] = []
        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path) as key:
                for i in range(4096):
                    try:
                        out.append(winreg.EnumKey(key, i))
                    except OSError:
                        break
        except OSError:
            pass
        return out

    bios = values(r"HARDWARE\DESCRIPTION\System\BIOS",
                  ("SystemManufacturer", "SystemProductName", "SystemFamily", "BIOSVendor",
                   "BIOSVersion"))
    cpu = values(r"HARDWARE\DESCRIPTION\System\CentralProcessor\0", ("ProcessorNameString",))
    pnp = [f"{bus}\\{name}" for bus in ("PCI", "SCSI", "IDE", "USB")
           for name in subkeys(rf"SYSTEM\CurrentControlSet\Enum\{bus}")]
    import psutil
    nics = [{"Name": name, "MACAddress": a.address}
            for name, addrs in psutil.net_if_addrs().items() for a in addrs
            if a.family == psutil.AF_LINK]
    return {"cs": {"Manufacturer": bios.get("SystemManufacturer"),
                   "Model": bios.get("SystemProductName"),
                   "SystemFamily": bios.get("SystemFamily")},
            "bios": {"Manufacturer": bios.get("BIOSVendor"), "Name": bios.get("BIOSVersion"),
                     "SMBIOSBIOSVersion": bios.get("BIOSVersion")},
            "cpu": [{"Name": cpu.get("ProcessorNameString", "")}], "nic": nics,
            "nic_source": "psutil.net_if_addrs", "pnp": pnp,
            "pnp_source": "HKLM\\SYSTEM\\CurrentControlSet\\Enum"}


def windows_report() -> Report:
    return windows_report_from_data(windows_registry_data())


# --- macOS -------------------------------------------------------------------------------------

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
    sysctl = _run(["sysctl", "hw.model", "kern.hv_vmm_present"], 5) or ""
    hardware = (_run(["system_profiler", "SPHardwareDataType", "-json"], 20) or "null"
                if with_profiler else "")
    return macos_report_from(sysctl, hardware)


def _run(argv: list[str], timeout: float) -> str | None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def current_report() -> Report:
    if sys.platform == "win32":
        return windows_report()
    if sys.platform == "darwin":
        return macos_report()
    return linux_report()


def finding(report: Report, policy: Policy) -> Finding | None:
    if not report.is_vm:
        return None
    return Finding("virtual_machine", policy.virtual_machine, messages.VM[0], messages.VM[1],
                   report.evidence())


class VmWatcher(Watcher):
    """Checked at start, then again now and then: hardware does not change mid-exam, but a
    machine can be moved into a VM by a snapshot restore. Linux reads a few files (every minute);
    Windows and macOS start PowerShell or system_profiler, which cost a second of CPU on an old
    laptop, so only every ten minutes."""

    name = "virtual_machine"

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._reported = False
        self.interval = 60.0 if sys.platform.startswith("linux") else 600.0

    def poll(self) -> list[Finding]:
        if self.policy.virtual_machine == "allow" or self._reported:
            return []
        found = finding(current_report(), self.policy)
        self._reported = found is not None
        return [found] if found else []
