"""Focus: the exam window lost focus, and to which app.

The exam window belongs to the client process (its pid is given to the agent when it connects).
Linux/X11: the window manager's _NET_ACTIVE_WINDOW on the root window (EWMH), watched with
PropertyNotify events, no polling; the active window's process through X-Resource or _NET_WM_PID.
Without an EWMH window manager (a bare X server) nothing is published and nothing is reported.
Windows: GetForegroundWindow + GetWindowThreadProcessId, polled every 250 ms. macOS: NSWorkspace's
frontmostApplication, polled every 500 ms. Verified here: X11 on Xvfb, with the active-window
property set the way a window manager sets it.
"""

from __future__ import annotations

import sys
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher, watch_problem
from agent.x11 import EventPump


class FocusState:
    """Platform neutral: (pid, app) of the active window -> findings."""

    def __init__(self, policy: Policy, exam_pids: set[int]) -> None:
        self.policy = policy
        self.exam_pids = exam_pids
        self.away: tuple[int, str] | None = None

    def active(self, pid: int | None, app: str, detail: dict[str, Any]) -> list[Finding]:
        if not pid or not self.exam_pids:
            return []
        if pid in self.exam_pids:
            if self.away is None:
                return []
            self.away = None
            return [Finding("focus_lost", "allow", messages.FOCUS_BACK, "",
                            {"event": "returned", **detail})]
        if self.away == (pid, app):
            return []
        self.away = (pid, app)
        name = app or f"process {pid}"
        return [Finding("focus_lost", self.policy.focus, messages.FOCUS_LOST.format(app=name), "",
                        {"event": "lost", "to_pid": pid, "to_app": name, **detail})]


class X11Focus:
    def __init__(self, state: FocusState, emit: Emit, display_name: str | None = None) -> None:
        from Xlib import X

        from agent.x11 import open_display
        self.state, self.emit = state, emit
        self.d = open_display(display_name)
        self.root = self.d.screen().root
        self.atom = self.d.intern_atom("_NET_ACTIVE_WINDOW")
        self.root.change_attributes(event_mask=X.PropertyChangeMask)
        self.d.flush()
        self._changed = True  # read the active window once at the start
        self.pump = EventPump(self.d, "focus (X11)", self._event,
                              lambda exc: self.emit(watch_problem("focus", exc)),
                              on_batch=self._check_if_changed)

    def _event(self, event: Any) -> None:
        from Xlib import X
        if event.type == X.PropertyNotify and event.atom == self.atom:
            self._changed = True

    def _check_if_changed(self) -> None:
        if self._changed:
            self._changed = False
            self._check()

    def _check(self) -> None:
        from agent.procinfo import process_name
        from agent.x11 import window_class, window_pid
        prop = self.root.get_full_property(self.atom, 0)
        window = int(prop.value[0]) if prop is not None and len(prop.value) else 0
        if not window:
            return
        pid = window_pid(self.d, window)
        app = process_name(pid) or window_class(self.d, window)
        for finding in self.state.active(pid, app, {"window": hex(window), "platform": "x11"}):
            self.emit(finding)

    def stop(self) -> None:
        self.pump.stop()
        self.d.close()


def foreground() -> tuple[int, str]:
    """(pid, app) of the foreground window on Windows or the frontmost app on macOS."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        from agent.procinfo import process_name
        user32 = ctypes.windll.user32
        pid = wintypes.DWORD(0)
        user32.GetWindowThreadProcessId(user32.GetForegroundWindow(), ctypes.byref(pid))
        return int(pid.value), process_name(int(pid.value))
    from agent.platform_macos import frontmost_app
    return frontmost_app()


class FocusWatcher(Watcher):
    name = "focus"
    interval = None

    def __init__(self, policy: Policy, exam_pid: int | None) -> None:
        super().__init__()
        self.policy = policy
        self.state = FocusState(policy, {exam_pid} if exam_pid else set())
        self.x11: X11Focus | None = None

    def start(self, emit: Emit) -> None:
        super().start(emit)
        if self.policy.focus == "allow" or not self.state.exam_pids:
            return
        if sys.platform == "win32":
            self.interval = 0.25
        elif sys.platform == "darwin":
            self.interval = 0.5
        else:
            self.x11 = X11Focus(self.state, emit)

    def poll(self) -> list[Finding]:
        pid, app = foreground()
        return self.state.active(pid, app, {"platform": sys.platform})

    def stop(self) -> None:
        if self.x11:
            self.x11.stop()
