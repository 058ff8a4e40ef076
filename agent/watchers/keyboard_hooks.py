"""The keyboard on Windows and macOS, through pynput's raw filters: a low-level keyboard hook on
Windows (LLKHF_INJECTED marks injected keys; a blocked shortcut is suppressed) and a Quartz event
tap on macOS (needs the Accessibility permission; events whose source state is not the HID system
were posted by software; a blocked shortcut is dropped). The message decoding is pure and tested
here; the hooks themselves run only on those systems.
"""

from __future__ import annotations

import sys
from typing import Any

from agent.watchers.base import Emit
from agent.watchers.keyboard import Tracker

WM_KEYDOWN, WM_KEYUP, WM_SYSKEYDOWN, WM_SYSKEYUP = 0x100, 0x101, 0x104, 0x105
LLKHF_INJECTED = 0x10
CG_KEY_DOWN, CG_KEY_UP, CG_FLAGS_CHANGED = 10, 11, 12
CG_SOURCE_STATE_HID = 1
CG_FLAG_FOR = {"shift": 0x20000, "ctrl": 0x40000, "alt": 0x80000, "cmd": 0x100000}


def win32_key(msg: int, vk: int, flags: int) -> tuple[str, bool, bool] | None:
    """(key name, down, injected) of a low-level keyboard hook message, None if not a key."""
    if msg in (WM_KEYDOWN, WM_SYSKEYDOWN):
        down = True
    elif msg in (WM_KEYUP, WM_SYSKEYUP):
        down = False
    else:
        return None
    return _vk_name(vk), down, bool(flags & LLKHF_INJECTED)


def mac_key(event_type: int, keycode: int, flags: int,
            source_state: int) -> tuple[str, bool, bool] | None:
    """(key name, down, synthetic) of a Quartz keyboard event. Modifier keys arrive as
    FlagsChanged: down when their flag bit is now set. An event not from the HID system state
    was posted by software."""
    name = _mac_key_name(keycode)
    if event_type == CG_FLAGS_CHANGED:
        bit = CG_FLAG_FOR.get(name.split("_")[0])
        if bit is None:
            return None
        down = bool(flags & bit)
    elif event_type in (CG_KEY_DOWN, CG_KEY_UP):
        down = event_type == CG_KEY_DOWN
    else:
        return None
    return name, down, source_state != CG_SOURCE_STATE_HID


class PynputKeyboard:
    """Windows (low-level hook) and macOS (event tap) through pynput's raw filters: they see the
    injected flag and can drop an event, which pynput's own key callbacks cannot."""

    def __init__(self, tracker: Tracker, emit: Emit) -> None:
        from pynput import keyboard
        self.tracker, self.emit = tracker, emit
        options: dict[str, Any] = {}
        if sys.platform == "win32":
            options["win32_event_filter"] = self._win32_filter
        elif sys.platform == "darwin":
            options["darwin_intercept"] = self._darwin_intercept
        self.listener = keyboard.Listener(**options)
        self.listener.start()
        self.listener.wait()
        if sys.platform == "darwin" and not getattr(self.listener, "IS_TRUSTED", True):
            self.listener.stop()
            raise RuntimeError("macOS has not given Invigilo the Accessibility permission")

    def _see(self, key: tuple[str, bool, bool] | None) -> bool:
        """Track one key event; True when it must be suppressed."""
        if key is None:
            return False
        name, down, synthetic = key
        suppress = down and self.tracker.should_suppress(name)
        detail = {"source": "injected" if synthetic else "keyboard", "platform": sys.platform}
        for finding in self.tracker.key(name, down, synthetic, detail, suppress):
            self.emit(finding)
        return suppress

    def _win32_filter(self, msg: int, data: Any) -> bool:
        if self._see(win32_key(msg, int(data.vkCode), int(data.flags))):
            self.listener.suppress_event()  # raises inside pynput: the key goes nowhere
        return False  # pynput's own callbacks are not used

    def _darwin_intercept(self, event_type: Any, event: Any) -> Any:
        import Quartz  # pynput's own dependency on macOS
        key = mac_key(int(event_type),
                      int(Quartz.CGEventGetIntegerValueField(event,
                                                             Quartz.kCGKeyboardEventKeycode)),
                      int(Quartz.CGEventGetFlags(event)),
                      int(Quartz.CGEventGetIntegerValueField(event,
                                                             Quartz.kCGEventSourceStateID)))
        return None if self._see(key) else event

    def stop(self) -> None:
        self.listener.stop()


_VK = {0x09: "tab", 0x1B: "esc", 0x2C: "printscreen", 0x5B: "super_l", 0x5C: "super_r",
       0x5D: "apps", 0x12: "alt", 0xA4: "alt_l", 0xA5: "alt_r", 0x11: "ctrl", 0xA2: "ctrl_l",
       0xA3: "ctrl_r", 0x10: "shift", 0xA0: "shift_l", 0xA1: "shift_r", 0x73: "f4",
       0x2E: "delete", 0x20: "space"}


def _vk_name(vk: int) -> str:
    """Windows virtual-key code -> our key name (letters and digits map to themselves)."""
    if 0x30 <= vk <= 0x39 or 0x41 <= vk <= 0x5A:
        return chr(vk).lower()
    return _VK.get(vk, f"vk{vk}")


_MAC = {48: "tab", 53: "esc", 55: "cmd_l", 54: "cmd_r", 58: "alt_l", 61: "alt_r", 59: "ctrl_l",
        62: "ctrl_r", 56: "shift_l", 60: "shift_r", 49: "space", 20: "3", 21: "4", 23: "5",
        118: "f4", 117: "delete"}


def _mac_key_name(code: int) -> str:
    return _MAC.get(code, f"key{code}")
