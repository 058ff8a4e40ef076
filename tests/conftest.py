"""Shared fixtures: real virtual devices, started once per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.pulse import PulseServer, pulseaudio
from tests.support.xvfb import XDisplay, xvfb


@pytest.fixture(scope="session")
def xdisplay() -> Iterator[XDisplay]:
    """An Xvfb display, exported as DISPLAY for the whole session once first asked for."""
    with xvfb() as display:
        old = os.environ.get("DISPLAY")
        os.environ["DISPLAY"] = display.name
        try:
            yield display
        finally:
            if old is None:
                os.environ.pop("DISPLAY", None)
            else:
                os.environ["DISPLAY"] = old


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    """A PulseAudio server with a null-sink microphone, exported in the environment."""
    with pulseaudio() as server:
        saved = {k: os.environ.get(k) for k in server.env}
        os.environ.update(server.env)
        try:
            yield server
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
