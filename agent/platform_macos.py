"""Thin ctypes access to the macOS frameworks the agent needs, without pyobjc.

CoreGraphics' window list (for capture-hidden windows), NSPasteboard's changeCount (clipboard)
and NSWorkspace's frontmost application (focus), through CoreFoundation and the Objective-C
runtime. Written against Apple's documented C and Objective-C APIs; not run on this project's
Linux CI (the logic above it is tested on recorded outputs).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

_cf = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
_cg = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreGraphics") or "CoreGraphics")
_objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "objc")
ctypes.cdll.LoadLibrary(ctypes.util.find_library("AppKit") or "AppKit")

_vp = ctypes.c_void_p
_cf.CFArrayGetCount.restype = ctypes.c_long
_cf.CFArrayGetCount.argtypes = [_vp]
_cf.CFArrayGetValueAtIndex.restype = _vp
_cf.CFArrayGetValueAtIndex.argtypes = [_vp, ctypes.c_long]
_cf.CFDictionaryGetValue.restype = _vp
_cf.CFDictionaryGetValue.argtypes = [_vp, _vp]
_cf.CFStringCreateWithCString.restype = _vp
_cf.CFStringCreateWithCString.argtypes = [_vp, ctypes.c_char_p, ctypes.c_uint32]
_cf.CFStringGetCString.restype = ctypes.c_bool
_cf.CFStringGetCString.argtypes = [_vp, ctypes.c_char_p, ctypes.c_long, ctypes.c_uint32]
_cf.CFNumberGetValue.restype = ctypes.c_bool
_cf.CFNumberGetValue.argtypes = [_vp, ctypes.c_int, _vp]
_cf.CFGetTypeID.restype = ctypes.c_ulong
_cf.CFGetTypeID.argtypes = [_vp]
_cf.CFStringGetTypeID.restype = ctypes.c_ulong
_cf.CFNumberGetTypeID.restype = ctypes.c_ulong
_cf.CFBooleanGetTypeID.restype = ctypes.c_ulong
_cf.CFBooleanGetValue.restype = ctypes.c_bool
_cf.CFBooleanGetValue.argtypes = [_vp]
_cf.CFRelease.argtypes = [_vp]
_cg.CGWindowListCopyWindowInfo.restype = _vp
_cg.CGWindowListCopyWindowInfo.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
_objc.objc_getClass.restype = _vp
_objc.objc_getClass.argtypes = [ctypes.c_char_p]
_objc.sel_registerName.restype = _vp
_objc.sel_registerName.argtypes = [ctypes.c_char_p]

UTF8 = 0x08000100
K_CG_WINDOW_LIST_ON_SCREEN_ONLY = 1
K_CF_NUMBER_DOUBLE = 13
KEYS = ("kCGWindowNumber", "kCGWindowOwnerPID", "kCGWindowOwnerName", "kCGWindowName",
        "kCGWindowSharingState", "kCGWindowLayer", "kCGWindowIsOnscreen")


def _cfstr(text: str) -> Any:
    return _cf.CFStringCreateWithCString(None, text.encode(), UTF8)


def _py(value: Any) -> Any:
    if not value:
        return None
    kind = _cf.CFGetTypeID(value)
    if kind == _cf.CFStringGetTypeID():
        buf = ctypes.create_string_buffer(1024)
        return buf.value.decode("utf-8", "replace") if _cf.CFStringGetCString(
            value, buf, 1024, UTF8) else ""
    if kind == _cf.CFNumberGetTypeID():
        number = ctypes.c_double()
        _cf.CFNumberGetValue(value, K_CF_NUMBER_DOUBLE, ctypes.byref(number))
        return int(number.value) if number.value.is_integer() else number.value
    if kind == _cf.CFBooleanGetTypeID():
        return bool(_cf.CFBooleanGetValue(value))
    return None


def cg_window_list() -> list[dict[str, Any]]:
    array = _cg.CGWindowListCopyWindowInfo(K_CG_WINDOW_LIST_ON_SCREEN_ONLY, 0)
    if not array:
        return []
    keys = {k: _cfstr(k) for k in KEYS}
    rows = []
    try:
        for i in range(_cf.CFArrayGetCount(array)):
            item = _cf.CFArrayGetValueAtIndex(array, i)
            rows.append({k: _py(_cf.CFDictionaryGetValue(item, ref)) for k, ref in keys.items()})
    finally:
        for ref in keys.values():
            _cf.CFRelease(ref)
        _cf.CFRelease(array)
    return rows


def _send(receiver: Any, selector: str, restype: Any = _vp) -> Any:
    msg = ctypes.cast(_objc.objc_msgSend, ctypes.CFUNCTYPE(restype, _vp, _vp))
    return msg(receiver, _objc.sel_registerName(selector.encode()))


def pasteboard_change_count() -> int:
    board = _send(_objc.objc_getClass(b"NSPasteboard"), "generalPasteboard")
    return int(_send(board, "changeCount", ctypes.c_long))


def clear_pasteboard() -> None:
    board = _send(_objc.objc_getClass(b"NSPasteboard"), "generalPasteboard")
    _send(board, "clearContents", ctypes.c_long)


def frontmost_app() -> tuple[int, str]:
    """(pid, localized name) of the frontmost application."""
    workspace = _send(_objc.objc_getClass(b"NSWorkspace"), "sharedWorkspace")
    app = _send(workspace, "frontmostApplication")
    if not app:
        return 0, ""
    pid = int(_send(app, "processIdentifier", ctypes.c_int))
    name = _send(app, "localizedName")
    utf8 = _send(name, "UTF8String", ctypes.c_char_p) if name else b""
    return pid, (utf8 or b"").decode("utf-8", "replace")


class _CGPoint(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


class _CGSize(ctypes.Structure):
    _fields_ = [("width", ctypes.c_double), ("height", ctypes.c_double)]


class _CGRect(ctypes.Structure):
    _fields_ = [("origin", _CGPoint), ("size", _CGSize)]


_cg.CGGetOnlineDisplayList.restype = ctypes.c_int32
_cg.CGGetOnlineDisplayList.argtypes = [ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32),
                                       ctypes.POINTER(ctypes.c_uint32)]
_cg.CGDisplayBounds.restype = _CGRect
_cg.CGDisplayBounds.argtypes = [ctypes.c_uint32]
_cg.CGDisplayMirrorsDisplay.restype = ctypes.c_uint32
_cg.CGDisplayMirrorsDisplay.argtypes = [ctypes.c_uint32]
_cg.CGDisplayIsBuiltin.restype = ctypes.c_uint32
_cg.CGDisplayIsBuiltin.argtypes = [ctypes.c_uint32]


def online_displays() -> list[dict[str, Any]]:
    """Every online display (mirrored ones included): id, bounds, which display it mirrors
    (0: none), built-in or not. Cheap enough to call every second, unlike system_profiler."""
    ids = (ctypes.c_uint32 * 32)()
    count = ctypes.c_uint32(0)
    if _cg.CGGetOnlineDisplayList(32, ids, ctypes.byref(count)) != 0:
        return []
    rows = []
    for display in ids[:count.value]:
        rect = _cg.CGDisplayBounds(display)
        rows.append({"id": int(display), "x": int(rect.origin.x), "y": int(rect.origin.y),
                     "width": int(rect.size.width), "height": int(rect.size.height),
                     "mirrors": int(_cg.CGDisplayMirrorsDisplay(display)),
                     "builtin": bool(_cg.CGDisplayIsBuiltin(display))})
    return rows
