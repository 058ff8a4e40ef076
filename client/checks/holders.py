"""Which other program holds the camera or microphone, where the operating system tells.

- Linux: processes with /dev/video* (camera) or /dev/snd/pcm*c (capture) open, from /proc/*/fd.
  Sound and camera servers (PulseAudio, PipeWire) hold devices on everyone's behalf and are left
  out. Verified here.
- Windows: the privacy ConsentStore in the registry
  (HKCU\\...\\CapabilityAccessManager\\ConsentStore\\{webcam,microphone}); an app whose
  LastUsedTimeStop is 0 is using the device now, and a "Deny" value means Windows privacy
  settings block it. Read with `reg query /s`; the parser is tested here on text in reg.exe's
  documented output layout, not on output captured from a Windows machine.
- macOS: the system does not tell which app uses the camera or microphone, so we say so.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Device = Literal["camera", "microphone"]

SERVERS = {"pulseaudio", "pipewire", "wireplumber", "pipewire-pulse", "jackd", "jackdbg"}
LINUX_PATTERNS: dict[Device, re.Pattern[str]] = {
    "camera": re.compile(r"^/dev/video\d+$"),
    "microphone": re.compile(r"^/dev/snd/pcmC\d+D\d+c$"),
}
CONSENT_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
CONSENT_NAMES: dict[Device, str] = {"camera": "webcam", "microphone": "microphone"}

# Friendly names for executables people recognise, used in remedies ("Quit Zoom").
KNOWN_APPS = {
    "zoom": "Zoom", "teams": "Microsoft Teams", "ms-teams": "Microsoft Teams",
    "msteams": "Microsoft Teams", "skype": "Skype",
    "discord": "Discord", "obs": "OBS Studio", "obs64": "OBS Studio", "webex": "Webex",
    "ciscowebexstart": "Webex", "atmgr": "Webex", "slack": "Slack", "chrome": "Google Chrome",
    "firefox": "Firefox", "msedge": "Microsoft Edge", "facetime": "FaceTime", "cheese": "Cheese",
    "windowscamera": "Camera", "whatsapp": "WhatsApp", "telegram": "Telegram",
}


@dataclass(frozen=True)
class Holder:
    name: str               # what to tell the person: "Zoom"
    process: str = ""       # the executable or package as the OS reported it
    pid: int | None = None


@dataclass(frozen=True)
class HolderReport:
    supported: bool                       # False: this OS does not say
    holders: tuple[Holder, ...] = ()
    blocked_by_privacy: bool = False      # Windows privacy settings deny access
    note: str = ""


def friendly(executable: str) -> str:
    base = re.split(r"[\\/#]", executable)[-1]
    stem = re.sub(r"\.(exe|app)$", "", base, flags=re.IGNORECASE)
    family = re.fullmatch(r"(.+)_[a-z0-9]{13}", stem)  # packaged app: Name_publisherhash
    stem = family.group(1) if family else stem
    key = stem.lower().rsplit(".", 1)[-1]
    return KNOWN_APPS.get(key, KNOWN_APPS.get(stem.lower(), stem))


# ---- Linux ---------------------------------------------------------------------------------

def linux_holders(matches: re.Pattern[str] | str, proc: Path = Path("/proc"),
                  skip_pids: frozenset[int] = frozenset()) -> list[Holder]:
    """Processes with a file matching `matches` open (a regex, or one exact path)."""
    pattern = matches if isinstance(matches, re.Pattern) else re.compile(re.escape(matches) + "$")
    found: list[Holder] = []
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) in skip_pids or int(entry.name) == me:
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue  # gone, or another user's process
        if not any(_points_to(fd, pattern) for fd in fds):
            continue
        try:
            comm = (entry / "comm").read_text().strip()
        except OSError:
            comm = "?"
        if comm not in SERVERS:
            found.append(Holder(friendly(comm), comm, int(entry.name)))
    return found


def _points_to(fd: Path, pattern: re.Pattern[str]) -> bool:
    try:
        return bool(pattern.match(os.readlink(fd)))
    except OSError:
        return False


# ---- Windows -------------------------------------------------------------------------------

@dataclass
class ConsentEntry:
    key: str
    values: dict[str, str] = field(default_factory=dict)


def parse_reg_query(text: str) -> list[ConsentEntry]:
    """`reg query KEY /s` output: a key line (HKEY_...) followed by indented `name TYPE data`."""
    entries: list[ConsentEntry] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("HKEY_"):
            entries.append(ConsentEntry(line))
            continue
        parts = re.split(r"\s{2,}|\t", line.strip(), maxsplit=2)
        if entries and len(parts) >= 2 and parts[1].startswith("REG_"):
            entries[-1].values[parts[0]] = parts[2] if len(parts) > 2 else ""
    return entries


def _qword(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text, 16) if text.lower().startswith("0x") else int(text)
    except ValueError:
        return None


def consent_report(entries: list[ConsentEntry], capability: str) -> HolderReport:
    """Apps using the device now (stop time 0) and whether privacy settings deny it."""
    holders: list[Holder] = []
    blocked = False
    for entry in entries:
        tail = entry.key.split("\\ConsentStore\\", 1)[-1]
        parts = tail.split("\\")
        if not parts or parts[0].lower() != capability:
            continue
        app = parts[-1]
        switch = len(parts) == 1 or (len(parts) == 2 and parts[1].lower() == "nonpackaged")
        if switch and entry.values.get("Value", "").lower() == "deny":
            blocked = True  # "let apps access", or "let desktop apps access" (NonPackaged)
        start = _qword(entry.values.get("LastUsedTimeStart"))
        stop = _qword(entry.values.get("LastUsedTimeStop"))
        if stop == 0 and start:
            holders.append(Holder(friendly(app), app.replace("#", "\\")))
    return HolderReport(True, tuple(holders), blocked)


def _windows(device: Device) -> HolderReport:
    capability = CONSENT_NAMES[device]
    try:
        out = subprocess.run(["reg", "query", f"{CONSENT_KEY}\\{capability}", "/s"],
                             capture_output=True, text=True, errors="replace", timeout=5,
                             check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return HolderReport(False, note=str(exc))
    return consent_report(parse_reg_query(out.stdout), capability)


def report(device: Device) -> HolderReport:
    if sys.platform.startswith("linux"):
        return HolderReport(True, tuple(linux_holders(LINUX_PATTERNS[device])))
    if sys.platform == "win32":
        return _windows(device)
    return HolderReport(False, note="macOS does not tell which app uses the device")
