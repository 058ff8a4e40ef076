"""Shared fixtures: real virtual devices, started once per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.env import environment
from tests.support.pulse import PulseServer, pulseaudio
from tests.support.xvfb import XDisplay, xvfb


@pytest.fixture(scope="session")
def xdisplay() -> Iterator[XDisplay]:
    """An Xvfb display, exported as DISPLAY for the whole session once first asked for."""
    with xvfb() as display, environment(DISPLAY=display.name):
        yield display


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    """A PulseAudio server with a null-sink microphone, exported in the environment."""
    with pulseaudio() as server, environment(**server.env):
        yield server
