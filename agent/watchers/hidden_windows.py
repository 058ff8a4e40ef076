"""Windows that hide themselves from screen capture: the trick of "invisible" AI overlays.

Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE or WDA_MONITOR) makes a window absent
or black in captures; we enumerate top-level visible windows and ask GetWindowDisplayAffinity.
macOS: NSWindow.sharingType = .none shows as kCGWindowSharingState == 0 in
CGWindowListCopyWindowInfo. X11: not applicable: the X server has no capture exclusion, every
mapped window is in a capture of the root window, so there is nothing to detect.
Verified here: the selection logic on recorded window lists; the ctypes calls were written
against the documented APIs and are not exercised on this project's Linux CI.
"""

from __future__ import annotations

import sys
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Watcher

WDA_NONE = 0
WDA_MONITOR = 1
WDA_EXCLUDEFROMCAPTURE = 0x11


def hidden_from_windows_list(windows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Windows rows: {hwnd, pid, title, affinity, visible}."""
    return [w for w in windows if w.get("visible", True)
            and int(w.get("affinity", 0)) in (WDA_MONITOR, WDA_EXCLUDEFROMCAPTURE)]


def hidden_from_macos_list(windows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """CGWindowListCopyWindowInfo rows (keys as Apple names them). System processes that are
    never recorded by design (the screen-saver, the login window) are skipped."""
    system = {"WindowServer", "loginwindow", "screencaptureui", "Window Server"}
    out = []
    for w in windows:
        if int(w.get("kCGWindowSharingState", 1)) != 0:
            continue
        if w.get("kCGWindowOwnerName") in system or not w.get("kCGWindowIsOnscreen", True):
            continue
        bounds = w.get("kCGWindowBounds") or {}
        if float(bounds.get("Width", 1)) < 2 or float(bounds.get("Height", 1)) < 2:
            continue
        out.append(w)
    return out


def windows_rows() -> list[dict[str, Any]]:
    if sys.platform != "win32":
        raise OSError("this back end runs on Windows only")
    import ctypes
    from ctypes import wintypes
    user32 = ctypes.windll.user32
    rows: list[dict[str, Any]] = []
    proc = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

    def each(hwnd: Any, _lparam: Any) -> bool:
        if not user32.IsWindowVisible(hwnd):
            return True
        affinity = wintypes.DWORD(0)
        if not user32.GetWindowDisplayAffinity(hwnd, ctypes.byref(affinity)):
            return True
        pid = wintypes.DWORD(0)
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        title = ctypes.create_unicode_buffer(256)
        user32.GetWindowTextW(hwnd, title, 256)
        rows.append({"hwnd": int(hwnd or 0), "pid": int(pid.value), "title": title.value,
                     "affinity": int(affinity.value), "visible": True})
        return True

    user32.EnumWindows(proc(each), 0)
    return rows


def macos_rows() -> list[dict[str, Any]]:
    from agent.platform_macos import cg_window_list
    return cg_window_list()


def current_hidden() -> list[dict[str, Any]]:
    if sys.platform == "win32":
        return hidden_from_windows_list(windows_rows())
    if sys.platform == "darwin":
        return hidden_from_macos_list(macos_rows())
    return []


def owner_of(row: dict[str, Any]) -> str:
    if "kCGWindowOwnerName" in row:
        return str(row["kCGWindowOwnerName"])
    pid = row.get("pid")
    try:
        import psutil
        return str(psutil.Process(int(pid or 0)).name())
    except Exception:
        return f"process {pid}"


class HiddenWindowWatcher(Watcher):
    name = "capture_hidden_windows"
    interval: float | None = 2.0

    def __init__(self, policy: Policy, own_pids: set[int] | None = None) -> None:
        super().__init__()
        self.policy = policy
        self.own = own_pids or set()
        self._known: set[tuple[Any, ...]] = set()
        if not (sys.platform == "win32" or sys.platform == "darwin"):
            self.interval = None  # X11/Wayland: not applicable (see module docstring)

    def poll(self) -> list[Finding]:
        if self.policy.capture_hidden_windows == "allow":
            return []
        out = []
        for row in current_hidden():
            pid = row.get("pid", row.get("kCGWindowOwnerPID"))
            if pid in self.own:
                continue
            key = (pid, row.get("hwnd", row.get("kCGWindowNumber")))
            if key in self._known:
                continue
            self._known.add(key)
            owner = owner_of(row)
            text, remedy = messages.HIDDEN_WINDOW
            out.append(Finding("capture_hidden_window", self.policy.capture_hidden_windows,
                               text.format(owner=owner), remedy.format(owner=owner),
                               {"owner": owner, **{k: v for k, v in row.items()
                                                   if isinstance(v, str | int | float)}}))
        return out
