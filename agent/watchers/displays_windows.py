"""Displays on Windows: EnumDisplayMonitors for the monitors, EnumDisplayDevices for the outputs
attached to each adapter (a clone shows as one monitor with two attached outputs). Thin ctypes
calls; not run on Windows in this project's CI.
"""

from __future__ import annotations

import sys
from typing import Any

from agent.watchers.displays import Layout, Monitor


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
