"""What the candidate app costs on the machine it must run on (a 2011 dual-core laptop).

    .venv/bin/python benchmarks/ui.py

Prints, each beside a reference measured in the same run:
  - live photo feedback: milliseconds per 320x240 frame for the face and the ID-card judgement,
    beside the bare face detector alone and the time budget between two judgements (250 ms);
  - start-up: seconds from a fresh process to the main window on screen (offscreen platform),
    beside a bare PySide6 window in a fresh process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from client.flags.face import FaceDetector  # noqa: E402
from client.ui import quality  # noqa: E402
from client.ui.flow import ASSESS_INTERVAL  # noqa: E402
from tests.ui.support import card_frame, face_frame  # noqa: E402

REPEATS = 60

APP_START = """
import sys, tempfile
sys.path.insert(0, {root!r})
from tests.ui.support import app_args
from client.ui.app import make_app
from client.ui.flow import Flow
from client.ui.window import MainWindow
app = make_app(scheme="light")
flow = Flow(app_args(__import__("pathlib").Path(tempfile.mkdtemp()), "0"), practice=True)
window = MainWindow(flow)
window.show()
app.processEvents()
"""

BARE_START = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
app.processEvents()
"""


def per_call_ms(fn: Callable[[], object]) -> float:
    fn()  # warm up (model load)
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def fresh_process_seconds(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for _ in range(3):  # the whole process, interpreter start included
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True,
                       timeout=120)
        runs.append(time.perf_counter() - began)
    return statistics.median(runs)


def main() -> int:
    face, card = face_frame(), card_frame()
    detector = FaceDetector(min_score=0.6)
    print(f"live photo feedback, 320x240 frame (median of {REPEATS}):")
    face_ms = per_call_ms(lambda: quality.assess_face(face))
    id_ms = per_call_ms(lambda: quality.assess_id(card))
    bare_ms = per_call_ms(lambda: detector.detect(face))
    budget_ms = ASSESS_INTERVAL * 1000
    print(f"  face judgement   {face_ms:6.1f} ms   (bare face detector {bare_ms:.1f} ms; "
          f"budget between judgements {budget_ms:.0f} ms: {face_ms / budget_ms:.1%} of it)")
    print(f"  ID judgement     {id_ms:6.1f} ms   (budget {budget_ms:.0f} ms: "
          f"{id_ms / budget_ms:.1%} of it)")
    print("start-up to the first window, fresh process (median of 3):")
    app_s = fresh_process_seconds(APP_START.format(root=str(ROOT)))
    bare_s = fresh_process_seconds(BARE_START)
    print(f"  Invigilo window  {app_s:6.2f} s    (bare PySide6 window {bare_s:.2f} s; "
          f"ratio {app_s / bare_s:.2f})")
    print(f"machine: {os.cpu_count()} logical CPUs; the 2011 target is about 3-4x slower per "
          "core, so multiply the milliseconds accordingly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
