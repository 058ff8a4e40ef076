"""Screen capture is allowed and shows something, and how many displays are connected.

mss grabs the screen the way the recorder does. On macOS the Screen Recording permission is
asked first through CoreGraphics' CGPreflightScreenCaptureAccess (macOS 11+, no prompt), because
without it captures silently show only the wallpaper. Verified here on Linux (X11/Xvfb) only.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from typing import Any

from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.i18n import QT_TRANSLATE_NOOP

TEXT = {
    "off": QT_TRANSLATE_NOOP("ScreenCheck", "This exam does not record the screen."),
    "ok": QT_TRANSLATE_NOOP("ScreenCheck", "Screen capture works ({w}x{h})."),
    "black": QT_TRANSLATE_NOOP("ScreenCheck", "Screen capture gives a black picture."),
    "black_fix": QT_TRANSLATE_NOOP("ScreenCheck", "Allow Invigilo to record the screen (macOS: "
                                   "System Settings > Privacy & Security > Screen Recording); "
                                   "close apps that hide the screen, such as video players in "
                                   "full screen."),
    "denied": QT_TRANSLATE_NOOP("ScreenCheck", "Invigilo is not allowed to record the screen."),
    "denied_fix": QT_TRANSLATE_NOOP("ScreenCheck", "Open System Settings > Privacy & Security > "
                                    "Screen Recording, switch on Invigilo, then quit and reopen "
                                    "it."),
    "failed": QT_TRANSLATE_NOOP("ScreenCheck", "The screen could not be captured ({reason})."),
    "failed_fix": QT_TRANSLATE_NOOP("ScreenCheck", "On Linux, log in with an X11 session ('on "
                                    "Xorg'); otherwise restart the computer and try again."),
    "wayland": QT_TRANSLATE_NOOP("ScreenCheck", "The screen cannot be captured in a Wayland "
                                 "session."),
    "displays_ok": QT_TRANSLATE_NOOP("ScreenCheck", "{n} display(s) connected."),
    "displays_many": QT_TRANSLATE_NOOP("ScreenCheck", "{n} displays are connected; the exam "
                                       "allows {max}."),
    "displays_many_fix": QT_TRANSLATE_NOOP("ScreenCheck", "Disconnect the extra display(s), or "
                                           "set them to mirror the main one."),
    "displays_none": QT_TRANSLATE_NOOP("ScreenCheck", "No display was found."),
}

BLACK_MAX = 16  # every sampled pixel this dark counts as black


@dataclass(frozen=True)
class Grab:
    monitors: int
    width: int
    height: int
    max_value: int
    mean_value: float


def mac_permission() -> bool | None:
    """True/False from CGPreflightScreenCaptureAccess; None where it does not apply."""
    if sys.platform != "darwin":
        return None
    path = ctypes.util.find_library("CoreGraphics")
    if not path:
        return None
    lib = ctypes.cdll.LoadLibrary(path)
    fn = getattr(lib, "CGPreflightScreenCaptureAccess", None)
    if fn is None:  # macOS 10.15 has no such call
        return None
    fn.restype = ctypes.c_bool
    return bool(fn())


def grab() -> Grab:
    import mss
    import numpy as np

    factory = getattr(mss, "MSS", None) or mss.mss  # mss 10 renamed the entry point
    with factory() as sct:
        monitors = sct.monitors[1:]
        shot = sct.grab(monitors[0] if monitors else sct.monitors[0])
        pixels = np.frombuffer(shot.bgra, dtype=np.uint8).reshape(shot.height, shot.width, 4)
        sample = pixels[::4, ::4, :3]
        return Grab(len(monitors), shot.width, shot.height, int(sample.max()),
                    float(sample.mean()))


def evaluate_grab(g: Grab) -> CheckResult:
    measured = f"{g.width}x{g.height}, brightest {g.max_value}"
    required = "a visible picture"
    details = {"width": g.width, "height": g.height, "max_value": g.max_value,
               "mean_value": round(g.mean_value, 1)}
    if g.max_value < BLACK_MAX:
        return CheckResult("screen", "fail", measured, required, TEXT["black"],
                           TEXT["black_fix"], details=details)
    return CheckResult("screen", "pass", measured, required,
                       TEXT["ok"].format(w=g.width, h=g.height), details=details)


def evaluate_displays(count: int, maximum: int) -> CheckResult:
    required = f"at most {maximum}"
    if count < 1:
        return CheckResult("displays", "fail", "0", required, TEXT["displays_none"])
    if count > maximum:
        return CheckResult("displays", "fail", str(count), required,
                           TEXT["displays_many"].format(n=count, max=maximum),
                           TEXT["displays_many_fix"])
    return CheckResult("displays", "pass", str(count), required,
                       TEXT["displays_ok"].format(n=count))


def _shared_grab(ctx: CheckContext) -> Grab | CheckResult:
    required = "a visible picture"
    if mac_permission() is False:
        return CheckResult("screen", "fail", "not allowed", required, TEXT["denied"],
                           TEXT["denied_fix"])
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and \
            os.environ.get("WAYLAND_DISPLAY"):
        return CheckResult("screen", "fail", "Wayland", required, TEXT["wayland"],
                           TEXT["failed_fix"])
    try:
        return ctx.once("screen", grab)
    except Exception as exc:  # mss raises ScreenShotError, or OSError without a display
        return CheckResult("screen", "fail", "cannot capture", required,
                           TEXT["failed"].format(reason=str(exc).splitlines()[0][:120]),
                           TEXT["failed_fix"])


def check_screen(ctx: CheckContext) -> CheckResult:
    if not ctx.config.recording.screen.enabled:
        return CheckResult("screen", "skipped", "", "", TEXT["off"])
    g = _shared_grab(ctx)
    return g if isinstance(g, CheckResult) else evaluate_grab(g)


def check_displays(ctx: CheckContext) -> CheckResult:
    g: Any = _shared_grab(ctx)
    if isinstance(g, CheckResult):
        return CheckResult("displays", "fail", "unknown", f"at most "
                           f"{ctx.requirements.max_displays}", g.message, g.remedy)
    return evaluate_displays(g.monitors, ctx.requirements.max_displays)
