"""Draw the app icon and write it as PNG (Linux), ICO (Windows) and ICNS (macOS).

Run once when the design changes: `python installer/icons/make_icons.py`. The icon is drawn from
code (an open eye over a check mark on a rounded square) so that no image editor is needed, and the
container formats are written by hand: ICO and ICNS both accept PNG images inside since Windows
Vista and macOS 10.5, so each is a small header in front of PNGs.
"""

from __future__ import annotations

import struct
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
BLUE = (150, 70, 20, 255)  # BGRA
WHITE = (255, 255, 255, 255)


def draw(size: int = 1024) -> np.ndarray:
    image = np.zeros((size, size, 4), np.uint8)
    s = size / 1024
    radius, margin = int(180 * s), int(64 * s)
    lo, hi = margin, size - margin
    cv2.rectangle(image, (lo + radius, lo), (hi - radius, hi), BLUE, -1, cv2.LINE_AA)
    cv2.rectangle(image, (lo, lo + radius), (hi, hi - radius), BLUE, -1, cv2.LINE_AA)
    for cx in (lo + radius, hi - radius):
        for cy in (lo + radius, hi - radius):
            cv2.circle(image, (cx, cy), radius, BLUE, -1, cv2.LINE_AA)
    centre = (size // 2, int(430 * s))
    cv2.ellipse(image, centre, (int(300 * s), int(170 * s)), 0, 0, 360, WHITE, -1, cv2.LINE_AA)
    cv2.circle(image, centre, int(120 * s), BLUE, -1, cv2.LINE_AA)
    cv2.circle(image, centre, int(55 * s), WHITE, -1, cv2.LINE_AA)
    tick = np.array([[330, 740], [460, 860], [700, 640]], np.float64) * s
    cv2.polylines(image, [tick.astype(np.int32)], False, WHITE, int(70 * s), cv2.LINE_AA)
    return image


def png(image: np.ndarray, side: int) -> bytes:
    resized = cv2.resize(image, (side, side), interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".png", resized, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return data.tobytes()


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, bodies = b"", b""
    for side, data in sorted(images.items()):
        byte = 0 if side >= 256 else side
        entries += struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(data), offset)
        bodies += data
        offset += len(data)
    return header + entries + bodies


def icns(images: dict[str, bytes]) -> bytes:
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(data)) + data
                    for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    image = draw()
    (HERE / "invigilo.png").write_bytes(png(image, 256))
    (HERE / "invigilo.ico").write_bytes(ico({s: png(image, s) for s in (16, 32, 48, 256)}))
    (HERE / "invigilo.icns").write_bytes(icns({"ic07": png(image, 128), "ic08": png(image, 256),
                                               "ic09": png(image, 512)}))


if __name__ == "__main__":
    main()
