"""Small X11 helpers shared by the clipboard and focus watchers (python-xlib, no Qt)."""

from __future__ import annotations

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
