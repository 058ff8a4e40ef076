"""Virtual cameras and microphones (OBS Virtual Camera, v4l2loopback, VB-Audio Cable, ...).

A virtual camera can feed a pre-recorded video as the candidate's face; a virtual microphone can
replace the room's sound. Found by device names and drivers:
Linux: /sys/class/video4linux/*/name, PulseAudio sources (`pactl -f json list sources`: null-sink
and virtual-source drivers, and a default microphone that is a monitor of an output), ALSA's
snd-aloop. Windows, all from the registry: DirectShow video-input filters (OBS's camera is one,
not a PnP device), Camera and Image class drivers, audio capture endpoints' names. macOS:
`system_profiler SPCameraDataType SPAudioDataType -json` and CoreMediaIO DAL plug-ins. Verified
here: Linux with a real PulseAudio null sink; Windows/macOS name matching on recorded lists.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Watcher

VIRTUAL_NAMES = re.compile(
    r"obs virtual|obs-camera|virtual ?cam|vcam|manycam|xsplit|snap camera|nvidia broadcast|"
    r"mmhmm|camtwist|e2esoft|splitcam|dummy video device|v4l2 ?loopback|droidcam|iriun|epoccam|"
    r"vb-audio|cable (input|output)|voicemeeter|virtual audio cable|blackhole|soundflower|"
    r"loopback audio|virtual (microphone|mic|source|input)|null output|krisp|noisetorch",
    re.IGNORECASE)
PULSE_VIRTUAL_DRIVERS = ("module-null-sink.c", "module-virtual-source.c", "module-pipe-source.c",
                         "module-remap-source.c", "module-virtual-sink.c")


def match_names(items: list[tuple[str, str]]) -> list[dict[str, str]]:
    """(kind, name) -> those whose name says they are virtual."""
    return [{"kind": kind, "name": name} for kind, name in items if VIRTUAL_NAMES.search(name)]


def linux_cameras(root: Path = Path("/")) -> list[tuple[str, str]]:
    base = root / "sys/class/video4linux"
    out = []
    for dev in sorted(base.iterdir()) if base.is_dir() else []:
        try:
            out.append(("camera", (dev / "name").read_text().strip()))
        except OSError:
            continue
    return out


def pulse_virtual_sources(sources: list[dict[str, Any]], default: str) -> list[dict[str, str]]:
    """Evaluate `pactl -f json list sources` and the default source name."""
    out = []
    for src in sources:
        name = str(src.get("name", ""))
        desc = str(src.get("description", ""))
        driver = str(src.get("driver", ""))
        monitor_of = src.get("monitor_source") or ""
        is_monitor = name.endswith(".monitor") or bool(src.get("monitor_of_sink")
                                                       not in (None, "", "n/a"))
        reason = ""
        if driver in PULSE_VIRTUAL_DRIVERS and not is_monitor:
            reason = messages.DEVICE_DRIVER.format(driver=driver)
        elif name == default and is_monitor:
            reason = messages.DEVICE_MONITOR_MIC
        elif not is_monitor and VIRTUAL_NAMES.search(desc):
            reason = messages.DEVICE_NAME
        if reason:
            out.append({"kind": "microphone", "name": desc or name, "source": name,
                        "driver": driver, "reason": reason, "monitor": str(monitor_of)})
    return out


def linux_microphones() -> list[dict[str, str]]:
    try:
        listing = subprocess.run(["pactl", "-f", "json", "list", "sources"], capture_output=True,
                                 text=True, timeout=5, check=False)
        default = subprocess.run(["pactl", "get-default-source"], capture_output=True,
                                 text=True, timeout=5, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    if listing.returncode != 0:
        return []
    try:
        sources = json.loads(listing.stdout)
    except json.JSONDecodeError:
        return []
    found = pulse_virtual_sources(sources if isinstance(sources, list) else [],
                                  default.stdout.strip())
    try:
        cards = Path("/proc/asound/cards").read_text()
    except OSError:
        cards = ""
    if "Loopback" in cards:
        found.append({"kind": "microphone", "name": "ALSA Loopback (snd-aloop)",
                      "reason": messages.DEVICE_ALSA_LOOPBACK})
    return found


DSHOW_VIDEO_INPUT = r"SOFTWARE\Classes\CLSID\{860BB310-5D01-11d0-BD3B-00A0C911CE86}\Instance"


# Device classes (Camera, Image) and the audio capture endpoints, all read from the registry:
# milliseconds, where PowerShell's CIM would take seconds to start on an old laptop.
_CLASS_KEY = r"SYSTEM\CurrentControlSet\Control\Class"
WINDOWS_DEVICE_CLASSES = (rf"{_CLASS_KEY}\{{ca3e7ab9-b4c3-4ae6-8251-579ef933890f}}",  # Camera
                          rf"{_CLASS_KEY}\{{6bdd1fc6-810f-11d0-bec7-08002be2e6b1}}")  # Image
WINDOWS_CAPTURE = r"SOFTWARE\Microsoft\Windows\CurrentVersion\MMDevices\Audio\Capture"
PKEY_FRIENDLY_NAME = "{a45c254e-df1c-4efd-8020-67d146a850e0},2"
PKEY_DEVICE_DESC = "{b3f8fa53-0004-438e-9003-51a46e139bfc},6"


def windows_devices() -> list[tuple[str, str]]:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import winreg

    def each(hive: int, path: str, sub: str, names: tuple[str, ...]) -> list[str]:
        found: list[str] = []
        try:
            key = winreg.OpenKey(hive, path)
        except OSError:
            return found
        with key:
            for i in range(512):
                try:
                    child = winreg.EnumKey(key, i)
                except OSError:
                    break
                try:
                    with winreg.OpenKey(key, f"{child}\\{sub}" if sub else child) as inst:
                        parts = []
                        for name in names:
                            try:
                                parts.append(str(winreg.QueryValueEx(inst, name)[0]))
                            except OSError:
                                continue
                        if parts:
                            found.append(" ".join(parts))
                except OSError:
                    continue
        return found

    out: list[tuple[str, str]] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        out += [("camera", n) for n in each(hive, DSHOW_VIDEO_INPUT, "", ("FriendlyName",))]
    for path in WINDOWS_DEVICE_CLASSES:
        out += [("camera", n) for n in each(winreg.HKEY_LOCAL_MACHINE, path, "",
                                            ("DriverDesc",))]
    out += [("audio", n) for n in each(winreg.HKEY_LOCAL_MACHINE, WINDOWS_CAPTURE, "Properties",
                                       (PKEY_FRIENDLY_NAME, PKEY_DEVICE_DESC))]
    return out


def macos_devices_from_json(text: str) -> list[tuple[str, str]]:
    """Names from `system_profiler SPCameraDataType SPAudioDataType -json`."""
    data = json.loads(text)
    out = [("camera", str(c.get("_name", ""))) for c in data.get("SPCameraDataType", [])]
    for group in data.get("SPAudioDataType", []):
        for item in group.get("_items", []):
            out.append(("audio", str(item.get("_name", ""))))
    return out


MACOS_PLUGIN_FOLDERS = (("camera", "Library/CoreMediaIO/Plug-Ins/DAL"),
                        ("audio", "Library/Audio/Plug-Ins/HAL"))


def macos_plugins(root: Path = Path("/")) -> list[tuple[str, str]]:
    """Installed camera (DAL) and audio (HAL) plug-ins: virtual devices ship as these
    (obs-mac-virtualcam.plugin, BlackHole2ch.driver, ...). A directory listing: instant."""
    out = []
    for kind, folder in MACOS_PLUGIN_FOLDERS:
        path = root / folder
        if path.is_dir():
            out += [(kind, p.stem) for p in sorted(path.iterdir())]
    return out


def macos_devices(quick: bool) -> list[tuple[str, str]]:
    out = macos_plugins()
    if quick:
        return out
    done = subprocess.run(["system_profiler", "SPCameraDataType", "SPAudioDataType", "-json"],
                          capture_output=True, text=True, timeout=20, check=False)
    return out + (macos_devices_from_json(done.stdout) if done.returncode == 0 else [])


def current_devices(quick: bool = False) -> list[dict[str, str]]:
    """`quick`: only what answers in milliseconds (for the 2-second snapshot)."""
    if sys.platform == "win32":
        return match_names(windows_devices())
    if sys.platform == "darwin":
        return match_names(macos_devices(quick))
    return match_names(linux_cameras()) + linux_microphones()


class DeviceWatcher(Watcher):
    name = "virtual_devices"

    def __init__(self, policy: Policy, quick: bool = False) -> None:
        super().__init__()
        self.policy = policy
        self.quick = quick
        self._known: set[str] = set()
        # Linux reads sysfs and asks pactl, Windows reads the registry (milliseconds); macOS
        # starts system_profiler (about a second of CPU on an old laptop): once a minute.
        self.interval = 60.0 if sys.platform == "darwin" else 10.0

    def poll(self) -> list[Finding]:
        if self.policy.virtual_devices == "allow":
            return []
        out = []
        for dev in current_devices(self.quick):
            key = f"{dev['kind']}:{dev['name']}"
            if key in self._known:
                continue
            self._known.add(key)
            what = (messages.DEVICE_CAMERA if dev["kind"] == "camera"
                    else messages.DEVICE_AUDIO)
            text, remedy = messages.VIRTUAL_DEVICE
            out.append(Finding("virtual_device", self.policy.virtual_devices,
                               text.format(what=what, name=dev["name"]), remedy, dev))
        return out
