"""The keyboard on X11: XInput 2.2 raw key events on the root window, which every client may
receive whatever window has focus. Each event names its source device; the X server's "Virtual
core XTEST keyboard" is where XTEST-injected keys (xdotool, remote-control and macro tools) come
from, so those are flagged as synthetic; XRecord, which pynput uses on X11, cannot tell this apart.
Not possible on X11: suppressing a shortcut (the window manager holds those grabs, and grabbing
the whole keyboard would take it from the exam too), so shortcuts are reported only; events forged
with XSendEvent go to one window and never reach raw events. Verified here on Xvfb with xdotool.
"""

from __future__ import annotations

from typing import Any

from agent.watchers.base import Emit, watch_problem
from agent.watchers.keyboard import Tracker
from agent.x11 import EventPump


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
        self.pump = EventPump(self.d, "keyboard (X11)", self._event,
                              lambda exc: self.emit(watch_problem("keyboard", exc)))

    def _event(self, event: Any) -> None:
        if getattr(event, "extension", None) != self.opcode or \
                event.evtype not in (self.press, self.release):
            return
        data = event.data
        keysym = self.d.keycode_to_keysym(data.detail, 0)
        name = self.keysym_names.get(keysym, f"keycode {data.detail}")
        source = self.devices.get(data.sourceid, str(data.sourceid))
        synthetic = data.sourceid in self.xtest
        for finding in self.tracker.key(name, event.evtype == self.press, synthetic,
                                        {"source": source, "platform": "x11"}):
            self.emit(finding)

    def stop(self) -> None:
        self.pump.stop()
        self.d.close()
