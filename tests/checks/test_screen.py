"""Screen capture and display count on a real X server (Xvfb) of the tests' own."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from client.checks import screen
from client.config.schema import Requirements
from tests.support.env import environment
from tests.support.xvfb import XDisplay, xvfb


@pytest.fixture(scope="module")
def display() -> Iterator[XDisplay]:
    """A display of our own: these tests paint its background. One X connection stays open
    throughout, because an X server resets (to a black background) when its last client
    leaves."""
    import mss

    with xvfb(640, 480) as d:
        with environment(DISPLAY=d.name):
            keeper = (getattr(mss, "MSS", None) or mss.mss)()
        try:
            yield d
        finally:
            keeper.close()


def paint(d: XDisplay, colour: str) -> None:
    subprocess.run(["xsetroot", "-solid", colour], env={**os.environ, "DISPLAY": d.name},
                   check=True, timeout=10)


@pytest.mark.needs_display
def test_black_screen_fails_then_painted_screen_passes(display, ctx_factory, monkeypatch):
    monkeypatch.setenv("DISPLAY", display.name)
    paint(display, "black")
    black = screen.check_screen(ctx_factory())
    assert black.status == "fail" and "black" in black.message
    paint(display, "#3366aa")
    ok = screen.check_screen(ctx_factory())
    assert ok.status == "pass", ok
    assert ok.measured.startswith("640x480")


@pytest.mark.needs_display
def test_one_display_counted(display, ctx_factory, monkeypatch):
    monkeypatch.setenv("DISPLAY", display.name)
    result = screen.check_displays(ctx_factory())
    assert (result.status, result.measured) == ("pass", "1")
    strict = screen.check_displays(ctx_factory(requirements=Requirements(max_displays=1)))
    assert strict.status == "pass"


def test_display_rules():
    assert screen.evaluate_displays(2, 1).status == "fail"
    assert "Disconnect" in screen.evaluate_displays(3, 2).remedy
    assert screen.evaluate_displays(2, 2).status == "pass"
    assert screen.evaluate_displays(0, 1).status == "fail"


def test_no_display_is_explained(ctx_factory, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":9876")
    result = screen.check_screen(ctx_factory())
    assert result.status == "fail" and "could not be captured" in result.message
