"""Labelled material for the flag detectors, built from real pictures and sound found here.

Pictures: scikit-image's sample photos that ship in its wheel (astronaut, cameraman, the LFW
subset of 100 faces and 100 non-faces) and, when Debian's opencv-doc is installed, its sample
photos (messi5 and scenes). Sound: espeak-ng speech, and silence and noise made by sox.
Transforms model what a webcam meets: dim or harsh lighting (gamma, gain, sensor noise), the
face covered or gone, several people in view. Nothing here is downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

OPENCV_DOC = Path("/usr/share/doc/opencv-doc/examples/data")
FRAME = (320, 240)  # the default webcam size of the exam config

LIGHTING = {  # name -> (gamma, gain, noise sigma)
    "normal": (1.0, 1.0, 0.0),
    "dim": (1.6, 0.55, 4.0),
    "dark": (2.2, 0.35, 6.0),
    "bright": (0.6, 1.25, 2.0),
}


@dataclass(frozen=True)
class Sample:
    name: str
    label: str       # "one", "none", "several"
    lighting: str
    frame: np.ndarray


def _bgr(rgb_or_grey: np.ndarray) -> np.ndarray:
    import cv2

    img = rgb_or_grey
    if img.dtype != np.uint8:
        img = np.clip(img * 255.0, 0, 255).astype(np.uint8)
    if img.ndim == 2:
        return np.asarray(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR))
    return np.asarray(cv2.cvtColor(img[:, :, :3], cv2.COLOR_RGB2BGR))


def _fit(img: np.ndarray, size: tuple[int, int] = FRAME) -> np.ndarray:
    """Centre-crop to the frame's aspect, then scale: what a webcam framing would show."""
    import cv2

    h, w = img.shape[:2]
    tw, th = size
    if w / h > tw / th:
        nw = int(h * tw / th)
        img = img[:, (w - nw) // 2:(w - nw) // 2 + nw]
    else:
        nh = int(w * th / tw)
        img = img[(h - nh) // 2:(h - nh) // 2 + nh]
    return np.asarray(cv2.resize(img, size, interpolation=cv2.INTER_AREA))


def _lfw_face(face: np.ndarray, background: np.ndarray) -> np.ndarray:
    """A 25x25 LFW face scaled up and set into a scene, as a close webcam face would sit."""
    import cv2

    big = cv2.resize(_bgr(face), (100, 100), interpolation=cv2.INTER_CUBIC)
    frame = _fit(background).copy()
    y, x = (FRAME[1] - 100) // 2, (FRAME[0] - 100) // 2
    frame[y:y + 100, x:x + 100] = big
    return frame


@cache
def faces() -> list[tuple[str, np.ndarray]]:
    """Single real faces, framed like a webcam: (name, BGR frame)."""
    from skimage import data

    out = [("astronaut", _fit(_bgr(data.astronaut())[0:384, 64:448])),
           ("cameraman", _fit(_bgr(data.camera())[40:400, 80:440]))]
    messi = OPENCV_DOC / "messi5.jpg"
    if messi.is_file():
        import cv2

        img = cv2.imread(str(messi))
        out.append(("messi5", _fit(img[0:180, 170:410])))
    backgrounds = [b for _, b in scenes()[:6]]
    lfw = data.lfw_subset()
    out.extend((f"lfw{i:03d}", _lfw_face(lfw[i], backgrounds[i % len(backgrounds)]))
               for i in range(100))
    return out


@cache
def face_crops() -> list[np.ndarray]:
    """Head-and-shoulders crops to put several people in one frame."""
    from skimage import data

    crops = [_bgr(data.astronaut())[20:320, 110:360], _bgr(data.camera())[60:360, 100:380]]
    lfw = data.lfw_subset()
    import cv2

    crops.extend(cv2.copyMakeBorder(cv2.resize(_bgr(lfw[i]), (100, 100),
                                               interpolation=cv2.INTER_CUBIC),
                                    25, 25, 20, 20, cv2.BORDER_REPLICATE)
                 for i in range(0, 100, 5))
    return crops


@cache
def scenes() -> list[tuple[str, np.ndarray]]:
    """Frames with no person: real scenes, an animal face, textures, LFW's non-face patches."""
    from skimage import data

    out = [(n, _fit(_bgr(getattr(data, n)()))) for n in
           ("coffee", "chelsea", "rocket", "hubble_deep_field", "brick", "grass", "gravel",
            "coins", "page", "text", "retina", "immunohistochemistry", "motorcycle_left")
           if hasattr(data, n)]
    if OPENCV_DOC.is_dir():
        import cv2

        for n in ("home.jpg", "building.jpg", "fruits.jpg", "baboon.jpg", "starry_night.jpg",
                  "board.jpg", "aero1.jpg", "box_in_scene.png", "smarties.png"):
            if (OPENCV_DOC / n).is_file():
                out.append((n.split(".")[0], _fit(cv2.imread(str(OPENCV_DOC / n)))))
    lfw = data.lfw_subset()
    out.extend((f"lfw-nonface{i:03d}", _fit(_bgr(lfw[100 + i]))) for i in range(100))
    return out


def covered(frame: np.ndarray, seed: int) -> np.ndarray:
    """The head (top middle of the frame) hidden behind a hand-coloured patch, as a hand or a
    sheet of paper held before the lens hides it; shoulders and room stay in view."""
    rng = np.random.default_rng(seed)
    out = frame.copy()
    h, w = out.shape[:2]
    colour = rng.integers(40, 200, size=3)
    patch = np.clip(colour + rng.normal(0, 8, size=(h * 3 // 4, w * 5 // 8, 3)), 0, 255)
    left = (w - patch.shape[1]) // 2
    out[:patch.shape[0], left:left + patch.shape[1]] = patch
    return out


def several(crops: list[np.ndarray], count: int, background: np.ndarray) -> np.ndarray:
    import cv2

    frame = _fit(background).copy()
    slot = FRAME[0] // count
    for i, crop in enumerate(crops[:count]):
        h = int(FRAME[1] * 0.8)
        w = min(slot, int(crop.shape[1] * h / crop.shape[0]))
        small = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)
        x = i * slot + (slot - w) // 2
        frame[FRAME[1] - h:, x:x + w] = small
    return frame


def light(frame: np.ndarray, lighting: str, seed: int = 0) -> np.ndarray:
    gamma, gain, sigma = LIGHTING[lighting]
    x = (frame.astype(np.float32) / 255.0) ** gamma * gain * 255.0
    if sigma:
        x += np.random.default_rng(seed).normal(0, sigma, size=x.shape)
    return np.clip(x, 0, 255).astype(np.uint8)


def frames(lightings: tuple[str, ...] = tuple(LIGHTING)) -> Iterator[Sample]:
    """The labelled frame set: every base picture under every lighting."""
    base: list[tuple[str, str, np.ndarray]] = [(n, "one", f) for n, f in faces()]
    empty = scenes()
    base += [(n, "none", f) for n, f in empty]
    base += [(f"covered-{n}", "none", covered(f, i)) for i, (n, f) in enumerate(faces()[:23])]
    crops = face_crops()
    for i in range(12):
        count = 2 + i % 2
        pick = [crops[(i + j * 5) % len(crops)] for j in range(count)]
        base.append((f"group{i:02d}", "several", several(pick, count, empty[i % 10][1])))
    for i, (name, label, frame) in enumerate(base):
        for lighting in lightings:
            yield Sample(name, label, lighting, light(frame, lighting, seed=i))


# ---------------------------------------------------------------------------- sound
def sox(*args: str) -> None:
    if shutil.which("sox") is None:
        raise RuntimeError("sox is not installed; ./dev test installs it")
    subprocess.run(["sox", *args], check=True, timeout=60, capture_output=True)


def read_wav(path: Path, rate: int = 48000) -> np.ndarray:
    """Mono float32 at ``rate`` (sox does the conversion, as a recorder's resampler would)."""
    out = path.with_suffix(".f32.raw")
    sox(str(path), "-t", "f32", "-c", "1", "-r", str(rate), str(out))
    return np.fromfile(out, dtype=np.float32)


def speech(folder: Path, text: str, voice: str = "en", rate: int = 48000,
           gain_db: float = -6.0) -> np.ndarray:
    wav = folder / f"speech-{abs(hash((text, voice))) % 10**8}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(wav), text], check=True, timeout=60,
                   capture_output=True)
    return read_wav(wav, rate) * np.float32(10 ** (gain_db / 20))


def noise(folder: Path, kind: str, seconds: float, level_db: float,
          rate: int = 48000) -> np.ndarray:
    """sox-made noise ("whitenoise", "pinknoise", "brownnoise") or silence ("silence")."""
    wav = folder / f"{kind}-{seconds}-{level_db}.wav"
    if kind == "silence":
        sox("-n", "-r", str(rate), "-c", "1", str(wav), "trim", "0", str(seconds))
    else:
        sox("-n", "-r", str(rate), "-c", "1", str(wav), "synth", str(seconds), kind,
            "vol", f"{level_db}dB")
    return read_wav(wav, rate)
