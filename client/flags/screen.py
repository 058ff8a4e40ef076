"""Screen detector s1: the screen is not being captured.

Two signs: no screen frame for several capture periods (the capture thread died or the system
refused it), or frames that carry no picture at all (one flat colour: a black frame from a
denied permission or a locked session). A macOS capture without permission can also show just
the wallpaper; that looks like a real desktop and is left to the readiness check, not guessed here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from client.flags.camera import tiny_grey

FLAT_STD = 1.5  # grey-level spread of a 32x24 thumbnail with no picture in it


class ScreenWatch:
    def __init__(self, observe: Callable[[str, float, bool, dict[str, Any]], None],
                 period: float = 1.0, expected: bool = False) -> None:
        self.observe = observe
        self.expected = expected
        self.period = period
        self.last_frame_t: float | None = None
        self.latest: np.ndarray | None = None

    def frame(self, t: float, frame: np.ndarray) -> None:
        self.last_frame_t, self.latest = t, frame
        flat = float(tiny_grey(frame).std()) < FLAT_STD
        self.observe("s1", t, flat, {"stream": "screen", "t": t, "why": "blank" if flat else ""})

    def tick(self, t: float) -> None:
        if self.last_frame_t is None and self.expected:
            self.last_frame_t = t  # a screen the exam records but that never arrived
        timeout = max(3.0, 3.0 * self.period)
        if self.last_frame_t is not None and t - self.last_frame_t > timeout:
            self.observe("s1", t, True, {"stream": "screen", "t": t, "why": "no frames"})
