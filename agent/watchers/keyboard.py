"""Keyboard: shortcuts that leave the exam, reported (and suppressed where the OS allows), and key
events injected by software.

This module holds the platform-neutral part (which shortcuts leave the exam, the tracker that turns
key events into findings, the watcher); the back ends are keyboard_x11 (XInput 2 raw events,
verified here on Xvfb with xdotool) and keyboard_hooks (Windows low-level hook and macOS event tap
through pynput, logic tested here).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher

MODIFIERS = {
    "alt_l": "alt", "alt_r": "alt", "meta_l": "alt", "meta_r": "alt", "iso_level3_shift": "altgr",
    "control_l": "ctrl", "control_r": "ctrl", "shift_l": "shift", "shift_r": "shift",
    "super_l": "super", "super_r": "super", "hyper_l": "super", "hyper_r": "super",
    # pynput names (Windows/macOS)
    "alt": "alt", "alt_gr": "altgr", "ctrl": "ctrl", "ctrl_l": "ctrl", "ctrl_r": "ctrl",
    "shift": "shift", "cmd": "super", "cmd_l": "super", "cmd_r": "super",
}
KEY_ALIASES = {"escape": "esc", "print": "printscreen", "print_screen": "printscreen",
               "sys_req": "printscreen", "iso_left_tab": "tab", "return": "enter",
               "menu": "apps", "f4": "f4", "delete": "delete", "space": "space"}
ORDER = ("ctrl", "alt", "shift", "super")


def combo_name(mods: Iterable[str], key: str) -> str:
    names = {"super": "Super/Win/Cmd", "ctrl": "Ctrl", "alt": "Alt", "shift": "Shift"}
    held = [names[m] for m in ORDER if m in set(mods)]
    label = {"printscreen": "PrintScreen", "esc": "Esc", "tab": "Tab", "space": "Space",
             "apps": "Menu", "delete": "Delete"}.get(key, key.upper() if len(key) == 1 else
                                                    key.capitalize())
    return "+".join([*held, label])


def leaves_exam(mods: set[str], key: str) -> bool:
    """Is this key press (with these modifiers held) a shortcut that leaves or captures the exam?

    Alt+Tab / Alt+Esc / Alt+F4 / Alt+Space, Ctrl+Esc, Ctrl+Alt+Delete, any Super (Win, Cmd)
    shortcut and the Super key itself, PrintScreen and the Menu key, macOS screenshots
    (Cmd+Shift+3/4/5) and Cmd+Tab / Cmd+Space (as Super+...).
    """
    if key in ("printscreen", "apps"):
        return True
    if key == "super" or "super" in mods:
        return True
    if "alt" in mods and key in ("tab", "esc", "f4", "space"):
        return True
    if "ctrl" in mods and key == "esc":
        return True
    return {"ctrl", "alt"} <= mods and key == "delete"


def normalise_key(name: str) -> str:
    low = name.lower()
    if low in MODIFIERS:
        return MODIFIERS[low]
    return KEY_ALIASES.get(low, low)


class Tracker:
    """Turns key down/up events into shortcut and synthetic findings (platform neutral)."""

    SYNTHETIC_REPORT_SECONDS = 5.0

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.held: set[str] = set()
        self._synthetic_count = 0
        self._synthetic_last = -1e9

    def key(self, name: str, down: bool, synthetic: bool, detail: dict[str, Any],
            suppressed: bool = False) -> list[Finding]:
        key = normalise_key(name)
        out: list[Finding] = []
        if synthetic and self.policy.synthetic_input != "allow":
            out += self._synthetic(key, detail)
        if key in ("alt", "ctrl", "shift", "altgr"):
            (self.held.add if down else self.held.discard)(key)
            return out
        if key == "super":
            (self.held.add if down else self.held.discard)(key)
        if not down or self.policy.shortcuts == "allow":
            return out
        mods = self.held - {key}
        if leaves_exam(mods, key):
            combo = (combo_name(mods | {"super"}, "").rstrip("+") if key == "super"
                     else combo_name(mods, key))
            text = messages.SHORTCUT_BLOCKED if suppressed else messages.SHORTCUT
            out.append(Finding("shortcut", self.policy.shortcuts, text.format(combo=combo), "",
                               {"combo": combo, "synthetic": synthetic,
                                "suppressed": suppressed, **detail}))
        return out

    def _synthetic(self, key: str, detail: dict[str, Any]) -> list[Finding]:
        self._synthetic_count += 1
        now = time.monotonic()
        if now - self._synthetic_last < self.SYNTHETIC_REPORT_SECONDS:
            return []
        self._synthetic_last = now
        count, self._synthetic_count = self._synthetic_count, 0
        text, remedy = messages.SYNTHETIC
        return [Finding("synthetic_input", self.policy.synthetic_input,
                        text.format(detail=detail.get("source", "injected")), remedy,
                        {"key": key, "events_since_last_report": count, **detail})]

    def should_suppress(self, name: str) -> bool:
        """For back ends that can: suppress a shortcut the policy blocks."""
        key = normalise_key(name)
        return self.policy.shortcuts == "block" and key not in ("alt", "ctrl", "shift") and \
            leaves_exam(self.held - {key}, key)


class KeyboardWatcher(Watcher):
    name = "keyboard"
    interval = None

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self.backend: Any = None  # X11Keyboard or PynputKeyboard: both offer stop()

    def start(self, emit: Emit) -> None:
        super().start(emit)
        if self.policy.shortcuts == "allow" and self.policy.synthetic_input == "allow":
            return
        tracker = Tracker(self.policy)
        if sys.platform in ("win32", "darwin"):
            from agent.watchers.keyboard_hooks import PynputKeyboard
            self.backend = PynputKeyboard(tracker, emit)
        else:
            from agent.watchers.keyboard_x11 import X11Keyboard
            self.backend = X11Keyboard(tracker, emit)

    def stop(self) -> None:
        if self.backend:
            self.backend.stop()
