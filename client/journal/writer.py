"""Writing one session: sealing segments, chaining them, putting them on disk crash-safely.

The writer is the only code that holds a data key, and only in memory. Each time a session is
opened for writing a new epoch begins with a fresh random key sealed to the institution, so a
session interrupted by a crash continues without any key on disk and without ever reusing a
(key, nonce) pair.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client.journal import format as fmt
from client.journal import keywrap
from client.journal.atomic import clean_temps, fsync_dir, write_atomic
from client.journal.errors import TEXT, JournalError, SpoolFull, StreamShed
from client.journal.meta import Epoch, SessionMeta, now_iso
from client.journal.quota import Pressure, Quota
from client.journal.spool import segment_name, stream_tail
from client.trust.keys import RecordingPublicKey

EVENTS = "events"
EVENTS_TYPE = "application/x-ndjson"
EVENT_FLUSH_SECONDS = 5.0
EVENT_FLUSH_BYTES = 64 * 1024
DEFAULT_QUOTA = 2 * 1024**3

PressureCallback = Callable[[Pressure], None]


@dataclass
class _StreamState:
    content_type: str
    next_seq: int
    prev_hash: bytes
    key: bytes
    finished: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)


@dataclass(frozen=True)
class SegmentInfo:
    stream: str
    seq: int
    path: Path
    size: int
    sha256: bytes


def _us(t: float) -> int:
    return round(t * 1_000_000)


class SessionWriter:
    """Thread-safe: recorder threads write their streams in parallel, events come from anywhere."""

    def __init__(self, folder: Path, meta: SessionMeta, epoch: int, data_key: bytes,
                 quota: Quota, on_pressure: PressureCallback | None = None) -> None:
        self.path = folder
        self.meta = meta
        self.epoch = epoch
        self._data_key = data_key
        self.quota = quota
        self.on_pressure = on_pressure
        self._streams: dict[str, _StreamState] = {}
        self._meta_lock = threading.Lock()
        self._events: list[bytes] = []
        self._events_size = 0
        self._events_lock = threading.Lock()
        self._last_shed: frozenset[str] = frozenset()
        self._closed = threading.Event()
        self._flusher = threading.Thread(target=self._flush_loop, name="journal-events",
                                         daemon=True)
        self._flusher.start()

    # ----------------------------------------------------------------- opening
    @property
    def session_id(self) -> str:
        return self.meta.session_id

    @classmethod
    def create(cls, spool: Path, *, exam: Any, recipient: RecordingPublicKey,
               candidate_id: str = "", streams: dict[str, str] | None = None,
               quota_bytes: int = DEFAULT_QUOTA, exam_source: bytes | None = None,
               on_pressure: PressureCallback | None = None) -> SessionWriter:
        """Start a new session folder in `spool` for `exam` (an ExamConfig)."""
        meta = SessionMeta(
            session_id=SessionMeta.new_id(), exam_id=exam.exam.id, candidate_id=candidate_id,
            created=now_iso(), recipient_kem=recipient.kem,
            recipient_fingerprint=recipient.fingerprint,
            hpke_suite=keywrap.SUITE_NAMES[recipient.kem], practice=exam.exam.practice,
            exam_title=exam.exam.title, institution=exam.exam.institution,
            streams={EVENTS: EVENTS_TYPE, **(streams or {})},
        )
        folder = spool / meta.session_id
        try:
            spool.mkdir(parents=True, exist_ok=True)
            folder.mkdir()
            if exam_source is not None:
                write_atomic(folder / "exam.invigilo", exam_source)
        except OSError as exc:
            raise _io_error(exc, spool) from None
        writer = cls._open_epoch(folder, meta, recipient, quota_bytes, on_pressure)
        writer.event("session_started", exam_id=meta.exam_id, practice=meta.practice,
                     flush=True)
        return writer

    @classmethod
    def resume(cls, folder: Path, *, recipient: RecordingPublicKey,
               quota_bytes: int = DEFAULT_QUOTA,
               on_pressure: PressureCallback | None = None) -> SessionWriter:
        """Continue an interrupted session: clean half-written files, start a new epoch."""
        meta = SessionMeta.load(folder)
        if meta.finished:
            raise JournalError(TEXT["finished"].format(session=meta.session_id))
        if meta.recipient_fingerprint != recipient.fingerprint:
            raise JournalError(TEXT["other_key"], TEXT["other_key_fix"])
        removed = clean_temps(folder)
        for sub in folder.iterdir():
            if sub.is_dir():
                removed += clean_temps(sub)
        writer = cls._open_epoch(folder, meta, recipient, quota_bytes, on_pressure)
        writer.event("session_resumed", epoch=writer.epoch,
                     discarded_partial_writes=len(removed), flush=True)
        return writer

    @classmethod
    def _open_epoch(cls, folder: Path, meta: SessionMeta, recipient: RecordingPublicKey,
                    quota_bytes: int, on_pressure: PressureCallback | None) -> SessionWriter:
        epoch = len(meta.epochs)
        data_key = os.urandom(keywrap.KEY_SIZE)
        sealed = keywrap.seal_key(data_key, recipient, meta.session_bytes, epoch)
        meta.epochs.append(Epoch(epoch, now_iso(), base64.b64encode(sealed).decode()))
        try:
            meta.save(folder)  # durable before any segment of this epoch exists
        except OSError as exc:
            raise _io_error(exc, folder) from None
        quota = Quota(folder.parent, quota_bytes)
        return cls(folder, meta, epoch, data_key, quota, on_pressure)

    # ----------------------------------------------------------------- streams
    def _stream(self, name: str, content_type: str | None) -> _StreamState:
        with self._meta_lock:
            state = self._streams.get(name)
            if state is not None:
                return state
            if not fmt.STREAM_NAME.fullmatch(name):
                raise JournalError(f"invalid stream name {name!r}")
            known = self.meta.streams.get(name)
            ctype = content_type or known or "application/octet-stream"
            if known != ctype:
                self.meta.streams[name] = ctype
                self.meta.save(self.path)
            folder = self.path / name
            folder.mkdir(exist_ok=True)
            seq, prev = stream_tail(self.path, name)
            key = fmt.stream_key(self._data_key, self.meta.session_bytes, name)
            state = _StreamState(ctype, seq, prev, key)
            self._streams[name] = state
            return state

    def accepting(self, stream: str) -> bool:
        return stream not in self.quota.pressure().shed

    def write_segment(self, stream: str, payload: bytes, start: float, end: float, *,
                      final: bool = False, content_type: str | None = None) -> SegmentInfo:
        """Seal and store one segment; raises StreamShed or SpoolFull instead of losing others."""
        if self._closed.is_set() and stream != EVENTS:
            raise JournalError("the session is closed")
        return self._write(stream, payload, start, end, final, content_type)

    def _write(self, stream: str, payload: bytes, start: float, end: float, final: bool,
               content_type: str | None) -> SegmentInfo:
        state = self._stream(stream, content_type)
        with state.lock:
            if state.finished:
                raise JournalError(f"stream {stream} has already ended")
            # End markers and events are tiny and explain everything else: never shed.
            essential = stream == EVENTS or (final and not payload)
            self._check_room(stream, len(payload) + 512, essential)
            header = fmt.Header(self.meta.session_bytes, self.epoch, stream, state.next_seq,
                                _us(start), _us(end), state.prev_hash, len(payload),
                                state.content_type, final)
            data = fmt.seal(header, payload, state.key)
            path = self.path / stream / segment_name(state.next_seq)
            try:
                write_atomic(path, data)
            except OSError as exc:
                raise _io_error(exc, path.parent) from None
            digest = fmt.file_hash(data)
            state.prev_hash = digest
            state.next_seq += 1
            state.finished = final
            self.quota.add(len(data))
        return SegmentInfo(stream, header.seq, path, len(data), digest)

    def _check_room(self, stream: str, size: int, essential: bool) -> None:
        pressure = self.quota.pressure()
        if pressure.shed != self._last_shed:
            self._last_shed = pressure.shed
            self.event("spool_pressure", used=pressure.used, limit=pressure.limit,
                       paused=sorted(pressure.shed), flush=stream != EVENTS)
            if self.on_pressure:
                self.on_pressure(pressure)
        if stream in pressure.shed and not essential:
            raise StreamShed(TEXT["shed"].format(stream=stream, fraction=pressure.fraction),
                             TEXT["free_space"])
        if not self.quota.fits(size, essential):
            raise SpoolFull(TEXT["quota"])

    # ----------------------------------------------------------------- events
    def event(self, kind: str, t: float | None = None, *, flush: bool = False,
              **fields: Any) -> None:
        """Queue an event; it reaches the disk within a few seconds, at once with `flush`.

        Events still queued when the process dies are lost like any segment in flight, so the
        ones that explain a session's shape (start, resume, disk pressure) are flushed at once.
        """
        record = {"t": time.time() if t is None else t, "kind": kind, **fields}
        line = json.dumps(record, separators=(",", ":"), default=str).encode() + b"\n"
        with self._events_lock:
            self._events.append(line)
            self._events_size += len(line)
            large = self._events_size >= EVENT_FLUSH_BYTES
        if large or flush:
            self.flush_events()

    def flush_events(self, final: bool = False) -> None:
        with self._events_lock:
            lines, self._events, self._events_size = self._events, [], 0
        if not lines and not final:
            return
        start = json.loads(lines[0])["t"] if lines else time.time()
        end = json.loads(lines[-1])["t"] if lines else start
        try:
            self._write(EVENTS, b"".join(lines), start, end, final, EVENTS_TYPE)
        except JournalError:
            with self._events_lock:  # keep them for the next try; losing none
                self._events[:0] = lines
                self._events_size += sum(len(x) for x in lines)
            raise

    def _flush_loop(self) -> None:
        while not self._closed.wait(EVENT_FLUSH_SECONDS):
            try:
                self.flush_events()
            except JournalError:
                continue  # kept in memory; retried on the next tick

    # ----------------------------------------------------------------- closing
    def close(self) -> None:
        """End every stream with its end marker and mark the session finished."""
        if self._closed.is_set():
            return
        self.event("session_finished")
        self._closed.set()
        self._flusher.join(timeout=EVENT_FLUSH_SECONDS + 1)
        for name in sorted(set(self.meta.streams) - {EVENTS}):
            state = self._stream(name, None)
            if not state.finished and state.next_seq > 0:
                now = time.time()
                self._write(name, b"", now, now, True, None)
        self.flush_events(final=True)
        with self._meta_lock:
            self.meta.finished = now_iso()
            self.meta.save(self.path)
        fsync_dir(self.path)

    def abandon(self) -> None:
        """Stop without end markers (the process is going away); what is on disk stays valid."""
        self._closed.set()
        with contextlib.suppress(JournalError):
            self.flush_events()


def _io_error(exc: OSError, where: Path) -> JournalError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return SpoolFull(TEXT["disk_full"].format(where=str(where)))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return JournalError(TEXT["read_only"].format(where=str(where)), TEXT["read_only_fix"])
    return JournalError(TEXT["cannot_write"].format(where=str(where), why=exc.strerror))
