"""Pure parsers behind the platform back ends, on real files and recorded outputs."""

from __future__ import annotations

import importlib.util
import io
import json
import plistlib
import shutil
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.binid import elf, macos, pe
from agent.watchers import (
    devices,
    displays_macos,
    hidden_windows,
    vm,
    vm_linux,
    vm_macos,
    vm_windows,
)
from agent.watchers.identity import IdentityCache

RECORDED = Path(__file__).parent / "recorded"


def distlib_launcher() -> Path:
    """A real Windows PE file with a version resource: pip's bundled launcher (in every venv)."""
    spec = importlib.util.find_spec("pip._vendor.distlib")
    assert spec and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "t64.exe"
    if not path.exists():
        pytest.skip("this pip has no Windows launchers")
    return path


# --- ELF build-id ------------------------------------------------------------------------------

def _elf_with_note(build: bytes, big_endian: bool = False) -> bytes:
    """A minimal 64-bit ELF: header, one PT_NOTE program header, one GNU build-id note."""
    e = ">" if big_endian else "<"
    note = struct.pack(e + "III", 4, len(build), 3) + b"GNU\0" + build
    phoff, note_off = 64, 64 + 56
    header = b"\x7fELF" + bytes([2, 2 if big_endian else 1, 1]) + bytes(9)
    header += struct.pack(e + "HHIQQQIHHHHHH", 2, 62, 1, 0, phoff, 0, 0, 64, 56, 1, 64, 0, 0)
    phdr = struct.pack(e + "IIQQQQQQ", 4, 4, note_off, 0, 0, len(note), len(note), 4)
    return header + phdr + note


@pytest.mark.parametrize("big_endian", [False, True])
def test_build_id_of_a_constructed_elf(big_endian: bool) -> None:
    data = _elf_with_note(bytes(range(20)), big_endian)
    assert elf.build_id(io.BytesIO(data)) == bytes(range(20)).hex()


def test_build_id_of_this_systems_sleep_survives_a_rename(tmp_path: Path) -> None:
    original = Path(shutil.which("sleep") or "/bin/sleep")
    with original.open("rb") as fh:
        ident = elf.build_id(fh)
    if ident is None:
        pytest.skip("this system's sleep carries no build-id")
    copy = tmp_path / "notes-helper"
    shutil.copy(original, copy)
    with copy.open("rb") as fh:
        assert elf.build_id(fh) == ident
    assert len(ident) in (32, 40, 64)


@given(st.binary(max_size=600))
@settings(max_examples=300, deadline=None)
def test_build_id_never_crashes_on_junk(data: bytes) -> None:
    for blob in (b"\x7fELF\x02\x01" + data, data):
        result = elf.build_id(io.BytesIO(blob))
        assert result is None or bytes.fromhex(result)


# --- PE version resource -----------------------------------------------------------------------

def test_original_filename_of_a_real_pe_survives_a_rename(tmp_path: Path) -> None:
    real = distlib_launcher()
    renamed = tmp_path / "totally-not-anydesk.exe"
    shutil.copy(real, renamed)
    with renamed.open("rb") as fh:
        info = pe.read_pe(fh)
    assert info is not None
    assert info.original_filename == "t64.exe"
    assert info.strings["ProductName"] == "Simple Launcher"
    ident = IdentityCache(platform="win32").of(str(renamed), want_sha256=False)
    assert ident.original_name == "t64.exe"


def test_non_pe_files_are_not_pe() -> None:
    assert pe.read_pe(io.BytesIO(b"MZ" + bytes(100))) is None
    with open(shutil.which("sleep") or "/bin/sleep", "rb") as fh:
        assert pe.read_pe(fh) is None


