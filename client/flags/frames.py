"""One still picture from a decrypted media segment at a given offset, for the report.

Each segment is a self-contained file starting on a keyframe, so decoding from its start to the
offset is all it takes (a few seconds of 320x240 video: milliseconds).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def frame_at(path: Path, offset: float) -> np.ndarray | None:
    """The BGR frame shown at ``offset`` seconds into the file, or the last one before it."""
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return None
            best = None
            for frame in container.decode(video=0):
                if best is not None and frame.time is not None and frame.time > offset:
                    break
                best = frame
            return None if best is None else best.to_ndarray(format="bgr24")
    except (av.FFmpegError, OSError, ValueError):
        return None


def save_jpeg(frame: np.ndarray, out: Path, width: int = 320) -> Path:
    import cv2

    h, w = frame.shape[:2]
    if w > width:
        frame = cv2.resize(frame, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    out.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(out), frame, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return out
