"""Displays: how many, which were added or removed, and mirroring.

This module holds the platform-neutral part (the layout, what changed, the watcher); the back
ends are displays_x11 (RandR through python-xlib, verified here on Xvfb), displays_windows
(EnumDisplayMonitors / EnumDisplayDevices through ctypes) and displays_macos (CoreGraphics' online
display list; system_profiler's JSON for reports), whose logic is tested on recorded outputs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher


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


def current_layout(source: Any) -> Layout | None:
    """This platform's layout; `source` is the X11 connection on Linux (None elsewhere)."""
    if sys.platform == "win32":
        from agent.watchers.displays_windows import windows_layout
        return windows_layout()
    if sys.platform == "darwin":
        from agent.platform_macos import online_displays
        from agent.watchers.displays_macos import macos_layout_from_cg
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
        self._x: Any = None  # displays_x11.X11Displays on Linux
        self._x_problem = ""
        if sys.platform.startswith("linux"):
            from agent.watchers.displays_x11 import X11Displays
            try:
                self._x = X11Displays()
            except Exception as exc:  # no X server: said once by start()/the snapshot
                self._x_problem = str(exc)

    def start(self, emit: Emit) -> None:
        super().start(emit)
        self.check_available()

    def check_available(self) -> None:
        """Raise (so the runner or snapshot reports 'cannot be checked') without an X display."""
        if self._x_problem and self.policy.extra_displays != "allow":
            raise RuntimeError(self._x_problem)

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
