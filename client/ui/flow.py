"""The check-in to hand-in flow: what the pages ask for, done off the UI thread.

The pages are views; this object owns the exam session, the camera and microphone previews, the
photo quality worker and the once-a-second status poll. Worker threads only ever emit the
bridge's signals, so widgets are touched on the UI thread alone.
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from client import paths
from client.checks.registry import Check
from client.checks.result import CheckResult
from client.errors import UserError
from client.ui import pause, quality, resume
from client.ui.bridge import Bridge
from client.ui.checklist import available_checks
from client.ui.handin import hand_in_status
from client.ui.pause import PauseWatch
from client.ui.preview import CameraPreview, MicrophoneLevel, parse_source
from client.ui.responsive import run_responsive
from client.ui.services import Snapshot
from client.ui.session import ExamSession, Opened, open_practice, open_real
from client.ui.state import Phase, TransitionError
from client.ui.status_view import Status
from client.ui.widgets.video import to_qimage

ASSESS_INTERVAL = 0.25   # seconds between quality checks: 4 a second is live enough
STATUS_INTERVAL = 1.0


def receipt_code(folder: Path) -> str:
    """The hand-in digest (client/upload/receipt.py) in groups a person can read out."""
    from client.upload import hand_in

    digest = hand_in(folder).digest[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


class Flow(QObject):
    exam_opened = Signal()
    checkin_resumed = Signal()
    exam_started = Signal()
    exam_finished = Signal()
    handed_in = Signal()
    exam_paused = Signal(object)     # tuple of client.ui.pause faults (again when they change)
    exam_unpaused = Signal()

    def __init__(self, args: argparse.Namespace, *, practice: bool) -> None:
        super().__init__()
        self.args = args
        self.practice_mode = practice
        self.spool: Path = args.spool or paths.default_spool()
        self.camera = parse_source(args.camera)
        self.microphone = parse_source(args.microphone) if args.microphone else None
        self.auto = bool(args.auto)
        self.bridge = Bridge()
        self.opened: Opened | None = None  # type: ignore[assignment]
        self.session: ExamSession | None = None
        self.interrupted = resume.load(self.spool)
        self.resumed = False
        self._camera: CameraPreview | None = None
        self._mic: MicrophoneLevel | None = None
        self._frame_lock = threading.Lock()
        self._frame: np.ndarray | None = None
        self._assess_kind: str | None = None
        self._last_assess = 0.0
        self._status_stop = threading.Event()
        self._status_thread: threading.Thread | None = None
        self._sealer: threading.Thread | None = None
        self.checks: list[Check] | None = None  # None: all, as `invigilo check` runs them
        self._pause = PauseWatch()

    # ---------------------------------------------------------------- opening
    def open_exam(self, where: str | None) -> None:
        """None opens the practice exam. Raises UserError with message and remedy."""
        if where is None:
            self.use(open_practice())
        else:
            trust = self.args.trust
            self.use(run_responsive(lambda: open_real(where, trust)))

    def use(self, opened: Opened) -> None:
        """Check in to an exam already opened (and verified)."""
        self.opened = opened
        self.session = ExamSession(opened, self.spool, candidate_id=self.args.candidate,
                                   camera=self.camera, microphone=self.microphone)
        self.session.on_violation = self.bridge.violation.emit
        self.exam_opened.emit()

    def continue_interrupted(self) -> None:
        note = self.interrupted
        if note is None:
            return
        try:
            folder = note.folder(self.spool)
            exam_file = folder / "exam.invigilo"
            if note.practice:
                self.opened = open_practice()
            else:
                self.opened = open_real(str(exam_file), self.args.trust)
            self.session = ExamSession(self.opened, self.spool,
                                       candidate_id=self.args.candidate, camera=self.camera,
                                       microphone=self.microphone)
            self.session.on_violation = self.bridge.violation.emit
            self.session.continue_from(note)
        except UserError:
            self.interrupted = None
            raise
        self.resumed = True
        self.exam_opened.emit()
        phase = self.session.state.phase
        if phase is Phase.CHECK_IN:
            self.checkin_resumed.emit()  # same session, check-in again from consent
        elif phase is Phase.ENDED:
            self.session.resume_upload()
            self._start_status()
            self.exam_finished.emit()
        else:
            if phase is Phase.PAUSED:  # its parts start afresh; paused again if still broken
                self.session.state.change(Phase.RUNNING, reason="app restarted", by="app")
            self.stop_previews()
            self.session.start()
            self._start_status()
            self.exam_started.emit()
            self._schedule_auto_finish()

    # ---------------------------------------------------------------- check-in
    def consent(self, candidate: str) -> None:
        assert self.session is not None
        if candidate:
            self.session.candidate_id = candidate
        self.session.begin()
        self.session.event("consent", accepted=True, candidate_given=bool(candidate))

    def check_list(self) -> list[Check]:
        return self.checks if self.checks is not None else available_checks()

    def record_checks(self, results: list[CheckResult]) -> None:
        self.session_event("system_check", results=[r.as_dict() for r in results])

    def session_event(self, kind: str, **fields: Any) -> None:
        if self.session is not None:
            self.session.event(kind, **fields)

    # ---------------------------------------------------------------- previews
    def start_previews(self, *, audio: bool) -> None:
        if self._camera is None:
            self._camera = CameraPreview(self.camera, self._on_frame,
                                         on_error=self.bridge.device_error.emit)
            self._camera.start()
        if audio and self._mic is None:
            self._mic = MicrophoneLevel(self.bridge.level.emit, device=self.microphone,
                                        on_error=self.bridge.device_error.emit)
            self._mic.start()

    def stop_audio_preview(self) -> None:
        if self._mic is not None:
            self._mic.stop()
            self._mic = None

    def stop_previews(self) -> None:
        self.stop_audio_preview()
        if self._camera is not None:
            self._camera.stop()
            self._camera = None

    def _on_frame(self, t: float, frame: np.ndarray) -> None:
        """Camera thread: keep the frame, send a QImage, and judge it a few times a second."""
        with self._frame_lock:
            self._frame = frame
        self.bridge.image.emit(to_qimage(frame))
        kind = self._assess_kind
        if kind is not None and time.monotonic() - self._last_assess >= ASSESS_INTERVAL:
            self._last_assess = time.monotonic()
            self.bridge.quality.emit(quality.assess(kind, frame))  # type: ignore[arg-type]

    def assess(self, kind: str | None) -> None:
        self._assess_kind = kind

    def latest_frame(self) -> np.ndarray | None:
        with self._frame_lock:
            return None if self._frame is None else self._frame.copy()

    def take_photo(self, kind: str) -> tuple[QImage, quality.Quality] | None:
        frame = self.latest_frame()
        if frame is None or self.session is None:
            return None
        judged = quality.assess(kind, frame)  # type: ignore[arg-type]
        if not judged.ok:
            self.bridge.quality.emit(judged)
            return None
        self.session.add_photo(kind, quality.jpeg(frame), {
            "sharpness": round(judged.sharpness, 1), "brightness": round(judged.brightness, 1),
            "box": judged.box})
        return to_qimage(frame), judged

    def save_still(self, stream: str) -> bool:
        frame = self.latest_frame()
        if frame is None or self.session is None or self.session.writer is None:
            return False
        now = time.time()
        self.session.writer.write_segment(stream, quality.jpeg(frame, 70), now, now,
                                          content_type="image/jpeg")
        return True

    # ---------------------------------------------------------------- exam
    def start_exam(self) -> None:
        assert self.session is not None
        self.stop_previews()  # the recorder owns the camera and microphone from now on
        self.session.start()
        self._start_status()
        self.exam_started.emit()
        self._schedule_auto_finish()

    def _schedule_auto_finish(self) -> None:
        if self.auto and self.args.auto_finish is not None:
            QTimer.singleShot(round(self.args.auto_finish * 1000), self.finish_exam)

    def finish_exam(self) -> None:
        if self.session is None or self.session.state.phase not in (Phase.RUNNING,
                                                                    Phase.PAUSED):
            return
        self.session.end()
        self.exam_finished.emit()
        # Stopping the recorder encodes what is queued: seconds on an old laptop, so off the UI
        # thread. Hand-in counts as complete only once the session is sealed (session.json).
        self._sealer = threading.Thread(target=self.session.seal, name="exam-seal", daemon=True)
        self._sealer.start()

    def _start_status(self) -> None:
        if self._status_thread is None:
            self._status_stop.clear()
            self._status_thread = threading.Thread(target=self._status_loop,
                                                   name="exam-status", daemon=True)
            self._status_thread.start()

    def status_now(self, snap: Snapshot | None = None) -> Status:
        assert self.session is not None and self.opened is not None
        session = self.session
        services = session.services
        if snap is None and services is not None:
            snap = services.snapshot()
        hand_in, code = None, ""
        folder = session.folder
        if folder is not None and session.state.phase in (Phase.ENDED, Phase.HANDED_IN):
            hand_in = hand_in_status(folder)
            if hand_in.complete:
                code = receipt_code(folder)
        return Status(
            elapsed=session.state.elapsed(),
            limit_s=self.opened.exam.config.exam.duration_minutes * 60.0,
            streams=snap.streams if snap else {},
            online=snap.online if snap else None,
            pending_bytes=snap.pending_bytes if snap else 0,
            phase=session.state.phase.value,
            problems=tuple(snap.problems) if snap else (),
            agent=snap.agent if snap else "off",
            hand_in=hand_in, receipt_code=code,
            upload_problem=snap.upload_problem if snap else "")

    def _status_loop(self) -> None:
        while not self._status_stop.is_set():
            try:
                services = self.session.services if self.session is not None else None
                snap = None
                if services is not None:
                    services.tick()
                    snap = services.snapshot()
                    self._check_pause(snap)
                status = self.status_now(snap)
            except Exception:  # a status read racing a closing part: try again next second
                status = None
            if status is not None:
                self.bridge.status.emit(status)
                if status.hand_in is not None and status.hand_in.complete:
                    self._mark_handed_in()
            self._status_stop.wait(STATUS_INTERVAL)

    def _check_pause(self, snap: Snapshot) -> None:
        """Status thread: pause while a needed part is stopped, run again once it is back."""
        session = self.session
        if session is None or session.state.phase not in (Phase.RUNNING, Phase.PAUSED):
            return
        found = self._pause.update(time.monotonic(), pause.faults(snap))
        if found is None:
            return
        try:
            if found and session.state.phase is Phase.RUNNING:
                session.state.change(Phase.PAUSED, by="app",
                                     reason="stopped: " + ", ".join(found))
            elif not found and session.state.phase is Phase.PAUSED:
                session.state.change(Phase.RUNNING, reason="working again", by="app")
        except TransitionError:  # the candidate finished meanwhile
            return
        if found:
            self.exam_paused.emit(found)
        else:
            self.exam_unpaused.emit()

    def fullscreen_changed(self, fullscreen: bool) -> None:
        """The exam window entered or left full screen: journaled, and fed to the flag engine,
        which raises b2 (full screen left) from it (client/flags/signals.py)."""
        session = self.session
        if session is None or not session.state.recording:
            return
        session.event("fullscreen", fullscreen=fullscreen)
        engine = session.services.flags if session.services is not None else None
        if engine is not None:
            engine.feed_event(time.time(), {"kind": "fullscreen", "fullscreen": fullscreen})

    def _mark_handed_in(self) -> None:
        if self.session is not None and self.session.state.phase is Phase.ENDED:
            self.session.handed_in()
            self.handed_in.emit()

    def shutdown(self) -> None:
        self._status_stop.set()
        self.stop_previews()
        if self._sealer is not None:
            self._sealer.join(timeout=20)  # let the end of the recording reach the disk
        if self.session is not None:
            self.session.shutdown()
