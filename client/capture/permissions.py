"""May this app record the screen? Only macOS asks the user (Screen Recording, since 10.15).

macOS: CoreGraphics' CGPreflightScreenCaptureAccess through ctypes, which answers without
showing a prompt; without permission a capture silently shows only the wallpaper, so asking is
the only reliable way to know. Windows and Linux (X11) have no such permission.
Verified here on Linux only; the macOS call is the documented CoreGraphics API.
"""

from __future__ import annotations

import ctypes
import sys

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


def screen_capture_allowed(platform: str = sys.platform) -> bool | None:
    """True or False where the system can tell, None where it cannot (old macOS)."""
    if platform != "darwin":
        return True
    try:
        cg = ctypes.cdll.LoadLibrary(CORE_GRAPHICS)
        preflight = cg.CGPreflightScreenCaptureAccess
    except (OSError, AttributeError):
        return None
    preflight.restype = ctypes.c_bool
    preflight.argtypes = []
    return bool(preflight())
