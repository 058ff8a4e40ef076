"""Keyboard: shortcuts that leave the exam, reported (and suppressed where the OS allows), and key
events injected by software.

Linux/X11: XInput 2.2 raw key events on the root window, which every client may receive whatever
window has focus. Each event names its source device; the X server's "Virtual core XTEST keyboard"
is where XTEST-injected keys (xdotool, remote-control tools, macro tools) come from, so those are
flagged as synthetic. XRecord, which pynput uses on X11, does not tell this apart. Not possible on
X11: suppressing a shortcut — the window manager holds those grabs, and grabbing the whole keyboard
would take it from the exam too — so here shortcuts are reported only. XSendEvent-forged events
go to one window and never reach raw events; those are out of sight (stated in docs/LOCKDOWN.md).
Windows: a low-level keyboard hook (pynput's win32_event_filter): LLKHF_INJECTED marks injected
keys, and a blocked shortcut is suppressed. macOS: a Quartz event tap (pynput's darwin_intercept;
needs the Accessibility permission): events whose source state is not the HID system are
synthetic; a blocked shortcut is dropped. Verified here: X11 on Xvfb with xdotool.
"""

from __future__ import annotations

import select
import sys
import threading
import time
from collections.abc import Iterable
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher, watch_problem

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


class X11Keyboard:
    """XInput 2.2 raw key events; the XTEST source device marks injected keys."""

    def __init__(self, tracker: Tracker, emit: Emit, display_name: str | None = None) -> None:
        from Xlib.ext import xinput
        from Xlib.protocol import rq

        from agent.x11 import open_display
        self.tracker, self.emit = tracker, emit
        self.d = open_display(display_name)
        if not self.d.has_extension(xinput.extname):
            raise RuntimeError("the X server has no XInput extension")
        opcode = self.d.display.get_extension_major(xinput.extname)
        version = xinput.XIQueryVersion(display=self.d.display, opcode=opcode, major_version=2,
                                        minor_version=2)
        if (version.major_version, version.minor_version) < (2, 1):
            raise RuntimeError("the X server's XInput is older than 2.1 (no raw events)")
        raw = rq.Struct(xinput.DEVICEID("deviceid"), rq.Card32("time"), rq.Card32("detail"),
                        xinput.DEVICEID("sourceid"), rq.Card16("valuators_len"),
                        rq.Card32("flags"), rq.Pad(4))
        for evtype in (xinput.RawKeyPress, xinput.RawKeyRelease):
            self.d.ge_add_event_data(opcode, evtype, raw)
        self.opcode = opcode
        self.press, self.release = xinput.RawKeyPress, xinput.RawKeyRelease
        self.devices = {dev.deviceid: str(dev.name)
                        for dev in self.d.xinput_query_device(xinput.AllDevices).devices}
        self.xtest = {i for i, n in self.devices.items() if "XTEST" in n.upper()}
        from Xlib import XK
        # keysym -> its name (Tab, Alt_L, Print...); the first name wins for aliases.
        self.keysym_names: dict[int, str] = {}
        for attr, value in sorted(vars(XK).items()):
            if attr.startswith("XK_") and isinstance(value, int):
                self.keysym_names.setdefault(value, attr[3:])
        self.d.screen().root.xinput_select_events(
            [(xinput.AllMasterDevices, xinput.RawKeyPressMask | xinput.RawKeyReleaseMask)])
        self.d.flush()
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="keyboard (X11)", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.d.fileno()], [], [], 0.25)
            if not ready and not self.d.pending_events():
                continue
            while self.d.pending_events():
                event = self.d.next_event()
                if getattr(event, "extension", None) != self.opcode or \
                        event.evtype not in (self.press, self.release):
                    continue
                data = event.data
                keysym = self.d.keycode_to_keysym(data.detail, 0)
                name = self.keysym_names.get(keysym, f"keycode {data.detail}")
                source = self.devices.get(data.sourceid, str(data.sourceid))
                synthetic = data.sourceid in self.xtest
                try:
                    for finding in self.tracker.key(
                            name, event.evtype == self.press, synthetic,
                            {"source": source, "platform": "x11"}):
                        self.emit(finding)
                except Exception as exc:  # one bad event must not end the watch
                    self.emit(watch_problem("keyboard", exc))

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(2)
        self.d.close()


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


class KeyboardWatcher(Watcher):
    name = "keyboard"
    interval = None

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self.backend: X11Keyboard | PynputKeyboard | None = None

    def start(self, emit: Emit) -> None:
        super().start(emit)
        if self.policy.shortcuts == "allow" and self.policy.synthetic_input == "allow":
            return
        tracker = Tracker(self.policy)
        if sys.platform in ("win32", "darwin"):
            self.backend = PynputKeyboard(tracker, emit)
        else:
            self.backend = X11Keyboard(tracker, emit)

    def stop(self) -> None:
        if self.backend:
            self.backend.stop()
