"""Displays: how many, which were added or removed, and mirroring.

Linux/X11: RandR through python-xlib (no xrandr binary needed): the active monitors (RandR 1.5)
and the outputs driving them; two outputs on one CRTC, or two monitors with the same geometry,
are a mirror. Windows: EnumDisplayMonitors / EnumDisplayDevices through ctypes. macOS:
CoreGraphics' online display list through ctypes (CGDisplayMirrorsDisplay tells mirroring);
`system_profiler SPDisplaysDataType -json` is parsed too, for reports, but is too slow to poll.
Verified here: X11 on Xvfb (monitors added and removed with RandR requests); the macOS parsers on
a recorded output and on CoreGraphics-shaped rows.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Watcher


@dataclass(frozen=True)
class Monitor:
    name: str
    x: int
    y: int
    width: int
    height: int
    outputs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    monitors: tuple[Monitor, ...]
    mirrors: tuple[tuple[str, ...], ...] = ()


def mirrors_of(monitors: list[Monitor],
               crtc_outputs: dict[int, list[str]]) -> list[tuple[str, ...]]:
    groups = [tuple(sorted(names)) for names in crtc_outputs.values() if len(names) > 1]
    by_geometry: dict[tuple[int, int, int, int], list[str]] = {}
    for m in monitors:
        by_geometry.setdefault((m.x, m.y, m.width, m.height), []).append(m.name)
    groups += [tuple(sorted(n)) for n in by_geometry.values() if len(n) > 1]
    return sorted(set(groups))


class X11Displays:
    def __init__(self, display_name: str | None = None) -> None:
        from agent.x11 import open_display
        self.d = open_display(display_name)
        if not self.d.has_extension("RANDR"):
            raise RuntimeError("the X server has no RandR extension")
        self.root = self.d.screen().root

    def layout(self) -> Layout:
        monitors = []
        for mon in self.root.xrandr_get_monitors(is_active=True).monitors:
            outputs = tuple(self._output_name(o) for o in mon.crtcs)
            monitors.append(Monitor(self.d.get_atom_name(mon.name), mon.x, mon.y,
                                    mon.width_in_pixels, mon.height_in_pixels, outputs))
        crtcs: dict[int, list[str]] = {}
        res = self.root.xrandr_get_screen_resources_current()
        for out in res.outputs:
            info = self.d.xrandr_get_output_info(out, res.config_timestamp)
            if info.connection == 0 and info.crtc:
                crtcs.setdefault(info.crtc, []).append(info.name)
        return Layout(tuple(monitors), tuple(mirrors_of(monitors, crtcs)))

    def _output_name(self, output: int) -> str:
        try:
            return str(self.d.xrandr_get_output_info(output, 0).name)
        except Exception:
            return str(output)

    def close(self) -> None:
        self.d.close()


def macos_layout_from_json(text: str) -> Layout:
    """Parse `system_profiler SPDisplaysDataType -json`."""
    monitors: list[Monitor] = []
    mirrored: list[str] = []
    for gpu in json.loads(text).get("SPDisplaysDataType", []):
        for screen in gpu.get("spdisplays_ndrvs", []):
            name = str(screen.get("_name", "display"))
            pixels = str(screen.get("_spdisplays_pixels") or screen.get("_spdisplays_resolution")
                         or "")
            width, height = _size(pixels)
            monitors.append(Monitor(name, 0, 0, width, height))
            if screen.get("spdisplays_mirror") == "spdisplays_on":
                mirrored.append(name)
    return Layout(tuple(monitors), (tuple(mirrored),) if len(mirrored) > 1 else ())


def macos_layout_from_cg(rows: list[dict[str, Any]]) -> Layout:
    """Rows from CoreGraphics' online display list (agent.platform_macos.online_displays)."""
    def name(row: dict[str, Any]) -> str:
        return "built-in display" if row.get("builtin") else f"display {row['id']}"

    by_id = {row["id"]: name(row) for row in rows}
    monitors = tuple(Monitor(name(r), r["x"], r["y"], r["width"], r["height"]) for r in rows)
    groups: dict[int, set[str]] = {}
    for row in rows:
        if row.get("mirrors"):
            groups.setdefault(row["mirrors"], {by_id.get(row["mirrors"], str(row["mirrors"]))})
            groups[row["mirrors"]].add(name(row))
    return Layout(monitors, tuple(sorted(tuple(sorted(g)) for g in groups.values())))


def _size(text: str) -> tuple[int, int]:
    parts = text.replace("x", " ").split()
    nums = [int(p) for p in parts if p.isdigit()]
    return (nums[0], nums[1]) if len(nums) >= 2 else (0, 0)


