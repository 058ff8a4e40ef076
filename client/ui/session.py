"""One exam attempt from the app's side: the journal writer, the parts it runs, the state.

No Qt here: the wizard calls these methods and listens through callbacks that the Qt side turns
into signals. Everything that can fail because of the person's machine raises UserError.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client import __version__
from client.config.loader import Exam, open_exam_file, recording_recipient
from client.journal import SessionMeta, SessionWriter
from client.trust.keys import RecordingPublicKey
from client.ui import resume
from client.ui.services import Services, media_streams
from client.ui.state import Change, ExamState, Phase


@dataclass
class Opened:
    """An exam opened and ready for check-in."""

    exam: Exam
    recipient: RecordingPublicKey
    practice_keys: Path | None = None

    @property
    def practice(self) -> bool:
        return self.exam.config.exam.practice


def open_practice(keys_dir: Path | None = None) -> Opened:
    from client.config.practice import practice_exam

    exam, folder = practice_exam(keys_dir)
    return Opened(exam, recording_recipient(exam, folder), folder)


def open_real(where: str, trust: list[Path] | None = None) -> Opened:
    exam = open_exam_file(where, trust=trust)
    return Opened(exam, recording_recipient(exam))


@dataclass
class ExamSession:
    opened: Opened
    spool: Path
    candidate_id: str = ""
    camera: int | str = 0
    microphone: int | str | None = None
    state: ExamState = field(default_factory=ExamState)
    writer: SessionWriter | None = None
    services: Services | None = None
    resumed: bool = False
    on_violation: Callable[[dict[str, Any]], None] | None = None
    _folder: Path | None = None

    def __post_init__(self) -> None:
        self.state.subscribe(self._remember)

    # ---------------------------------------------------------------- journal
    @property
    def quota(self) -> int:
        return self.opened.exam.config.recording.spool_quota_mb * 1024 * 1024

    def begin(self) -> SessionWriter:
        """Open the session at consent, so check-in (photos, check results) is in it too."""
        if self.writer is None:
            self.writer = SessionWriter.create(
                self.spool, exam=self.opened.exam.config, recipient=self.opened.recipient,
                candidate_id=self.candidate_id, exam_source=self.opened.exam.source,
                streams=media_streams(self.opened, self.camera, self.microphone),
                quota_bytes=self.quota)
            self.writer.event("device", app_version=__version__, os=platform.platform(),
                              machine=platform.machine())
            self._remember(None)
        return self.writer

    @property
    def folder(self) -> Path | None:
        return self.writer.path if self.writer is not None else self._folder

    def continue_from(self, note: resume.Note) -> None:
        """After a crash or a close: the same session, a new key epoch, the same exam clock.

        A session already finished (the app stopped while handing in) is not reopened for
        writing: only its upload has to finish.
        """
        phase = Phase(note.phase)
        self._folder = note.folder(self.spool)
        if phase is not Phase.ENDED or SessionMeta.load(self._folder).finished is None:
            self.writer = SessionWriter.resume(self._folder, recipient=self.opened.recipient,
                                               quota_bytes=self.quota)
            self.writer.event("app_restarted", phase=phase.value)
            if phase is Phase.ENDED:  # stopped while sealing: the recording is over, seal it
                self.writer.close()
        self.resumed = True
        self.state = ExamState(phase, started_at=note.started_at)
        self.state.subscribe(self._remember)

    def event(self, kind: str, **fields: Any) -> None:
        if self.writer is not None:
            self.writer.event(kind, **fields)

    def add_photo(self, kind: str, jpeg: bytes, details: dict[str, Any]) -> None:
        writer = self.begin()
        now = time.time()
        writer.write_segment("id", jpeg, now, now, content_type="image/jpeg")
        writer.event("photo", photo=kind, bytes=len(jpeg), **details)

    def _remember(self, change: Change | None) -> None:
        folder = self.folder
        if folder is None:
            return
        if self.state.phase is Phase.HANDED_IN:
            resume.clear(self.spool)
            return
        resume.save(self.spool, resume.Note(folder.name,
                                            self.opened.exam.config.exam.id,
                                            self.state.phase.value, self.state.started_at,
                                            self.opened.practice))
        if change is not None:
            self.event("exam_state", old=change.old.value, new=change.new.value,
                       reason=change.reason, by=change.by)

    # ---------------------------------------------------------------- running
    def start(self) -> Services:
        """Agent and recording start; the exam clock starts (or continues after a restart)."""
        writer = self.writer or self.begin()
        self.services = Services(self.opened, writer, self.spool, camera=self.camera,
                                 microphone=self.microphone, on_violation=self._violation)
        self.services.start()
        if self.state.phase is Phase.CHECK_IN:
            self.state.change(Phase.RUNNING, reason="candidate started the exam", by="candidate")
        return self.services

    def resume_upload(self) -> None:
        """After a restart in the hand-in phase: only the uploader has work left."""
        self.services = Services(self.opened, None, self.spool)
        self.services.start_uploader_only()

    def _violation(self, violation: dict[str, Any]) -> None:
        if self.on_violation is not None:
            self.on_violation(violation)

    def finish(self) -> None:
        """End the exam and seal it, here and now (the headless run)."""
        self.end()
        self.seal()

    def end(self) -> None:
        """The exam is over from this moment (quick: the UI calls it)."""
        if self.state.phase in (Phase.RUNNING, Phase.PAUSED):
            self.state.change(Phase.ENDED, reason="candidate finished", by="candidate")

    def seal(self) -> None:
        """Stop recording, encode what is queued, write the end markers (seconds: a worker
        thread calls it); the uploader keeps going."""
        if self.services is not None:
            self.services.stop_recording()
        if self.writer is not None:
            self.writer.close()

    def handed_in(self) -> None:
        if self.state.phase is Phase.ENDED:
            self.state.change(Phase.HANDED_IN, reason="every segment confirmed")

    def shutdown(self) -> None:
        """The app is closing: stop everything, leave what is on disk valid for a restart."""
        if self.services is not None:
            self.services.stop()
        if self.writer is not None and (self.state.phase is Phase.CHECK_IN
                                        or self.state.recording):
            self.writer.abandon()