@given(st.integers(min_value=0, max_value=4000), st.binary(min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_pe_parser_survives_corruption(offset: int, junk: bytes) -> None:
    data = bytearray(distlib_launcher().read_bytes()[:8192])
    data[offset:offset + len(junk)] = junk
    result = pe.read_pe(io.BytesIO(bytes(data)))
    assert result is None or isinstance(result.strings, dict)


def test_signer_is_read_from_a_pkcs7_certificate_table() -> None:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs7
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "Remote Tools GmbH")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CODE_SIGNING]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    signed = (pkcs7.PKCS7SignatureBuilder().set_data(b"x").add_signer(cert, key, hashes.SHA256())
              .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.NoCapabilities]))
    table = struct.pack("<IHH", 8 + len(signed), 0x200, 2) + signed
    assert pe.signer_of_certificate_table(table) == "CN=Remote Tools GmbH"
    assert pe.signer_of_certificate_table(struct.pack("<IHH", 8, 0x200, 1)) is None


# --- macOS identity ----------------------------------------------------------------------------

def test_codesign_outputs() -> None:
    apple = macos.parse_codesign((RECORDED / "codesign-siri-verbose4.txt").read_text())
    assert apple.identifier == "com.apple.siri.launcher"
    assert apple.team_id is None  # "not set" is not a team
    assert apple.authorities[0] == "Software Signing"
    dev = macos.parse_codesign((RECORDED / "codesign-developer-id.txt").read_text())
    assert (dev.identifier, dev.team_id) == ("com.philandro.anydesk", "JZ2Q2Q2Q2Q")


def test_bundle_id_from_an_app_bundle(tmp_path: Path) -> None:
    app = tmp_path / "Applications" / "Renamed.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(
        {"CFBundleIdentifier": "com.teamviewer.TeamViewer", "CFBundleExecutable": "Renamed"}))
    exe = app / "Contents" / "MacOS" / "Renamed"
    assert macos.bundle_root(str(exe)) == str(app)
    assert macos.bundle_id(str(exe)) == "com.teamviewer.TeamViewer"
    assert macos.bundle_id("/usr/bin/true") is None
    assert macos.bundle_id_from_plist(b"not a plist") is None


# --- VM evidence -------------------------------------------------------------------------------

def _fake_root(tmp_path: Path, dmi: dict[str, str], flags: str = "fpu sse2",
               pci: dict[str, str] | None = None, modules: str = "") -> Path:
    root = tmp_path / "root"
    if dmi:
        (root / "sys/class/dmi/id").mkdir(parents=True)
        for name, value in dmi.items():
            (root / "sys/class/dmi/id" / name).write_text(value + "\n")
    (root / "proc").mkdir(parents=True, exist_ok=True)
    (root / "proc/cpuinfo").write_text(f"processor\t: 0\nflags\t\t: {flags}\n")
    (root / "proc/modules").write_text(modules)
    for dev, vendor in (pci or {}).items():
        (root / "sys/bus/pci/devices" / dev).mkdir(parents=True)
        (root / "sys/bus/pci/devices" / dev / "vendor").write_text(vendor + "\n")
    return root


def test_a_physical_laptop_is_not_a_vm(tmp_path: Path) -> None:
    root = _fake_root(tmp_path, {"sys_vendor": "Dell Inc.", "product_name": "Latitude 5500",
                                 "bios_vendor": "Dell Inc.", "board_name": "0M14W7"},
                      pci={"0000:00:02.0": "0x8086"})
    report = vm_linux.linux_report(root)
    assert not report.is_vm and report.signals == []


def test_missing_firmware_data_is_never_a_verdict(tmp_path: Path) -> None:
    report = vm_linux.linux_report(_fake_root(tmp_path, {}))
    assert not report.is_vm
    assert any("dmi" in u.lower() for u in report.unavailable)


def test_the_hypervisor_bit_alone_is_weak(tmp_path: Path) -> None:
    report = vm_linux.linux_report(_fake_root(tmp_path, {"sys_vendor": "LENOVO"},
                                        flags="fpu hypervisor sse2"))
    assert [s.name for s in report.signals] == ["cpu_hypervisor_bit"]
    assert not report.is_vm


