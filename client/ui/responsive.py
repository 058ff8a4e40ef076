"""Slow work off the window's thread, with the window still painting and a busy cursor.

Opening an exam from an https:// address can take seconds on a poor connection (and up to the
fetch's time limit when the server is away): the window must not freeze meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")


def run_responsive(work: Callable[[], T]) -> T:
    """`work()` on a worker thread while Qt keeps handling paint and timer events; its result
    or its exception comes back here. User input is held back so nothing is clicked twice."""
    outcome: dict[str, object] = {}
    done = threading.Event()

    def worker() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # re-raised on the window's thread
            outcome["error"] = exc
        done.set()

    threading.Thread(target=worker, name="open-exam", daemon=True).start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: done.is_set() and loop.quit())
    timer.start(20)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        while not done.is_set():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            # A quit still queued for the application (its last window was closed while no
            # main loop ran) ends this loop at once: wait on, it was not meant for it.
            done.wait(0.02)
    finally:
        timer.stop()
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