def windows_layout() -> Layout:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import ctypes
    from ctypes import wintypes
    monitors: list[Monitor] = []

    class MONITORINFOEXW(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.DWORD), ("rcMonitor", wintypes.RECT),
                    ("rcWork", wintypes.RECT), ("dwFlags", wintypes.DWORD),
                    ("szDevice", wintypes.WCHAR * 32)]

    user32 = ctypes.windll.user32
    proc_type = ctypes.WINFUNCTYPE(ctypes.c_int, wintypes.HMONITOR, wintypes.HDC,
                                   ctypes.POINTER(wintypes.RECT), wintypes.LPARAM)

    def each(hmon: Any, _hdc: Any, _rect: Any, _data: Any) -> int:
        info = MONITORINFOEXW()
        info.cbSize = ctypes.sizeof(info)
        user32.GetMonitorInfoW(hmon, ctypes.byref(info))
        r = info.rcMonitor
        monitors.append(Monitor(info.szDevice, r.left, r.top, r.right - r.left, r.bottom - r.top))
        return 1

    user32.EnumDisplayMonitors(None, None, proc_type(each), 0)
    # Windows shows a cloned (mirrored) display as one monitor; EnumDisplayDevices lists the
    # attached adapters' outputs, so more attached outputs than monitors means a clone.
    attached = _windows_attached_outputs()
    mirrors: tuple[tuple[str, ...], ...] = ()
    if len(attached) > len(monitors):
        mirrors = (tuple(attached),)
    return Layout(tuple(monitors), mirrors)


def _windows_attached_outputs() -> list[str]:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import ctypes
    from ctypes import wintypes

    class DISPLAY_DEVICEW(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("DeviceName", wintypes.WCHAR * 32),
                    ("DeviceString", wintypes.WCHAR * 128), ("StateFlags", wintypes.DWORD),
                    ("DeviceID", wintypes.WCHAR * 128), ("DeviceKey", wintypes.WCHAR * 128)]

    user32 = ctypes.windll.user32
    names = []
    i = 0
    while True:
        adapter = DISPLAY_DEVICEW()
        adapter.cb = ctypes.sizeof(adapter)
        if not user32.EnumDisplayDevicesW(None, i, ctypes.byref(adapter), 0):
            break
        i += 1
        j = 0
        while True:
            mon = DISPLAY_DEVICEW()
            mon.cb = ctypes.sizeof(mon)
            if not user32.EnumDisplayDevicesW(adapter.DeviceName, j, ctypes.byref(mon), 0):
                break
            j += 1
            if mon.StateFlags & 0x1:  # DISPLAY_DEVICE_ACTIVE
                names.append(f"{adapter.DeviceName}:{mon.DeviceString}")
    return names


def current_layout(source: X11Displays | None) -> Layout | None:
    if sys.platform == "win32":
        return windows_layout()
    if sys.platform == "darwin":
        from agent.platform_macos import online_displays
        return macos_layout_from_cg(online_displays())
    return source.layout() if source else None


def compare(before: Layout | None, now: Layout, policy: Policy) -> list[Finding]:
    """Findings for a new layout: too many displays, mirroring, additions and removals."""
    out: list[Finding] = []
    count = len(now.monitors)
    names = [m.name for m in now.monitors]
    evidence: dict[str, Any] = {"count": count, "allowed": policy.max_displays,
                                "monitors": [m.__dict__ for m in now.monitors]}
    old_names = {m.name for m in before.monitors} if before else set()
    if before is not None:
        for name in sorted(set(names) - old_names):
            out.append(Finding("display_change", "flag", messages.DISPLAY_ADDED.format(name=name),
                               "", {**evidence, "added": name}))
        for name in sorted(old_names - set(names)):
            out.append(Finding("display_change", "flag",
                               messages.DISPLAY_REMOVED.format(name=name), "",
                               {**evidence, "removed": name}))
    too_many = count > policy.max_displays
    if too_many and (before is None or len(before.monitors) <= policy.max_displays
                     or set(names) != old_names):
        text, remedy = messages.DISPLAYS
        out.append(Finding("extra_display", policy.extra_displays,
                           text.format(count=count, allowed=policy.max_displays), remedy, evidence))
    for group in now.mirrors:
        if before is None or group not in before.mirrors:
            text, remedy = messages.MIRRORED
            out.append(Finding("extra_display", policy.extra_displays,
                               text.format(outputs=", ".join(group)), remedy,
                               {**evidence, "mirrored": list(group)}))
    return out


class DisplayWatcher(Watcher):
    name = "displays"
    interval = 1.0

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._last: Layout | None = None
        self._x: X11Displays | None = None
        if sys.platform.startswith("linux"):
            try:
                self._x = X11Displays()
            except Exception:
                self._x = None

    def poll(self) -> list[Finding]:
        if self.policy.extra_displays == "allow":
            return []
        try:
            now = current_layout(self._x)
        except Exception:
            return []
        if now is None:
            return []
        found = compare(self._last, now, self.policy)
        self._last = now
        return found

    def stop(self) -> None:
        if self._x:
            self._x.close()