def test_virtualbox_guest_with_every_signal(tmp_path: Path) -> None:
    root = _fake_root(tmp_path, {"sys_vendor": "innotek GmbH", "product_name": "VirtualBox",
                                 "bios_version": "VirtualBox"}, flags="fpu hypervisor",
                      pci={"0000:00:04.0": "0x80ee"},
                      modules="vboxguest 45056 2 vboxsf, Live 0x0\nsnd 1 0 - Live 0x0\n")
    report = vm_linux.linux_report(root)
    names = {s.name for s in report.signals}
    assert {"firmware_string", "cpu_hypervisor_bit", "vm_pci_devices",
            "vm_guest_modules"} <= names
    assert report.is_vm
    firmware = [s for s in report.signals if s.name == "firmware_string"]
    assert {s.evidence["value"] for s in firmware} == {"innotek GmbH", "VirtualBox"}


@pytest.mark.parametrize(("dmi", "is_vm"), [
    # As Linux kernels print them in "Hardware name:" lines of public bug reports.
    ({"sys_vendor": "Microsoft Corporation", "product_name": "Virtual Machine",
      "bios_version": "Hyper-V UEFI Release v4.1"}, True),
    ({"sys_vendor": "QEMU", "product_name": "Standard PC (Q35 + ICH9, 2009)",
      "bios_version": "1.16.3-debian-1.16.3-2"}, True),
    ({"sys_vendor": "VMware, Inc.", "product_name": "VMware Virtual Platform",
      "bios_vendor": "Phoenix Technologies LTD"}, True),
    # Real hardware whose strings contain tempting words.
    ({"sys_vendor": "Microsoft Corporation", "product_name": "Surface Laptop 4",
      "bios_vendor": "Microsoft Corporation"}, False),
    ({"sys_vendor": "LENOVO", "product_name": "20XW0026GE",
      "board_name": "20XW0026GE", "bios_version": "N32ET86W (1.62 )"}, False),
    ({"sys_vendor": "HP", "product_name": "HP ProBook 445 G8 Notebook PC"}, False),
])
def test_firmware_strings(tmp_path: Path, dmi: dict[str, str], is_vm: bool) -> None:
    report = vm_linux.linux_report(_fake_root(tmp_path, dmi))
    assert report.is_vm is is_vm
    assert all(s.name == "firmware_string" for s in report.signals)


def windows_recorded(name: str) -> vm.Report:
    return vm_windows.windows_report_from_json((RECORDED / f"windows-cim-{name}.json").read_text())


def test_windows_cim_outputs() -> None:
    hyperv = windows_recorded("hyperv-guest")
    assert hyperv.is_vm
    assert {"hyperv_guest_model", "vm_mac_prefix"} <= {s.name for s in hyperv.signals}
    vbox = windows_recorded("virtualbox-guest")
    assert vbox.is_vm and "vm_pnp_devices" in {s.name for s in vbox.signals}
    # A Dell with Memory Integrity: hypervisor bit set, Microsoft virtual DVD mounted; not a VM.
    dell = windows_recorded("physical-vbs")
    assert [s.name for s in dell.signals] == ["cpu_hypervisor_bit"]
    assert not dell.is_vm
    broken = vm_windows.windows_report_from_json("")
    assert not broken.is_vm and broken.unavailable


def test_macos_outputs() -> None:
    vm_report = vm_macos.macos_report_from((RECORDED / "macos-sysctl-apple-vm.txt").read_text(),
                                     (RECORDED / "macos-hardware-apple-vm.json").read_text())
    assert vm_report.is_vm
    assert "macos_vmm_present" in {s.name for s in vm_report.signals}
    mac = vm_macos.macos_report_from((RECORDED / "macos-sysctl-macbook.txt").read_text(),
                               (RECORDED / "macos-hardware-macbook.json").read_text())
    assert not mac.is_vm and mac.signals == []


@given(st.text(max_size=80))
def test_vm_strings_only_match_whole_words(text: str) -> None:
    for hit in vm.vm_strings_in(text):
        assert hit in text.lower()


# --- displays, devices, hidden windows -----------------------------------------------------------

def test_macos_mirrored_displays() -> None:
    layout = displays_macos.macos_layout_from_json(
        (RECORDED / "macos-displays-mirrored.json").read_text())
    assert [m.name for m in layout.monitors] == ["Color LCD", "DELL P2419H"]
    assert layout.mirrors == (("Color LCD", "DELL P2419H"),)
    assert (layout.monitors[1].width, layout.monitors[1].height) == (1920, 1080)


