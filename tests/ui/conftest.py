"""Fixtures for the app's tests: a real display, a speaking microphone, a camera video."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.pulse import PulseServer, speech_wav
from tests.support.xvfb import XDisplay
from tests.ui.support import camera_video


@pytest.fixture(scope="session")
def camera_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return camera_video(tmp_path_factory.mktemp("camera") / "camera.avi")


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speech_wav("Hello, I am ready for my exam. One, two, three.",
                      tmp_path_factory.mktemp("speech") / "speech.wav")


@pytest.fixture()
def speaking(pulse: PulseServer, speech: Path) -> Iterator[None]:
    """espeak-ng speech playing into the virtual microphone, over and over, for one test
    (other tests of the session may want a silent microphone)."""
    wav = speech
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            player = pulse.play(wav)
            while player.poll() is None and not stop.wait(0.1):
                pass
            if player.poll() is None:
                player.kill()
            stop.wait(0.2)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join(5)


@pytest.fixture(scope="session")
def qt_app(xdisplay: XDisplay):  # type: ignore[no-untyped-def]
    """The app's QApplication (light theme, English) on the Xvfb display."""
    os.environ.pop("QT_QPA_PLATFORM", None)
    from client.ui.app import make_app

    return make_app(scheme="light", lang="en")


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INVIGILO_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def subprocess_env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["INVIGILO_DATA_DIR"] = str(data)
    return env


__all__ = ["subprocess", "subprocess_env"]


@pytest.fixture()
def german(qt_app):  # type: ignore[no-untyped-def]
    """The app's German translation installed for one test."""
    from client.ui.app import install_translation

    installed = install_translation(qt_app, "de")
    yield
    for translator in installed:
        qt_app.removeTranslator(translator)
