"""A candidate's desk on a test display: text typed into a page, windows changing, and (on
request) a flash of the whole screen together with a beep into the virtual microphone.

Run as a program on an Xvfb display:
    python -m tests.record.desk --seconds 30 [--flash-every 3 --flash-log FILE]
                                [--switch-every 20]
Each flash is logged as {"flash": t, "beep": t, "beep_latency": s}: when the white frame was on
the display, and when the first sample of the beep reached the sound server (PortAudio's DAC
time), both in wall-clock seconds, and the output delay PortAudio reported for that beep. The
A/V sync test compares the recording against these.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

TEXT = ("Question 3. Explain why the sky appears blue during the day and red at sunset. "
        "Rayleigh scattering is stronger for shorter wavelengths, so blue light is scattered "
        "across the sky much more than red light. At sunset the light travels through more "
        "air, most of the blue is scattered away before it reaches us, and what remains is "
        "red and orange. ")
BEEP_HZ = 1000.0
BEEP_SECONDS = 0.15
RATE = 48000


class Beeper:
    """An output stream that plays a beep when asked and reports when it reached the server."""

    def __init__(self) -> None:
        import sounddevice as sd

        self.pending = threading.Event()
        self.remaining = 0
        self.phase = 0
        # per beep: its DAC time and the output delay PortAudio reported with it
        self.started: list[tuple[float, float]] = []
        self.stream = sd.OutputStream(samplerate=RATE, channels=1, dtype="float32",
                                      blocksize=480, callback=self._callback)
        self.stream.start()

    def _callback(self, out: np.ndarray, frames: int, when: Any, _status: Any) -> None:
        out.fill(0)
        if self.pending.is_set() and self.remaining == 0:
            self.pending.clear()
            self.remaining = round(BEEP_SECONDS * RATE)
            self.phase = 0
            dac = float(when.outputBufferDacTime)
            self.started.append((dac, dac - float(when.currentTime)))
        if self.remaining:
            n = min(frames, self.remaining)
            t = (self.phase + np.arange(n)) / RATE
            out[:n, 0] = 0.5 * np.sin(2 * math.pi * BEEP_HZ * t)
            self.phase += n
            self.remaining -= n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--flash-every", type=float, default=0.0)
    parser.add_argument("--flash-log", type=Path)
    parser.add_argument("--flash-count", type=int, default=1000)
    parser.add_argument("--switch-every", type=float, default=0.0)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QTextEdit

    app = QApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen().geometry()
    stack = QStackedWidget()
    stack.setGeometry(screen)
    editor = QTextEdit()
    editor.setFont(QFont("DejaVu Sans", 16))
    editor.setStyleSheet("background:#1e2227;color:#e6e6e6;")
    other = QLabel("Reference sheet\n\n" + "\n".join(f"{i}. constant {i * 7.31:.2f}"
                                                    for i in range(1, 20)))
    other.setFont(QFont("DejaVu Sans Mono", 14))
    other.setStyleSheet("background:#f3efe0;color:#202020;padding:40px;")
    flash = QLabel()
    flash.setStyleSheet("background:#ffffff;")
    for widget in (editor, other, flash):
        stack.addWidget(widget)
    stack.setWindowFlags(stack.windowFlags())
    stack.showFullScreen()

    state = {"pos": 0, "page": 0}
    beeper = Beeper() if args.flash_every else None
    log: list[dict[str, float]] = []

    def type_one() -> None:
        editor.insertPlainText(TEXT[state["pos"] % len(TEXT)])
        state["pos"] += 1

    def switch() -> None:
        state["page"] = 1 - state["page"]
        stack.setCurrentIndex(state["page"])

    def do_flash() -> None:
        assert beeper is not None
        if len(log) >= args.flash_count:
            return
        stack.setCurrentWidget(flash)
        stack.repaint()
        QGuiApplication.sync()
        shown = time.time()
        beeper.pending.set()
        log.append({"flash": shown})
        QTimer.singleShot(300, lambda: stack.setCurrentIndex(state["page"]))

    typing = QTimer()
    typing.timeout.connect(type_one)
    typing.start(110)
    timers = [typing]
    if args.switch_every:
        t = QTimer()
        t.timeout.connect(switch)
        t.start(round(args.switch_every * 1000))
        timers.append(t)
    if args.flash_every:
        t = QTimer()
        t.setTimerType(Qt.TimerType.PreciseTimer)
        t.timeout.connect(do_flash)
        t.start(round(args.flash_every * 1000))
        timers.append(t)
    QTimer.singleShot(round(args.seconds * 1000), app.quit)
    app.exec()
    if beeper is not None:
        beeper.stream.stop()
        for entry, (beep, latency) in zip(log, beeper.started, strict=False):
            entry["beep"] = beep
            entry["beep_latency"] = latency
        if args.flash_log:
            args.flash_log.write_text(json.dumps([e for e in log if "beep" in e]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
