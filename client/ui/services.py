"""The parts the exam runs besides the UI: recorder, uploader, lockdown agent, flag detectors.

This file is the only place the app touches them, so a change of their contracts is one edit
here. They start on a worker thread (probing the codec and waiting for the agent to prove who it
is take seconds, and the UI never waits). A part that fails to start on this machine is written
to the journal and shown in the status; the exam goes on with the rest, because losing the whole
exam to one broken part is worse, and the reviewer sees exactly what was missing.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client import paths
from client.journal import SessionWriter

if TYPE_CHECKING:
    from client.ui.session import Opened

log = logging.getLogger(__name__)

ViolationCallback = Callable[[dict[str, Any]], None]
SHOWN_AGENT_EVENTS = {"agent.finding"}


def selection(opened: Opened, camera: int | str, microphone: int | str | None) -> Any:
    from client.record.recorder import Selection

    return Selection(camera=str(camera), screen=True, audio=True,
                     audio_device=None if microphone is None else str(microphone))


def media_streams(opened: Opened, camera: int | str = 0,
                  microphone: int | str | None = None) -> dict[str, str]:
    """Stream name -> content type, as the recorder will write them."""
    from client.record.recorder import stream_types

    return stream_types(opened.exam.config, selection(opened, camera, microphone))


def agent_log(writer: SessionWriter) -> Path:
    """The lockdown agent's own log for this session, in the app's log folder, so support can
    read why the agent stopped or refused a peer (the session itself is sealed). One file per
    session: a restarted app appends to it."""
    return paths.user_data_dir() / "logs" / f"agent-{writer.path.name}.log"


@dataclass
class Snapshot:
    """What the exam view shows; built on the status thread, read on the UI thread."""

    streams: dict[str, str] = field(default_factory=dict)   # stream -> recorder state word
    online: bool | None = None                               # None: not known yet
    pending_bytes: int = 0
    agent: str = "off"
    problems: list[str] = field(default_factory=list)
    upload_problem: str = ""    # the uploader's last failure in plain words, "" once one worked


class Services:
    def __init__(self, opened: Opened, writer: SessionWriter | None, spool: Path, *,
                 camera: int | str = 0, microphone: int | str | None = None,
                 on_violation: ViolationCallback | None = None) -> None:
        self.opened = opened
        self.writer = writer
        self.spool = spool
        self.camera = camera
        self.microphone = microphone
        self.on_violation = on_violation
        self.recorder: Any = None
        self.uploader: Any = None
        self.agent: Any = None
        self.flags: Any = None
        self.failed: list[str] = []
        self.agent_state = "starting"
        self.started = threading.Event()
        self._stopping = False
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- start / stop
    @property
    def journal(self) -> SessionWriter:
        assert self.writer is not None, "recording parts need an open session writer"
        return self.writer

    def start(self) -> None:
        """Returns at once; the parts come up on a worker thread."""
        threading.Thread(target=self._start_all, name="exam-start", daemon=True).start()

    def start_uploader_only(self) -> None:
        """The exam is over (the app was restarted while handing in): just finish the upload."""
        try:
            self._start_uploader()
        except Exception as exc:
            self.failed.append("uploader")
            log.warning("uploader did not start: %s", exc)
        self.agent_state = "off"
        self.started.set()

    def _start_all(self) -> None:
        for name, starter in (("uploader", self._start_uploader),
                              ("recorder", self._start_recorder),
                              ("flags", self._start_flags), ("agent", self._start_agent)):
            if self._stopping:
                break
            try:
                starter()
            except Exception as exc:  # one part failing must not end the exam
                log.warning("%s did not start: %s", name, exc)
                self.failed.append(name)
                self.journal.event("part_failed", part=name, error=str(exc),
                                  remedy=getattr(exc, "remedy", None))
        self.journal.event("parts_started", failed=self.failed)
        self.started.set()

    def _start_recorder(self) -> None:
        from client.record.recorder import Recorder

        recorder = Recorder(self.opened.exam.config, self.journal,
                            selection(self.opened, self.camera, self.microphone))
        recorder.start()
        self.recorder = recorder

    def _start_uploader(self) -> None:
        from client.upload import Uploader

        backend = self.opened.exam.config.backend
        base = paths.user_data_dir()
        if backend.transport == "folder" and self.opened.practice:
            # The embedded default hands in to a folder beside the spool: make it exist.
            folder = Path(backend.folder).expanduser()
            (folder if folder.is_absolute() else base / folder).mkdir(parents=True,
                                                                      exist_ok=True)
        self.uploader = Uploader(self.spool, backend, base_dir=base)
        self.uploader.start()

    def _start_flags(self) -> None:
        from client.flags import FlagEngine

        if self.recorder is None:
            return
        engine = FlagEngine.from_exam(self.opened.exam.config, self.journal.event)
        for stream in ("webcam", "screen"):
            if stream in self.recorder.streams:
                self.recorder.add_frame_listener(
                    stream, lambda t, frame, s=stream: engine.feed_frame(s, t, frame))
        if "audio" in self.recorder.streams:
            self.recorder.add_audio_listener(lambda t, block: engine.feed_audio(t, block))
        self.flags = engine

    def _start_agent(self) -> None:
        from agent.policy import from_config
        from client.agent_link import AgentLink

        policy = from_config(self.opened.exam.config)
        if self.opened.exam.config.lockdown.level == "none":
            self.agent_state = "off"
            return
        link = AgentLink(policy, self._agent_event, log_path=str(agent_log(self.journal)))
        self.agent = link
        link.start()

    def _agent_event(self, kind: str, fields: dict[str, Any]) -> None:
        # A finding's own "kind" (forbidden_app, ...) must not clash with the event's kind.
        self.journal.event(kind, **{("finding" if k == "kind" else k): v
                                   for k, v in fields.items()})
        states = {"agent.started": "running", "agent.lost": "lost",
                  "agent.restarting": "restarting", "agent.gave_up": "lost",
                  "agent.stopped": "off"}
        self.agent_state = states.get(kind, self.agent_state)
        if kind == "agent.finding":
            if self.flags is not None:
                self.flags.feed_event(float(fields.get("at", time.time())), fields)
            if fields.get("action") != "allow" and self.on_violation is not None:
                self.on_violation(dict(fields))

    def stop_recording(self) -> None:
        """Stop the agent, the detectors and the recorder; the uploader keeps going.

        Safe to call from several threads (the sealing worker and a closing window): the first
        does the work, the others wait for it; stopping a recorder twice would wait forever.
        """
        self._stopping = True
        with self._lock:
            self._stop_recording_once()

    def _stop_recording_once(self) -> None:
        self.started.wait(20)
        now = time.time()
        if self.agent is not None:
            with contextlib.suppress(Exception):
                self.agent.stop()
        if self.recorder is not None:
            with contextlib.suppress(Exception):
                self.recorder.stop()
        if self.flags is not None:
            with contextlib.suppress(Exception):
                self.flags.close(now)
        self.agent = self.recorder = self.flags = None
        if self.uploader is not None:
            self.uploader.wake()

    def stop(self) -> None:
        self.stop_recording()
        if self.uploader is not None:
            with contextlib.suppress(Exception):
                self.uploader.stop()
            self.uploader = None

    # ---------------------------------------------------------------- status
    def tick(self) -> None:
        """Once a second from the status thread: time-based flags need a clock."""
        if self.flags is not None:
            with contextlib.suppress(Exception):
                now = time.time()
                online = self.uploader.status().online if self.uploader is not None else None
                if online is not None:  # n1: the uploader is the one that knows
                    self.flags.feed_event(now, {"kind": "network", "online": online})
                self.flags.tick(now)

    def snapshot(self) -> Snapshot:
        snap = Snapshot(agent=self.agent_state, problems=list(self.failed))
        recorder = self.recorder
        if recorder is not None:
            with contextlib.suppress(Exception):
                snap.streams = {name: s.state for name, s in recorder.stats().items()}
        else:  # not started yet, or the recorder failed to start on this machine
            word = "failed" if self.started.is_set() else "starting"
            snap.streams = {s: word for s in media_streams(self.opened, self.camera)}
        uploader = self.uploader
        if uploader is not None:
            status = uploader.status()
            snap.online, snap.pending_bytes = status.online, status.pending_bytes
            snap.upload_problem = status.last_error or ""
        return snap