def test_virtual_devices_by_name() -> None:
    items = devices.macos_devices_from_json((RECORDED / "macos-devices-obs.json").read_text())
    found = devices.match_names(items)
    assert {d["name"] for d in found} == {"OBS Virtual Camera", "BlackHole 2ch"}
    real = [("camera", "Integrated Webcam"), ("camera", "HD Pro Webcam C920"),
            ("audio", "Microphone Array (Realtek(R) Audio)")]
    assert devices.match_names(real) == []


def test_pulse_monitor_as_default_microphone_is_virtual() -> None:
    sources = json.loads((RECORDED / "pactl-16-sources-null-sink.json").read_text())
    found = devices.pulse_virtual_sources(sources, "invigilo_mic.monitor")
    assert found and found[0]["name"] == "Monitor of Null Output"
    # The same monitor source, not chosen as the microphone, is how every PulseAudio looks.
    assert devices.pulse_virtual_sources(sources, "alsa_input.pci-0000_00_1f.3") == []


def test_capture_hidden_window_selection() -> None:
    rows = [{"hwnd": 1, "pid": 10, "affinity": 0x11, "visible": True},
            {"hwnd": 2, "pid": 11, "affinity": 0, "visible": True},
            {"hwnd": 3, "pid": 12, "affinity": 1, "visible": True},
            {"hwnd": 4, "pid": 13, "affinity": 0x11, "visible": False}]
    assert [r["hwnd"] for r in hidden_windows.hidden_from_windows_list(rows)] == [1, 3]
    mac = [{"kCGWindowOwnerName": "Overlay", "kCGWindowSharingState": 0,
            "kCGWindowBounds": {"Width": 400, "Height": 300}},
           {"kCGWindowOwnerName": "Safari", "kCGWindowSharingState": 1},
           {"kCGWindowOwnerName": "WindowServer", "kCGWindowSharingState": 0}]
    assert [w["kCGWindowOwnerName"] for w in hidden_windows.hidden_from_macos_list(mac)] == [
        "Overlay"]


def test_macos_core_graphics_rows() -> None:
    rows = [{"id": 1, "x": 0, "y": 0, "width": 1512, "height": 982, "mirrors": 0,
             "builtin": True},
            {"id": 69733382, "x": 0, "y": 0, "width": 1920, "height": 1080, "mirrors": 1,
             "builtin": False},
            {"id": 69733383, "x": 1512, "y": 0, "width": 2560, "height": 1440, "mirrors": 0,
             "builtin": False}]
    layout = displays_macos.macos_layout_from_cg(rows)
    assert len(layout.monitors) == 3
    assert layout.mirrors == (("built-in display", "display 69733382"),)
    assert displays_macos.macos_layout_from_cg(rows[:1]).mirrors == ()


def test_macos_sysctl_alone_is_enough() -> None:
    report = vm_macos.macos_report_from((RECORDED / "macos-sysctl-apple-vm.txt").read_text(), "")
    assert report.is_vm and report.unavailable == []
    assert {s.evidence["source"] for s in report.signals} == {"sysctl kern.hv_vmm_present",
                                                               "sysctl hw.model"}
    broken = vm_macos.macos_report_from("hw.model: MacBookPro18,3\n", "null")
    assert not broken.is_vm and "sysctl kern.hv_vmm_present" in broken.unavailable


def test_macos_virtual_device_plugins(tmp_path: Path) -> None:
    for folder, name in (("Library/CoreMediaIO/Plug-Ins/DAL", "obs-mac-virtualcam.plugin"),
                         ("Library/Audio/Plug-Ins/HAL", "BlackHole2ch.driver"),
                         ("Library/Audio/Plug-Ins/HAL", "ZoomAudioDevice.driver")):
        (tmp_path / folder / name).mkdir(parents=True)
    found = devices.match_names(devices.macos_plugins(tmp_path))
    assert {d["name"] for d in found} == {"obs-mac-virtualcam", "BlackHole2ch"}
