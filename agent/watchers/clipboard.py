"""Clipboard: emptied at the start, then copy and paste reported (flag) or prevented (block).

Linux/X11: the agent owns the CLIPBOARD selection with an empty value, so every paste asks the
agent and is seen (and answered with nothing); XFixes tells when another program takes the
clipboard (a copy), naming its window, whose process is found through X-Resource. With 'block' the
agent takes the clipboard straight back, so the copied text never reaches a paste. With 'flag' the
copy is reported and left alone (so later pastes of it are not seen). The PRIMARY selection
(select + middle click) is not watched.
Windows: GetClipboardSequenceNumber polled every 250 ms (changes are copies), EmptyClipboard to
clear; pastes are not visible there. macOS: NSPasteboard changeCount polled, clearContents to
clear. Verified here: X11 on Xvfb with xclip.
"""

from __future__ import annotations

import sys
from typing import Any

from agent import messages
from agent.findings import Finding
from agent.policy import Policy
from agent.watchers.base import Emit, Watcher, watch_problem
from agent.x11 import EventPump


class X11Clipboard:
    def __init__(self, policy: Policy, emit: Emit, display_name: str | None = None) -> None:
        from Xlib import X
        from Xlib.ext import xfixes

        from agent.x11 import open_display
        self.policy, self.emit = policy, emit
        self.X = X
        self.d = open_display(display_name)
        if not self.d.has_extension("XFIXES"):
            raise RuntimeError("the X server has no XFIXES extension")
        self.d.xfixes_query_version()
        self.clipboard = self.d.intern_atom("CLIPBOARD")
        root = self.d.screen().root
        self.win = root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
        self.d.xfixes_select_selection_input(root, self.clipboard,
                                             xfixes.XFixesSetSelectionOwnerNotifyMask)
        self.d.flush()
        if not policy.observe_only:
            self._take()
            self.emit(Finding("clipboard", "allow", messages.CLIPBOARD_CLEARED, "",
                              {"event": "cleared", "platform": "x11"}))
        self.pump = EventPump(self.d, "clipboard (X11)", self._handle,
                              lambda exc: self.emit(watch_problem("clipboard", exc)))

    def _take(self) -> None:
        self.win.set_selection_owner(self.clipboard, self.X.CurrentTime)
        self.d.flush()

    def _handle(self, event: Any) -> None:
        from agent.procinfo import process_name
        from agent.x11 import window_class, window_pid
        # python-xlib makes a per-connection copy of extension event classes: compare names.
        if type(event).__name__ == "SetSelectionOwnerNotify":
            owner = int(getattr(event.owner, "id", event.owner) or 0)
            if owner in (0, self.win.id):
                return
            pid = window_pid(self.d, owner)
            who = process_name(pid) or window_class(self.d, owner)
            blocked = self.policy.clipboard == "block" and not self.policy.observe_only
            if blocked:
                self._take()
            self.emit(Finding("clipboard", self.policy.clipboard,
                              messages.CLIPBOARD_COPY_BY.format(who=who) if who
                              else messages.CLIPBOARD_COPY, "",
                              {"event": "copy", "process": who, "pid": pid,
                               # tools like xclip fork: the process X knows may be gone already
                               "process_gone": bool(pid) and not who,
                               "cleared": blocked, "platform": "x11"}))
        elif event.type == self.X.SelectionRequest:
            requestor = int(event.requestor.id)
            pid = window_pid(self.d, requestor)
            who = process_name(pid) or window_class(self.d, requestor)
            self._refuse(event)
            self.emit(Finding("clipboard", self.policy.clipboard,
                              messages.CLIPBOARD_PASTE_BY.format(who=who) if who
                              else messages.CLIPBOARD_PASTE, "",
                              {"event": "paste", "process": who, "pid": pid,
                               "target": self.d.get_atom_name(event.target), "platform": "x11"}))

    def _refuse(self, request: Any) -> None:
        """Answer a paste with 'no data' (property None), as the protocol says to refuse."""
        from Xlib.protocol import event as xevent
        reply = xevent.SelectionNotify(time=request.time, requestor=request.requestor,
                                       selection=request.selection, target=request.target,
                                       property=self.X.NONE)
        request.requestor.send_event(reply)
        self.d.flush()

    def stop(self) -> None:
        self.pump.stop()
        try:
            self.win.destroy()
            self.d.close()
        except Exception as exc:  # the X server may be gone already
            print(f"invigilo agent: closing the clipboard watcher: {exc}", file=sys.stderr)


class PolledClipboard(Watcher):
    """Windows and macOS: a change counter polled every 250 ms."""

    name = "clipboard"
    interval = 0.25

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self._count: int | None = None

    def start(self, emit: Emit) -> None:
        super().start(emit)
        if not self.policy.observe_only:
            _clear()
            emit(Finding("clipboard", "allow", messages.CLIPBOARD_CLEARED, "",
                         {"event": "cleared", "platform": sys.platform}))
        self._count = _change_count()

    def poll(self) -> list[Finding]:
        count = _change_count()
        if count == self._count:
            return []
        blocked = self.policy.clipboard == "block" and not self.policy.observe_only
        if blocked:
            _clear()
            count = _change_count()
        self._count = count
        return [Finding("clipboard", self.policy.clipboard, messages.CLIPBOARD_COPY,
                        "", {"event": "copy", "cleared": blocked, "platform": sys.platform})]


def _change_count() -> int:
    if sys.platform == "win32":
        import ctypes
        return int(ctypes.windll.user32.GetClipboardSequenceNumber())
    from agent.platform_macos import pasteboard_change_count
    return pasteboard_change_count()


def _clear() -> None:
    if sys.platform == "win32":
        import ctypes
        user32 = ctypes.windll.user32
        if user32.OpenClipboard(None):
            user32.EmptyClipboard()
            user32.CloseClipboard()
        return
    from agent.platform_macos import clear_pasteboard
    clear_pasteboard()


class ClipboardWatcher(Watcher):
    name = "clipboard"
    interval = None

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy
        self.x11: X11Clipboard | None = None
        self.polled: PolledClipboard | None = None

    def start(self, emit: Emit) -> None:
        super().start(emit)
        if self.policy.clipboard == "allow":
            return
        if sys.platform in ("win32", "darwin"):
            self.polled = PolledClipboard(self.policy)
            self.polled.start(emit)
            self.interval = self.polled.interval
        else:
            self.x11 = X11Clipboard(self.policy, emit)

    def poll(self) -> list[Finding]:
        return self.polled.poll() if self.polled else []

    def stop(self) -> None:
        if self.x11:
            self.x11.stop()
