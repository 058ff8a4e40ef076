"""Virtual cameras and microphones (OBS Virtual Camera, v4l2loopback, VB-Audio Cable, ...).

A virtual camera can feed a pre-recorded video as the candidate's face; a virtual microphone can
replace the room's sound. Found by device names and drivers:
Linux: /sys/class/video4linux/*/name, PulseAudio sources (`pactl -f json list sources`: null-sink
and virtual-source drivers, and a default microphone that is a monitor of an output), ALSA's
snd-aloop. Windows: DirectShow video-input filters in the registry (OBS's camera is one, not a
PnP device) and PnP camera/audio endpoints. macOS: `system_profiler SPCameraDataType
SPAudioDataType -json` and CoreMediaIO DAL plug-ins. Verified here: Linux with a real PulseAudio
null sink; Windows/macOS name matching on recorded lists.
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


def windows_devices() -> list[tuple[str, str]]:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import winreg
    out: list[tuple[str, str]] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(hive, DSHOW_VIDEO_INPUT)
        except OSError:
            continue
        for i in range(256):
            try:
                sub = winreg.EnumKey(key, i)
                with winreg.OpenKey(key, sub) as inst:
                    out.append(("camera", str(winreg.QueryValueEx(inst, "FriendlyName")[0])))
            except OSError:
                break
    query = ("Get-CimInstance Win32_PnPEntity -Filter \"PNPClass='Camera' or PNPClass='Image' or "
             "PNPClass='AudioEndpoint' or PNPClass='MEDIA'\" | Select-Object -ExpandProperty Name "
             "| ConvertTo-Json -Compress")
    done = subprocess.run(["powershell", "-NoProfile", "-NonInteractive", "-Command", query],
                          capture_output=True, text=True, timeout=20, check=False)
    if done.returncode == 0 and done.stdout.strip():
        names = json.loads(done.stdout)
        out += [("device", str(n)) for n in (names if isinstance(names, list) else [names])]
    return out


def macos_devices_from_json(text: str) -> list[tuple[str, str]]:
    """Names from `system_profiler SPCameraDataType SPAudioDataType -json`."""
    data = json.loads(text)
    out = [("camera", str(c.get("_name", ""))) for c in data.get("SPCameraDataType", [])]
    for group in data.get("SPAudioDataType", []):
        for item in group.get("_items", []):
            out.append(("audio", str(item.get("_name", ""))))
    return out


def macos_devices() -> list[tuple[str, str]]:
    done = subprocess.run(["system_profiler", "SPCameraDataType", "SPAudioDataType", "-json"],
                          capture_output=True, text=True, timeout=20, check=False)
    out = macos_devices_from_json(done.stdout) if done.returncode == 0 else []
    for folder in (Path("/Library/CoreMediaIO/Plug-Ins/DAL"),):
        if folder.is_dir():
            out += [("camera", p.stem) for p in folder.iterdir()]
    return out


def current_devices() -> list[dict[str, str]]:
    if sys.platform == "win32":
        return match_names(windows_devices())
    if sys.platform == "darwin":
        return match_names(macos_devices())
    return match_names(linux_cameras()) + linux_microphones()


class DeviceWatcher(Watcher):
    name = "virtual_devices"

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._known: set[str] = set()
        # Linux reads sysfs and asks pactl (milliseconds); Windows and macOS start PowerShell or
        # system_profiler (about a second of CPU on an old laptop), so they look once a minute.
        self.interval = 10.0 if sys.platform.startswith("linux") else 60.0

    def poll(self) -> list[Finding]:
        if self.policy.virtual_devices == "allow":
            return []
        out = []
        for dev in current_devices():
            key = f"{dev['kind']}:{dev['name']}"
            if key in self._known:
                continue
            self._known.add(key)
            what = "camera" if dev["kind"] == "camera" else "microphone or audio device"
            text, remedy = messages.VIRTUAL_DEVICE
            out.append(Finding("virtual_device", self.policy.virtual_devices,
                               text.format(what=what, name=dev["name"]), remedy, dev))
        return out
