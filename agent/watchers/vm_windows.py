"""Virtual machine signals on Windows: SMBIOS strings that Windows copies to the registry,
enumerated device ids, MAC prefixes, and the same facts as one CIM query's JSON. Not run on
Windows in this project's CI; the evaluation is tested on recorded outputs.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from agent.watchers.vm import VM_MAC_PREFIXES, Report, Signal, vm_strings_in

# PnP device id fragments (Windows), after SEB's list. Vendor-specific ones are strong; the
# generic Hyper-V / "virtual" ones are weak, because real PCs running Hyper-V, WSL 2 or Windows
# Sandbox carry Hyper-V devices too. Microsoft's virtual disk / DVD (a mounted VHD or ISO) are no
# signal at all.
VM_PNP = ("qemu", "ven_1af4", "ven_1b36", "subsys_11001af4", "ven_vbox", "vid_80ee",
          "prod_vmware", "ven_vmware", "vmware_ide", "ven_15ad", "ven_80ee")
VM_PNP_WEAK = ("prod_virtual", "hyper_v")
VM_PNP_EXCEPT = ("prod_virtual_disk", "prod_virtual_dvd")



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


