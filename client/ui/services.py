"""The parts the exam runs besides the UI: recorder, uploader, lockdown agent, flag detectors.

Each is another team's module with a small documented contract; this file is the only place the
app touches them, so a change of contract is one edit here. A part that is missing from a build
(or fails to start on this machine) is reported as such in the status and in the journal; the
exam goes on with the rest, because losing the whole exam to one broken part is worse.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.journal import SessionWriter

if TYPE_CHECKING:
    from client.ui.session import Opened

log = logging.getLogger(__name__)

FrameListener = Callable[[float, Any], None]
ViolationCallback = Callable[[dict[str, Any]], None]


def _load(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _call(factory: Any, *args: Any, **wanted: Any) -> Any:
    """Call a constructor with the keyword arguments it accepts (contracts grow options)."""
    try:
        params = inspect.signature(factory).parameters
    except (TypeError, ValueError):
        return factory(*args)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return factory(*args, **wanted)
    return factory(*args, **{k: v for k, v in wanted.items() if k in params})


@dataclass
class PartStatus:
    name: str
    running: bool
    detail: str = ""


@dataclass
class Snapshot:
    """What the exam view shows; built on a worker thread, read on the UI thread."""

    streams: dict[str, str] = field(default_factory=dict)   # stream -> "recording"/"paused"/...
    online: bool | None = None                               # None: not known (no uploader)
    pending_bytes: int = 0
    agent: str = "off"
    problems: list[str] = field(default_factory=list)


class Services:
    def __init__(self, opened: Opened, writer: SessionWriter, spool: Path, *,
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
        self.missing: list[str] = []
        self._frame_listeners: list[tuple[str, FrameListener]] = []
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- start / stop
    def start(self) -> None:
        starters = (("recorder", self._start_recorder), ("uploader", self._start_uploader),
                    ("agent", self._start_agent), ("flags", self._start_flags))
        for name, starter in starters:
            try:
                started = starter()
            except Exception as exc:  # one part failing must not end the exam
                log.exception("%s did not start", name)
                self.writer.event("part_failed", part=name, error=str(exc))
                started = False
            if not started:
                self.missing.append(name)
        self.writer.event("parts_started", missing=self.missing)

    def _start_recorder(self) -> bool:
        factory = _load("client.record", "Recorder") or _load("client.record.recorder",
                                                                "Recorder")
        if factory is None:
            return False
        self.recorder = _call(factory, self.opened.exam.config, self.writer, camera=self.camera,
                              microphone=self.microphone)
        self.recorder.start()
        for stream, listener in self._frame_listeners:
            self.recorder.add_frame_listener(stream, listener)
        return True

    def _start_uploader(self) -> bool:
        factory = _load("client.upload", "Uploader") or _load("client.upload.uploader",
                                                                "Uploader")
        if factory is None:
            return False
        self.uploader = _call(factory, self.spool, self.opened.exam.config.backend)
        self.uploader.start()
        return True

    def _start_agent(self) -> bool:
        factory = _load("client.agent_link", "AgentLink")
        if factory is None:
            return False
        self.agent = _call(factory, self.opened.exam.config, writer=self.writer,
                           on_violation=self._violation)
        self.agent.start()
        return True

    def _start_flags(self) -> bool:
        factory = _load("client.flags", "FlagEngine") or _load("client.flags.engine",
                                                                "FlagEngine")
        if factory is None or self.recorder is None:
            return False
        self.flags = _call(factory, self.opened.exam.config, writer=self.writer)
        if hasattr(self.flags, "on_frame"):
            self.recorder.add_frame_listener("webcam", self.flags.on_frame)
        return True

    def _violation(self, violation: Any) -> None:
        data = violation if isinstance(violation, dict) else dict(getattr(violation,
                                                                          "__dict__", {}))
        if self.on_violation is not None:
            self.on_violation(data)

    def add_frame_listener(self, stream: str, listener: FrameListener) -> None:
        self._frame_listeners.append((stream, listener))
        if self.recorder is not None:
            self.recorder.add_frame_listener(stream, listener)

    def stop_recording(self) -> None:
        for part in (self.flags, self.agent, self.recorder):
            if part is not None:
                with contextlib.suppress(Exception):
                    part.stop()
        self.flags = self.agent = self.recorder = None

    def stop(self) -> None:
        self.stop_recording()
        if self.uploader is not None:
            with contextlib.suppress(Exception):
                self.uploader.stop()
            self.uploader = None

    # ---------------------------------------------------------------- status
    def audio_level(self) -> float | None:
        if self.recorder is None or not hasattr(self.recorder, "audio_level"):
            return None
        with contextlib.suppress(Exception):
            return float(self.recorder.audio_level())
        return None

    def snapshot(self) -> Snapshot:
        snap = Snapshot()
        snap.streams = self._streams()
        snap.online, snap.pending_bytes = self._network()
        snap.agent = "running" if self.agent is not None else "off"
        snap.problems = list(self.missing)
        return snap

    def _streams(self) -> dict[str, str]:
        wanted = [s for s in self.opened_streams()]
        if self.recorder is None:
            return {s: "off" for s in wanted}
        stats: Any = {}
        with contextlib.suppress(Exception):
            stats = self.recorder.stats()
        found = {}
        for stream in wanted:
            item = stats.get(stream) if isinstance(stats, dict) else getattr(stats, stream, None)
            state = _field(item, "state") or ("recording" if item is not None else "off")
            found[stream] = str(state)
        return found

    def opened_streams(self) -> list[str]:
        from client.ui.session import media_streams

        return list(media_streams(self.opened))

    def _network(self) -> tuple[bool | None, int]:
        if self.uploader is None:
            return None, 0
        status: Any = None
        with contextlib.suppress(Exception):
            status = self.uploader.status()
        online = _field(status, "online")
        pending = _field(status, "pending_bytes") or 0
        return (None if online is None else bool(online)), int(pending)


def _field(item: Any, name: str) -> Any:
    if item is None:
        return None
    if isinstance(item, dict):
        return item.get(name)
    return getattr(item, name, None)
