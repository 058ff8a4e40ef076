"""Signals that carry worker-thread callbacks into the Qt thread.

Camera, microphone, checks, recorder, uploader and agent all call back on their own threads;
emitting a signal of a QObject that lives in the UI thread queues the call there, so no widget
is ever touched from another thread and the UI never waits for a device.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    frame = Signal(float, object)          # time, numpy BGR frame
    image = Signal(object)                 # QImage ready to paint
    quality = Signal(object)               # client.ui.quality.Quality
    level = Signal(float)                  # microphone loudness 0..1
    device_error = Signal(str)             # key of client.ui.texts device messages
    check_result = Signal(str, object)     # check id, CheckResult
    checks_done = Signal(object)           # list of CheckResult
    violation = Signal(object)             # dict from the agent
    status = Signal(object)                # client.ui.status.Status
