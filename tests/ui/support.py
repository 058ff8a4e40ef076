"""Helpers for driving the candidate app: a virtual camera video and a page-by-page driver.

The camera video is real pixels through OpenCV's capture path: a real photograph of a face
(scikit-image's 'astronaut', NASA, public domain) followed by a drawn ID card on a desk.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

FPS = 10
SIZE = (320, 240)


def face_frame() -> np.ndarray:
    from skimage import data

    face = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    return cv2.resize(face, (320, 320))[16:256]


def card_frame(seed: int = 0) -> np.ndarray:
    """An ID-1 card (photo, text lines) held over a desk, fully inside the picture."""
    from skimage import data

    rng = np.random.default_rng(seed)
    frame = np.full((SIZE[1], SIZE[0], 3), (60, 70, 80), np.uint8)
    frame = cv2.add(frame, rng.integers(0, 12, frame.shape, dtype=np.uint8))
    x, y, w, h = 60, 50, 200, 126
    cv2.rectangle(frame, (x, y), (x + w, y + h), (235, 238, 240), -1)
    photo = cv2.resize(np.ascontiguousarray(data.astronaut()[30:230, 130:330, ::-1]), (56, 70))
    frame[y + 20:y + 90, x + 12:x + 68] = photo
    for k in range(4):
        cv2.rectangle(frame, (x + 80, y + 24 + k * 18), (x + 180 - k * 15, y + 30 + k * 18),
                      (90, 90, 90), -1)
    return frame


def camera_video(path: Path, *, face_seconds: float = 3, card_seconds: float = 3) -> Path:
    """Motion-JPEG AVI (always writable by OpenCV's own backend): face, then ID card; loops."""
    if path.exists():
        return path
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), FPS, SIZE)
    face = face_frame()
    for i in range(round(face_seconds * FPS)):
        shifted = np.roll(face, i % 3, axis=1)  # a live camera is never perfectly still
        writer.write(shifted)
    for i in range(round(card_seconds * FPS)):
        writer.write(card_frame(i))
    writer.release()
    return path


def app_args(spool: Path, camera: Path, **extra: object) -> argparse.Namespace:
    values: dict[str, object] = dict(exam=None, trust=[], spool=spool, camera=str(camera),
                                     microphone=None, candidate="", lang=None, theme="light",
                                     auto=False, auto_finish=None)
    values.update(extra)
    return argparse.Namespace(**values)


def wait_until(app, condition: Callable[[], bool], timeout: float = 30.0,  # type: ignore[no-untyped-def]
               step: Callable[[], object] | None = None) -> bool:
    """Spin the Qt event loop until `condition` holds or `timeout` passes; `step` each turn."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        if step is not None:
            step()
        time.sleep(0.02)
    app.processEvents()
    return condition()


def free_port() -> int:
    """A loopback port with nothing listening on it (for a backend that is down)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def signed_exam(folder: Path, *, backend_url: str = "", hand_in_folder: Path | None = None,
                exam_id: str = "demo-101", title: str = "Statistics 101, final",
                lockdown: str = "", requirements: str = "",
                name: str = "statistics-101") -> tuple[Path, Path]:
    """A real (not practice) exam: institution keys, the demo config sent to a tus backend (or
    handed in to a folder), sealed to the institution's recording key and signed.
    Keys already in `folder/institution` are used again (several exams of one institution).
    `lockdown` and `requirements` add lines to those tables. Returns (exam file, signing.pub)."""
    from client import paths
    from client.admin.sign import with_recording_key
    from client.trust import keys, signed_config

    institution = folder / "institution"
    if (institution / "signing.key").exists():
        made = {n: institution / n for n in ("signing.key", "signing.pub", "recording.pub")}
    else:
        made = keys.generate(institution)
    source = paths.resource("demo-exam.toml").read_text()
    source = source.replace('id = "practice"', f'id = "{exam_id}"')
    source = source.replace('title = "Practice exam"', f'title = "{title}"')
    source = source.replace('institution = "Invigilo practice"',
                            'institution = "Example University"')
    source = source.replace("practice = true", "practice = false")
    source = source.replace('"Only you: this is a practice exam and nothing leaves your computer."',
                            '"The examiners of this course at Example University."')
    source = source.replace('level = "moderate"', f'level = "moderate"\n{lockdown}')
    source = source.replace("min_upload_kbps = 150", f"min_upload_kbps = 150\n{requirements}")
    backend = (f'transport = "folder"\nfolder = "{hand_in_folder.as_posix()}"'
               if hand_in_folder is not None else f'transport = "tus"\nurl = "{backend_url}"')
    source = source.replace('transport = "folder"\nfolder = "hand-in"', backend)
    config = with_recording_key(source.encode(), made["recording.pub"])
    envelope = signed_config.sign(config, keys.load_signing_private(made["signing.key"]))
    exam = folder / f"{name}.invigilo"
    exam.write_bytes(envelope)
    return exam, made["signing.pub"]


def activate(app, window) -> bool:  # type: ignore[no-untyped-def]
    """Make `window` the active window, as clicking on it would.

    Xvfb has no window manager: normally Qt's request for the input focus is enough, but a
    window left by another program can hold the focus; then Qt is told directly, so keyboard
    events sent to our widgets are treated as coming to the active window.
    """
    from PySide6.QtWidgets import QApplication

    window.raise_()
    window.activateWindow()
    if wait_until(app, lambda: QApplication.activeWindow() is window, 5):
        return True
    QApplication.setActiveWindow(window)
    return wait_until(app, lambda: QApplication.activeWindow() is window, 5)


def crashing_check(ctx: object) -> object:
    """A readiness check that cannot run (as a broken driver or a bug would make it)."""
    raise RuntimeError("the driver answered nonsense")


def shipped_translations() -> dict[tuple[str, str], str]:
    """(context, English source) -> German translation, as shipped in the .ts file."""
    import xml.etree.ElementTree as ET

    from client import paths

    shipped: dict[tuple[str, str], str] = {}
    root = ET.parse(paths.resource("translations/invigilo_de.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            shipped[(context.findtext("name", ""), message.findtext("source", ""))] = \
                message.findtext("translation") or ""
    return shipped
