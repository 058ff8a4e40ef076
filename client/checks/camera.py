"""The webcam: it opens, delivers frames at the asked size and rate, and the picture is neither
black nor frozen; if another program holds it, name that program where the OS tells.

Goes through `cv2.VideoCapture`, the same path the recorder uses, on a device index or a video
file (IT can point it at a file to test the pipeline; the tests do).
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from client.checks import holders
from client.checks.context import CheckContext
from client.checks.result import CheckResult
from client.config.schema import Webcam
from client.i18n import QT_TRANSLATE_NOOP

# OpenCV prints driver warnings to the terminal unless told otherwise before it loads.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

TEXT = {
    "off": QT_TRANSLATE_NOOP("CameraCheck", "This exam does not use the camera."),
    "ok": QT_TRANSLATE_NOOP("CameraCheck", "The camera works: {w}x{h} at {fps:.0f} frames per "
                            "second."),
    "no_open": QT_TRANSLATE_NOOP("CameraCheck", "The camera could not be opened."),
    "none": QT_TRANSLATE_NOOP("CameraCheck", "No camera was found."),
    "none_fix": QT_TRANSLATE_NOOP("CameraCheck", "Connect a camera, or switch on the built-in "
                                  "one (some laptops have a camera key or a switch in the BIOS "
                                  "settings)."),
    "no_frames": QT_TRANSLATE_NOOP("CameraCheck", "The camera opened but sent no picture."),
    "held": QT_TRANSLATE_NOOP("CameraCheck", "{apps} is using the camera."),
    "held_fix": QT_TRANSLATE_NOOP("CameraCheck", "Quit {apps}: it is using your camera. Then run "
                                  "the check again."),
    "privacy": QT_TRANSLATE_NOOP("CameraCheck", "Windows privacy settings do not allow apps to "
                                 "use the camera."),
    "privacy_fix": QT_TRANSLATE_NOOP("CameraCheck", "Open Settings > Privacy > Camera and allow "
                                     "desktop apps to use the camera."),
    "generic_fix": QT_TRANSLATE_NOOP("CameraCheck", "Check that a camera is connected and "
                                     "switched on, close apps that may use it (video calls, "
                                     "browsers), and on a Mac allow Invigilo under System "
                                     "Settings > Privacy & Security > Camera."),
    "mac_note": QT_TRANSLATE_NOOP("CameraCheck", " (macOS does not tell which app is using it.)"),
    "black": QT_TRANSLATE_NOOP("CameraCheck", "The camera picture is black."),
    "black_fix": QT_TRANSLATE_NOOP("CameraCheck", "Open the camera's privacy shutter or remove "
                                   "the lens cover; some laptops have a camera key (for example "
                                   "Fn+F10) that switches it off."),
    "frozen": QT_TRANSLATE_NOOP("CameraCheck", "The camera picture does not change: it sends the "
                                "same still image."),
    "frozen_fix": QT_TRANSLATE_NOOP("CameraCheck", "Unplug and reconnect the camera, or restart "
                                    "the computer; if a virtual camera app is selected, quit it."),
    "small": QT_TRANSLATE_NOOP("CameraCheck", "The camera gives only {w}x{h}; the exam records "
                               "at {rw}x{rh}."),
    "small_fix": QT_TRANSLATE_NOOP("CameraCheck", "Use another camera (most built-in webcams "
                                   "since 2010 can do 640x480)."),
    "slow": QT_TRANSLATE_NOOP("CameraCheck", "The camera gives only {fps:.1f} frames per second; "
                              "the exam records at {rfps:.0f}."),
    "slow_fix": QT_TRANSLATE_NOOP("CameraCheck", "Give the camera more light, close other "
                                  "programs, or use another camera."),
}

BLACK_MEAN = 10.0       # mean brightness (0..255) below which a picture counts as black...
BLACK_P99 = 30.0        # ...when even its brightest 1 % stays this dark
FROZEN_DIFF = 0.25      # mean absolute change between frames; a live sensor always has noise
WARMUP_FRACTION = 0.3   # first frames are often dark while auto-exposure settles
MAX_FRAMES = 20
FRAME_BUDGET_S = 2.0


@dataclass(frozen=True)
class FrameStats:
    count: int
    width: int
    height: int
    fps: float
    mean_luma: float
    p99_luma: float
    motion: float


def analyse(frames: list[Any], fps: float) -> FrameStats:
    """Brightness and change over the frames (BGR or gray numpy arrays)."""
    import numpy as np

    if not frames:
        return FrameStats(0, 0, 0, 0.0, 0.0, 0.0, 0.0)
    height, width = frames[0].shape[:2]
    grays = [_small_gray(f) for f in frames]
    settled = grays[int(len(grays) * WARMUP_FRACTION):] or grays
    stack = np.stack(settled).astype(np.float32)
    diffs = [float(np.mean(np.abs(a.astype(np.int16) - b.astype(np.int16))))
             for a, b in itertools.pairwise(grays)]
    return FrameStats(len(frames), int(width), int(height), fps, float(stack.mean()),
                      float(np.percentile(stack, 99)), max(diffs, default=0.0))


def _small_gray(frame: Any) -> Any:
    import cv2

    gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return cv2.resize(gray, (80, 60), interpolation=cv2.INTER_AREA)


def evaluate(stats: FrameStats, want: Webcam) -> CheckResult:
    required = _required(want)
    measured = f"{stats.width}x{stats.height} at {stats.fps:.1f} fps"
    details = {"frames": stats.count, "mean_brightness": round(stats.mean_luma, 1),
               "motion": round(stats.motion, 2), "fps": round(stats.fps, 1)}

    def result(status: str, key: str, **fmt: object) -> CheckResult:
        return CheckResult("camera", status, measured, required,  # type: ignore[arg-type]
                           TEXT[key].format(**fmt), TEXT.get(key + "_fix", ""), details=details)

    if stats.mean_luma < BLACK_MEAN and stats.p99_luma < BLACK_P99:
        return result("fail", "black")
    if stats.count > 1 and stats.motion < FROZEN_DIFF:
        return result("fail", "frozen")
    if stats.width < want.width or stats.height < want.height:
        return result("fail", "small", w=stats.width, h=stats.height, rw=want.width,
                      rh=want.height)
    if stats.fps < want.fps * 0.5:
        return result("fail", "slow", fps=stats.fps, rfps=want.fps)
    if stats.fps < want.fps * 0.8:
        return result("warn", "slow", fps=stats.fps, rfps=want.fps)
    return result("pass", "ok", w=stats.width, h=stats.height, fps=stats.fps)


def _open(source: int | str, want: Webcam) -> Any:
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

    if isinstance(source, str):
        return cv2.VideoCapture(source)
    # DirectShow opens in a fraction of the time Media Foundation takes on Windows.
    api = cv2.CAP_DSHOW if sys.platform == "win32" else cv2.CAP_ANY
    cap = cv2.VideoCapture(source, api)
    cap.set(cv2.CAP_PROP_FRAME_WIDTH, want.width)
    cap.set(cv2.CAP_PROP_FRAME_HEIGHT, want.height)
    cap.set(cv2.CAP_PROP_FPS, want.fps)
    return cap


def grab(source: int | str, want: Webcam, budget_s: float = FRAME_BUDGET_S
         ) -> tuple[bool, list[Any], float]:
    """(opened, frames, frames per second). A file reports its own rate: it reads faster
    than real time."""
    import cv2

    cap = _open(source, want)
    try:
        if not cap.isOpened():
            return False, [], 0.0
        frames: list[Any] = []
        stamps: list[float] = []
        deadline = time.monotonic() + budget_s
        while len(frames) < MAX_FRAMES and time.monotonic() < deadline:
            ok, frame = cap.read()
            if not ok or frame is None:
                break
            frames.append(frame)
            stamps.append(time.monotonic())
        if isinstance(source, str):
            fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
        elif len(stamps) > 2:
            fps = (len(stamps) - 2) / max(stamps[-1] - stamps[1], 1e-6)  # skip the start-up
        else:
            fps = 0.0
        return True, frames, fps
    finally:
        cap.release()


def _required(want: Webcam) -> str:
    return f"{want.width}x{want.height} at {want.fps:.0f} fps, live picture"


def no_camera_devices() -> bool:
    """True only where the OS lists cameras as files and there are none (Linux /dev/video*)."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(Path("/dev").glob("video*"))


