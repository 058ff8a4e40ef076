"""Live quality feedback for the face photo and the ID photo.

Why these measures: a reviewer must be able to recognise the candidate, so the face photo needs
exactly one face, in focus and lit; the ID photo needs the whole card inside the picture. Faces are
found with the project's BlazeFace detector (client/flags/face.py): OpenCV 5's wheel no longer
ships the Haar cascade classifier, and BlazeFace is both more precise and a few milliseconds per
frame. The variance of the Laplacian is the standard cheap focus measure, the mean grey level the
brightness, and the card is the largest quadrilateral with ID-1 (credit-card) proportions.
Thresholds are set for a 320x240 to 640x480 webcam frame; frames are scaled to at most 480 pixels
wide first so the numbers do not depend on the camera.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Literal

import cv2
import numpy as np

WORK_WIDTH = 480
MIN_SHARPNESS = 40.0       # variance of the Laplacian on the 480-wide grey frame
MIN_BRIGHTNESS = 60.0      # mean grey level, 0..255
MAX_BRIGHTNESS = 215.0
MIN_FACE_FRACTION = 0.12   # face width / frame width: closer than about an arm's length
CARD_RATIO = 85.60 / 53.98  # ISO/IEC 7810 ID-1 (credit-card size): most ID cards
CARD_RATIO_TOLERANCE = 0.35
MIN_CARD_AREA = 0.10       # of the frame
EDGE_MARGIN = 0.015        # of the frame: a card touching the edge is cut off

Kind = Literal["face", "id"]

@dataclass(frozen=True)
class Quality:
    kind: Kind
    ok: bool
    problems: tuple[str, ...]   # message keys (worded in client/ui/texts.py), worst first
    sharpness: float
    brightness: float
    faces: int = 0
    box: tuple[int, int, int, int] | None = None   # face or card, in input pixels (x, y, w, h)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def message_key(self) -> str:
        if self.problems:
            return self.problems[0]
        return "good_face" if self.kind == "face" else "good_id"


def _grey(frame_bgr: np.ndarray) -> tuple[np.ndarray, float]:
    """Grey image scaled to at most WORK_WIDTH wide, and the scale used."""
    grey = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY) if frame_bgr.ndim == 3 else frame_bgr
    width = grey.shape[1]
    if width <= WORK_WIDTH:
        return grey, 1.0
    scale = WORK_WIDTH / width
    return cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), scale


def sharpness(grey: np.ndarray) -> float:
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def light_problems(grey: np.ndarray, sharp: float) -> list[str]:
    mean = float(grey.mean())
    found = []
    if mean < MIN_BRIGHTNESS:
        found.append("dark")
    elif mean > MAX_BRIGHTNESS:
        found.append("bright")
    if sharp < MIN_SHARPNESS:
        found.append("blurry")
    return found


_local = threading.local()


def detect_faces(frame_bgr: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Face boxes in frame pixels; one detector per thread (an OpenCV net is not thread-safe)."""
    from client.flags.face import FaceDetector

    detector = getattr(_local, "detector", None)
    if detector is None:
        detector = _local.detector = FaceDetector(min_score=0.6)
    return [(round(f.x), round(f.y), round(f.w), round(f.h)) for f in detector.detect(frame_bgr)]


def assess_face(frame_bgr: np.ndarray) -> Quality:
    grey, _ = _grey(frame_bgr)
    sharp = sharpness(grey)
    problems: list[str] = []
    colour = frame_bgr if frame_bgr.ndim == 3 else cv2.cvtColor(frame_bgr, cv2.COLOR_GRAY2BGR)
    faces = detect_faces(colour)
    box = None
    if not faces:
        problems.append("no_face")
    elif len(faces) > 1:
        problems.append("many_faces")
    else:
        box = faces[0]
        if box[2] / frame_bgr.shape[1] < MIN_FACE_FRACTION:
            problems.append("face_small")
    problems += light_problems(grey, sharp)
    return Quality("face", not problems, tuple(problems), sharp, float(grey.mean()),
                   len(faces), box)


def find_card(grey: np.ndarray) -> tuple[int, int, int, int] | None:
    """The largest card-shaped quadrilateral (ID-1 proportions, either way up), or None."""
    blurred = cv2.GaussianBlur(grey, (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(blurred, 40, 120), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    frame_area = grey.shape[0] * grey.shape[1]
    best: tuple[float, tuple[int, int, int, int]] | None = None
    for contour in contours:
        area = cv2.contourArea(contour)
        if area < MIN_CARD_AREA * frame_area:
            continue
        approx = cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True)
        if len(approx) != 4 or not cv2.isContourConvex(approx):
            continue
        (_, _), (w, h), _ = cv2.minAreaRect(approx)
        if min(w, h) == 0:
            continue
        ratio = max(w, h) / min(w, h)
        if abs(ratio - CARD_RATIO) > CARD_RATIO_TOLERANCE:
            continue
        if best is None or area > best[0]:
            best = (area, cv2.boundingRect(approx))
    return None if best is None else tuple(int(v) for v in best[1])  # type: ignore[return-value]


def touches_edge(box: tuple[int, int, int, int], shape: tuple[int, ...]) -> bool:
    x, y, w, h = box
    height, width = shape[:2]
    mx, my = EDGE_MARGIN * width, EDGE_MARGIN * height
    return x < mx or y < my or x + w > width - mx or y + h > height - my


def assess_id(frame_bgr: np.ndarray) -> Quality:
    grey, scale = _grey(frame_bgr)
    sharp = sharpness(grey)
    problems: list[str] = []
    card = find_card(grey)
    box = None
    if card is None:
        problems.append("no_card")
    else:
        box = _unscale(card, scale)
        if touches_edge(card, grey.shape):
            problems.append("card_cut")
    problems += light_problems(grey, sharp)
    return Quality("id", not problems, tuple(problems), sharp, float(grey.mean()), 0, box)


def assess(kind: Kind, frame_bgr: np.ndarray) -> Quality:
    return assess_face(frame_bgr) if kind == "face" else assess_id(frame_bgr)


def _unscale(box: tuple[int, int, int, int], scale: float) -> tuple[int, int, int, int]:
    return tuple(round(v / scale) for v in box)  # type: ignore[return-value]


def jpeg(frame_bgr: np.ndarray, quality: int = 85) -> bytes:
    ok, data = cv2.imencode(".jpg", frame_bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the photo could not be encoded as JPEG")
    return bytes(data)
