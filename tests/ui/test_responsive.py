"""Opening an exam from a slow address must not freeze the window."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QTimer

from client.errors import InvalidInput
from client.ui.responsive import run_responsive


def test_the_window_keeps_running_while_slow_work_goes_on(qt_app) -> None:  # type: ignore[no-untyped-def]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)

    def slow() -> str:
        time.sleep(0.6)
        return "exam"

    try:
        assert run_responsive(slow) == "exam"
    finally:
        timer.stop()
    assert len(ticks) >= 15                       # about 30 expected; a frozen loop gives 0
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.3


def test_an_error_in_the_work_reaches_the_caller(qt_app) -> None:  # type: ignore[no-untyped-def]
    def failing() -> None:
        raise InvalidInput("the exam server at https://x cannot be reached")

    with pytest.raises(InvalidInput, match="cannot be reached"):
        run_responsive(failing)