def busy_result(opened: bool, source: int | str, want: Webcam,
                report: holders.HolderReport) -> CheckResult:
    """Why the camera gave nothing, naming the holder where the OS tells."""
    required = _required(want)
    measured = "no picture" if opened else "cannot open"
    details: dict[str, object] = {"source": str(source),
                                  "holders": [h.process for h in report.holders]}
    if report.holders:
        apps = ", ".join(sorted({h.name for h in report.holders}))
        return CheckResult("camera", "fail", measured, required, TEXT["held"].format(apps=apps),
                           TEXT["held_fix"].format(apps=apps), details=details)
    if report.blocked_by_privacy:
        return CheckResult("camera", "fail", measured, required, TEXT["privacy"],
                           TEXT["privacy_fix"], details=details)
    message = TEXT["no_frames"] if opened else TEXT["no_open"]
    if not report.supported:
        message += TEXT["mac_note"]
    return CheckResult("camera", "fail", measured, required, message, TEXT["generic_fix"],
                       details=details)


def check_camera(ctx: CheckContext) -> CheckResult:
    want = ctx.config.recording.webcam
    if not (ctx.requirements.camera and want.enabled):
        return CheckResult("camera", "skipped", "", "", TEXT["off"])
    source = ctx.camera
    if isinstance(source, str) and not Path(source).exists():
        return busy_result(False, source, want, holders.HolderReport(True))
    if isinstance(source, int) and no_camera_devices():
        return CheckResult("camera", "fail", "none", _required(want), TEXT["none"],
                           TEXT["none_fix"])
    opened, frames, fps = grab(source, want)
    if not frames:
        return busy_result(opened, source, want, holders.report("camera"))
    result = evaluate(analyse(frames, fps), want)
    if result.status == "fail" and isinstance(source, int):
        # Some drivers hand a busy camera's other users black or frozen frames: if the OS
        # names an app using the camera, that is the more useful answer.
        report = holders.report("camera")
        if report.holders:
            return busy_result(True, source, want, report)
    result.details["source"] = str(source)
    return result
