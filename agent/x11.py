"""Small X11 helpers shared by the keyboard, clipboard and focus watchers (python-xlib, no Qt)."""

from __future__ import annotations

import select
import threading
from collections.abc import Callable
from typing import Any

LOCAL_CLIENT_PID_MASK = 1 << 1
NO_DISPLAY = "there is no X display (DISPLAY is not set; Wayland-only sessions are not supported)"


def open_display(name: str | None = None) -> Any:
    """A python-xlib Display, or a RuntimeError saying plainly why there is none."""
    import os

    from Xlib import display, error
    if name is None and not os.environ.get("DISPLAY"):
        raise RuntimeError(NO_DISPLAY)
    try:
        return display.Display(name)
    except (error.DisplayError, OSError) as exc:
        raise RuntimeError(f"the X display cannot be opened ({exc})") from None


def window_pid(d: Any, window_id: int) -> int | None:
    """The pid of the client that created a window: X-Resource's client ids (works for windows
    that carry no _NET_WM_PID, such as xclip's), else the _NET_WM_PID property."""
    if not window_id:
        return None
    try:
        if d.has_extension("X-Resource"):
            reply = d.res_query_client_ids([{"client": window_id,
                                             "mask": LOCAL_CLIENT_PID_MASK}])
            for item in reply.ids:
                if item.spec.mask == LOCAL_CLIENT_PID_MASK and item.value:
                    return int(item.value[0])
    except Exception:  # the window may be gone already; fall back
        pass
    try:
        atom = d.intern_atom("_NET_WM_PID")
        prop = d.create_resource_object("window", window_id).get_full_property(atom, 0)
        if prop is not None and len(prop.value):
            return int(prop.value[0])
    except Exception:  # a destroyed window raises BadWindow
        return None
    return None


def window_class(d: Any, window_id: int) -> str:
    try:
        wm_class = d.create_resource_object("window", window_id).get_wm_class()
    except Exception:  # a destroyed window raises BadWindow
        return ""
    return str(wm_class[1]) if wm_class else ""


class EventPump:
    """A thread that reads one display's events and hands each to `on_event`.

    `on_batch`, if given, runs after each batch of queued events is drained (and once at the
    start, to read the state as it is), for watchers that react to "something changed" rather
    than to each event. An exception from one call goes to `on_problem` and the watch goes on."""

    def __init__(self, d: Any, name: str, on_event: Callable[[Any], None],
                 on_problem: Callable[[Exception], None],
                 on_batch: Callable[[], None] | None = None) -> None:
        self.d = d
        self._on_event, self._on_problem, self._on_batch = on_event, on_problem, on_batch
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.thread.start()

    def _guarded(self, call: Callable[..., None], *args: Any) -> None:
        try:
            call(*args)
        except Exception as exc:  # one bad event must not end the watch
            self._on_problem(exc)

    def _loop(self) -> None:
        if self._on_batch is not None:
            self._guarded(self._on_batch)
        while not self._stop.is_set():
            ready, _, _ = select.select([self.d.fileno()], [], [], 0.25)
            if not ready and not self.d.pending_events():
                continue
            while self.d.pending_events():
                self._guarded(self._on_event, self.d.next_event())
            if self._on_batch is not None:
                self._guarded(self._on_batch)

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(2)
