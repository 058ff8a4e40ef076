"""Virtual machine signals on Linux, from sysfs and procfs: firmware (DMI) strings, the CPU's
hypervisor flag, VM PCI vendors, virtio devices, VM MAC prefixes on physical network cards, guest
kernel modules and /sys/hypervisor. Verified here, on this build machine's own virtualisation.
"""

from __future__ import annotations

from pathlib import Path

from agent.watchers.vm import (
    VM_MAC_PREFIXES,
    VM_PCI_VENDORS,
    Report,
    Signal,
    vm_strings_in,
)

# Kernel modules that only a guest loads (host-side modules such as vboxdrv are not listed).
VM_GUEST_MODULES = ("vboxguest", "vboxsf", "vboxvideo", "vmw_balloon", "vmwgfx", "vmw_pvscsi",
                    "vmxnet3", "hv_vmbus", "hv_balloon", "hv_netvsc", "hv_storvsc", "xen_blkfront",
                    "xen_netfront", "virtio_balloon", "virtio_net", "virtio_blk", "qxl",
                    "bochs", "bochs_drm", "virtio_gpu")

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


