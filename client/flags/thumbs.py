"""Small JPEG thumbnails embedded in flag events, so evidence survives even a shed video stream.

At 160 pixels wide and quality 60 a thumbnail is 3 to 6 KB: a few of them per exam cost the
0.15 Mbit/s uplink well under a second each.
"""

from __future__ import annotations

import base64

import numpy as np

WIDTH = 160
QUALITY = 60


def jpeg_b64(frame: np.ndarray, width: int = WIDTH) -> str | None:
    import cv2

    h, w = frame.shape[:2]
    if w == 0 or h == 0:
        return None
    size = (width, max(1, round(h * width / w)))
    small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, QUALITY])
    return base64.b64encode(data.tobytes()).decode("ascii") if ok else None
